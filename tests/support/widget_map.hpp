#pragma once
// Test builds only (never the shipped page or app): a map of every widget Dear ImGui drew in
// the last frame — its label, id, window, rectangle and visible part — built from the
// test-engine hooks (core/ui/item_hooks.hpp). Real-input tests locate a widget by a label
// path and press real mouse buttons, keys and touch points at its visible centre.
//
// A path is a list of names. The last names the widget: its visible label ("N/A"), or the
// name after "##"/"###" in its ImGui label ("tab1", "nav:assessment"). The names before it
// name scopes the widget is inside, in order but not necessarily adjacent: a window
// ("N/A justification"), a widget whose id scope it is drawn in (a tab, a tree node), or a
// string pushed with ImGui::PushID ("4.1-01").
#include "ui/item_hooks.hpp"

#include <string>
#include <vector>

namespace kanri::test {

struct Widget {
    ImGuiID id = 0;
    std::string label;   // the visible part of the label
    std::string name;    // the part after ## or ###, if any
    std::string window;  // the window's visible name
    std::vector<ImGuiID> stack; // the window's ID stack when the widget was added
    std::vector<std::string> windows; // the window and its parents, innermost first (visible names)
    ImRect rect;         // the whole widget
    ImRect visible;      // the part inside the window's clip rectangle (empty: scrolled away)
    float textWidth = 0; // of the visible label
    bool inputable = false;
    bool disabled = false;
};

class WidgetMap final : public ui::hooks::Observer {
public:
    void install();
    void itemAdd(ImGuiContext& ctx, const ImRect& rect, ImGuiID id) override;
    void itemInfo(ImGuiContext& ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) override;
    void frameStarted() override;

    // Widgets of the last complete frame that match the path.
    std::vector<const Widget*> locate(const std::vector<std::string>& path) const;
    const std::vector<Widget>& widgets() const { return m_last; }
    int frames() const { return m_frames; }
    // {"frame": n, "matches": [{...}]} for the path (a JSON array of strings); {"error": ...}.
    std::string locateJson(const std::string& pathJson) const;
    // Every labelled widget of the last frame, for a test that checks no label is clipped.
    std::string allJson() const;
    // Glyphs of the last drawn frame cut by their clip rectangle (text that runs out of its
    // column or window), outside text fields, whose text scrolls inside them by design.
    std::string clippedGlyphsJson() const;
    // Characters of the last drawn frame drawn as the fallback box (□), [{x, y}].
    std::string fallbackGlyphsJson() const;

private:
    std::vector<Widget> m_current, m_last;
    int m_frames = 0;
};

WidgetMap& widgetMap();

} // namespace kanri::test
