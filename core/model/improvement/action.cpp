#include "model/improvement/action.hpp"

#include "model/improvement/fields.hpp"
#include "model/workspace.hpp"

namespace kanri::model::improvement {

Fields fieldsOf(const Action& a) {
    return {{"description", a.description}, {"owner", a.owner},       {"due", a.due},
            {"status", code(a.status, kActionStatusCodes)}, {"cancel_reason", a.cancelReason}, {"done_on", a.doneOn},
            {"evidence", a.evidence}};
}

Status fromFields(const Fields& fields, Action& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Action a;
    a.description = in.take("description");
    a.owner = in.take("owner");
    a.due = in.take("due");
    if (auto s = takeChoice(in, "status", kActionStatusCodes, a.status); !s) return s;
    a.cancelReason = in.take("cancel_reason");
    a.doneOn = in.take("done_on");
    a.evidence = in.take("evidence");
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(a);
    return ok();
}

Status validate(const Workspace&, const Action& a) {
    if (isBlank(a.description)) return fail(ErrorCode::ActionIncomplete, a.id + ": description");
    if (isBlank(a.owner)) return fail(ErrorCode::ActionIncomplete, a.id + ": owner");
    if (a.due.empty()) return fail(ErrorCode::ActionIncomplete, a.id + ": due");
    if (auto s = dateOrEmpty(a.due, "due"); !s) return s;
    if (auto s = dateOrEmpty(a.doneOn, "done_on"); !s) return s;
    if (a.status == ActionStatus::Done && a.doneOn.empty()) return fail(ErrorCode::ActionDoneDate, a.id);
    if (a.status != ActionStatus::Done && !a.doneOn.empty()) return fail(ErrorCode::ActionDoneDate, a.id + ": done_on of an action not done");
    if (a.status == ActionStatus::Cancelled && isBlank(a.cancelReason)) return fail(ErrorCode::ActionNeedsReason, a.id);
    if (auto s = checkTexts({{&a.owner, "owner"}}, kMaxShortBytes); !s) return s;
    return checkTexts({{&a.description, "description"}, {&a.cancelReason, "cancel_reason"}, {&a.evidence, "evidence"}}, kMaxNoteBytes);
}

bool overdue(const Action& a, const std::string& today) { return a.open() && !today.empty() && a.due < today; }

} // namespace kanri::model::improvement
