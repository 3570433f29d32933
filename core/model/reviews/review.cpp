#include "model/reviews/review.hpp"

#include "model/improvement/fields.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::reviews {

using improvement::checkTexts;
using improvement::code;
using improvement::dateOrEmpty;
using improvement::takeChoice;

Fields fieldsOf(const ManagementReview& r) {
    Fields f{{"title", r.title},         {"planned_on", r.plannedOn}, {"held_on", r.heldOn}, {"since", r.since},
             {"chair", r.chair},         {"attendees", r.attendees},  {"status", code(r.status, kReviewStatusCodes)},
             {"inputs", r.inputs},       {"minutes", r.minutes}};
    for (std::string_view c : kInputCodes)
        if (auto it = r.comments.find(std::string(c)); it != r.comments.end()) f.emplace_back("comment." + std::string(c), it->second);
    return f;
}

Status fromFields(const Fields& fields, ManagementReview& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    ManagementReview r;
    r.title = in.take("title");
    r.plannedOn = in.take("planned_on");
    r.heldOn = in.take("held_on");
    r.since = in.take("since");
    r.chair = in.take("chair");
    r.attendees = in.take("attendees");
    if (auto s = takeChoice(in, "status", kReviewStatusCodes, r.status); !s) return s;
    r.inputs = in.take("inputs");
    r.minutes = in.take("minutes");
    for (std::string_view c : kInputCodes)
        if (std::string text = in.take("comment." + std::string(c)); !text.empty()) r.comments[std::string(c)] = std::move(text);
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(r);
    return ok();
}

Status validate(const Workspace&, const ManagementReview& r) {
    if (isBlank(r.title)) return fail(ErrorCode::TitleMissing, r.id);
    for (const auto& [d, name] : {std::pair{&r.plannedOn, "planned_on"}, {&r.heldOn, "held_on"}, {&r.since, "since"}})
        if (auto s = dateOrEmpty(*d, name); !s) return s;
    if (r.held()) {
        if (isBlank(r.chair)) return fail(ErrorCode::ReviewNeedsChair, r.id);
        if (r.heldOn.empty() || r.inputs.empty()) return fail(ErrorCode::ReviewNeedsChair, r.id + ": held_on, inputs");
    } else if (!r.inputs.empty()) {
        return fail(ErrorCode::ReviewHeld, r.id + ": inputs are frozen when the review is held");
    }
    if (auto s = checkTexts({{&r.title, "title"}, {&r.chair, "chair"}}, kMaxShortBytes); !s) return s;
    for (const auto& [c, text] : r.comments)
        if (auto s = checkText(text, kMaxNoteBytes, "comment"); !s) return s;
    return checkTexts({{&r.attendees, "attendees"}, {&r.minutes, "minutes"}}, kMaxNoteBytes);
}

Fields fieldsOf(const ReviewDecision& d) {
    return {{"type", code(d.type, kDecisionTypeCodes)}, {"description", d.description}, {"owner", d.owner}, {"due", d.due}};
}

Status fromFields(const Fields& fields, ReviewDecision& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    ReviewDecision d;
    if (auto s = takeChoice(in, "type", kDecisionTypeCodes, d.type); !s) return s;
    d.description = in.take("description");
    d.owner = in.take("owner");
    d.due = in.take("due");
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(d);
    return ok();
}

Status validate(const Workspace&, const ReviewDecision& d) {
    if (isBlank(d.description)) return fail(ErrorCode::DecisionIncomplete, d.id + ": description");
    if (auto s = dateOrEmpty(d.due, "due"); !s) return s;
    if (auto s = checkTexts({{&d.owner, "owner"}}, kMaxShortBytes); !s) return s;
    return checkTexts({{&d.description, "description"}}, kMaxNoteBytes);
}

Status guardHeld(const Workspace& ws, const EntityKey& subject, const GuardedEdit& edit) {
    const ManagementReview* r = ws.entities<ManagementReview>().find(subject.id);
    if (!r || !r->held()) return ok();
    if (edit.what == GuardedEdit::What::Replace && edit.fields) {
        // Only the minutes may still be written.
        Fields before = fieldsOf(*r), after = *edit.fields;
        std::erase_if(before, [](const auto& f) { return f.first == "minutes" || f.second.empty(); });
        std::erase_if(after, [](const auto& f) { return f.first == "minutes" || f.second.empty(); });
        std::sort(before.begin(), before.end());
        std::sort(after.begin(), after.end());
        if (before == after) return ok();
    }
    return fail(ErrorCode::ReviewHeld, subject.id);
}

std::vector<const ReviewDecision*> decisionsOf(const Workspace& ws, std::string_view reviewId) {
    std::vector<const ReviewDecision*> out;
    const auto& all = ws.entities<ReviewDecision>();
    for (const Link& l : ws.linksTo({std::string(ManagementReview::kKind), std::string(reviewId)}))
        if (l.relation == kDecisionReview)
            if (const ReviewDecision* d = all.find(l.from.id)) out.push_back(d);
    std::sort(out.begin(), out.end(), [&](const ReviewDecision* a, const ReviewDecision* b) { return *all.indexOf(a->id) < *all.indexOf(b->id); });
    return out;
}

std::string reviewOfDecision(const Workspace& ws, std::string_view decisionId) {
    for (const Link& l : ws.linksFrom({std::string(ReviewDecision::kKind), std::string(decisionId)}))
        if (l.relation == kDecisionReview) return l.to.id;
    return {};
}

std::vector<std::string> actionsOfDecision(const Workspace& ws, std::string_view decisionId) {
    std::vector<std::string> out;
    for (const Link& l : ws.linksTo({std::string(ReviewDecision::kKind), std::string(decisionId)}))
        if (l.relation == kActionDecision) out.push_back(l.from.id);
    return out;
}

} // namespace kanri::model::reviews
