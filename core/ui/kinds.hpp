#pragma once
// The entity kinds the UI can name and open (the History view, later the link picker). Each
// area lists the kinds edited in it (areas.hpp), so a module registers them with its area.
#include "i18n/i18n.hpp"

#include <span>
#include <string>
#include <string_view>

namespace kanri::ui {

class App;

struct KindEntry {
    std::string_view kind; // as the model names it (model::kinds, a module's kind)
    i18n::Str label;
    void (*open)(App& app, const std::string& id); // shows the entity where it is edited
};

// Every area's kinds, in the areas' order (areas.hpp).
std::span<const KindEntry> kinds();
const KindEntry* kindEntry(std::string_view kind);
// The self-assessment's kinds (its area's row in areas.cpp lists them).
std::span<const KindEntry> assessmentKinds();

} // namespace kanri::ui
