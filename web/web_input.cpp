#include "web_input.hpp"

#include "wake.hpp"

#include "ui/app.hpp"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h> // the active InputText state: selected text for the browser's copy event

#include <deque>
#include <string>

EM_JS(void, js_text_input_wanted, (int wanted), { kanriInput.setTextInputWanted(!!wanted); });
EM_JS(void, js_ime_position, (int x, int y, float lineHeight), { kanriInput.setCaret(x, y, lineHeight); });
EM_JS(void, js_cursor, (int cursor), { kanriInput.setCursor(cursor); });

namespace kanri::web {
ui::App* currentApp(); // main_web.cpp
namespace {

enum class Kind { Move, Button, Key, Text };
struct Event {
    Kind kind;
    int code = 0;
    bool down = false;
    int mods = 0; // Key: 1 ctrl, 2 shift, 4 alt, 8 meta
    float x = 0, y = 0; // Move
    std::string text; // Text: UTF-8
};

Event keyEvent(int code, bool down, int mods) { return {Kind::Key, code, down, mods, 0, 0, {}}; }

std::deque<Event> g_queue;
// Characters typed while a text field is about to take the focus (a click on "Add evidence",
// the field opens a frame or two later): kept and given to the field, never dropped.
std::string g_early;
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

// Keys a text field acts on when pressed (DOM keyCodes: Backspace, Tab, Enter, Escape, PageUp to
// Down arrow, Insert, Delete), and any key held with Ctrl, Alt or Meta (select all, undo).
bool isEditKey(int c) { return c == 8 || c == 9 || c == 13 || c == 27 || (c >= 33 && c <= 40) || c == 45 || c == 46; }
bool editsText(const Event& e) { return e.kind == Kind::Key && e.down && ((e.mods & (1 | 4 | 8)) || isEditKey(e.code)); }

// ImGui 1.86 drops a frame's typed characters while Ctrl (without Alt) or Super is held.
bool holdsCtrl(int mods) { return ((mods & 1) && !(mods & 4)) || (mods & 8); }

// Typed text, given to the active field, or kept while a field is about to take the focus.
void giveText(const std::string& text);

// A text field is active and was so before this frame: ImGui takes typed characters only then
// (not in the frame that activates the field).
bool textFieldReady() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    return g && g->ActiveId != 0 && g->InputTextState.ID == g->ActiveId;
}

// A field is about to be edited: focus was asked for (a click on "Add evidence", Tab).
bool fieldAboutToOpen() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    const ui::App* app = currentApp();
    return (g && g->NavActivateInputId != 0) || (app && (!app->focusFieldKey.empty() || !app->activatingFieldKey.empty()));
}

void giveText(const std::string& text) {
    // Between two fields (the old one done, the new one opening) text waits for the new one.
    if (textFieldReady() && g_early.empty()) ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    else g_early += text;
}

} // namespace

int pendingInput() { return static_cast<int>(g_queue.size() + g_early.size()); }

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
    // ImGui repeats a held key by the time its frames add up, and a frame after a stall (a busy
    // machine, a slow save) adds up a lot: one press, released late, moved the focus by several
    // items. The browser repeats held keys itself, and input.js hands each repeat over as a press
    // of its own, so ImGui's repeat is off.
    io.KeyRepeatDelay = 1e6f;
    io.GetClipboardTextFn = getClipboard;
    io.SetClipboardTextFn = setClipboard;
    io.ImeSetInputScreenPosFn = imePosition;
}

// ImGui 1.86 samples the pointer and buttons once per frame, so events are handed over in
// order, a frame at a time, such that every frame sees a consistent state:
//  - a second change of the same button or key waits for the next frame (a quick click is a
//    press in one frame and a release in the next);
//  - a press after the pointer moved waits a frame, so the widget under it is hovered first
//    (ImGui decides what a press hits from the previous frame's hover);
//  - a move after a button change waits a frame, so the frame sees the press or release where
//    it happened (a finger lifted and gone must still release on its widget);
//  - typed text keeps its place among the keys: ImGui reads a frame's characters before its
//    keys, so text after an editing key (Backspace, Ctrl+A) waits for the next frame; and as
//    ImGui 1.86 drops characters while Ctrl is held, text is given only in a frame that ends
//    with Ctrl up (text after Ctrl's release comes with it; a Ctrl press after text waits).
void applyQueuedInput() {
    ImGuiIO& io = ImGui::GetIO();
    bool buttonSeen[5] = {};
    bool keySeen[512] = {};
    bool moved = false, buttonChanged = false, textEdited = false, textGiven = false;
    // While a field takes text, a plain key (a letter, a digit, Space, Shift) does nothing but
    // type, and its text comes as a Text event: its press and release need no frame of their
    // own, so fast typing is not slowed to a frame per repeated letter. Not after an editing key
    // this frame (Enter may close the field; a letter after it may be a shortcut).
    const bool typing = textFieldReady();
    while (!g_queue.empty()) {
        const Event& e = g_queue.front();
        if (e.kind == Kind::Text) {
            if (textEdited) break;
            giveText(e.text);
            textGiven = true;
        } else if (e.kind == Kind::Move) {
            if (buttonChanged) break;
            io.MousePos = ImVec2(e.x, e.y);
            moved = true;
        } else if (e.kind == Kind::Button) {
            if (buttonSeen[e.code] || (moved && e.down)) break;
            buttonSeen[e.code] = true;
            buttonChanged = true;
            io.MouseDown[e.code] = e.down;
        } else {
            const bool plain = typing && !textEdited && !isEditKey(e.code) && !(e.mods & (1 | 4 | 8));
            if (!plain && keySeen[e.code]) break;
            if (textGiven && holdsCtrl(e.mods)) break; // the frame would drop the text given before it
            if (!plain) keySeen[e.code] = true;
            if (e.code > 0) io.KeysDown[e.code] = e.down;
            textEdited = textEdited || editsText(e);
            g_mods = e.mods;
        }
        g_queue.pop_front();
    }
    if (!g_queue.empty()) wake(); // the rest is for the next frames
    if (!g_early.empty()) {
        if (textFieldReady()) io.AddInputCharactersUTF8(g_early.c_str());
        if (textFieldReady() || !fieldAboutToOpen()) g_early.clear();
        else wake();
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
    auto& q = kanri::web::g_queue;
    // Consecutive moves collapse into the newest (a drag sends hundreds).
    if (!q.empty() && q.back().kind == Kind::Move) {
        q.back().x = x;
        q.back().y = y;
        return;
    }
    q.push_back({Kind::Move, 0, false, 0, x, y, {}});
}

EMSCRIPTEN_KEEPALIVE void kanri_mouse_button(int button, int down) {
    kanri::web::wake();
    if (button >= 0 && button < 5) kanri::web::g_queue.push_back({Kind::Button, button, down != 0, 0, 0, 0, {}});
}

EMSCRIPTEN_KEEPALIVE void kanri_mouse_wheel(float dx, float dy) {
    kanri::web::wake();
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += dx;
    io.MouseWheel += dy;
}

EMSCRIPTEN_KEEPALIVE void kanri_key(int keyCode, int down, int mods) {
    kanri::web::wake();
    // A key without a code of its own still carries the modifiers, in order with the rest.
    kanri::web::g_queue.push_back(kanri::web::keyEvent(keyCode > 0 && keyCode < 512 ? keyCode : 0, down != 0, mods));
}

// A finger dragged over the page by (dx, dy) device pixels scrolls what is under it, as a wheel
// would (ImGui scrolls five lines of text per wheel step).
EMSCRIPTEN_KEEPALIVE void kanri_touch_scroll(float dx, float dy) {
    kanri::web::wake();
    ImGuiIO& io = ImGui::GetIO();
    const float step = ImGui::GetFontSize() * 5;
    if (step <= 0) return;
    io.MouseWheelH += dx / step;
    io.MouseWheel += dy / step;
}

// A printable key pressed while no field has the focus: kept for a field about to open.
EMSCRIPTEN_KEEPALIVE void kanri_text_early(const char* utf8) {
    kanri::web::wake();
    if (utf8) kanri::web::g_early += utf8;
}

// Committed text (typing, IME composition end, paste of plain characters): UTF-8.
EMSCRIPTEN_KEEPALIVE void kanri_text(const char* utf8) {
    kanri::web::wake();
    if (!utf8 || !*utf8) return;
    // In order with the keys around it (applyQueuedInput).
    kanri::web::g_queue.push_back({Kind::Text, 0, false, 0, 0, 0, utf8});
}

EMSCRIPTEN_KEEPALIVE void kanri_focus(int focused) {
    kanri::web::wake();
    ImGuiIO& io = ImGui::GetIO();
    io.AddFocusEvent(focused != 0);
    if (!focused) {
        // Keys and buttons held are let go; text already committed (an IME composition ended by
        // the click elsewhere, the last characters typed) still goes to its field.
        std::erase_if(kanri::web::g_queue, [](const Event& e) { return e.kind != Kind::Text; });
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
    q.push_back(kanri::web::keyEvent(86, true, 1));
    q.push_back(kanri::web::keyEvent(86, false, 1));
    q.push_back(kanri::web::keyEvent(0, false, 0));
}

// The browser's cut event: ImGui copies and deletes the selection with its own Ctrl+X.
EMSCRIPTEN_KEEPALIVE void kanri_cut() {
    kanri::web::wake();
    auto& q = kanri::web::g_queue;
    q.push_back(kanri::web::keyEvent(88, true, 1));
    q.push_back(kanri::web::keyEvent(88, false, 1));
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
