#pragma once
// One view per file; each draws into the content area of the main window.
#include "ui/app.hpp"

namespace kanri::ui {

void drawMainWindow(App& app);   // window_chrome.cpp: menu bar, navigation, banners, status bar
void drawDashboard(App& app);    // view_dashboard.cpp
void drawAssessment(App& app);   // view_assessment.cpp (tabs; the workspace tab)
void drawGaps(App& app);         // view_gaps.cpp
void drawDocuments(App& app);    // view_documents.cpp
void drawCycles(App& app);       // view_cycles.cpp
void drawHistory(App& app);      // view_history.cpp: the whole database's audit trail
// An entity's own history, in its details (view_history.cpp).
void drawHistoryPanel(App& app, const model::EntityKey& key);
// view_author.cpp: the first-run question for the author's name, and its Settings section.
void drawAuthorPrompt(App& app);
void drawAuthorSetting(App& app);
void drawGuide(App& app);        // view_learning.cpp: the learning topics
void drawSettings(App& app);     // view_settings.cpp
void drawModals(App& app);       // modals.cpp: the one dialog waiting for an answer

} // namespace kanri::ui
