#include "exchange/json_strict.hpp"

#include <set>
#include <string>
#include <vector>

namespace kanri::exchange {

Result<nlohmann::json> parseJsonStrict(std::string_view text) {
    using nlohmann::json;
    // Where the parser is: one frame per open object or array, with the member being read or
    // the index of the next element.
    struct Frame {
        bool object;
        std::set<std::string> keys;
        std::string key;
        size_t index = 0;
    };
    std::vector<Frame> stack;
    std::string duplicate;
    auto path = [&] {
        std::string p;
        for (const Frame& f : stack) p += "/" + (f.object ? f.key : std::to_string(f.index));
        return p;
    };
    auto elementDone = [&] {
        if (!stack.empty() && !stack.back().object) ++stack.back().index;
    };
    json::parser_callback_t track = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start: stack.push_back({true, {}, {}, 0}); break;
        case json::parse_event_t::array_start: stack.push_back({false, {}, {}, 0}); break;
        case json::parse_event_t::key: {
            Frame& f = stack.back();
            f.key = parsed.get<std::string>();
            if (!f.keys.insert(f.key).second && duplicate.empty()) duplicate = path();
            break;
        }
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            stack.pop_back();
            elementDone();
            break;
        case json::parse_event_t::value: elementDone(); break;
        }
        return true;
    };
    json doc = json::parse(text.begin(), text.end(), track, /*allow_exceptions=*/false);
    if (doc.is_discarded()) return fail(ErrorCode::ImportInvalid, "/: not valid JSON (or not UTF-8)");
    if (!duplicate.empty()) return fail(ErrorCode::ImportInvalid, duplicate + ": the member appears twice");
    return doc;
}

} // namespace kanri::exchange
