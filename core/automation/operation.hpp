#pragma once
// What an automation operation or query is, for the tables of the dispatcher's core and of each
// module (their one list: modules.cpp). A module's operations make the commands of its rules;
// the dispatcher checks every member against the table's fields before make() sees them.
#include "exchange/csv.hpp"
#include "model/command_stack.hpp"
#include "session/session.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace kanri::automation {

using nlohmann::json;

// A field of an operation or query: its name, JSON type, whether it must be there, and what
// it means (for the reference).
struct Field {
    const char* name;
    json::value_t type;
    bool required;
    const char* about;
};

// A refusal on its way out: the error and the JSON path of the member it concerns.
struct Refusal {
    Error error;
    std::string path;
};

template <typename T> using Made = std::variant<T, Refusal>;
using Command = std::unique_ptr<model::Command>;

// An operation makes the command it stands for; the session applies it (or a batch of them).
struct Operation {
    const char* name;
    const char* about;
    std::vector<Field> fields;
    std::function<Made<Command>(session::Session&, const json&)> make;
};

struct Query {
    const char* name;
    const char* about;
    std::vector<Field> fields;
    std::function<json(session::Session&, const json&)> answer;
};

Refusal refuse(ErrorCode code, std::string detail, std::string path);
// A string member, or "" when it is absent (the table checked its type).
std::string text(const json& j, const char* name);
// An object member of string values as Fields ({} when absent); a value that is not a string
// is refused at its path ("/fields/title").
Made<model::Fields> fieldsFrom(const json& op, const char* name);
// The session's day, YYYY-MM-DD ("" without a clock): an operation's default "on".
std::string today(session::Session& s);
// An array member of strings ([] when absent; non-strings are passed over, the table checked the type).
std::vector<std::string> strings(const json& op, const char* name);
// Fields as a JSON object of strings (the queries' "fields" member).
json fieldsJson(const model::Fields& fields);
// A CSV import's command, or its refusal: the first problem with its line and column, and how
// many more there are, at "/csv".
Made<Command> csvImport(const std::vector<exchange::CsvRowError>& errors, Command command);

// The whole workspace as a Kanri JSON document (queries answer parts of it).
json exported(session::Session& s);

// One module's operations and queries.
struct AutomationModule {
    const char* name;
    const std::vector<Operation>& (*operations)();
    const std::vector<Query>& (*queries)();
};

// The one list of modules of the automation layer (modules.cpp).
std::span<const AutomationModule> automationModules();

const std::vector<Operation>& assessmentOperations();
const std::vector<Query>& assessmentQueries();
const std::vector<Operation>& riskOperations();
const std::vector<Query>& riskQueries();
const std::vector<Operation>& supplierOperations();
const std::vector<Query>& supplierQueries();
const std::vector<Operation>& improvementOperations();
const std::vector<Query>& improvementQueries();
const std::vector<Operation>& auditOperations();
const std::vector<Query>& auditQueries();
const std::vector<Operation>& performanceOperations();
const std::vector<Query>& performanceQueries();
const std::vector<Operation>& reviewOperations();
const std::vector<Query>& reviewQueries();

} // namespace kanri::automation
