#!/usr/bin/env bash
# The Python part of CI (.ci/run calls it after the Rust steps): a virtualenv
# under target/, maturin, pytest and pyarrow from PyPI, the package built in
# release mode and installed in it (editable), then pytest over python/tests
# and the doctests of python/cyrdate. pytest's exit 5 ("no tests ran") fails
# the run like any other non-zero status.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV="$PWD/target/py-venv"
"$PYTHON" --version
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check maturin pytest pyarrow

cd python
VIRTUAL_ENV="$VENV" PATH="$VENV/bin:$PATH" "$VENV/bin/maturin" develop --release --quiet
"$VENV/bin/python" -c 'import cyrdate, sys; print("cyrdate", cyrdate.__version__, "on Python", sys.version.split()[0])'
set +e
"$VENV/bin/python" -m pytest -q -p no:cacheprovider
status=$?
set -e
if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests" >&2
    exit 1
fi
exit "$status"
