#include "ui/field_widgets.hpp"

#include "model/commands.hpp"
#include "ui/entity_widgets.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace kanri::ui {
using i18n::tr;

namespace {
// A titled field beside another (SameLine) starts on the line's top, not on the baseline of the
// frame before it: ImGui would carry that frame's padding over to the title.
void topAligned() { ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0; }
std::string fieldKey(const model::EntityKey& key, const char* field) { return key.kind + ":" + key.id + ":" + field; }
} // namespace

Status putField(App& app, const model::EntityKey& key, const std::string& field, const std::string& value, int session) {
    return app.execute(model::patchFields(key.kind, key.id, {{field, value}}, session));
}

void textOf(App& app, const model::EntityKey& key, i18n::Str title, const char* field, const std::string& value, bool multiline, float width) {
    topAligned();
    ImGui::TextDisabled("%s", tr(title));
    ImGui::SetNextItemWidth(width > 0 ? width : -1);
    editText(app, (std::string("##") + field).c_str(), fieldKey(key, field), value, multiline, multiline ? ImGui::GetFontSize() * 3 : 0,
             [&app, key, f = std::string(field)](const std::string& text, int session) { return putField(app, key, f, text, session); });
}

void dateOf(App& app, const model::EntityKey& key, i18n::Str title, const char* field, const std::string& value) {
    topAligned();
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(title));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    dateField(app, (std::string("##") + field).c_str(), fieldKey(key, field), value,
              [&app, key, f = std::string(field)](const std::string& text, int session) { return putField(app, key, f, text, session); });
    ImGui::EndGroup();
}

bool choiceOf(App& app, const model::EntityKey& key, i18n::Str title, const char* field, int index, std::span<const std::string_view> codes,
              const std::vector<std::string>& labels, float widthEm) {
    topAligned();
    ImGui::BeginGroup();
    ImGui::TextDisabled("%s", tr(title));
    ImGui::BeginDisabled(app.readOnly());
    const bool changed = choiceCombo((std::string("##") + field).c_str(), index, labels, ImGui::GetFontSize() * widthEm);
    if (changed) (void)putField(app, key, field, std::string(codes[static_cast<size_t>(index)]));
    ImGui::EndDisabled();
    ImGui::EndGroup();
    return changed;
}

} // namespace kanri::ui
