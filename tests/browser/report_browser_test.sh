#!/usr/bin/env bash
# Loads claimline's HTML report in headless Chromium (Debian's `chromium`) and checks the
# DOM its script builds: a lane per outlet, a mark per timeline row (or aggregated marks
# whose counts add up when the claim is dense), the evidence panel, no console message at
# all (the report logs nothing, so any message is an error or a warning), and that an
# article whose title, outlet and quote carry <script> and "><img onerror=...> shows them
# as text and runs none of it.
#
# Usage: report_browser_test.sh CLAIMLINE_BINARY SAMPLE_ARTICLES_DIR TEST_DATA_DIR
# Exit 0 pass, 1 fail, 77 skipped (no chromium; scripts/install-deps installs it).
set -euo pipefail

bin=$1
samples=$2
data=$3

chrome=""
for c in chromium chromium-browser; do
  if command -v "$c" >/dev/null 2>&1; then chrome=$(command -v "$c"); break; fi
done
if [ -z "$chrome" ]; then
  echo "SKIPPED: chromium is not installed; run scripts/install-deps (apt-get install chromium)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; fail=1; fi
}

# Headless Chromium with no network, no profile, no background services. Prints the DOM
# after load; console messages go to $2 (one "CONSOLE" line each).
load() {  # load URL LOG > DOM
  timeout 120 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d "$work/profile.XXXX")" --enable-logging=stderr --v=0 \
    --virtual-time-budget=5000 --dump-dom "$1" 2>"$2"
}

count() { grep -o -- "$1" "$2" | wc -l | tr -d ' '; }
no_console() { ! grep -q "CONSOLE" "$1"; }
equal() { [ "$1" = "$2" ] || { echo "      expected $2, got $1"; return 1; }; }
id_of() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }
# Did injected markup run? The hostile fixture's payloads set a data-pwned attribute on
# <body>. The payload text itself ("setAttribute('data-pwned',...)") is on the page as
# escaped text, so look for the attribute on an element tag, never for the bare word:
# in the dumped DOM text shows '<' as '&lt;' and the JSON block as '\u003c'.
pwned() { grep -Eq '<[A-Za-z][^<>]*[[:space:]]data-pwned=' "$1"; }
not_pwned() { ! pwned "$1"; }

# ---- The detector itself: a page that does run the hostile payloads must be caught ----
# (a control without the report's Content-Security-Policy, so inline script and onerror run).
cat > "$work/control.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>control</title></head><body><main id="m"></main>
<script>document.getElementById('m').innerHTML = '<img src=x onerror="document.body.setAttribute(\'data-pwned\',\'control-img\')">';</script>
</body></html>
HTML
load "file://$work/control.html" "$work/control.log" > "$work/control-dom.html" || true
check "the injection check catches a page that runs injected markup" pwned "$work/control-dom.html"

# ---- The sample corpus plus a hostile article ------------------------------------------
db=$work/report.db
"$bin" --db "$db" ingest -q "$samples" "$data/browser/hostile-report.txt"
"$bin" --db "$db" claims add "Ukrainian troops are encircled in the Kursk region" >/dev/null
"$bin" --db "$db" claims scan >/dev/null
# Link the hostile article and its quote by hand, so the test does not depend on the scan.
hostile=$("$bin" --db "$db" articles --search onerror --format jsonl | id_of)
"$bin" --db "$db" claims link 1 --article "$hostile" --stance supports >/dev/null
statement=$("$bin" --db "$db" statements --article "$hostile" --format jsonl | id_of || true)
if [ -n "$statement" ]; then "$bin" --db "$db" claims link 1 --statement "$statement" --stance supports >/dev/null; fi
"$bin" --db "$db" report --html "$work/report.html" 2>/dev/null

"$bin" --db "$db" timeline --claim 1 --format jsonl > "$work/rows.jsonl"
rows=$(wc -l < "$work/rows.jsonl" | tr -d ' ')
outlets=$(grep -o '"outlet":\("[^"]*"\|null\)' "$work/rows.jsonl" | sort -u | wc -l | tr -d ' ')
# The row of the hostile article itself (article level), to open its evidence panel.
row=$(grep -n "\"article_id\":$hostile," "$work/rows.jsonl" | grep '"level":"article"' | head -1 | cut -d: -f1)

load "file://$work/report.html#row=0-$((row - 1))" "$work/console.log" > "$work/dom.html"
check "the page rendered" grep -q 'data-render="ok"' "$work/dom.html"
check "no console message" no_console "$work/console.log"
check "one lane per outlet ($outlets)" equal "$(count 'class="lane"' "$work/dom.html")" "$outlets"
check "one mark per row ($rows)" equal "$(count 'class="mark ' "$work/dom.html")" "$rows"
check "the timeline counts its marks" grep -q "data-marks=\"$rows\"" "$work/dom.html"
check "imprecise or undated rows drawn apart" grep -Eq 'class="mark [^"]*(range|bound)"|class="undated"><button' "$work/dom.html"
check "a table row per row (first page)" equal "$(count '<tr data-row=' "$work/dom.html")" "$((rows < 100 ? rows : 100))"
check "the evidence panel shows the selected article" grep -q "class=\"detail\" data-row=\"0-$((row - 1))\"" "$work/dom.html"
check "hostile title shown as text" grep -qF '&lt;script&gt;document.body.setAttribute(' "$work/dom.html"
check "hostile outlet shown as text" grep -qF 'Hostile &lt;b&gt;Wire&lt;/b&gt;' "$work/dom.html"
check "hostile quote shown as text" grep -qF '"&gt;&lt;img src=x onerror=' "$work/dom.html"
check "no injected element ran" not_pwned "$work/dom.html"
check "no img element at all" bash -c "! grep -q '<img' '$work/dom.html'"
check "only the report's own two script elements" equal "$(count '<script' "$work/dom.html")" "2"

# ---- A dense claim: aggregated by day or week, counts add up ---------------------------
# Each body differs (the dispatch number): re-ingesting the same content is a no-op, so
# identical bodies would collapse into one article.
dense=$work/dense.db
articles=400
: > "$work/dense.jsonl"
for i in $(seq 1 $articles); do
  day=$(( (i * 7) % 150 ))
  date=$(date -u -d "2025-01-01 + $day days" +%Y-%m-%d)
  printf '{"title":"Dispatch %d","source":"Outlet %d","publishedAt":"%sT12:00:00Z","url":"https://dense.example/%d","text":"Ukrainian troops are encircled in the Kursk region, dispatch %d says. Nothing else happened."}\n' \
    "$i" $((i % 12)) "$date" "$i" "$i" >> "$work/dense.jsonl"
done
"$bin" --db "$dense" ingest -q --format jsonl "$work/dense.jsonl"
"$bin" --db "$dense" claims add "Ukrainian troops are encircled in the Kursk region" >/dev/null
"$bin" --db "$dense" claims scan >/dev/null
"$bin" --db "$dense" report --html "$work/dense.html" 2>/dev/null
dense_rows=$("$bin" --db "$dense" timeline --claim 1 --format jsonl | wc -l | tr -d ' ')
start=$(date +%s)
load "file://$work/dense.html" "$work/dense-console.log" > "$work/dense-dom.html"
took=$(( $(date +%s) - start ))
marks=$(count 'class="mark ' "$work/dense-dom.html")
sum=$(grep -o 'data-count="[0-9]*"' "$work/dense-dom.html" | grep -o '[0-9]*' | awk '{ s += $1 } END { print s + 0 }') || true
check "dense claim has more rows than the aggregation threshold ($dense_rows > 300)" test "$dense_rows" -gt 300
check "dense page rendered" grep -q 'data-render="ok"' "$work/dense-dom.html"
check "dense page: no console message" no_console "$work/dense-console.log"
check "dense timeline aggregated by week" grep -q 'data-aggregated="week"' "$work/dense-dom.html"
check "fewer marks ($marks) than rows ($dense_rows)" test "$marks" -lt "$dense_rows"
check "aggregated counts add up to the rows" equal "$sum" "$dense_rows"
check "the table shows one page, not every row" equal "$(count '<tr data-row=' "$work/dense-dom.html")" "100"
check "dense page loaded in under 60 s ($took s)" test "$took" -lt 60

if [ "$fail" -ne 0 ]; then
  echo "--- console (first lines) ---"; head -20 "$work/console.log" "$work/dense-console.log" || true
  exit 1
fi
echo "browser test passed"
