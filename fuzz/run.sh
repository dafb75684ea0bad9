#!/usr/bin/env bash
# Bounded fuzz run of every cyrdate fuzz target.
#
#   bash fuzz/run.sh [seconds_per_target]      (default 60)
#
# Uses the nightly toolchain when it is installed, and otherwise the stable
# one with RUSTC_BOOTSTRAP=1 (cargo-fuzz passes nightly-only flags to
# rustc; stable accepts them under that variable, without a sanitizer).
# It never skips: when no toolchain can build the targets, it fails.
# cargo-fuzz is installed with the chosen toolchain when missing. Seeds
# from fuzz/seeds/<target>/ are copied into fuzz/corpus/<target>/ (which is
# git-ignored and grows from run to run). Crashes land in
# fuzz/artifacts/<target>/; libFuzzer's log of each run in
# fuzz/target/run-logs/<target>.log. Exits non-zero when any target crashed,
# hung (-timeout) or ran out of memory, or when fuzzing could not run.
#
# Environment: FUZZ_TARGETS (default: every target), FUZZ_SANITIZER
# (default: none; cyrdate forbids unsafe code, and without ASan a target runs
# several times faster; use `address` to check the dependencies' unsafe code;
# nightly only), CYRDATE_FUZZ_TOOLCHAIN (`nightly` or `stable`: use that one
# or fail; default: nightly when installed, else stable),
# CYRDATE_FUZZ_SKIP (e.g. `year-range`: switch off a check to fuzz past a
# known, unfixed bug; see fuzz/src/lib.rs).
set -euo pipefail

secs="${1:-60}"
case "$secs" in
'' | *[!0-9]*)
    echo "usage: bash fuzz/run.sh [seconds_per_target]" >&2
    exit 2
    ;;
esac
cd "$(dirname "$0")/.."

die() {
    echo "fuzz: $*" >&2
    exit 1
}

works() { cargo "+$1" --version >/dev/null 2>&1; }

toolchain="${CYRDATE_FUZZ_TOOLCHAIN:-}"
case "$toolchain" in
'')
    if works nightly; then
        toolchain=nightly
    elif works stable; then
        toolchain=stable
    else
        die "neither the nightly nor the stable toolchain works (cargo +nightly/+stable --version failed): cannot fuzz"
    fi
    ;;
nightly | stable)
    works "$toolchain" || die "CYRDATE_FUZZ_TOOLCHAIN=$toolchain, but cargo +$toolchain --version fails"
    ;;
*)
    echo "CYRDATE_FUZZ_TOOLCHAIN must be nightly or stable, not '$toolchain'" >&2
    exit 2
    ;;
esac

sanitizer="${FUZZ_SANITIZER:-none}"
if [ "$toolchain" = stable ]; then
    # cargo-fuzz's -Z flags, accepted by stable rustc under this variable.
    export RUSTC_BOOTSTRAP=1
    if [ "$sanitizer" != none ]; then
        die "FUZZ_SANITIZER=$sanitizer needs the nightly toolchain; on stable only 'none' works"
    fi
fi
fuzz=(cargo "+$toolchain" fuzz)

if ! "${fuzz[@]}" --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz (cargo +$toolchain install cargo-fuzz --locked)"
    start=$SECONDS
    cargo "+$toolchain" install cargo-fuzz --locked || die "could not install cargo-fuzz"
    echo "cargo-fuzz installed in $((SECONDS - start)) s"
fi
"${fuzz[@]}" --version >/dev/null 2>&1 || die "cargo +$toolchain fuzz does not run after installing cargo-fuzz"

targets="${FUZZ_TARGETS:-parse extract normalise roundtrip agree wider}"
for t in $targets; do
    mkdir -p "fuzz/corpus/$t"
    if [ -d "fuzz/seeds/$t" ]; then
        cp -n fuzz/seeds/"$t"/* "fuzz/corpus/$t/" 2>/dev/null || true
    fi
done

bootstrap=""
[ "$toolchain" = stable ] && bootstrap="RUSTC_BOOTSTRAP=1 "
echo "== ${bootstrap}cargo +$toolchain fuzz build -s $sanitizer"
start=$SECONDS
"${fuzz[@]}" build -s "$sanitizer" || die "cargo +$toolchain fuzz build failed"
echo "fuzz targets built in $((SECONDS - start)) s"

logs=fuzz/target/run-logs
mkdir -p "$logs"
failed=()
summary=()
for t in $targets; do
    echo "== fuzz $t for ${secs}s"
    log="$logs/$t.log"
    status=0
    "${fuzz[@]}" run -s "$sanitizer" "$t" "fuzz/corpus/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -max_len=4096 -timeout=5 \
        -print_final_stats=1 >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    line="$t: ${execs:-unknown} executions (${rate:-unknown}/s, $toolchain)"
    if [ "$status" -ne 0 ]; then
        failed+=("$t")
        line="$line, FAILED (exit $status; log $log)"
        grep -E "^(==[0-9]+== ?ERROR|thread '.*' panicked|ALARM|Test unit written to|SUMMARY)" "$log" | head -n 8 || true
        sed -n '/panicked at/,+3p' "$log" | head -n 8 || true
    fi
    echo "$line"
    summary+=("$line")
done

echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
if [ "${#failed[@]}" -ne 0 ]; then
    echo "fuzz: crashes in: ${failed[*]} (artifacts in fuzz/artifacts/; minimise with: ${bootstrap}cargo +$toolchain fuzz tmin -s $sanitizer <target> <artifact>)"
    exit 1
fi
echo "fuzz: no crashes"
