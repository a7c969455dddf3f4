"""The gazetteers: what the examples resolve to, the data's internal consistency, and lazy loading."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from importlib import resources

import pycountry
import pytest

from diplomacy import Country
from diplomacy._text import gazetteer as gz
from diplomacy._text.gazetteer import Office, Organisation


def _data(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads(resources.files("diplomacy._data").joinpath(name).read_text(encoding="utf-8"))


def _norm(title: str) -> str:
    return title.replace("-", " ")


# ---------------------------------------------------------------- offices


@pytest.mark.parametrize(
    ("alias", "title", "country", "organisation"),
    [
        ("EAM", "External Affairs Minister", "IN", None),
        ("External Affairs Minister", "External Affairs Minister", "IN", None),
        ("Secretary of State", "Secretary of State", "US", None),
        ("PM", "Prime Minister", None, None),
        ("prime minister", "Prime Minister", None, None),
        ("Prime minister", "Prime Minister", None, None),
        ("FM", "Foreign Minister", None, None),
        ("Minister for Foreign Affairs", "Minister for Foreign Affairs", None, None),
        ("Minister of Foreign Affairs", "Minister of Foreign Affairs", None, None),
        ("Foreign Affairs Minister", "Foreign Affairs Minister", None, None),
        ("foreign secretary", "Foreign Secretary", None, None),
        ("NSA", "National Security Advisor", None, None),
        ("National Security Adviser", "National Security Advisor", None, None),
        ("Deputy NSA", "Deputy National Security Advisor", None, None),
        ("Deputy National Security Adviser", "Deputy National Security Advisor", None, None),
        ("MP", "Member of Parliament", None, None),
        ("VP", "Vice President", None, None),
        ("Vice-President", "Vice President", None, None),
        ("Chancellor", "Chancellor", "DE", None),
        ("Senator", "Senator", "US", None),
        ("Rep.", "Representative", "US", None),
        ("Chief Minister", "Chief Minister", "IN", None),
        ("Secretary of Defense", "Secretary of Defense", "US", None),
        ("Defence Minister", "Defence Minister", None, None),
        ("Defense Minister", "Defense Minister", None, None),
        ("Chargé d'Affaires", "Chargé d'Affaires", None, None),
        ("Chargé d’Affaires", "Chargé d'Affaires", None, None),
        ("Charge d'affaires", "Chargé d'Affaires", None, None),
        ("UN Secretary-General", "Secretary-General", None, "UN"),
        ("UNSG", "Secretary-General", None, "UN"),
        ("Secretary-General of the United Nations", "Secretary-General", None, "UN"),
        ("Secretary-General", "Secretary-General", None, None),
        ("Secretary General", "Secretary-General", None, None),
        ("NATO Secretary General", "Secretary General", None, "NATO"),
        ("President of the European Commission", "President of the European Commission", None, "EU"),
        ("EU High Representative", "High Representative for Foreign Affairs and Security Policy", None, "EU"),
        ("UN Special Envoy", "Special Envoy", None, "UN"),
        ("Special Envoy", "Special Envoy", None, None),
        ("Department Spokesperson", "Department Spokesperson", "US", None),
        ("King", "King", None, None),
        ("Amir", "Amir", None, None),
        ("Pope", "Pope", "VA", None),
        ("Crown Prince", "Crown Prince", None, None),
        ("Grand Duke", "Grand Duke", "LU", None),
        ("Congressman", "Representative", "US", None),
    ],
)
def test_office_aliases_resolve(alias: str, title: str, country: str | None, organisation: str | None) -> None:
    """Abbreviations, spellings and case variants of a title resolve to its canonical long form, with
    the country or organisation the title alone implies."""
    office = gz.offices()[alias]
    assert (office.title, office.country, office.organisation) == (title, country, organisation)


def test_offices_are_typed_frozen_values() -> None:
    """offices() maps to frozen, slotted Office values of a known kind."""
    office = gz.offices()["EAM"]
    assert office == Office("External Affairs Minister", "IN", None, "minister")
    assert not hasattr(office, "__dict__")
    with pytest.raises(AttributeError):
        office.title = "x"  # type: ignore[misc]
    assert {o.kind for o in gz.offices().values()} <= gz.OFFICE_KINDS


def test_no_written_alias_names_two_offices() -> None:
    """No alias listed in offices.json belongs to two entries, and an alias equal to another entry's
    title spells the same title (only a hyphen differs: "Secretary General")."""
    entries = _data("offices.json")["offices"]
    owner: dict[str, int] = {}
    for i, entry in enumerate(entries):
        for alias in entry["aliases"]:
            assert alias not in owner, alias
            owner[alias] = i
    for entry in entries:
        if entry["title"] in owner:
            assert _norm(entries[owner[entry["title"]]]["title"]) == _norm(entry["title"])


def test_explicit_aliases_win_over_generated_variants() -> None:
    """Every alias written in offices.json maps to its own entry, whatever variants other entries
    generate; a bare title shared with organisation-specific offices maps to the bare office."""
    index = gz.offices()
    for entry in _data("offices.json")["offices"]:
        for alias in entry["aliases"]:
            assert index[alias].title == entry["title"], alias
            assert index[alias].organisation == entry["organisation"], alias
    for bare in ["President", "Secretary-General", "Director-General", "Special Envoy", "Managing Director"]:
        assert index[bare].organisation is None


def test_generic_words_are_not_offices() -> None:
    """The bare words kept for the "title right before a name" case ("Secretary", "Minister",
    "Director") are never office keys, in any case."""
    generic = gz.generic_titles()
    assert {"Secretary", "Minister", "Director"} <= generic
    assert not generic & set(gz.offices())
    for entry in _data("offices.json")["offices"]:
        assert not set(entry["aliases"]) & generic


def test_office_pattern_finds_every_written_alias() -> None:
    """office_pattern matches every alias and title as written, each match is a key of offices(),
    and it prefers the longest title."""
    pattern = gz.office_pattern()
    for entry in _data("offices.json")["offices"]:
        for alias in [entry["title"], *entry["aliases"]]:
            if alias not in gz.generic_titles():
                assert pattern.fullmatch(alias), alias
    text = (
        "Deputy National Security Advisor (NSA) Pavan Kapoor met EAM S Jaishankar and US Secretary of "
        "State Marco Rubio; Congress MP Shashi Tharoor and UN Special Envoy for Syria Staffan de Mistura."
    )
    found = [m.group() for m in pattern.finditer(text)]
    assert found == [
        "Deputy National Security Advisor",
        "NSA",
        "EAM",
        "Secretary of State",
        "MP",
        "UN Special Envoy",
    ]
    assert all(f in gz.offices() for f in found)


def test_office_countries_and_organisations_exist() -> None:
    """Every office's country is a Country we know, and its organisation is an organisation's
    acronym or name in organisations.json."""
    for office in gz.offices().values():
        if office.country is not None:
            Country(office.country)
        if office.organisation is not None:
            org = gz.organisations()[office.organisation]
            assert office.organisation in {org.acronym, org.name}


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("adjective", "code"),
    [
        ("Indian", "IN"),
        ("American", "US"),
        ("US", "US"),
        ("U.S.", "US"),
        ("British", "GB"),
        ("UK", "GB"),
        ("Chinese", "CN"),
        ("Saudi", "SA"),
        ("Emirati", "AE"),
        ("Kosovar", "XK"),
        ("Palestinian", "PS"),
        ("Nepali", "NP"),
        ("Nepalese", "NP"),
        ("Sri Lankan", "LK"),
        ("Filipino", "PH"),
        ("Philippine", "PH"),
        ("Dutch", "NL"),
        ("Swiss", "CH"),
        ("Argentine", "AR"),
        ("Argentinian", "AR"),
        ("New Zealand", "NZ"),
        ("South African", "ZA"),
        ("Korean", "KR"),
        ("North Korean", "KP"),
        ("Soviet", "SU"),
    ],
)
def test_adjectives_resolve(adjective: str, code: str) -> None:
    """Demonyms and attributive short forms give the country."""
    assert gz.country_adjectives()[adjective] == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("India", "IN"),
        ("the United States", "US"),
        ("The United States", "US"),
        ("United States", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("America", "US"),
        ("Britain", "GB"),
        ("the Netherlands", "NL"),
        ("Netherlands", "NL"),
        ("Holland", "NL"),
        ("DPRK", "KP"),
        ("ROK", "KR"),
        ("the Emirates", "AE"),
        ("Burma", "MM"),
        ("the Holy See", "VA"),
        ("the Vatican", "VA"),
        ("East Timor", "TL"),
        ("Czech Republic", "CZ"),
        ("Swaziland", "SZ"),
        ("Macedonia", "MK"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Côte d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Kosovo", "XK"),
        ("Palestine", "PS"),
        ("Taiwan", "TW"),
        ("Washington", "US"),
        ("Beijing", "CN"),
        ("Moscow", "RU"),
        ("New Delhi", "IN"),
        ("Yugoslavia", "YU"),
    ],
)
def test_country_names_and_metonyms_resolve(name: str, code: str) -> None:
    """Names, short forms, names with and without their article, and capitals used for their
    governments give the country."""
    assert gz.country_names()[name] == code


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Washington", "US"),
        ("New York", "US"),
        ("Geneva", "CH"),
        ("Davos", "CH"),
        ("Bern", "CH"),
        ("New Delhi", "IN"),
        ("Mumbai", "IN"),
        ("Bangalore", "IN"),
        ("Hyderabad", "IN"),
        ("Varanasi", "IN"),
        ("Tokyo", "JP"),
        ("Hiroshima", "JP"),
        ("Shanghai", "CN"),
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("São Paulo", "BR"),
        ("Sao Paulo", "BR"),
        ("Pristina", "XK"),
        ("Ramallah", "PS"),
        ("Kathmandu", "NP"),
    ],
)
def test_cities_resolve(city: str, code: str) -> None:
    """Capitals and major cities, in their usual spellings, give the country."""
    assert gz.cities()[city] == code


def test_capitals_and_regions() -> None:
    """capitals() maps a code to its capital, which cities() maps back; regions() knows states and
    provinces, including those whose names contain another country's name."""
    caps = gz.capitals()
    assert (caps["IN"], caps["US"], caps["CH"], caps["XK"]) == ("New Delhi", "Washington", "Bern", "Pristina")
    for code, capital in caps.items():
        if code != "NF":  # Norfolk Island's Kingston: cities() keeps Jamaica's
            assert gz.cities()[capital] == code, capital
    assert gz.regions()["Texas"] == "US"
    assert gz.regions()["New Mexico"] == "US"
    assert gz.regions()["West Bengal"] == "IN"
    assert gz.regions()["Inner Mongolia"] == "CN"


def test_place_pattern_matches_every_place_form_longest_first() -> None:
    """place_pattern matches every name, adjective, city and region as written, and the longest form
    wins ("New Mexico" over "Mexico", "Papua New Guinea" over "Guinea", "the U.S." over "U.S."), and a
    demonym's plural is a form of its own ("South Koreans")."""
    pattern = gz.place_pattern()
    for index in (gz.country_names(), gz.country_adjectives(), gz.cities(), gz.regions()):
        for form in index:
            assert pattern.fullmatch(form), form
    text = "From New Mexico to Papua New Guinea, the U.S.-India talks in Geneva; South Koreans."
    assert [m.group() for m in pattern.finditer(text)] == [
        "New Mexico",
        "Papua New Guinea",
        "the U.S.",
        "India",
        "Geneva",
        "South Koreans",
    ]


def test_every_country_is_covered() -> None:
    """countries.json has every ISO 3166-1 country plus XK and the historic SU, YU, CS, DD; each is a
    valid Country; every state has adjectives and a capital."""
    data = _data("countries.json")
    assert {c.alpha_2 for c in pycountry.countries} | {"XK", "SU", "YU", "CS", "DD"} <= set(data)
    for code in data:
        Country(code)
    uninhabited = {"BV", "HM", "GS", "TF", "UM"}
    no_capital = uninhabited | {"AQ", "TK", "SJ", "SU", "YU", "CS", "DD", "TP"}
    for code, entry in data.items():
        assert entry["names"], code
        if code not in uninhabited | {"TP"}:
            assert entry.get("adjectives"), code
        if code not in no_capital:
            assert entry.get("capital"), code


def test_country_json_names_parse_to_their_country() -> None:
    """Every name in countries.json parses, through Country.parse, to its own country, and every
    country's own name parses back to it."""
    for code, entry in _data("countries.json").items():
        for name in [entry.get("name"), *entry["names"]]:
            if name:
                assert Country.parse(name) == Country(code), name
    assert Country("CD").name == "Democratic Republic of the Congo"
    assert Country("KR").name == "South Korea"


def test_place_forms_name_one_country_each() -> None:
    """Across names, adjectives, cities, regions and metonyms, a written form belongs to one country
    (Norfolk Island's capital Kingston, shared with Jamaica's, is the one exception)."""
    owner: dict[str, str] = {}
    for code, entry in _data("countries.json").items():
        for field in ("names", "adjectives", "capital", "cities", "regions", "metonyms"):
            value = entry.get(field, [])
            for form in [value] if isinstance(value, str) else value:
                if owner.setdefault(form, code) != code:
                    assert (form, code) == ("Kingston", "NF")


def test_ambiguous_places_are_flagged() -> None:
    """Place forms that are also people's names or common words are listed as ambiguous, and each is
    a form the gazetteer knows."""
    flagged = gz.ambiguous_places()
    assert {"Chad", "Jordan", "Georgia", "Victoria", "Washington", "Malé", "Congo"} <= flagged
    known = {**gz.country_names(), **gz.country_adjectives(), **gz.cities(), **gz.regions()}
    assert flagged <= set(known)


# ---------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("form", "name", "kind", "country"),
    [
        ("MEA", "Ministry of External Affairs", "government", "IN"),
        ("State Department", "United States Department of State", "government", "US"),
        ("the State Department", "United States Department of State", "government", "US"),
        ("Pentagon", "Department of Defense", "government", "US"),
        ("FCDO", "Foreign, Commonwealth and Development Office", "government", "GB"),
        ("Kremlin", "Kremlin", "government", "RU"),
        ("UN", "United Nations", "international", None),
        ("NATO", "North Atlantic Treaty Organization", "international", None),
        ("ASEAN", "Association of Southeast Asian Nations", "international", None),
        ("Quad", "Quadrilateral Security Dialogue", "international", None),
        ("BJP", "Bharatiya Janata Party", "party", "IN"),
        ("Congress", "Indian National Congress", "party", "IN"),
        ("U.S. Congress", "United States Congress", "legislature", "US"),
        ("GOP", "Republican Party", "party", "US"),
        ("Nepali Congress", "Nepali Congress", "party", "NP"),
        ("Reuters", "Reuters", "media", "GB"),
        ("PTI", "Press Trust of India", "media", "IN"),
        ("ANI", "Asian News International", "media", "IN"),
        ("Xinhua", "Xinhua News Agency", "media", "CN"),
    ],
)
def test_organisations_resolve(form: str, name: str, kind: str, country: str | None) -> None:
    """Names, acronyms and aliases give the organisation, its kind and its country (None if
    international)."""
    org = gz.organisations()[form]
    assert isinstance(org, Organisation)
    assert (org.name, org.kind, org.country) == (name, kind, country)


def test_ambiguous_organisations_list_every_reading() -> None:
    """A form shared by several organisations maps to the likeliest, and ambiguous_organisations()
    gives all of them in order; every other form names one organisation."""
    amb = gz.ambiguous_organisations()
    assert [o.name for o in amb["PTI"]] == ["Press Trust of India", "Pakistan Tehreek-e-Insaf"]
    assert [o.name for o in amb["Congress"]] == ["Indian National Congress", "United States Congress"]
    owners: dict[str, set[str]] = {}
    for entry in _data("organisations.json")["organisations"]:
        for form in [entry["name"], entry["acronym"], *entry["aliases"]]:
            if form:
                owners.setdefault(form, set()).add(entry["name"])
    for form, names in owners.items():
        if len(names) > 1:
            assert {o.name for o in amb[form]} == names, form
        assert gz.organisations()[form].name in names


def test_organisation_countries_and_kinds_are_valid() -> None:
    """Every organisation's country is a Country we know and its kind is one of the five kinds."""
    for org in gz.organisations().values():
        assert org.kind in gz.ORGANISATION_KINDS
        if org.country is not None:
            Country(org.country)
    assert gz.organisation_pattern().fullmatch("Ministry of External Affairs")


# ---------------------------------------------------------------- people


def test_honorifics_and_ranks() -> None:
    """Forms of address are honorifics; words often kept in a name ("Sheikh") are not, but are
    listed apart; military ranks are their own list."""
    hon = gz.honorifics()
    assert {"H.E.", "His Excellency", "Mr.", "Dr", "Shri", "Smt.", "Hon.", "The Honourable", "Sir"} <= hon
    assert "Hon’ble" in hon
    assert "Sheikh" not in hon
    assert "Sheikh" in gz.ambiguous_honorifics()
    assert {"General", "Gen.", "Lt. Gen.", "Admiral", "Colonel"} <= gz.ranks()


# ---------------------------------------------------------------- files and loading


def test_every_data_file_is_named_in_sources() -> None:
    """SOURCES.md names every data file in diplomacy/_data."""
    folder = resources.files("diplomacy._data")
    sources = folder.joinpath("SOURCES.md").read_text(encoding="utf-8")
    for item in folder.iterdir():
        if item.name.endswith(".json"):
            assert f"`{item.name}`" in sources, item.name


def test_gazetteer_is_loaded_lazily() -> None:
    """import diplomacy does not import the gazetteer, and importing it reads no data file."""
    code = (
        "import sys, diplomacy\n"
        "assert 'diplomacy._text.gazetteer' not in sys.modules\n"
        "from diplomacy._data import load_json\n"
        "import diplomacy._text.gazetteer\n"
        "assert load_json.cache_info().currsize == 0, load_json.cache_info()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_loading_everything_is_quick() -> None:
    """A fresh process loads and indexes every gazetteer and compiles the three patterns well within
    a generous bound (the data alone take tens of milliseconds)."""
    code = (
        "import time\n"
        "from diplomacy._text import gazetteer as gz\n"
        "t = time.perf_counter()\n"
        "for f in (gz.offices, gz.generic_titles, gz.country_names, gz.country_adjectives, gz.cities,\n"
        "          gz.capitals, gz.regions, gz.organisations, gz.honorifics, gz.ranks,\n"
        "          gz.office_pattern, gz.organisation_pattern, gz.place_pattern):\n"
        "    f()\n"
        "print(time.perf_counter() - t)\n"
    )
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert float(out) < 5.0
    assert time.perf_counter() - start < 30.0


def test_patterns_are_case_sensitive() -> None:
    """The patterns match forms as written: "Chad" the country, not "chad"; "Who" is not the WHO."""
    assert gz.place_pattern().search("a hanging chad") is None
    assert gz.organisation_pattern().search("Who said it?") is None
    assert isinstance(gz.office_pattern(), re.Pattern)


# --- well-known officeholders (people.json) -------------------------------------------------------


def test_people_data_is_well_formed() -> None:
    """Every entry names a person with offices, serving a known state and/or an organisation; an
    entry with both has both kinds of office, so the year can tell which it served."""
    from diplomacy._model import _countries

    codes = _countries.codes()
    data = _data("people.json")
    assert data["source"]
    names = [e["name"] for e in data["people"]]
    assert len(names) == len(set(names)) > 1000
    for entry in data["people"]:
        assert entry["offices"], entry["name"]
        assert entry.get("country") or entry.get("organisation"), entry["name"]
        assert entry.get("country") is None or entry["country"] in codes, entry["name"]
        for office in entry["offices"]:
            assert office["title"].strip() == office["title"]
            assert office["end"] is None or office["start"] <= office["end"], entry["name"]
    for known in gz.people().values():
        if known.country is not None and known.organisation is not None:
            kinds = {o.international for o in known.offices}
            assert kinds == {True, False}, known.name


def test_people_forms_include_spellings_without_diacritics() -> None:
    """ "Erdogan" finds Recep Tayyip Erdoğan; a form found is a key of people()."""
    people = gz.people()
    assert people["Erdogan"].name == "Recep Tayyip Erdoğan"
    assert people["Erdogan"].country == "TR"
    found = [m.group() for m in gz.people_pattern().finditer("Putin met Erdogan and Xi Jinping.")]
    assert found == ["Putin", "Erdogan", "Xi Jinping"]
    assert all(f in people for f in found)


def test_someone_who_served_a_state_and_an_organisation_is_read_by_the_year() -> None:
    """Ban Ki-moon was South Korea's foreign minister, then the UN's Secretary-General."""
    ban = gz.people()["Ban Ki-moon"]
    assert ban.serves(2005) == ("KR", None)
    assert ban.serves(2012) == (None, "UN")
    assert ban.serves(2020) == (None, "UN")  # the latest office before that year
    assert ban.serves(None) == (None, None)  # with no year, the text must tell
    assert gz.people()["Putin"].serves(None) == ("RU", None)
