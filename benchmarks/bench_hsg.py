"""Benchmark: loading the whole Office of the Historian record (7,535 records) as Visits.

Times, on one core, the load of every trip and visit of the snapshot in ``../shared/data/hsg``:

- the peer: a plain ``xml.etree.ElementTree.parse`` of the same files (parsing only, no model);
- ``diplomacy.io.hsg`` with ``met=False`` (the core load: records to checked Visits);
- ``diplomacy.io.hsg`` with ``met=True`` (plus the text layer over every remark), when
  :func:`diplomacy.extract` is importable.

Each variant runs in its own process (pinned to one CPU where the OS allows), once to warm up,
then ``--repeat`` times; the median is reported with records per second and the ratio to the
peer measured in the same run.  Target: all 7,535 records in under 2 seconds.

    .venv/bin/python benchmarks/bench_hsg.py [--data PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

DATA = (Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "hsg").resolve()
TARGET_SECONDS = 2.0
VARIANTS = {
    "etree": "ElementTree.parse (peer)",
    "core": "hsg, met=False",
    "met": "hsg, met=True",
}


def record_files(data: Path) -> list[Path]:
    """The files the loader reads: every <trips> and <visits> file under data/."""
    out = []
    for path in sorted(data.rglob("*.xml")):
        with open(path, "rb") as handle:
            _, root = next(ET.iterparse(handle, events=("start",)))
        if root.tag in ("trips", "visits"):
            out.append(path)
    return out


def run_once(variant: str, data: Path, files: list[Path]) -> tuple[float, int]:
    """One timed load: (seconds, records)."""
    if variant == "etree":
        start = time.perf_counter()
        records = sum(len(ET.parse(path).getroot()) for path in files)
        return time.perf_counter() - start, records

    from diplomacy.io import hsg

    met = variant == "met"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", hsg.HsgRecordWarning)
        warnings.simplefilter("ignore", hsg.HsgDuplicateWarning)
        start = time.perf_counter()
        travels, visits = hsg.LoadSummary(), hsg.LoadSummary()
        kept = list(hsg.read_travels(data / "travels", met=met, summary=travels))
        kept += hsg.read_visits(data / "visits", met=met, summary=visits)
        seconds = time.perf_counter() - start
    assert len(kept) == travels.loaded + visits.loaded
    return seconds, travels.records + visits.records


def child(variant: str, data: Path, repeat: int) -> None:
    """Run one variant and print its timings as JSON (the parent reads them)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    files = record_files(data)
    if variant == "met":
        try:
            import diplomacy

            diplomacy.extract  # noqa: B018 - importable?
        except (ImportError, AttributeError) as error:
            print(json.dumps({"error": f"diplomacy.extract is not importable: {error}"}))
            return
    run_once(variant, data, files)  # warm-up: imports, data tables, regexes
    times, records = [], 0
    for _ in range(repeat):
        seconds, records = run_once(variant, data, files)
        times.append(seconds)
    print(json.dumps({"times": times, "records": records, "files": len(files)}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help=f"the snapshot folder (default {DATA})")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per variant (default 5)")
    parser.add_argument("--variant", choices=sorted(VARIANTS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = args.data.resolve()
    if not (data / "travels").is_dir() or not (data / "visits").is_dir():
        print(f"no HSG snapshot at {data} (expected travels/ and visits/)", file=sys.stderr)
        return 1
    if args.variant:
        child(args.variant, data, args.repeat)
        return 0

    results = {}
    for variant in VARIANTS:
        command = [sys.executable, __file__, "--variant", variant, "--data", str(data), "--repeat", str(args.repeat)]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        results[variant] = json.loads(out.strip().splitlines()[-1])

    peer = results["etree"]
    pinned = "pinned to one CPU" if hasattr(os, "sched_setaffinity") else "not pinned"
    print(
        f"HSG load: {peer['records']:,} records in {peer['files']} files; median of {args.repeat} runs, "
        f"one process per variant, {pinned}; Python {sys.version.split()[0]}"
    )
    print(f"{'variant':<26} {'time':>9} {'records/s':>11} {'vs peer':>8}")
    peer_median = statistics.median(peer["times"])
    verdicts = []
    for variant, label in VARIANTS.items():
        result = results[variant]
        if "error" in result:
            print(f"{label:<26} {'-':>9} {'-':>11} {'-':>8}   ({result['error']})")
            continue
        median = statistics.median(result["times"])
        rate = result["records"] / median
        print(f"{label:<26} {median:8.3f}s {rate:>11,.0f} {median / peer_median:7.2f}x")
        if variant != "etree":
            verdict = "met" if median < TARGET_SECONDS else "MISSED"
            verdicts.append(f"{label}: {median:.2f} s, target {verdict}")
    print(f"target: all {peer['records']:,} records in under {TARGET_SECONDS:g} s on one core. " + "; ".join(verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
