// The nonconformities (10.1): the list, and a nonconformity's detail as its cycle — the steps
// with the current one marked and the next one's button (off, with the rule it waits for,
// until that is recorded), what was found, the correction, the root-cause analysis, the
// corrective actions, the effectiveness review (effective verifies; ineffective reopens it
// with a new action required) and its links.
#include "improvement_ui.hpp"

#include "model/improvement/transitions.hpp"
#include "model/validation.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/field_widgets.hpp"
#include "ui/fonts.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace imp = model::improvement;

namespace {

const std::array<Str, 9> kNcSourceLabels = {Str::NcSrcInternalAudit, Str::NcSrcExternalAudit, Str::NcSrcIncident, Str::NcSrcComplaint, Str::NcSrcManagementReview,
                                          Str::NcSrcAssessmentGap, Str::NcSrcSupplierReview, Str::NcSrcKpiMiss,   Str::NcSrcOther};
const std::array<Str, 3> kGradeLabels = {Str::NcGradeMajor, Str::NcGradeMinor, Str::NcGradeObservation};
const std::array<Str, 5> kMethodLabels = {Str::NcRcaNone, Str::NcRcaFiveWhys, Str::NcRcaFishbone, Str::NcRcaFaultTree, Str::NcRcaOther};
const std::array<Str, 7> kCauseLabels = {Str::NcCausePeople, Str::NcCauseProcess, Str::NcCauseTechnology, Str::NcCauseSupplier,
                                         Str::NcCauseInformation, Str::NcCauseEnvironment, Str::NcCauseOther};

// What the next step waits for, in words: the rule, and for open actions which ones.
std::string waitingFor(App& app, const imp::Nonconformity& n, const Error& e) {
    std::string out = tr(i18n::errorKey(e.code));
    if (e.code != ErrorCode::NcActionsOpen) return out;
    ImprovementViewState& v = improvementState(app);
    if (!v.index) return out;
    std::string open;
    for (const imp::Action* a : v.index->of({std::string(imp::Nonconformity::kKind), n.id}))
        if (a->open()) open += (open.empty() ? "" : ", ") + a->id + " (" + tr(actionStatusLabel(a->status)) + ")";
    return out + " — " + i18n::fill(Str::NcWaitingFor, {{"actions", open}});
}

std::string gradeText(const std::string& g) {
    for (size_t i = 0; i < imp::kGradeCodes.size(); ++i)
        if (imp::kGradeCodes[i] == g) return tr(kGradeLabels[i]);
    return g;
}

// The steps as a row of chips, the current one filled; the next step's button, and one back.
void cycleSteps(App& app, ImprovementViewState& v, const imp::Nonconformity& n) {
    const float em = ImGui::GetFontSize();
    for (size_t i = 0; i < imp::kNcStateCodes.size(); ++i) {
        const imp::NcState s = static_cast<imp::NcState>(i);
        const std::string label = std::to_string(i + 1) + ". " + tr(ncStateLabel(s));
        if (i) sameLineIfFits(ImGui::CalcTextSize(label.c_str()).x + em * 2);
        // Done: ticked and muted; the current step marked and bold in the accent; the rest to come.
        if (s == n.state) {
            ImGui::PushFont(fontFor(TextStyle::Heading, label.c_str()));
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s %s", icon::Expand, label.c_str());
            ImGui::PopFont();
        } else if (s < n.state) {
            ImGui::TextDisabled("%s %s", icon::CheckOk, label.c_str());
        } else {
            ImGui::TextDisabled("%s", label.c_str());
        }
    }
    hooks::labelLastItem("nc:state", tr(ncStateLabel(n.state)));
    if (n.state == imp::NcState::Closed) textWrappedDisabled(i18n::fill(Str::NcClosedOn, {{"on", n.closedOn}, {"by", n.closedBy.empty() ? "—" : n.closedBy}}).c_str());
    const std::string today = localToday(app);
    ImGui::BeginDisabled(app.readOnly());
    if (n.state != imp::NcState::ActionsDone && n.state != imp::NcState::Closed) {
        const imp::NcState next = imp::nextState(n.state);
        const Status can = imp::checkStep(app.workspace(), n, next);
        ImGui::BeginDisabled(!can);
        const std::string label = std::string(icon::Expand) + "  " + i18n::fill(Str::NcNext, {{"state", tr(ncStateLabel(next))}}) + "###ncnext";
        if (ImGui::Button(label.c_str())) (void)app.execute(imp::advance(n.id, next, today, app.session().author()));
        ImGui::EndDisabled();
        if (!can) {
            ImGui::SameLine();
            const std::string why = waitingFor(app, n, can.error());
            ImGui::TextColored(palette().warn, "%s", ellipsize(why, ImGui::GetContentRegionAvail().x).c_str());
            hooks::labelLastItem("ncnext:why", why.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", why.c_str());
        }
    }
    if (n.state == imp::NcState::ActionsDone) textWrapped(tr(Str::NcReviewNow), ImGui::GetContentRegionAvail().x);
    for (const imp::Edge& e : imp::ncEdges())
        if (e.from == n.state && e.to < n.state) {
            if (ImGui::SmallButton((std::string(tr(n.state == imp::NcState::Closed ? Str::NcReopen : Str::NcBack)) + "###ncback").c_str()))
                (void)app.execute(imp::advance(n.id, e.to, today, app.session().author()));
        }
    ImGui::EndDisabled();
    (void)v;
}

void review(App& app, ImprovementViewState& v, const imp::Nonconformity& n, const model::EntityKey& key) {
    const float em = ImGui::GetFontSize();
    sectionHeader(tr(Str::NcReview));
    textOf(app, key, Str::NcReviewMethod, "review_method", n.review.method, true);
    textOf(app, key, Str::NcReviewCriteria, "review_criteria", n.review.criteria, true);
    dateOf(app, key, Str::NcReviewDue, "review_due", n.review.due);
    textOf(app, key, Str::NcReviewEvidence, "review_evidence", n.review.evidence, true);
    if (n.review.result == imp::ReviewResult::Effective) {
        const std::string line = i18n::fill(Str::NcReviewDone, {{"on", n.review.on}, {"by", n.review.reviewer}});
        ImGui::TextColored(palette().good, "%s %s", icon::CheckOk, line.c_str());
        hooks::labelLastItem("nc:review", line.c_str());
    }
    for (size_t i = 0; i < n.pastReviews.size(); ++i) {
        const imp::EffectivenessReview& r = n.pastReviews[i];
        const std::string line = i18n::fill(Str::NcReviewIneffective, {{"on", r.on}, {"by", r.reviewer}});
        ImGui::TextColored(palette().warn, "%s %s", icon::Warning, line.c_str());
        hooks::labelLastItem(("nc:past:" + std::to_string(i)).c_str(), line.c_str());
    }
    if (n.state != imp::NcState::ActionsDone) return;
    // The review itself: who, when, and the result as two buttons.
    if (v.reviewOn.empty()) v.reviewOn = localToday(app);
    if (v.reviewer.empty()) v.reviewer = app.session().author();
    ImGui::TextDisabled("%s", tr(Str::NcReviewer));
    inputString("##reviewer", "", v.reviewer, std::min(ImGui::GetContentRegionAvail().x, em * 14));
    ImGui::TextDisabled("%s", tr(Str::NcReviewOn));
    inputString("##reviewon", "YYYY-MM-DD", v.reviewOn, em * 8);
    imp::EffectivenessReview r{n.review.method, n.review.criteria, n.review.due, v.reviewOn, v.reviewer, imp::ReviewResult::Effective, n.review.evidence};
    const Status can = imp::checkReview(app.workspace(), n, r);
    ImGui::BeginDisabled(app.readOnly() || !can);
    bool done = false;
    if (ImGui::Button((std::string(icon::CheckOk) + "  " + tr(Str::NcEffective) + "###effective").c_str())) done = app.execute(imp::recordReview(n.id, r)).ok();
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Warning) + "  " + tr(Str::NcIneffective) + "###ineffective").c_str())) {
        r.result = imp::ReviewResult::Ineffective;
        done = app.execute(imp::recordReview(n.id, r)).ok();
    }
    ImGui::EndDisabled();
    if (!can) {
        const std::string why = i18n::message(can.error());
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        textWrapped(why.c_str(), ImGui::GetContentRegionAvail().x);
        ImGui::PopStyleColor();
        hooks::labelLastItem("review:why", why.c_str());
    }
    if (done) v.reviewOn.clear();
}

void ncDetail(App& app, ImprovementViewState& v, const imp::Nonconformity& n) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(imp::Nonconformity::kKind), n.id};
    detailFrame(app, key, n.title.c_str(), [&] {
        cycleSteps(app, v, n);
        sectionHeader(tr(Str::NcFound));
        textOf(app, key, Str::NcTitleField, "title", n.title, false);
        textOf(app, key, Str::NcDescription, "description", n.description, true);
        choiceOf(app, key, Str::NcSource, "source", static_cast<int>(n.source), imp::kNcSourceCodes, labelsOf(kNcSourceLabels), 13);
        sameLineIfFits(em * 10);
        std::vector<std::string> grades = labelsOf(kGradeLabels);
        std::vector<std::string_view> codes(imp::kGradeCodes.begin(), imp::kGradeCodes.end());
        int grade = static_cast<int>(std::find(codes.begin(), codes.end(), n.grade) - codes.begin());
        if (grade == static_cast<int>(codes.size())) { // an organisation's own grade, kept
            codes.push_back(n.grade);
            grades.push_back(n.grade);
        }
        choiceOf(app, key, Str::NcGrade, "grade", grade, codes, grades, 9);
        textOf(app, key, Str::NcSourceRef, "source_ref", n.sourceRef, false, em * 14);
        dateOf(app, key, Str::NcDetectedOn, "detected_on", n.detectedOn);
        sameLineIfFits(em * 15);
        ImGui::BeginGroup();
        textOf(app, key, Str::NcDetectedBy, "detected_by", n.detectedBy, false, em * 14);
        ImGui::EndGroup();
        textOf(app, key, Str::NcEvidence, "evidence", n.evidence, true);
        sectionHeader(tr(Str::NcCorrection));
        textOf(app, key, Str::NcCorrectionWhat, "correction", n.correction, true);
        dateOf(app, key, Str::NcCorrectedOn, "corrected_on", n.correctedOn);
        sameLineIfFits(em * 15);
        ImGui::BeginGroup();
        textOf(app, key, Str::NcCorrectedBy, "corrected_by", n.correctedBy, false, em * 14);
        ImGui::EndGroup();
        sectionHeader(tr(Str::NcRootCause));
        choiceOf(app, key, Str::NcRcaMethod, "rca_method", static_cast<int>(n.method), imp::kRcaMethodCodes, labelsOf(kMethodLabels), 12);
        for (size_t i = 0; i < imp::kWhys; ++i) {
            const std::string field = "why." + std::to_string(i + 1);
            ImGui::PushID(static_cast<int>(i));
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%s", i18n::fill(Str::NcWhy, {{"n", std::to_string(i + 1)}}).c_str());
            ImGui::SameLine();
            ImGui::SetNextItemWidth(-1);
            editText(app, ("##" + field).c_str(), "nonconformity:" + n.id + ":" + field, n.whys[i], false, 0,
                     [&app, key, field](const std::string& text, int session) { return putField(app, key, field, text, session); });
            ImGui::PopID();
        }
        ImGui::TextDisabled("%s", tr(Str::NcCauses));
        const int columns = ImGui::GetContentRegionAvail().x > em * 36 ? 4 : 2;
        if (ImGui::BeginTable("##causes", columns, ImGuiTableFlags_SizingStretchSame)) {
            for (size_t i = 0; i < imp::kCauseCodes.size(); ++i) {
                ImGui::TableNextColumn();
                bool on = imp::hasCause(n, imp::kCauseCodes[i]);
                const std::string label = std::string(tr(kCauseLabels[i])) + "###cause" + std::string(imp::kCauseCodes[i]);
                ImGui::BeginDisabled(app.readOnly());
                if (ImGui::Checkbox(label.c_str(), &on)) {
                    std::string causes;
                    for (size_t j = 0; j < imp::kCauseCodes.size(); ++j)
                        if (j == i ? on : imp::hasCause(n, imp::kCauseCodes[j])) causes += (causes.empty() ? "" : " ") + std::string(imp::kCauseCodes[j]);
                    (void)putField(app, key, "causes", causes);
                }
                ImGui::EndDisabled();
            }
            ImGui::EndTable();
        }
        textOf(app, key, Str::NcRootCauseText, "root_cause", n.rootCause, true);
        textOf(app, key, Str::NcSimilar, "similar", n.similar, true);
        sectionHeader(tr(Str::NcActions));
        actionsSection(app, key);
        review(app, v, n, key);
        sectionHeader(tr(Str::NcConcerns));
        linkPicker(app, key, imp::kNcItem, v.pickers[4]);
        linkPicker(app, key, imp::kNcClause, v.pickers[5]);
        if (v.index && !v.index->of(key).empty()) {
            ImGui::BeginDisabled(app.readOnly());
            if (ImGui::SmallButton((std::string(tr(Str::ImpRemoveWithActions)) + "###removewithactions").c_str()) && app.execute(imp::removeWithActions(key)))
                v.ncs.selected.clear();
            ImGui::EndDisabled();
        }
    });
}

} // namespace

void drawNonconformities(App& app, ImprovementViewState& v) {
    const float em = ImGui::GetFontSize();
    const model::Workspace& ws = app.workspace();
    const auto& all = ws.entities<imp::Nonconformity>().all();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::NcNew) + "###newnc").c_str())) {
        const std::string id = ws.nextId(imp::Nonconformity::kKind);
        if (app.execute(imp::createNonconformity({{"title", tr(Str::NcNewTitle)}, {"detected_on", localToday(app)}, {"detected_by", app.session().author()}}, {}, {})))
            openImprovement(app, 2, id);
    }
    ImGui::EndDisabled();
    if (all.empty()) {
        textWrappedDisabled(tr(Str::NcEmpty), std::min(ImGui::GetContentRegionAvail().x, em * 44));
        return;
    }
    const TableColumn columns[] = {
        {Str::ImpColId, "id", 5},
        {Str::NcTitleField, "title", -3},
        {Str::NcGrade, "grade", 7, [&all](size_t i) { return gradeText(all[i].grade); }},
        {Str::ImpColStatus, "state", 10, [&all](size_t i) { return std::string(tr(ncStateLabel(all[i].state))); },
         [&all](size_t i) { return std::to_string(static_cast<int>(all[i].state)); }},
        {Str::NcDetectedOn, "detected_on", 7},
    };
    const imp::Nonconformity* selected = ws.entities<imp::Nonconformity>().find(v.ncs.selected);
    if (selected && v.reviewFor != selected->id) {
        v.reviewFor = selected->id;
        v.reviewOn.clear();
        v.reviewer.clear();
    }
    listAndDetail(
        app, v.detailOnly, v.ncs, "nc",
        [&](float height, bool openOnClick) {
            if (auto opened = entityTable(app, "ncs", imp::Nonconformity::kKind, columns, v.ncs, height, nullptr, openOnClick)) {
                v.ncs.selected = *opened;
                v.detailOnly = true;
            }
        },
        [&] { ncDetail(app, v, *selected); }, selected != nullptr);
}

} // namespace kanri::ui
