// The one list of the modules' schema fragments: a module adds its kinds' lines here.
#include "exchange/schema.hpp"

namespace kanri::exchange {

namespace {
const SchemaFragment kFragments[] = {
    {"risk", riskFieldsSchema},
    {"risk_matrix", riskMatrixFieldsSchema},
};
} // namespace

std::span<const SchemaFragment> schemaFragments() { return kFragments; }

} // namespace kanri::exchange
