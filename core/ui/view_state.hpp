#pragma once
// What each view remembers between frames (filters, the cycle being named, the compared
// cycles…). Owned by the App, so nothing outlives it and two apps never share state.
#include "model/history.hpp"
#include "model/scoring.hpp"
#include "model/type_key.hpp"
#include "model/workspace.hpp"
#include "ui/platform.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace kanri::ui {

// An area of the app, known by its stable name (the desktop's --area, the browser's
// window.kanri.showArea). Each area declares its own, a module's in its ui header; the one
// list in areas.cpp registers them.
struct Area {
    std::string_view name;
    bool operator==(const Area&) const = default;
};
inline constexpr Area kDashboardArea{"dashboard"};
inline constexpr Area kAssessmentArea{"assessment"};
inline constexpr Area kHistoryArea{"history"};
inline constexpr Area kGuideArea{"guide"};
inline constexpr Area kSettingsArea{"settings"};
enum class AssessTab { Workspace, Gaps, Documents, Cycles };

struct GapsViewState {
    int clauseRoot = -1; // index of a top-level clause, -1: all
    int rating = -1;     // Rating as int, -1: all
    std::string owner;
    std::string dueBy;
    bool includeUnrated = false;
    std::vector<model::Gap> rows; // filtered for rowsKey (the data's change count and the
    std::string rowsKey;          // filters), sorted for sortKey (column and direction)
    std::string sortKey;
};

struct CyclesViewState {
    std::string name;                   // the cycle about to be frozen
    std::string left, right = "current"; // compared cycles: ids, or "current"
    bool leftChosen = false;            // the user picked the left side (else: the newest cycle)
    // Scores of frozen cycles by id, valid for App::changeCount() == scoresAt (an import may
    // bring other cycles under the same ids).
    std::map<std::string, model::Scores> scores;
    int scoresAt = -1;
};

// What the dashboard derives from the data, for App::changeCount() == at.
struct DashboardViewState {
    std::vector<model::Gap> topGaps; // the first few
    std::string lastChange;          // ISO time of the newest edit
    int at = -1;
};

// The History area: the filters chosen, and pages of matching rows read for (filter, at).
struct HistoryViewState {
    model::HistoryFilter filter;
    model::HistoryFilter readFor; // the filter the pages and counts below are for
    int at = -1;                  // App::changeCount() they were read at
    int64_t total = 0;            // every row
    int64_t matching = 0;         // rows the filter matches
    std::map<int64_t, std::vector<model::HistoryEntry>> pages; // page number → its rows
    std::vector<std::string> authors;
    std::string error; // reading failed: why
};

// A table of one kind's entities (entity_widgets.hpp): the search, the order, the selection,
// and the rows shown, recomputed for rowsKey (the data's change count, the search, the order).
struct EntityTableState {
    std::string search;
    std::string selected; // an entity id
    int sortColumn = 0;
    bool ascending = true;
    std::vector<size_t> rows;  // indexes into the collection, as shown
    std::string rowsKey;       // the data, search, filter and order rows are for
    // Per entity (collection index), for cellsAt (App::changeCount()): each column's text and
    // sort key, and everything searchable in one text.
    std::vector<std::vector<std::string>> cells, keys;
    std::vector<std::string> haystack;
    int cellsAt = -1;
    std::string cellsKind;
    bool focusRequested = false; // give the table the keyboard focus when next drawn (arrows move its selection)
};

struct LinkPickerState {
    std::string search;
};

// An entity's own History panel (in its details): its latest rows, read for `at`.
struct HistoryPanelState {
    int at = -1;
    int64_t total = 0;
    std::vector<model::HistoryEntry> rows;
};

// The desktop's file dialog (file_dialog.cpp): a folder, its listing, the name being chosen.
struct FileDialogState {
    bool saving = false;
    std::string folder;    // absolute
    std::string name;      // the file name typed or picked (or a path, absolute or relative)
    std::string extension; // ".json": the files listed
    FolderListing listing;
    bool listed = false;   // listing is of folder
    std::function<void(const std::string& path)> chosen;
};

// Dialogs that need an answer. One at a time, drawn in one place (modals.cpp) at the root of
// the ID stack, so opening and drawing always use the same popup id.
struct Modal {
    enum class Kind { None, NaJustification, ConfirmDeleteCycle, ConfirmImport, ChooseFile };
    Kind kind = Kind::None;
    int item = -1;         // NaJustification: the item (index into Catalogue::items())
    std::string id, name;  // ConfirmDeleteCycle: the cycle; ConfirmImport: the file name
    std::string text;      // NaJustification: what is typed
    std::shared_ptr<model::WorkspaceData> data; // ConfirmImport: the validated file
    FileDialogState file;  // ChooseFile
    bool opened = false;   // ImGui::OpenPopup was called
};

struct ViewState {
    // A module's own view state, made on first use (a module adds no member here): the struct
    // lives in the module's ui files, and lives as long as the app.
    template <typename T> T& of() {
        std::shared_ptr<void>& p = modules[typeKey<T>()];
        if (!p) p = std::make_shared<T>();
        return *static_cast<T*>(p.get());
    }
    std::map<TypeKey, std::shared_ptr<void>> modules;

    GapsViewState gaps;
    HistoryViewState history;
    std::map<model::EntityKey, HistoryPanelState> historyPanels;
    std::string authorDraft;      // the name being typed (Settings, the first-run prompt)
    bool authorDraftLoaded = false;
    CyclesViewState cycles;
    DashboardViewState dashboard;
    std::string lastFolder; // desktop: where the file dialog was last used
    Modal modal;
    // The user's choice; until there is one the sidebar collapses to icons on narrow windows.
    std::optional<bool> sidebarCollapsed;
    bool dashboardAllReasons = false; // the verdict card lists every reason
    bool revealSelectedClause = false; // the clause tree scrolls to the selected clause once
    // This area, while it is shown, takes the whole window without the sidebar and notices (a
    // workshop's matrix on a projector); the area clears it when it is done.
    std::optional<Area> fullScreenArea;
};

} // namespace kanri::ui
