"""Tests of :mod:`diplomacy.io.hsg`: the Office of the Historian's travels and visits as Visits.

Most tests read the small fixtures in ``tests/fixtures/hsg``: records written by hand in the
format of the real data, with invented people and prose (none is copied from the real data; see
the README there).  Bad records are written inline next to the message they must produce.  The full-data tests
read ``../shared/data/hsg`` and skip when it is absent.
"""

from __future__ import annotations

import datetime as dt
import doctest
import gc
import json
import re
import tempfile
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import given
from hypothesis import strategies as st

import diplomacy
from diplomacy import Country, Day, Official, Span, Visit, VisitKind, VisitStatus
from diplomacy.io import hsg
from diplomacy.io.hsg import HsgDuplicateWarning, HsgRecordError, HsgRecordWarning, LoadSummary

FIXTURES = Path(__file__).parent / "fixtures" / "hsg"
TRAVELS = FIXTURES / "travels"
VISITS = FIXTURES / "visits"
SHARED = (Path(__file__).parents[1] / ".." / "shared" / "data" / "hsg").resolve()
DOCS = Path(__file__).parents[1] / "docs" / "howto-hsg.rst"
AS_OF = dt.date(2025, 6, 1)
US = Country("US")


def _have(name: str) -> bool:
    try:
        getattr(diplomacy, name)
    except (ImportError, AttributeError):
        return False
    return True


needs_extract = pytest.mark.skipif(
    not _have("extract"), reason="diplomacy.extract (the text layer) is not importable yet"
)
needs_json = pytest.mark.skipif(
    not (_have("to_json") and _have("from_json")),
    reason="diplomacy.to_json / diplomacy.from_json (src/diplomacy/_serialize/json.py) are not importable yet",
)
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason=f"the shared HSG data is absent ({SHARED})")


def load(reader: Any, path: Path, **options: Any) -> tuple[list[Visit], list[str]]:
    """All visits and the text of every warning of one load (met=False unless asked)."""
    options.setdefault("met", False)
    options.setdefault("as_of", AS_OF)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        visits = list(reader(path, **options))
    return visits, [str(w.message) for w in caught]


@pytest.fixture(scope="module")
def trips() -> dict[str, Visit]:
    visits, _ = load(hsg.read_travels, TRAVELS)
    return {v.record_id or "": v for v in visits}


@pytest.fixture(scope="module")
def visits() -> dict[str, Visit]:
    loaded, _ = load(hsg.read_visits, VISITS)
    return {v.record_id or "": v for v in loaded}


# --- writing records inline ----------------------------------------------------------------------

TRIP_FIELDS: dict[str, Any] = {
    "id": "7",
    "role": "secretary",
    "name": "Julian Marcus Thorne",
    "start-date": "2021-07-26",
    "end-date": "2021-07-28",
    "country": ({"id": "india"}, "India"),
    "locale": "New Delhi",
    "remarks": "Met with Prime Minister Devraj Malhotra.",
}
VISIT_FIELDS: dict[str, Any] = {
    "id": "9",
    "start-date": "2020-01-07",
    "end-date": "2020-01-07",
    "visitor": "Prime Minister Nikolaos Stavridis",
    "from": ({"id": "greece"}, "Greece"),
    "description": "Official Working Visit.",
}


def record(tag: str, fields: dict[str, Any], attributes: dict[str, str] | None = None) -> str:
    """One record as XML; a field set to None is left out, a (attributes, text) pair has attributes."""
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in (attributes or {}).items())
    parts = [f"<{tag}{attrs}>"]
    for name, value in fields.items():
        if value is None:
            continue
        extra, text = value if isinstance(value, tuple) else ({}, value)
        extra_attrs = "".join(f" {k}={quoteattr(v)}" for k, v in extra.items())
        parts.append(f"<{name}{extra_attrs}>{escape(text)}</{name}>")
    parts.append(f"</{tag}>")
    return "".join(parts)


def trip(attributes: dict[str, str] | None = None, **changes: Any) -> str:
    fields = {**TRIP_FIELDS, **{k.replace("_", "-"): v for k, v in changes.items()}}
    if attributes is None:
        attributes = {"role": fields["role"]} if fields.get("role") else {}
    return record("trip", fields, attributes)


def visit(**changes: Any) -> str:
    return record("visit", {**VISIT_FIELDS, **{k.replace("_", "-"): v for k, v in changes.items()}})


def write(folder: Path, name: str, root: str, *records: str) -> Path:
    path = folder / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<{root}>{"".join(records)}</{root}>\n', "utf-8")
    return path


# --- record -> Visit -------------------------------------------------------------------------------


def test_a_trip_becomes_a_visit_field_by_field(trips: dict[str, Visit]) -> None:
    """A <trip> maps to traveler, destination, city/places, dates, notes and a prefixed record id."""
    assert trips["hsg:travels:90001"] == Visit(
        traveler=Official(name="Arthur J. Brennock", title="President", country=US),
        destination=Country("GB"),
        status=VisitStatus.COMPLETED,
        city="London",
        places=("Cornwall",),
        start=Day(2022, 6, 8),
        end=Day(2022, 6, 12),
        notes="Met with Prime Minister Rupert Ashcombe and King Edmund IV. Attended the Group of Seven summit.",
        record_id="hsg:travels:90001",
    )


def test_a_visit_record_becomes_a_visit_field_by_field(visits: dict[str, Visit]) -> None:
    """A <visit> maps to a foreign traveler (title and name split), destination US and a kind."""
    assert visits["hsg:visits:91023"] == Visit(
        traveler=Official(name="Nikolaos Stavridis", title="Prime Minister", country=Country("GR")),
        destination=US,
        status=VisitStatus.COMPLETED,
        start=Day(2020, 2, 4),
        end=Day(2020, 2, 4),
        kind=VisitKind.WORKING,
        notes="Official Working Visit.",
        record_id="hsg:visits:91023",
    )


def test_a_folder_load_reads_every_record_file_and_passes_over_the_others() -> None:
    """A folder is read recursively; presidents.xml and the code table are not trip files."""
    summary = LoadSummary()
    loaded, _ = load(hsg.read_travels, TRAVELS, summary=summary)
    assert str(summary) == "46 records in 17 files: 46 loaded, 0 skipped, 4 duplicates"
    assert len(loaded) == 46
    assert not any("presidents" in f or "code-tables" in f for f in summary.files)
    assert summary.files == sorted(summary.files)


def test_the_parent_folder_of_both_data_sets_serves_both_readers() -> None:
    """Pointing both readers at the root of the data reads each reader's own files only."""
    travels, _ = load(hsg.read_travels, FIXTURES)
    visits_, _ = load(hsg.read_visits, FIXTURES)
    assert {v.record_id.split(":")[1] for v in travels if v.record_id} == {"travels"}
    assert {v.record_id.split(":")[1] for v in visits_ if v.record_id} == {"visits"}
    assert (len(travels), len(visits_)) == (46, 31)


def test_record_ids_are_prefixed_and_unique_across_both_data_sets(
    trips: dict[str, Visit], visits: dict[str, Visit]
) -> None:
    """Travels and visits ids cannot collide: 'hsg:travels:<id>' and 'hsg:visits:<id>'."""
    assert all(re.fullmatch(r"hsg:travels:\d+", k) for k in trips)
    assert all(re.fullmatch(r"hsg:visits:\d+", k) for k in visits)
    assert not set(trips) & set(visits)


@pytest.mark.parametrize(
    ("record_id", "code"),
    [
        ("hsg:travels:90101", "DD"),  # german-democratic-republic
        ("hsg:travels:90102", "AN"),  # netherlands-antilles
        ("hsg:travels:90103", "CS"),  # czechoslovakia
        ("hsg:travels:90011", "SU"),  # russia, "U.S.S.R.", July 1991
        ("hsg:travels:90104", "SU"),  # russia, "U.S.S.R.", September 1991
        ("hsg:travels:90105", "SU"),  # russia, "U.S.S.R.", 16 December 1991
        ("hsg:travels:90106", "RU"),  # russia, still labelled "U.S.S.R.", January 1992
        ("hsg:travels:90151", "YU"),  # serbia, 1997: the Federal Republic of Yugoslavia
        ("hsg:travels:90143", "RS"),  # serbia, "Serbia and Montenegro", 2003
        ("hsg:travels:90153", "XK"),  # kosovo, "Serbia-Montenegro (Kosovo)"
        ("hsg:travels:90002", "VA"),  # holy-see
        ("hsg:travels:90005", "PS"),  # west-bank
        ("hsg:travels:90133", "AQ"),  # antarctica
        ("hsg:travels:90121", "DK"),  # Danish West Indies, 1866
        ("hsg:travels:90014", "KR"),  # korea-south
        ("hsg:visits:91008", "SU"),  # russia, "U.S.S.R.", 1959
        ("hsg:visits:91011", "SU"),  # russia, "U.S.S.R.", 1974
        ("hsg:visits:91021", "KR"),  # the slug "korea"
        ("hsg:visits:91026", "WS"),  # the misspelt slug "somoa"
        ("hsg:visits:91015", "XK"),  # kosovo
    ],
)
def test_country_slugs_map_to_iso_codes_historic_states_included(
    trips: dict[str, Visit], visits: dict[str, Visit], record_id: str, code: str
) -> None:
    """Slugs become ISO 3166 codes; dissolved states get their ISO 3166-3 code while they existed."""
    v = trips.get(record_id) or visits[record_id]
    country = v.destination if record_id.startswith("hsg:travels") else v.traveler.country
    assert country == Country(code)


def test_the_slug_table_names_a_known_code_for_every_slug() -> None:
    """Every code in hsg_countries.json is one diplomacy.Country accepts; slugs without one say why."""
    from diplomacy._data import load_json

    table = load_json("hsg_countries.json")
    for slug, code in table["codes"].items():
        if code is None:
            assert table["no_code"][slug]
        else:
            assert Country(code).code == code, slug
    for slug, rules in table["before"].items():
        assert slug in table["codes"]
        for day, code in rules:
            assert Country(code).historic, (slug, code)
            dt.date.fromisoformat(day)


@needs_shared
def test_the_slug_table_covers_every_slug_in_the_shared_data() -> None:
    """No slug of the snapshot is missing from the table."""
    from diplomacy._data import load_json

    codes = load_json("hsg_countries.json")["codes"]
    slugs = set()
    for path in sorted(SHARED.rglob("*.xml")):
        root = ET.parse(path).getroot()
        slugs |= {e.get("id") for e in root.iter() if e.tag in ("country", "from") and root.tag in ("trips", "visits")}
    assert slugs - set(codes) == set()


@pytest.mark.parametrize(
    ("record_id", "city", "places"),
    [
        ("hsg:travels:90001", "London", ("Cornwall",)),  # "London, Cornwall" is two places
        ("hsg:travels:90002", None, ()),  # <locale/>
        ("hsg:travels:90012", "Mexico, D.F.", ()),  # one place, not "Mexico" and "D.F."
        ("hsg:travels:90171", "Mexico, D.F.", ()),
        ("hsg:travels:90197", "Brussels", ("Ghent",)),  # trailing space
        ("hsg:travels:90013", "Frankfurt", ("Wiesbaden", "Ramstein Air Base", "Heidelberg", "Mainz")),  # two lines
        ("hsg:travels:90155", "Mumbai (Bombay)", ()),
        ("hsg:travels:90121", "St. Thomas", ("St. Croix", "Christiansted (Danish West Indies)")),
    ],
)
def test_locale_gives_the_city_and_further_places(
    trips: dict[str, Visit], record_id: str, city: str | None, places: tuple[str, ...]
) -> None:
    """The first place of locale is the city, the rest are places; abbreviations stay attached."""
    assert (trips[record_id].city, trips[record_id].places) == (city, places)


def test_places_within_parentheses_are_not_split(tmp_path: Path) -> None:
    """A comma inside parentheses does not separate places."""
    path = write(tmp_path, "t.xml", "trips", trip(locale="Sydney (Nova Scotia, Canada), Campobello Island"))
    [v], _ = load(hsg.read_travels, path)
    assert (v.city, v.places) == ("Sydney (Nova Scotia, Canada)", ("Campobello Island",))


@pytest.mark.parametrize(
    ("record_id", "title", "name", "accompanying"),
    [
        ("hsg:visits:91023", "Prime Minister", "Nikolaos Stavridis", []),
        ("hsg:visits:91025", "President", "Julián Andrade Vela", []),  # trailing space
        ("hsg:visits:91028", "Prime Minister", "Fiona McAllister", []),  # trailing space
        ("hsg:visits:91029", "Prime Minister", "Chiara Valenti", []),  # trailing no-break space
        ("hsg:visits:91031", "General Secretary", "Trịnh Quốc Bảo", []),
        ("hsg:visits:91003", "Prime Minister", "Duncan Mackellar", []),  # "Prime Minster"
        ("hsg:visits:91018", "Prime Minister", "Massimo Carraro", []),  # "Prime Ministere"
        ("hsg:visits:91020", "Prime Minister", "Nadir al- Jabouri", []),  # "Prime MinisterNadir"
        ("hsg:visits:91007", "Premier", "Vannarith", []),  # "Premier and Prince Vannarith"
        ("hsg:visits:91009", "Prime Minister", "Chanthou Meas", []),  # "Prime Minister-Prince"
        ("hsg:visits:91022", "Prime Minister", "Cedric L. Rolle", []),  # "Dr." dropped
        ("hsg:visits:91019", "President", "Ramon T. Villareal, 3rd", []),
        ("hsg:visits:91004", "Governor General", "Lord Ashby", []),
        ("hsg:visits:91011", "General Secretary", "Pavel N. Gorodetsky", []),
        ("hsg:visits:91002", "Emperor", "Dom Afonso III", []),
        ("hsg:visits:91010", "President", "Archbishop Kyprianos IV", []),
        ("hsg:visits:91026", "Prime Minister", "Seiuli Malae Fa'atau", []),
        ("hsg:visits:91014", None, "Rimantas Žemaitis", []),  # no title in the record
        ("hsg:visits:91012", "President", "Kamal Rashidi", [("Prime Minister", "Samir Fawzi")]),  # comma
        ("hsg:visits:91015", "President", "Agim Krasniqi", [("Prime Minister", "Besnik Morina")]),
        ("hsg:visits:91027", "King", "Rashid", [("Crown Prince", "Zaid")]),
        ("hsg:visits:91030", "President", "Tomasz Wielgosz", [("Prime Minister", "Katarzyna Nowicka")]),
    ],
)
def test_visitor_splits_into_title_and_name_and_further_people(
    visits: dict[str, Visit], record_id: str, title: str | None, name: str, accompanying: list[tuple[str, str]]
) -> None:
    """The visitor's title and name come apart; a second person in the field is accompanying."""
    v = visits[record_id]
    assert (v.traveler.title, v.traveler.name) == (title, name)
    assert [(o.title, o.name) for o in v.accompanying] == accompanying
    assert all(o.country == v.traveler.country for o in v.accompanying)


def test_the_president_elect_marker_sets_the_travelers_title(trips: dict[str, Visit]) -> None:
    """'[Visit made as President-elect.]' in remarks makes the traveler a President-elect."""
    assert trips["hsg:travels:90014"].traveler == Official(
        name="Lucius B. Pemberton", title="President-elect", country=US
    )


def test_a_parenthesis_in_a_name_is_dropped_and_the_name_as_written_kept_as_alias(
    trips: dict[str, Visit],
) -> None:
    """'Frederick W. (Friedrich Wilhelm) Langstrom' is named Frederick W. Langstrom, the full form an alias."""
    traveler = trips["hsg:travels:90161"].traveler
    assert (traveler.name, traveler.aliases) == (
        "Frederick W. Langstrom",
        ("Frederick W. (Friedrich Wilhelm) Langstrom",),
    )


def test_markup_in_a_description_is_dropped_from_the_notes(visits: dict[str, Visit]) -> None:
    """<em> markup in description is read as its text; white space is collapsed."""
    v = visits["hsg:visits:91032"]
    assert (v.notes, v.kind) == ("State Visit. Met with President Brennock at the White House.", VisitKind.STATE)


def test_an_empty_description_leaves_no_notes(visits: dict[str, Visit]) -> None:
    """<description/> gives notes None and no kind."""
    assert (visits["hsg:visits:91013"].notes, visits["hsg:visits:91013"].kind) == (None, None)
    assert (visits["hsg:visits:91005"].notes, visits["hsg:visits:91005"].kind) == (None, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Official Working Visit.", VisitKind.WORKING),
        ("Working visit", VisitKind.WORKING),
        ("State Visit.", VisitKind.STATE),
        ("Accompanied President Garland on a State visit.", VisitKind.STATE),
        ("Official visit; met with President Hruby.", VisitKind.OFFICIAL),
        ("Offical visit.", VisitKind.OFFICIAL),
        ("Official select visit.", VisitKind.OFFICIAL),
        ("Private visit.", VisitKind.PRIVATE),
        ("Personal and private visit. Met informally with Prime Minister Mackellar.", VisitKind.PRIVATE),
        ("Met with President Whitfield during a private visit.", VisitKind.PRIVATE),
        ("Vacation.", VisitKind.PRIVATE),
        ("Informal visit; met with President Rashidi.", VisitKind.INFORMAL),
        ("Unofficial visit. Attended the reopening of the State Theatre.", VisitKind.INFORMAL),
        ("Stopped en route to Jakarta.", VisitKind.TRANSIT),
        ("Refueling stop on the way to Nairobi.", VisitKind.TRANSIT),
        ("Official working visit, then a private visit to Boston.", VisitKind.WORKING),
        ("Attended the Group of Seven summit.", None),
        ("Informal meeting with Prime Minister Penhallow.", None),
        ("", None),
    ],
)
def test_the_kind_is_the_first_kind_phrase_of_the_description(tmp_path: Path, text: str, kind: VisitKind) -> None:
    """'Official Working Visit' is working, 'State Visit' state...; the first phrase decides."""
    path = write(tmp_path, "v.xml", "visits", visit(description=text))
    [v], _ = load(hsg.read_visits, path)
    assert v.kind is kind


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        (dt.date(2021, 7, 29), VisitStatus.COMPLETED),
        (dt.date(2021, 7, 28), VisitStatus.ONGOING),
        (dt.date(2021, 7, 26), VisitStatus.ONGOING),
        (dt.date(2021, 7, 25), VisitStatus.PLANNED),
    ],
)
def test_status_is_judged_from_as_of(tmp_path: Path, as_of: dt.date, status: VisitStatus) -> None:
    """A record that ended before as_of is completed, one not yet begun planned, else ongoing."""
    path = write(tmp_path, "t.xml", "trips", trip())
    [v], _ = load(hsg.read_travels, path, as_of=as_of)
    assert v.status is status


def test_status_is_judged_from_today_by_default(tmp_path: Path) -> None:
    """Without as_of, today is the reference: a trip a year ahead is planned."""
    ahead = dt.date.today() + dt.timedelta(days=365)
    path = write(tmp_path, "t.xml", "trips", trip(start_date=str(ahead), end_date=str(ahead)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        [v] = hsg.read_travels(path, met=False)
    assert v.status is VisitStatus.PLANNED


# --- duplicates and bad records ------------------------------------------------------------------


def test_duplicates_are_yielded_and_reported_with_both_ids() -> None:
    """Same person, dates and country: both records load, the later one is reported."""
    summary = LoadSummary()
    loaded, messages = load(hsg.read_travels, TRAVELS, summary=summary)
    folder = TRAVELS / "secretary-travels"
    brennock = TRAVELS / "president-travels" / "brennock-arthur-j.xml"
    assert messages == [
        f"{brennock}: record 90004: duplicate of record 90003: same person, dates and country "
        "(Arthur J. Brennock, 2022-11-02/2022-11-03, GB)",
        f"{folder / 'marsh-gordon-ellis.xml'}: record 90173: duplicate of record 90172: same person, dates and "
        "country (Gordon Ellis Marsh, 1988-03-04/1988-03-04, IL)",
        f"{folder / 'thorne-julian-marcus.xml'}: record 90194: duplicate of record 90191: same person, dates and "
        "country (Julian Marcus Thorne, 2021-03-16/2021-03-18, JP)",
        f"{folder / 'thorne-julian-marcus.xml'}: record 90195: duplicate of record 90192: same person, dates and "
        "country (Julian Marcus Thorne, 2021-03-18/2021-03-19, KR)",
    ]
    assert [(d.first_record_id, d.record_id) for d in summary.duplicates] == [
        ("90003", "90004"),
        ("90172", "90173"),
        ("90191", "90194"),
        ("90192", "90195"),
    ]
    ids = {v.record_id for v in loaded}
    assert {"hsg:travels:90191", "hsg:travels:90194"} <= ids


def test_a_duplicate_in_another_file_names_that_file(tmp_path: Path) -> None:
    """The warning names the first record's file when it differs."""
    first = write(tmp_path, "a.xml", "trips", trip(id="1"))
    second = write(tmp_path, "b.xml", "trips", trip(id="2"))
    loaded, messages = load(hsg.read_travels, tmp_path)
    assert len(loaded) == 2
    assert messages == [
        f"{second}: record 2: duplicate of record 1 in {first}: same person, dates and country "
        "(Julian Marcus Thorne, 2021-07-26/2021-07-28, IN)"
    ]


def test_duplicates_warn_with_their_own_class_even_in_strict_mode(tmp_path: Path) -> None:
    """A duplicate is not a bad record: strict mode still yields it, with an HsgDuplicateWarning."""
    write(tmp_path, "a.xml", "trips", trip(id="1"), trip(id="2"))
    with pytest.warns(HsgDuplicateWarning) as caught:
        loaded = list(hsg.read_travels(tmp_path, strict=True, met=False))
    assert len(loaded) == 2
    assert [type(w.message) for w in caught] == [HsgDuplicateWarning]


def test_hawaii_has_no_code_and_is_reported_not_loaded() -> None:
    """The Kingdom of Hawaii's visits are bad records: warned, skipped, counted."""
    summary = LoadSummary()
    loaded, messages = load(hsg.read_visits, VISITS, summary=summary)
    assert messages == [
        f"{VISITS / 'data' / '1870.xml'}: record 91001: from: country id 'hawaii' (Hawaii): the Kingdom of "
        "Hawaii (to 1893) and the Republic of Hawaii (1894-1898) have no ISO 3166 code",
        f"{VISITS / 'data' / '2000.xml'}: record 91017: duplicate of record 91016: same person, dates and "
        "country (Alistair Penhallow, 2009-10-14/2009-10-15, GB)",
    ]
    assert str(summary) == "32 records in 9 files: 31 loaded, 1 skipped, 1 duplicates"
    assert summary.records == summary.loaded + summary.skipped
    [problem] = summary.problems
    assert (problem.record_id, problem.position, problem.field) == ("91001", 1, "from")
    assert "hsg:visits:91001" not in {v.record_id for v in loaded}


BAD_TRIPS = [
    (trip(id=None), "record #1 (no id): id: missing"),
    (trip(id="x7"), "record #1 (no id): id: 'x7' is not an integer"),
    (trip(role="ambassador"), "record 7: role: 'ambassador' is not 'president' or 'secretary'"),
    (
        trip({"role": "president"}, role="secretary"),
        "record 7: role: the element says 'secretary', the attribute 'president'",
    ),
    (trip({}, role=None), "record 7: role: missing"),
    (trip(name=None), "record 7: name: missing"),
    (trip(name="(unknown)"), "record 7: name: '(unknown)' holds no name"),
    (trip(start_date=None), "record 7: start-date: missing"),
    (trip(start_date="2021-02-30"), "record 7: start-date: '2021-02-30' is not a date (YYYY-MM-DD)"),
    (trip(end_date="26 July 2021"), "record 7: end-date: '26 July 2021' is not a date (YYYY-MM-DD)"),
    (trip(end_date="2021-07-01"), "record 7: end-date: 2021-07-01 is before the start date 2021-07-26"),
    (trip(country=None), "record 7: country: missing"),
    (trip(country="India"), "record 7: country: no id attribute (text 'India')"),
    (trip(country=({"id": "atlantis"}, "Atlantis")), "record 7: country: unknown country id 'atlantis' (Atlantis)"),
    (
        trip(country=({"id": "european-union"}, "European Union")),
        "record 7: country: country id 'european-union' (European Union): the European Union is not a state "
        "and has no ISO 3166 code",
    ),
]
BAD_VISITS = [
    (visit(visitor=None), "record 9: visitor: missing"),
    (visit(visitor="President"), "record 9: visitor: no name after the title 'President' in 'President'"),
    (visit(visitor=" , "), "record 9: visitor: no person named in ','"),
    (visit(visitor="42"), "record 9: visitor: '42' is not a name"),
    (
        visit(**{"from": ({"id": "hawaii"}, "Hawaii")}),
        "record 9: from: country id 'hawaii' (Hawaii): the "
        "Kingdom of Hawaii (to 1893) and the Republic of Hawaii (1894-1898) have no ISO 3166 code",
    ),
]


@pytest.mark.parametrize(("xml", "message"), BAD_TRIPS)
def test_a_bad_trip_is_warned_with_file_record_and_field_then_skipped(tmp_path: Path, xml: str, message: str) -> None:
    """By default a bad record is an HsgRecordWarning naming file, record id and field; the load goes on."""
    path = write(tmp_path, "trips.xml", "trips", xml, trip(id="8", start_date="2021-08-01", end_date="2021-08-02"))
    summary = LoadSummary()
    with pytest.warns(HsgRecordWarning) as caught:
        loaded = list(hsg.read_travels(path, met=False, summary=summary))
    assert [str(w.message) for w in caught] == [f"{path}: {message}"]
    assert [v.record_id for v in loaded] == ["hsg:travels:8"]
    assert (summary.records, summary.loaded, summary.skipped) == (2, 1, 1)


@pytest.mark.parametrize(("xml", "message"), BAD_TRIPS)
def test_a_bad_trip_raises_in_strict_mode_with_the_same_detail(tmp_path: Path, xml: str, message: str) -> None:
    """strict=True raises HsgRecordError (a ValidationError and ValueError) with the same message."""
    path = write(tmp_path, "trips.xml", "trips", xml)
    with pytest.raises(HsgRecordError) as caught:
        list(hsg.read_travels(path, met=False, strict=True))
    assert str(caught.value) == f"{path}: {message}"
    assert isinstance(caught.value, diplomacy.ValidationError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.file == str(path)


@pytest.mark.parametrize(("xml", "message"), BAD_VISITS)
def test_a_bad_visit_is_warned_with_file_record_and_field(tmp_path: Path, xml: str, message: str) -> None:
    """Visits records report their own fields: visitor, from."""
    path = write(tmp_path, "2020.xml", "visits", xml)
    with pytest.warns(HsgRecordWarning) as caught:
        assert list(hsg.read_visits(path, met=False)) == []
    assert [str(w.message) for w in caught] == [f"{path}: {message}"]


def test_strict_mode_yields_the_good_records_before_the_bad_one(tmp_path: Path) -> None:
    """Records are handed out in file order; the error comes where the bad record is."""
    path = write(tmp_path, "trips.xml", "trips", trip(id="1"), trip(id="2", country=None), trip(id="3"))
    reader = hsg.read_travels(path, met=False, strict=True)
    assert next(reader).record_id == "hsg:travels:1"
    with pytest.raises(HsgRecordError) as caught:
        next(reader)
    assert str(caught.value) == f"{path}: record 2: country: missing"


def test_malformed_xml_reports_the_file_after_the_records_before_the_break(tmp_path: Path) -> None:
    """A file that stops being well-formed yields its good records, then one file-level warning."""
    path = tmp_path / "broken.xml"
    path.write_text(f"<trips>{trip(id='1')}<trip><id>2</id></role></trip></trips>", "utf-8")
    summary = LoadSummary()
    with pytest.warns(HsgRecordWarning) as caught:
        loaded = list(hsg.read_travels(path, met=False, summary=summary))
    assert [v.record_id for v in loaded] == ["hsg:travels:1"]
    column = len(f"<trips>{trip(id='1')}<trip><id>2</id></") + 1
    assert [str(w.message) for w in caught] == [
        f"{path}: not well-formed XML at line 1, column {column}: mismatched tag"
    ]
    [problem] = summary.problems
    assert (problem.record_id, problem.position, problem.field) == (None, None, None)
    assert (summary.records, summary.loaded, summary.skipped) == (1, 1, 0)


def test_a_file_of_the_other_data_set_is_reported_when_named_directly() -> None:
    """read_travels on a visits file says so; in a folder such files are passed over silently."""
    path = VISITS / "data" / "2020.xml"
    with pytest.warns(HsgRecordWarning) as caught:
        assert list(hsg.read_travels(path, met=False)) == []
    assert [str(w.message) for w in caught] == [
        f"{path}: not a file of travels: the root element is <visits>, not <trips>"
    ]


def test_a_missing_path_raises_at_the_call() -> None:
    """The path is checked when the reader is called, before any iteration."""
    with pytest.raises(FileNotFoundError) as caught:
        hsg.read_travels("no/such/folder")
    assert str(caught.value) == "no such file or folder: 'no/such/folder'"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: hsg.read_travels(3), "expected a path to a file or folder, got 3 (int)"),  # type: ignore[arg-type]
        (
            lambda: hsg.read_visits(VISITS, strict="yes"),  # type: ignore[arg-type]
            "strict and met must be True or False, got strict='yes', met=True",
        ),
        (
            lambda: hsg.read_visits(VISITS, as_of="2025-01-01"),  # type: ignore[arg-type]
            "as_of must be a datetime.date or None, got '2025-01-01' (str)",
        ),
        (
            lambda: hsg.read_visits(VISITS, as_of=dt.datetime(2025, 1, 1)),
            "as_of must be a datetime.date or None, got datetime.datetime(2025, 1, 1, 0, 0) (datetime)",
        ),
        (
            lambda: hsg.read_visits(VISITS, summary={}),  # type: ignore[arg-type]
            "summary must be a LoadSummary or None, got {} (dict)",
        ),
    ],
)
def test_wrong_arguments_raise_type_errors_at_the_call(call: Any, message: str) -> None:
    """Argument types are checked up front, with a message naming the value."""
    with pytest.raises(TypeError) as caught:
        call()
    assert str(caught.value) == message


def test_reading_is_lazy(tmp_path: Path) -> None:
    """Nothing is read until the result is iterated: a bad file warns only then."""
    path = tmp_path / "broken.xml"
    path.write_text("<trips><trip>", "utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = hsg.read_travels(path, met=False)
    assert isinstance(result, Iterator)
    with pytest.warns(HsgRecordWarning):
        assert list(result) == []


# --- garbage collection ----------------------------------------------------------------------------


def test_the_consumer_runs_with_gc_on_and_gc_is_restored(tmp_path: Path) -> None:
    """GC is paused only while a chunk is parsed: on in the loop body, on after a full or broken-off load."""
    states = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HsgDuplicateWarning)
        for _ in hsg.read_travels(TRAVELS / "secretary-travels", met=False, as_of=AS_OF):
            states.append(gc.isenabled())
    assert states
    assert all(states)
    assert gc.isenabled()
    reader = hsg.read_travels(TRAVELS / "secretary-travels", met=False, as_of=AS_OF)
    next(reader)
    assert gc.isenabled()
    reader.close()  # type: ignore[attr-defined]
    assert gc.isenabled()


def test_a_load_leaves_gc_off_if_it_was_off() -> None:
    """The reader restores the state it found, not 'on'."""
    gc.disable()
    try:
        list(hsg.read_travels(TRAVELS / "secretary-travels" / "ellery-raymond-tobias.xml", met=False))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_records_beyond_one_chunk_keep_their_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file longer than a chunk is read in several chunks, in order, with GC on between them."""
    monkeypatch.setattr(hsg, "_CHUNK", 2)
    records = [trip(id=str(i), start_date=f"2021-07-{i:02d}", end_date=f"2021-07-{i:02d}") for i in range(1, 8)]
    path = write(tmp_path, "trips.xml", "trips", *records)
    states = []
    ids = []
    for v in hsg.read_travels(path, met=False):
        states.append(gc.isenabled())
        ids.append(v.record_id)
    assert ids == [f"hsg:travels:{i}" for i in range(1, 8)]
    assert all(states)


# --- fuzzing ---------------------------------------------------------------------------------------

xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\n\t ,;()&-."),
    max_size=30,
)
dates = st.one_of(st.dates().map(str), xml_text)
slugs = st.one_of(st.sampled_from(["india", "russia", "serbia", "hawaii", "european-union", "kosovo"]), xml_text)
maybe = st.one_of(st.none(), xml_text)


@given(
    fields=st.fixed_dictionaries(
        {
            "role": st.one_of(st.sampled_from(["president", "secretary"]), maybe),
            "id": st.one_of(st.integers(0, 10**6).map(str), maybe),
            "name": maybe,
            "start-date": dates,
            "end-date": dates,
            "country": slugs.map(lambda slug: ({"id": slug}, "X")),
            "locale": maybe,
            "remarks": maybe,
        }
    )
)
def test_fuzzed_trip_fields_never_crash_the_loader(fields: dict[str, Any]) -> None:
    """Whatever the field text, a record either loads as a valid Visit or becomes one warning."""
    xml = record("trip", fields, {"role": fields["role"]} if fields["role"] else {})
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "t.xml", "trips", xml)
        summary = LoadSummary()
        loaded, messages = load(hsg.read_travels, path, summary=summary)
    assert (summary.records, len(loaded) + summary.skipped) == (1, 1)
    assert len(messages) == summary.skipped
    for v in loaded:
        assert isinstance(v, Visit)
        assert v.city is None or v.city.strip() == v.city != ""


@given(visitor=xml_text, description=maybe, slug=slugs)
def test_fuzzed_visit_fields_never_crash_the_loader(visitor: str, description: str | None, slug: str) -> None:
    """A fuzzed visitor, description or country id loads or is reported, never raises."""
    xml = visit(visitor=visitor, description=description, **{"from": ({"id": slug}, "X")})
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder), "v.xml", "visits", xml)
        summary = LoadSummary()
        loaded, messages = load(hsg.read_visits, path, summary=summary)
    assert len(loaded) + summary.skipped == 1
    assert len(messages) == summary.skipped
    for v in loaded:
        assert v.traveler.name.strip() == v.traveler.name != ""


@given(garbage=st.binary(max_size=200))
def test_fuzzed_bytes_never_crash_the_loader(garbage: bytes) -> None:
    """Bytes that are not XML at all give a file-level warning (or nothing), never an exception."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "x.xml")
        path.write_bytes(garbage)
        loaded, messages = load(hsg.read_travels, path)
    assert loaded == [] or all(isinstance(v, Visit) for v in loaded)
    assert all(m.startswith(str(path)) for m in messages)


# --- officials met ---------------------------------------------------------------------------------


def test_without_the_text_layer_met_true_says_how_to_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """When diplomacy.extract cannot be imported, met=True fails at the call and names met=False."""
    monkeypatch.setattr(diplomacy, "_LAZY", {k: v for k, v in diplomacy._LAZY.items() if k != "extract"})
    monkeypatch.delattr(diplomacy, "extract", raising=False)
    with pytest.raises(ImportError) as caught:
        hsg.read_travels(TRAVELS)
    assert str(caught.value) == (
        "met=True reads the officials met with diplomacy.extract, which cannot be imported here "
        "(the cause is chained below); pass met=False to load without them"
    )


def test_officials_named_in_remarks_are_met_or_accompanying(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With met=True each official the text layer finds is met, or accompanying after 'Accompanied'."""
    calls: list[tuple[str, object]] = []

    def fake_extract(text: str, *, published: object = None) -> tuple[Official, ...]:
        calls.append((text, published))
        found = []
        for m in re.finditer(r"(President|Prime Minister) ([A-Z]\w+)", text):
            found.append(Official(name=m.group(2), title=m.group(1), spans=[Span.of(text, m.start(), m.end())]))
        return tuple(found)

    monkeypatch.setattr(hsg, "_extractor", lambda: fake_extract)  # the loader's seam to the text layer
    path = write(
        tmp_path,
        "t.xml",
        "trips",
        trip(id="1", remarks="Accompanied President Hartwell. Met with Prime Minister Bhandari."),
        trip(id="2", start_date="2021-08-01", end_date="2021-08-01", remarks="Working visit."),
    )
    first, second = list(hsg.read_travels(path, as_of=AS_OF))
    assert [o.name for o in first.accompanying] == ["Hartwell"]
    assert [o.name for o in first.met] == ["Bhandari"]
    assert (second.met, second.accompanying) == ((), ())
    assert calls == [
        ("Accompanied President Hartwell. Met with Prime Minister Bhandari.", dt.date(2021, 7, 26)),
        ("Working visit.", dt.date(2021, 8, 1)),
    ]


@needs_extract
def test_the_text_layer_finds_the_officials_met_in_the_remarks(tmp_path: Path) -> None:
    """The real extractor reads 'Met with Prime Minister Rupert Ashcombe and King Edmund IV.'."""
    loaded, _ = load(hsg.read_travels, TRAVELS / "president-travels" / "brennock-arthur-j.xml", met=True)
    by_id = {v.record_id: v for v in loaded}
    london = by_id["hsg:travels:90001"]
    assert "Rupert Ashcombe" in {o.name for o in london.met}
    assert london.met
    for official in london.met:
        for span in official.spans:
            assert london.notes is not None
            assert london.notes[span.start : span.end] == span.text


# --- JSON round trip -------------------------------------------------------------------------------


@needs_json
def test_every_fixture_visit_survives_the_json_round_trip() -> None:
    """to_json then from_json gives back an equal Visit, for every fixture record."""
    for reader, path in ((hsg.read_travels, TRAVELS), (hsg.read_visits, VISITS)):
        loaded, _ = load(reader, path, met=_have("extract"))
        for v in loaded:
            assert diplomacy.from_json(diplomacy.to_json(v), Visit) == v


# --- the full snapshot -----------------------------------------------------------------------------


def _raw_ids(folder: Path, root: str) -> list[str]:
    ids: list[str] = []
    for path in sorted(folder.rglob("*.xml")):
        tree = ET.parse(path).getroot()
        if tree.tag == root:
            ids.extend(r.findtext("id") or "" for r in tree)
    return ids


@needs_shared
def test_the_full_snapshot_loads_or_reports_every_record() -> None:
    """All 7,535 records: each loads or is reported; the known duplicates and Hawaii visits are found."""
    results = {}
    for reader, name, root in ((hsg.read_travels, "travels", "trips"), (hsg.read_visits, "visits", "visits")):
        summary = LoadSummary()
        loaded, _ = load(reader, SHARED / name, summary=summary)
        raw = _raw_ids(SHARED / name, root)
        assert summary.records == len(raw) == summary.loaded + summary.skipped
        reported = {p.record_id for p in summary.problems}
        assert {v.record_id.rsplit(":", 1)[1] for v in loaded if v.record_id} | reported == set(raw)
        results[name] = summary
    travels, visits_ = results["travels"], results["visits"]
    assert (travels.records, travels.loaded, travels.skipped) == (4271, 4271, 0)
    assert (visits_.records, visits_.loaded, visits_.skipped) == (3264, 3261, 3)
    assert travels.records + visits_.records == 7535
    assert sorted((d.first_record_id, d.record_id) for d in travels.duplicates) == [
        ("2121", "2123"),
        ("3992", "4019"),
        ("3993", "4020"),
        ("4118", "4119"),
    ]
    assert [(d.first_record_id, d.record_id) for d in visits_.duplicates] == [("2044", "2064")]
    assert [(p.record_id, p.field) for p in visits_.problems] == [("2138", "from"), ("2140", "from"), ("2142", "from")]


@needs_shared
@needs_json
def test_every_visit_of_the_full_snapshot_survives_the_json_round_trip() -> None:
    """Every loaded Visit of the snapshot comes back equal from to_json/from_json."""
    for reader, name in ((hsg.read_travels, "travels"), (hsg.read_visits, "visits")):
        loaded, _ = load(reader, SHARED / name, met=_have("extract"))
        for v in loaded:
            assert diplomacy.from_json(diplomacy.to_json(v), Visit) == v, v.record_id


# --- the how-to page -------------------------------------------------------------------------------


def _howto_examples(text: str, globs: dict[str, Any]) -> str:
    """The page without the ``.. doctest::`` blocks whose ``:skipif:`` holds, as Sphinx skips them."""
    kept: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        option = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if line.startswith(".. doctest::") and option.startswith(":skipif:"):
            skip = eval(option.removeprefix(":skipif:"), dict(globs))  # the page's own expression
            i += 2
            while i < len(lines) and (not lines[i] or lines[i].startswith(" ")):
                if not skip:
                    kept.append(lines[i])
                i += 1
            continue
        kept.append(line)
        i += 1
    return "\n".join(kept)


def test_the_howto_page_examples_run() -> None:
    """docs/howto-hsg.rst's examples pass against the fixtures (and the shared data when present)."""
    globs = {"FIXTURES": FIXTURES, "SHARED": SHARED, "HAVE_EXTRACT": _have("extract")}
    text = _howto_examples(DOCS.read_text(encoding="utf-8"), globs)
    test = doctest.DocTestParser().get_doctest(text, globs, "howto-hsg", str(DOCS), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0
    assert result.attempted > 0


def test_json_of_the_slug_table_is_sorted_and_complete() -> None:
    """The data file stays reviewable: slugs in order, one code or null each."""
    table = json.loads((Path(hsg.__file__).parents[1] / "_data" / "hsg_countries.json").read_text("utf-8"))
    assert list(table["codes"]) == sorted(table["codes"])
    assert set(table) == {"about", "codes", "before", "no_code"}
