#pragma once
// The Suppliers area: the responsibility matrices (the grid, its rows, parties, problems,
// workshop mode, sign-offs and their comparison) and the supplier register. Its state lives in
// the app's ViewState (views().of<SuppliersViewState>()).
#include "model/suppliers/check.hpp"
#include "model/suppliers/signoff.hpp"
#include "ui/app.hpp"
#include "ui/kinds.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kanri::ui {

inline constexpr Area kSuppliersArea{"suppliers"};

struct SuppliersViewState {
    int tab = 0; // 0 matrices, 1 supplier register
    bool tabRequested = false;
    std::string matrix; // the matrix shown
    // The grid's cursor: a row id and a party column; the grid takes the focus when asked.
    std::string cursorRow;
    int cursorParty = 0;
    bool gridFocusRequested = false;
    std::string gridTableId; // the grid's table last frame, and whether it had the keys
    bool gridHadKeys = false;
    bool scrollToCursor = false;
    bool editNote = false; // Enter: the note field of the cursor's row takes the focus
    bool noteWasEditing = false; // leaving the note gives the keys back to the grid
    std::string rowShown; // the row the row pane showed last frame (another one starts at its top)
    // Workshop mode: the matrix alone on the screen, zoomed.
    bool workshop = false;
    bool enteringWorkshop = false;
    float zoom = 1.0f;
    // Filters: a top-level clause ("8"), or rows with problems only.
    std::string groupFilter;
    bool problemsOnly = false;
    // Derived for (matrix, App::changeCount()) == (cacheMatrix, cacheAt): the rows in order,
    // their check, each row's worst problem, and the rows the filters keep.
    int cacheAt = -1;
    std::string cacheMatrix, visibleKey;
    std::vector<const model::suppliers::RaciRow*> rows;
    model::suppliers::MatrixCheck check;
    std::vector<int> worst; // per row: 0 none, 1 info, 2 warning, 3 error
    std::vector<size_t> visible;
    std::vector<std::string> groups; // the top-level clauses the rows use
    // The sign-off being recorded, and the sign-off compared with the matrix now.
    bool signing = false;
    bool leavePrompt = false; // leaving the workshop asked to sign off first
    std::vector<model::suppliers::Participant> participants;
    std::string signOn, signNote, templateTitle;
    bool savingTemplate = false;
    std::string comparing;
    bool confirmRemove = false;
    std::string removingParty; // the party whose removal (with its letters) is being confirmed
    // The supplier register.
    EntityTableState suppliers;
    bool supplierDetailOnly = false;
    LinkPickerState riskPicker;
};

void drawSuppliers(App& app);
void drawSuppliersDashboardCard(App& app);
std::span<const KindEntry> supplierKinds();

// The matrix shown (refreshed caches); null when there is none.
const model::suppliers::RaciMatrix* currentMatrix(App& app, SuppliersViewState& v);
void refreshMatrixCache(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);

// matrix_grid.cpp: the grid (keys, clicks, touch), also in workshop mode.
void matrixGrid(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m, float height);
void drawWorkshop(App& app);
// matrix_panels.cpp
void matrixToolbar(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix* m);
void matrixSummary(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
void rowPanel(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
void partiesPanel(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
void problemsPanel(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
void signOffPanel(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
// The sign-off form alone (workshop mode shows it below the grid), and how it starts.
void signOffForm(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
void startSignOff(App& app, SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
// Rows are agreed and the newest sign-off (if any) differs from the matrix: leaving the
// workshop offers to record one.
bool signOffDue(App& app, const SuppliersViewState& v, const model::suppliers::RaciMatrix& m);
// supplier_register.cpp
void supplierRegister(App& app, SuppliersViewState& v);
// supplier_reviews.cpp: a supplier's performance reviews (8.3.4.1), in its detail.
void supplierReviews(App& app, const model::suppliers::Supplier& s);

// Opens a matrix, its row, or a supplier (History, the dashboard).
void openMatrix(App& app, const std::string& matrixId, const std::string& rowId = {});
void openSupplier(App& app, const std::string& id);

i18n::Str ownershipLabel(model::suppliers::Ownership o);
i18n::Str ruleLabel(model::suppliers::Rule r);
i18n::Str partyKindLabel(model::suppliers::PartyKind k);
// The selected row's index among v.rows (-1: none).
int cursorIndex(const SuppliersViewState& v);

} // namespace kanri::ui
