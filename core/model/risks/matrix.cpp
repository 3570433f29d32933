#include "model/risks/matrix.hpp"

#include "model/risks/risk.hpp"
#include "model/validation.hpp"
#include "model/workspace.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace kanri::model::risks {
namespace {

const Text kLikelihood5[] = {{"Rare", "稀"}, {"Unlikely", "起こりにくい"}, {"Possible", "起こり得る"}, {"Likely", "起こりやすい"}, {"Almost certain", "ほぼ確実"}};
const Text kImpact5[] = {{"Insignificant", "軽微"}, {"Minor", "小"}, {"Moderate", "中"}, {"Major", "大"}, {"Severe", "甚大"}};
// Our own wording of what each impact level means in each dimension (the organisation rewrites them).
const Text kAnchors5[5][5] = {
    {{"Brief degradation; no SLA target missed", "短時間の品質低下。SLA 目標の未達なし"},
     {"Outage within the SLA's allowance", "SLA の許容範囲内の停止"},
     {"One SLA target missed in a month", "1 か月の SLA 目標を 1 つ未達"},
     {"Several SLA targets missed; service credits due", "複数の SLA 目標未達。サービスクレジットが発生"},
     {"Prolonged outage of a critical service; continuity plan invoked", "重要サービスの長時間停止。事業継続計画を発動"}},
    {{"No customer notices", "顧客は気付かない"},
     {"A few users of one customer", "1 顧客の一部の利用者"},
     {"One customer's service affected", "1 顧客のサービスに影響"},
     {"Several customers affected", "複数の顧客に影響"},
     {"Most or all customers affected", "大半またはすべての顧客に影響"}},
    {{"No information exposed", "情報の漏えいなし"},
     {"Internal information shared too widely inside", "社内情報が社内で過度に共有"},
     {"Limited confidential data exposed, quickly contained", "限定的な機密情報の漏えい。速やかに封じ込め"},
     {"Customer or personal data exposed", "顧客情報または個人情報の漏えい"},
     {"Large-scale breach of personal or customer data", "個人情報・顧客情報の大規模な漏えい"}},
    {{"No obligation breached", "義務違反なし"},
     {"Minor contractual deviation, settled informally", "軽微な契約上の逸脱。非公式に解決"},
     {"Contract breach or a regulator's enquiry", "契約違反または規制当局からの照会"},
     {"Duty to notify a regulator; penalties possible", "規制当局への報告義務。罰則の可能性"},
     {"Fines, litigation or loss of a licence", "罰金、訴訟または許認可の喪失"}},
    {{"Negligible cost", "費用は無視できる程度"},
     {"Cost within the service's budget", "サービスの予算内の費用"},
     {"Over budget, absorbed within the year", "予算超過。年度内に吸収可能"},
     {"Significant loss affecting the year's results", "年間業績に影響する大きな損失"},
     {"Loss threatening a contract or the organisation", "契約または組織の存続を脅かす損失"}},
};

// Which of the five default levels a scale of n levels takes (3: 1, 3, 5).
int spread(int n, int level) { return n == 5 ? level : n == 4 ? std::array{1, 2, 4, 5}[level - 1] : std::array{1, 3, 5}[level - 1]; }

std::string num(int v) { return std::to_string(v); }

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out(1);
    for (char c : s) {
        if (c == sep) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

} // namespace

RiskMatrix defaultMatrix() {
    RiskMatrix m;
    m = resized(m, 5, 5);
    m.bands = {
        {"low", {"Low", "低"}, 0x2e7d32, 1, true, {"Accept and monitor at each review", "受容し、レビューごとに監視する"}},
        {"medium", {"Medium", "中"}, 0xf9a825, 5, true, {"Treat within the plan, or accept by the risk owner's decision", "計画の中で対応するか、リスク所有者の判断で受容する"}},
        {"high", {"High", "高"}, 0xef6c00, 10, false, {"Treat; accepting needs management approval and a stated reason", "対応する。受容には経営層の承認と理由の記載が必要"}},
        {"critical", {"Critical", "重大"}, 0xc62828, 20, false, {"Treat at once; top management decides", "直ちに対応する。トップマネジメントが判断する"}},
    };
    return m;
}

RiskMatrix resized(RiskMatrix m, int likelihoods, int impacts) {
    likelihoods = std::clamp(likelihoods, kMinLevels, kMaxLevels);
    impacts = std::clamp(impacts, kMinLevels, kMaxLevels);
    auto fill = [](std::vector<Text>& labels, int n, int oldN, const Text* defaults) {
        std::vector<Text> out;
        for (int l = 1; l <= n; ++l) out.push_back(n == oldN && l <= static_cast<int>(labels.size()) ? labels[l - 1] : defaults[spread(n, l) - 1]);
        labels = std::move(out);
    };
    const int oldL = static_cast<int>(m.likelihoodLabels.size()), oldI = static_cast<int>(m.impactLabels.size());
    fill(m.likelihoodLabels, likelihoods, oldL, kLikelihood5);
    fill(m.impactLabels, impacts, oldI, kImpact5);
    for (size_t d = 0; d < m.anchors.size(); ++d) fill(m.anchors[d], impacts, static_cast<int>(m.anchors[d].size()), kAnchors5[d]);
    if (!m.grid.empty()) {
        std::vector<int> grid;
        for (int l = 1; l <= likelihoods; ++l)
            for (int i = 1; i <= impacts; ++i) {
                if (l <= m.likelihoods && i <= m.impacts) grid.push_back(m.grid[static_cast<size_t>((l - 1) * m.impacts + (i - 1))]);
                else {
                    int band = 0;
                    for (size_t b = 0; b < m.bands.size(); ++b)
                        if (m.bands[b].minScore <= l * i) band = static_cast<int>(b);
                    grid.push_back(band);
                }
            }
        m.grid = std::move(grid);
    }
    m.likelihoods = likelihoods;
    m.impacts = impacts;
    return m;
}

const RiskMatrix& matrixOf(const Workspace& ws) {
    static const RiskMatrix fallback = defaultMatrix();
    const auto* c = ws.collection(RiskMatrix::kKind);
    if (!c || c->size() == 0) return fallback;
    return ws.entities<RiskMatrix>().all().front();
}

std::optional<size_t> bandIndex(const RiskMatrix& m, int likelihood, int impact) {
    if (likelihood < 1 || impact < 1 || likelihood > m.likelihoods || impact > m.impacts || m.bands.empty()) return std::nullopt;
    if (!m.grid.empty()) {
        const size_t cell = static_cast<size_t>((likelihood - 1) * m.impacts + (impact - 1));
        if (cell >= m.grid.size() || m.grid[cell] < 0 || static_cast<size_t>(m.grid[cell]) >= m.bands.size()) return std::nullopt;
        return static_cast<size_t>(m.grid[cell]);
    }
    size_t band = 0;
    for (size_t b = 0; b < m.bands.size(); ++b)
        if (m.bands[b].minScore <= likelihood * impact) band = b;
    return band;
}

const Band* bandOf(const RiskMatrix& m, int likelihood, int impact) {
    const auto i = bandIndex(m, likelihood, impact);
    return i ? &m.bands[*i] : nullptr;
}

const Band* findBand(const RiskMatrix& m, std::string_view code) {
    for (const Band& b : m.bands)
        if (b.code == code) return &b;
    return nullptr;
}

int bandMaxScore(const RiskMatrix& m, size_t index) {
    return index + 1 < m.bands.size() ? m.bands[index + 1].minScore - 1 : m.likelihoods * m.impacts;
}

std::string colourText(uint32_t rgb) {
    char out[8];
    std::snprintf(out, sizeof out, "#%06x", static_cast<unsigned>(rgb & 0xffffff));
    return out;
}

std::optional<uint32_t> colourFromText(std::string_view t) {
    if (t.size() != 7 || t[0] != '#') return std::nullopt;
    uint32_t v = 0;
    for (char c : t.substr(1)) {
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return std::nullopt;
        v = v * 16 + static_cast<uint32_t>(d);
    }
    return v;
}

Fields fieldsOf(const RiskMatrix& m) {
    Fields f{{"likelihoods", num(m.likelihoods)}, {"impacts", num(m.impacts)}};
    auto texts = [&](const std::string& name, const Text& t) {
        f.emplace_back(name + ".en", t[En]);
        f.emplace_back(name + ".ja", t[Ja]);
    };
    for (size_t l = 0; l < m.likelihoodLabels.size(); ++l) texts("likelihood." + num(static_cast<int>(l) + 1), m.likelihoodLabels[l]);
    for (size_t i = 0; i < m.impactLabels.size(); ++i) texts("impact." + num(static_cast<int>(i) + 1), m.impactLabels[i]);
    for (size_t d = 0; d < m.anchors.size(); ++d)
        for (size_t i = 0; i < m.anchors[d].size(); ++i)
            texts("anchor." + std::string(kDimensionCodes[d]) + "." + num(static_cast<int>(i) + 1), m.anchors[d][i]);
    f.emplace_back("bands", num(static_cast<int>(m.bands.size())));
    for (size_t b = 0; b < m.bands.size(); ++b) {
        const Band& band = m.bands[b];
        const std::string p = "band." + num(static_cast<int>(b) + 1);
        f.emplace_back(p + ".code", band.code);
        texts(p, band.label);
        f.emplace_back(p + ".colour", colourText(band.colour));
        f.emplace_back(p + ".min", num(band.minScore));
        f.emplace_back(p + ".acceptable", band.acceptable ? "yes" : "no");
        texts(p + ".criterion", band.criterion);
    }
    std::string grid;
    for (size_t c = 0; c < m.grid.size(); ++c) {
        if (c > 0) grid += static_cast<int>(c) % m.impacts == 0 ? ";" : ",";
        const int b = m.grid[c];
        grid += b >= 0 && static_cast<size_t>(b) < m.bands.size() ? m.bands[static_cast<size_t>(b)].code : "?";
    }
    f.emplace_back("grid", grid);
    return f;
}

Status fromFields(const Fields& fields, RiskMatrix& out) {
    std::map<std::string, std::string, std::less<>> in;
    for (const auto& [name, value] : fields)
        if (!in.emplace(name, value).second) return fail(ErrorCode::DuplicateId, name);
    std::set<std::string, std::less<>> used;
    auto take = [&](const std::string& name) -> std::string {
        used.insert(name);
        auto it = in.find(name);
        return it == in.end() ? std::string() : it->second;
    };
    auto integer = [&](const std::string& name, int lo, int hi, int& v) -> Status {
        const std::string t = take(name);
        if (t.empty() || t.size() > 3 || !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail(ErrorCode::RiskMatrixInvalid, name + ": " + t);
        v = std::stoi(t);
        if (v < lo || v > hi) return fail(ErrorCode::RiskMatrixInvalid, name + ": " + t);
        return ok();
    };
    auto text = [&](const std::string& name) { return Text{take(name + ".en"), take(name + ".ja")}; };
    RiskMatrix m;
    if (auto s = integer("likelihoods", kMinLevels, kMaxLevels, m.likelihoods); !s) return s;
    if (auto s = integer("impacts", kMinLevels, kMaxLevels, m.impacts); !s) return s;
    for (int l = 1; l <= m.likelihoods; ++l) m.likelihoodLabels.push_back(text("likelihood." + num(l)));
    for (int i = 1; i <= m.impacts; ++i) m.impactLabels.push_back(text("impact." + num(i)));
    for (size_t d = 0; d < m.anchors.size(); ++d)
        for (int i = 1; i <= m.impacts; ++i) m.anchors[d].push_back(text("anchor." + std::string(kDimensionCodes[d]) + "." + num(i)));
    int bands = 0;
    if (auto s = integer("bands", 1, static_cast<int>(kMaxBands), bands); !s) return s;
    for (int b = 1; b <= bands; ++b) {
        const std::string p = "band." + num(b);
        Band band;
        band.code = take(p + ".code");
        band.label = text(p);
        const auto colour = colourFromText(take(p + ".colour"));
        if (!colour) return fail(ErrorCode::RiskMatrixInvalid, p + ".colour");
        band.colour = *colour;
        if (auto s = integer(p + ".min", 1, kMaxLevels * kMaxLevels, band.minScore); !s) return s;
        const std::string acceptable = take(p + ".acceptable");
        if (acceptable != "yes" && acceptable != "no") return fail(ErrorCode::RiskMatrixInvalid, p + ".acceptable: " + acceptable);
        band.acceptable = acceptable == "yes";
        band.criterion = text(p + ".criterion");
        m.bands.push_back(std::move(band));
    }
    const std::string grid = take("grid");
    if (!grid.empty()) {
        for (const std::string& row : split(grid, ';')) {
            const auto cells = split(row, ',');
            if (static_cast<int>(cells.size()) != m.impacts) return fail(ErrorCode::RiskMatrixInvalid, "grid: a row of " + num(static_cast<int>(cells.size())) + " cells");
            for (const std::string& code : cells) {
                auto it = std::find_if(m.bands.begin(), m.bands.end(), [&](const Band& b) { return b.code == code; });
                if (it == m.bands.end()) return fail(ErrorCode::RiskMatrixInvalid, "grid: unknown band " + code);
                m.grid.push_back(static_cast<int>(it - m.bands.begin()));
            }
        }
        if (static_cast<int>(m.grid.size()) != m.likelihoods * m.impacts) return fail(ErrorCode::RiskMatrixInvalid, "grid: not one row per likelihood level");
    }
    for (const auto& [name, value] : in)
        if (!used.count(name)) return fail(ErrorCode::RiskMatrixInvalid, "unknown field " + name);
    out = std::move(m);
    return ok();
}

Status validateShape(const RiskMatrix& m) {
    if (m.likelihoods < kMinLevels || m.likelihoods > kMaxLevels || m.impacts < kMinLevels || m.impacts > kMaxLevels)
        return fail(ErrorCode::RiskMatrixInvalid, "3 to 5 levels");
    auto labelled = [](const std::vector<Text>& labels, size_t n) {
        return labels.size() == n && std::all_of(labels.begin(), labels.end(), [](const Text& t) { return !t[En].empty() && !t[Ja].empty(); });
    };
    if (!labelled(m.likelihoodLabels, static_cast<size_t>(m.likelihoods)) || !labelled(m.impactLabels, static_cast<size_t>(m.impacts)))
        return fail(ErrorCode::RiskMatrixInvalid, "every level needs a label in English and Japanese");
    if (m.bands.empty() || m.bands.size() > kMaxBands) return fail(ErrorCode::RiskMatrixInvalid, "1 to 6 bands");
    std::set<std::string> codes;
    for (size_t b = 0; b < m.bands.size(); ++b) {
        const Band& band = m.bands[b];
        if (band.code.empty() || !std::all_of(band.code.begin(), band.code.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }))
            return fail(ErrorCode::RiskMatrixInvalid, "band code " + band.code + ": a-z, 0-9, _");
        if (!codes.insert(band.code).second) return fail(ErrorCode::RiskMatrixInvalid, "band code twice: " + band.code);
        if (band.label[En].empty() || band.label[Ja].empty()) return fail(ErrorCode::RiskMatrixInvalid, "band " + band.code + " needs a label in English and Japanese");
        if (b == 0 && band.minScore != 1) return fail(ErrorCode::RiskMatrixInvalid, "the lowest band starts at score 1");
        if (b > 0 && band.minScore <= m.bands[b - 1].minScore) return fail(ErrorCode::RiskMatrixInvalid, "band " + band.code + ": lowest scores must rise");
        for (const std::string* t : {&band.label[En], &band.label[Ja], &band.criterion[En], &band.criterion[Ja]})
            if (auto s = checkText(*t, kMaxShortBytes, "band"); !s) return s;
    }
    if (!m.grid.empty()) {
        if (m.grid.size() != static_cast<size_t>(m.likelihoods * m.impacts)) return fail(ErrorCode::RiskMatrixInvalid, "grid size");
        for (int b : m.grid)
            if (b < 0 || static_cast<size_t>(b) >= m.bands.size()) return fail(ErrorCode::RiskMatrixInvalid, "grid band");
    }
    return ok();
}

Status validate(const Workspace& ws, const RiskMatrix& m) {
    if (auto s = validateShape(m); !s) return s;
    if (const auto* c = ws.collection(RiskMatrix::kKind); c && c->size() > 0 && c->idAt(0) != m.id && !m.id.empty())
        return fail(ErrorCode::RiskMatrixInvalid, "a database has one matrix: " + c->idAt(0));
    std::string outside;
    for (const Risk& r : ws.entities<Risk>().all())
        for (const RiskRating& rating : {r.inherent, r.residual})
            if (rating.likelihood > m.likelihoods || rating.impact > m.impacts) {
                if (outside.find(r.id) == std::string::npos) outside += (outside.empty() ? "" : ", ") + r.id;
            }
    if (!outside.empty()) return fail(ErrorCode::RiskOutsideScale, outside);
    return ok();
}

} // namespace kanri::model::risks
