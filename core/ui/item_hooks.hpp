#pragma once
// Dear ImGui reports every item it adds (id, rectangle, window) through the test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE, defined for every build of ImGui here). Kanri uses them for two
// things: the Tab order through every control (ImGui 1.86 tabs through text fields only;
// focus_ring.cpp), and, in test builds only, a map of every widget with its label that
// real-input tests locate widgets by (tests/support/widget_map.cpp registers an observer).
#include <imgui.h>
#include <imgui_internal.h>

#include <vector>

namespace kanri::ui::hooks {

struct ItemRecord {
    ImGuiID id;
    ImGuiWindow* window;
    ImRect rect;
    ImGuiItemFlags flags;
};

// Items of the last complete frame, in the order they were submitted.
const std::vector<ItemRecord>& lastFrameItems();
// Called once at the top of each app frame: the items gathered so far become lastFrameItems().
void startFrame();

// Gives the last drawn item (plain text, which ImGui does not report) a name and its text in
// the widget map, so tests can read what is shown (a field's error, the save state). Not a
// Tab stop. Costs nothing without an observer.
void labelLastItem(const char* name, const char* text);

// Test builds: sees every item and its label as ImGui reports them.
class Observer {
public:
    virtual ~Observer() = default;
    virtual void itemAdd(ImGuiContext& ctx, const ImRect& rect, ImGuiID id) = 0;
    virtual void itemInfo(ImGuiContext& ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) = 0;
    virtual void frameStarted() {}
};
void setObserver(Observer* observer);

} // namespace kanri::ui::hooks
