#pragma once
// The Internal audit area (9.2): the programme with the coverage of clauses 4–10, and the audits
// with their scope, checklist, findings (raised as nonconformities or opportunities) and report.
// Its state lives in the app's ViewState (views().of<AuditsViewState>()).
#include "model/audits/programme.hpp"
#include "ui/app.hpp"
#include "ui/kinds.hpp"
#include "ui/view_state.hpp"

#include <memory>
#include <span>
#include <string>

namespace kanri::ui {

inline constexpr Area kAuditsArea{"audits"};

struct AuditsViewState {
    int tab = 0; // 0 programme, 1 audits
    bool tabRequested = false;
    std::string programme; // the programme shown
    EntityTableState audits;
    bool detailOnly = false;
    // Derived for Workspace::mutations() == cacheAt: findings, scopes and links by audit.
    uint64_t cacheAt = ~0ull;
    std::unique_ptr<model::audits::AuditIndex> index;
    // The form of a new finding, for the audit `formFor`.
    std::string formFor;
    int type = 2; // nc_minor
    std::string clause, item, statement, evidence;
    std::string error; // why the last finding was refused
    LinkPickerState scope;
};

void drawAudits(App& app);
std::span<const KindEntry> auditKinds();
void openAudit(App& app, const std::string& id);
AuditsViewState& auditsState(App& app);
void refreshAudits(App& app, AuditsViewState& v);

// The tabs (programme_view.cpp, audit_view.cpp).
void drawProgramme(App& app, AuditsViewState& v);
void drawAuditList(App& app, AuditsViewState& v);

i18n::Str findingTypeLabel(model::audits::FindingType t);

} // namespace kanri::ui
