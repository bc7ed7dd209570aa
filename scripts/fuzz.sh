#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ for SECONDS seconds each (default 30), starting from
# the seed corpus in fuzz/seeds/TARGET (made from the vectors). New inputs go to a temporary
# corpus, so the repository stays as it is; a crash is kept in fuzz/artifacts/TARGET/ and
# fails the run.
#   bash scripts/fuzz.sh            # 30 s per target (what scripts/test.sh runs)
#   bash scripts/fuzz.sh 3600       # an hour per target
#   bash scripts/fuzz.sh 600 case_reader
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(case_reader domain_name authinfo_check inventory_reader)
. "$root/scripts/nightly.env"
command -v cargo-fuzz >/dev/null || { echo "fuzz.sh: cargo-fuzz missing; run scripts/setup.sh --all" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in "${targets[@]}"; do
  printf 'fuzz: %s for %s s\n' "$t" "$seconds"
  mkdir -p "$work/$t"
  # -rss_limit_mb: the inputs are small; anything near the limit is a memory bug.
  status=0
  cargo "+$NIGHTLY" fuzz run "$t" "$work/$t" "seeds/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=512 -max_len=65536 -print_final_stats=1 \
    >"$work/$t.log" 2>&1 || status=$?
  grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/$t.log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work/$t.log" >&2
    echo "fuzz: $t failed (exit $status, the log above; a crash, if any, is kept in fuzz/artifacts/$t/)" >&2
    exit 1
  fi
done
