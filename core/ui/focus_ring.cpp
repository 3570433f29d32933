#include "ui/focus_ring.hpp"

#include "ui/item_hooks.hpp"

#include <algorithm>

namespace kanri::ui {
namespace {

// The window whose controls Tab cycles through: the open modal, or the window the focus is in.
ImGuiWindow* ringRoot(ImGuiContext& g) {
    if (ImGuiWindow* modal = ImGui::GetTopMostPopupModal()) return modal;
    ImGuiWindow* w = g.NavWindow ? g.NavWindow : nullptr;
    if (!w) {
        for (ImGuiWindow* candidate : g.Windows)
            if (candidate->Active && !(candidate->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_NoNav))) w = candidate;
    }
    return w ? w->RootWindow : nullptr;
}

bool isChildWindowId(ImGuiContext& g, ImGuiID id) {
    for (ImGuiWindow* w : g.Windows)
        if (w->ChildId == id) return true;
    return false;
}

} // namespace

void handleTabKey() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiIO& io = g.IO;
    if (io.KeyCtrl || io.KeyAlt || !ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab))) return;
    // ImGui's own request (text fields only) was made in NewFrame: ours replaces it.
    if (g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing)) ImGui::NavMoveRequestCancel();
    ImGuiWindow* root = ringRoot(g);
    if (!root) return;
    std::vector<hooks::ItemRecord> ring;
    for (const hooks::ItemRecord& r : hooks::lastFrameItems()) {
        if (!r.window || r.window->RootWindow != root || !r.window->WasActive) continue;
        if (r.flags & (ImGuiItemFlags_NoNav | ImGuiItemFlags_Disabled | ImGuiItemFlags_NoTabStop)) continue;
        if (isChildWindowId(g, r.id)) continue;
        if (std::any_of(ring.begin(), ring.end(), [&](const hooks::ItemRecord& x) { return x.id == r.id; })) continue;
        ring.push_back(r);
    }
    if (ring.empty()) return;
    const ImGuiID current = g.ActiveId ? g.ActiveId : g.NavId;
    auto it = std::find_if(ring.begin(), ring.end(), [&](const hooks::ItemRecord& r) { return r.id == current; });
    const int n = static_cast<int>(ring.size());
    int index;
    if (it == ring.end()) index = io.KeyShift ? n - 1 : 0;
    else index = (static_cast<int>(it - ring.begin()) + (io.KeyShift ? n - 1 : 1)) % n;
    const hooks::ItemRecord& next = ring[static_cast<size_t>(index)];
    if (g.ActiveId) ImGui::ClearActiveID(); // a text field being edited commits as it loses focus
    ImGui::SetFocusID(next.id, next.window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    g.NavMousePosDirty = false;
    if (next.flags & ImGuiItemFlags_Inputable) g.NavActivateInputId = next.id; // start typing there
    ImGui::ScrollToRect(next.window, next.rect, ImGuiScrollFlags_KeepVisibleEdgeY | ImGuiScrollFlags_KeepVisibleEdgeX);
}

void handleEnterKey() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.IO.KeyCtrl || g.IO.KeyAlt || g.IO.KeyShift || g.ActiveId != 0 || g.NavId == 0 || g.NavDisableHighlight) return;
    const int enter = ImGui::GetKeyIndex(ImGuiKey_Enter);
    if (enter < 0 || !ImGui::IsKeyPressed(enter, false)) return;
    for (const hooks::ItemRecord& r : hooks::lastFrameItems()) {
        if (r.id != g.NavId) continue;
        if (r.flags & ImGuiItemFlags_Inputable) return; // a text field: Enter starts editing, as ImGui does
        if (r.flags & ImGuiItemFlags_NoNav) return;     // a widget whose keys are its own (the matrix's cells)
        // What ImGui's NavUpdate does for Space, for this frame's widgets to see.
        g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavId;
        g.NavActivateFlags = ImGuiActivateFlags_PreferTweak;
        g.NavActivateInputId = 0;
        return;
    }
}

void focusLastItem() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGui::SetFocusID(g.LastItemData.ID, g.CurrentWindow);
    g.NavDisableHighlight = false;
}

} // namespace kanri::ui
