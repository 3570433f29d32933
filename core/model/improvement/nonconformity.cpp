#include "model/improvement/nonconformity.hpp"

#include "model/improvement/fields.hpp"
#include "model/workspace.hpp"

#include <algorithm>

namespace kanri::model::improvement {
namespace {

std::string num(size_t v) { return std::to_string(v); }

void putReview(Fields& f, const std::string& p, const EffectivenessReview& r) {
    f.emplace_back(p + "method", r.method);
    f.emplace_back(p + "criteria", r.criteria);
    f.emplace_back(p + "due", r.due);
    f.emplace_back(p + "on", r.on);
    f.emplace_back(p + "reviewer", r.reviewer);
    f.emplace_back(p + "result", code(r.result, kReviewResultCodes));
    f.emplace_back(p + "evidence", r.evidence);
}

Status takeReview(FieldTaker& in, const std::string& p, EffectivenessReview& r) {
    r.method = in.take(p + "method");
    r.criteria = in.take(p + "criteria");
    r.due = in.take(p + "due");
    r.on = in.take(p + "on");
    r.reviewer = in.take(p + "reviewer");
    r.evidence = in.take(p + "evidence");
    return takeChoice(in, (p + "result").c_str(), kReviewResultCodes, r.result);
}

Status checkReview(const EffectivenessReview& r, const std::string& p) {
    if (auto s = dateOrEmpty(r.due, (p + "due").c_str()); !s) return s;
    if (auto s = dateOrEmpty(r.on, (p + "on").c_str()); !s) return s;
    if (auto s = checkTexts({{&r.reviewer, "reviewer"}}, kMaxShortBytes); !s) return s;
    return checkTexts({{&r.method, "method"}, {&r.criteria, "criteria"}, {&r.evidence, "evidence"}}, kMaxNoteBytes);
}

bool gradeCode(const std::string& g) {
    if (g.empty() || g.size() > 24) return false;
    return std::all_of(g.begin(), g.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

} // namespace

bool EffectivenessReview::complete() const {
    return !isBlank(method) && !isBlank(reviewer) && isValidDate(on) && result != ReviewResult::None;
}

Fields fieldsOf(const Nonconformity& n) {
    Fields f{{"title", n.title},
             {"description", n.description},
             {"evidence", n.evidence},
             {"source", code(n.source, kNcSourceCodes)},
             {"source_ref", n.sourceRef},
             {"grade", n.grade},
             {"detected_on", n.detectedOn},
             {"detected_by", n.detectedBy},
             {"correction", n.correction},
             {"corrected_on", n.correctedOn},
             {"corrected_by", n.correctedBy},
             {"rca_method", code(n.method, kRcaMethodCodes)}};
    for (size_t i = 0; i < kWhys; ++i) f.emplace_back("why." + num(i + 1), n.whys[i]);
    f.emplace_back("causes", n.causes);
    f.emplace_back("root_cause", n.rootCause);
    f.emplace_back("similar", n.similar);
    putReview(f, "review_", n.review);
    f.emplace_back("past_reviews", n.pastReviews.empty() ? std::string() : num(n.pastReviews.size()));
    for (size_t i = 0; i < n.pastReviews.size(); ++i) putReview(f, "past." + num(i + 1) + ".", n.pastReviews[i]);
    f.emplace_back("state", code(n.state, kNcStateCodes));
    f.emplace_back("state_on", n.stateOn);
    f.emplace_back("closed_on", n.closedOn);
    f.emplace_back("closed_by", n.closedBy);
    return f;
}

Status fromFields(const Fields& fields, Nonconformity& out) {
    FieldTaker in(fields);
    if (!in.status()) return in.status();
    Nonconformity n;
    n.title = in.take("title");
    n.description = in.take("description");
    n.evidence = in.take("evidence");
    if (auto s = takeChoice(in, "source", kNcSourceCodes, n.source); !s) return s;
    n.sourceRef = in.take("source_ref");
    if (std::string g = in.take("grade"); !g.empty()) n.grade = std::move(g);
    n.detectedOn = in.take("detected_on");
    n.detectedBy = in.take("detected_by");
    n.correction = in.take("correction");
    n.correctedOn = in.take("corrected_on");
    n.correctedBy = in.take("corrected_by");
    if (auto s = takeChoice(in, "rca_method", kRcaMethodCodes, n.method); !s) return s;
    for (size_t i = 0; i < kWhys; ++i) n.whys[i] = in.take("why." + num(i + 1));
    n.causes = in.take("causes");
    n.rootCause = in.take("root_cause");
    n.similar = in.take("similar");
    if (auto s = takeReview(in, "review_", n.review); !s) return s;
    size_t past = 0;
    if (auto s = in.count("past_reviews", 999, ErrorCode::NcReviewIncomplete, past); !s) return s;
    for (size_t i = 1; i <= past; ++i) {
        EffectivenessReview r;
        if (auto s = takeReview(in, "past." + num(i) + ".", r); !s) return s;
        n.pastReviews.push_back(std::move(r));
    }
    if (auto s = takeChoice(in, "state", kNcStateCodes, n.state); !s) return s;
    n.stateOn = in.take("state_on");
    n.closedOn = in.take("closed_on");
    n.closedBy = in.take("closed_by");
    if (auto s = in.nothingLeft(); !s) return s;
    out = std::move(n);
    return ok();
}

Status validate(const Workspace&, const Nonconformity& n) {
    if (isBlank(n.title)) return fail(ErrorCode::TitleMissing, n.id);
    if (!gradeCode(n.grade)) return fail(ErrorCode::UnknownChoice, "grade: " + n.grade);
    for (const auto& [d, name] : {std::pair{&n.detectedOn, "detected_on"}, {&n.correctedOn, "corrected_on"}, {&n.stateOn, "state_on"}, {&n.closedOn, "closed_on"}})
        if (auto s = dateOrEmpty(*d, name); !s) return s;
    size_t at = 0;
    while (at < n.causes.size()) {
        const size_t end = std::min(n.causes.find(' ', at), n.causes.size());
        const std::string_view c = std::string_view(n.causes).substr(at, end - at);
        if (!c.empty() && std::find(kCauseCodes.begin(), kCauseCodes.end(), c) == kCauseCodes.end())
            return fail(ErrorCode::UnknownChoice, "causes: " + std::string(c));
        at = end + 1;
    }
    if (auto s = checkTexts({{&n.title, "title"}, {&n.sourceRef, "source_ref"}, {&n.detectedBy, "detected_by"}, {&n.correctedBy, "corrected_by"}, {&n.closedBy, "closed_by"}},
                            kMaxShortBytes);
        !s)
        return s;
    if (auto s = checkTexts({{&n.description, "description"}, {&n.evidence, "evidence"}, {&n.correction, "correction"}, {&n.rootCause, "root_cause"}, {&n.similar, "similar"}},
                            kMaxNoteBytes);
        !s)
        return s;
    for (const std::string& w : n.whys)
        if (auto s = checkText(w, kMaxNoteBytes, "why"); !s) return s;
    if (auto s = checkReview(n.review, "review_"); !s) return s;
    for (const EffectivenessReview& r : n.pastReviews) {
        if (auto s = checkReview(r, "past."); !s) return s;
        if (!r.complete() || r.result != ReviewResult::Ineffective) return fail(ErrorCode::NcReviewIncomplete, n.id + ": an earlier review");
    }
    // What each state needs to have been recorded on the way there.
    if (n.state >= NcState::Corrected && (isBlank(n.correction) || n.correctedOn.empty())) return fail(ErrorCode::NcCorrectionMissing, n.id);
    if (n.state >= NcState::CauseFound && isBlank(n.rootCause)) return fail(ErrorCode::NcCauseMissing, n.id);
    if (n.state >= NcState::Verified && !(n.review.complete() && n.review.result == ReviewResult::Effective))
        return fail(ErrorCode::NcNotEffective, n.id);
    if (n.state < NcState::Verified && n.review.result != ReviewResult::None) return fail(ErrorCode::NcByTransition, n.id + ": a review result before it is verified");
    if (n.state == NcState::Closed && n.closedOn.empty()) return fail(ErrorCode::NcByTransition, n.id + ": closed without its date");
    return ok();
}

bool setByTransition(std::string_view field) {
    return field == "state" || field == "state_on" || field == "closed_on" || field == "closed_by" || field == "review_result" || field == "review_on" ||
           field == "review_reviewer" || field == "past_reviews" || field.rfind("past.", 0) == 0;
}

bool hasCause(const Nonconformity& n, std::string_view cause) {
    size_t at = 0;
    while (at <= n.causes.size()) {
        const size_t end = std::min(n.causes.find(' ', at), n.causes.size());
        if (std::string_view(n.causes).substr(at, end - at) == cause) return true;
        at = end + 1;
    }
    return false;
}

} // namespace kanri::model::improvement
