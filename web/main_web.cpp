// Kanri in the browser: Emscripten main loop + WebGL2 + Dear ImGui over the shared core.
// The database lives in wasm memory; web/site/storage.js snapshots it into IndexedDB after
// each commit. The page's JavaScript (web/site/*.js) owns input, storage and window.kanri.
#include "platform_web.hpp"
#include "wake.hpp"
#include "web_input.hpp"

#include "i18n/i18n.hpp"
#include "store/schema.hpp"
#include "ui/app.hpp"
#include "ui/assets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <memory>

EM_JS(void, js_fatal, (const char* what, const char* detail), { kanriHost.fatal(UTF8ToString(what), UTF8ToString(detail)); });
// A start-up phase done, for the breakdown scripts/bench prints (performance.mark "kanri:<name>").
EM_JS(void, mark, (const char* name), { performance.mark('kanri:' + UTF8ToString(name)); });

namespace {

using namespace kanri;

constexpr float kBaseFontPixels = 17.0f;
// How long after the first frame the other font sizes wait for the extension font.
constexpr int kExtensionWaitMs = 1000;

struct WebApp {
    web::WebPlatform platform;
    std::unique_ptr<model::Catalogue> catalogue;
    std::unique_ptr<ui::App> app;
    ui::FontSet fonts;
    bool fontsDirty = false;
    float dpr = 1.0f;
    float builtDpr = 0.0f;
    int cssWidth = 0, cssHeight = 0;
    double lastTime = 0;
    bool firstFrameDone = false;
    bool saveAfterFirstFrame = false; // a first run or a migration: saved once the user sees the app
    bool extensionWaitOver = false;   // the full atlas is built without the extension font after all
    bool deviceObjectsReady = false;  // the GL backend's shaders and font texture exist
    bool storageRead = false;         // the page has read the stored data (kanri_storage_ready)
    bool gpuPrepared = false;         // prepareGpu has run (whether or not the GL objects were made)
    int inputFrames = 0;  // frames still to draw after input (wake.hpp)
    int changeFrames = 0; // frames still to draw after a change
};

// Frames drawn after a wake-up (wake.hpp).
constexpr int kWakeFramesInput = 30;
constexpr int kWakeFramesChange = 2;

WebApp* g_app = nullptr;

// Fonts and spacing follow devicePixelRatio: ImGui works in device pixels, so text stays sharp.
// Up to the first frame the atlas has the Body size alone (a quarter of the glyphs to
// rasterise). After it, the whole atlas (every size, the extension kanji) is built once, when
// the extension font is in (fetched after the first frame) or a second after the first frame
// without it: each build blocks the page for a few hundred milliseconds.
void rebuildFontsIfNeeded(WebApp& w) {
    const bool dprChanged = w.builtDpr != w.dpr;
    const bool full = w.firstFrameDone;
    if (!full && !dprChanged) return;
    if (full && !dprChanged && (!w.fontsDirty || (w.fonts.extension.empty() && !w.extensionWaitOver))) return;
    w.fonts.pixelSize = std::round(kBaseFontPixels * w.dpr);
    if (w.app) w.app->setDisplayScale(w.dpr);
    if (full) ui::buildFontAtlas(w.fonts, ui::styledFontTexts(*w.catalogue));
    else ui::buildFontAtlas(w.fonts, {}, ui::AtlasSizes::BodyOnly);
    if (full) mark("atlas-full-built");
    if (w.deviceObjectsReady) { // else ImGui_ImplOpenGL3_CreateDeviceObjects uploads it
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    // Every size and every kanji of JIS X 0208: the page's text is final (tests wait for it).
    if (full && !w.fonts.extension.empty()) mark("fonts-complete");
    w.fontsDirty = !full; // the other sizes are still to come
    w.builtDpr = w.dpr;
}

void raiseNotices(WebApp& w) {
    const int bits = w.platform.takeNotices();
    if (!bits) return;
    if (bits & web::kNoticeFellBack) w.app->addNotice(ui::StartupNotice::FellBack);
    if (bits & web::kNoticeBothBad) w.app->addNotice(ui::StartupNotice::BothBad);
    if (bits & web::kNoticeNoStorage) w.app->addNotice(ui::StartupNotice::NoStorage);
    if (bits & web::kNoticeReadOnlyTab) w.app->addNotice(ui::StartupNotice::ReadOnlyTab);
    if (bits & web::kNoticeNotPersisted) w.app->addNotice(ui::StartupNotice::NotPersisted);
    if (bits & web::kNoticeBrowserDataLoss) w.app->addNotice(ui::StartupNotice::BrowserDataLoss);
}

void frame(void* arg) {
    WebApp& w = *static_cast<WebApp*>(arg);
    ImGuiIO& io = ImGui::GetIO();
    // Draw while input is recent or a text field is being edited (its caret blinks). A change
    // without input (automation API) is drawn once no save is in flight: a frame of software
    // GL can take tens of milliseconds, and the save's IndexedDB callbacks would wait for it.
    const bool forInput = w.inputFrames > 0 || io.WantTextInput || w.app->hasPendingEdit();
    const bool forChange = w.changeFrames > 0 && !w.platform.saveInFlight();
    if (w.firstFrameDone && !forInput && !forChange) return;
    if (w.inputFrames > 0) --w.inputFrames;
    else if (w.changeFrames > 0) --w.changeFrames;
    if (!w.firstFrameDone) mark("frame-start");
    rebuildFontsIfNeeded(w);
    raiseNotices(w);
    const int width = static_cast<int>(std::lround(w.cssWidth * w.dpr));
    const int height = static_cast<int>(std::lround(w.cssHeight * w.dpr));
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    const double now = emscripten_get_now() / 1000.0;
    io.DeltaTime = w.lastTime > 0 ? static_cast<float>(std::max(now - w.lastTime, 1e-4)) : 1.0f / 60.0f;
    w.lastTime = now;
    web::applyQueuedInput();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    w.app->frame();
    if (!w.firstFrameDone) mark("ui");
    if (ui::takeRedrawRequest()) w.changeFrames = std::max(w.changeFrames, 1);
    ImGui::Render();
    web::publishInputWants();

    glViewport(0, 0, width, height);
    const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glClearColor(bg.x, bg.y, bg.z, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!w.firstFrameDone) {
        w.firstFrameDone = true;
        w.platform.firstFrameShown();
        if (w.saveAfterFirstFrame) w.platform.databaseChanged();
        emscripten_async_call(
            [](void* arg) {
                static_cast<WebApp*>(arg)->extensionWaitOver = true;
                web::wake(web::WakeFor::Change);
            },
            &w, kExtensionWaitMs);
    }
}

// The start-up steps after main() (defined below it).
void prepareFonts(void* arg);
void prepareGpu(void* arg);

// What the first frame needs from the GPU is prepared in steps. While the page is still reading
// the stored data, each step is a task of its own, so that the storage's IndexedDB callbacks run
// between them; once it has, the steps follow at once (a task can wait behind a page render).
EM_JS(int, js_storage_read, (), { return kanriHost.storageRead() ? 1 : 0; });
void nextStep(WebApp& w, void (*step)(void*)) {
    if (js_storage_read()) step(&w);
    else emscripten_async_call(step, &w, 0);
}

} // namespace

namespace kanri::web {
void wake(WakeFor reason) {
    if (!g_app) return;
    if (reason == WakeFor::Input) g_app->inputFrames = kWakeFramesInput;
    else g_app->changeFrames = std::max(g_app->changeFrames, kWakeFramesChange);
}
} // namespace kanri::web

// --- called from web/site/*.js ------------------------------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE void kanri_wake() { kanri::web::wake(kanri::web::WakeFor::Change); }

EMSCRIPTEN_KEEPALIVE void kanri_resize(int cssWidth, int cssHeight, float dpr) {
    if (!g_app) return;
    g_app->cssWidth = cssWidth;
    g_app->cssHeight = cssHeight;
    g_app->dpr = dpr > 0.5f ? dpr : 1.0f;
    emscripten_set_canvas_element_size("#canvas", static_cast<int>(std::lround(cssWidth * g_app->dpr)),
                                       static_cast<int>(std::lround(cssHeight * g_app->dpr)));
    kanri::web::wake();
}

// The extension kanji font (the rest of JIS X 0208), handed over after the first frame; merged
// into the atlas the next frame builds.
EMSCRIPTEN_KEEPALIVE void kanri_font_extension(const unsigned char* bytes, int size) {
    if (!g_app || size <= 0) return;
    g_app->fonts.extension.assign(bytes, bytes + size);
    g_app->fontsDirty = true;
    kanri::web::wake(kanri::web::WakeFor::Change);
}

EMSCRIPTEN_KEEPALIVE int kanri_has_glyph(int codepoint) {
    ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    return font && codepoint > 0 && codepoint <= 0xFFFF && font->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) ? 1 : 0;
}

} // extern "C"

namespace kanri::web {
ui::App* currentApp() { return g_app ? g_app->app.get() : nullptr; }
void filePicked(bool ok, std::string name, std::string bytes) {
    if (g_app) g_app->platform.filePicked(ok, std::move(name), std::move(bytes));
}
}

int main() {
    mark("main");
    auto* w = new WebApp(); // lives for the page's lifetime
    g_app = w;

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.antialias = false;
    attrs.depth = false;
    attrs.stencil = false;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) {
        js_fatal("webgl2", "emscripten_webgl_create_context failed");
        return 1;
    }
    emscripten_webgl_make_context_current(ctx);
    mark("webgl");

    i18n::setLanguage(i18n::languageFromLocale(w->platform.locale()));
    auto catalogue = ui::loadCatalogue(w->platform);
    if (!catalogue) {
        js_fatal("assets", i18n::message(catalogue.error()).c_str());
        return 1;
    }
    w->catalogue = std::make_unique<model::Catalogue>(std::move(catalogue.value()));
    mark("catalogue");
    nextStep(*w, prepareFonts);
    return 0;
}

namespace {

// The page has read the stored data and the GPU is ready: the database, the app, the first frame.
void startApp(WebApp& w) {
    mark("storage-ready");
    auto db = store::Database::openMemory();
    const auto snapshot = w.platform.loadStoredSnapshot(db.value());
    if (snapshot == web::WebPlatform::Snapshot::NotYetRead) {
        w.storageRead = false; // the page reads the other copy and calls kanri_storage_ready again
        return;
    }
    const bool loaded = snapshot == web::WebPlatform::Snapshot::Loaded;
    mark("snapshot");
    const int64_t versionBefore = db.value().userVersion();
    w.app = std::make_unique<ui::App>(w.platform, *w.catalogue, std::move(db.value()));
    w.app->setDisplayScale(w.dpr);
    Status status = w.app->load();
    mark("database");
    if (!w.platform.isWriterTab()) w.app->setReadOnly(i18n::tr(i18n::Str::SaveReasonOtherTab));
    // A first run or a migrated snapshot is worth saving, right after the first frame: the save
    // (a snapshot and its IndexedDB writes) would otherwise run before it.
    w.saveAfterFirstFrame = status && !w.app->readOnly() && (!loaded || versionBefore != store::schemaVersion());
    // The first frame now, rather than after waiting for an animation frame; later frames
    // follow input and changes.
    frame(&w);
    emscripten_set_main_loop_arg(frame, &w, 0, false);
}

// The ImGui context, the fonts and the first frame's atlas (the Body size).
void prepareFonts(void* arg) {
    WebApp& w = *static_cast<WebApp*>(arg);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is app data, kept in the database
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    web::installInputHooks();
    w.fonts = ui::loadFonts(w.platform, kBaseFontPixels, /*withExtension=*/false);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    mark("fonts-read");
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    kanri_resize(static_cast<int>(cssWidth), static_cast<int>(cssHeight), static_cast<float>(emscripten_get_device_pixel_ratio()));
    rebuildFontsIfNeeded(w);
    mark("atlas");
    nextStep(w, prepareGpu);
}

// The GL backend's shaders and the atlas's texture; then the app, once the storage is read.
void prepareGpu(void* arg) {
    WebApp& w = *static_cast<WebApp*>(arg);
    // Should this fail, ImGui_ImplOpenGL3_NewFrame tries again in the first frame.
    w.deviceObjectsReady = ImGui_ImplOpenGL3_CreateDeviceObjects();
    w.gpuPrepared = true;
    mark("gl-ready");
    if (w.storageRead) startApp(w);
}

} // namespace

// Called by the page once the stored data has been read (web/site/boot.js).
extern "C" EMSCRIPTEN_KEEPALIVE void kanri_storage_ready() {
    WebApp* w = g_app;
    if (!w || w->storageRead) return;
    w->storageRead = true;
    if (w->gpuPrepared) startApp(*w);
}
