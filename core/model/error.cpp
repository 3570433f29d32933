#include "model/error.hpp"

namespace kanri {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
#define KANRI_ERROR_NAME(name) case ErrorCode::name: return #name;
        KANRI_ERRORS(KANRI_ERROR_NAME)
#undef KANRI_ERROR_NAME
    }
    return "?";
}

} // namespace kanri
