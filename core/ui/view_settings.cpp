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
    const std::string exportLabel = std::string(icon::Export) + "  " + tr(Str::DataExportJson);
    const std::string importLabel = std::string(icon::Import) + "  " + tr(Str::DataImportJson);
    const std::string dbLabel = std::string(icon::Database) + "  " + tr(Str::DataExportDb);
    if (ImGui::Button(exportLabel.c_str())) app.exportJsonAsked();
    ImGui::SameLine();
    ImGui::BeginDisabled(app.readOnly());
    if (ImGui::Button(importLabel.c_str())) app.importJsonAsked();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(dbLabel.c_str())) app.exportDatabaseAsked();
    if (app.platform().usesFilePaths()) smallText(tr(Str::DataDropHint));

    drawAuthorSetting(app);
}

} // namespace kanri::ui
