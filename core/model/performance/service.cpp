#include "model/performance/service.hpp"

#include "model/calendar.hpp"
#include "model/improvement/fields.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model::performance {

using improvement::checkTexts;
using improvement::code;
using improvement::takeChoice;

Fields fieldsOf(const Service& s) {
    return {{"name", s.name},   {"description", s.description},          {"customers", s.customers},
            {"owner", s.owner}, {"status", code(s.status, kServiceStatusCodes)}, {"notes", s.notes}};
}

Status fromFields(const Fields& fields, Service& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Service s;
    s.name = in.take("name");
    s.description = in.take("description");
    s.customers = in.take("customers");
    s.owner = in.take("owner");
    if (auto st = takeChoice(in, "status", kServiceStatusCodes, s.status); !st) return st;
    s.notes = in.take("notes");
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(s);
    return ok();
}

Status validate(const Workspace&, const Service& s) {
    if (isBlank(s.name)) return fail(ErrorCode::TitleMissing, s.id + ": name");
    if (auto st = checkTexts({{&s.name, "name"}, {&s.owner, "owner"}}, kMaxShortBytes); !st) return st;
    return checkTexts({{&s.description, "description"}, {&s.customers, "customers"}, {&s.notes, "notes"}}, kMaxNoteBytes);
}

Fields fieldsOf(const SlaTarget& t) {
    return {{"measure", code(t.measure, kSlaMeasureCodes)}, {"name", t.name}, {"target", t.target},
            {"unit", t.unit},                               {"better", code(t.better, kBetterCodes)}, {"exceptions", t.exceptions}};
}

Status fromFields(const Fields& fields, SlaTarget& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    SlaTarget t;
    if (auto st = takeChoice(in, "measure", kSlaMeasureCodes, t.measure); !st) return st;
    t.name = in.take("name");
    t.target = in.take("target");
    t.unit = in.take("unit");
    if (auto st = takeChoice(in, "better", kBetterCodes, t.better); !st) return st;
    t.exceptions = in.take("exceptions");
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(t);
    return ok();
}

Status validate(const Workspace&, const SlaTarget& t) {
    if (isBlank(t.name)) return fail(ErrorCode::TitleMissing, t.id + ": name");
    double v = 0;
    if (!parseDecimal(t.target, v)) return fail(ErrorCode::TargetInvalid, t.id + ": target \"" + t.target + "\"");
    if (auto st = checkTexts({{&t.name, "name"}, {&t.target, "target"}, {&t.unit, "unit"}}, kMaxShortBytes); !st) return st;
    return checkTexts({{&t.exceptions, "exceptions"}}, kMaxNoteBytes);
}

std::vector<SupportingTarget> supportingTargets(const Workspace& ws, const std::string& serviceId, const SlaTarget& sla) {
    std::vector<SupportingTarget> out;
    double mine = 0;
    const bool number = parseDecimal(sla.target, mine);
    for (const Link& l : ws.linksFrom({std::string(Service::kKind), serviceId})) {
        if (l.relation != kServiceSupplier) continue;
        const suppliers::Supplier* s = ws.entities<suppliers::Supplier>().find(l.to.id);
        if (!s) continue;
        for (const suppliers::Target& t : s->targets) {
            SupportingTarget st{s->id, t, false, false};
            double theirs = 0;
            st.comparable = number && t.unit == sla.unit && t.better == sla.better && parseDecimal(t.supplier, theirs);
            if (st.comparable) st.weaker = sla.better == Better::Higher ? theirs < mine : theirs > mine;
            out.push_back(std::move(st));
        }
    }
    return out;
}

} // namespace kanri::model::performance
