// The one list of the modules' schema fragments: a module adds its kinds' lines here.
#include "exchange/schema.hpp"

namespace kanri::exchange {

namespace {
const SchemaFragment kFragments[] = {
    {"clause_note", nullptr, "assessment"},
    {"document", nullptr, "assessment"},
    {"cycle", nullptr, "cycles"},
    {"risk", riskFieldsSchema},
    {"risk_matrix", riskMatrixFieldsSchema},
    {"supplier", supplierFieldsSchema},
    {"raci_matrix", raciMatrixFieldsSchema},
    {"raci_row", raciRowFieldsSchema},
    {"raci_signoff", signOffFieldsSchema},
    {"raci_template", savedTemplateFieldsSchema},
    {"supplier_review", supplierReviewFieldsSchema},
    {"action", actionFieldsSchema},
    {"nonconformity", nonconformityFieldsSchema},
    {"opportunity", opportunityFieldsSchema},
    {"pdca_cycle", pdcaCycleFieldsSchema},
    {"audit_programme", auditProgrammeFieldsSchema},
    {"audit", auditFieldsSchema},
    {"finding", findingFieldsSchema},
    {"service", serviceFieldsSchema},
    {"sla_target", slaTargetFieldsSchema},
    {"kpi", kpiFieldsSchema},
    {"measurement", measurementFieldsSchema},
    {"objective", objectiveFieldsSchema},
    {"management_review", managementReviewFieldsSchema},
    {"review_decision", reviewDecisionFieldsSchema},
};
} // namespace

std::span<const SchemaFragment> schemaFragments() { return kFragments; }

bool inOwnSection(std::string_view kind) {
    for (const SchemaFragment& f : kFragments)
        if (f.kind == kind) return !f.section.empty();
    return false;
}

} // namespace kanri::exchange
