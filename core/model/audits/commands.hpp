#pragma once
// The audit programme's edits that need a rule of their own; each is one undoable command.
// Plain edits of a programme's or an audit's fields are generic puts (refused by the guard once
// the audit is closed).
#include "model/command_stack.hpp"
#include "model/audits/audit.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kanri::model::audits {

// A new audit, in a programme ("" for none), with the clauses of its scope.
std::unique_ptr<Command> createAudit(Fields fields, std::string programmeId, std::vector<std::string> scope);
// The audit's scope becomes exactly these clauses.
std::unique_ptr<Command> setScope(const std::string& auditId, std::vector<std::string> scope);
// A finding of the audit against a clause (required) and, where it concerns one, an assessment item.
std::unique_ptr<Command> addFinding(const std::string& auditId, Fields fields, std::string clause, std::string item);
// The finding now concerns this clause and item (item "" for none).
std::unique_ptr<Command> setFindingSubject(const std::string& findingId, std::string clause, std::string item);
// Closes the audit on `on`, by whom: refused until it was held, has a lead auditor and a dated
// report. From then on it is frozen.
std::unique_ptr<Command> closeAudit(const std::string& auditId, std::string on, std::string by);
// A nonconformity (from a nonconformity finding) or an opportunity (from an observation or an
// opportunity) raised from the finding, linked to it and to its clause and item; refused for a
// conformity and for a finding already raised.
std::unique_ptr<Command> raiseFromFinding(const std::string& findingId, std::string today);
// Removes an audit with its findings (refused once it is closed, or while something raised from
// a finding remains).
std::unique_ptr<Command> removeAudit(const std::string& auditId);

} // namespace kanri::model::audits
