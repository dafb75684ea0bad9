#!/usr/bin/env bash
# Instruction counts (callgrind) of extraction over the benches' 1 MB news
# mix and the sample page, of the 20-form parse mix, of ten §6 forms, and of
# the seed stamp against chrono's own parser (the parse bench's baseline),
# for the working tree and a base commit, in one run: the stable measure of
# speed on a shared machine.
#
#   bash tools/callgrind.sh [BASE_REV]      (default: the working tree only)
#
# Each figure is (instructions of N runs - instructions of 0 runs) / N, so
# that start-up and the building of tables are not counted; per MB of the
# mix for extraction, per string for parse. Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${CALLGRIND_RUNS:-8}"
work=target/callgrind
mkdir -p "$work"

count() { # binary workload runs -> total instructions
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" "$2" "$3" 2>&1 |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

measure() { # label dir
    local bin="$2/target/release/examples/instructions"
    (cd "$2" && cargo build -q --release --example instructions)
    local e0 e1 s0 s1 p0 p1 bytes sbytes
    e0=$(count "$bin" extract 0)
    e1=$(count "$bin" extract "$N")
    a0=$(count "$bin" aho 0)
    a1=$(count "$bin" aho "$N")
    s0=$(count "$bin" sample 0)
    s1=$(count "$bin" sample "$N")
    g0=$(count "$bin" pages 0)
    g1=$(count "$bin" pages "$N")
    gbytes=$("$bin" pages 0 2>&1 | sed -n 's/^bytes //p')
    gmatches=$("$bin" pages 0 2>&1 | sed -n 's/^matches //p')
    p0=$(count "$bin" parse 0)
    p1=$(count "$bin" parse "$N")
    w0=$(count "$bin" wider 0)
    w1=$(count "$bin" wider "$N")
    t0=$(count "$bin" stamp 0)
    t1=$(count "$bin" stamp "$N")
    c0=$(count "$bin" chrono 0)
    c1=$(count "$bin" chrono "$N")
    bytes=$("$bin" extract 0 2>&1 | sed -n 's/^bytes //p')
    sbytes=$("$bin" sample 0 2>&1 | sed -n 's/^bytes //p')
    matches=$("$bin" extract 0 2>&1 | sed -n 's/^matches //p')
    smatches=$("$bin" sample 0 2>&1 | sed -n 's/^matches //p')
    python3 - "$1" "$e0" "$e1" "$s0" "$s1" "$p0" "$p1" "$bytes" "$sbytes" "$matches" "$smatches" "$N" \
        "$w0" "$w1" "$t0" "$t1" "$c0" "$c1" "$a0" "$a1" "$g0" "$g1" "$gbytes" "$gmatches" <<'PY'
import sys
label, e0, e1, s0, s1, p0, p1, b, sb, m, sm, n, w0, w1, t0, t1, c0, c1, a0, a1, g0, g1, gb, gm = sys.argv[1], *map(int, sys.argv[2:])
pages_mb = (g1 - g0) / n / (gb / 1e6)
aho_mb = (a1 - a0) / n / (b / 1e6)
per_mb = (e1 - e0) / n / (b / 1e6)
sample_mb = (s1 - s0) / n / (sb / 1e6)
per_parse = (p1 - p0) / n / 20
per_wider = (w1 - w0) / n / 10
stamp, chrono = (t1 - t0) / n, (c1 - c0) / n
print(f"{label}: news mix {per_mb / 1e6:.2f} M instructions per MB ({m} matches; "
      f"aho-corasick baseline {aho_mb / 1e6:.2f} M); "
      f"sample page {sample_mb / 1e6:.2f} M per MB ({sm} matches); "
      f"test pages {pages_mb / 1e6:.2f} M per MB ({gm} matches); parse {per_parse:.0f} per string; "
      f"§6 forms {per_wider:.0f} per string; seed stamp {stamp:.0f} (chrono baseline {chrono:.0f})")
PY
}

if [ $# -ge 1 ]; then
    base="$work/base"
    # Resolved here: inside the base worktree, HEAD would name its own commit.
    rev=$(git rev-parse --verify "$1^{commit}")
    if [ ! -d "$base" ]; then
        git worktree add -q --detach "$base" "$rev"
    else
        git -C "$base" checkout -q --detach "$rev"
    fi
    # The harness and its inputs as they are now, so both sides run the same work.
    mkdir -p "$base/examples" "$base/benches/common"
    cp examples/instructions.rs "$base/examples/"
    cp benches/common/mix.rs "$base/benches/common/"
# The base lives inside this workspace's target/: make it a workspace of
# its own (a base from before the workspace has no [workspace] table).
grep -q '^\[workspace\]' "$base/Cargo.toml" || printf '\n[workspace]\n' >>"$base/Cargo.toml"
    measure "base $1" "$base"
    git -C "$base" checkout -q -- . 2>/dev/null || true
    # The harness copied into a base that had none stays untracked: removed,
    # so that the next base can be checked out.
    git -C "$base" clean -fdq -- examples benches/common 2>/dev/null || true
fi
measure "working tree" .
