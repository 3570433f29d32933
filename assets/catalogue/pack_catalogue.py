#!/usr/bin/env python3
"""Packs assets/catalogue/clauses.json into clauses.kcat, the form both apps read at start.

Why: parsing 280 KB of JSON was the largest step of the browser's first start (about 100 ms of
cold code before the first frame); reading this form is a few length-prefixed copies. The JSON
stays the source, which kanri-cli and the tests read (tests/unit/catalogue_test.cpp checks the
two give the same catalogue). Reader: core/exchange/catalogue_pack.cpp.

Format, little-endian; str = u32 byte length + UTF-8; strs = u32 count + str each:
  "KCAT" u32 version(1)  str catalogue_version
  u32 clauses:   str id parent title_en title_ja summary_en summary_ja edition_2011_en
                 edition_2011_ja pdca, u8 title_ja_own
  u32 items:     str id clause title_en title_ja explanation_en explanation_ja, u8 key,
                 strs evidence_en evidence_ja, str basis question_en question_ja,
                 strs verify, u32 sample_size, str frequency_en frequency_ja
  u32 documents: str id kind clause title_en title_ja
  u32 retired:   str id since, strs successors
  u32 learning:  str id title_en title_ja, strs points_en points_ja clauses

    python3 pack_catalogue.py IN.json OUT.kcat
"""
import json
import struct
import sys

VERSION = 1


class Bad(Exception):
    pass


def text(obj, at, name, required=False):
    value = obj.get(name, "")
    if not isinstance(value, str):
        raise Bad("%s/%s: not a string" % (at, name))
    if required and not value:
        raise Bad("%s/%s: missing or empty" % (at, name))
    return value


def texts(obj, at, name):
    value = obj.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Bad("%s/%s: not an array of strings" % (at, name))
    return value


def flag(obj, at, name):
    value = obj.get(name, False)
    if not isinstance(value, bool):
        raise Bad("%s/%s: not true or false" % (at, name))
    return 1 if value else 0


def records(doc, name):
    value = doc.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise Bad("/%s: not an array of objects" % name)
    return value


class Writer:
    def __init__(self):
        self.parts = [b"KCAT", struct.pack("<I", VERSION)]

    def u32(self, n):
        self.parts.append(struct.pack("<I", n))

    def u8(self, n):
        self.parts.append(struct.pack("<B", n))

    def str(self, s):
        b = s.encode("utf-8")
        self.u32(len(b))
        self.parts.append(b)

    def strs(self, xs):
        self.u32(len(xs))
        for x in xs:
            self.str(x)


def pack(doc):
    if not isinstance(doc, dict) or doc.get("format") != "kanri-catalogue":
        raise Bad('/format: expected "kanri-catalogue"')
    w = Writer()
    w.str(text(doc, "", "catalogue_version"))
    clauses = records(doc, "clauses")
    w.u32(len(clauses))
    for i, c in enumerate(clauses):
        at = "/clauses/%d" % i
        for name in ("id", "parent", "title_en", "title_ja", "summary_en", "summary_ja", "edition_2011_en",
                     "edition_2011_ja", "pdca"):
            w.str(text(c, at, name, required=name in ("id", "title_en", "title_ja")))
        w.u8(flag(c, at, "title_ja_own"))
    items = records(doc, "items")
    w.u32(len(items))
    for i, it in enumerate(items):
        at = "/items/%d" % i
        for name in ("id", "clause", "title_en", "title_ja", "explanation_en", "explanation_ja"):
            w.str(text(it, at, name, required=True))
        w.u8(flag(it, at, "key"))
        w.strs(texts(it, at, "evidence_en"))
        w.strs(texts(it, at, "evidence_ja"))
        for name in ("basis", "question_en", "question_ja"):
            w.str(text(it, at, name))
        w.strs(texts(it, at, "verify"))
        size = it.get("sample_size", 0)
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= 1000:
            raise Bad("%s/sample_size: not a whole number from 0 to 1000" % at)
        w.u32(size)
        for name in ("frequency_en", "frequency_ja"):
            w.str(text(it, at, name))
    documents = records(doc, "documents")
    w.u32(len(documents))
    for i, d in enumerate(documents):
        at = "/documents/%d" % i
        for name in ("id", "kind", "clause", "title_en", "title_ja"):
            w.str(text(d, at, name, required=True))
    retired = records(doc, "retired")
    w.u32(len(retired))
    for i, r in enumerate(retired):
        at = "/retired/%d" % i
        w.str(text(r, at, "id", required=True))
        w.str(text(r, at, "since", required=True))
        w.strs(texts(r, at, "successors"))
    learning = records(doc, "learning")
    w.u32(len(learning))
    for i, t in enumerate(learning):
        at = "/learning/%d" % i
        for name in ("id", "title_en", "title_ja"):
            w.str(text(t, at, name, required=True))
        for name in ("points_en", "points_ja", "clauses"):
            w.strs(texts(t, at, name))
    return b"".join(w.parts)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    try:
        data = pack(doc)
    except Bad as e:
        sys.stderr.write("%s: %s\n" % (argv[1], e))
        return 1
    with open(argv[2], "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
