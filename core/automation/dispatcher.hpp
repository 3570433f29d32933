#pragma once
// The one automation entry point: operations and queries as JSON, the same for the browser
// (window.kanri.run / window.kanri.query), kanri-cli (apply, query) and the tests.
//
//   run(s, R"({"op": "assessment.rate", "item": "8.6.1-01", "rating": "L"})")  → {"ok": true}
//   query(s, "assessment.items", "{}")                                        → {"ok": true, "result": [...]}
//   a refusal                         → {"ok": false, "error": "<translated>", "path": "/rating"}
//
// Every operation and query is a row of one table (dispatcher.cpp), from which reference()
// writes docs/automation.md: the document cannot drift from the code.
#include "session/session.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kanri::automation {

// One operation ({"op": name, ...fields}). Nothing changes when it is refused.
std::string run(session::Session& session, std::string_view operationJson);
// Several operations, applied as one undoable edit in one transaction, or none of them: the
// refusal names the operation's index in its path ("/2/rating").
std::string runAll(session::Session& session, const std::vector<std::string>& operationsJson);
// A query by name with its arguments (a JSON object, "" for none).
std::string query(session::Session& session, std::string_view name, std::string_view argsJson);
// Whether a query of this name exists, and whether it can be asked without arguments (what
// `kanri-cli NAME --json` answers).
bool hasQuery(std::string_view name, bool withoutArguments = false);
// Markdown: every operation and query with its fields.
std::string reference();

} // namespace kanri::automation
