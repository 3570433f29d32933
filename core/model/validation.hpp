#pragma once
// Rules for values users type (or files carry), shared by commands and imports.
#include "model/error.hpp"

#include <cstddef>
#include <string_view>

namespace kanri::model {

// A calendar date written YYYY-MM-DD (leap years included). Empty is not a date.
bool isValidDate(std::string_view s);
// A link Kanri will store and show: http://, https:// or mailto: with something after it,
// no control characters or spaces. javascript:, data:, file: and the like are refused.
bool isSafeUrl(std::string_view s);

// A YYYY-MM-DD date, or nothing; a refusal names the field ("due: 2027-02-30").
Status dateOrEmpty(std::string_view date, const char* field);

// Nothing but spaces, tabs and line breaks (a title, a name, a reason that is not there).
bool isBlank(std::string_view s);

// Valid UTF-8 of at most max bytes; a refusal names the field.
Status checkText(std::string_view value, size_t max, const char* field);

} // namespace kanri::model
