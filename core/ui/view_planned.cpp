// Areas whose issue is not done yet: say what they will hold and that they are planned; show
// no fake data.
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::tr;

void drawPlanned(App&, i18n::Str title, i18n::Str body) {
    pageTitle(tr(title));
    beginCard("##planned");
    ImGui::TextColored(palette().warn, "%s", tr(i18n::Str::ComingSoon));
    ImGui::Spacing();
    textWrapped(tr(body), std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40));
    endCard();
}

} // namespace kanri::ui
