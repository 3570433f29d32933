// A risk's detail editor: what may happen, the inherent rating, the treatment and residual
// rating, status and review, the acceptance record, its links and its history.
#include "risks_ui.hpp"

#include "model/risks/commands.hpp"
#include "model/validation.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/improvement/improvement_ui.hpp"
#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace risks = model::risks;

namespace {

Status update(App& app, const std::string& id, model::Fields fields, int session = 0) {
    return app.execute(risks::updateRisk(id, std::move(fields), session));
}

void textField(App& app, const risks::Risk& r, Str label, const char* field, const std::string& value, bool multiline) {
    ImGui::TextUnformatted(tr(label));
    const std::string key = "risk:" + r.id + ":" + field;
    const std::string id = std::string("##") + field;
    editText(app, id.c_str(), key, value, multiline, multiline ? ImGui::GetFontSize() * 3.5f : 0,
             [&app, rid = r.id, f = std::string(field)](const std::string& text, int session) { return update(app, rid, {{f, text}}, session); });
}

// A combo over an enum's codes, translated; commits the chosen code.
template <typename E, size_t N>
void enumField(App& app, const risks::Risk& r, Str label, const char* field, E value, const std::array<std::string_view, N>& codes, Str (*labelOf)(E)) {
    ImGui::TextUnformatted(tr(label));
    std::vector<std::string> labels;
    for (size_t i = 0; i < N; ++i) labels.push_back(tr(labelOf(static_cast<E>(i))));
    int index = static_cast<int>(value);
    ImGui::BeginDisabled(app.readOnly());
    if (choiceCombo((std::string("##") + field).c_str(), index, labels, ImGui::GetFontSize() * 14))
        (void)update(app, r.id, {{field, std::string(codes[static_cast<size_t>(index)])}});
    ImGui::EndDisabled();
}

// Likelihood and impact, with the score and band they give.
void ratingEditor(App& app, const risks::Risk& r, const risks::RiskMatrix& m, bool residual) {
    const risks::RiskRating at = residual ? r.residual : r.inherent;
    const std::string prefix = residual ? "residual_" : "inherent_";
    ImGui::TextDisabled("%s", tr(Str::RiskLikelihood));
    if (auto l = levelButtons((prefix + "likelihood").c_str(), m, false, at.likelihood, app.readOnly())) {
        model::Fields f{{prefix + "likelihood", std::to_string(*l)}};
        if (at.impact == 0) f.emplace_back(prefix + "impact", std::to_string(residual && r.inherent.impact ? std::min(r.inherent.impact, m.impacts) : 1));
        (void)update(app, r.id, std::move(f));
    }
    ImGui::TextDisabled("%s", tr(Str::RiskImpact));
    if (auto i = levelButtons((prefix + "impact").c_str(), m, true, at.impact, app.readOnly())) {
        model::Fields f{{prefix + "impact", std::to_string(*i)}};
        if (at.likelihood == 0) f.emplace_back(prefix + "likelihood", std::to_string(residual && r.inherent.likelihood ? std::min(r.inherent.likelihood, m.likelihoods) : 1));
        (void)update(app, r.id, std::move(f));
    }
    const risks::RiskRating shown = residual ? risks::effectiveResidual(r) : r.inherent;
    const risks::Band* band = shown.rated() ? risks::bandOf(m, shown.likelihood, shown.impact) : nullptr;
    const std::string text = band ? i18n::fill(Str::RiskScoreBand, {{"score", std::to_string(shown.score())}, {"band", bandLabel(*band)}}) : tr(Str::RiskNotRated);
    bandChip(m, band, text);
    hooks::labelLastItem((prefix + "band").c_str(), text.c_str());
}

void acceptanceSection(App& app, const risks::Risk& r, const risks::RiskMatrix& m, const risks::Assessed& a) {
    RisksViewState& v = app.views().of<RisksViewState>();
    const risks::Acceptance& acc = r.acceptance;
    if (acc.recorded()) {
        const risks::Band* accepted = risks::findBand(m, acc.band);
        const std::string summary = i18n::fill(Str::RiskAcceptSummary, {{"by", acc.by}, {"role", acc.role.empty() ? "—" : acc.role},
                                                                      {"band", accepted ? bandLabel(*accepted) : acc.band},
                                                                      {"l", std::to_string(acc.residual.likelihood)}, {"i", std::to_string(acc.residual.impact)},
                                                                      {"on", acc.on}, {"until", acc.until}});
        textWrapped(summary.c_str(), ImGui::GetContentRegionAvail().x);
        textWrappedDisabled(acc.rationale.c_str());
        if (a.acceptedAboveCriterion) {
            ImGui::TextColored(palette().warn, "%s %s", icon::Warning, tr(Str::RiskAcceptAboveFlag));
            textWrappedDisabled(i18n::fill(Str::RiskAcceptReason, {{"reason", acc.aboveReason}}).c_str());
        }
        if (a.acceptance == risks::AcceptanceState::Expired)
            ImGui::TextColored(palette().bad, "%s %s", icon::Warning, i18n::fill(Str::RiskAcceptExpiredLong, {{"date", acc.until}}).c_str());
        if (a.acceptance == risks::AcceptanceState::Changed) ImGui::TextColored(palette().bad, "%s %s", icon::Warning, tr(Str::RiskAcceptChangedLong));
        hooks::labelLastItem("acceptance:state", tr(acceptanceLabel(a.acceptance)));
    } else {
        ImGui::TextDisabled("%s", tr(Str::RiskAcceptNone));
    }
    if (v.acceptingId != r.id) {
        ImGui::BeginDisabled(app.readOnly());
        const std::string label = std::string(icon::CheckOk) + "  " + tr(acc.recorded() ? Str::RiskAcceptAgain : Str::RiskAccept) + "###accept";
        if (ImGui::Button(label.c_str())) {
            v.acceptingId = r.id;
            v.acceptBy = app.session().author();
            v.acceptRole.clear();
            v.acceptUntil = risks::addMonths(localToday(app), 12);
            v.acceptRationale.clear();
            v.acceptAboveReason.clear();
        }
        ImGui::EndDisabled();
        return;
    }
    // The form: what is accepted (the residual rating now), against which criterion.
    const risks::RiskRating residual = risks::effectiveResidual(r);
    const risks::Band* band = residual.rated() ? risks::bandOf(m, residual.likelihood, residual.impact) : nullptr;
    if (!band) {
        ImGui::TextColored(palette().warn, "%s", tr(Str::RiskAcceptNeedsRating));
        if (ImGui::Button(tr(Str::ButtonCancel))) v.acceptingId.clear();
        return;
    }
    textWrapped(i18n::fill(Str::RiskAcceptCriterion, {{"band", bandLabel(*band)}, {"criterion", levelText(band->criterion)}}).c_str(), ImGui::GetContentRegionAvail().x);
    const float w = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 22);
    ImGui::TextUnformatted(tr(Str::RiskAcceptBy));
    inputString("##acceptBy", "", v.acceptBy, w);
    ImGui::TextUnformatted(tr(Str::RiskAcceptRole));
    inputString("##acceptRole", "", v.acceptRole, w);
    ImGui::TextUnformatted(tr(Str::RiskAcceptUntil));
    inputString("##acceptUntil", "YYYY-MM-DD", v.acceptUntil, ImGui::GetFontSize() * 8);
    ImGui::TextUnformatted(tr(Str::RiskAcceptRationale));
    ImGui::InputTextMultiline("##acceptRationale", v.acceptRationale.data(), v.acceptRationale.capacity() + 1, ImVec2(w, ImGui::GetFontSize() * 3.5f),
                              ImGuiInputTextFlags_CallbackResize, resizeString, &v.acceptRationale);
    if (!band->acceptable) {
        ImGui::TextColored(palette().warn, "%s", icon::Warning);
        ImGui::SameLine();
        textWrapped(tr(Str::RiskAcceptAboveWarning), ImGui::GetContentRegionAvail().x);
        ImGui::TextUnformatted(tr(Str::RiskAcceptAboveReason));
        ImGui::InputTextMultiline("##acceptAbove", v.acceptAboveReason.data(), v.acceptAboveReason.capacity() + 1, ImVec2(w, ImGui::GetFontSize() * 3.5f),
                                  ImGuiInputTextFlags_CallbackResize, resizeString, &v.acceptAboveReason);
    }
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button(tr(Str::RiskAcceptRecord))) {
        // Checked here by the model's own rules, so that a refusal keeps the form as typed (the
        // command itself is applied after this frame is drawn).
        risks::Risk trial = r;
        trial.acceptance = {v.acceptBy, v.acceptRole, localToday(app), v.acceptUntil, band->code, residual, v.acceptRationale,
                            band->acceptable ? std::string() : v.acceptAboveReason};
        trial.status = risks::RiskStatus::Accepted;
        Status check = model::isValidDate(v.acceptUntil) ? risks::validateOn(m, trial) : Status(kanri::fail(ErrorCode::InvalidDate, v.acceptUntil));
        if (!check) app.reportError(check.error());
        else if (app.execute(risks::acceptRisk(r.id, {v.acceptBy, v.acceptRole, localToday(app), v.acceptUntil, v.acceptRationale, v.acceptAboveReason})))
            v.acceptingId.clear();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::ButtonCancel))) v.acceptingId.clear();
}

} // namespace

void drawRiskDetail(App& app, const std::string& id) {
    const model::Workspace& ws = app.workspace();
    const risks::Risk* found = ws.entities<risks::Risk>().find(id);
    if (!found) return;
    const risks::Risk r = *found; // a copy: edits apply after the draw pass, but keep it simple
    const risks::RiskMatrix& m = risks::matrixOf(ws);
    const risks::Assessed a = risks::assess(m, r, localToday(app));
    detailFrame(app, {std::string(risks::Risk::kKind), r.id}, r.title.c_str(), [&] {
        textField(app, r, Str::RiskFieldTitle, "title", r.title, false);
        textField(app, r, Str::RiskFieldDescription, "description", r.description, true);
        enumField(app, r, Str::RiskFieldNature, "nature", r.nature, risks::kNatureCodes, natureLabel);
        enumField(app, r, Str::RiskFieldCategory, "category", r.category, risks::kCategoryCodes, categoryLabel);
        enumField(app, r, Str::RiskFieldScope, "scope", r.scope, risks::kScopeCodes, scopeLabel);
        textField(app, r, Str::RiskFieldOwner, "owner", r.owner, false);
        textField(app, r, Str::RiskFieldServices, "services", r.services, false);
        textField(app, r, Str::RiskFieldSuppliers, "suppliers", r.suppliers, false);

        ImGui::Spacing();
        sectionHeader(tr(Str::RiskSectionWhat));
        textField(app, r, Str::RiskFieldCause, "cause", r.cause, true);
        textField(app, r, Str::RiskFieldEvent, "event", r.event, true);
        textField(app, r, Str::RiskFieldConsequence, "consequence", r.consequence, true);
        textField(app, r, Str::RiskFieldControls, "controls", r.controls, true);

        ImGui::Spacing();
        sectionHeader(tr(Str::RiskSectionRating));
        ratingEditor(app, r, m, false);

        ImGui::Spacing();
        sectionHeader(tr(Str::RiskSectionTreatment));
        enumField(app, r, Str::RiskFieldTreatment, "treatment", r.treatment, risks::kTreatmentCodes, treatmentLabel);
        textField(app, r, Str::RiskFieldPlan, "plan", r.plan, true);
        if (!r.residual.rated()) textWrappedDisabled(tr(Str::RiskResidualUntreated));
        ratingEditor(app, r, m, true);
        if (r.residual.rated()) {
            ImGui::BeginDisabled(app.readOnly());
            if (ImGui::SmallButton(tr(Str::RiskSameAsInherent))) (void)update(app, r.id, {{"residual_likelihood", ""}, {"residual_impact", ""}});
            ImGui::EndDisabled();
        }
        if (!r.residualReason.empty() || (r.inherent.rated() && r.residual.rated() && r.residual.score() > r.inherent.score()))
            textField(app, r, Str::RiskFieldResidualReason, "residual_reason", r.residualReason, true);
        // The treatment's actions live in the one action list (the Improvement area).
        ImGui::TextDisabled("%s", tr(Str::RiskTreatmentActions));
        actionsSection(app, {std::string(risks::Risk::kKind), r.id});

        ImGui::Spacing();
        sectionHeader(tr(Str::RiskSectionReview));
        enumField(app, r, Str::RiskFieldStatus, "status", r.status, risks::kStatusCodes, statusLabel);
        enumField(app, r, Str::RiskFieldCadence, "cadence", r.cadence, risks::kCadenceCodes, cadenceLabel);
        ImGui::TextUnformatted(tr(Str::RiskFieldLastReview));
        dateField(app, "##last_review", "risk:" + r.id + ":last_review", r.lastReview,
                  [&app, rid = r.id](const std::string& t, int) { return update(app, rid, {{"last_review", t}}); });
        ImGui::TextUnformatted(tr(Str::RiskFieldNextReview));
        dateField(app, "##next_review", "risk:" + r.id + ":next_review", r.nextReview,
                  [&app, rid = r.id](const std::string& t, int) { return update(app, rid, {{"next_review", t}}); });
        if (a.reviewOverdue) ImGui::TextColored(palette().bad, "%s %s", icon::Warning, i18n::fill(Str::RiskReviewOverdue, {{"date", r.nextReview}}).c_str());
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::Button((std::string(icon::Calendar) + "  " + tr(Str::RiskReviewedToday) + "###reviewed").c_str()))
            (void)app.execute(risks::reviewRisk(r.id, localToday(app)));
        ImGui::EndDisabled();

        ImGui::Spacing();
        sectionHeader(tr(Str::RiskSectionAcceptance));
        acceptanceSection(app, r, m, a);

        ImGui::Spacing();
        sectionHeader(tr(Str::RiskSectionLinks));
        const model::EntityKey key{std::string(risks::Risk::kKind), r.id};
        ImGui::TextDisabled("%s", tr(Str::RiskLinkClauses));
        linkPicker(app, key, "risk.clause", app.views().of<RisksViewState>().clausePicker);
        ImGui::TextDisabled("%s", tr(Str::RiskLinkItems));
        linkPicker(app, key, "risk.item", app.views().of<RisksViewState>().itemPicker);
    });
}

} // namespace kanri::ui
