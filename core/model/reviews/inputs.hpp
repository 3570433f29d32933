#pragma once
// The management review's inputs (9.3 a–k, and the readiness trend), assembled from the data of
// every module at the moment the review is prepared: facts with stable keys ("nc_opened": 3, the
// ids it counts), so the interface words them in the user's language and the frozen record
// stays the same whatever the language. An input with no data in Kanri is a gap to fill by hand
// (its comment) before the review.
#include "model/reviews/review.hpp"
#include "model/workspace.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::reviews {

struct Fact {
    std::string key;               // "nc_opened", "kpi_missed", "readiness_now", "cycle"
    std::string value;             // a count, a percentage ("73%"), a date, a cycle's "name: 73%"
    std::vector<std::string> refs; // the ids it counts ("NC-004"), for the reader to open
    bool operator==(const Fact&) const = default;
};

struct Input {
    std::string code; // "a" … "k", "readiness"
    std::vector<Fact> facts;
    bool gap = false; // nothing in Kanri speaks to it
    bool operator==(const Input&) const = default;
};

// Everything since `since` (YYYY-MM-DD; "" the beginning) as of `today`, one Input per code of
// kInputCodes in their order. `reviewId` is the review being prepared (its own decisions are not
// "earlier reviews'").
std::vector<Input> assembleInputs(const Workspace& ws, std::string_view reviewId, const std::string& since, const std::string& today);

// The inputs as one text and back (what a held review keeps).
std::string encodeInputs(const std::vector<Input>& inputs);
bool decodeInputs(std::string_view text, std::vector<Input>& out);

// The day the review looks back from: its own `since`, else the held date of the latest review
// held before it, else "".
std::string sinceOf(const Workspace& ws, const ManagementReview& r);
// A review's inputs: frozen if held, assembled as of `today` otherwise.
std::vector<Input> inputsOf(const Workspace& ws, const ManagementReview& r, const std::string& today);

} // namespace kanri::model::reviews
