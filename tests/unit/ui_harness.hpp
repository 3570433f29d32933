#pragma once
// Runs the real app's frames on the CPU, without a GPU or window: a platform that keeps files in
// memory, an in-memory database, and ImGui with its font atlas built but never uploaded.
// Used by the UI smoke tests and the native benchmark.
#include "store/schema.hpp"
#include "ui/app.hpp"
#include "ui/assets.hpp"
#include "ui/item_hooks.hpp"
#include "ui/theme.hpp"
#include "test_support.hpp"

#include <imgui.h>

#include <functional>
#include <map>
#include <span>
#include <memory>
#include <vector>

namespace kanri::test {

class NullPlatform final : public ui::Platform {
public:
    std::string locale() const override { return "en-US"; }
    std::string assetPath(const std::string& rel) const override { return std::string(KANRI_BUILD_ASSETS_DIR) + "/" + rel; }
    ui::SaveState saveState() const override { return {}; }
    void databaseChanged() override { ++changes; }
    std::string storageLocation() const override { return "memory"; }
    void saveFile(const std::string& path, const std::string&, const std::string& bytes, std::function<void(bool, std::string)> done) override {
        saved = bytes;
        savedPath = path;
        done(true, "memory");
    }
    void openFile(const std::string& path, std::function<void(bool, std::string, std::string)> done) override {
        openedPath = path;
        done(true, "fixture", toOpen);
    }
    // The file dialog's folders: what each lists (none listed: an error).
    std::string homeFolder() const override { return "/home/tester"; }
    ui::FolderListing listFolder(const std::string& folder) const override {
        auto it = folders.find(folder);
        if (it == folders.end()) return {folder, {}, "No such file or directory"};
        return {folder, it->second, {}};
    }
    int changes = 0;
    std::string saved, savedPath, openedPath, toOpen;
    std::map<std::string, std::vector<ui::FolderEntry>> folders;
};

struct UiHarness {
    NullPlatform platform;
    std::unique_ptr<ui::App> app;
    ui::FontSet fonts;
    // When set, a frame draws this instead of the app (a widget under test, in a window of its own).
    std::function<void()> draw;
    explicit UiHarness(std::span<const model::ModelModule> modules = model::modelModules()) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard; // as both shells have it
        io.DisplaySize = ImVec2(1600, 1000);
        io.DeltaTime = 1.0f / 60.0f;
        // Key indices as the GLFW backend has them: letters are their ASCII code, named keys
        // above 256 (tests press them through io.KeysDown at these indices).
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = 300 + k;
        io.KeyMap[ImGuiKey_A] = 'A';
        io.KeyMap[ImGuiKey_C] = 'C';
        io.KeyMap[ImGuiKey_V] = 'V';
        io.KeyMap[ImGuiKey_X] = 'X';
        io.KeyMap[ImGuiKey_Y] = 'Y';
        io.KeyMap[ImGuiKey_Z] = 'Z';
        ui::applyTheme(1.0f, false);
        fonts = ui::loadFonts(platform, 17.0f, false);
        ui::buildFontAtlas(fonts, ui::styledFontTexts(shippedCatalogue()));
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        auto db = store::Database::openMemory();
        app = std::make_unique<ui::App>(platform, shippedCatalogue(), std::move(db.value()), modules);
        (void)app->load();
    }
    ~UiHarness() {
        app.reset();
        ImGui::DestroyContext();
    }
    int frame() {
        ImGui::NewFrame();
        if (draw) {
            ui::hooks::startFrame(); // as App::frame does: the widget map sees a new frame
            draw();
        } else {
            app->frame();
        }
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }
};

} // namespace kanri::test
