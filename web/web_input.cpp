#include "web_input.hpp"

#include "wake.hpp"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h> // the active InputText state: selected text for the browser's copy event

#include <deque>
#include <string>

EM_JS(void, js_text_input_wanted, (int wanted), { kanriInput.setTextInputWanted(!!wanted); });
EM_JS(void, js_ime_position, (int x, int y, float lineHeight), { kanriInput.setCaret(x, y, lineHeight); });
EM_JS(void, js_cursor, (int cursor), { kanriInput.setCursor(cursor); });

namespace kanri::web {
namespace {

enum class Kind { Button, Key };
struct Event {
    Kind kind;
    int code;
    bool down;
    int mods; // 1 ctrl, 2 shift, 4 alt, 8 meta
};

std::deque<Event> g_queue;
std::string g_clipboard;
int g_mods = 0;
bool g_wantedText = false;
int g_cursor = -2;

void applyMods(ImGuiIO& io, int mods) {
    io.KeyCtrl = mods & 1;
    io.KeyShift = mods & 2;
    io.KeyAlt = mods & 4;
    io.KeySuper = mods & 8;
}

const char* getClipboard(void*) { return g_clipboard.c_str(); }
void setClipboard(void*, const char* text) { g_clipboard = text ? text : ""; }

void imePosition(int x, int y) { js_ime_position(x, y, ImGui::GetFontSize()); }

} // namespace

void installInputHooks() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "kanri_web";
    // DOM KeyboardEvent.keyCode values index io.KeysDown[].
    io.KeyMap[ImGuiKey_Tab] = 9;
    io.KeyMap[ImGuiKey_LeftArrow] = 37;
    io.KeyMap[ImGuiKey_RightArrow] = 39;
    io.KeyMap[ImGuiKey_UpArrow] = 38;
    io.KeyMap[ImGuiKey_DownArrow] = 40;
    io.KeyMap[ImGuiKey_PageUp] = 33;
    io.KeyMap[ImGuiKey_PageDown] = 34;
    io.KeyMap[ImGuiKey_Home] = 36;
    io.KeyMap[ImGuiKey_End] = 35;
    io.KeyMap[ImGuiKey_Insert] = 45;
    io.KeyMap[ImGuiKey_Delete] = 46;
    io.KeyMap[ImGuiKey_Backspace] = 8;
    io.KeyMap[ImGuiKey_Space] = 32;
    io.KeyMap[ImGuiKey_Enter] = 13;
    io.KeyMap[ImGuiKey_Escape] = 27;
    io.KeyMap[ImGuiKey_KeyPadEnter] = 13;
    io.KeyMap[ImGuiKey_A] = 65;
    io.KeyMap[ImGuiKey_C] = 67;
    io.KeyMap[ImGuiKey_V] = 86;
    io.KeyMap[ImGuiKey_X] = 88;
    io.KeyMap[ImGuiKey_Y] = 89;
    io.KeyMap[ImGuiKey_Z] = 90;
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    io.ImeSetInputScreenPosFn = imePosition;
}

void applyQueuedInput() {
    ImGuiIO& io = ImGui::GetIO();
    bool buttonSeen[5] = {};
    bool keySeen[512] = {};
    while (!g_queue.empty()) {
        const Event& e = g_queue.front();
        bool& seen = e.kind == Kind::Button ? buttonSeen[e.code] : keySeen[e.code];
        if (seen) break; // a second transition of the same button/key waits for the next frame
        seen = true;
        if (e.kind == Kind::Button) io.MouseDown[e.code] = e.down;
        else io.KeysDown[e.code] = e.down;
        g_mods = e.mods;
        g_queue.pop_front();
    }
    applyMods(io, g_mods);
}

void publishInputWants() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput != g_wantedText) {
        g_wantedText = io.WantTextInput;
        js_text_input_wanted(g_wantedText);
    }
    const int cursor = io.MouseDrawCursor ? -1 : ImGui::GetMouseCursor();
    if (cursor != g_cursor) {
        g_cursor = cursor;
        js_cursor(cursor);
    }
}

} // namespace kanri::web

using kanri::web::Event;
using kanri::web::Kind;

extern "C" {

EMSCRIPTEN_KEEPALIVE void kanri_mouse_move(float x, float y) {
    kanri::web::wake();
    ImGui::GetIO().MousePos = ImVec2(x, y);
}

EMSCRIPTEN_KEEPALIVE void kanri_mouse_button(int button, int down) {
    kanri::web::wake();
    if (button >= 0 && button < 5) kanri::web::g_queue.push_back({Kind::Button, button, down != 0, kanri::web::g_mods});
}

EMSCRIPTEN_KEEPALIVE void kanri_mouse_wheel(float dx, float dy) {
    kanri::web::wake();
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += dx;
    io.MouseWheel += dy;
}

EMSCRIPTEN_KEEPALIVE void kanri_key(int keyCode, int down, int mods) {
    kanri::web::wake();
    if (keyCode > 0 && keyCode < 512) kanri::web::g_queue.push_back({Kind::Key, keyCode, down != 0, mods});
    else kanri::web::g_mods = mods;
}

// Committed text (typing, IME composition end, paste of plain characters): UTF-8.
EMSCRIPTEN_KEEPALIVE void kanri_text(const char* utf8) {
    kanri::web::wake();
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

EMSCRIPTEN_KEEPALIVE void kanri_focus(int focused) {
    kanri::web::wake();
    ImGuiIO& io = ImGui::GetIO();
    io.AddFocusEvent(focused != 0);
    if (!focused) {
        kanri::web::g_queue.clear();
        for (bool& k : io.KeysDown) k = false;
        kanri::web::g_mods = 0;
    }
}

// The browser's paste event: make the text ImGui's clipboard, then press Ctrl+V for ImGui, so
// ImGui's own paste rules apply (a single-line field drops line breaks).
EMSCRIPTEN_KEEPALIVE void kanri_paste(const char* utf8) {
    kanri::web::wake();
    kanri::web::g_clipboard = utf8 ? utf8 : "";
    auto& q = kanri::web::g_queue;
    q.push_back({Kind::Key, 86, true, 1});
    q.push_back({Kind::Key, 86, false, 1});
    q.push_back({Kind::Key, 0, false, 0});
}

// The browser's cut event: ImGui copies and deletes the selection with its own Ctrl+X.
EMSCRIPTEN_KEEPALIVE void kanri_cut() {
    kanri::web::wake();
    auto& q = kanri::web::g_queue;
    q.push_back({Kind::Key, 88, true, 1});
    q.push_back({Kind::Key, 88, false, 1});
}

// The browser's copy event fires before ImGui's next frame, so the selection is read directly
// from the active text field. Returns "" when no text is selected.
EMSCRIPTEN_KEEPALIVE const char* kanri_selected_text() {
    kanri::web::wake();
    static std::string out;
    out.clear();
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g || g->ActiveId == 0 || g->InputTextState.ID != g->ActiveId) return out.c_str();
    ImGuiInputTextState& s = g->InputTextState;
    if (!s.HasSelection()) return out.c_str();
    int a = ImMin(s.Stb.select_start, s.Stb.select_end);
    int b = ImMax(s.Stb.select_start, s.Stb.select_end);
    a = ImClamp(a, 0, s.CurLenW);
    b = ImClamp(b, 0, s.CurLenW);
    const ImWchar* w = s.TextW.Data;
    const int capacity = (b - a) * 4 + 1; // at most 4 UTF-8 bytes per code point
    out.resize(static_cast<size_t>(capacity));
    const int written = ImTextStrToUtf8(out.data(), capacity, w + a, w + b);
    out.resize(static_cast<size_t>(written));
    return out.c_str();
}

} // extern "C"
