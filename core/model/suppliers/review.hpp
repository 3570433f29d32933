#pragma once
// A supplier's periodic performance review (ISO/IEC 20000-1 8.3.4.1), kind "supplier_review",
// ids "SR-001", linked to its supplier (supplier_review.supplier): the period reviewed, when and
// by whom, each of the supplier's targets with what was actually achieved (met or missed is
// computed), the overall result and the follow-up. A review that found problems raises a
// nonconformity or an opportunity that stays linked to it.
#include "model/codes.hpp"
#include "model/entities.hpp"
#include "model/suppliers/supplier.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model::suppliers {

enum class ReviewResult { Satisfactory, NeedsImprovement, Unsatisfactory };
inline constexpr std::array<std::string_view, 3> kReviewResultCodes = {"satisfactory", "needs_improvement", "unsatisfactory"};

// One target as reviewed: the supplier's target (copied when the review was made, so a later
// change of the contract does not rewrite the record) and what was achieved.
struct TargetResult {
    std::string measure, target, actual, unit; // target and actual: decimal numbers as typed
    Better better = Better::Higher;
    bool operator==(const TargetResult&) const = default;
};
// Met, missed, or not known (no actual, or not numbers).
std::optional<bool> met(const TargetResult& r);

struct SupplierReview {
    static constexpr std::string_view kKind = "supplier_review", kPrefix = "SR-";
    std::string id;
    Stamp stamp;
    std::string from, to; // the period reviewed, YYYY-MM-DD
    std::string heldOn;
    std::string reviewer;
    std::vector<TargetResult> results;
    ReviewResult result = ReviewResult::Satisfactory;
    std::string summary;  // what was found (service reports, incidents, complaints, the relationship)
    std::string followUp; // what was agreed to do
    bool operator==(const SupplierReview&) const = default;
};

inline constexpr std::string_view kReviewSupplier = "supplier_review.supplier";
inline constexpr std::string_view kNcSupplierReview = "nonconformity.supplier_review";
inline constexpr std::string_view kOfiSupplierReview = "opportunity.supplier_review";

Fields fieldsOf(const SupplierReview& r);
Status fromFields(const Fields& f, SupplierReview& out);
// Dates are dates and the period ends after it starts; targets and actuals are numbers.
Status validate(const Workspace& ws, const SupplierReview& r);

// The reviews of a supplier, newest held first (not yet held last).
std::vector<const SupplierReview*> reviewsOf(const Workspace& ws, std::string_view supplierId);
std::string supplierOfReview(const Workspace& ws, std::string_view reviewId);
// The nonconformity or opportunity raised from a review (kind "" when none).
EntityKey raisedFromReview(const Workspace& ws, std::string_view reviewId);

} // namespace kanri::model::suppliers
