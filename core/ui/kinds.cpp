#include "ui/kinds.hpp"

#include "model/assessment.hpp"
#include "ui/app.hpp"
#include "ui/areas.hpp"

#include <vector>

namespace kanri::ui {
using i18n::Str;

namespace {

void openInWorkspace(App& app, const std::string& id) { (void)app.showInWorkspace(id); }
void openDocuments(App& app, const std::string&) { app.showTab(AssessTab::Documents); }
void openCycles(App& app, const std::string&) { app.showTab(AssessTab::Cycles); }

const KindEntry kAssessmentKinds[] = {
    {model::kinds::Item, Str::KindItem, openInWorkspace},
    {model::kinds::Document, Str::KindDocument, openDocuments},
    {model::kinds::ClauseNote, Str::KindClauseNote, openInWorkspace},
    {model::kinds::Cycle, Str::KindCycle, openCycles},
};

} // namespace

std::span<const KindEntry> assessmentKinds() { return kAssessmentKinds; }

std::span<const KindEntry> kinds() {
    static const std::vector<KindEntry> all = [] {
        std::vector<KindEntry> out;
        for (const AreaEntry& a : areas()) out.insert(out.end(), a.kinds.begin(), a.kinds.end());
        return out;
    }();
    return all;
}

const KindEntry* kindEntry(std::string_view kind) {
    for (const KindEntry& k : kinds())
        if (k.kind == kind) return &k;
    return nullptr;
}

} // namespace kanri::ui
