#!/usr/bin/env python3
"""Subsets IPAexGothic (fonts-ipaexfont-gothic) into two files at build time.

base: ASCII, Latin-1, general punctuation, the JIS X 0208 non-kanji rows (kana, symbols,
      Greek, Cyrillic, box drawing), full-width forms, U+25A1 (the box Kanri draws for
      characters outside the font) and every character of the files given with --texts (the
      catalogue, the UI strings, the built-in templates: about 640 kanji). Loaded before the
      first frame, which needs nothing else: the other level-1 kanji (some 2,300) would
      double the download and the atlas the first frame waits for.
ext:  everything else Japanese text needs that IPAexGothic has: the rest of JIS X 0208 level 1,
      level 2, JIS X 0213 (levels 3 and 4, its extra symbols) and the NEC/IBM vendor rows of
      cp932, where names such as 髙 and 﨑 live. The browser loads it after the first frame, so
      start-up does not wait for it; the desktop app loads both at once.
      Code points above U+FFFF (JIS X 0213 has ~300, e.g. 𠮷) are left out: Dear ImGui 1.86
      stores characters as 16-bit ImWchar and could never draw them.
Only the standard library is used, so any python3 works; pyftsubset does the font work and
skips code points the font lacks, so the sets below may name more than IPAexGothic has.
"""
import argparse
import os
import subprocess
import sys

SJIS_LEADS = list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD))
SJIS_TRAILS = list(range(0x40, 0x7F)) + list(range(0x80, 0xFD))
EUC_BYTES = range(0xA1, 0xFF)


def jis0208_rows(first_row, last_row):
    """Code points of JIS X 0208 rows first_row..last_row (1-based ku), via the EUC-JP codec."""
    out = set()
    for ku in range(first_row, last_row + 1):
        for ten in range(1, 95):
            try:
                out.add(ord(bytes([0xA0 + ku, 0xA0 + ten]).decode("euc_jp")))
            except UnicodeDecodeError:
                pass
    return out


def decodable(codec, leads, trails, prefix=b""):
    """Single code points that prefix+lead+trail decodes to (JIS X 0213 also maps a few cells to
    base+combining pairs; those need nothing beyond their parts)."""
    out = set()
    for lead in leads:
        for trail in trails:
            try:
                text = (prefix + bytes([lead, trail])).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                out.add(ord(text))
    return out


def base_set():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x2070))
    cps |= set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0)) | {0x25A1, 0x2026, 0x2014}
    cps |= jis0208_rows(1, 8)    # symbols, digits, kana, Greek, Cyrillic, box drawing
    return cps


def texts_set(paths):
    """Every character (up to U+FFFF, all ImGui 1.86 can draw) of the given UTF-8 files."""
    cps = set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            cps |= {ord(c) for c in f.read() if 0x80 <= ord(c) <= 0xFFFF}
    return cps


def ext_set():
    cps = jis0208_rows(16, 84)  # level-1 and level-2 kanji
    # JIS X 0213 plane 1 (EUC two bytes) and plane 2 (EUC 0x8F + two bytes); Shift_JIS-2004
    # decodes the same repertoire, checked as well so a codec difference cannot drop a cell.
    cps |= decodable("euc_jis_2004", EUC_BYTES, EUC_BYTES)
    cps |= decodable("euc_jis_2004", EUC_BYTES, EUC_BYTES, prefix=b"\x8f")
    cps |= decodable("shift_jis_2004", SJIS_LEADS, SJIS_TRAILS)
    # cp932 = JIS X 0208 + NEC row 13 + NEC-selected and IBM extensions (髙 is only here).
    cps |= decodable("cp932", SJIS_LEADS, SJIS_TRAILS)
    return {c for c in cps if c <= 0xFFFF} - base_set()


def subset(pyftsubset, font, out, cps):
    os.makedirs(os.path.dirname(out), exist_ok=True)
    unicodes = ",".join("U+%04X" % c for c in sorted(cps))
    subprocess.run([pyftsubset, font, "--unicodes=" + unicodes, "--output-file=" + out,
                    "--no-hinting", "--layout-features=", "--drop-tables+=GSUB,GPOS,vhea,vmtx,DSIG",
                    "--name-IDs=0,1,2,3,4,5,6"], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pyftsubset", required=True)
    ap.add_argument("--font", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--ext", required=True)
    # Files whose every character the first frame may draw (the catalogue, the UI strings): they
    # join the base font even when they are level-2 kanji (稟 of 稟議書 in the evidence hints).
    ap.add_argument("--texts", nargs="*", default=[])
    a = ap.parse_args()
    base = base_set() | texts_set(a.texts)
    subset(a.pyftsubset, a.font, a.base, base)
    subset(a.pyftsubset, a.font, a.ext, ext_set() - base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
