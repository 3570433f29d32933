#include "model/performance/kpi.hpp"

#include "model/calendar.hpp"
#include "model/improvement/fields.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model::performance {

using improvement::checkTexts;
using improvement::code;
using improvement::takeChoice;

Fields fieldsOf(const Kpi& k) {
    return {{"name", k.name},     {"description", k.description}, {"unit", k.unit},
            {"better", code(k.better, kBetterCodes)}, {"target", k.target}, {"threshold", k.threshold},
            {"frequency", code(k.frequency, kFrequencyCodes)}, {"owner", k.owner}};
}

Status fromFields(const Fields& fields, Kpi& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Kpi k;
    k.name = in.take("name");
    k.description = in.take("description");
    k.unit = in.take("unit");
    if (auto st = takeChoice(in, "better", kBetterCodes, k.better); !st) return st;
    k.target = in.take("target");
    k.threshold = in.take("threshold");
    if (auto st = takeChoice(in, "frequency", kFrequencyCodes, k.frequency); !st) return st;
    k.owner = in.take("owner");
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(k);
    return ok();
}

Status validate(const Workspace&, const Kpi& k) {
    if (isBlank(k.name)) return fail(ErrorCode::TitleMissing, k.id + ": name");
    double target = 0, threshold = 0;
    if (!parseDecimal(k.target, target)) return fail(ErrorCode::KpiInvalid, k.id + ": target \"" + k.target + "\"");
    if (!k.threshold.empty()) {
        if (!parseDecimal(k.threshold, threshold)) return fail(ErrorCode::KpiInvalid, k.id + ": threshold \"" + k.threshold + "\"");
        // The threshold warns before the target is missed for good: it lies on the bad side.
        if (k.better == Better::Higher ? threshold > target : threshold < target)
            return fail(ErrorCode::KpiInvalid, k.id + ": threshold " + k.threshold + " is on the good side of the target " + k.target);
    }
    if (auto st = checkTexts({{&k.name, "name"}, {&k.unit, "unit"}, {&k.target, "target"}, {&k.threshold, "threshold"}, {&k.owner, "owner"}}, kMaxShortBytes); !st)
        return st;
    return checkTexts({{&k.description, "description"}}, kMaxNoteBytes);
}

Fields fieldsOf(const Measurement& m) { return {{"period", m.period}, {"value", m.value}, {"note", m.note}}; }

Status fromFields(const Fields& fields, Measurement& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Measurement m;
    m.period = in.take("period");
    m.value = in.take("value");
    m.note = in.take("note");
    if (auto st = in.nothingLeft(); !st) return st;
    out = std::move(m);
    return ok();
}

Status validate(const Workspace&, const Measurement& m) {
    if (!parsePeriod(m.period)) return fail(ErrorCode::MeasurementPeriod, m.id + ": \"" + m.period + "\"");
    double v = 0;
    if (!parseDecimal(m.value, v)) return fail(ErrorCode::MeasurementInvalid, m.id + ": \"" + m.value + "\"");
    if (auto st = checkTexts({{&m.value, "value"}}, kMaxShortBytes); !st) return st;
    return checkTexts({{&m.note, "note"}}, kMaxNoteBytes);
}

Result evaluate(const Kpi& k, double value) {
    double target = 0, threshold = 0;
    if (!parseDecimal(k.target, target)) return Result::NoData;
    const bool higher = k.better == Better::Higher;
    if (higher ? value >= target : value <= target) return Result::Met;
    if (parseDecimal(k.threshold, threshold) && (higher ? value >= threshold : value <= threshold)) return Result::AtRisk;
    return Result::Missed;
}

Result evaluate(const Kpi& k, const Measurement& m) {
    double v = 0;
    return parseDecimal(m.value, v) ? evaluate(k, v) : Result::NoData;
}

Status checkPeriod(const Kpi& k, const std::string& period) {
    const std::optional<Period> p = parsePeriod(period);
    if (!p || p->kind != k.frequency)
        return fail(ErrorCode::MeasurementPeriod, k.id + " (" + std::string(codeOf(k.frequency, kFrequencyCodes)) + ", " +
                                                      std::string(periodForm(k.frequency)) + "): \"" + period + "\"");
    return ok();
}

} // namespace kanri::model::performance
