// The Management review area (9.3): the list of reviews, and a review's detail — when, who
// chairs and attends, the period it looks back over, its inputs a–k assembled from the data
// (frozen once held; an input without data flagged as a gap to speak to), a comment per input,
// holding it, the minutes, and its decisions (outputs) with the actions made from them.
#include "reviews_ui.hpp"

#include "model/commands.hpp"
#include "model/improvement/action.hpp"
#include "model/reviews/commands.hpp"
#include "model/validation.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/field_widgets.hpp"
#include "ui/icons.hpp"
#include "ui/improvement/improvement_ui.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace rv = model::reviews;

namespace {

const std::array<Str, 5> kTypeLabels = {Str::RevTypeImprovement, Str::RevTypeChange, Str::RevTypeResource, Str::RevTypePolicy, Str::RevTypeObjective};

Str inputTitle(std::string_view code) {
    static const std::pair<std::string_view, Str> kTitles[] = {
        {"a", Str::RevInputA}, {"b", Str::RevInputB}, {"c", Str::RevInputC}, {"d", Str::RevInputD}, {"e", Str::RevInputE}, {"f", Str::RevInputF},
        {"g", Str::RevInputG}, {"h", Str::RevInputH}, {"i", Str::RevInputI}, {"j", Str::RevInputJ}, {"k", Str::RevInputK}, {"readiness", Str::RevInputReadiness}};
    for (const auto& [c, s] : kTitles)
        if (c == code) return s;
    return Str::RevInputReadiness;
}

// A fact in words: its key's sentence with the value ("Nonconformities found: 3"); an unknown
// key (a newer Kanri's) as it is.
std::string factText(const rv::Fact& f) {
    static const std::pair<std::string_view, Str> kFacts[] = {
        {"decisions", Str::RevFactDecisions}, {"actions_done", Str::RevFactActionsDone}, {"actions_open", Str::RevFactActionsOpen},
        {"actions_overdue", Str::RevFactActionsOverdue}, {"risks_new", Str::RevFactRisksNew}, {"risks_changed", Str::RevFactRisksChanged},
        {"nc_opened", Str::RevFactNcOpened}, {"nc_closed", Str::RevFactNcClosed}, {"nc_open", Str::RevFactNcOpen}, {"ca_done", Str::RevFactCaDone},
        {"kpi_met", Str::RevFactKpiMet}, {"kpi_at_risk", Str::RevFactKpiAtRisk}, {"kpi_missed", Str::RevFactKpiMissed},
        {"audits_held", Str::RevFactAuditsHeld}, {"findings_major", Str::RevFactFindingsMajor}, {"findings_minor", Str::RevFactFindingsMinor},
        {"findings_observations", Str::RevFactFindingsObservations}, {"ofi_awaiting", Str::RevFactOfiAwaiting}, {"ofi_approved", Str::RevFactOfiApproved},
        {"ofi_measured", Str::RevFactOfiMeasured}, {"complaints", Str::RevFactComplaints}, {"customer_ideas", Str::RevFactCustomerIdeas},
        {"policies_present", Str::RevFactPoliciesPresent}, {"policies_missing", Str::RevFactPoliciesMissing},
        {"policies_unconfirmed", Str::RevFactPoliciesUnconfirmed}, {"leadership_score", Str::RevFactLeadershipScore},
        {"objectives_met", Str::RevFactObjectivesMet}, {"objectives_at_risk", Str::RevFactObjectivesAtRisk},
        {"objectives_missed", Str::RevFactObjectivesMissed}, {"objectives_no_data", Str::RevFactObjectivesNoData}, {"sla_met", Str::RevFactSlaMet},
        {"sla_at_risk", Str::RevFactSlaAtRisk}, {"sla_missed", Str::RevFactSlaMissed}, {"sla_no_data", Str::RevFactSlaNoData},
        {"services", Str::RevFactServices}, {"supplier_reviews", Str::RevFactSupplierReviews}, {"supplier_reviews_poor", Str::RevFactSupplierReviewsPoor},
        {"assurance_lapsed", Str::RevFactAssuranceLapsed}, {"targets_weaker", Str::RevFactTargetsWeaker}, {"score_7.1", Str::RevFactScore71},
        {"score_7.2", Str::RevFactScore72}, {"risks_open", Str::RevFactRisksOpen}, {"risks_above_criterion", Str::RevFactRisksAbove},
        {"acceptances_lapsed", Str::RevFactAcceptancesLapsed}, {"treatment_done", Str::RevFactTreatmentDone},
        {"treatment_open", Str::RevFactTreatmentOpen}, {"cycle", Str::RevFactCycle}, {"readiness_now", Str::RevFactReadinessNow},
        {"coverage", Str::RevFactCoverage}};
    for (const auto& [key, s] : kFacts)
        if (key == f.key) return i18n::fill(s, {{"value", f.value}});
    return f.key + ": " + f.value;
}

// Opens what a fact counts: an entity by its id's prefix, a document of the 7.5.4 checklist.
void openRef(App& app, const std::string& id) {
    if (id.rfind("doc-", 0) == 0) {
        if (const KindEntry* k = kindEntry(model::kinds::Document)) k->open(app, id);
        return;
    }
    for (const auto& c : app.workspace().registry().collections())
        if (model::idNumber(c->prefix(), id) && c->indexOf(id))
            if (const KindEntry* k = kindEntry(c->kind())) {
                k->open(app, id);
                return;
            }
}

const std::vector<rv::Input>& inputsOf(App& app, ReviewsViewState& v, const rv::ManagementReview& r) {
    const std::string key = r.id + "|" + localToday(app);
    if (v.inputsFor != key || v.inputsAt != app.workspace().mutations()) {
        v.inputs = rv::inputsOf(app.workspace(), r, localToday(app));
        v.inputsFor = key;
        v.inputsAt = app.workspace().mutations();
    }
    return v.inputs;
}

void inputsSection(App& app, ReviewsViewState& v, const rv::ManagementReview& r, const model::EntityKey& key) {
    const float em = ImGui::GetFontSize();
    const std::vector<rv::Input>& inputs = inputsOf(app, v, r);
    int gaps = 0;
    for (const rv::Input& in : inputs) gaps += in.gap;
    const std::string since = rv::sinceOf(app.workspace(), r);
    sectionHeader(tr(Str::RevInputs));
    const std::string about = r.held() ? (since.empty() ? i18n::fill(Str::RevInputsFrozenAll, {{"on", r.heldOn}})
                                                        : i18n::fill(Str::RevInputsFrozen, {{"on", r.heldOn}, {"since", since}}))
                                       : (since.empty() ? std::string(tr(Str::RevInputsLiveAll)) : i18n::fill(Str::RevInputsLive, {{"since", since}}));
    textWrappedDisabled(about.c_str());
    if (gaps > 0) {
        const std::string g = i18n::fill(Str::RevGaps, {{"count", std::to_string(gaps)}});
        ImGui::TextColored(palette().warn, "%s %s", icon::Warning, g.c_str());
        hooks::labelLastItem("review:gaps", std::to_string(gaps).c_str());
    }
    for (const rv::Input& in : inputs) {
        ImGui::PushID(in.code.c_str());
        beginCard("##input");
        const std::string title = (in.code.size() == 1 ? in.code + ") " : std::string()) + tr(inputTitle(in.code));
        ImGui::PushFont(font(TextStyle::Heading));
        textWrapped(title.c_str());
        ImGui::PopFont();
        if (in.gap) {
            ImGui::TextColored(palette().warn, "%s %s", icon::Warning, tr(Str::RevGap));
            hooks::labelLastItem(("gap:" + in.code).c_str(), "gap");
        }
        for (size_t i = 0; i < in.facts.size(); ++i) {
            const rv::Fact& f = in.facts[i];
            if (in.gap && f.value == "0") continue; // a gap's zeros say nothing the gap does not
            ImGui::PushID(static_cast<int>(i));
            ImGui::Bullet();
            const std::string line = factText(f);
            ImGui::TextUnformatted(line.c_str());
            hooks::labelLastItem(("fact:" + in.code + ":" + f.key).c_str(), f.value.c_str());
            // The ids it counts, each opening where it is edited (the first few: the rest on hover).
            constexpr size_t kShown = 6;
            for (size_t k = 0; k < f.refs.size() && k < kShown; ++k) {
                sameLineIfFits(buttonWidth(f.refs[k].c_str()));
                if (ImGui::SmallButton((f.refs[k] + "###ref" + std::to_string(k)).c_str())) openRef(app, f.refs[k]);
            }
            if (f.refs.size() > kShown) {
                ImGui::SameLine();
                ImGui::TextDisabled("+%zu", f.refs.size() - kShown);
                if (ImGui::IsItemHovered()) {
                    std::string all;
                    for (const std::string& ref : f.refs) all += (all.empty() ? "" : ", ") + ref;
                    ImGui::SetTooltip("%s", all.c_str());
                }
            }
            ImGui::PopID();
        }
        // What was said of it (the way to speak to a gap), written before the review is held.
        const std::string field = "comment." + in.code;
        auto it = r.comments.find(in.code);
        const std::string comment = it == r.comments.end() ? std::string() : it->second;
        if (r.held()) {
            if (!comment.empty()) textWrappedDisabled(i18n::fill(Str::RevComment, {{"text", comment}}).c_str());
        } else {
            ImGui::SetNextItemWidth(-1);
            editText(app, "##comment", key.kind + ":" + key.id + ":" + field, comment, true, em * 2.2f,
                     [&app, key, field](const std::string& text, int session) { return putField(app, key, field, text, session); }, tr(Str::RevCommentHint));
        }
        endCard();
        ImGui::PopID();
    }
}

void decisionsSection(App& app, ReviewsViewState& v, const rv::ManagementReview& r) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const std::vector<const rv::ReviewDecision*> decisions = rv::decisionsOf(ws, r.id);
    sectionHeader(i18n::fill(Str::RevDecisions, {{"count", std::to_string(decisions.size())}}).c_str());
    for (const rv::ReviewDecision* d : decisions) {
        const model::EntityKey key{std::string(rv::ReviewDecision::kKind), d->id};
        ImGui::PushID(d->id.c_str());
        beginCard("##decision");
        ImGui::TextDisabled("%s", d->id.c_str());
        ImGui::SameLine();
        choiceOf(app, key, Str::RevDecisionType, "type", static_cast<int>(d->type), rv::kDecisionTypeCodes, labelsOf(kTypeLabels), 10);
        textOf(app, key, Str::RevDecisionWhat, "description", d->description, true);
        ImGui::BeginGroup();
        textOf(app, key, Str::PerfOwner, "owner", d->owner, false, em * 10);
        ImGui::EndGroup();
        ImGui::SameLine(0, em);
        dateOf(app, key, Str::PerfDue, "due", d->due);
        const std::vector<std::string> actions = rv::actionsOfDecision(ws, d->id);
        for (const std::string& a : actions) {
            const auto* act = ws.entities<model::improvement::Action>().find(a);
            if (ImGui::SmallButton((std::string(icon::Improvement) + " " + a + "###act:" + a).c_str())) openImprovement(app, 1, a);
            if (act) {
                ImGui::SameLine();
                ImGui::TextDisabled("%s", tr(actionStatusLabel(act->status)));
            }
        }
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(actions.empty() ? Str::RevMakeAction : Str::RevAnotherAction) + "###makeaction").c_str())) {
            app.execute(rv::actionFromDecision(d->id, {}), [&app](const Status& s) {
                if (!s) app.reportMessage(i18n::message(s.error()) + " — " + tr(Str::RevActionNeeds), true);
            });
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RevActionNeeds));
        if (actions.empty()) {
            ImGui::SameLine(0, em);
            if (ImGui::SmallButton((std::string(icon::Delete) + " " + tr(Str::ButtonRemove) + "###dremove").c_str()))
                (void)app.execute(std::make_unique<model::RemoveEntity>(key));
        }
        ImGui::EndDisabled();
        endCard();
        ImGui::PopID();
    }
    // A new decision.
    if (v.formFor != r.id) {
        v.formFor = r.id;
        v.description.clear();
        v.owner.clear();
        v.due.clear();
        v.error.clear();
        v.type = 0;
    }
    beginCard("##newdecision");
    ImGui::TextUnformatted(tr(Str::RevNewDecision));
    std::vector<std::string> types = labelsOf(kTypeLabels);
    choiceCombo("##dtype", v.type, types, em * 10);
    inputString("##ddescription", tr(Str::RevDecisionWhat), v.description, ImGui::GetContentRegionAvail().x);
    inputString("##downer", tr(Str::PerfOwner), v.owner, em * 10);
    ImGui::SameLine();
    inputString("##ddue", "YYYY-MM-DD", v.due, em * 7);
    const bool ready = !model::isBlank(v.description);
    ImGui::BeginDisabled(app.readOnly() || !ready);
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::RevAddDecision) + "###adddecision").c_str())) {
        model::Fields f{{"type", std::string(rv::kDecisionTypeCodes[static_cast<size_t>(v.type)])}, {"description", v.description}, {"owner", v.owner}, {"due", v.due}};
        app.execute(rv::addDecision(r.id, std::move(f)), [&v](const Status& s) {
            if (s) {
                v.description.clear();
                v.owner.clear();
                v.due.clear();
                v.error.clear();
            } else {
                v.error = i18n::message(s.error());
            }
        });
    }
    ImGui::EndDisabled();
    if (!v.error.empty()) {
        ImGui::TextColored(palette().bad, "%s", v.error.c_str());
        hooks::labelLastItem("decision:error", v.error.c_str());
    }
    endCard();
}

void reviewDetail(App& app, ReviewsViewState& v, const rv::ManagementReview& r) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(rv::ManagementReview::kKind), r.id};
    detailFrame(
        app, key, r.title.c_str(),
        [&] {
            if (r.held()) {
                const std::string line = i18n::fill(Str::RevHeldLine, {{"on", r.heldOn}, {"chair", r.chair}});
                ImGui::TextColored(palette().good, "%s %s", icon::Freeze, line.c_str());
                hooks::labelLastItem("review:status", line.c_str());
            } else {
                ImGui::TextDisabled("%s", tr(Str::RevPlanned));
                hooks::labelLastItem("review:status", tr(Str::RevPlanned));
            }
            ImGui::BeginDisabled(r.held());
            textOf(app, key, Str::RevTitleField, "title", r.title, false);
            dateOf(app, key, Str::RevPlannedOn, "planned_on", r.plannedOn);
            ImGui::SameLine(0, em);
            dateOf(app, key, Str::RevSince, "since", r.since);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::RevSinceTip));
            ImGui::SameLine(0, em);
            ImGui::BeginGroup();
            textOf(app, key, Str::RevChair, "chair", r.chair, false, std::max(em * 10, ImGui::GetContentRegionAvail().x));
            ImGui::EndGroup();
            textOf(app, key, Str::RevAttendees, "attendees", r.attendees, true);
            ImGui::EndDisabled();
            inputsSection(app, v, r, key);
            if (!r.held()) {
                const bool ready = !model::isBlank(r.chair);
                ImGui::BeginDisabled(app.readOnly() || !ready);
                if (ImGui::Button((std::string(icon::Freeze) + "  " + tr(Str::RevHold) + "###holdreview").c_str()))
                    (void)app.execute(rv::holdReview(r.id, localToday(app)));
                ImGui::EndDisabled();
                ImGui::SameLine();
                textWrappedDisabled(tr(ready ? Str::RevHoldFreezes : Str::RevHoldNeedsChair));
            }
            textOf(app, key, Str::RevMinutes, "minutes", r.minutes, true);
            decisionsSection(app, v, r);
        },
        [id = r.id] { return rv::removeReview(id); });
}

const KindEntry kReviewKinds[] = {
    {rv::ManagementReview::kKind, Str::KindManagementReview, openReview},
    {rv::ReviewDecision::kKind, Str::KindReviewDecision, [](App& app, const std::string& id) { openReview(app, rv::reviewOfDecision(app.workspace(), id)); }},
};

} // namespace

std::span<const KindEntry> reviewKinds() { return kReviewKinds; }

void openReview(App& app, const std::string& id) {
    ReviewsViewState& v = app.views().of<ReviewsViewState>();
    app.area = kReviewsArea;
    if (!id.empty()) {
        v.reviews.selected = id;
        v.detailOnly = true;
    }
}

void drawReviews(App& app) {
    ReviewsViewState& v = app.views().of<ReviewsViewState>();
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<rv::ManagementReview>().all();
    pageTitle(tr(Str::RevTitle));
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::RevNew) + "###newreview").c_str())) {
        const std::string id = ws.nextId(rv::ManagementReview::kKind);
        if (app.execute(std::make_unique<model::PutEntity>(std::string(rv::ManagementReview::kKind), "",
                                                           model::Fields{{"title", tr(Str::RevNewTitle)}, {"planned_on", localToday(app)}})))
            openReview(app, id);
    }
    ImGui::EndDisabled();
    if (all.empty()) {
        textWrappedDisabled(tr(Str::RevEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const TableColumn columns[] = {
        {Str::ImpColId, "id", 5},
        {Str::RevTitleField, "title", -3},
        {Str::RevDate, "date", 7, [&all](size_t i) { return all[i].heldOn.empty() ? all[i].plannedOn : all[i].heldOn; }},
        {Str::ImpColStatus, "status", 8, [&all](size_t i) { return std::string(tr(all[i].held() ? Str::RevStatusHeld : Str::RevStatusPlanned)); }},
    };
    const rv::ManagementReview* selected = ws.entities<rv::ManagementReview>().find(v.reviews.selected);
    listAndDetail(
        app, v.detailOnly, v.reviews, "review",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "reviews", rv::ManagementReview::kKind, columns, v.reviews, height, nullptr, openOnClick)) {
                v.reviews.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { reviewDetail(app, v, *selected); }, selected != nullptr);
}

void drawReviewsDashboardCard(App& app) {
    const model::Workspace& ws = app.workspace();
    beginCard("##reviewcard");
    ImGui::PushFont(font(TextStyle::Heading));
    ImGui::TextUnformatted(tr(Str::RevDashTitle));
    ImGui::PopFont();
    const rv::ManagementReview* last = nullptr;
    for (const rv::ManagementReview& r : ws.entities<rv::ManagementReview>().all())
        if (r.held() && (!last || r.heldOn > last->heldOn)) last = &r;
    if (last) ImGui::TextDisabled("%s", i18n::fill(Str::RevDashLast, {{"on", last->heldOn}}).c_str());
    else ImGui::TextColored(palette().warn, "%s %s", icon::Warning, tr(Str::RevDashNone));
    hooks::labelLastItem("dash:last_review", last ? last->heldOn.c_str() : "");
    if (ImGui::Button((std::string(icon::Review) + "  " + tr(Str::RevDashOpen) + "###openreviews").c_str())) openReview(app, last ? last->id : std::string());
    endCard();
}

} // namespace kanri::ui
