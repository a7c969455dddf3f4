#!/usr/bin/env bash
# The full check suite: tests with coverage, types, lint, docs with their doctests.
# Run from the repository root after `pip install -e ".[dev]"`.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${PYTHON:-python}
if [ -n "${CI:-}" ] && [ -z "${HYPOTHESIS_PROFILE:-}" ]; then export HYPOTHESIS_PROFILE=ci; fi
status=0
step() { echo; echo "== $*"; }
step "pytest (with Hypothesis, doctests in src/, coverage floor 90% on src/)"
"$py" -m pytest --doctest-modules src tests --cov=diplomacy --cov-branch --cov-report=term --cov-fail-under=90 -q -p no:cacheprovider || status=1
step "mypy --strict src"
"$py" -m mypy --strict src || status=1
step "ruff"
"$py" -m ruff check src tests benchmarks || status=1
"$py" -m ruff format --check src tests benchmarks || status=1
step "sphinx html (-W -n)"
"$py" -m sphinx -W -n -q -b html docs docs/_build/html || status=1
step "sphinx doctest (-W -n)"
"$py" -m sphinx -W -n -q -b doctest docs docs/_build/doctest || status=1
echo
if [ "$status" -eq 0 ]; then echo "all checks passed"; else echo "some checks FAILED"; fi
exit "$status"
