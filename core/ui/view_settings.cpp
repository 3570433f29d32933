// Settings: language, where the data lives, versions.
#include "store/schema.hpp"
#include "store/workspace_store.hpp"
#include "ui/text_wrap.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

void drawSettings(App& app) {
    ImGui::TextUnformatted(tr(Str::SettingsLanguage));
    ImGui::Separator();
    auto chosen = app.chosenLanguage();
    if (ImGui::RadioButton(tr(Str::LangSystem), !chosen)) app.setLanguage(std::nullopt);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::LangEnglish), chosen == i18n::Lang::En)) app.setLanguage(i18n::Lang::En);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::LangJapanese), chosen == i18n::Lang::Ja)) app.setLanguage(i18n::Lang::Ja);
    textWrappedDisabled(tr(Str::SettingsLanguageAuto));

    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::SettingsStorage));
    ImGui::Separator();
    ImGui::Text("%s:", tr(Str::SettingsStorageWhere));
    textWrapped(app.platform().storageLocation().c_str());
    if (auto persisted = app.platform().storagePersisted())
        ImGui::TextUnformatted(tr(*persisted ? Str::SettingsPersistGranted : Str::SettingsPersistDenied));
    ImGui::Text("%s: %d", tr(Str::SettingsSchema), store::schemaVersion());
    ImGui::Text("%s: %s", tr(Str::SettingsVersion), KANRI_VERSION);

    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::DataTitle));
    ImGui::Separator();
    textWrappedDisabled(tr(Str::DataExplain));
    const std::string stamp = store::nowIso().substr(0, 10);
    if (app.platform().usesFilePaths()) {
        // The desktop: a path to write to or read from (a file can also be dropped on the window).
        static char path[1024] = "";
        if (!path[0]) std::snprintf(path, sizeof path, "%s/kanri-%s.json", std::getenv("HOME") ? std::getenv("HOME") : ".", stamp.c_str());
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##datapath", path, sizeof path);
        if (ImGui::Button(tr(Str::DataExportJson))) app.exportJsonFile(path);
        ImGui::SameLine();
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::Button(tr(Str::DataImportJson))) app.importJsonFile(path);
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::DataExportDb))) app.exportDatabaseFile(std::string(path) + ".sqlite");
        textWrappedDisabled(tr(Str::DataDropHint));
    } else {
        if (ImGui::Button(tr(Str::DataExportJson))) app.exportJsonFile("kanri-" + stamp + ".json");
        ImGui::SameLine();
        ImGui::BeginDisabled(app.readOnly());
        if (ImGui::Button(tr(Str::DataImportJson))) app.importJsonFile(".json,application/json");
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::DataExportDb))) app.exportDatabaseFile("kanri-" + stamp + ".sqlite");
    }
}

} // namespace kanri::ui
