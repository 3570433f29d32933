// The desktop's file dialog, drawn inside the app like every other dialog (modals.cpp opens
// it): Kanri links no GUI toolkit, and a dialog of its own speaks both languages, follows the
// theme and is driven by the same real-input tests as the rest. A folder's entries come from
// Platform::listFolder; saving and opening are then the platform's (App::saveBytes,
// App::importJsonFile). Paths are POSIX: the desktop app is built for Linux.
#include "ui/file_dialog.hpp"

#include "ui/icons.hpp"
#include "ui/item_hooks.hpp"
#include "ui/text_wrap.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace kanri::ui {
using i18n::Str;
using i18n::tr;

namespace {

std::string join(const std::string& folder, const std::string& name) {
    if (!name.empty() && name[0] == '/') return name;
    return folder.empty() || folder.back() == '/' ? folder + name : folder + "/" + name;
}

std::string parentOf(const std::string& folder) {
    const size_t slash = folder.find_last_of('/', folder.size() > 1 ? folder.size() - 2 : 0);
    return slash == std::string::npos || slash == 0 ? "/" : folder.substr(0, slash);
}

bool endsWith(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && std::equal(tail.rbegin(), tail.rend(), s.rbegin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == (b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
           });
}

std::string sizeText(unsigned long long bytes) {
    char buf[32];
    if (bytes < 1024) std::snprintf(buf, sizeof buf, "%llu B", bytes);
    else if (bytes < 1024ull * 1024) std::snprintf(buf, sizeof buf, "%.0f KB", bytes / 1024.0);
    else std::snprintf(buf, sizeof buf, "%.1f MB", bytes / (1024.0 * 1024.0));
    return buf;
}

const FolderEntry* find(const FileDialogState& f, const std::string& name) {
    for (const FolderEntry& e : f.listing.entries)
        if (e.name == name) return &e;
    return nullptr;
}

// The path names a file of the folder shown (saving there replaces it).
bool listedFile(const FileDialogState& f, const std::string& path) {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos || join(f.folder, path.substr(slash + 1)) != path) return false;
    const FolderEntry* e = find(f, path.substr(slash + 1));
    return e && !e->isFolder;
}

void goTo(FileDialogState& f, std::string folder) {
    f.folder = std::move(folder);
    f.listed = false;
}

// What Save/Open would use: a folder to enter, or the file's path ("" when nothing is named).
struct Target {
    std::string path;
    bool isFolder = false;
};

Target targetOf(const FileDialogState& f) {
    std::string name = f.name;
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (name.empty()) return {};
    if (name.find('/') == std::string::npos) {
        if (const FolderEntry* e = find(f, name); e && e->isFolder) return {join(f.folder, name), true};
        if (f.saving && !f.extension.empty() && !endsWith(name, f.extension)) name += f.extension;
    }
    return {join(f.folder, name), false};
}

} // namespace

Str fileDialogTitle(const FileDialogState& f) { return f.saving ? Str::FileSaveTitle : Str::FileOpenTitle; }

std::optional<std::string> drawFileDialog(App& app, FileDialogState& f, float width) {
    width = std::max(width, std::min(ImGui::GetFontSize() * 40, ImGui::GetMainViewport()->WorkSize.x * 0.9f));
    if (f.folder.empty()) goTo(f, app.views().lastFolder.empty() ? app.platform().homeFolder() : app.views().lastFolder);
    if (!f.listed) {
        f.listing = app.platform().listFolder(f.folder);
        f.listed = true;
    }

    // Where we are: up, home, and the folder's path.
    if (ImGui::Button((std::string(icon::FolderUp) + "###up").c_str())) goTo(f, parentOf(f.folder));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::FileUp));
    ImGui::SameLine();
    if (ImGui::Button((std::string(icon::Home) + "###home").c_str())) goTo(f, app.platform().homeFolder());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Str::FileHome));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    textEllipsis(f.folder.c_str(), width - ImGui::GetCursorPosX() + ImGui::GetStyle().WindowPadding.x);

    // The folder's entries: folders first, then the files of the kind asked for.
    std::optional<std::string> accepted;
    const float rows = ImGui::GetTextLineHeightWithSpacing() * 12;
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingFixedFit;
    // The size and date columns as wide as their widest entry (dates are longer in Japanese).
    float sizeW = 0, timeW = 0;
    for (const FolderEntry& e : f.listing.entries) {
        if (e.isFolder) continue;
        sizeW = std::max(sizeW, textWidth(sizeText(e.bytes)));
        if (e.modified) timeW = std::max(timeW, textWidth(localTime(app, e.modified)));
    }
    int shown = 0;
    if (ImGui::BeginTable("##files", 3, flags, ImVec2(width, rows))) {
        ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("size", ImGuiTableColumnFlags_WidthFixed, sizeW);
        ImGui::TableSetupColumn("time", ImGuiTableColumnFlags_WidthFixed, timeW);
        std::string enter; // entered after the loop: the listing must not change under it
        for (const FolderEntry& e : f.listing.entries) {
            if (!e.isFolder && !f.extension.empty() && !endsWith(e.name, f.extension)) continue;
            ++shown;
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushID(e.name.c_str());
            ImGui::TextUnformatted(e.isFolder ? icon::Folder : icon::File);
            ImGui::SameLine();
            if (selectableEllipsis(e.name.c_str(), e.name, !e.isFolder && e.name == f.name,
                                   ImGuiSelectableFlags_AllowDoubleClick)) {
                if (e.isFolder) enter = e.name;
                else {
                    f.name = e.name;
                    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) accepted = join(f.folder, e.name);
                }
            }
            ImGui::PopID();
            if (!e.isFolder) {
                ImGui::TableSetColumnIndex(1);
                ImGui::TextDisabled("%s", sizeText(e.bytes).c_str());
                ImGui::TableSetColumnIndex(2);
                if (e.modified) ImGui::TextDisabled("%s", localTime(app, e.modified).c_str());
            }
        }
        // An empty or unreadable folder says so inside the list.
        if (!f.listing.error.empty() || shown == 0) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            if (!f.listing.error.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, palette().bad);
                textWrapped((std::string(tr(Str::FileCannotList)) + ": " + f.listing.error).c_str());
                ImGui::PopStyleColor();
            } else {
                textWrappedDisabled((std::string(tr(Str::FileNoneHere)) + " (" + f.extension + ")").c_str());
            }
        }
        if (!enter.empty()) goTo(f, join(f.folder, enter));
        ImGui::EndTable();
    }

    // The name: typed, or picked above. Enter accepts.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Str::FileName));
    ImGui::SameLine();
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enterPressed = inputString("##filename", nullptr, f.name, 0, ImGuiInputTextFlags_EnterReturnsTrue);
    const Target target = targetOf(f);
    if (f.saving && !target.isFolder && listedFile(f, target.path)) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        textWrapped(tr(Str::FileReplaces), width);
        hooks::labelLastItem("file:replaces", tr(Str::FileReplaces));
        ImGui::PopStyleColor();
    }

    ImGui::Spacing();
    ImGui::BeginDisabled(target.path.empty());
    const std::string action = std::string(f.saving ? icon::Save : icon::Import) + "  " + tr(f.saving ? Str::FileSave : Str::FileOpen);
    const bool pressed = ImGui::Button(action.c_str()) || (enterPressed && !target.path.empty());
    ImGui::EndDisabled();
    if (pressed) {
        if (target.isFolder) {
            goTo(f, target.path);
            f.name.clear();
        } else accepted = target.path;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::ButtonCancel))) accepted = std::string();
    if (accepted && !accepted->empty()) app.views().lastFolder = f.folder;
    return accepted;
}

} // namespace kanri::ui
