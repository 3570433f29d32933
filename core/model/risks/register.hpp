#pragma once
// What the register shows of a risk, computed against the matrix and today's date: scores and
// bands, the acceptance's state, an overdue review. Nothing here is stored: a changed matrix
// re-levels every risk, which is why changing one is previewed first (previewMatrix).
#include "model/risks/risk.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kanri::model::risks {

enum class AcceptanceState { None, Valid, Expired, Changed };

struct Assessed {
    const Band* inherentBand = nullptr; // null: not rated
    const Band* residualBand = nullptr;
    int inherentScore = 0, residualScore = 0;
    AcceptanceState acceptance = AcceptanceState::None;
    bool acceptedAboveCriterion = false; // accepted in a band that is not acceptable
    bool reviewOverdue = false;
    bool lapsed() const { return acceptance == AcceptanceState::Expired || acceptance == AcceptanceState::Changed; }
};

// today: YYYY-MM-DD.
Assessed assess(const RiskMatrix& m, const Risk& r, std::string_view today);
std::string_view acceptanceCode(AcceptanceState s); // "none", "valid", "expired", "changed"

// A date moved by whole months, the day kept where the month has it ("2026-01-31" + 1 →
// "2026-02-28"). "" when date is not a date.
std::string addMonths(std::string_view date, int months);

// What replacing the matrix would do, before it is done.
struct BandChange {
    std::string riskId;
    bool residual = false;   // the residual rating's band (else the inherent one)
    std::string from, to;    // band codes ("" not rated)
};
struct MatrixPreview {
    std::vector<BandChange> changes;
    std::vector<std::string> lapsing;    // acceptances that would lapse (their band changes)
    std::vector<std::string> outOfScale; // risks rated beyond the new scales: the change is refused
};
MatrixPreview previewMatrix(const Workspace& ws, const RiskMatrix& next, std::string_view today);

// The register's filters (all that are set must match).
struct RegisterFilter {
    std::optional<Category> category;
    std::optional<RiskStatus> status;
    std::string owner;       // exactly this owner ("" any)
    std::string band;        // the residual band's code ("" any)
    bool overdue = false;    // only overdue reviews
    bool lapsed = false;     // only lapsed acceptances
    // A heat map's cell: only risks rated there (inherent or residual).
    int likelihood = 0, impact = 0;
    bool cellResidual = false;
    std::string text;        // in the id, title, description, owner, cause, event, consequence
    bool active() const {
        return category || status || !owner.empty() || !band.empty() || overdue || lapsed || likelihood > 0 || !text.empty();
    }
};
bool matches(const RegisterFilter& f, const Risk& r, const Assessed& a);

struct Counts {
    size_t risks = 0, overdue = 0, lapsed = 0, aboveCriterion = 0;
};
Counts countRegister(const Workspace& ws, std::string_view today);

} // namespace kanri::model::risks
