#include "ui/item_hooks.hpp"

#include <string>

namespace kanri::ui::hooks {
namespace {
std::vector<ItemRecord> g_current, g_last;
Observer* g_observer = nullptr;
} // namespace

void record(ImGuiContext& ctx, const ImRect& bb, ImGuiID id) {
    g_current.push_back({id, ctx.CurrentWindow, bb, ctx.LastItemData.InFlags});
    if (g_observer) g_observer->itemAdd(ctx, bb, id);
}
void info(ImGuiContext& ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (g_observer) g_observer->itemInfo(ctx, id, label, flags);
}

const std::vector<ItemRecord>& lastFrameItems() { return g_last; }

void startFrame() {
    g_last.swap(g_current);
    g_current.clear();
    if (ImGuiContext* ctx = ImGui::GetCurrentContext()) ctx->TestEngineHookItems = true;
    if (g_observer) g_observer->frameStarted();
}

void setObserver(Observer* observer) { g_observer = observer; }

void labelLastItem(const char* name, const char* text) {
    if (!g_observer) return;
    ImGuiContext& ctx = *ImGui::GetCurrentContext();
    const ImGuiID id = ImGui::GetID(name);
    const ImRect rect = ctx.LastItemData.Rect;
    g_observer->itemAdd(ctx, rect, id);
    const std::string label = std::string(text) + "##" + name;
    g_observer->itemInfo(ctx, id, label.c_str(), 0);
}

} // namespace kanri::ui::hooks

// --- the hooks ImGui calls (declared in imgui_internal.h under IMGUI_ENABLE_TEST_ENGINE) -----
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) { kanri::ui::hooks::record(*ctx, bb, id); }

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    kanri::ui::hooks::info(*ctx, id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
