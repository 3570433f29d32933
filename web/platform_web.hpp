#pragma once
// Browser platform. What works here: IndexedDB snapshots (web/site/storage.js), one writer tab
// (Web Locks), locale from navigator.language, downloads via Blob. Input, IME and clipboard
// come through web/site/input.js into web_input.cpp.
#include "ui/platform.hpp"

#include <cstdint>
#include <functional>

namespace kanri::store {
class Database;
}

namespace kanri::web {

// Start-up notices raised by the JavaScript side (bit flags, see boot.js NOTICE).
enum NoticeBits : int {
    kNoticeFellBack = 1,
    kNoticeBothBad = 2,
    kNoticeNoStorage = 4,
    kNoticeReadOnlyTab = 8,
    kNoticeNotPersisted = 16,
    kNoticeBrowserDataLoss = 32,
};

class WebPlatform final : public ui::Platform {
    std::function<void(bool, std::string, std::string)> m_pick;

public:
    std::string locale() const override;
    std::string assetPath(const std::string& relative) const override { return "/assets/" + relative; }
    ui::SaveState saveState() const override;
    void databaseChanged() override;
    std::string storageLocation() const override;
    std::optional<bool> storagePersisted() const override;
    void downloadDamagedData() override;
    bool usesFilePaths() const override { return false; }
    bool prefersDarkColors() const override;
    int utcOffsetMinutes(long long epochSeconds) const override;
    ZoomKeys zoomKeys() const override { return {187, 107, 189, 109, 48}; } // DOM keyCode of = + and - _ (Chromium), keypad + and -, 0
    void saveFile(const std::string& name, const std::string& mime, const std::string& bytes,
                  std::function<void(bool, std::string)> done) override;
    void openFile(const std::string& accept, std::function<void(bool, std::string, std::string)> done) override;
    // Called from JS when the file picker delivered a file.
    void filePicked(bool ok, std::string name, std::string bytes);

    bool isWriterTab() const;
    // Loads the newest good snapshot the boot script found into db. None: nothing loaded (first
    // run, or every stored copy was damaged: the JS side decides the notice). NotYetRead: the
    // copy read at start was refused and the other is still to be read: the page reads it and
    // calls kanri_storage_ready again.
    enum class Snapshot { Loaded, None, NotYetRead };
    Snapshot loadStoredSnapshot(store::Database& db) const;
    // New start-up notices since the last call (NoticeBits).
    int takeNotices() const;
    void firstFrameShown() const;
    bool saveInFlight() const;
};

} // namespace kanri::web
