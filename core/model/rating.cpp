#include "model/rating.hpp"

namespace kanri::model {

std::string_view ratingCode(Rating r) {
    switch (r) {
    case Rating::Unrated: return "";
    case Rating::N: return "N";
    case Rating::P: return "P";
    case Rating::L: return "L";
    case Rating::F: return "F";
    case Rating::NA: return "NA";
    }
    return "";
}

std::optional<Rating> ratingFromCode(std::string_view code) {
    for (Rating r : {Rating::Unrated, Rating::N, Rating::P, Rating::L, Rating::F, Rating::NA})
        if (ratingCode(r) == code) return r;
    return std::nullopt;
}

std::optional<double> ratingValue(Rating r) {
    switch (r) {
    case Rating::N: return 0.0;
    case Rating::P: return 1.0 / 3.0;
    case Rating::L: return 2.0 / 3.0;
    case Rating::F: return 1.0;
    default: return std::nullopt;
    }
}

} // namespace kanri::model
