// The one list of modules of the automation layer. A domain adds its line here; its
// operations and queries live in its own file.
#include "automation/operation.hpp"

namespace kanri::automation {

namespace {
const AutomationModule kModules[] = {
    {"assessment", assessmentOperations, assessmentQueries},
    {"risks", riskOperations, riskQueries},
    {"suppliers", supplierOperations, supplierQueries},
    {"improvement", improvementOperations, improvementQueries},
    {"audits", auditOperations, auditQueries},
    {"performance", performanceOperations, performanceQueries},
    {"reviews", reviewOperations, reviewQueries},
};
} // namespace

std::span<const AutomationModule> automationModules() { return kModules; }

} // namespace kanri::automation
