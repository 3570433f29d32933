// Test page only (site-test/, never the shipped site/): the widget map for real-input tests.
// tests/browser/ui.mjs asks where a widget is, then presses real mouse buttons, keys and touch
// points there through the DevTools protocol.
#include "widget_map.hpp"

#include "wake.hpp"
#include "web_input.hpp"

#include <emscripten.h>
#include <imgui.h>

#include <string>

namespace {

// Installed before main(): every frame from the first one is mapped.
struct InstallWidgetMap {
    InstallWidgetMap() { kanri::test::widgetMap().install(); }
} g_install;

const char* keep(std::string s) {
    static std::string out;
    out = std::move(s);
    return out.c_str();
}

} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* kanri_test_locate(const char* pathJson) { return keep(kanri::test::widgetMap().locateJson(pathJson)); }
EMSCRIPTEN_KEEPALIVE const char* kanri_test_widgets() { return keep(kanri::test::widgetMap().allJson()); }
EMSCRIPTEN_KEEPALIVE const char* kanri_test_clipped() { return keep(kanri::test::widgetMap().clippedGlyphsJson()); }
EMSCRIPTEN_KEEPALIVE const char* kanri_test_boxes() { return keep(kanri::test::widgetMap().fallbackGlyphsJson()); }
// Frames drawn so far; a test waits for it to grow after its input (idle pages draw nothing).
EMSCRIPTEN_KEEPALIVE int kanri_test_frames() {
    kanri::web::wake();
    return kanri::test::widgetMap().frames();
}

// Input still queued for later frames (web_input.cpp hands it over a frame at a time).
EMSCRIPTEN_KEEPALIVE int kanri_test_input_pending() {
    kanri::web::wake();
    return kanri::web::pendingInput();
}

} // extern "C"
