#!/usr/bin/env bash
# kanri-cli on a fixture database: validate, import, report, export round trip, catalog, and bad
# files refused with exit 2, a message naming the JSON path, and the database byte-for-byte
# unchanged; apply (all or none) and query. Usage: cli_test.sh KANRI_CLI FIXTURES_DIR
set -uo pipefail
cli=$1
fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C
passed=0
failed=0
check() { if eval "$2"; then echo "ok - $1"; passed=$((passed + 1)); else echo "not ok - $1"; failed=$((failed + 1)); fi; }
json() { python3 -c "import json,sys; d=json.load(open('$1')); print($2)"; }

good="$fixtures/assessment-v1.json"
db="$work/kanri.sqlite"
check "validate accepts the fixture" "'$cli' validate '$good' > /dev/null"
check "import the fixture" "'$cli' --db '$db' import '$good'"

"$cli" --db "$db" report --json > "$work/report.json"
check "report: overall readiness is (1 + 2·2/3 + 2·0) / 5 = 0.4667" "[ \"\$(json $work/report.json \"d['overall']\")\" = 0.4667 ]"
check "report: not certification-ready" "[ \"\$(json $work/report.json \"d['verdict']['certification_ready']\")\" = False ]"
check "report: reasons name the key item at N and the missing record" \
  "json $work/report.json \"[r.get('id') for r in d['verdict']['reasons']]\" | grep -q \"'8.6.1-01'\" && json $work/report.json \"[(r['kind'], r.get('id')) for r in d['verdict']['reasons']]\" | grep -q \"('document_missing', 'rec-incidents')\""
check "report: counts" "[ \"\$(json $work/report.json \"(d['counts']['N'], d['counts']['L'], d['counts']['F'], d['counts']['NA'])\")\" = '(1, 1, 1, 1)' ]"
check "report: clause 4 score is (1 + 2·2/3)/3 = 0.7778" "[ \"\$(json $work/report.json \"[c['score'] for c in d['clauses'] if c['id']=='4'][0]\")\" = 0.7778 ]"

"$cli" --db "$db" export --format json --out "$work/out.json"
check "export writes a valid document" "'$cli' validate '$work/out.json' > /dev/null"
"$cli" --db "$work/second.sqlite" import "$work/out.json"
"$cli" --db "$work/second.sqlite" export --format json --out "$work/out2.json"
strip() { grep -v '"exported_at"' "$1"; }
check "export → import into an empty database → export is the same document" "diff <(strip '$work/out.json') <(strip '$work/out2.json') > /dev/null"
check "the round trip keeps the fixture's values" "[ \"\$(json $work/out2.json \"d['assessment']['items'][1]['notes']\")\" = '範囲記述書の改訂待ち' ]"

check "catalog lists 154 items with both titles" "[ \"\$('$cli' catalog --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(1 for i in d[\"items\"] if i[\"title_en\"] and i[\"title_ja\"]))')\" -ge 150 ]"

# Bad files: exit 2, a message with the JSON path, the database unchanged.
before=$(sha256sum "$db" | cut -d' ' -f1)
bad() { # name sed-expression expected-message
  sed "$2" "$good" > "$work/bad.json"
  "$cli" validate "$work/bad.json" > "$work/v.out" 2> "$work/v.err"; local v=$?
  "$cli" --db "$db" import "$work/bad.json" > /dev/null 2> "$work/i.err"; local i=$?
  check "refused: $1 (validate and import exit 2, message names $3)" "[ $v -eq 2 ] && [ $i -eq 2 ] && grep -q -- '$3' '$work/v.err' && grep -q -- '$3' '$work/i.err'"
}
bad "wrong version" 's/"version": 1/"version": 3/' '/version'
bad "rating outside the scale" 's/"rating": "L"/"rating": "Q"/' '/assessment/items/1/rating'
bad "N/A without justification" 's/"Services are funded centrally; no per-service budget exists"/""/' 'N/A needs a written justification'
bad "a date that is not a date" 's/"2026-06-30"/"30.06.2026"/' 'Not a date: use YYYY-MM-DD (/assessment/items/1: 30.06.2026)'
bad "a javascript: link" 's#https://intranet.example/ctx#javascript:alert(document.cookie)#' 'Only http://, https:// and mailto: links'
bad "an unknown item" 's/"4.3-01"/"4.3-99"/' 'unknown item'
bad "wrong type" 's/"owner": "SMS manager"/"owner": ["SMS manager"]/' '/assessment/items/0/owner'
printf '{"format": "kanri", "version": 1, "assessment": ' > "$work/deep.json"; head -c 20000 /dev/zero | tr '\0' '[' >> "$work/deep.json"
"$cli" validate "$work/deep.json" 2> "$work/d.err"; check "refused: nesting too deep" "[ $? -eq 2 ] && grep -q 'nested deeper' '$work/d.err'"
echo "not json" > "$work/nj.json"
"$cli" --db "$db" import "$work/nj.json" 2> "$work/nj.err"; check "refused: not JSON" "[ $? -eq 2 ] && grep -q 'not valid JSON' '$work/nj.err'"
check "no refused import changed the database" "[ \"\$(sha256sum '$db' | cut -d' ' -f1)\" = '$before' ]"
# apply: operations as JSON lines, all in one transaction or none; query prints JSON.
adb="$work/apply.sqlite"
printf '%s\n' '{"op": "assessment.rate", "item": "8.6.1-01", "rating": "L"}' '# a comment' '' \
  '{"op": "assessment.update", "item": "8.6.1-01", "owner": "髙橋", "due": "2027-03-31"}' > "$work/ops.jsonl"
check "apply: two operations applied, exit 0" "'$cli' --db '$adb' apply '$work/ops.jsonl' > /dev/null"
"$cli" --db "$adb" query assessment.items > "$work/q.json"
check "query: the rating and the owner are stored together" "[ \"\$(json $work/q.json \"[(i['rating'], i['owner']) for i in d['result'] if i['id']=='8.6.1-01'][0]\")\" = \"('L', '髙橋')\" ]"
before_apply=$(sha256sum "$adb" | cut -d' ' -f1)
printf '%s\n' '{"op": "assessment.rate", "item": "4.1-01", "rating": "F"}' '{"op": "assessment.rate", "item": "4.1-02", "rating": "Q"}' > "$work/bad.jsonl"
"$cli" --db "$adb" apply "$work/bad.jsonl" > "$work/a.out" 2> "$work/a.err"; rc=$?
check "apply: a bad second line applies no line, exit 2, names line 2 and the path" \
  "[ $rc -eq 2 ] && grep -q ':2: refused' '$work/a.err' && grep -q '/1/rating' '$work/a.out' && [ \"\$(sha256sum '$adb' | cut -d' ' -f1)\" = '$before_apply' ]"
"$cli" --db "$adb" query no.such.query > /dev/null; check "query: an unknown query exits 2" "[ $? -eq 2 ]"
check "ops: the reference the dispatcher generates is docs/automation.md" "diff <('$cli' ops) '$fixtures/../../docs/automation.md' > /dev/null"
# Suppliers and the responsibility matrix: operations applied, the register and the matrix read back.
sdb="$work/suppliers.sqlite"
printf '%s\n' '{"op": "supplier.create", "fields": {"name": "クラウド株式会社", "contract_ref": "C-1"}}' \
  '{"op": "matrix.create", "template": "saas", "lang": "ja", "scope": "ポータル"}' \
  '{"op": "matrix.toggle", "row": "RR-001", "party": "CSP", "letter": "R"}' '{"op": "matrix.agree", "row": "RR-001"}' > "$work/sup.jsonl"
"$cli" --db "$sdb" apply "$work/sup.jsonl" > /dev/null
"$cli" --db "$sdb" suppliers --json > "$work/s.json"
check "suppliers --json lists the register" "[ \"\$(json $work/s.json \"d[0]['fields']['name']\")\" = 'クラウド株式会社' ]"
"$cli" --db "$sdb" matrix --json > "$work/m.json"
check "matrix --json: rows, letters, derived categories and problems" \
  "[ \"\$(json $work/m.json \"(len(d[0]['rows']), d[0]['rows'][0]['cells']['CSP'], d[0]['rows'][0]['ownership'], d[0]['counts']['agreed'], d[0]['counts']['errors'])\")\" = \"(32, 'RC', 'shared_csp_csc', 1, 0)\" ]"
check "matrix --csv: a BOM, the party columns, the Japanese activity" "'$cli' --db '$sdb' matrix --csv M-001 | head -c 3 | od -An -tx1 | grep -q 'ef bb bf' && '$cli' --db '$sdb' matrix --csv M-001 | grep -q 'CSP: クラウド事業者' && '$cli' --db '$sdb' matrix --csv M-001 | grep -q '供給者の評価及び選定の基準'"
check "matrix --markdown: a table row per activity" "[ \"\$('$cli' --db '$sdb' matrix --markdown M-001 | grep -c '^| [0-9]')\" = 32 ]"
"$cli" --db "$sdb" matrix --csv M-404 > /dev/null 2>&1; check "matrix --csv of an unknown matrix exits 2" "[ $? -eq 2 ]"
check "usage errors exit 2" "'$cli' frobnicate 2> /dev/null; [ \$? -eq 2 ]"
# The Check step: KPIs with their values, a management review held with its inputs; NAME --json
# answers any query that needs no arguments (audits, kpis, reviews, …); one that needs them is usage.
kdb="$work/check.sqlite"
printf '%s\n' '{"op": "service.create", "fields": {"name": "ポータル"}}' \
  '{"op": "sla.create", "service": "SVC-001", "fields": {"name": "可用性", "target": "99.5", "unit": "%"}}' \
  '{"op": "kpi.create", "sla_target": "SLA-001", "fields": {"name": "月間可用性", "unit": "%", "target": "99.5", "threshold": "99"}}' \
  '{"op": "measurement.record", "kpi": "KPI-001", "period": "2026-10", "value": "99.8"}' \
  '{"op": "measurement.record", "kpi": "KPI-001", "period": "2026-11", "value": "98.2"}' \
  '{"op": "review.create", "fields": {"title": "年次レビュー", "chair": "社長"}}' \
  '{"op": "review.hold", "id": "MR-001", "on": "2026-12-01"}' > "$work/check.jsonl"
check "apply: a service, an SLA target, a KPI with two values, a review held" "'$cli' --db '$kdb' apply '$work/check.jsonl' > /dev/null"
"$cli" --db "$kdb" kpis --json > "$work/k.json"
check "kpis --json: the latest value missed its target, one of two missed" \
  "[ \"\$(json $work/k.json \"(d[0]['latest']['period'], d[0]['result'], d[0]['measured'], d[0]['missed'], d[0]['sla_target'])\")\" = \"('2026-11', 'missed', 2, 1, 'SLA-001')\" ]"
"$cli" --db "$kdb" reviews --json > "$work/r.json"
check "reviews --json: held, its input c counting the missed KPI" \
  "[ \"\$(json $work/r.json \"(d[0]['status'], [f['value'] for i in d[0]['inputs'] if i['input']=='c' for f in i['facts'] if f['key']=='kpi_missed'][0])\")\" = \"('held', '1')\" ]"
check "audits --json answers an empty programme list" "[ \"\$('$cli' --db '$kdb' audits --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)[\"programmes\"]))')\" = 0 ]"
"$cli" --db "$kdb" service.report --json > /dev/null 2>&1; check "NAME --json of a query that needs arguments is usage, exit 2" "[ $? -eq 2 ]"
printf '%s\n' '{"op": "measurement.record", "kpi": "KPI-001", "period": "2026-12", "value": "99.9"}' '{"op": "measurement.record", "kpi": "KPI-001", "period": "2026-13", "value": "99.9"}' > "$work/badm.jsonl"
before_m=$(sha256sum "$kdb" | cut -d' ' -f1)
"$cli" --db "$kdb" apply "$work/badm.jsonl" > /dev/null 2>&1; rc=$?
check "apply: a period that does not exist refuses the whole file, exit 2, nothing changed" "[ $rc -eq 2 ] && [ \"\$(sha256sum '$kdb' | cut -d' ' -f1)\" = '$before_m' ]"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
