"""JSON encode and decode+validate of 100,000 nested visits: diplomacy vs msgspec vs pydantic v2.

Run: ``python benchmarks/bench_json.py [--records N] [--runs R]`` (needs the ``bench`` extra).

Every library gets the same generated visits (a traveler official with aliases and spans,
dates, places, a host, accompanying and met officials, provenance spans) as one JSON array, and
its own model of them, as strict as it can say: unknown keys rejected, countries from the same
list of codes, enums as literals, texts non-empty and trimmed, dates as EDTF-shaped strings,
offsets non-negative.  (diplomacy checks more still: real calendar days, a span's text length,
a visit's start before its end.)  Each library runs in its own process, so that no library's
garbage collections walk another's objects.  It times decoding first, with nothing else on the
heap (a bulk load), then builds its objects from the JSON, checks that it writes the very same
bytes back, and times encoding; both as a user calls them:

* ``encode``: model objects to UTF-8 JSON bytes (``to_json_bytes`` / ``msgspec.json.encode`` /
  ``dump_json``); ours is also timed as ``to_json``, which returns ``str`` (the bytes-to-str copy
  that costs is on its own line)
* ``decode``: JSON text to validated model objects (``from_json`` / ``decode`` / ``validate_json``)

Each figure is the median of ``--runs`` runs, each from a collected heap.  Times are CPU seconds
(``time.process_time``): the machines this runs on are shared, and wall time there measures the
neighbours too.

diplomacy pauses the garbage collector inside its bulk calls; msgspec and pydantic do not.  The
collection it puts off is paid later, so a second set of decode figures adds the ``gc.collect(1)``
right after each call (for every library), and a last table pauses the collector around every
library's calls.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Annotated, Any, Literal

import msgspec
import pydantic

import diplomacy
from diplomacy import Country, Day, Official, Span, Visit, VisitKind, VisitStatus
from diplomacy._model import _countries

CODES = tuple(sorted(_countries.codes()))
_POINT = r"(?:[0-9]{4}|XXXX)(?:-(?:0[1-9]|1[0-2]|2[1-4])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?[?~%]?"
EDTF_PATTERN = rf"^(?:{_POINT}|(?:{_POINT}|\.\.)/(?:{_POINT}|\.\.))$"
TEXT_PATTERN = r"^\S(?:[\s\S]*\S)?$"

# --- the data ----------------------------------------------------------------------------------

FIRST = ["Vikram", "Narendra", "Antony", "Sergey", "Wang", "Penny", "Kaja", "Annalena", "Marco", "Ahmed", "Olena"]
LAST = ["Misri", "Modi", "Blinken", "Lavrov", "Yi", "Wong", "Kallas", "Baerbock", "Rubio", "Aboul Gheit", "Shevchenko"]
TITLES = ["Foreign Secretary", "Prime Minister", "Secretary of State", "Foreign Minister", "Ambassador", None]
CITIES = ["Washington", "New Delhi", "Doha", "Paris", "Brussels", "Tokyo", "Canberra", "Cairo", "Kyiv", None]
PURPOSES = ["trade talks", "strategic dialogue", "security cooperation", "bilateral consultations", None]


def _official(rng: random.Random, *, spans: int) -> Official:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    start = rng.randrange(0, 5000)
    name = f"{first} {last}"
    return Official(
        name=name,
        title=rng.choice(TITLES),
        country=Country(rng.choice(CODES)),
        aliases=(last,) if rng.random() < 0.5 else (),
        spans=tuple(Span(start + 100 * i, start + 100 * i + len(name), name) for i in range(spans)),
    )


def make_visits(n: int, seed: int = 20250527) -> list[Visit]:
    rng = random.Random(seed)
    base = dt.date(2015, 1, 1)
    visits = []
    for i in range(n):
        start = base + dt.timedelta(days=rng.randrange(0, 3650))
        end = start + dt.timedelta(days=rng.randrange(0, 6))
        offset = rng.randrange(0, 4000)
        visits.append(
            Visit(
                traveler=_official(rng, spans=2),
                destination=Country(rng.choice(CODES)),
                status=rng.choice(list(VisitStatus)),
                city=rng.choice(CITIES),
                places=tuple(rng.sample(["Mumbai", "Geneva", "Osaka", "Lyon"], rng.randrange(0, 3))),
                start=Day.from_date(start),
                end=Day.from_date(end) if rng.random() < 0.8 else None,
                kind=rng.choice([*VisitKind, None]),
                purpose=rng.choice(PURPOSES),
                host=_official(rng, spans=1) if rng.random() < 0.5 else None,
                accompanying=tuple(_official(rng, spans=1) for _ in range(rng.randrange(0, 3))),
                met=tuple(_official(rng, spans=0) for _ in range(rng.randrange(0, 3))),
                record_id=f"rec-{i:06d}",
                spans=(Span(offset, offset + 12, "will travel"[:11] + "."),),
            )
        )
    return visits


# --- the same model in msgspec -------------------------------------------------------------------

CountryCode = Literal[CODES]  # type: ignore[valid-type]
MText = Annotated[str, msgspec.Meta(min_length=1, pattern=TEXT_PATTERN)]
MDate = Annotated[str, msgspec.Meta(pattern=EDTF_PATTERN)]
MOffset = Annotated[int, msgspec.Meta(ge=0)]


class MSpan(msgspec.Struct, forbid_unknown_fields=True):
    start: MOffset
    end: MOffset
    text: str


class MTenure(msgspec.Struct, forbid_unknown_fields=True):
    office: MText
    country: CountryCode | None = None
    start: MDate | None = None
    end: MDate | None = None


class MOfficial(msgspec.Struct, forbid_unknown_fields=True):
    name: MText
    title: MText | None = None
    country: CountryCode | None = None
    organisation: MText | None = None
    aliases: list[MText] = []
    tenures: list[MTenure] = []
    spans: list[MSpan] = []


class MVisit(msgspec.Struct, forbid_unknown_fields=True):
    traveler: MOfficial
    destination: CountryCode
    status: Literal["planned", "ongoing", "completed", "possible", "cancelled"]
    city: MText | None = None
    places: list[MText] = []
    start: MDate | None = None
    end: MDate | None = None
    kind: Literal["state", "official", "working", "private", "informal", "transit"] | None = None
    purpose: MText | None = None
    host: MOfficial | None = None
    accompanying: list[MOfficial] = []
    met: list[MOfficial] = []
    notes: MText | None = None
    record_id: MText | None = None
    spans: list[MSpan] = []


# --- the same model in pydantic v2 -------------------------------------------------------------

PText = Annotated[str, pydantic.StringConstraints(min_length=1, pattern=TEXT_PATTERN)]
PDate = Annotated[str, pydantic.StringConstraints(pattern=EDTF_PATTERN)]
POffset = Annotated[int, pydantic.Field(ge=0)]
_STRICT = pydantic.ConfigDict(extra="forbid", strict=True)


class PSpan(pydantic.BaseModel):
    model_config = _STRICT
    start: POffset
    end: POffset
    text: str


class PTenure(pydantic.BaseModel):
    model_config = _STRICT
    office: PText
    country: CountryCode | None = None
    start: PDate | None = None
    end: PDate | None = None


class POfficial(pydantic.BaseModel):
    model_config = _STRICT
    name: PText
    title: PText | None = None
    country: CountryCode | None = None
    organisation: PText | None = None
    aliases: list[PText] = []
    tenures: list[PTenure] = []
    spans: list[PSpan] = []


class PVisit(pydantic.BaseModel):
    model_config = _STRICT
    traveler: POfficial
    destination: CountryCode
    status: Literal["planned", "ongoing", "completed", "possible", "cancelled"]
    city: PText | None = None
    places: list[PText] = []
    start: PDate | None = None
    end: PDate | None = None
    kind: Literal["state", "official", "working", "private", "informal", "transit"] | None = None
    purpose: PText | None = None
    host: POfficial | None = None
    accompanying: list[POfficial] = []
    met: list[POfficial] = []
    notes: PText | None = None
    record_id: PText | None = None
    spans: list[PSpan] = []


# --- timing ------------------------------------------------------------------------------------


def run_once(func: Callable[[], Any], *, paused: bool, collect: bool = True) -> tuple[float, float]:
    """CPU seconds of one call (the collector paused if ``paused``), and of the ``gc.collect(1)``
    right after it: the collection of the young objects the call left.

    With ``collect`` (for decoding), each run starts from a collected heap and ends with that
    collection; without (for encoding, which leaves no objects behind), neither is done.
    """
    if collect:
        gc.collect()
    if paused:
        gc.disable()
    try:
        t0 = time.process_time()
        result = func()
        t1 = time.process_time()
    finally:
        gc.enable()
    if collect:
        gc.collect(1)
    t2 = time.process_time()
    del result
    return t1 - t0, t2 - t1


def medians(func: Callable[[], Any], runs: int, *, paused: bool, collect: bool = True) -> tuple[float, float]:
    """Median seconds of ``runs`` calls, and of calls followed by their young collection."""
    times = [run_once(func, paused=paused, collect=collect) for _ in range(runs)]
    return statistics.median(t for t, _ in times), statistics.median(t + c for t, c in times)


def library(name: str) -> tuple[Callable[[Any], Any], Callable[[bytes], Any]]:
    """``(encode, decode)`` of one library, as its users call them."""
    if name == "diplomacy":
        return diplomacy.to_json_bytes, lambda data: diplomacy.from_json(data, list[Visit])
    if name == "msgspec":
        decoder = msgspec.json.Decoder(list[MVisit])
        return msgspec.json.encode, decoder.decode
    adapter = pydantic.TypeAdapter(list[PVisit])
    return adapter.dump_json, adapter.validate_json


def worker(name: str, path: str, runs: int) -> None:
    """Time one library in this process, print the medians as JSON.

    Decoding is timed first, with nothing else on the heap (a bulk load); then the objects are
    built and encoding is timed.
    """
    with open(path, "rb") as f:
        data = f.read()
    encode, decode = library(name)
    decode(b"[]")  # warm up: lazy set-up is not what is measured
    out: dict[str, float] = {}
    for paused in (False, True):
        key = "paused" if paused else "shipped"
        out[f"{key} decode"], out[f"{key} decode+collect"] = medians(lambda: decode(data), runs, paused=paused)
    gc.disable()
    objs = decode(data)
    written = encode(objs)
    gc.enable()
    gc.collect()
    assert written == data, f"{name} writes other JSON"
    for paused in (False, True):
        key = "paused" if paused else "shipped"
        out[f"{key} encode"], _ = medians(lambda: encode(objs), runs, paused=paused, collect=False)
        if name == "diplomacy":
            assert diplomacy.to_json(objs).encode() == data
            out[f"{key} encode str"], _ = medians(lambda: diplomacy.to_json(objs), runs, paused=paused, collect=False)
    print(json.dumps(out))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--worker", nargs=2, metavar=("LIBRARY", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.worker[0], args.worker[1], args.runs)
        return

    t0 = time.perf_counter()
    gc.disable()
    data = diplomacy.to_json(make_visits(args.records)).encode()
    gc.enable()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "visits.json")
        with open(path, "wb") as f:
            f.write(data)
        built = time.perf_counter() - t0
        for name in ("diplomacy", "msgspec", "pydantic"):
            command = [sys.executable, __file__, "--runs", str(args.runs), "--worker", name, path]
            done = subprocess.run(command, check=True, capture_output=True, text=True)
            results[name] = json.loads(done.stdout)
    print(
        f"{args.records:,} visits, {len(data) / 1e6:.0f} MB of JSON; CPU seconds, median of {args.runs} runs, "
        f"each library in its own process; Python {sys.version.split()[0]}, msgspec {msgspec.__version__}, "
        f"pydantic {pydantic.__version__} (data built in {built:.0f} s, total {time.perf_counter() - t0:.0f} s)"
    )

    def table(title: str, key: str) -> None:
        print(f"\n{title}\n{'':15}{'encode':>9}{'decode':>10}")
        for name, r in results.items():
            print(f"{name:15}{r[key + ' encode']:>8.3f}s{r[key + ' decode']:>9.3f}s")
        ours = results["diplomacy"]
        for other in ("msgspec", "pydantic"):
            theirs = results[other]
            enc = ours[key + " encode"] / theirs[key + " encode"]
            dec = ours[key + " decode"] / theirs[key + " decode"]
            print(f"{'ours/' + other:15}{enc:>8.2f}x{dec:>9.2f}x")
        text = ours[key + " encode str"]
        ratios = ", ".join(f"{text / results[o][key + ' encode']:.2f}x {o}" for o in ("msgspec", "pydantic"))
        print(f"diplomacy.to_json (str, not bytes): {text:.3f}s = {ratios}")

    table("As a user calls them (diplomacy pauses the GC inside its calls; the others run with it on):", "shipped")
    print("decode + gc.collect(1) right after (the young objects' collection, which a paused GC puts off):")
    ours = results["diplomacy"]["shipped decode+collect"]
    for name, r in results.items():
        print(f"{name:15}{'':9}{r['shipped decode+collect']:>9.3f}s")
    for other in ("msgspec", "pydantic"):
        print(f"{'ours/' + other:15}{'':9}{ours / results[other]['shipped decode+collect']:>9.2f}x")
    table("With the GC paused around every call, for every library:", "paused")


if __name__ == "__main__":
    main()
