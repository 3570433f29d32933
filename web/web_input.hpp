#pragma once
// Browser input for Dear ImGui 1.86: web/site/input.js forwards pointer, wheel, key, text,
// IME and clipboard events here. ImGui 1.86 samples button and key state once per frame, so a
// press and release between two frames would be lost: events are queued and at most one
// transition per button or key is applied each frame.
#include <string>

namespace kanri::web {

// Applies queued input to ImGui's IO; call right before ImGui::NewFrame().
void applyQueuedInput();
// Sets up the key map, the clipboard hooks and the IME position hook on ImGui's IO.
void installInputHooks();
// Input events and early text not yet given to ImGui (tests wait for none before counting frames).
int pendingInput();
// Tells input.js what the frame wants: text input (focus/blur the hidden field) and cursor.
void publishInputWants();

} // namespace kanri::web
