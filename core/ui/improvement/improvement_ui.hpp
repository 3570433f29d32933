#pragma once
// The Improvement area (10.1, 10.2 and the PDCA board): the board, the one action list, the
// nonconformities through their cycle, the improvement opportunities. Its state lives in the
// app's ViewState (views().of<ImprovementViewState>()).
#include "model/improvement/board.hpp"
#include "model/improvement/commands.hpp"
#include "ui/app.hpp"
#include "ui/kinds.hpp"

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace kanri::ui {

inline constexpr Area kImprovementArea{"improvement"};

struct ImprovementViewState {
    int tab = 0; // 0 board, 1 actions, 2 nonconformities, 3 opportunities
    bool tabRequested = false;
    std::string cycle; // the board narrowed to a PDCA cycle ("": everything open)
    EntityTableState actions, ncs, ofis;
    bool detailOnly = false; // a narrow window shows the detail instead of the list
    int actionFilter = 0;    // 0 open, 1 overdue, 2 all
    // Derived for Workspace::mutations() == cacheAt (it holds pointers into the entities): the
    // board and which action fixes what.
    uint64_t cacheAt = ~0ull;
    std::string cacheCycle;
    model::improvement::Board board;
    std::unique_ptr<model::improvement::ActionIndex> index;
    // The new-action form of a nonconformity's or opportunity's detail (and of the list).
    std::string newWhat, newOwner, newDue, newFor;
    // The forms of a step: a review, a cancellation, a decision.
    std::string reviewer, reviewOn, reviewFor, cancelReason, decisionReason;
    std::string decidedBy, decidedByFor, decidingFor; // the decision form: who decides, for which; "change" opened
    std::string formsFor; // the entity the reasons above were typed for (another one starts them empty)
    std::string resultDraft, resultFor; // an opportunity's result being typed, recorded with "met", "partly" or "not met"
    // What to look at again once an action is done (asked on the next frame: edits wait).
    std::string promptsFor;
    std::vector<model::improvement::Prompt> prompts;
    // The link pickers of the detail shown: an action's four relations, a nonconformity's two.
    LinkPickerState pickers[6];
};

void drawImprovement(App& app);
void drawImprovementItemActions(App& app, const std::string& itemId);
void drawImprovementDashboardCard(App& app);
std::span<const KindEntry> improvementKinds();
// The actions of an entity (a risk's treatment), each opening in the action list, and a form
// to add one: for the editors of other areas.
void actionsSection(App& app, const model::EntityKey& target);

// Opens an entity in its tab (1 actions, 2 nonconformities, 3 opportunities).
void openImprovement(App& app, int tab, const std::string& id);
ImprovementViewState& improvementState(App& app);
// The board and the action index, recomputed after a change of the data.
void refreshImprovement(App& app, ImprovementViewState& v);

// The tabs (action_list.cpp, nonconformity_view.cpp, opportunity_view.cpp, board_view.cpp).
void drawBoard(App& app, ImprovementViewState& v);
void drawActionList(App& app, ImprovementViewState& v);
void drawNonconformities(App& app, ImprovementViewState& v);
void drawOpportunities(App& app, ImprovementViewState& v);


i18n::Str ncStateLabel(model::improvement::NcState s);
i18n::Str actionStatusLabel(model::improvement::ActionStatus s);

} // namespace kanri::ui
