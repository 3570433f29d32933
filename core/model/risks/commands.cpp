#include "model/risks/commands.hpp"

#include "model/commands.hpp"
#include "model/risks/register.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

namespace kanri::model::risks {
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
    return patchFields(std::string(Risk::kKind), id, std::move(changed), session);
}

std::unique_ptr<Command> acceptRisk(const std::string& id, AcceptanceInput in) {
    return std::make_unique<PutEntity>(std::string(Risk::kKind), id, [id, in = std::move(in)](const Workspace& ws, Fields& f) -> Status {
        Risk r;
        if (auto s = fromFields(f, r); !s) return s;
        const RiskRating residual = effectiveResidual(r);
        const Band* band = bandOf(matrixOf(ws), residual.likelihood, residual.impact);
        if (!band) return fail(ErrorCode::AcceptanceIncomplete, id + ": not rated");
        setField(f, "accepted_by", in.by);
        setField(f, "accepted_role", in.role);
        setField(f, "accepted_on", in.on);
        setField(f, "accepted_until", in.until);
        setField(f, "accepted_rationale", in.rationale);
        setField(f, "accepted_above_reason", band->acceptable ? std::string() : in.aboveReason);
        setField(f, "accepted_band", band->code);
        setField(f, "accepted_likelihood", std::to_string(residual.likelihood));
        setField(f, "accepted_impact", std::to_string(residual.impact));
        setField(f, "status", std::string(codeOf(RiskStatus::Accepted, kStatusCodes)));
        return ok();
    });
}

std::unique_ptr<Command> reviewRisk(const std::string& id, const std::string& on) {
    return std::make_unique<PutEntity>(std::string(Risk::kKind), id, [on](const Workspace&, Fields& f) -> Status {
        Risk r;
        if (auto s = fromFields(f, r); !s) return s;
        if (!isValidDate(on)) return fail(ErrorCode::InvalidDate, on);
        setField(f, "last_review", on);
        if (const int months = cadenceMonths(r.cadence)) setField(f, "next_review", addMonths(on, months));
        return ok();
    });
}

std::unique_ptr<Command> setMatrix(const Workspace& ws, RiskMatrix next) {
    const Collection* c = ws.collection(RiskMatrix::kKind);
    const std::string id = c && c->size() > 0 ? c->idAt(0) : std::string();
    return std::make_unique<PutEntity>(std::string(RiskMatrix::kKind), id, fieldsOf(next));
}

} // namespace kanri::model::risks
