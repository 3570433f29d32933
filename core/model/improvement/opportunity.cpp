#include "model/improvement/opportunity.hpp"

#include "model/improvement/fields.hpp"
#include "model/workspace.hpp"

namespace kanri::model::improvement {
namespace {

std::string level(int v) { return v == 0 ? std::string() : std::to_string(v); }

Status takeLevel(FieldTaker& in, const char* name, int& out) {
    const std::string t = in.take(name);
    if (t.empty()) return ok();
    if (t.size() != 1 || t[0] < '1' || t[0] > '5') return fail(ErrorCode::InvalidRating, std::string(name) + ": " + t);
    out = t[0] - '0';
    return ok();
}

} // namespace

OfiStage stageOf(const Opportunity& o) {
    switch (o.decision) {
    case Decision::Approved: return o.resultOn.empty() ? OfiStage::Approved : OfiStage::Measured;
    case Decision::Rejected: return OfiStage::Rejected;
    case Decision::Deferred: return OfiStage::Deferred;
    case Decision::None: break;
    }
    return OfiStage::Proposed;
}

Fields fieldsOf(const Opportunity& o) {
    return {{"title", o.title},
            {"description", o.description},
            {"source", code(o.source, kOfiSourceCodes)},
            {"source_ref", o.sourceRef},
            {"affects", o.affects},
            {"benefit", code(o.benefit, kBenefitCodes)},
            {"expected", o.expected},
            {"target", o.target},
            {"value", level(o.value)},
            {"urgency", level(o.urgency)},
            {"effort", level(o.effort)},
            {"decision", code(o.decision, kDecisionCodes)},
            {"decision_reason", o.decisionReason},
            {"decided_by", o.decidedBy},
            {"decided_on", o.decidedOn},
            {"result", o.result},
            {"result_on", o.resultOn},
            {"achieved", code(o.achieved, kAchievedCodes)}};
}

Status fromFields(const Fields& fields, Opportunity& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Opportunity o;
    o.title = in.take("title");
    o.description = in.take("description");
    if (auto s = takeChoice(in, "source", kOfiSourceCodes, o.source); !s) return s;
    o.sourceRef = in.take("source_ref");
    o.affects = in.take("affects");
    if (auto s = takeChoice(in, "benefit", kBenefitCodes, o.benefit); !s) return s;
    o.expected = in.take("expected");
    o.target = in.take("target");
    for (const auto& [name, v] : {std::pair{"value", &o.value}, {"urgency", &o.urgency}, {"effort", &o.effort}})
        if (auto s = takeLevel(in, name, *v); !s) return s;
    if (auto s = takeChoice(in, "decision", kDecisionCodes, o.decision); !s) return s;
    o.decisionReason = in.take("decision_reason");
    o.decidedBy = in.take("decided_by");
    o.decidedOn = in.take("decided_on");
    o.result = in.take("result");
    o.resultOn = in.take("result_on");
    if (auto s = takeChoice(in, "achieved", kAchievedCodes, o.achieved); !s) return s;
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(o);
    return ok();
}

Status validate(const Workspace&, const Opportunity& o) {
    if (isBlank(o.title)) return fail(ErrorCode::TitleMissing, o.id);
    if (auto s = dateOrEmpty(o.decidedOn, "decided_on"); !s) return s;
    if (auto s = dateOrEmpty(o.resultOn, "result_on"); !s) return s;
    if (o.decision != Decision::None && (isBlank(o.decisionReason) || isBlank(o.decidedBy) || o.decidedOn.empty()))
        return fail(ErrorCode::DecisionNeedsReason, o.id);
    if (o.decision == Decision::None && !(o.decisionReason.empty() && o.decidedBy.empty() && o.decidedOn.empty()))
        return fail(ErrorCode::DecisionNeedsReason, o.id + ": a reason without a decision");
    const bool measured = !o.resultOn.empty() || !o.result.empty() || o.achieved != Achieved::Unknown;
    if (measured && o.decision != Decision::Approved) return fail(ErrorCode::ResultNeedsApproval, o.id);
    if (measured && (o.resultOn.empty() || isBlank(o.result))) return fail(ErrorCode::InvalidDate, "result_on: a result needs its text and date");
    if (auto s = checkTexts({{&o.title, "title"}, {&o.sourceRef, "source_ref"}, {&o.decidedBy, "decided_by"}}, kMaxShortBytes); !s) return s;
    return checkTexts({{&o.description, "description"}, {&o.affects, "affects"}, {&o.expected, "expected"}, {&o.target, "target"},
                       {&o.decisionReason, "decision_reason"}, {&o.result, "result"}},
                      kMaxNoteBytes);
}

Fields fieldsOf(const PdcaCycle& c) { return {{"title", c.title}, {"start", c.start}, {"end", c.end}, {"objective", c.objective}}; }

Status fromFields(const Fields& fields, PdcaCycle& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    PdcaCycle c;
    c.title = in.take("title");
    c.start = in.take("start");
    c.end = in.take("end");
    c.objective = in.take("objective");
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(c);
    return ok();
}

Status validate(const Workspace&, const PdcaCycle& c) {
    if (isBlank(c.title)) return fail(ErrorCode::TitleMissing, c.id);
    if (!isValidDate(c.start)) return fail(ErrorCode::InvalidDate, "start: " + c.start);
    if (!isValidDate(c.end)) return fail(ErrorCode::InvalidDate, "end: " + c.end);
    if (c.end < c.start) return fail(ErrorCode::PeriodInvalid, c.start + " – " + c.end);
    return checkTexts({{&c.title, "title"}, {&c.objective, "objective"}}, kMaxShortBytes);
}

} // namespace kanri::model::improvement
