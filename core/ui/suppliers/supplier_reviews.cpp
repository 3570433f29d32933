// A supplier's performance reviews (8.3.4.1), in its detail: each review's period, date and
// reviewer, its targets with what was achieved (met or missed marked), the result, the summary
// and the follow-up, and a nonconformity or an opportunity raised from it with one click.
#include "suppliers_ui.hpp"

#include "model/commands.hpp"
#include "model/suppliers/commands.hpp"
#include "model/suppliers/review.hpp"
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
namespace sup = model::suppliers;

namespace {

const std::array<Str, 3> kResultLabels = {Str::SupReviewSatisfactory, Str::SupReviewNeedsImprovement, Str::SupReviewUnsatisfactory};

void reviewCard(App& app, const sup::SupplierReview& r) {
    const float em = ImGui::GetFontSize();
    const model::EntityKey key{std::string(sup::SupplierReview::kKind), r.id};
    ImGui::PushID(r.id.c_str());
    beginCard("##review");
    const ImVec4& colour = r.result == sup::ReviewResult::Satisfactory ? palette().good : r.result == sup::ReviewResult::NeedsImprovement ? palette().warn : palette().bad;
    const std::string head = r.id + "  " + (r.heldOn.empty() ? std::string(tr(Str::SupReviewNotHeld)) : r.heldOn) + "  ·  " + tr(kResultLabels[static_cast<size_t>(r.result)]);
    ImGui::TextColored(colour, "%s", head.c_str());
    hooks::labelLastItem(("review:" + r.id).c_str(), head.c_str());
    dateOf(app, key, Str::SupReviewFrom, "from", r.from);
    ImGui::SameLine(0, em);
    dateOf(app, key, Str::SupReviewTo, "to", r.to);
    ImGui::SameLine(0, em);
    dateOf(app, key, Str::SupReviewHeldOn, "held_on", r.heldOn);
    sameLineIfFits(em * 10);
    ImGui::BeginGroup();
    textOf(app, key, Str::SupReviewer, "reviewer", r.reviewer, false, std::max(em * 9, ImGui::GetContentRegionAvail().x));
    ImGui::EndGroup();
    // Each target against what was achieved.
    if (!r.results.empty()) ImGui::TextDisabled("%s", tr(Str::SupReviewTargets));
    for (size_t i = 0; i < r.results.size(); ++i) {
        const sup::TargetResult& t = r.results[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::AlignTextToFramePadding();
        const std::string target = t.measure + " " + (t.better == sup::Better::Higher ? "≥ " : "≤ ") + t.target + " " + t.unit;
        textEllipsis(target.c_str(), em * 14);
        ImGui::SameLine(em * 15);
        const std::string field = "result." + std::to_string(i + 1) + ".actual";
        ImGui::SetNextItemWidth(em * 6);
        editText(app, "##actual", "supplier_review:" + r.id + ":" + field, t.actual, false, 0,
                 [&app, key, field](const std::string& text, int session) { return putField(app, key, field, text, session); }, tr(Str::SupReviewActual));
        ImGui::SameLine();
        const std::optional<bool> m = sup::met(t);
        if (m == true) ImGui::TextColored(palette().good, "%s %s", icon::CheckOk, tr(Str::SupReviewMet));
        else if (m == false) ImGui::TextColored(palette().bad, "%s %s", icon::Warning, tr(Str::SupReviewMissed));
        else ImGui::TextDisabled("—");
        hooks::labelLastItem(("met:" + std::to_string(i + 1)).c_str(), m ? (*m ? "met" : "missed") : "");
        ImGui::PopID();
    }
    choiceOf(app, key, Str::SupReviewResult, "result", static_cast<int>(r.result), sup::kReviewResultCodes, labelsOf(kResultLabels), 12);
    textOf(app, key, Str::SupReviewSummary, "summary", r.summary, true);
    textOf(app, key, Str::SupReviewFollowUp, "follow_up", r.followUp, true);
    const model::EntityKey raised = sup::raisedFromReview(app.workspace(), r.id);
    if (!raised.kind.empty()) {
        const bool nc = raised.kind == "nonconformity";
        if (ImGui::SmallButton((std::string(icon::Improvement) + " " + raised.id + "###open").c_str())) openImprovement(app, nc ? 2 : 3, raised.id);
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr(nc ? Str::SupReviewRaisedNc : Str::SupReviewRaisedOfi));
    } else {
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(Str::AudRaiseNc) + "###raisenc").c_str()))
            (void)app.execute(sup::raiseFromSupplierReview(r.id, true, localToday(app)));
        ImGui::SameLine();
        if (ImGui::SmallButton((std::string(icon::Add) + " " + tr(Str::AudRaiseOfi) + "###raiseofi").c_str()))
            (void)app.execute(sup::raiseFromSupplierReview(r.id, false, localToday(app)));
        ImGui::SameLine(0, em);
        if (ImGui::SmallButton((std::string(icon::Delete) + " " + tr(Str::ButtonRemove) + "###rremove").c_str()))
            (void)app.execute(std::make_unique<model::RemoveEntity>(key));
        ImGui::EndDisabled();
    }
    endCard();
    ImGui::PopID();
}

} // namespace

void supplierReviews(App& app, const sup::Supplier& s) {
    const std::vector<const sup::SupplierReview*> reviews = sup::reviewsOf(app.workspace(), s.id);
    sectionHeader(i18n::fill(Str::SupReviews, {{"count", std::to_string(reviews.size())}}).c_str());
    if (reviews.empty()) textWrappedDisabled(tr(Str::SupReviewsNone));
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button((std::string(icon::Add) + "  " + tr(Str::SupNewReview) + "###newreview").c_str()))
        (void)app.execute(sup::createSupplierReview(s.id, {{"held_on", localToday(app)}, {"reviewer", app.session().author()}}));
    ImGui::EndDisabled();
    for (const sup::SupplierReview* r : reviews) reviewCard(app, *r);
}

} // namespace kanri::ui
