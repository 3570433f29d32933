// Settings: language, colours, where the data lives, versions, and the data itself (export
// and import in both apps).
#include "store/schema.hpp"
#include "store/workspace_store.hpp"
#include "ui/icons.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;


void drawSettings(App& app) {
    pageTitle(tr(Str::NavSettings));
    sectionHeader(tr(Str::SettingsLanguage));
    auto chosen = app.chosenLanguage();
    if (ImGui::RadioButton(tr(Str::LangSystem), !chosen)) app.setLanguage(std::nullopt);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::LangEnglish), chosen == i18n::Lang::En)) app.setLanguage(i18n::Lang::En);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::LangJapanese), chosen == i18n::Lang::Ja)) app.setLanguage(i18n::Lang::Ja);
    smallText(tr(Str::SettingsLanguageAuto));

    sectionHeader(tr(Str::MenuTheme));
    const ThemeChoice theme = app.theme();
    if (ImGui::RadioButton(tr(Str::ThemeSystem), theme == ThemeChoice::System)) app.setTheme(ThemeChoice::System);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::ThemeLight), theme == ThemeChoice::Light)) app.setTheme(ThemeChoice::Light);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::ThemeDark), theme == ThemeChoice::Dark)) app.setTheme(ThemeChoice::Dark);

    sectionHeader(tr(Str::SettingsStorage));
    ImGui::TextDisabled("%s", tr(Str::SettingsStorageWhere));
    textWrapped(app.platform().storageLocation().c_str());
    if (auto persisted = app.platform().storagePersisted())
        ImGui::TextUnformatted(tr(*persisted ? Str::SettingsPersistGranted : Str::SettingsPersistDenied));
    ImGui::TextDisabled("%s: %d   ·   %s: %s", tr(Str::SettingsSchema), store::schemaVersion(), tr(Str::SettingsVersion), KANRI_VERSION);

    sectionHeader(tr(Str::DataTitle));
    textWrappedDisabled(tr(Str::DataExplain));
    ImGui::Spacing();
    const std::string stamp = store::nowIso().substr(0, 10);
    const std::string exportLabel = std::string(icon::Export) + "  " + tr(Str::DataExportJson);
    const std::string importLabel = std::string(icon::Import) + "  " + tr(Str::DataImportJson);
    const std::string dbLabel = std::string(icon::Database) + "  " + tr(Str::DataExportDb);
    if (app.platform().usesFilePaths()) {
        // The desktop: a path to write to or read from (a file can also be dropped on the window).
        std::string& path = app.views().settings.path;
        inputString("##datapath", nullptr, path, 0);
        if (ImGui::Button(exportLabel.c_str())) app.exportJsonFile(path);
        ImGui::SameLine();
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::Button(importLabel.c_str())) app.importJsonFile(path);
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(dbLabel.c_str())) app.exportDatabaseFile(path + ".sqlite");
        smallText(tr(Str::DataDropHint));
    } else {
        if (ImGui::Button(exportLabel.c_str())) app.exportJsonFile("kanri-" + stamp + ".json");
        ImGui::SameLine();
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::Button(importLabel.c_str())) app.importJsonFile(".json,application/json");
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(dbLabel.c_str())) app.exportDatabaseFile("kanri-" + stamp + ".sqlite");
    }
}

} // namespace kanri::ui
