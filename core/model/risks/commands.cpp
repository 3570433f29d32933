#include "model/risks/commands.hpp"

#include "model/commands.hpp"
#include "model/risks/register.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model::risks {
namespace {

void set(Fields& fields, const std::string& name, std::string value) {
    for (auto& [n, v] : fields)
        if (n == name) {
            v = std::move(value);
            return;
        }
    fields.emplace_back(name, std::move(value));
}

} // namespace

std::unique_ptr<Command> createRisk(Fields fields, std::vector<std::string> items, std::vector<std::string> clauses) {
    std::vector<PutEntity::NewLink> links;
    for (std::string& i : items) links.push_back({"risk.item", {std::string(kinds::Item), std::move(i)}});
    for (std::string& c : clauses) links.push_back({"risk.clause", {std::string(kinds::Clause), std::move(c)}});
    return std::make_unique<PutEntity>(std::string(Risk::kKind), "", std::move(fields), std::move(links));
}

std::unique_ptr<Command> createFromTemplate(const Template& t, Lang lang) {
    return createRisk(templateFields(t, lang), {}, {t.clauses.begin(), t.clauses.end()});
}

std::unique_ptr<Command> raiseFromItem(const Catalogue& catalogue, const std::string& itemId, const std::string& itemTitle) {
    Risk r;
    r.title = itemTitle;
    std::vector<std::string> clauses;
    if (const Item* item = catalogue.findItem(itemId)) clauses.push_back(item->clauseId);
    r.description = itemId;
    return createRisk(fieldsOf(r), {itemId}, std::move(clauses));
}

std::unique_ptr<Command> updateRisk(const std::string& id, Fields changed, int session) {
    auto put = std::make_unique<PutEntity>(std::string(Risk::kKind), id, [changed = std::move(changed)](const Workspace&, Fields& f) -> Status {
        for (const auto& [name, value] : changed) set(f, name, value);
        return ok();
    });
    put->setSession(session);
    return put;
}

std::unique_ptr<Command> acceptRisk(const std::string& id, AcceptanceInput in) {
    return std::make_unique<PutEntity>(std::string(Risk::kKind), id, [id, in = std::move(in)](const Workspace& ws, Fields& f) -> Status {
        Risk r;
        if (auto s = fromFields(f, r); !s) return s;
        const RiskRating residual = effectiveResidual(r);
        const Band* band = bandOf(matrixOf(ws), residual.likelihood, residual.impact);
        if (!band) return fail(ErrorCode::AcceptanceIncomplete, id + ": not rated");
        set(f, "accepted_by", in.by);
        set(f, "accepted_role", in.role);
        set(f, "accepted_on", in.on);
        set(f, "accepted_until", in.until);
        set(f, "accepted_rationale", in.rationale);
        set(f, "accepted_above_reason", band->acceptable ? std::string() : in.aboveReason);
        set(f, "accepted_band", band->code);
        set(f, "accepted_likelihood", std::to_string(residual.likelihood));
        set(f, "accepted_impact", std::to_string(residual.impact));
        set(f, "status", std::string(codeOf(RiskStatus::Accepted, kStatusCodes)));
        return ok();
    });
}

std::unique_ptr<Command> reviewRisk(const std::string& id, const std::string& on) {
    return std::make_unique<PutEntity>(std::string(Risk::kKind), id, [on](const Workspace&, Fields& f) -> Status {
        Risk r;
        if (auto s = fromFields(f, r); !s) return s;
        if (!isValidDate(on)) return fail(ErrorCode::InvalidDate, on);
        set(f, "last_review", on);
        if (const int months = cadenceMonths(r.cadence)) set(f, "next_review", addMonths(on, months));
        return ok();
    });
}

std::unique_ptr<Command> setMatrix(const Workspace& ws, RiskMatrix next) {
    const Collection* c = ws.collection(RiskMatrix::kKind);
    const std::string id = c && c->size() > 0 ? c->idAt(0) : std::string();
    return std::make_unique<PutEntity>(std::string(RiskMatrix::kKind), id, fieldsOf(next));
}

} // namespace kanri::model::risks
