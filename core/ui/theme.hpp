#pragma once
// Kanri's colours, type and spacing, scaled for the display (1.0 = 96 dpi), light or dark.
// Views take colours from palette() rather than writing RGB values of their own.
#include <imgui.h>

namespace kanri::ui {

struct Palette {
    ImU32 ratingN, ratingP, ratingL, ratingF, ratingNA, unrated; // chips and bars
    ImVec4 good, warn, bad;           // status texts (saved, saving, refused)
    ImVec4 muted;                     // secondary text
    ImU32 card, cardBorder;           // dashboard cards
    ImU32 track;                      // the empty part of a bar
    ImU32 grid;                       // radar rings and axes
    ImU32 accent, accentFill;         // the radar polygon, links
    ImVec4 noticeError, noticeInfo;   // banner backgrounds
    ImVec4 sidebar;                   // navigation background
};

void applyTheme(float scale, bool dark);
const Palette& palette();
bool themeIsDark();

} // namespace kanri::ui
