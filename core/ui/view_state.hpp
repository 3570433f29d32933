#pragma once
// What each view remembers between frames (filters, the cycle being named, the compared
// cycles…). Owned by the App, so nothing outlives it and two apps never share state.
#include "model/scoring.hpp"
#include "model/workspace.hpp"

#include <map>

#include <memory>
#include <optional>
#include <string>

namespace kanri::ui {

enum class Area { Dashboard, Assessment, Risks, Suppliers, Improvement, Settings };
enum class AssessTab { Workspace, Gaps, Documents, Cycles };

struct GapsViewState {
    int clauseRoot = -1; // index of a top-level clause, -1: all
    int rating = -1;     // Rating as int, -1: all
    std::string owner;
    std::string dueBy;
    bool includeUnrated = false;
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

struct SettingsViewState {
    std::string path; // desktop: the file to export to / import from
};

// Dialogs that need an answer. One at a time, drawn in one place (modals.cpp) at the root of
// the ID stack, so opening and drawing always use the same popup id.
struct Modal {
    enum class Kind { None, NaJustification, ConfirmDeleteCycle, ConfirmImport };
    Kind kind = Kind::None;
    int item = -1;         // NaJustification: the item (index into Catalogue::items())
    std::string id, name;  // ConfirmDeleteCycle: the cycle; ConfirmImport: the file name
    std::string text;      // NaJustification: what is typed
    std::shared_ptr<model::WorkspaceData> data; // ConfirmImport: the validated file
    bool opened = false;   // ImGui::OpenPopup was called
};

struct ViewState {
    GapsViewState gaps;
    CyclesViewState cycles;
    SettingsViewState settings;
    Modal modal;
    // The user's choice; until there is one the sidebar collapses to icons on narrow windows.
    std::optional<bool> sidebarCollapsed;
    bool dashboardAllReasons = false; // the verdict card lists every reason
    bool revealSelectedClause = false; // the clause tree scrolls to the selected clause once
};

} // namespace kanri::ui
