#pragma once
// The one list of areas: navigation, the content switch, the desktop's --area option, the
// browser's area names and the smoke tests all read it.
#include "i18n/i18n.hpp"
#include "ui/view_state.hpp"

#include <optional>
#include <span>
#include <string_view>

namespace kanri::ui {

class App;

struct AreaEntry {
    Area area;
    const char* name; // stable, for --area and window.kanri.showArea ("assessment")
    i18n::Str label;
    const char* icon;
    void (*draw)(App&);
    bool planned; // not built yet: the sidebar says so
};

std::span<const AreaEntry> areas();
const AreaEntry& areaEntry(Area area);
std::optional<Area> areaFromName(std::string_view name);

} // namespace kanri::ui
