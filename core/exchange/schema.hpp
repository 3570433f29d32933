#pragma once
// The JSON Schema (draft 2020-12) of the Kanri JSON document, made from the code so it cannot
// drift: the envelope and the self-assessment here, one entry per registered kind under
// "entities", and each module's fragment for its kinds' fields (the one list in
// schema_fragments.cpp). docs/kanri.schema.json is `kanri-cli schema`; a test keeps them equal
// and validates exported documents against it.
#include "model/registry.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kanri::exchange {

// A module's schema of one kind's "fields" object, as JSON text; or, for a kind its module
// writes in a section of its own (a clause note under "assessment", as {"clause", "note"}), the
// name of that section and no fragment.
struct SchemaFragment {
    std::string_view kind;
    std::string (*fields)() = nullptr;
    std::string_view section = {};
};
std::span<const SchemaFragment> schemaFragments();
// Whether the kind is written in its module's own section, so "entities" neither writes nor
// accepts it.
bool inOwnSection(std::string_view kind);

std::string kanriJsonSchema(const model::Registry& registry);

// The risk register's fragments (risks_schema.cpp).
std::string riskFieldsSchema();
std::string riskMatrixFieldsSchema();
// The supplier register's and the responsibility matrices' (suppliers_schema.cpp).
std::string supplierFieldsSchema();
std::string raciMatrixFieldsSchema();
std::string raciRowFieldsSchema();
std::string signOffFieldsSchema();
std::string savedTemplateFieldsSchema();
std::string supplierReviewFieldsSchema();
// The improvement loop's (improvement_schema.cpp).
std::string actionFieldsSchema();
std::string nonconformityFieldsSchema();
std::string opportunityFieldsSchema();
std::string pdcaCycleFieldsSchema();
// The audit programme's (audits_schema.cpp).
std::string auditProgrammeFieldsSchema();
std::string auditFieldsSchema();
std::string findingFieldsSchema();
// Services, SLA targets, KPIs, measurements and objectives (performance_schema.cpp).
std::string serviceFieldsSchema();
std::string slaTargetFieldsSchema();
std::string kpiFieldsSchema();
std::string measurementFieldsSchema();
std::string objectiveFieldsSchema();
// The management review's (reviews_schema.cpp).
std::string managementReviewFieldsSchema();
std::string reviewDecisionFieldsSchema();

} // namespace kanri::exchange
