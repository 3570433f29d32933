#pragma once
// The desktop's file dialog (Save as / Open), drawn by modals.cpp inside its popup.
#include "ui/app.hpp"

#include <optional>
#include <string>

namespace kanri::ui {

i18n::Str fileDialogTitle(const FileDialogState& dialog);
// Draws the dialog's content. Returns nullopt while it stays open, "" when cancelled, or the
// chosen file's absolute path.
std::optional<std::string> drawFileDialog(App& app, FileDialogState& dialog, float width);

} // namespace kanri::ui
