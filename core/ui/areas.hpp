#pragma once
// The one list of areas, a module's one registration in the UI: navigation, the content
// switch, the desktop's --area option, the browser's area names, the smoke tests and (through
// each area's kinds) the History view all read it.
#include "i18n/i18n.hpp"
#include "ui/kinds.hpp"
#include "ui/view_state.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kanri::ui {

class App;

struct AreaEntry {
    Area area; // and its stable name, for --area and window.kanri.showArea ("assessment")
    i18n::Str label;
    const char* icon;
    void (*draw)(App&);
    bool planned;                   // not built yet: the sidebar says so
    std::span<const KindEntry> kinds; // the entity kinds edited here (the History view names them)
    // What the module offers for an assessment item, drawn in the gap list's follow-up column
    // (a risk raised from a gap); null: nothing.
    void (*itemActions)(App&, const std::string& itemId) = nullptr;
    // The module's card on the Dashboard (what needs attention); null: none.
    void (*dashboardCard)(App&) = nullptr;
};

std::span<const AreaEntry> areas();
const AreaEntry& areaEntry(Area area);
std::optional<Area> areaFromName(std::string_view name);

} // namespace kanri::ui
