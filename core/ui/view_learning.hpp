#pragma once
// The learning topics of the catalogue (ITIL vs ISO/IEC 20000, PDCA, the ISMS link, a glossary,
// certification readiness, cloud and Japanese practice), in our own words.
#include "model/catalogue.hpp"

#include <string_view>

namespace kanri::ui {

class App;

// One topic as a collapsible section with its points as bullets.
void drawLearningTopic(const model::LearningTopic& topic);
// The topics about a clause or one of its ancestors (the assessment's learning section).
void drawLearningTopicsFor(App& app, std::string_view clauseId);
// A topic's points as bullets (the dashboard's readiness checklist, the Guide's cards).
void drawLearningPoints(const model::LearningTopic& topic);
// A short name of the PDCA phase ("Plan (計画)") for "P" / "D" / "C" / "A"; "" for none.
const char* pdcaLabel(std::string_view phase);

} // namespace kanri::ui
