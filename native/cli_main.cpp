// kanri-cli: Kanri for automation. Reads and writes the same SQLite file as the desktop app.
//
//   kanri-cli [--db FILE] export --format json --out PATH   (PATH "-" writes to stdout)
//   kanri-cli [--db FILE] import PATH                        replaces the assessment (one transaction)
//   kanri-cli validate PATH                                  exit 0 when valid, 2 with messages when not
//   kanri-cli [--db FILE] report --json                      scores, verdict with reasons, counts
//   kanri-cli catalog --json                                 clauses, items and the 7.5.4 checklist
//   kanri-cli [--db FILE] NAME --json                        a query without arguments: risks, suppliers, matrix,
//                                                            improvements, audits, services, kpis, objectives, ...
//   kanri-cli [--db FILE] risks --csv | --import CSV         the risk register as CSV (docs/risks.md)
//   kanri-cli [--db FILE] matrix --csv ID | --markdown ID    one responsibility matrix (docs/suppliers.md)
//   kanri-cli schema                                         the JSON Schema of the document (docs/kanri.schema.json)
//
// --db defaults to the desktop app's database ($XDG_DATA_HOME/kanri/kanri.sqlite); --assets DIR
// (or $KANRI_ASSETS) points at the catalogue. Messages follow LANG (English or Japanese).
// Exit status: 0 done, 1 the database could not be used, 2 bad usage or invalid input.
#include "automation/dispatcher.hpp"
#include "data_folder.hpp"

#include "exchange/catalogue_json.hpp"
#include "exchange/kanri_json.hpp"
#include "exchange/risks_csv.hpp"
#include "exchange/schema.hpp"
#include "i18n/i18n.hpp"
#include "model/commands.hpp"
#include "model/scoring.hpp"
#include "model/suppliers/raci.hpp"
#include "session/session.hpp"
#include "store/schema.hpp"
#include "store/workspace_store.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace kanri;

int usage() {
    std::fputs("usage: kanri-cli [--db FILE] [--assets DIR] export --format json --out PATH\n"
               "       kanri-cli [--db FILE] import PATH\n"
               "       kanri-cli validate PATH\n"
               "       kanri-cli [--db FILE] report --json\n"
               "       kanri-cli catalog --json\n"
               "       kanri-cli [--db FILE] NAME --json   (a query without arguments: risks, suppliers, matrix, improvements,\n"
               "                                            audits, services, kpis, objectives, ...; kanri-cli ops lists them)\n"
               "       kanri-cli [--db FILE] risks --csv | --import FILE.csv\n"
               "       kanri-cli [--db FILE] matrix --csv M-001 | --markdown M-001\n"
               "       kanri-cli [--db FILE] apply FILE     (operations as JSON lines, all or none; - for stdin)\n"
               "       kanri-cli [--db FILE] query NAME [ARGS-JSON]\n"
               "       kanri-cli ops                        (every operation and query, as Markdown)\n"
               "       kanri-cli schema                     (the JSON Schema of the Kanri JSON document)\n",
               stderr);
    return 2;
}

bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

int fail(const Error& e, int code) {
    std::fprintf(stderr, "kanri-cli: %s\n", i18n::message(e).c_str());
    return code;
}

} // namespace

int main(int argc, char** argv) {
    const char* lang = std::getenv("LC_ALL");
    if (!lang || !*lang) lang = std::getenv("LANG");
    i18n::setLanguage(i18n::languageFromLocale(lang ? lang : ""));

    std::string db = native::defaultDataFolder() + "/kanri.sqlite";
    std::string assets = std::getenv("KANRI_ASSETS") ? std::getenv("KANRI_ASSETS") : KANRI_ASSETS_DIR;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--db" && i + 1 < argc) db = argv[++i];
        else if (a == "--assets" && i + 1 < argc) assets = argv[++i];
        else if (a == "--help" || a == "-h") return usage(), 0;
        else args.push_back(a);
    }
    if (args.empty()) return usage();
    const std::string cmd = args[0];
    if (cmd == "ops") {
        std::fputs(automation::reference().c_str(), stdout);
        return 0;
    }
    if (cmd == "schema") {
        model::Registry registry;
        for (const model::ModelModule& m : model::modelModules()) m.install(registry);
        std::fputs(exchange::kanriJsonSchema(registry).c_str(), stdout);
        return 0;
    }
    // NAME --json: any query of the dispatcher that needs no arguments (risks, suppliers, matrix,
    // improvements, audits, kpis, services, objectives, reviews, ...): a module adds none here.
    const bool queryByName = args.size() == 2 && args[1] == "--json" && automation::hasQuery(cmd, true) && cmd != "report";
    if (cmd != "catalog" && cmd != "validate" && cmd != "report" && cmd != "export" && cmd != "import" && cmd != "apply" &&
        cmd != "query" && cmd != "risks" && cmd != "matrix" && !queryByName)
        return usage();

    std::string catalogueText;
    if (!readFile(assets + "/catalogue/clauses.json", catalogueText))
        return fail(kanri::fail(ErrorCode::AssetMissing, assets + "/catalogue/clauses.json"), 1);
    auto catalogue = exchange::parseCatalogue(catalogueText);
    if (!catalogue) return fail(catalogue.error(), 1);

    if (cmd == "catalog") {
        if (args.size() != 2 || args[1] != "--json") return usage();
        std::fputs(exchange::catalogJson(catalogue.value()).c_str(), stdout);
        return 0;
    }
    if (cmd == "validate") {
        if (args.size() != 2) return usage();
        std::string text;
        if (!readFile(args[1], text)) return fail(kanri::fail(ErrorCode::ImportInvalid, args[1] + ": cannot be read"), 2);
        auto data = exchange::parseKanriJson(text, catalogue.value());
        if (!data) return fail(data.error(), 2);
        std::printf("%s: %s\n", args[1].c_str(), i18n::language() == i18n::Lang::Ja ? "正しい Kanri JSON です" : "valid Kanri JSON");
        return 0;
    }

    // The rest needs the database.
    auto database = store::openAppDatabase(db);
    if (!database) return fail(database.error(), 1);
    session::Session session(catalogue.value(), std::move(database.value()), store::nowIso);
    if (auto s = session.load(); !s) return fail(s.error(), 1);

    if (cmd == "report") {
        if (args.size() != 2 || args[1] != "--json") return usage();
        std::fputs(exchange::reportJson(catalogue.value(), session.scores()).c_str(), stdout);
        return 0;
    }
    if (cmd == "risks" && !queryByName) {
        // Thin wrappers over the dispatcher's risk queries and its CSV import.
        if (args.size() == 2 && args[1] == "--csv") {
            const std::string answer = automation::query(session, "risks.csv", "");
            const auto j = nlohmann::json::parse(answer);
            const auto& result = j.at("result");
            std::fputs(result.is_string() ? result.get<std::string>().c_str() : (result.dump(2) + "\n").c_str(), stdout);
            return 0;
        }
        if (args.size() != 3 || args[1] != "--import") return usage();
        std::string text;
        if (!readFile(args[2], text)) return fail(kanri::fail(ErrorCode::CsvInvalid, args[2] + ": cannot be read"), 2);
        exchange::RiskCsvImport in = exchange::importRisksCsv(text, session.workspace());
        for (const exchange::CsvRowError& e : in.errors)
            std::fprintf(stderr, "kanri-cli: %s:%zu%s: %s\n", args[2].c_str(), e.line, e.column.empty() ? "" : (" (" + e.column + ")").c_str(),
                         i18n::message(e.error).c_str());
        if (!in.command) {
            std::fprintf(stderr, "kanri-cli: %s: nothing was imported\n", args[2].c_str());
            return 2;
        }
        if (auto s = session.execute(std::move(in.command)); !s) return fail(s.error(), 2);
        if (session.persistError()) return fail(*session.persistError(), 1);
        std::printf("%s: %zu %s\n", args[2].c_str(), in.rows, i18n::language() == i18n::Lang::Ja ? "件のリスクを取り込みました" : "risks imported");
        return 0;
    }
    if (queryByName || cmd == "matrix") {
        // Thin wrappers over the dispatcher's queries.
        std::string query, queryArgs = "{}";
        if (queryByName) query = cmd;
        else if (cmd == "matrix" && args.size() == 3 && (args[1] == "--csv" || args[1] == "--markdown")) {
            query = args[1] == "--csv" ? "matrix.csv" : "matrix.markdown";
            queryArgs = nlohmann::json{{"matrix", args[2]}, {"lang", i18n::language() == i18n::Lang::Ja ? "ja" : "en"}}.dump();
            if (!session.workspace().entities<model::suppliers::RaciMatrix>().find(args[2]))
                return fail(kanri::fail(ErrorCode::UnknownId, args[2]), 2);
            if (query == "matrix.csv") queryArgs = nlohmann::json{{"matrix", args[2]}}.dump();
        } else return usage();
        const auto j = nlohmann::json::parse(automation::query(session, query, queryArgs));
        const auto& result = j.at("result");
        std::fputs(result.is_string() ? result.get<std::string>().c_str() : (result.dump(2) + "\n").c_str(), stdout);
        return 0;
    }
    if (cmd == "apply") {
        // One operation per line (blank lines and lines starting with # skipped), applied as one
        // edit in one transaction: a refused line applies no line.
        if (args.size() != 2) return usage();
        std::string text;
        if (args[1] == "-") text.assign(std::istreambuf_iterator<char>(std::cin), {});
        else if (!readFile(args[1], text)) return fail(kanri::fail(ErrorCode::ImportInvalid, args[1] + ": cannot be read"), 2);
        std::vector<std::string> lines;
        std::vector<int> lineNumbers;
        size_t start = 0;
        for (int n = 1; start <= text.size(); ++n) {
            size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            std::string line = text.substr(start, end - start);
            if (line.find_first_not_of(" \t\r") != std::string::npos && line[line.find_first_not_of(" \t\r")] != '#') {
                lines.push_back(std::move(line));
                lineNumbers.push_back(n);
            }
            start = end + 1;
        }
        const std::string answer = automation::runAll(session, lines);
        std::fputs((answer + "\n").c_str(), stdout);
        if (answer.rfind("{\"ok\":true", 0) == 0) return session.persistError() ? fail(*session.persistError(), 1) : 0;
        // The refusal's path starts with the operation's index: name its line.
        const size_t at = answer.find("\"path\":\"/");
        if (at != std::string::npos) {
            const size_t index = std::strtoul(answer.c_str() + at + 9, nullptr, 10);
            if (index < lineNumbers.size()) std::fprintf(stderr, "kanri-cli: %s:%d: refused; nothing was applied\n", args[1].c_str(), lineNumbers[index]);
        }
        return 2;
    }
    if (cmd == "query") {
        if (args.size() < 2 || args.size() > 3) return usage();
        const std::string answer = automation::query(session, args[1], args.size() == 3 ? args[2] : "");
        std::fputs((answer + "\n").c_str(), stdout);
        return answer.rfind("{\"ok\":true", 0) == 0 ? 0 : 2;
    }
    if (cmd == "export") {
        std::string format, out;
        for (size_t i = 1; i + 1 < args.size(); i += 2) {
            if (args[i] == "--format") format = args[i + 1];
            else if (args[i] == "--out") out = args[i + 1];
            else return usage();
        }
        if (format != "json" || out.empty() || args.size() != 5) return usage();
        const std::string text = session.exportJson();
        if (out == "-") {
            std::fputs(text.c_str(), stdout);
            return 0;
        }
        const std::string tmp = out + ".tmp";
        {
            std::ofstream f(tmp, std::ios::binary);
            f << text;
            if (!f.flush()) return fail(kanri::fail(ErrorCode::DatabaseIo, out + ": cannot be written"), 1);
        }
        if (std::rename(tmp.c_str(), out.c_str()) != 0) return fail(kanri::fail(ErrorCode::DatabaseIo, out + ": cannot be written"), 1);
        return 0;
    }
    if (cmd == "import") {
        if (args.size() != 2) return usage();
        std::string text;
        if (!readFile(args[1], text)) return fail(kanri::fail(ErrorCode::ImportInvalid, args[1] + ": cannot be read"), 2);
        if (auto s = session.importJson(text); !s) return fail(s.error(), 2);
        if (session.persistError()) return fail(*session.persistError(), 1);
        return 0;
    }
    return usage();
}
