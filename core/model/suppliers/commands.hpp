#pragma once
// The edits of the supplier register and the responsibility matrices that need a rule of
// their own; each is one undoable command. Plain edits of fields are generic puts
// (patchFields of model/commands.hpp).
#include "model/command_stack.hpp"
#include "model/suppliers/check.hpp"
#include "model/suppliers/signoff.hpp"
#include "model/suppliers/templates.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kanri::model::suppliers {

// A new supplier from fields; a third party linked to the supplier it is reached through.
std::unique_ptr<Command> createSupplier(Fields fields, std::string via = {});
// A performance review of the supplier (8.3.4.1): its targets copied in to be reviewed against,
// the fields given over them ("result.1.actual": the first target's actual), and, when
// `nextReview` is a date, the supplier's next review moved to it, in one edit.
std::unique_ptr<Command> createSupplierReview(const std::string& supplierId, Fields fields, std::string nextReview = {});
// A nonconformity (source "supplier review") or an opportunity raised from a review, linked to it
// and titled after the supplier and the period; once per review.
std::unique_ptr<Command> raiseFromSupplierReview(const std::string& reviewId, bool nonconformity, std::string today);
// The supplier a third party is reached through ("" : none): the field and its link together.
std::unique_ptr<Command> setSupplierVia(const std::string& supplierId, std::string via);

// A new matrix and its rows (a template's, a saved one's, or none), in the scope given.
std::unique_ptr<Command> createMatrix(MatrixDraft draft, std::string scope);
// Removes a matrix with its rows and its sign-offs.
std::unique_ptr<Command> removeMatrix(const std::string& id);
// Saves a matrix as a template of its own (kind raci_template), for the next workshop.
std::unique_ptr<Command> saveAsTemplate(const std::string& matrixId, std::string title);
// Freezes the matrix as agreed, with the date and who took part.
std::unique_ptr<Command> signOff(const std::string& matrixId, std::string on, std::vector<Participant> participants, std::string note);

// A new row at the end of a matrix (or after the row given), with its group and activity.
std::unique_ptr<Command> addRow(const std::string& matrixId, Fields fields, const std::string& after = {});
// Moves a row up (-1) or down (+1) among its matrix's rows.
std::unique_ptr<Command> moveRow(const std::string& rowId, int delta);

// Sets the letters of one cell (refused for a party the row's matrix does not have).
std::unique_ptr<Command> setLetters(const std::string& rowId, const std::string& party, Letters letters);
// Turns one letter of a cell on or off (the workshop's R, A, C and I keys).
std::unique_ptr<Command> toggleLetter(const std::string& rowId, const std::string& party, Letter letter);
// The row agreed in the workshop, or not.
std::unique_ptr<Command> setAgreed(const std::string& rowId, bool agreed);

// Adds a party as the last column; its code is made from its kind when none is given.
std::unique_ptr<Command> addParty(const std::string& matrixId, Party party);
// Changes a party's name, kind, supplier, via or contract (not its code): `change` edits it as
// it is when the command is applied (an earlier edit of the same batch kept).
std::unique_ptr<Command> changeParty(const std::string& matrixId, const std::string& code, std::function<void(Party&)> change);
std::unique_ptr<Command> updateParty(const std::string& matrixId, const std::string& code, Party next);
// Moves a party left (-1) or right (+1).
std::unique_ptr<Command> moveParty(const std::string& matrixId, const std::string& code, int delta);
// Removes a party and its letters; refused while it holds the only R or the A of a row
// (naming the rows), or other parties are reached through it.
std::unique_ptr<Command> removeParty(const std::string& matrixId, const std::string& code);
// What stops removing the party: the rows where it holds the only R or the A (applicable or
// not: a row that applies again keeps who does it), and the parties
// reached through it (empty: it may go). The UI asks before it removes.
std::vector<std::string> partyRemovalBlockers(const Workspace& ws, const std::string& matrixId, const std::string& code);

} // namespace kanri::model::suppliers
