#!/usr/bin/env bash
# Differential check: the CLI of a base commit and of the working tree must
# print byte-identical output over one corpus (every string literal of the
# tests and the corpus tables, the sample and test pages, a soup of those
# words, and random bytes), for `parse --json` and `extract --json` at two
# reference instants. Used for every restructure and speed change.
#
#   bash tools/differential.sh [BASE_REV]     (default: HEAD)
#
# Exits 1 and names the first differing output when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
# Resolved here: inside the base worktree, HEAD would name its own commit.
base_rev=$(git rev-parse --verify "${1:-HEAD}^{commit}")
work=target/differential
mkdir -p "$work"

echo "== building base ($base_rev) and working tree"
if [ ! -d "$work/base" ]; then
    git worktree add -q --detach "$work/base" "$base_rev"
else
    git -C "$work/base" checkout -q --detach "$base_rev"
fi
# The base lives inside this workspace's target/: make it a workspace of
# its own (a base from before the workspace has no [workspace] table).
grep -q '^\[workspace\]' "$work/base/Cargo.toml" || printf '\n[workspace]\n' >>"$work/base/Cargo.toml"
(cd "$work/base" && cargo build -q --release --bin cyrdate)
git -C "$work/base" checkout -q -- Cargo.toml
cargo build -q --release --bin cyrdate
old="$work/base/target/release/cyrdate"
new=target/release/cyrdate

echo "== corpus"
python3 tools/differential_corpus.py "$work/corpus"
n=0
for now in 2025-09-07T12:00:00+03:00 2026-01-12T10:00:00+02:00; do
    for f in "$work"/corpus/*; do
        name=$(basename "$f")
        for cmd in "extract --json" "normalise --format annotate"; do
            a=$("$old" $cmd --now "$now" "$f" | sha256sum)
            b=$("$new" $cmd --now "$now" "$f" | sha256sum)
            n=$((n + 1))
            if [ "$a" != "$b" ]; then
                echo "DIFFERENT: $cmd --now $now $name"
                diff <("$old" $cmd --now "$now" "$f") <("$new" $cmd --now "$now" "$f") | head -20
                exit 1
            fi
        done
    done
    # Each line of the literals as one parse input (errors go to stderr).
    a=$("$old" parse --json --now "$now" <"$work/corpus/literals.txt" 2>&1 | sha256sum || true)
    b=$("$new" parse --json --now "$now" <"$work/corpus/literals.txt" 2>&1 | sha256sum || true)
    n=$((n + 1))
    if [ "$a" != "$b" ]; then
        echo "DIFFERENT: parse --json --now $now literals.txt"
        diff <("$old" parse --json --now "$now" <"$work/corpus/literals.txt" 2>&1) \
            <("$new" parse --json --now "$now" <"$work/corpus/literals.txt" 2>&1) | head -20
        exit 1
    fi
done
echo "differential: $n outputs identical ($(wc -l <"$work/corpus/literals.txt") literals, $(du -sh "$work/corpus" | cut -f1) of input)"
