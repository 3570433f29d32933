#include "platform_web.hpp"

#include "i18n/i18n.hpp"
#include "store/snapshot.hpp"

#include <emscripten.h>

#include <cstdlib>

// Each EM_JS body calls into kanriHost (web/site/boot.js); it exists before main() runs.
// Strings returned to C++ are malloc'ed by kanriHost.cstr and freed here.
EM_JS(char*, js_locale, (), { return kanriHost.cstr(kanriHost.locale()); });
EM_JS(int, js_save_status, (), { return kanriHost.saveStatusCode(); });
EM_JS(double, js_save_generation, (), { return kanriHost.saveGeneration(); });
EM_JS(char*, js_save_error, (), { return kanriHost.cstr(kanriHost.saveError()); });
EM_JS(void, js_mark_dirty, (), { kanriHost.markDirty(); });
EM_JS(int, js_persisted, (), { return kanriHost.persistedCode(); });
EM_JS(void, js_download_damaged, (), { kanriHost.downloadDamaged(); });
EM_JS(int, js_is_writer, (), { return kanriHost.isWriter() ? 1 : 0; });
EM_JS(int, js_candidate_count, (), { return kanriHost.candidateCount(); });
EM_JS(int, js_candidate_size, (int i), { return kanriHost.candidateSize(i); });
EM_JS(void, js_candidate_copy, (int i, unsigned char* dest), { kanriHost.candidateCopy(i, dest); });
EM_JS(void, js_candidate_result, (int i, int ok, const char* why), { kanriHost.candidateResult(i, ok, UTF8ToString(why)); });
EM_JS(void, js_candidates_done, (), { kanriHost.candidatesDone(); });
EM_JS(void, js_read_rest, (), { kanriHost.readRest(); });
EM_JS(void, js_download, (const char* name, const char* mime, const char* bytes, int size),
      { kanriHost.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + size)); });
EM_JS(void, js_pick_file, (const char* accept), { kanriHost.pickFile(UTF8ToString(accept)); });
EM_JS(int, js_take_notices, (), { return kanriHost.takeNotices(); });
EM_JS(int, js_save_in_flight, (), { return kanriHost.saveInFlight() ? 1 : 0; });
EM_JS(void, js_first_frame, (), { kanriHost.firstFrame(); });
// prefers-color-scheme; the page wakes the app when it changes (boot.js).
EM_JS(int, js_prefers_dark, (), { return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0; });
// Date#getTimezoneOffset is minutes *behind* UTC, for that moment (DST included).
EM_JS(int, js_utc_offset, (double seconds), { return -new Date(seconds * 1000).getTimezoneOffset(); });

namespace kanri::web {
namespace {

std::string takeString(char* s) {
    std::string out = s ? s : "";
    std::free(s);
    return out;
}

} // namespace

std::string WebPlatform::locale() const { return takeString(js_locale()); }

ui::SaveState WebPlatform::saveState() const {
    ui::SaveState s;
    s.status = static_cast<ui::SaveStatus>(js_save_status());
    s.generation = static_cast<uint64_t>(js_save_generation());
    if (s.status == ui::SaveStatus::Error || s.status == ui::SaveStatus::Unsaved || s.status == ui::SaveStatus::ReadOnly)
        s.error = takeString(js_save_error());
    return s;
}

void WebPlatform::databaseChanged() { js_mark_dirty(); }

std::string WebPlatform::storageLocation() const { return i18n::tr(i18n::Str::SettingsStorageBrowser); }

std::optional<bool> WebPlatform::storagePersisted() const {
    int p = js_persisted();
    if (p < 0) return std::nullopt;
    return p == 1;
}

void WebPlatform::downloadDamagedData() { js_download_damaged(); }

void WebPlatform::saveFile(const std::string& name, const std::string& mime, const std::string& bytes,
                           std::function<void(bool, std::string)> done) {
    js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
    done(true, name);
}

void WebPlatform::openFile(const std::string& accept, std::function<void(bool, std::string, std::string)> done) {
    m_pick = std::move(done);
    js_pick_file(accept.c_str());
}

void WebPlatform::filePicked(bool ok, std::string name, std::string bytes) {
    if (auto pick = std::move(m_pick)) {
        m_pick = nullptr;
        pick(ok, std::move(name), std::move(bytes));
    }
}
bool WebPlatform::isWriterTab() const { return js_is_writer() != 0; }
int WebPlatform::takeNotices() const { return js_take_notices(); }
void WebPlatform::firstFrameShown() const { js_first_frame(); }
bool WebPlatform::saveInFlight() const { return js_save_in_flight() != 0; }

WebPlatform::Snapshot WebPlatform::loadStoredSnapshot(store::Database& db) const {
    const int n = js_candidate_count();
    for (int i = 0; i < n; ++i) {
        const int size = js_candidate_size(i);
        if (size == -2) { // left unread at start: the page reads it, then starts the app again
            js_read_rest();
            return Snapshot::NotYetRead;
        }
        if (size <= 0) continue; // failed its checksum in JS already
        auto* bytes = static_cast<unsigned char*>(std::malloc(static_cast<size_t>(size)));
        if (!bytes) {
            js_candidate_result(i, 0, "out of memory");
            continue;
        }
        js_candidate_copy(i, bytes);
        Status s = store::deserialize(db, bytes, static_cast<size_t>(size));
        std::free(bytes);
        js_candidate_result(i, s ? 1 : 0, s ? "" : s.error().detail.c_str());
        if (s) {
            js_candidates_done();
            return Snapshot::Loaded;
        }
    }
    js_candidates_done();
    return Snapshot::None;
}

bool WebPlatform::prefersDarkColors() const { return js_prefers_dark() != 0; }
int WebPlatform::utcOffsetMinutes(long long epochSeconds) const { return js_utc_offset(static_cast<double>(epochSeconds)); }

} // namespace kanri::web
