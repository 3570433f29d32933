#pragma once
// Tab and Shift+Tab move the keyboard focus through every control of the window that has it
// (or of the open dialog), in the order they are drawn, with the focus drawn where it is.
// Dear ImGui 1.86 tabs through text fields only; this replaces its tabbing. Text fields are
// entered for typing when Tab reaches them, as in a web form.
namespace kanri::ui {

// Call at the top of the app's frame, after ImGui::NewFrame and before anything is drawn.
void handleTabKey();

// Enter presses the focused control as Space does (ImGui 1.86 gives Enter to text fields only),
// when the focus is drawn. Call with handleTabKey.
void handleEnterKey();

// Gives the keyboard focus to the item just drawn and shows it (a dialog's default button).
void focusLastItem();

} // namespace kanri::ui
