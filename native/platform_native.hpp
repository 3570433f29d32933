#pragma once
// Desktop platform. What works here: the system clipboard (Ctrl+C/X/V) and text committed by
// an input method through GLFW 3.3 (ImGui's GLFW backend; on X11 via XIM, with the user's
// LC_CTYPE), files on disk, SQLite with WAL. Not here: the IME's composition (preedit) is not
// drawn inside the field; the input method shows it in its own window, and the candidate
// window is placed by the input method, not at the caret.
#include "ui/platform.hpp"

struct GLFWwindow;

namespace kanri::native {

class NativePlatform final : public ui::Platform {
public:
    NativePlatform(std::string assetsDir, std::string dbPath) : m_assets(std::move(assetsDir)), m_db(std::move(dbPath)) {}
    void setWindow(GLFWwindow* w) { m_window = w; }

    std::string locale() const override;
    std::string assetPath(const std::string& relative) const override { return m_assets + "/" + relative; }
    // Each command commits its own SQLite transaction: once it returns, the edit is on disk.
    ui::SaveState saveState() const override { return {}; }
    void databaseChanged() override {}
    std::string storageLocation() const override; // the absolute path
    void saveFile(const std::string& path, const std::string& mime, const std::string& bytes,
                  std::function<void(bool, std::string)> done) override;
    void openFile(const std::string& path, std::function<void(bool, std::string, std::string)> done) override;
    std::string homeFolder() const override;
    ui::FolderListing listFolder(const std::string& folder) const override;
    // GTK_THEME=…:dark (the desktop's own setting needs D-Bus, which Kanri does not link).
    bool prefersDarkColors() const override;
    int utcOffsetMinutes(long long epochSeconds) const override;
    ZoomKeys zoomKeys() const override { return {61, 334, 45, 333, 48}; } // GLFW_KEY_EQUAL, _KP_ADD, _MINUS, _KP_SUBTRACT, _0
    bool canQuit() const override { return true; }
    void requestQuit() override;

private:
    std::string m_assets;
    std::string m_db;
    GLFWwindow* m_window = nullptr;
};

} // namespace kanri::native
