// Areas whose issue is not done yet: say what they will hold; show no fake data.
#include "ui/text_wrap.hpp"
#include "ui/views.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::tr;

void drawPlanned(App&, i18n::Str title, i18n::Str body) {
    ImGui::TextUnformatted(tr(title));
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(i18n::Str::ComingSoon));
    ImGui::Spacing();
    textWrapped(tr(body), std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40));
}

} // namespace kanri::ui
