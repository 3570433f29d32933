// The UI's paths that once freed memory a view still read, or lost a request, driven by clicks
// and keys through ImGuiIO at the widgets' real positions (the widget map, as the browser and
// desktop tests use). Run natively, as wasm, and under ASan + UBSan (scripts/test), where a
// use-after-free in any of them fails the run.
#include "ui_harness.hpp"
#include "widget_map.hpp"

#include "model/commands.hpp"

#include <doctest/doctest.h>

using namespace kanri;

namespace {

struct Driver {
    test::UiHarness h;
    Driver() {
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
    REQUIRE(d.h.app->setItemRating("8.6.1-01", "N"));
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
    REQUIRE(d.h.app->freezeCycle("A"));
    REQUIRE(d.h.app->freezeCycle("B"));
    REQUIRE(d.h.app->freezeCycle("C"));
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
