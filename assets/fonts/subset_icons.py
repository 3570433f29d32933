#!/usr/bin/env python3
"""Subsets Fork Awesome (fonts-fork-awesome) to the icons core/ui/icons.hpp names, at build time.

icons.hpp is the one list: every `inline constexpr const char* Name = "\\x..";  // U+XXXX fa-name`
line is read here, so the font cannot lack an icon the code uses. Each line is checked twice
before subsetting: its UTF-8 bytes must decode to the code point in its comment, and the
package's fork-awesome.css must give that code point to fa-name. A typo fails the build instead
of drawing the wrong icon. Only the standard library is used; pyftsubset does the font work.
"""
import argparse
import os
import re
import subprocess
import sys

ICON_LINE = re.compile(r'inline constexpr const char\* (\w+) = "((?:\\x[0-9a-fA-F]{2})+)";\s*'
                       r'// U\+([0-9A-Fa-f]{4,6}) fa-([a-z0-9-]+)')


def icons_from_header(path):
    """[(constant, code point, fa-name)] from icons.hpp; exits on a malformed constant."""
    icons = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if "constexpr" not in line:
                continue
            m = ICON_LINE.search(line)
            if not m:
                sys.exit("%s:%d: not of the form the icon list expects" % (path, number))
            name, escaped, commented, fa_name = m.groups()
            text = bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-fA-F]{2})", escaped)).decode("utf-8")
            if len(text) != 1 or ord(text) != int(commented, 16):
                sys.exit("%s:%d: %s's bytes are not U+%s" % (path, number, name, commented.upper()))
            icons.append((name, ord(text), fa_name))
    if not icons:
        sys.exit("%s: no icons found" % path)
    return icons


def css_code_points(path):
    """fa-name -> code point, from rules such as `.fa-gear:before, .fa-cog:before { content: "\\f013"; }`."""
    with open(path, encoding="utf-8") as f:
        css = f.read()
    out = {}
    for selectors, code in re.findall(r'((?:\.fa-[a-z0-9-]+:before\s*,?\s*)+)\{\s*content:\s*"\\([0-9a-fA-F]+)"', css):
        for name in re.findall(r"\.fa-([a-z0-9-]+):before", selectors):
            out[name] = int(code, 16)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyftsubset", required=True)
    ap.add_argument("--font", required=True)
    ap.add_argument("--css", required=True)
    ap.add_argument("--header", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    icons = icons_from_header(a.header)
    css = css_code_points(a.css)
    for name, cp, fa_name in icons:
        if css.get(fa_name) != cp:
            sys.exit("%s: %s is U+%04X but %s gives fa-%s %s" % (a.header, name, cp, a.css, fa_name,
                     "U+%04X" % css[fa_name] if fa_name in css else "no code point"))
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    unicodes = ",".join("U+%04X" % cp for cp in sorted({cp for _, cp, _ in icons}))
    subprocess.run([a.pyftsubset, a.font, "--unicodes=" + unicodes, "--output-file=" + a.out,
                    "--no-hinting", "--layout-features=", "--drop-tables+=GSUB,GPOS,DSIG,FFTM",
                    "--name-IDs=0,1,2,3,4,5,6"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
