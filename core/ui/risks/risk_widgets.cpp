// The register's drawing pieces: band chips that differ without colour (a pattern and the
// label), the heat map, level buttons with their labels and anchors, and the enum labels.
#include "risks_ui.hpp"

#include "ui/item_hooks.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace risks = model::risks;

namespace {

ImU32 fillOf(uint32_t rgb, float alpha = 1.0f) {
    return IM_COL32((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, static_cast<int>(alpha * 255));
}

ImU32 inkOn(uint32_t rgb) {
    const float lum = 0.2126f * ((rgb >> 16) & 0xff) + 0.7152f * ((rgb >> 8) & 0xff) + 0.0722f * (rgb & 0xff);
    return lum > 150 ? IM_COL32(20, 20, 20, 255) : IM_COL32(255, 255, 255, 255);
}

// A segment cut to a rectangle (Liang–Barsky), so the pattern needs no clip rectangle (the
// tests' check for cut text would take ImGui's textured lines for cut glyphs).
void clippedLine(ImDrawList* dl, ImVec2 p, ImVec2 q, ImVec2 a, ImVec2 b, ImU32 c) {
    float t0 = 0, t1 = 1;
    const float dx = q.x - p.x, dy = q.y - p.y;
    const float edges[4][2] = {{-dx, p.x - a.x}, {dx, b.x - p.x}, {-dy, p.y - a.y}, {dy, b.y - p.y}};
    for (const auto& e : edges) {
        if (e[0] == 0) {
            if (e[1] < 0) return;
            continue;
        }
        const float t = e[1] / e[0];
        if (e[0] < 0) t0 = std::max(t0, t);
        else t1 = std::min(t1, t);
    }
    if (t0 < t1) dl->AddLine(ImVec2(p.x + t0 * dx, p.y + t0 * dy), ImVec2(p.x + t1 * dx, p.y + t1 * dy), c, 1.0f);
}

// A pattern per band index over a rectangle: none, dots, diagonal lines, cross-hatch, vertical
// lines, horizontal lines. Drawn thin in the text colour, so a band reads without its colour.
void pattern(ImDrawList* dl, ImVec2 a, ImVec2 b, int index, ImU32 ink) {
    const ImU32 c = (ink & 0x00ffffff) | (static_cast<ImU32>(70) << 24);
    const float step = std::max(4.0f, ImGui::GetFontSize() * 0.4f);
    const float h = b.y - a.y;
    switch (index) {
    case 1:
        for (float y = a.y + step / 2; y < b.y - 1; y += step)
            for (float x = a.x + step / 2; x < b.x - 1; x += step) dl->AddCircleFilled(ImVec2(x, y), 1.2f, c);
        break;
    case 2:
    case 3:
        for (float x = a.x - h; x < b.x; x += step) clippedLine(dl, ImVec2(x, b.y), ImVec2(x + h, a.y), a, b, c);
        if (index == 3)
            for (float x = a.x - h; x < b.x; x += step) clippedLine(dl, ImVec2(x, a.y), ImVec2(x + h, b.y), a, b, c);
        break;
    case 4:
        for (float x = a.x + step / 2; x < b.x; x += step) dl->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), c, 1.0f);
        break;
    case 5:
        for (float y = a.y + step / 2; y < b.y; y += step) dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), c, 1.0f);
        break;
    default: break;
    }
}

} // namespace

const std::string& levelText(const risks::Text& t) { return t[i18n::language() == i18n::Lang::Ja ? risks::Ja : risks::En]; }
const std::string& bandLabel(const risks::Band& band) { return levelText(band.label); }

int bandIndexOf(const risks::RiskMatrix& m, const risks::Band* band) {
    for (size_t i = 0; band && i < m.bands.size(); ++i)
        if (&m.bands[i] == band || m.bands[i].code == band->code) return static_cast<int>(i);
    return -1;
}

void bandChip(const risks::RiskMatrix& m, const risks::Band* band, const std::string& text, float width) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    const float pad = ImGui::GetStyle().FramePadding.x * 0.6f;
    const float w = width > 0 ? width : ts.x + pad * 2;
    const float h = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (!band) {
        dl->AddRect(pos, ImVec2(pos.x + w, pos.y + h), ImGui::GetColorU32(ImGuiCol_Border), 3.0f);
        dl->AddText(ImVec2(pos.x + pad, pos.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), ellipsize(text, w - pad * 2).c_str());
    } else {
        const ImU32 ink = inkOn(band->colour);
        dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), fillOf(band->colour), 3.0f);
        pattern(dl, pos, ImVec2(pos.x + w, pos.y + h), bandIndexOf(m, band), ink);
        // Shortened with "…" rather than cut (the whole text is on hover).
        dl->AddText(ImVec2(pos.x + pad, pos.y), ink, ellipsize(text, w - pad * 2).c_str());
    }
    ImGui::Dummy(ImVec2(w, h));
    if (ts.x + pad * 2 > w && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

std::optional<std::pair<int, int>> heatMap(const char* id, const risks::RiskMatrix& m, bool residual, const std::vector<int>& counts,
                                           const risks::RegisterFilter& filter) {
    std::optional<std::pair<int, int>> clicked;
    ImGui::PushID(id);
    const float em = ImGui::GetFontSize();
    const float cellW = em * 2.6f, cellH = em * 1.7f, axis = em * 1.4f;
    ImGui::TextUnformatted(tr(residual ? Str::RiskHeatResidual : Str::RiskHeatInherent));
    ImGui::TextDisabled("%s ↑  ·  %s →", tr(Str::RiskLikelihood), tr(Str::RiskImpact));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int l = m.likelihoods; l >= 1; --l) {
        const float y = origin.y + (m.likelihoods - l) * cellH;
        const std::string n = std::to_string(l);
        dl->AddText(ImVec2(origin.x + axis * 0.3f, y + (cellH - ImGui::GetTextLineHeight()) / 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), n.c_str());
        for (int i = 1; i <= m.impacts; ++i) {
            const ImVec2 a(origin.x + axis + (i - 1) * cellW, y);
            const ImVec2 b(a.x + cellW - 2, a.y + cellH - 2);
            const risks::Band* band = risks::bandOf(m, l, i);
            const int count = counts.empty() ? 0 : counts[static_cast<size_t>((l - 1) * m.impacts + (i - 1))];
            const ImU32 ink = band ? inkOn(band->colour) : ImGui::GetColorU32(ImGuiCol_Text);
            dl->AddRectFilled(a, b, band ? fillOf(band->colour, count > 0 ? 1.0f : 0.45f) : ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f);
            pattern(dl, a, b, bandIndexOf(m, band), ink);
            if (count > 0) {
                const std::string t = std::to_string(count);
                const ImVec2 ts = ImGui::CalcTextSize(t.c_str());
                dl->AddText(ImVec2(a.x + (cellW - 2 - ts.x) / 2, a.y + (cellH - 2 - ts.y) / 2), ink, t.c_str());
            }
            const bool selected = filter.likelihood == l && filter.impact == i && filter.cellResidual == residual;
            if (selected) dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), ImGui::GetColorU32(ImGuiCol_Text), 3.0f, 0, 3.0f);
            ImGui::SetCursorScreenPos(a);
            const std::string cellId = "cell:" + std::string(residual ? "residual" : "inherent") + ":" + std::to_string(l) + ":" + std::to_string(i);
            if (ImGui::InvisibleButton(cellId.c_str(), ImVec2(cellW - 2, cellH - 2))) clicked = std::make_pair(l, i);
            hooks::labelLastItem(cellId.c_str(), std::to_string(count).c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::TextUnformatted(i18n::fill(Str::RiskHeatTip, {{"count", std::to_string(count)}, {"l", std::to_string(l)}, {"i", std::to_string(i)},
                                                                   {"band", band ? bandLabel(*band) : "?"}})
                                           .c_str());
                ImGui::TextDisabled("%s: %s · %s: %s", tr(Str::RiskLikelihood), levelText(m.likelihoodLabels[static_cast<size_t>(l - 1)]).c_str(),
                                    tr(Str::RiskImpact), levelText(m.impactLabels[static_cast<size_t>(i - 1)]).c_str());
                ImGui::EndTooltip();
            }
        }
    }
    const float bottom = origin.y + m.likelihoods * cellH;
    for (int i = 1; i <= m.impacts; ++i) {
        const std::string n = std::to_string(i);
        dl->AddText(ImVec2(origin.x + axis + (i - 1) * cellW + cellW / 2 - 3, bottom), ImGui::GetColorU32(ImGuiCol_TextDisabled), n.c_str());
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(axis + m.impacts * cellW, m.likelihoods * cellH + ImGui::GetTextLineHeight()));
    ImGui::PopID();
    return clicked;
}

std::optional<int> levelButtons(const char* id, const risks::RiskMatrix& m, bool impact, int current, bool disabled) {
    std::optional<int> clicked;
    ImGui::PushID(id);
    ImGui::BeginDisabled(disabled);
    const int n = impact ? m.impacts : m.likelihoods;
    const auto& labels = impact ? m.impactLabels : m.likelihoodLabels;
    for (int level = 1; level <= n; ++level) {
        const bool on = current == level;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        const std::string label = std::to_string(level) + " " + levelText(labels[static_cast<size_t>(level - 1)]) + "###" + std::to_string(level);
        if (ImGui::Button(label.c_str()) && !on) clicked = level;
        if (on) ImGui::PopStyleColor();
        if (impact && ImGui::IsItemHovered()) {
            // What the level means in each dimension.
            ImGui::BeginTooltip();
            static const Str kDims[] = {Str::RiskDimAvailability, Str::RiskDimCustomers, Str::RiskDimSecurity, Str::RiskDimLegal, Str::RiskDimFinancial};
            for (size_t d = 0; d < m.anchors.size(); ++d)
                if (static_cast<size_t>(level - 1) < m.anchors[d].size())
                    ImGui::Text("%s: %s", tr(kDims[d]), levelText(m.anchors[d][static_cast<size_t>(level - 1)]).c_str());
            ImGui::EndTooltip();
        }
        if (level < n) ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        if (level < n && ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 6) ImGui::NewLine();
    }
    ImGui::EndDisabled();
    ImGui::PopID();
    return clicked;
}

i18n::Str categoryLabel(risks::Category c) {
    static const Str k[] = {Str::RiskCatServiceOutage, Str::RiskCatSecurity, Str::RiskCatLegal, Str::RiskCatContractual, Str::RiskCatSupplier,
                            Str::RiskCatCapacity, Str::RiskCatFinancial, Str::RiskCatPeople, Str::RiskCatOther};
    return k[static_cast<size_t>(c)];
}
i18n::Str scopeLabel(risks::Scope s) {
    static const Str k[] = {Str::RiskScopeSms, Str::RiskScopeService, Str::RiskScopeSupplier, Str::RiskScopeProcess};
    return k[static_cast<size_t>(s)];
}
i18n::Str natureLabel(risks::Nature n) { return n == risks::Nature::Opportunity ? Str::RiskNatureOpportunity : Str::RiskNatureRisk; }
i18n::Str treatmentLabel(risks::Treatment t) {
    static const Str k[] = {Str::RiskTreatUndecided, Str::RiskTreatModify, Str::RiskTreatRetain, Str::RiskTreatAvoid, Str::RiskTreatShare, Str::RiskTreatPursue};
    return k[static_cast<size_t>(t)];
}
i18n::Str statusLabel(risks::RiskStatus s) {
    static const Str k[] = {Str::RiskStatusIdentified, Str::RiskStatusAssessed, Str::RiskStatusInTreatment, Str::RiskStatusAccepted, Str::RiskStatusClosed};
    return k[static_cast<size_t>(s)];
}
i18n::Str cadenceLabel(risks::Cadence c) {
    static const Str k[] = {Str::RiskCadenceNone, Str::RiskCadenceMonthly, Str::RiskCadenceQuarterly, Str::RiskCadenceHalfYearly, Str::RiskCadenceYearly};
    return k[static_cast<size_t>(c)];
}
i18n::Str acceptanceLabel(risks::AcceptanceState s) {
    switch (s) {
    case risks::AcceptanceState::Valid: return Str::RiskAcceptValid;
    case risks::AcceptanceState::Expired: return Str::RiskAcceptExpired;
    case risks::AcceptanceState::Changed: return Str::RiskAcceptChanged;
    case risks::AcceptanceState::None: break;
    }
    return Str::RiskAcceptNone;
}


} // namespace kanri::ui
