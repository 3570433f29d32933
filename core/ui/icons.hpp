#pragma once
// Icons from Fork Awesome (fonts-fork-awesome), drawn as text: ImGui::Text("%s %s", icon::Undo, label).
// Every font size has them merged in, so an icon can sit in any label or heading.
// Each constant is the UTF-8 of the code point in its comment, checked at build time against
// the package's fork-awesome.css by assets/fonts/subset_icons.py, which also reads this file
// to subset the font to exactly these icons: a constant added here is in the font too.
// Keep one constant per line, in this form.

namespace kanri::ui::icon {

inline constexpr const char* Dashboard = "\xef\x83\xa4";    // U+F0E4 fa-tachometer
inline constexpr const char* Assessment = "\xef\x81\x86";   // U+F046 fa-check-square-o
inline constexpr const char* Risks = "\xef\x81\xb1";        // U+F071 fa-exclamation-triangle
inline constexpr const char* Suppliers = "\xef\x8a\xb5";    // U+F2B5 fa-handshake-o
inline constexpr const char* Improvement = "\xef\x80\xa1";  // U+F021 fa-refresh
inline constexpr const char* Check = "\xef\x80\x82";        // U+F002 fa-search
inline constexpr const char* Settings = "\xef\x80\x93";     // U+F013 fa-cog
inline constexpr const char* Undo = "\xef\x83\xa2";         // U+F0E2 fa-undo
inline constexpr const char* Redo = "\xef\x80\x9e";         // U+F01E fa-repeat
inline constexpr const char* Export = "\xef\x80\x99";       // U+F019 fa-download
inline constexpr const char* Import = "\xef\x82\x93";       // U+F093 fa-upload
inline constexpr const char* Freeze = "\xef\x8b\x9c";       // U+F2DC fa-snowflake-o
inline constexpr const char* Delete = "\xef\x80\x94";       // U+F014 fa-trash-o
inline constexpr const char* Add = "\xef\x81\xa7";          // U+F067 fa-plus
inline constexpr const char* Remove = "\xef\x80\x8d";       // U+F00D fa-times
inline constexpr const char* Collapse = "\xef\x84\x80";     // U+F100 fa-angle-double-left
inline constexpr const char* Expand = "\xef\x84\x81";       // U+F101 fa-angle-double-right
inline constexpr const char* Menu = "\xef\x83\x89";         // U+F0C9 fa-bars
inline constexpr const char* Theme = "\xef\x81\x82";        // U+F042 fa-adjust
inline constexpr const char* Sun = "\xef\x86\x85";          // U+F185 fa-sun-o
inline constexpr const char* Moon = "\xef\x86\x86";         // U+F186 fa-moon-o
inline constexpr const char* Language = "\xef\x86\xab";     // U+F1AB fa-language
inline constexpr const char* Info = "\xef\x81\x9a";         // U+F05A fa-info-circle
inline constexpr const char* Warning = "\xef\x81\xaa";      // U+F06A fa-exclamation-circle
inline constexpr const char* History = "\xef\x87\x9a";      // U+F1DA fa-history
inline constexpr const char* Calendar = "\xef\x81\xb3";     // U+F073 fa-calendar
inline constexpr const char* Link = "\xef\x83\x81";         // U+F0C1 fa-link
inline constexpr const char* Star = "\xef\x80\x85";         // U+F005 fa-star
inline constexpr const char* Filter = "\xef\x82\xb0";       // U+F0B0 fa-filter
inline constexpr const char* Compare = "\xef\x83\xac";      // U+F0EC fa-exchange
inline constexpr const char* Documents = "\xef\x83\xb6";    // U+F0F6 fa-file-text-o
inline constexpr const char* Gaps = "\xef\x83\x8a";         // U+F0CA fa-list-ul
inline constexpr const char* Workspace = "\xef\x80\x8b";    // U+F00B fa-th-list
inline constexpr const char* Cycles = "\xef\x80\x97";       // U+F017 fa-clock-o
inline constexpr const char* CheckOk = "\xef\x80\x8c";      // U+F00C fa-check
inline constexpr const char* Edit = "\xef\x81\x80";         // U+F040 fa-pencil
inline constexpr const char* Database = "\xef\x87\x80";     // U+F1C0 fa-database
inline constexpr const char* ExternalLink = "\xef\x82\x8e"; // U+F08E fa-external-link
inline constexpr const char* Clipboard = "\xef\x83\xaa";    // U+F0EA fa-clipboard
inline constexpr const char* User = "\xef\x80\x87";         // U+F007 fa-user
inline constexpr const char* Folder = "\xef\x81\xbb";       // U+F07B fa-folder
inline constexpr const char* File = "\xef\x80\x96";         // U+F016 fa-file-o
inline constexpr const char* FolderUp = "\xef\x85\x88";     // U+F148 fa-level-up
inline constexpr const char* Home = "\xef\x80\x95";         // U+F015 fa-home
inline constexpr const char* Guide = "\xef\x80\xad";        // U+F02D fa-book
inline constexpr const char* Save = "\xef\x83\x87";         // U+F0C7 fa-floppy-o
inline constexpr const char* Performance = "\xef\x88\x81";  // U+F201 fa-line-chart
inline constexpr const char* Review = "\xef\x83\x80";       // U+F0C0 fa-users

} // namespace kanri::ui::icon
