#!/usr/bin/env python3
"""Generates strings.js for the web page from core/i18n/strings.def (the one translation
table): the keys that start with "Web", as KANRI_STRINGS = {key: {en, ja}}."""
import json
import re
import sys

src, out = sys.argv[1], sys.argv[2]
entry = re.compile(r'^KANRI_STR\((\w+),\s*("(?:[^"\\]|\\.)*"),\s*("(?:[^"\\]|\\.)*")\)\s*$')
table = {}
with open(src, encoding="utf-8") as f:
    for line in f:
        m = entry.match(line.strip())
        if m and m.group(1).startswith("Web"):
            table[m.group(1)] = {"en": json.loads(m.group(2)), "ja": json.loads(m.group(3))}
with open(out, "w", encoding="utf-8") as f:
    f.write("// Generated from core/i18n/strings.def by web/gen_strings_js.py. Do not edit.\n")
    f.write("'use strict';\nvar KANRI_STRINGS = " + json.dumps(table, ensure_ascii=False, indent=1) + ";\n")
