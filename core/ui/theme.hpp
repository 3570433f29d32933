#pragma once
namespace kanri::ui {
// Kanri's colours and spacing, scaled for the display (1.0 = 96 dpi).
void applyTheme(float scale);
} // namespace kanri::ui
