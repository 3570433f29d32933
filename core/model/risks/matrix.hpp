#pragma once
// The risk matrix of a database (one per database, a generic entity of kind "risk_matrix"):
// its scales (3 to 5 levels of likelihood and of impact, labelled in English and Japanese, with
// anchor text per impact dimension), its bands (low … critical) with their colours and their
// acceptance criteria, and how a cell finds its band: by score (likelihood × impact against
// each band's lowest score) or by a lookup grid, so a corporate matrix can be reproduced cell
// for cell. A database without a matrix entity uses defaultMatrix().
#include "model/entities.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanri::model {
class Workspace;
}

namespace kanri::model::risks {

enum Lang { En = 0, Ja = 1 };
using Text = std::array<std::string, 2>; // English, Japanese

// The dimensions an impact level is described in (the anchors of one impact level).
enum class Dimension { Availability, Customers, Security, Legal, Financial };
inline constexpr std::array<std::string_view, 5> kDimensionCodes = {"availability", "customers", "security", "legal", "financial"};

inline constexpr int kMinLevels = 3, kMaxLevels = 5;
inline constexpr size_t kMaxBands = 6;

struct Band {
    std::string code;     // stable ("high"): what CSV, JSON and acceptances name
    Text label;           // "High", "高"
    uint32_t colour = 0;  // 0xRRGGBB
    int minScore = 1;     // the band holds scores from here to the next band's minScore - 1
    bool acceptable = false; // may be accepted without a stated reason
    Text criterion;       // the acceptance criterion, as the organisation words it
    bool operator==(const Band&) const = default;
};

struct RiskMatrix {
    static constexpr std::string_view kKind = "risk_matrix", kPrefix = "RM-";
    std::string id;
    Stamp stamp;
    int likelihoods = 5, impacts = 5;
    std::vector<Text> likelihoodLabels; // one per level, 1 first
    std::vector<Text> impactLabels;
    // anchors[dimension][impact level - 1]
    std::array<std::vector<Text>, 5> anchors;
    std::vector<Band> bands; // lowest first
    // Empty: a cell's band is found by its score. Otherwise one band index per cell, row by
    // row of likelihood (1 first), each row impact 1 first.
    std::vector<int> grid;
    bool operator==(const RiskMatrix&) const = default;
};

// The 5×5 matrix of common practice: score = likelihood × impact; 1–4 low, 5–9 medium,
// 10–19 high, 20–25 critical; low and medium acceptable by the owner.
RiskMatrix defaultMatrix();
// The matrix in effect in a workspace (its matrix entity, or the default).
const RiskMatrix& matrixOf(const Workspace& ws);

// The index of the band of a cell; nullopt when the cell is not on the matrix (0 = not rated).
std::optional<size_t> bandIndex(const RiskMatrix& m, int likelihood, int impact);
const Band* bandOf(const RiskMatrix& m, int likelihood, int impact);
const Band* findBand(const RiskMatrix& m, std::string_view code);
// The highest score a band holds on this matrix (for "10–19").
int bandMaxScore(const RiskMatrix& m, size_t index);

// Resizes a matrix to n × m levels, keeping what fits and filling the rest with defaults
// (labels, anchors); a lookup grid is resized with it, new cells by score.
RiskMatrix resized(RiskMatrix m, int likelihoods, int impacts);

Fields fieldsOf(const RiskMatrix& m);
Status fromFields(const Fields& f, RiskMatrix& out);
// Sizes, labels, bands (codes unique, lowest scores rising from 1), grid; and no risk may be
// left outside the scales (the refusal names them).
Status validate(const Workspace& ws, const RiskMatrix& m);
Status validateShape(const RiskMatrix& m);

std::string colourText(uint32_t rgb);           // "#2e7d32"
std::optional<uint32_t> colourFromText(std::string_view text);

} // namespace kanri::model::risks
