#!/usr/bin/env python3
"""Shows that the tests of the review's defects fail when their fix is taken away.

The build before the fixes has no widget map, so the real-input tests cannot run on it. This
puts each defect back into today's code instead: one small edit that restores what the old code
did, a rebuild of the unit tests, the defect's test run (it must fail), and the edit undone.
Run after scripts/build native: python3 tests/mutations/defects.py (a few minutes: one
incremental build per defect; not part of scripts/test). Exit status 1 when a test passes with
its defect back.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(ROOT, "build", "native")

# (defect, file, today's code, the old behaviour, the test that must fail)
DEFECTS = [
    ("D1 N/A: the popup opened under another ID scope than the one it is begun in",
     "core/ui/modals.cpp",
     '        ImGui::OpenPopup("###modal");',
     '        ImGui::PushID("view");\n        ImGui::OpenPopup("###modal");\n        ImGui::PopID();',
     "ui interaction/the N/A chip and the A key open the justification dialog, and Set N/A rates"),
    ("D3 gap-list row: the one-shot tab request cleared in the frame that set it",
     "core/ui/app.cpp",
     "    m_pendingTabRequest = tab;\n}",
     "    m_pendingTabRequest.reset();\n}",
     "ui interaction/a gap-list row opens the Workspace tab on the item, from a quick click"),
    ("D6 a frozen cycle deleted without a word",
     "core/ui/view_cycles.cpp",
     "            app.openModal(std::move(m));",
     "            (void)app.execute(std::make_unique<model::DeleteCycle>(c.id));",
     "ui interaction/deleting the first of three cycles asks, then deletes that one only"),
    ("D23 desktop: export writes to a typed path, no file dialog",
     "core/ui/app.cpp",
     "    if (!m_platform.usesFilePaths()) return save(suggestedName);",
     "    return save(suggestedName);",
     "ui interaction/the desktop's file dialog: export asks where and saves there; import opens a listed file, then asks"),
    ("D8 notes and titles wrapped only at spaces (Japanese runs off the edge)",
     "core/model/text.cpp",
     "bool isWide(char32_t c) {\n    return (c",
     "bool isWide(char32_t c) {\n    if (c != 0) return false; // the defect (no -Wparentheses under -Werror)\n    return (c",
     "text/wrapping breaks between Japanese characters, not only at spaces"),
    ("Typing dropped: text not committed when its field goes away (another clause chosen)",
     "core/ui/app.cpp",
     "    if (textEdit.dirty && !textEdit.drawn) {",
     "    if (false) {",
     "ui/typed text is committed when its field goes away (another clause chosen), as one undoable edit"),
    ("Guide headings drawn with □ (their characters not in the heading font)",
     "core/ui/fonts.cpp",
     "    for (const model::LearningTopic& topic : catalogue.learning()) texts.push_back(topic.titleJa);",
     "",
     "ui interaction/no character of any area is drawn as the fallback box, in either language"),
    ("Clause 8 expanded: every item drawn (no lazy blocks) is slow, not wrong: the test sees far items drawn",
     "core/ui/view_assessment.cpp",
     "i == app.selectedItem);",
     "true);",
     "ui interaction/clause 8 expanded: far items are not drawn, yet scrolling to an item, Tab and the arrow keys reach them"),
    ("Entities loaded in the table's order, not the user's (the sort by position taken out)",
     "core/store/entity_store.cpp",
     "        std::stable_sort(read.begin()",
     "        if (false) std::stable_sort(read.begin()",
     "entities/the user's order survives reopening when it is not the order of the ids"),
]


def build():
    r = subprocess.run(["ninja", "-C", BUILD, "tests/kanri_tests"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("build failed:\n" + r.stdout[-3000:] + r.stderr[-3000:])


def passes(test):
    r = subprocess.run([os.path.join(BUILD, "tests", "kanri_tests"), "-tc=" + test.replace(",", "\\,")],
                       capture_output=True, text=True)
    m = re.search(r"test cases:\s*(\d+)\s*\|", r.stdout)
    if not m or m.group(1) != "1":
        sys.exit("not exactly one test named: " + test)
    return r.returncode == 0


def main():
    bad = 0
    for defect, rel, today, old, test in DEFECTS:
        path = os.path.join(ROOT, rel)
        with open(path, encoding="utf-8") as f:
            original = f.read()
        if original.count(today) != 1:
            sys.exit("%s: the code to change is not there once: %r" % (rel, today))
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.replace(today, old))
            build()
            ok = passes(test)
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
        print("%-6s %s\n       test: %s" % ("FAILS" if not ok else "PASSES", defect, test))
        bad += ok
    build()
    print("%d of %d defect tests fail with their defect back" % (len(DEFECTS) - bad, len(DEFECTS)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
