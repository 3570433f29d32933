// kanri-uitest only: answers the real-input tests on stdin/stdout, one JSON line per request,
// after the frame in which the request arrived:
//   locate ["4.1-01","N/A"]   → {"frame":…,"matches":[{label, cx, cy, …}]}   (window pixels)
//   widgets / clipped / frames → every labelled widget / glyphs cut by their clip / frame count
// The test then moves and clicks with xdotool: real X input events, as a person's would be.
#include "widget_map.hpp"

#include <GLFW/glfw3.h>

#include <cstdio>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

extern void (*kanriAfterFrame)();

namespace {

std::mutex g_mutex;
std::vector<std::string> g_requests;

void answer() {
    std::vector<std::string> requests;
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        requests.swap(g_requests);
    }
    auto& map = kanri::test::widgetMap();
    for (const std::string& r : requests) {
        std::string out;
        if (r.rfind("locate ", 0) == 0) out = map.locateJson(r.substr(7));
        else if (r == "widgets") out = map.allJson();
        else if (r == "clipped") out = "{\"glyphs\":" + map.clippedGlyphsJson() + "}";
        else if (r == "boxes") out = "{\"glyphs\":" + map.fallbackGlyphsJson() + "}";
        else if (r == "frames") out = "{\"frame\":" + std::to_string(map.frames()) + "}";
        else out = "{\"error\":\"unknown request\"}";
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
}

struct Install {
    Install() {
        kanri::test::widgetMap().install();
        kanriAfterFrame = answer;
        std::thread([] {
            std::string line;
            while (std::getline(std::cin, line)) {
                {
                    std::lock_guard<std::mutex> lock(g_mutex);
                    g_requests.push_back(line);
                }
                glfwPostEmptyEvent(); // wake the loop if it waits for events
            }
        }).detach();
    }
} g_install;

} // namespace
