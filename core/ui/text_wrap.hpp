#pragma once
// Wrapped text that breaks between Japanese characters too (ImGui 1.86 breaks only at spaces).
#include <string_view>

namespace kanri::ui {

// Draws text wrapped to the available width (or wrapWidth when > 0).
void textWrapped(const char* text, float wrapWidth = 0.0f);
// Like textWrapped, in the disabled (secondary) text colour.
void textWrappedDisabled(const char* text, float wrapWidth = 0.0f);
// A bullet with the text wrapped beside it: every line starts where the first one does.
void bulletWrapped(const char* text, bool disabled = false);
// The width of one line of text in the current font, measured once per text and font (views
// measure the same labels every frame).
float textWidth(std::string_view text);
// The height textWrapped would take at that width.
float wrappedHeight(const char* text, float wrapWidth);

} // namespace kanri::ui
