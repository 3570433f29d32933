#pragma once
// The risk register's area: the register (heat maps that filter, filters, the table, the
// detail editor) and the matrix editor with its preview. Its state lives in the app's
// ViewState (views().of<RisksViewState>()).
#include "model/risks/matrix.hpp"
#include "model/risks/register.hpp"
#include "ui/app.hpp"
#include "ui/kinds.hpp"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kanri::ui {

inline constexpr Area kRisksArea{"risks"};

struct RisksViewState {
    int tab = 0; // 0 register, 1 matrix
    bool tabRequested = false; // select `tab` in the next frame (a link from elsewhere)
    model::risks::RegisterFilter filter;
    EntityTableState table;
    bool detailOnly = false; // a narrow window shows the detail instead of the register
    std::string detailShown; // the risk the detail pane showed last frame (another one starts at its top)
    // The acceptance being recorded (the form is open for acceptingId).
    std::string acceptingId;
    std::string acceptBy, acceptRole, acceptUntil, acceptRationale, acceptAboveReason;
    // The matrix being edited: a draft until applied.
    std::optional<model::risks::RiskMatrix> draft;
    model::risks::RiskMatrix draftBase; // the matrix in effect when the draft was started
    LinkPickerState clausePicker, itemPicker;
    // Risks per heat map cell (likelihood-1)*impacts+(impact-1), for App::changeCount() == countsAt.
    std::vector<int> inherentCounts, residualCounts;
    int countsAt = -1;
    model::risks::Counts counts;
    std::vector<std::string> owners; // every owner named, sorted (the owner filter)
};

void drawRisks(App& app);
void drawRiskDetail(App& app, const std::string& id);
void drawMatrixEditor(App& app);
void drawRiskItemActions(App& app, const std::string& itemId);
void drawRiskDashboardCard(App& app);
std::span<const KindEntry> riskKinds();

inline const std::vector<model::risks::Risk>& allRisks(App& app) { return app.workspace().entities<model::risks::Risk>().all(); }

// Opens a risk in the register (History, the gap list, the dashboard).
void openRisk(App& app, const std::string& id);
// Selects a risk in the register and shows its detail.
void selectRisk(App& app, const std::string& id);
// The register's table (register_table.cpp); narrow: the columns that say the most.
void registerTable(App& app, RisksViewState& v, float height, bool narrow);

// --- drawing helpers (risk_widgets.cpp) ------------------------------------------------------
// A band as a chip: its colour, a pattern per band (so bands differ without colour), its label.
void bandChip(const model::risks::RiskMatrix& m, const model::risks::Band* band, const std::string& text, float width = 0);
// The band's index on its matrix (the pattern), or -1.
int bandIndexOf(const model::risks::RiskMatrix& m, const model::risks::Band* band);
const std::string& bandLabel(const model::risks::Band& band);
const std::string& levelText(const model::risks::Text& t);
// A heat map: counts per cell; returns the cell clicked (likelihood, impact), if any.
std::optional<std::pair<int, int>> heatMap(const char* id, const model::risks::RiskMatrix& m, bool residual, const std::vector<int>& counts,
                                           const model::risks::RegisterFilter& filter);
// Likelihood or impact as buttons 1..n with their labels; 0 clears. Returns the level clicked.
std::optional<int> levelButtons(const char* id, const model::risks::RiskMatrix& m, bool impact, int current, bool disabled);

i18n::Str categoryLabel(model::risks::Category c);
i18n::Str scopeLabel(model::risks::Scope s);
i18n::Str natureLabel(model::risks::Nature n);
i18n::Str treatmentLabel(model::risks::Treatment t);
i18n::Str statusLabel(model::risks::RiskStatus s);
i18n::Str cadenceLabel(model::risks::Cadence c);
i18n::Str acceptanceLabel(model::risks::AcceptanceState s);

} // namespace kanri::ui
