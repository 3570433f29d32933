#pragma once
// The achievement scale used for clause and item ratings (docs/scoring.md):
// N/P/L/F after ISO/IEC 33020, plus N/A which needs a justification, plus "not yet rated".
#include <optional>
#include <string_view>

namespace kanri::model {

enum class Rating { Unrated, N, P, L, F, NA };

// Stable codes used in storage, exports and the automation API: "", "N", "P", "L", "F", "NA".
std::string_view ratingCode(Rating r);
std::optional<Rating> ratingFromCode(std::string_view code);

// Item value for scoring: N=0, P=1/3, L=2/3, F=1; none for Unrated and NA (excluded).
std::optional<double> ratingValue(Rating r);

inline constexpr Rating kAllRatings[] = {Rating::N, Rating::P, Rating::L, Rating::F, Rating::NA};

} // namespace kanri::model
