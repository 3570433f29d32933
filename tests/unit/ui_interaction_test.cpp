// The UI's paths that once freed memory a view still read, or lost a request, driven by clicks
// and keys through ImGuiIO at the widgets' real positions (the widget map, as the browser and
// desktop tests use). Run natively, as wasm, and under ASan + UBSan (scripts/test), where a
// use-after-free in any of them fails the run.
#include "test_module.hpp"
#include "ui_harness.hpp"
#include "widget_map.hpp"

#include "model/commands.hpp"
#include "ui/areas.hpp"
#include "ui/entity_widgets.hpp"

#include <doctest/doctest.h>

using namespace kanri;

namespace {

struct Driver {
    test::UiHarness h;
    explicit Driver(std::span<const model::ModelModule> modules = model::modelModules()) : h(modules) {
        test::widgetMap().install();
        h.frame();
        h.frame();
    }
    ~Driver() { ui::hooks::setObserver(nullptr); }
    void frames(int n = 2) {
        for (int i = 0; i < n; ++i) h.frame();
    }
    ImVec2 centre(const std::vector<std::string>& path) {
        for (int tries = 0; tries < 5; ++tries) {
            auto found = test::widgetMap().locate(path);
            std::erase_if(found, [](const test::Widget* w) { return w->visible.GetWidth() <= 0 || w->visible.GetHeight() <= 0; });
            if (found.size() == 1) return found.front()->visible.GetCenter();
            h.frame();
        }
        FAIL("no single visible widget for the path: " << path.back());
        return {};
    }
    // A quick click: hover, press in one frame, release in the next.
    void click(const std::vector<std::string>& path) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = centre(path);
        h.frame();
        io.MouseDown[0] = true;
        h.frame();
        io.MouseDown[0] = false;
        frames(2);
    }
    void key(int keyIndex, bool ctrl = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeysDown[keyIndex] = true;
        h.frame();
        io.KeysDown[keyIndex] = false;
        io.KeyCtrl = false;
        frames(2);
    }
    void type(const char* utf8) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        frames(2);
    }
    // Ctrl+A held across frames, as a person presses it (the field's text selected).
    void selectAll() {
        ImGuiIO& io = ImGui::GetIO();
        const int a = io.KeyMap[ImGuiKey_A];
        io.KeyCtrl = true;
        io.KeysDown[a] = true;
        h.frame();
        io.KeysDown[a] = false;
        io.KeyCtrl = false;
        h.frame();
    }
    bool modalOpen() const { return h.app->views().modal.kind != ui::Modal::Kind::None && ImGui::GetTopMostPopupModal(); }
};

} // namespace

TEST_CASE("ui interaction/the N/A chip and the A key open the justification dialog, and Set N/A rates") {
    Driver d;
    d.h.app->showInWorkspace("4.1-01");
    d.frames();
    d.click({"4.1-01", "N/A"});
    REQUIRE(d.modalOpen());
    d.type("Not offered here");
    d.click({"modal", "Set N/A"});
    CHECK(d.h.app->workspace().item("4.1-01").rating == model::Rating::NA);
    CHECK_FALSE(d.modalOpen());
    d.click({"4.1-02", "node"});
    d.key('A');
    CHECK(d.modalOpen());
}

TEST_CASE("ui interaction/a gap-list row opens the Workspace tab on the item, from a quick click") {
    Driver d;
    REQUIRE(d.h.app->session().setItemRating("8.6.1-01", "N"));
    d.h.app->showTab(ui::AssessTab::Gaps);
    d.frames(3);
    d.click({"8.6.1-01", "gap"});
    d.frames(2);
    CHECK(d.h.app->assessTab == ui::AssessTab::Workspace);
    CHECK(d.h.app->catalogue().items()[d.h.app->selectedItem].id == "8.6.1-01");
}

TEST_CASE("ui interaction/typing evidence text and then clicking its document field keeps both (no use after free)") {
    Driver d;
    d.h.app->showInWorkspace("4.1-01");
    d.h.app->expandAllItems = true;
    d.frames();
    d.click({"4.1-01", "Add evidence"});
    d.frames(2); // the new field takes the focus (the browser keeps keys typed meanwhile: web_input.cpp)
    d.type("Context register");
    d.click({"4.1-01", "ev0", "doc"});
    d.type("CTX-001");
    d.click({"4.1-01", "ev0", "url"});
    d.h.app->commitPendingEdits();
    const auto a = d.h.app->workspace().item("4.1-01");
    REQUIRE(a.evidence.size() == 1);
    CHECK(a.evidence[0].text == "Context register");
    CHECK(a.evidence[0].document == "CTX-001");
}

TEST_CASE("ui interaction/clearing an unrated item's only field erases the item while its details are drawn") {
    Driver d;
    d.h.app->showInWorkspace("4.1-01");
    d.h.app->expandAllItems = true;
    d.frames();
    d.click({"4.1-01", "owner"});
    CHECK(ImGui::GetIO().WantTextInput);
    CHECK(ImGui::GetCurrentContext()->ActiveId != 0);
    d.type("A");
    CHECK(d.h.app->textEdit.buffer == "A");
    d.key(ImGui::GetKeyIndex(ImGuiKey_Enter));
    REQUIRE(d.h.app->workspace().item("4.1-01").owner == "A");
    d.click({"4.1-01", "owner"});
    d.key(ImGui::GetKeyIndex(ImGuiKey_Backspace));
    d.key(ImGui::GetKeyIndex(ImGuiKey_Enter));
    d.frames(3);
    CHECK(d.h.app->workspace().item("4.1-01").owner.empty());
}

TEST_CASE("ui interaction/setting a checklist entry without a location to Not checked erases it while drawn") {
    Driver d;
    d.h.app->showTab(ui::AssessTab::Documents);
    d.frames(3);
    d.click({"doc-scope", "Present"});
    REQUIRE(d.h.app->workspace().document("doc-scope").status == model::DocumentStatus::Present);
    d.click({"doc-scope", "Not checked"});
    d.frames(2);
    CHECK(d.h.app->workspace().document("doc-scope").status == model::DocumentStatus::Unknown);
}

TEST_CASE("ui interaction/deleting the first of three cycles asks, then deletes that one only") {
    Driver d;
    REQUIRE(d.h.app->session().freezeCycle("A"));
    REQUIRE(d.h.app->session().freezeCycle("B"));
    REQUIRE(d.h.app->session().freezeCycle("C"));
    const std::string first = d.h.app->workspace().cycles().front().id;
    d.h.app->showTab(ui::AssessTab::Cycles);
    d.frames(3);
    d.click({first, "Delete"});
    REQUIRE(d.modalOpen());
    CHECK(d.h.app->workspace().cycles().size() == 3);
    d.click({"modal", "Delete cycle"});
    REQUIRE(d.h.app->workspace().cycles().size() == 2);
    CHECK(d.h.app->workspace().cycles().front().name == "B");
}

TEST_CASE("ui interaction/the desktop's file dialog: export asks where and saves there; import opens a listed file, then asks") {
    Driver d;
    d.h.platform.folders["/home/tester"] = {{"reports", true, 0, 0}, {"old.json", false, 2048, 1764547200}, {"notes.txt", false, 10, 0}};
    d.h.platform.folders["/home/tester/reports"] = {{"q3.json", false, 4096, 1764547200}};
    d.h.app->area = ui::kSettingsArea;
    d.frames(3);
    d.click({"Export JSON…"});
    REQUIRE(d.modalOpen());
    CHECK(d.h.platform.savedPath.empty());
    // Only folders and .json files are listed; a folder opens on a click.
    CHECK(test::widgetMap().locate({"modal", "notes.txt"}).empty());
    d.click({"modal", "reports"});
    d.centre({"modal", "q3.json"});
    // The suggested name is kept; Save writes into the folder shown.
    d.click({"modal", "Save"});
    CHECK_FALSE(d.modalOpen());
    CHECK(d.h.platform.savedPath.starts_with("/home/tester/reports/kanri-"));
    CHECK(d.h.platform.savedPath.ends_with(".json"));
    CHECK(d.h.platform.saved.find("\"format\"") != std::string::npos);

    // Import: the dialog opens in the folder last used; the file picked is read, then the
    // replacement is asked (not yet done).
    d.h.platform.toOpen = d.h.platform.saved;
    d.click({"Import JSON…"});
    REQUIRE(d.modalOpen());
    d.click({"modal", "q3.json"});
    // The size and date columns fit their entries in both languages (Japanese dates are longer).
    d.h.app->forceLanguage(i18n::Lang::Ja);
    d.frames(3);
    CHECK(test::widgetMap().clippedGlyphsJson() == "[]");
    d.h.app->forceLanguage(i18n::Lang::En);
    d.frames(3);
    d.click({"modal", "Open"});
    CHECK(d.h.platform.openedPath == "/home/tester/reports/q3.json");
    REQUIRE(d.modalOpen());
    d.centre({"modal", "Replace my data"});

    // Cancel leaves everything as it was.
    d.click({"modal", "Cancel"});
    CHECK_FALSE(d.modalOpen());
}

TEST_CASE("ui interaction/the file dialog goes up and home, shows a folder it cannot read, and takes a typed name") {
    Driver d;
    d.h.platform.folders["/home/tester"] = {{"old.sqlite", false, 2048, 0}};
    d.h.platform.folders["/home"] = {{"tester", true, 0, 0}};
    d.h.app->exportDatabaseAsked();
    d.frames(3);
    REQUIRE(d.modalOpen());
    d.click({"modal", "up"});
    d.centre({"modal", "tester"});
    d.click({"modal", "up"});
    d.frames(2);
    CHECK(d.h.app->views().modal.file.listing.error.size() > 0); // "/" is not listed by the fixture
    d.click({"modal", "home"});
    d.centre({"modal", "old.sqlite"});
    // A name typed without the extension gets it; Enter saves.
    d.click({"modal", "filename"});
    d.selectAll();
    d.type("old");
    CHECK(!test::widgetMap().locate({"modal", "file:replaces"}).empty()); // old.sqlite is there
    d.selectAll();
    d.type("backup");
    CHECK(test::widgetMap().locate({"modal", "file:replaces"}).empty());
    d.key(ImGui::GetIO().KeyMap[ImGuiKey_Enter]);
    CHECK_FALSE(d.modalOpen());
    CHECK(d.h.platform.savedPath == "/home/tester/backup.sqlite");
}

TEST_CASE("ui interaction/clause 8 expanded: far items are not drawn, yet scrolling to an item, Tab and the arrow keys reach them") {
    Driver d;
    const model::Catalogue& cat = test::shippedCatalogue();
    const auto items = cat.itemsUnder(cat.indexOf("8"));
    REQUIRE(items.size() > 40);
    d.h.app->area = ui::kAssessmentArea;
    d.h.app->selectClause(cat.indexOf("8"));
    d.h.app->expandAllItems = true;
    d.frames(4);
    REQUIRE(d.h.app->selectedItem == items.front());
    const std::string& last = cat.items()[items.back()].id;
    CHECK(test::widgetMap().locate({last, "node"}).empty()); // far below: not drawn
    // Scrolled to (as "show item" does): drawn, and on screen.
    d.h.app->selectedItem = items.back();
    d.h.app->scrollToSelectedItem = true;
    d.frames(4);
    d.centre({last, "node"});
    // From the top, Tab walks down through the controls and the pane follows the focus: the
    // items below are drawn as the focus comes near.
    d.h.app->selectedItem = items.front();
    d.h.app->scrollToSelectedItem = true;
    d.h.app->focusSelectedItem = true;
    d.frames(4);
    const int tab = ImGui::GetIO().KeyMap[ImGuiKey_Tab];
    for (int i = 0; i < 150; ++i) d.key(tab);
    const int reached = d.h.app->selectedItem;
    CHECK(reached >= items[8]);
    // The arrow keys (ImGui's navigation) move on from that item's row.
    d.h.app->focusSelectedItem = true;
    d.frames(3);
    const int down = ImGui::GetIO().KeyMap[ImGuiKey_DownArrow];
    for (int i = 0; i < 40; ++i) d.key(down);
    CHECK(d.h.app->selectedItem > reached);
    CHECK(d.h.app->selectedClause == cat.indexOf("8")); // still the whole clause
}

TEST_CASE("ui interaction/no character of any area is drawn as the fallback box, in either language") {
    Driver d;
    REQUIRE(d.h.app->importJson(test::readText(std::string(KANRI_SOURCE_DIR) + "/tests/fixtures/assessment-v1.json")));
    for (i18n::Lang lang : {i18n::Lang::En, i18n::Lang::Ja}) {
        d.h.app->forceLanguage(lang);
        for (const ui::AreaEntry& area : ui::areas()) {
            d.h.app->area = area.area;
            d.frames(3);
            CAPTURE(area.area.name);
            CAPTURE(static_cast<int>(lang));
            CHECK(test::widgetMap().fallbackGlyphsJson() == "[]");
        }
    }
}

// --- the shared widgets of the modules' areas, on the tests' own module (notes) --------------
namespace {

// A window with one note's table, detail frame, date field and link picker.
struct WidgetBench {
    Driver d{testmodule::modules()};
    ui::EntityTableState table;
    ui::LinkPickerState picker;
    std::optional<std::string> opened;
    const std::vector<ui::TableColumn> columns = {{i18n::Str::FieldName, "id", 5}, {i18n::Str::FieldText, "title", 0}};
    WidgetBench() {
        for (const char* title : {"Change advisory board", "Backup restore test", "Capacity plan 2027"})
            REQUIRE(d.h.app->execute(std::make_unique<model::PutEntity>("note", "", model::Fields{{"title", title}})));
        d.h.draw = [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(1200, 900));
            ImGui::Begin("widgets", nullptr, ImGuiWindowFlags_NoDecoration);
            if (auto o = ui::entityTable(*d.h.app, "notes", "note", columns, table, 300)) opened = o;
            // The date goes into note N-003's body, through the command stack as every edit does.
            const testmodule::Note* n3 = d.h.app->workspace().entities<testmodule::Note>().find("N-003");
            ui::dateField(*d.h.app, "##due", "note:due", n3 ? n3->body : "", [this](const std::string& text, int) {
                return d.h.app->execute(std::make_unique<model::PutEntity>("note", "N-003", model::Fields{{"title", "Capacity plan 2027"}, {"body", text}}));
            });
            ui::detailFrame(*d.h.app, {"note", "N-002"}, "Backup restore test", [this] {
                ui::linkPicker(*d.h.app, {"note", "N-002"}, "note.about", picker);
            });
            ImGui::End();
        };
        d.frames(3);
    }
    std::string rowAt(size_t i) { return d.h.app->workspace().collection("note")->idAt(table.rows.at(i)); }
};

} // namespace

TEST_CASE("ui widgets/entity table: search, sort by a header click, the arrow keys move the selection, Enter opens") {
    WidgetBench b;
    CHECK(b.table.rows.size() == 3);
    b.d.click({"notes", "search"});
    b.d.type("backup");
    CHECK(b.table.rows.size() == 1);
    CHECK(b.rowAt(0) == "N-002");
    b.d.selectAll();
    b.d.key(ImGui::GetIO().KeyMap[ImGuiKey_Backspace]);
    CHECK(b.table.rows.size() == 3);
    // Sorting by the title column: a click sorts ascending, another descending.
    b.d.click({"header:title"});
    CHECK(b.rowAt(0) == "N-002"); // Backup…
    b.d.click({"header:title"});
    CHECK(b.rowAt(0) == "N-001"); // Change…
    // A click selects; Down moves to the next row; Enter opens it.
    b.d.click({"row:N-001", "sel"});
    CHECK(b.table.selected == "N-001");
    b.d.key(ImGui::GetIO().KeyMap[ImGuiKey_DownArrow]);
    CHECK(b.table.selected == b.rowAt(1));
    b.d.key(ImGui::GetIO().KeyMap[ImGuiKey_Enter]);
    REQUIRE(b.opened);
    CHECK(*b.opened == b.table.selected);
}

TEST_CASE("ui widgets/a date field refuses what is not a date at the field and keeps it; a date is committed") {
    WidgetBench b;
    b.d.click({"due"});
    b.d.type("2026-13-45");
    b.d.key(ImGui::GetIO().KeyMap[ImGuiKey_Enter]);
    auto body = [&] { return b.d.h.app->workspace().entities<testmodule::Note>().find("N-003")->body; };
    CHECK(body().empty());
    CHECK(b.d.h.app->fieldError("note:due"));
    CHECK(b.d.h.app->fieldError("note:due")->typed == "2026-13-45");
    b.d.click({"due"});
    b.d.selectAll();
    b.d.type("2026-12-24");
    b.d.key(ImGui::GetIO().KeyMap[ImGuiKey_Enter]);
    CHECK(body() == "2026-12-24");
    CHECK_FALSE(b.d.h.app->fieldError("note:due"));
}

TEST_CASE("ui widgets/link picker adds and removes a link; the detail frame's Remove is undoable") {
    WidgetBench b;
    const model::Link link{{"note", "N-002"}, "note.about", {"item", "8.6.1-01"}};
    b.d.click({"note.about", "link:add"});
    b.d.type("8.6.1-01");
    b.d.click({"8.6.1-01", "pick"});
    CHECK(b.d.h.app->workspace().links().count(link) == 1);
    b.d.frames(4); // the combo closes and the new link's row moves what is below it
    b.d.click({"note.about", "8.6.1-01", "unlink"});
    CHECK(b.d.h.app->workspace().links().empty());
    b.d.frames(4);
    b.d.click({"note:N-002", "remove"});
    CHECK_FALSE(b.d.h.app->workspace().exists({"note", "N-002"}));
    CHECK(b.d.h.app->undo());
    CHECK(b.d.h.app->workspace().exists({"note", "N-002"}));
}
