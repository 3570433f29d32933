#!/usr/bin/env python3
"""The browser page's download before its first frame stays within its budget (issue 14: keep
start-up close to the bare ImGui page as the app grows). Sums the gzip -9 size of what the page
loads before drawing and fails above the budget; also fails when Emscripten's exception
catching is back in the wasm (its invoke_* wrappers cost ~170 KiB; docs/toolchain.md, pitfall 7)
or RTTI is (the type names of Kanri's classes, "N5kanri...", are in the wasm only with it).

    transfer_budget.py SITE_DIR BUDGET_KIB
"""
import gzip
import os
import sys

site, budget = sys.argv[1], int(sys.argv[2])
first_frame = ["index.html", "style.css", "page.js", "kanri.js", "kanri.wasm", "kanri.data"]
sizes = {}
for name in first_frame:
    with open(os.path.join(site, name), "rb") as f:
        sizes[name] = len(gzip.compress(f.read(), 9))
total = sum(sizes.values())
print("gzip KiB: " + ", ".join(f"{n} {s / 1024:.0f}" for n, s in sizes.items()) + f"; total {total / 1024:.0f} of {budget}")
with open(os.path.join(site, "kanri.js"), encoding="utf-8") as f:
    if "invoke_" in f.read():
        sys.exit("kanri.js imports invoke_* wrappers: exception catching is on in the page's build")
with open(os.path.join(site, "kanri.wasm"), "rb") as f:
    if b"N5kanri" in f.read():
        sys.exit("kanri.wasm holds type_info names of Kanri's classes: RTTI is on in the page's build")
if total > budget * 1024:
    sys.exit(f"{total / 1024:.0f} KiB before the first frame, over the budget of {budget} KiB")
