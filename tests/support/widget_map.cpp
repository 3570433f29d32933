#include "widget_map.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace kanri::test {
namespace {

// The visible part of a label, without icons (Private Use Area code points, U+E000–U+F8FF,
// UTF-8 EE 80 80 – EF A3 BF) and the spaces around them: tests name "Settings", not "\uF013  Settings".
std::string visiblePart(const char* label) {
    const char* end = ImGui::FindRenderedTextEnd(label);
    std::string out;
    for (const char* p = label; p < end;) {
        const unsigned char c = static_cast<unsigned char>(*p);
        const bool pua = (c == 0xEE) || (c == 0xEF && p + 1 < end && static_cast<unsigned char>(p[1]) <= 0xA3);
        if (pua && p + 2 < end) {
            p += 3;
            continue;
        }
        out += *p++;
    }
    const size_t a = out.find_first_not_of(' ');
    const size_t b = out.find_last_not_of(' ');
    return a == std::string::npos ? std::string() : out.substr(a, b - a + 1);
}

std::string namePart(const char* label) {
    const char* hash = std::strstr(label, "##");
    if (!hash) return {};
    while (*hash == '#') ++hash;
    return hash;
}

std::string windowName(const ImGuiWindow* w) {
    // Child windows are named "Parent/##child_ABCD1234": keep the last part's visible name.
    std::string name = w->Name;
    if (const size_t slash = name.rfind('/'); slash != std::string::npos && (w->Flags & ImGuiWindowFlags_ChildWindow)) name = name.substr(slash + 1);
    const size_t hash = name.find("##");
    std::string shown = hash == std::string::npos ? name : name.substr(0, hash);
    return shown;
}

std::string windowIdName(const ImGuiWindow* w) { return namePart(w->Name); }

void appendEscaped(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += static_cast<char>(c);
    }
    out += '"';
}

// A minimal reader for the one input we take: a JSON array of strings.
bool parseStringArray(const std::string& json, std::vector<std::string>& out) {
    size_t i = json.find('[');
    if (i == std::string::npos) return false;
    ++i;
    while (i < json.size()) {
        while (i < json.size() && (json[i] == ' ' || json[i] == ',' || json[i] == '\n')) ++i;
        if (i < json.size() && json[i] == ']') return true;
        if (i >= json.size() || json[i] != '"') return false;
        std::string s;
        for (++i; i < json.size() && json[i] != '"'; ++i) {
            if (json[i] == '\\' && i + 1 < json.size()) {
                ++i;
                if (json[i] == 'u' && i + 4 < json.size()) {
                    const unsigned cp = static_cast<unsigned>(std::stoul(json.substr(i + 1, 4), nullptr, 16));
                    i += 4;
                    if (cp < 0x80) s += static_cast<char>(cp);
                    else if (cp < 0x800) { s += static_cast<char>(0xC0 | (cp >> 6)); s += static_cast<char>(0x80 | (cp & 0x3F)); }
                    else { s += static_cast<char>(0xE0 | (cp >> 12)); s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)); s += static_cast<char>(0x80 | (cp & 0x3F)); }
                    continue;
                }
                s += json[i] == 'n' ? '\n' : json[i];
            } else {
                s += json[i];
            }
        }
        ++i;
        out.push_back(std::move(s));
    }
    return false;
}

void widgetJson(std::string& out, const Widget& w) {
    char buf[256];
    out += "{\"label\":";
    appendEscaped(out, w.label);
    out += ",\"name\":";
    appendEscaped(out, w.name);
    out += ",\"window\":";
    appendEscaped(out, w.window);
    const bool shown = w.visible.GetWidth() > 0 && w.visible.GetHeight() > 0;
    std::snprintf(buf, sizeof buf,
                  ",\"id\":%u,\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"vx\":%.1f,\"vy\":%.1f,\"vw\":%.1f,\"vh\":%.1f,"
                  "\"cx\":%.1f,\"cy\":%.1f,\"visible\":%s,\"textWidth\":%.1f,\"inputable\":%s,\"disabled\":%s}",
                  w.id, w.rect.Min.x, w.rect.Min.y, w.rect.GetWidth(), w.rect.GetHeight(), w.visible.Min.x, w.visible.Min.y,
                  shown ? w.visible.GetWidth() : 0.0f, shown ? w.visible.GetHeight() : 0.0f, (w.visible.Min.x + w.visible.Max.x) * 0.5f,
                  (w.visible.Min.y + w.visible.Max.y) * 0.5f, shown ? "true" : "false", w.textWidth, w.inputable ? "true" : "false",
                  w.disabled ? "true" : "false");
    out += buf;
}

} // namespace

WidgetMap& widgetMap() {
    static WidgetMap map;
    return map;
}

void WidgetMap::install() { ui::hooks::setObserver(this); }

void WidgetMap::frameStarted() {
    m_last.swap(m_current);
    m_current.clear();
    ++m_frames;
}

void WidgetMap::itemAdd(ImGuiContext& ctx, const ImRect& rect, ImGuiID id) {
    ImGuiWindow* window = ctx.CurrentWindow;
    Widget w;
    w.id = id;
    w.rect = rect;
    w.visible = rect;
    w.visible.ClipWithFull(window->ClipRect);
    w.stack.assign(window->IDStack.begin(), window->IDStack.end());
    for (ImGuiWindow* p = window; p; p = p->ParentWindow) {
        w.windows.push_back(windowName(p));
        if (const std::string n = windowIdName(p); !n.empty()) w.windows.push_back(n);
    }
    w.window = windowName(window);
    w.inputable = (ctx.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    w.disabled = (ctx.LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
    m_current.push_back(std::move(w));
}

void WidgetMap::itemInfo(ImGuiContext&, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (!label) return;
    for (auto it = m_current.rbegin(); it != m_current.rend(); ++it) {
        if (it->id != id) continue;
        it->label = visiblePart(label);
        it->name = namePart(label);
        it->textWidth = ImGui::CalcTextSize(it->label.c_str()).x;
        return;
    }
}

std::vector<const Widget*> WidgetMap::locate(const std::vector<std::string>& path) const {
    std::vector<const Widget*> found;
    if (path.empty()) return found;
    const std::string& last = path.back();
    for (const Widget& w : m_last) {
        if (w.label != last && w.name != last) continue;
        // The scopes, outermost first: windows, then each ID-stack level (by the widget that
        // owns that id, or by a pushed string whose hash it is).
        size_t seg = 0;
        for (auto it = w.windows.rbegin(); it != w.windows.rend() && seg + 1 < path.size(); ++it)
            if (*it == path[seg]) ++seg;
        for (size_t k = 1; k < w.stack.size() && seg + 1 < path.size(); ++k) {
            bool match = ImHashStr(path[seg].c_str(), 0, w.stack[k - 1]) == w.stack[k];
            if (!match)
                for (const Widget& owner : m_last)
                    if (owner.id == w.stack[k] && (owner.label == path[seg] || owner.name == path[seg])) match = true;
            if (match) ++seg;
        }
        if (seg + 1 == path.size()) found.push_back(&w);
    }
    return found;
}

std::string WidgetMap::locateJson(const std::string& pathJson) const {
    std::vector<std::string> path;
    if (!parseStringArray(pathJson, path)) return "{\"error\":\"path must be a JSON array of strings\"}";
    std::string out = "{\"frame\":" + std::to_string(m_frames) + ",\"matches\":[";
    bool first = true;
    for (const Widget* w : locate(path)) {
        if (!first) out += ',';
        first = false;
        widgetJson(out, *w);
    }
    return out + "]}";
}

std::string WidgetMap::allJson() const {
    // The keyboard focus, when it is drawn: the label (or name) of the widget that has it.
    std::string focus;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId && !g.NavDisableHighlight)
        for (const Widget& w : m_last)
            if (w.id == g.NavId) focus = w.label.empty() ? w.name : w.label;
    std::string out = "{\"frame\":" + std::to_string(m_frames) + ",\"focus\":";
    appendEscaped(out, focus);
    out += ",\"widgets\":[";
    bool first = true;
    for (const Widget& w : m_last) {
        if (w.label.empty()) continue;
        if (!first) out += ',';
        first = false;
        widgetJson(out, w);
    }
    return out + "]}";
}

namespace {
// Every quad of the draw data (a glyph is one: 6 indices over 4 vertices with texture
// coordinates), with its top-left and bottom-right vertices and its draw command.
template <typename Visit> void forEachQuad(const ImDrawData& dd, Visit&& visit) {
    for (int l = 0; l < dd.CmdListsCount; ++l) {
        const ImDrawList* list = dd.CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) continue;
            for (unsigned e = 0; e + 5 < cmd.ElemCount; e += 6)
                visit(list->VtxBuffer[list->IdxBuffer[cmd.IdxOffset + e] + cmd.VtxOffset],
                      list->VtxBuffer[list->IdxBuffer[cmd.IdxOffset + e + 2] + cmd.VtxOffset], cmd);
        }
    }
}
} // namespace

// Glyphs cut by their clip rectangle (text that runs out of its column or window), outside text
// fields (whose text scrolls inside them by design): [{x, y, right, clip}] in device pixels.
std::string WidgetMap::clippedGlyphsJson() const {
    const ImDrawData* dd = ImGui::GetDrawData();
    if (!dd) return "[]";
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
    std::vector<ImRect> fields;
    for (const auto& w : m_last)
        if (w.inputable) fields.push_back(w.rect);
    std::string out = "[";
    int count = 0;
    forEachQuad(*dd, [&](const ImDrawVert& a, const ImDrawVert& c, const ImDrawCmd& cmd) {
        if ((a.uv.x == white.x && a.uv.y == white.y) || a.uv.x == c.uv.x) return;
        const float x1 = std::min(a.pos.x, c.pos.x), x2 = std::max(a.pos.x, c.pos.x);
        const float y1 = std::min(a.pos.y, c.pos.y), y2 = std::max(a.pos.y, c.pos.y);
        if (y2 <= cmd.ClipRect.y || y1 >= cmd.ClipRect.w) return; // scrolled out vertically
        // Cut: more than a sliver of the glyph's box lies outside (boxes carry a pixel of
        // padding and some glyphs overhang their pen position slightly).
        const float slack = std::max(2.0f, (x2 - x1) * 0.3f);
        const bool cut = (x2 > cmd.ClipRect.z + slack && x1 < cmd.ClipRect.z) || (x1 < cmd.ClipRect.x - slack && x2 > cmd.ClipRect.x);
        if (!cut) return;
        bool inField = false;
        for (const ImRect& f : fields) inField |= f.Contains(ImVec2((x1 + x2) * 0.5f, (y1 + y2) * 0.5f));
        if (inField || count++ > 50) return;
        char buf[128];
        std::snprintf(buf, sizeof buf, "%s{\"x\":%.0f,\"y\":%.0f,\"right\":%.0f,\"clip\":%.0f}", out.size() > 1 ? "," : "", x1, y1, x2, cmd.ClipRect.z);
        out += buf;
    });
    return out + "]";
}

// Characters drawn as the fallback box (□: not in the font that drew them, e.g. a heading
// font built without a character some heading uses): [{x, y}] in device pixels, at most 50.
std::string WidgetMap::fallbackGlyphsJson() const {
    const ImDrawData* dd = ImGui::GetDrawData();
    if (!dd) return "[]";
    std::vector<ImVec2> boxes; // top-left texture coordinates of each font's fallback glyph
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        if (font->FallbackGlyph) boxes.push_back(ImVec2(font->FallbackGlyph->U0, font->FallbackGlyph->V0));
    std::string out = "[";
    int count = 0;
    forEachQuad(*dd, [&](const ImDrawVert& a, const ImDrawVert&, const ImDrawCmd& cmd) {
        const bool box = std::any_of(boxes.begin(), boxes.end(), [&](const ImVec2& uv) { return a.uv.x == uv.x && a.uv.y == uv.y; });
        if (!box || a.pos.y >= cmd.ClipRect.w || a.pos.y < cmd.ClipRect.y - 40 || count++ >= 50) return;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s{\"x\":%.0f,\"y\":%.0f}", out.size() > 1 ? "," : "", a.pos.x, a.pos.y);
        out += buf;
    });
    return out + "]";
}

} // namespace kanri::test
