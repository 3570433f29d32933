// A KPI's trend: its values over their periods drawn with ImGui's draw list — the target as a
// line, the threshold dashed, each value marked by its result (met ●, at risk ○, missed ■: shape
// as well as colour), the first and last periods below, and the period, value and result of the
// value nearest the pointer on hover.
#include "performance_ui.hpp"

#include "model/calendar.hpp"
#include "ui/item_hooks.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;
namespace pf = model::performance;

namespace {

// The most values drawn: the latest ones (a chart of years of weeks would be a smear).
constexpr size_t kMaxPoints = 60;

std::string number(double v) {
    char out[32];
    std::snprintf(out, sizeof out, "%.4g", v); // the axis's ends: four digits are enough to read
    return out;
}

void dashed(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour) {
    const float len = b.x - a.x;
    for (float x = 0; x < len; x += 8) dl->AddLine(ImVec2(a.x + x, a.y), ImVec2(a.x + std::min(x + 4, len), a.y), colour, 1.5f);
}

} // namespace

void trendChart(App& app, const pf::Kpi& kpi, const std::vector<const pf::Measurement*>& all, float height) {
    (void)app;
    const float em = ImGui::GetFontSize();
    const Palette& pal = palette();
    const size_t first = all.size() > kMaxPoints ? all.size() - kMaxPoints : 0;
    std::vector<std::pair<const pf::Measurement*, double>> points;
    for (size_t i = first; i < all.size(); ++i) {
        double v = 0;
        if (model::parseDecimal(all[i]->value, v)) points.push_back({all[i], v});
    }
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::max(em * 12, ImGui::GetContentRegionAvail().x);
    ImGui::InvisibleButton(("##trend" + kpi.id).c_str(), ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 4.0f);
    if (points.empty()) {
        const char* none = tr(Str::PerfTrendEmpty);
        const ImVec2 ts = ImGui::CalcTextSize(none);
        dl->AddText(ImVec2(pos.x + (width - ts.x) / 2, pos.y + (height - ts.y) / 2), ImGui::GetColorU32(pal.muted), none);
        hooks::labelLastItem("trend", "");
        return;
    }
    double target = 0, threshold = 0;
    const bool hasTarget = model::parseDecimal(kpi.target, target), hasThreshold = model::parseDecimal(kpi.threshold, threshold);
    double lo = points.front().second, hi = lo;
    for (const auto& [m, v] : points) lo = std::min(lo, v), hi = std::max(hi, v);
    if (hasTarget) lo = std::min(lo, target), hi = std::max(hi, target);
    if (hasThreshold) lo = std::min(lo, threshold), hi = std::max(hi, threshold);
    const double pad = hi > lo ? (hi - lo) * 0.12 : std::max(1.0, std::abs(hi) * 0.05);
    lo -= pad;
    hi += pad;
    // The plot area: room for the value labels on the left and the periods below.
    const float left = pos.x + ImGui::CalcTextSize(number(hi).c_str()).x + em * 0.8f, right = pos.x + width - em * 0.8f;
    const float top = pos.y + em * 0.6f, bottom = pos.y + height - em * 1.6f;
    auto yOf = [&](double v) { return bottom - static_cast<float>((v - lo) / (hi - lo)) * (bottom - top); };
    auto xOf = [&](size_t i) { return points.size() == 1 ? (left + right) / 2 : left + (right - left) * static_cast<float>(i) / static_cast<float>(points.size() - 1); };
    const ImU32 muted = ImGui::GetColorU32(pal.muted);
    dl->AddText(ImVec2(pos.x + em * 0.3f, top - em * 0.5f), muted, number(hi).c_str());
    dl->AddText(ImVec2(pos.x + em * 0.3f, bottom - em * 1.0f), muted, number(lo).c_str());
    // The lines' labels at their left end, clear of the latest values on the right.
    if (hasTarget) {
        dl->AddLine(ImVec2(left, yOf(target)), ImVec2(right, yOf(target)), pal.accent, 2.0f);
        const std::string t = tr(Str::PerfTarget) + std::string(" ") + kpi.target;
        dl->AddText(ImVec2(left + em * 0.3f, yOf(target) - em * 1.1f), pal.accent, t.c_str());
    }
    if (hasThreshold) {
        dashed(dl, ImVec2(left, yOf(threshold)), ImVec2(right, yOf(threshold)), ImGui::GetColorU32(pal.warn));
        const std::string t = tr(Str::PerfThreshold) + std::string(" ") + kpi.threshold;
        dl->AddText(ImVec2(left + em * 0.3f, yOf(threshold) + em * 0.1f), ImGui::GetColorU32(pal.warn), t.c_str());
    }
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    for (size_t i = 1; i < points.size(); ++i) dl->AddLine(ImVec2(xOf(i - 1), yOf(points[i - 1].second)), ImVec2(xOf(i), yOf(points[i].second)), ink, 1.5f);
    const float r = std::max(3.0f, em * 0.22f);
    for (size_t i = 0; i < points.size(); ++i) {
        const ImVec2 c(xOf(i), yOf(points[i].second));
        switch (pf::evaluate(kpi, points[i].second)) {
        case pf::Result::Missed: dl->AddRectFilled(ImVec2(c.x - r * 1.2f, c.y - r * 1.2f), ImVec2(c.x + r * 1.2f, c.y + r * 1.2f), ImGui::GetColorU32(pal.bad)); break;
        case pf::Result::AtRisk: dl->AddCircle(c, r * 1.1f, ImGui::GetColorU32(pal.warn), 0, 2.5f); break;
        case pf::Result::Met: dl->AddCircleFilled(c, r, ImGui::GetColorU32(pal.good)); break;
        case pf::Result::NoData: dl->AddCircleFilled(c, r, muted); break;
        }
    }
    // Periods below: as many as fit without touching (always the first and the last).
    const float labelWidth = ImGui::CalcTextSize(points.back().first->period.c_str()).x + em;
    const float spacing = points.size() > 1 ? (right - left) / static_cast<float>(points.size() - 1) : right - left;
    const size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(labelWidth / std::max(spacing, 1.0f))));
    for (size_t i = 0; i < points.size(); ++i) {
        const bool last = i + 1 == points.size();
        if (i % every != 0 && !last) continue;
        if (!last && points.size() - 1 - i < every) continue; // too near the last one
        const char* p = points[i].first->period.c_str();
        const float w = ImGui::CalcTextSize(p).x;
        const float x = std::clamp(xOf(i) - w / 2, left, right - w);
        dl->AddText(ImVec2(x, bottom + em * 0.3f), muted, p);
    }
    // The value nearest the pointer.
    std::string hover;
    if (hovered) {
        const float mx = ImGui::GetIO().MousePos.x;
        size_t nearest = 0;
        for (size_t i = 1; i < points.size(); ++i)
            if (std::abs(xOf(i) - mx) < std::abs(xOf(nearest) - mx)) nearest = i;
        const auto& [m, v] = points[nearest];
        dl->AddLine(ImVec2(xOf(nearest), top), ImVec2(xOf(nearest), bottom), muted, 1.0f);
        hover = m->period + ": " + m->value + " " + kpi.unit + " · " + tr(resultLabel(pf::evaluate(kpi, v)));
        ImGui::SetTooltip("%s", hover.c_str());
    }
    hooks::labelLastItem("trend", hover.c_str());
}

} // namespace kanri::ui
