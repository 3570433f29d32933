#pragma once
// What the app needs from its shell. native/platform_native.cpp and web/platform_web.cpp
// implement it; the app never includes GLFW or Emscripten headers.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kanri::ui {

enum class SaveStatus { Saved, Saving, Unsaved, Error, ReadOnly };

struct SaveState {
    SaveStatus status = SaveStatus::Saved;
    uint64_t generation = 0; // counts acknowledged saves (browser); 0 on the desktop
    std::string error;       // why it is not saved / read-only
};

// Messages the shell raises at start-up (storage fallbacks and the like).
enum class StartupNotice { FellBack, BothBad, NoStorage, NotPersisted, ReadOnlyTab, DatabaseProblem, BrowserDataLoss };

struct FolderEntry {
    std::string name;
    bool isFolder = false;
    unsigned long long bytes = 0;
    long long modified = 0; // seconds since 1970 (UTC)
};

struct FolderListing {
    std::string folder;               // absolute, as listed
    std::vector<FolderEntry> entries; // folders first, then files, each by name
    std::string error;                // why it could not be listed (empty: it was)
};

class Platform {
public:
    virtual ~Platform() = default;
    // BCP 47 or POSIX locale of the browser/OS ("ja-JP", "ja_JP.UTF-8").
    virtual std::string locale() const = 0;
    // Path of a file under assets/ ("fonts/kanri-ja-base.ttf").
    virtual std::string assetPath(const std::string& relative) const = 0;
    // The shell's view of persistence (browser: the IndexedDB snapshot writer).
    virtual SaveState saveState() const = 0;
    // Called after every committed change to the database.
    virtual void databaseChanged() = 0;
    // Human-readable location of the data ("/home/a/.local/share/kanri/kanri.sqlite", "IndexedDB").
    virtual std::string storageLocation() const = 0;
    // Browser only: whether navigator.storage.persist() was granted.
    virtual std::optional<bool> storagePersisted() const { return std::nullopt; }
    // Browser only: offers the damaged snapshot bytes as a download.
    virtual void downloadDamagedData() {}
    // Files. The browser downloads (a Blob) and opens its file picker; the desktop writes and
    // reads paths chosen in Kanri's file dialog (file_dialog.cpp, which lists folders through
    // listFolder) or a file dropped on the window. Callbacks, because the browser cannot block.
    virtual bool usesFilePaths() const { return true; }
    // Desktop: the folder the file dialog opens first (the home folder).
    virtual std::string homeFolder() const { return {}; }
    // Desktop: what an absolute folder holds; hidden entries left out.
    virtual FolderListing listFolder(const std::string& folder) const { return {folder, {}, "unsupported"}; }
    virtual void saveFile(const std::string& nameOrPath, const std::string& mime, const std::string& bytes,
                          std::function<void(bool ok, std::string message)> done) = 0;
    virtual void openFile(const std::string& pathOrAccept,
                          std::function<void(bool ok, std::string name, std::string bytes)> done) = 0;
    // Minutes to add to UTC for local time at that moment (DST included); 0 when unknown.
    virtual int utcOffsetMinutes(long long epochSeconds) const { return 0; }
    // Whether the system asks for dark colours (the browser's prefers-color-scheme).
    virtual bool prefersDarkColors() const { return false; }
    virtual bool canQuit() const { return false; }
    virtual void requestQuit() {}
    // The io.KeysDown indexes of the keys ImGui 1.86 has no name for, which zoom a view with
    // Ctrl: "+" (with "=" on the same key) and keypad "+", "-" and keypad "-", and "0". Each
    // front end indexes KeysDown by its own codes (GLFW's natively, the DOM's keyCode on the web).
    struct ZoomKeys {
        int plus = -1, keypadPlus = -1, minus = -1, keypadMinus = -1, zero = -1;
    };
    virtual ZoomKeys zoomKeys() const { return {}; }
};

} // namespace kanri::ui
