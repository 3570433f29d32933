#include "model/assessment.hpp"

namespace kanri::model {

std::string_view documentStatusCode(DocumentStatus s) {
    switch (s) {
    case DocumentStatus::Present: return "present";
    case DocumentStatus::Missing: return "missing";
    case DocumentStatus::Unknown: break;
    }
    return "unknown";
}

bool documentStatusFromCode(std::string_view code, DocumentStatus& out) {
    for (DocumentStatus s : {DocumentStatus::Unknown, DocumentStatus::Present, DocumentStatus::Missing})
        if (documentStatusCode(s) == code) {
            out = s;
            return true;
        }
    return false;
}

} // namespace kanri::model
