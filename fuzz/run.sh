#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each: first over its regression inputs
# (fuzz/regressions/<target>/, crashes found earlier), then fuzzing from the seeds
# (sample_articles/ and test fixtures) and the corpus kept in BUILD/corpus/<target>.
# A crash leaves its input in BUILD/crashes/ and fails the run; copy it to
# fuzz/regressions/<target>/ once fixed.
#   fuzz/run.sh BUILD SECONDS
set -euo pipefail
build=${1:?usage: fuzz/run.sh BUILD SECONDS}
seconds=${2:?usage: fuzz/run.sh BUILD SECONDS}
root=$(cd "$(dirname "$0")/.." && pwd)

# Seeds: every input a reader or extractor is tested on, behind the byte that picks the
# format (0: sniff) or the publication date (0: 2025-03-16).
make_seeds() {
  local dir=$1
  rm -rf "$dir" && mkdir -p "$dir"
  local i=0
  for f in "$root"/sample_articles/* "$root"/tests/data/browser/* "$root"/tests/data/meantime/*; do
    [ -f "$f" ] || continue
    case "$(basename "$f")" in README*) continue ;; esac  # ingest skips them too
    for b in 000 001 002 003 004 005; do
      { printf "\\$b"; head -c 60000 "$f"; } > "$dir/seed-$i-$b"
    done
    i=$((i + 1))
  done
}

status=0
for target in fuzz_readers fuzz_extract; do
  bin="$build/fuzz/$target"
  [ -x "$bin" ] || { echo "fuzz/run.sh: $bin is not built" >&2; exit 2; }
  seeds="$build/seeds/$target" corpus="$build/corpus/$target" crashes="$build/crashes/$target"
  make_seeds "$seeds"
  mkdir -p "$corpus" "$crashes"
  regressions=("$root/fuzz/regressions/$target"/*)
  if [ -e "${regressions[0]}" ]; then
    echo "== $target: ${#regressions[@]} regression inputs"
    "$bin" -rss_limit_mb=2048 -timeout=60 "${regressions[@]}" || status=1
  fi
  echo "== $target: fuzzing for $seconds s"
  if ! "$bin" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$crashes/" "$corpus" "$seeds" 2>"$build/$target.log"; then
    grep -E "ERROR|invariant broken|SUMMARY" "$build/$target.log" | head -5 >&2 || true
    if grep -q "libFuzzer: timeout" "$build/$target.log"; then
      # Known: reported speech is quadratic in the sentence length (src/extract/speech.cc);
      # a slow input is reported, not failed, until that is fixed.
      echo "fuzz/run.sh: WARNING: $target found an input slower than 60 s; see $crashes/" >&2
    else
      status=1
      echo "fuzz/run.sh: $target found a crash; see $build/$target.log and $crashes/" >&2
    fi
  fi
  grep -E "stat::number_executed_units|stat::peak_rss_mb|cov:" "$build/$target.log" | tail -3 || true
done
exit $status
