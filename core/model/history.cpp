#include "model/history.hpp"

namespace kanri::model {

std::string_view historyActionCode(HistoryAction a) {
    switch (a) {
    case HistoryAction::Undo: return "undo";
    case HistoryAction::Redo: return "redo";
    case HistoryAction::Apply: break;
    }
    return "apply";
}

std::optional<HistoryAction> historyActionFromCode(std::string_view code) {
    for (HistoryAction a : {HistoryAction::Apply, HistoryAction::Undo, HistoryAction::Redo})
        if (historyActionCode(a) == code) return a;
    return std::nullopt;
}

} // namespace kanri::model
