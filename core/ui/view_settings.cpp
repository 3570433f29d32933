// Settings: language, where the data lives, versions.
#include "store/schema.hpp"
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"

#include <imgui.h>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

void drawSettings(App& app) {
    ImGui::TextUnformatted(tr(Str::SettingsLanguage));
    ImGui::Separator();
    auto chosen = app.chosenLanguage();
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
}

} // namespace kanri::ui
