#!/usr/bin/env python3
"""The JSON Schema of the Kanri JSON document (docs/kanri.schema.json) against the code and the
data: it is what `kanri-cli schema` prints, it is a valid 2020-12 schema, documents Kanri
exports validate against it (the assessment, cycles, risks, the matrix, links, and the older
fixture files), and a document with a wrong choice, an unknown member or a bad id does not.

usage: validate.py KANRI_CLI SOURCE_DIR
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

cli, source = sys.argv[1], sys.argv[2]
schema_text = subprocess.check_output([cli, 'schema'], text=True)
with open(os.path.join(source, 'docs/kanri.schema.json'), encoding='utf-8') as f:
    assert f.read() == schema_text, 'docs/kanri.schema.json differs from `kanri-cli schema` (regenerate it)'
schema = json.loads(schema_text)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

ops = [
    {"op": "assessment.rate", "item": "8.6.1-01", "rating": "L"},
    {"op": "assessment.update", "item": "8.6.1-01", "owner": "髙橋", "due": "2027-03-31"},
    {"op": "assessment.rate", "item": "4.1-02", "rating": "NA", "justification": "No such service"},
    {"op": "assessment.note", "clause": "8.6.1", "text": "変更諮問会議"},
    {"op": "documents.set", "document": "doc-scope", "status": "present", "location": "DMS"},
    {"op": "cycles.freeze", "name": "2026 H2"},
    {"op": "risk.create", "template": "service_outage", "lang": "ja"},
    {"op": "risk.update", "id": "R-001", "fields": {"inherent_likelihood": "4", "inherent_impact": "4", "treatment": "modify",
                                                   "residual_likelihood": "2", "residual_impact": "3", "cadence": "quarterly"}},
    {"op": "risk.accept", "id": "R-001", "by": "佐藤", "on": "2026-12-01", "until": "2099-12-31", "rationale": "冗長化済み"},
    {"op": "risk.create", "item": "8.6.1-01"},
    {"op": "risk.matrix", "fields": {"band.2.min": "6"}},
    {"op": "supplier.create", "fields": {"name": "クラウド株式会社", "kind": "external", "service_model": "iaas", "contract_ref": "C-1",
                                         "targets": "1", "target.1.measure": "可用性", "target.1.supplier": "99.9", "target.1.customer": "99.95",
                                         "assurance": "1", "assurance.1.kind": "ismap", "assurance.1.expires": "2027-03-31"}},
    {"op": "supplier.create", "fields": {"name": "DC", "kind": "third_party"}, "via": "SUP-001"},
    {"op": "matrix.create", "template": "paas", "lang": "ja", "scope": "ポータル"},
    {"op": "matrix.party.add", "matrix": "M-001", "name": "DC", "kind": "third_party", "via": "CSP"},
    {"op": "matrix.cell", "row": "RR-001", "party": "TP", "letters": "C"},
    {"op": "matrix.row.update", "row": "RR-002", "fields": {"applicable": "no", "na_reason": "なし", "ccm": "STA-04"}},
    {"op": "matrix.agree", "row": "RR-003"},
    {"op": "matrix.signoff", "matrix": "M-001", "on": "2026-12-02", "participants": [{"name": "山田", "role": "SM", "party": "ORG"}]},
    {"op": "matrix.save_template", "matrix": "M-001", "title": "PaaS 標準"},
]
with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'k.sqlite')
    script = os.path.join(tmp, 'ops.jsonl')
    with open(script, 'w', encoding='utf-8') as f:
        f.write('\n'.join(json.dumps(o, ensure_ascii=False) for o in ops) + '\n')
    subprocess.check_call([cli, '--db', db, 'apply', script], stdout=subprocess.DEVNULL)
    doc = json.loads(subprocess.check_output([cli, '--db', db, 'export', '--format', 'json', '--out', '-'], text=True))
assert len(doc['entities']['risk']) == 2 and len(doc['entities']['risk_matrix']) == 1 and doc['links'], doc['entities'].keys()
for kind, n in (('supplier', 2), ('raci_matrix', 1), ('raci_row', 32), ('raci_signoff', 1), ('raci_template', 1)):
    assert len(doc['entities'][kind]) == n, (kind, len(doc['entities'].get(kind, [])))
validator.validate(doc)
for name in ('assessment-v1.json', 'assessment-2018-r1.json'):
    with open(os.path.join(source, 'tests/fixtures', name), encoding='utf-8') as f:
        validator.validate(json.load(f))


def refused(change, why):
    bad = copy.deepcopy(doc)
    change(bad)
    errors = list(validator.iter_errors(bad))
    assert errors, 'accepted: ' + why


refused(lambda d: d['entities']['risk'][0]['fields'].__setitem__('category', 'meteor'), 'an unknown category')
refused(lambda d: d['entities']['risk'][0]['fields'].__setitem__('colour', 'red'), 'an unknown field')
refused(lambda d: d['entities']['risk'][0].__setitem__('id', 'X-1'), 'an id of another kind')
refused(lambda d: d['entities']['risk'][0]['fields'].__setitem__('next_review', '2026-1-1'), 'a date that is not YYYY-MM-DD')
refused(lambda d: d['entities'].__setitem__('unicorn', []), 'a kind no module registers')
refused(lambda d: d['entities']['risk_matrix'][0]['fields'].__setitem__('band.1.colour', 'green'), 'a colour that is not #rrggbb')
refused(lambda d: d['assessment']['items'][0].__setitem__('rating', 'X'), 'a rating outside the scale')
refused(lambda d: d.__setitem__('extra', 1), 'an unknown member of the document')
refused(lambda d: d['entities']['raci_row'][0]['fields'].__setitem__('cell.CSP', 'RA'), 'letters not in the order A R C I')
refused(lambda d: d['entities']['raci_row'][0]['fields'].__setitem__('cell.CSP', 'X'), 'a letter other than R A C I')
refused(lambda d: d['entities']['supplier'][0]['fields'].__setitem__('target.1.supplier', '99,9'), 'a target that is not a number')
refused(lambda d: d['entities']['raci_matrix'][0]['fields'].__setitem__('party.1.kind', 'friend'), 'an unknown kind of party')
print('schema: ok (%d risks, %d links validated; 8 bad documents refused)' % (len(doc['entities']['risk']), len(doc['links'])))
