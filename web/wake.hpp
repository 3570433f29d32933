#pragma once
// Idle rendering: the browser app draws frames only while something may change on screen
// (input, an edit, a save state or font change, an open text field's caret), not 60 times a
// second forever. Every input and every automation call wakes it for a short while.
namespace kanri::web {
// Input needs about half a second of frames (hover, tooltips, double-click timing); a change
// made through the automation API or by the storage writer needs only a couple.
enum class WakeFor { Input, Change };
void wake(WakeFor reason = WakeFor::Input);
} // namespace kanri::web
