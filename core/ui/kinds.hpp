#pragma once
// The entity kinds the UI can name and open (the History view, later the link picker): one
// list, one line per kind, next to the areas list (areas.hpp).
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

std::span<const KindEntry> kinds();
const KindEntry* kindEntry(std::string_view kind);

} // namespace kanri::ui
