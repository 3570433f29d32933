#include "model/audits/audit.hpp"

#include "model/improvement/fields.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model::audits {

using improvement::checkTexts;
using improvement::code;
using improvement::dateOrEmpty;
using improvement::takeChoice;

std::vector<std::string> Audit::auditors() const {
    std::vector<std::string> out;
    auto add = [&](std::string_view name) {
        while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t' || name.back() == '\r')) name.remove_suffix(1);
        if (!name.empty()) out.emplace_back(name);
    };
    add(lead);
    std::string_view rest = team;
    while (!rest.empty()) {
        const size_t nl = rest.find('\n');
        add(rest.substr(0, nl));
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    }
    return out;
}

Fields fieldsOf(const AuditProgramme& p) {
    return {{"title", p.title},     {"start", p.start},       {"end", p.end},         {"objectives", p.objectives},
            {"extent", p.extent},   {"methods", p.methods},   {"criteria", p.criteria}, {"review", p.review}};
}

Status fromFields(const Fields& fields, AuditProgramme& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    AuditProgramme p;
    p.title = in.take("title");
    p.start = in.take("start");
    p.end = in.take("end");
    p.objectives = in.take("objectives");
    p.extent = in.take("extent");
    p.methods = in.take("methods");
    p.criteria = in.take("criteria");
    p.review = in.take("review");
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(p);
    return ok();
}

Status validate(const Workspace&, const AuditProgramme& p) {
    if (isBlank(p.title)) return fail(ErrorCode::TitleMissing, p.id);
    if (auto s = dateOrEmpty(p.start, "start"); !s) return s;
    if (auto s = dateOrEmpty(p.end, "end"); !s) return s;
    if (!p.start.empty() && !p.end.empty() && p.end < p.start) return fail(ErrorCode::PeriodInvalid, p.start + " – " + p.end);
    if (auto s = checkTexts({{&p.title, "title"}}, kMaxShortBytes); !s) return s;
    return checkTexts({{&p.objectives, "objectives"}, {&p.extent, "extent"}, {&p.methods, "methods"}, {&p.criteria, "criteria"}, {&p.review, "review"}},
                      kMaxNoteBytes);
}

Fields fieldsOf(const Audit& a) {
    return {{"title", a.title},       {"criteria", a.criteria},     {"planned_on", a.plannedOn},
            {"held_on", a.heldOn},    {"lead", a.lead},             {"team", a.team},
            {"auditees", a.auditees}, {"status", code(a.status, kAuditStatusCodes)},
            {"report", a.report},     {"reported_on", a.reportedOn}, {"distribution", a.distribution},
            {"closed_on", a.closedOn}, {"closed_by", a.closedBy}};
}

Status fromFields(const Fields& fields, Audit& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Audit a;
    a.title = in.take("title");
    a.criteria = in.take("criteria");
    a.plannedOn = in.take("planned_on");
    a.heldOn = in.take("held_on");
    a.lead = in.take("lead");
    a.team = in.take("team");
    a.auditees = in.take("auditees");
    if (auto s = takeChoice(in, "status", kAuditStatusCodes, a.status); !s) return s;
    a.report = in.take("report");
    a.reportedOn = in.take("reported_on");
    a.distribution = in.take("distribution");
    a.closedOn = in.take("closed_on");
    a.closedBy = in.take("closed_by");
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(a);
    return ok();
}

std::string missingForClose(const Audit& a) {
    if (a.heldOn.empty()) return "held_on";
    if (isBlank(a.lead)) return "lead";
    if (isBlank(a.report)) return "report";
    if (a.reportedOn.empty()) return "reported_on";
    return {};
}

Status validate(const Workspace&, const Audit& a) {
    if (isBlank(a.title)) return fail(ErrorCode::TitleMissing, a.id);
    for (const auto& [d, name] : {std::pair{&a.plannedOn, "planned_on"}, {&a.heldOn, "held_on"}, {&a.reportedOn, "reported_on"}, {&a.closedOn, "closed_on"}})
        if (auto s = dateOrEmpty(*d, name); !s) return s;
    if (!a.heldOn.empty() && !a.reportedOn.empty() && a.reportedOn < a.heldOn) return fail(ErrorCode::PeriodInvalid, "reported_on " + a.reportedOn + " < held_on " + a.heldOn);
    if (a.closed()) {
        if (std::string missing = missingForClose(a); !missing.empty()) return fail(ErrorCode::AuditNotReady, a.id + ": " + missing);
        if (a.closedOn.empty()) return fail(ErrorCode::AuditNotReady, a.id + ": closed_on");
    } else if (!a.closedOn.empty() || !a.closedBy.empty()) {
        return fail(ErrorCode::AuditNotReady, a.id + ": closed_on of an audit not closed");
    }
    if (auto s = checkTexts({{&a.title, "title"}, {&a.lead, "lead"}, {&a.closedBy, "closed_by"}}, kMaxShortBytes); !s) return s;
    return checkTexts({{&a.criteria, "criteria"}, {&a.team, "team"}, {&a.auditees, "auditees"}, {&a.report, "report"}, {&a.distribution, "distribution"}},
                      kMaxNoteBytes);
}

Fields fieldsOf(const Finding& f) {
    return {{"type", code(f.type, kFindingTypeCodes)}, {"statement", f.statement}, {"evidence", f.evidence}};
}

Status fromFields(const Fields& fields, Finding& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Finding f;
    if (auto s = takeChoice(in, "type", kFindingTypeCodes, f.type); !s) return s;
    f.statement = in.take("statement");
    f.evidence = in.take("evidence");
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(f);
    return ok();
}

Status validate(const Workspace&, const Finding& f) {
    if (isBlank(f.statement)) return fail(ErrorCode::FindingIncomplete, f.id + ": statement");
    return checkTexts({{&f.statement, "statement"}, {&f.evidence, "evidence"}}, kMaxNoteBytes);
}

} // namespace kanri::model::audits
