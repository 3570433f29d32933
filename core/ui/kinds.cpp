#include "ui/kinds.hpp"

#include "model/assessment.hpp"
#include "ui/app.hpp"

namespace kanri::ui {
using i18n::Str;

namespace {

void openInWorkspace(App& app, const std::string& id) { (void)app.showInWorkspace(id); }
void openDocuments(App& app, const std::string&) { app.showTab(AssessTab::Documents); }
void openCycles(App& app, const std::string&) { app.showTab(AssessTab::Cycles); }

const KindEntry kKinds[] = {
    {model::kinds::Item, Str::KindItem, openInWorkspace},
    {model::kinds::Document, Str::KindDocument, openDocuments},
    {model::kinds::ClauseNote, Str::KindClauseNote, openInWorkspace},
    {model::kinds::Cycle, Str::KindCycle, openCycles},
};

} // namespace

std::span<const KindEntry> kinds() { return kKinds; }

const KindEntry* kindEntry(std::string_view kind) {
    for (const KindEntry& k : kKinds)
        if (k.kind == kind) return &k;
    return nullptr;
}

} // namespace kanri::ui
