// kanri-cli: Kanri for automation. Reads and writes the same SQLite file as the desktop app.
//
//   kanri-cli [--db FILE] export --format json --out PATH   (PATH "-" writes to stdout)
//   kanri-cli [--db FILE] import PATH                        replaces the assessment (one transaction)
//   kanri-cli validate PATH                                  exit 0 when valid, 2 with messages when not
//   kanri-cli [--db FILE] report --json                      scores, verdict with reasons, counts
//   kanri-cli catalog --json                                 clauses, items and the 7.5.4 checklist
//
// --db defaults to the desktop app's database ($XDG_DATA_HOME/kanri/kanri.sqlite); --assets DIR
// (or $KANRI_ASSETS) points at the catalogue. Messages follow LANG (English or Japanese).
// Exit status: 0 done, 1 the database could not be used, 2 bad usage or invalid input.
#include "data_folder.hpp"

#include "exchange/catalogue_json.hpp"
#include "exchange/kanri_json.hpp"
#include "i18n/i18n.hpp"
#include "model/commands.hpp"
#include "model/scoring.hpp"
#include "store/schema.hpp"
#include "store/workspace_store.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
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
               "       kanri-cli catalog --json\n",
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
    if (cmd != "catalog" && cmd != "validate" && cmd != "report" && cmd != "export" && cmd != "import") return usage();

    std::string catalogueText;
    if (!readFile(assets + "/catalogue/clauses.json", catalogueText))
        return fail(Error{ErrorCode::AssetMissing, assets + "/catalogue/clauses.json"}, 1);
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
        if (!readFile(args[1], text)) return fail(Error{ErrorCode::ImportInvalid, args[1] + ": cannot be read"}, 2);
        auto data = exchange::parseKanriJson(text, catalogue.value());
        if (!data) return fail(data.error(), 2);
        std::printf("%s: %s\n", args[1].c_str(), i18n::language() == i18n::Lang::Ja ? "正しい Kanri JSON です" : "valid Kanri JSON");
        return 0;
    }

    // The rest needs the database.
    auto database = store::openAppDatabase(db);
    if (!database) return fail(database.error(), 1);
    model::Workspace ws(catalogue.value());
    ws.clock = store::nowIso;
    if (auto s = store::loadWorkspace(database.value(), ws); !s) return fail(s.error(), 1);

    if (cmd == "report") {
        if (args.size() != 2 || args[1] != "--json") return usage();
        std::fputs(exchange::reportJson(catalogue.value(), model::computeScores(ws)).c_str(), stdout);
        return 0;
    }
    if (cmd == "export") {
        std::string format, out;
        for (size_t i = 1; i + 1 < args.size(); i += 2) {
            if (args[i] == "--format") format = args[i + 1];
            else if (args[i] == "--out") out = args[i + 1];
            else return usage();
        }
        if (format != "json" || out.empty() || args.size() != 5) return usage();
        const std::string text = exchange::exportKanriJson(ws, {store::nowIso(), KANRI_VERSION});
        if (out == "-") {
            std::fputs(text.c_str(), stdout);
            return 0;
        }
        const std::string tmp = out + ".tmp";
        {
            std::ofstream f(tmp, std::ios::binary);
            f << text;
            if (!f.flush()) return fail(Error{ErrorCode::DatabaseIo, out + ": cannot be written"}, 1);
        }
        if (std::rename(tmp.c_str(), out.c_str()) != 0) return fail(Error{ErrorCode::DatabaseIo, out + ": cannot be written"}, 1);
        return 0;
    }
    if (cmd == "import") {
        if (args.size() != 2) return usage();
        std::string text;
        if (!readFile(args[1], text)) return fail(Error{ErrorCode::ImportInvalid, args[1] + ": cannot be read"}, 2);
        auto data = exchange::parseKanriJson(text, catalogue.value());
        if (!data) return fail(data.error(), 2);
        model::CommandStack stack;
        if (auto s = stack.execute(std::make_unique<model::ReplaceWorkspace>(std::move(data.value())), ws); !s) return fail(s.error(), 2);
        if (auto s = store::persistWorkspace(database.value(), ws); !s) return fail(s.error(), 1);
        return 0;
    }
    return usage();
}
