#pragma once
// The management review's edits that need a rule of their own; each is one undoable command.
#include "model/command_stack.hpp"
#include "model/reviews/review.hpp"

#include <memory>
#include <string>

namespace kanri::model::reviews {

// Holds the review on `on`: refused without a chair; its inputs are assembled as of that day and
// frozen with it.
std::unique_ptr<Command> holdReview(const std::string& reviewId, std::string on);
// A decision of the review (an output of 9.3: improvement, change, resource, policy, objective).
std::unique_ptr<Command> addDecision(const std::string& reviewId, Fields fields);
// An action made from a decision: its description, owner and due date (each the decision's when
// not given), linked to it; refused (ActionIncomplete) until it has all three.
std::unique_ptr<Command> actionFromDecision(const std::string& decisionId, Fields fields);
// Removes a review that was not held, with its decisions (refused while actions were made from one).
std::unique_ptr<Command> removeReview(const std::string& reviewId);

} // namespace kanri::model::reviews
