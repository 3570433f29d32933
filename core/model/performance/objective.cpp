#include "model/performance/objective.hpp"

#include "model/improvement/fields.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model::performance {

using improvement::checkTexts;
using improvement::code;
using improvement::dateOrEmpty;
using improvement::takeChoice;

Fields fieldsOf(const Objective& o) {
    return {{"title", o.title}, {"measure", o.measure}, {"owner", o.owner}, {"due", o.due},
            {"evaluation", o.evaluation}, {"status", code(o.status, kObjectiveStatusCodes)}, {"notes", o.notes}};
}

Status fromFields(const Fields& fields, Objective& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Objective o;
    o.title = in.take("title");
    o.measure = in.take("measure");
    o.owner = in.take("owner");
    o.due = in.take("due");
    o.evaluation = in.take("evaluation");
    if (auto st = takeChoice(in, "status", kObjectiveStatusCodes, o.status); !st) return st;
    o.notes = in.take("notes");
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(o);
    return ok();
}

Status validate(const Workspace&, const Objective& o) {
    if (isBlank(o.title)) return fail(ErrorCode::TitleMissing, o.id);
    if (auto st = dateOrEmpty(o.due, "due"); !st) return st;
    if (auto st = checkTexts({{&o.title, "title"}, {&o.owner, "owner"}}, kMaxShortBytes); !st) return st;
    return checkTexts({{&o.measure, "measure"}, {&o.evaluation, "evaluation"}, {&o.notes, "notes"}}, kMaxNoteBytes);
}

} // namespace kanri::model::performance
