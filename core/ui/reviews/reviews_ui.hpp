#pragma once
// The Management review area (9.3): reviews planned and held, each with its inputs a–k (and the
// readiness trend) assembled from Kanri's data — frozen when held, gaps flagged — a comment per
// input, the minutes, and the decisions with the actions made from them. Its state lives in the
// app's ViewState (views().of<ReviewsViewState>()).
#include "model/reviews/inputs.hpp"
#include "ui/app.hpp"
#include "ui/kinds.hpp"
#include "ui/view_state.hpp"

#include <span>
#include <string>
#include <vector>

namespace kanri::ui {

inline constexpr Area kReviewsArea{"reviews"};

struct ReviewsViewState {
    EntityTableState reviews;
    bool detailOnly = false;
    // The inputs of the review shown, for (review, Workspace::mutations(), today): assembling
    // them reads every module, once per change rather than every frame.
    std::string inputsFor;
    uint64_t inputsAt = ~0ull;
    std::vector<model::reviews::Input> inputs;
    // The new decision's form, for the review `formFor`.
    std::string formFor, description, owner, due, error;
    int type = 0;
};

void drawReviews(App& app);
void drawReviewsDashboardCard(App& app);
std::span<const KindEntry> reviewKinds();
void openReview(App& app, const std::string& id);

} // namespace kanri::ui
