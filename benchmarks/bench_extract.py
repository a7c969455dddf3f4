"""Throughput of ``diplomacy.extract`` in words per second, against peers measured in the same run.

Corpora:
- a generated corpus of news-like articles (templates filled with random officials, countries,
  dates and quotations; fixed seed), and
- the annotated dev cases in ``../shared/eval/dev`` when that folder is present.

Peers, on the same texts:
- ``re.findall(r"\\w+")``: reading every word once, the floor any extractor pays;
- one regex per office title, scanned one after another (the naive shape ``PERFORMANCE.md``
  measured at 160x slower than one trie-shaped pattern).

Also ``import diplomacy`` time, in a fresh interpreter, against ``import json``.

Run: ``python benchmarks/bench_extract.py`` (one core; the median of 5 runs each).
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import diplomacy
from diplomacy._text import gazetteer as gz

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "eval" / "dev"

FIRST = ["Ana", "Lars", "Kofi", "Mei", "Omar", "Ingrid", "Rahul", "Sofia", "Tomasz", "Amara", "Jonas", "Priya"]
LAST = ["Ruiz", "Holm", "Mensah", "Tanaka", "Haddad", "Berg", "Verma", "Costa", "Nowak", "Okafor", "Lind", "Rao"]
TITLES = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Trade Minister", "Ambassador"]
COUNTRIES = ["Norway", "Ghana", "Japan", "Brazil", "Kenya", "India", "Poland", "Egypt", "Chile", "Vietnam"]
ADJ = {
    "Norway": "Norwegian",
    "Ghana": "Ghanaian",
    "Japan": "Japanese",
    "Brazil": "Brazilian",
    "Kenya": "Kenyan",
    "India": "Indian",
    "Poland": "Polish",
    "Egypt": "Egyptian",
    "Chile": "Chilean",
    "Vietnam": "Vietnamese",
}
CITIES = {
    "Norway": "Oslo",
    "Ghana": "Accra",
    "Japan": "Tokyo",
    "Brazil": "Brasilia",
    "Kenya": "Nairobi",
    "India": "New Delhi",
    "Poland": "Warsaw",
    "Egypt": "Cairo",
    "Chile": "Santiago",
    "Vietnam": "Hanoi",
}
FILLER = (
    "The talks are expected to cover trade, security and climate cooperation, officials said. Analysts noted "
    "that relations between the two countries have deepened over the past decade, with investment flows and "
    "student exchanges growing steadily. Both sides have signalled an interest in expanding cooperation on "
    "renewable energy, maritime security and public health."
)


def article(rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    p1 = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    p2 = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    t1, t2 = rng.choice(TITLES), rng.choice(TITLES)
    day = rng.randint(1, 25)
    paragraphs = [
        f"{CITIES[a]}, May {day} (Wire) {ADJ[a]} {t1} {p1} will travel to {CITIES[b]}, {b}, on a three-day visit "
        f"starting Tuesday, the foreign ministry announced on Monday.",
        f"During the visit, {p1.split()[1]} will meet {t2} {p2} to discuss a bilateral trade agreement that both "
        f"sides hope to sign by fall 2026. {FILLER}",
        f"\u201cThis visit is an important step for our partnership and for the region,\u201d {p1.split()[1]} said "
        f"in a statement. \u201cWe look forward to constructive talks.\u201d",
        f"An eight-member delegation led by {p2} visited {a} earlier this month. {FILLER}",
        FILLER,
    ]
    return "\n\n".join(paragraphs)


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def median_time(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def naive_peer() -> Callable[[str], int]:
    """One regex per office alias, each scanned over the whole text in turn."""
    patterns = [re.compile(re.escape(a) + r"\s+[A-Z][\w-]+") for a in list(gz.offices())[:300]]

    def run(text: str) -> int:
        return sum(len(p.findall(text)) for p in patterns)

    return run


def import_time(module: str) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
    runs = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(5)]
    return statistics.median(runs)


def bench(name: str, texts: list[str], published: dt.date | None) -> None:
    n = words(texts)
    diplomacy.extract(texts[0], published=published)  # load gazetteers and compile patterns once

    def ours() -> None:
        for t in texts:
            diplomacy.extract(t, published=published)

    floor = re.compile(r"\w+")
    naive = naive_peer()
    t_ours = median_time(ours)
    t_floor = median_time(lambda: [floor.findall(t) for t in texts])
    t_naive = median_time(lambda: [naive(t) for t in texts], runs=3)
    print(f"\n{name}: {len(texts)} texts, {n:,} words")
    print(f"  diplomacy.extract          {n / t_ours:>12,.0f} words/s")
    print(f"  peer: re.findall(\\w+)      {n / t_floor:>12,.0f} words/s   ours takes {t_ours / t_floor:,.1f}x its time")
    print(f"  peer: 300 regexes in turn  {n / t_naive:>12,.0f} words/s   ours takes {t_ours / t_naive:,.1f}x its time")


def main() -> None:
    rng = random.Random(20251124)
    corpus = [article(rng) for _ in range(300)]
    bench("generated news-like corpus", corpus, dt.date(2025, 5, 26))
    if DEV.is_dir():
        texts = [p.read_text(encoding="utf-8").partition("\n---\n")[2] for p in sorted(DEV.glob("*.txt"))]
        bench("annotated dev cases (../shared/eval/dev)", texts, dt.date(2024, 1, 1))
    ours, peer = import_time("diplomacy"), import_time("json")
    print(f"\nimport diplomacy: {ours * 1000:.0f} ms (import json: {peer * 1000:.1f} ms, ratio {ours / peer:,.0f}x)")


if __name__ == "__main__":
    main()
