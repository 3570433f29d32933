#pragma once
// Wrapped text that breaks between Japanese characters too (ImGui 1.86 breaks only at spaces).
namespace kanri::ui {

// Draws text wrapped to the available width (or wrapWidth when > 0).
void textWrapped(const char* text, float wrapWidth = 0.0f);
// Like textWrapped, in the disabled (secondary) text colour.
void textWrappedDisabled(const char* text, float wrapWidth = 0.0f);
// The height textWrapped would take at that width.
float wrappedHeight(const char* text, float wrapWidth);

} // namespace kanri::ui
