// The UI runs frames without a GPU: every area and assessment tab, in both languages, with a
// rated workspace and every item expanded. ImGui builds its draw lists on the CPU, so a crash,
// an assertion or a missing string shows up here, in both the native and the wasm build.
#include "ui_harness.hpp"
#include "ui/areas.hpp"

#include <doctest/doctest.h>

using namespace kanri;


TEST_CASE("ui/every area and tab draws in English and Japanese without a GPU") {
    test::UiHarness h;
    REQUIRE(h.app->importJson(test::readText(std::string(KANRI_SOURCE_DIR) + "/tests/fixtures/assessment-v1.json")));
    h.app->selectedClause = test::shippedCatalogue().indexOf("8");
    h.app->expandAllItems = true;
    for (i18n::Lang lang : {i18n::Lang::En, i18n::Lang::Ja}) {
        h.app->setLanguage(lang);
        for (const ui::AreaEntry& entry : ui::areas()) { // every registered area
            const ui::Area area = entry.area;
            h.app->area = area;
            const int tabs = area == ui::kAssessmentArea ? 4 : 1;
            for (int t = 0; t < tabs; ++t) {
                h.app->showTab(static_cast<ui::AssessTab>(t));
                h.app->area = area;
                h.frame();
                CAPTURE(area.name);
                CAPTURE(t);
                CHECK(h.frame() > 400); // something substantial was drawn (a planned area: ~700 vertices)
            }
        }
    }
}

TEST_CASE("ui/export and import through the platform round-trip the workspace") {
    test::UiHarness h;
    const std::string fixture = test::readText(std::string(KANRI_SOURCE_DIR) + "/tests/fixtures/assessment-v1.json");
    h.platform.toOpen = fixture;
    h.frame();
    h.app->importJsonFile("fixture.json");
    // Replacing everything asks first: the dialog holds the validated file until answered.
    REQUIRE(h.app->views().modal.kind == ui::Modal::Kind::ConfirmImport);
    CHECK(h.app->workspace().item("8.6.1-01").rating == model::Rating::Unrated);
    CHECK(h.app->views().modal.data != nullptr);
    CHECK(h.app->importJson(fixture));
    CHECK(h.app->workspace().item("8.6.1-01").rating == model::Rating::N);
    h.app->exportJsonFile("out.json");
    CHECK(h.platform.saved.find("\"8.6.1-01\"") != std::string::npos);
    h.platform.toOpen = "{ broken";
    h.app->importJsonFile("broken.json");
    CHECK(h.app->workspace().item("8.6.1-01").rating == model::Rating::N); // nothing changed
    CHECK_FALSE(h.app->statusMessage().empty());
}

TEST_CASE("ui/typed text is committed when its field goes away (another clause chosen), as one undoable edit") {
    test::UiHarness h;
    const model::Catalogue& cat = test::shippedCatalogue();
    h.app->area = ui::kAssessmentArea;
    h.app->selectedClause = cat.indexOf("10.1");
    h.app->focusFieldKey = "note:10.1";
    h.frame();
    h.frame();
    ImGui::GetIO().AddInputCharactersUTF8("是正");
    h.frame();
    ImGui::GetIO().AddInputCharactersUTF8("処置");
    h.frame();
    CHECK(h.app->hasPendingEdit());
    CHECK(h.app->workspace().clauseNote("10.1").empty()); // still being typed
    h.app->selectedClause = cat.indexOf("4.1");             // the user picks another clause
    h.frame();
    CHECK_FALSE(h.app->hasPendingEdit());
    CHECK(h.app->workspace().clauseNote("10.1") == "是正処置");
    CHECK(h.app->undo());
    CHECK(h.app->workspace().clauseNote("10.1").empty());
}
