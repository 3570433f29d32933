// Kanri desktop app: GLFW + OpenGL 3 + Dear ImGui over the shared core.
//   kanri [--db FILE] [--lang en|ja] [--area NAME] [--tab NAME] [--size WxH] [--seconds N]
// --seconds makes the app exit by itself (headless smoke runs under xvfb-run).
#include "data_folder.hpp"
#include "key_queue.hpp"
#include "platform_native.hpp"

#include "store/schema.hpp"
#include "ui/app.hpp"
#include "ui/areas.hpp"
#include "ui/widgets.hpp"
#include "ui/assets.hpp"
#include "ui/theme.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

struct Options {
    std::string db;
    std::string lang;
    std::string area;
    std::string tab;
    double seconds = 0;
    int width = 1280, height = 800;
};

int usage() {
    std::string names; // the registered areas (ui/areas.cpp), so the list cannot go stale
    for (const kanri::ui::AreaEntry& e : kanri::ui::areas()) names += (names.empty() ? "" : "|") + std::string(e.area.name);
    std::fprintf(stderr, "usage: kanri [--db FILE] [--lang en|ja] [--area %s] [--tab workspace|gaps|documents|cycles] [--size WxH] [--seconds N]\n",
                 names.c_str());
    return 2;
}

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (a == "--db" && (v = next())) o.db = v;
        else if (a == "--lang" && (v = next())) o.lang = v;
        else if (a == "--area" && (v = next())) o.area = v;
        else if (a == "--tab" && (v = next())) o.tab = v;
        else if (a == "--seconds" && (v = next())) o.seconds = std::atof(v);
        else if (a == "--size" && (v = next())) {
            if (std::sscanf(v, "%dx%d", &o.width, &o.height) != 2 || o.width < 320 || o.height < 240) return false;
        }
        else return false;
    }
    return true;
}

// Opens the database, or explains why not. A problem leaves the file untouched and the app
// runs read-only on an empty in-memory database, showing the reason.
kanri::store::Database openDatabase(const std::string& path, std::string& problem) {
    using namespace kanri;
    const std::string folder = path.substr(0, path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/'));
    if (!folder.empty()) {
        if (auto s = native::prepareDataFolder(folder); !s) problem = i18n::message(s.error());
    }
    if (problem.empty()) {
        auto db = store::openAppDatabase(path);
        if (db) return std::move(db.value());
        problem = i18n::message(db.error());
    }
    auto mem = store::Database::openMemory();
    return std::move(mem.value());
}

} // namespace

// kanri-uitest sets this (test_channel.cpp): called after each frame. Null in the shipped app.
void (*kanriAfterFrame)() = nullptr;

int main(int argc, char** argv) {
    using namespace kanri;
    Options opt;
    if (!parse(argc, argv, opt)) return usage();
    if (opt.db.empty()) opt.db = native::defaultDataFolder() + "/kanri.sqlite";

    native::NativePlatform platform(KANRI_ASSETS_DIR, opt.db);
    i18n::setLanguage(opt.lang.empty() ? i18n::languageFromLocale(platform.locale()) : i18n::languageFromLocale(opt.lang));

    auto catalogue = ui::loadCatalogue(platform);
    if (!catalogue) {
        std::fprintf(stderr, "kanri: %s\n", i18n::message(catalogue.error()).c_str());
        return 2;
    }

    // GLFW's X11 input method (IME-committed text) works only in the user's UTF-8 locale;
    // LC_CTYPE alone, so number formatting stays "C".
    std::setlocale(LC_CTYPE, "");
    if (!glfwInit()) {
        std::fprintf(stderr, "kanri: could not initialise GLFW (no display?)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, "Kanri", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "kanri: could not create an OpenGL 3.0 window\n");
        glfwTerminate();
        return 1;
    }
    platform.setWindow(window);
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is app data, kept in the database
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    float xscale = 1, yscale = 1;
    glfwGetWindowContentScale(window, &xscale, &yscale);
    const float scale = xscale > 0 ? xscale : 1.0f;
    ui::FontSet fonts = ui::loadFonts(platform, 17.0f * scale, /*withExtension=*/true);
    ui::buildFontAtlas(fonts, ui::styledFontTexts(catalogue.value()));
    // Idle waiting: input marks activity (these callbacks are installed before ImGui's, which
    // chains to them); without activity for a second the loop waits for events instead of
    // drawing 60 frames a second, so an idle Kanri costs no CPU.
    static double lastActivity = 0;
    glfwSetCursorPosCallback(window, [](GLFWwindow*, double, double) { lastActivity = glfwGetTime(); });
    glfwSetMouseButtonCallback(window, [](GLFWwindow*, int, int, int) { lastActivity = glfwGetTime(); });
    glfwSetScrollCallback(window, [](GLFWwindow*, double, double) { lastActivity = glfwGetTime(); });
    glfwSetKeyCallback(window, [](GLFWwindow*, int, int, int, int) { lastActivity = glfwGetTime(); });
    glfwSetCharCallback(window, [](GLFWwindow*, unsigned int) { lastActivity = glfwGetTime(); });
    glfwSetWindowFocusCallback(window, [](GLFWwindow*, int) { lastActivity = glfwGetTime(); });
    glfwSetWindowSizeCallback(window, [](GLFWwindow*, int, int) { lastActivity = glfwGetTime(); });
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    native::installKeyQueue(window);
    ImGui_ImplOpenGL3_Init("#version 130");

    std::string problem;
    store::Database db = openDatabase(opt.db, problem);
    ui::App app(platform, catalogue.value(), std::move(db));
    app.setDisplayScale(scale);
    if (!problem.empty()) {
        std::fprintf(stderr, "kanri: %s\n", problem.c_str());
        app.setDatabaseProblem(problem);
        app.setReadOnly(problem);
    } else if (auto s = app.load(); !s) {
        std::fprintf(stderr, "kanri: %s\n", i18n::message(s.error()).c_str());
    }
    // --lang is shown as the chosen language (not saved): the menus must not say "System".
    if (!opt.lang.empty()) app.forceLanguage(i18n::languageFromLocale(opt.lang));
    if (!opt.area.empty()) app.area = ui::areaFromName(opt.area).value_or(ui::kDashboardArea);
    if (!opt.tab.empty())
        app.showTab(opt.tab == "gaps" ? ui::AssessTab::Gaps : opt.tab == "documents" ? ui::AssessTab::Documents
                    : opt.tab == "cycles" ? ui::AssessTab::Cycles : ui::AssessTab::Workspace);

    // A Kanri JSON file dropped on the window is imported (validated first; undo reverts it).
    static ui::App* dropTarget = &app;
    glfwSetDropCallback(window, [](GLFWwindow*, int count, const char** paths) {
        if (count > 0) dropTarget->importJsonFile(paths[0]);
    });

    const double start = glfwGetTime();
    bool redraw = false; // the last frame's layout asked for one more (ui::requestAnotherFrame)
    while (!glfwWindowShouldClose(window)) {
        const bool idle = glfwGetTime() - lastActivity > 1.0 && !ImGui::GetIO().WantTextInput && !app.hasPendingEdit() && !redraw;
        if (idle) glfwWaitEventsTimeout(0.25); // also wakes for --seconds and the status bar
        else glfwPollEvents();
        if (opt.seconds > 0 && glfwGetTime() - start >= opt.seconds) break;
        if (native::applyKeyQueue(window)) lastActivity = glfwGetTime(); // more keys for the next frames
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        if (ImGui::GetIO().KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q, false)) platform.requestQuit();
        app.frame();
        redraw = ui::takeRedrawRequest();
        ImGui::Render();
        int w = 0, h = 0;
        glfwGetFramebufferSize(window, &w, &h);
        glViewport(0, 0, w, h);
        const ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
        glClearColor(bg.x, bg.y, bg.z, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        glfwSwapBuffers(window);
        if (kanriAfterFrame) kanriAfterFrame();
    }

    // Ctrl+Q, the window's close button, --seconds: what is typed is committed first.
    app.shutdown();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
