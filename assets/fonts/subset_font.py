#!/usr/bin/env python3
"""Subsets IPAexGothic (fonts-ipaexfont-gothic) into two files at build time.

base: ASCII, Latin-1, general punctuation, the JIS X 0208 non-kanji rows (kana, symbols,
      Greek, Cyrillic, box drawing), JIS X 0208 level-1 kanji, full-width forms and U+25A1
      (the box Kanri draws for characters outside the font). Loaded before the first frame.
ext:  JIS X 0208 level-2 kanji. The browser loads it after the first frame, so start-up stays
      fast; the desktop app loads both at once.
Only the standard library is used, so any python3 works; pyftsubset does the font work.
"""
import argparse
import os
import subprocess
import sys


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


def base_set():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | set(range(0x2000, 0x2070))
    cps |= set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0)) | {0x25A1, 0x2026, 0x2014}
    cps |= jis0208_rows(1, 8)    # symbols, digits, kana, Greek, Cyrillic, box drawing
    cps |= jis0208_rows(16, 47)  # level-1 kanji
    return cps


def ext_set():
    return jis0208_rows(48, 84)  # level-2 kanji


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
    a = ap.parse_args()
    subset(a.pyftsubset, a.font, a.base, base_set())
    subset(a.pyftsubset, a.font, a.ext, ext_set())
    return 0


if __name__ == "__main__":
    sys.exit(main())
