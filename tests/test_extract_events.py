"""``diplomacy.extract``: visits, statements, agreements and delegations read from news text.

The seed article is the one required acceptance test; every other text is invented here, so the
tests pin the general constructions named in the guidelines, not one story.  ``PUBLISHED`` is a
Monday, the anchor of every relative date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import diplomacy
from diplomacy import Country, Day, Season, VisitStatus

PUBLISHED = dt.date(2025, 5, 26)  # a Monday
SEED = Path(__file__).resolve().parent.parent / "seeds" / "misri-us-visit-2025-05-26.txt"


def report(text: str, published: dt.date | None = PUBLISHED) -> diplomacy.Report:
    return diplomacy.extract(text, published=published)


def visits(
    text: str, published: dt.date | None = PUBLISHED
) -> list[tuple[str, str, str | None, str | None, str | None, str]]:
    """``(traveller, destination, city, start, end, status)`` of every visit, dates as EDTF."""
    return [
        (
            v.traveler.name,
            v.destination.code,
            v.city,
            None if v.start is None else str(v.start),
            None if v.end is None else str(v.end),
            v.status.value,
        )
        for v in report(text, published).visits
    ]


def statements(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str | None, str, str | None]]:
    """``(speaker, text, date)`` of every statement."""
    return [
        (None if s.speaker is None else s.speaker.name, s.text, None if s.date is None else str(s.date))
        for s in report(text, published).statements
    ]


def agreements(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, list[str], str]]:
    """``(name, parties, status)`` of every agreement."""
    return [(a.name, [c.code for c in a.parties], a.status.value) for a in report(text, published).agreements]


def delegations(
    text: str, published: dt.date | None = PUBLISHED
) -> list[tuple[str | None, list[str], int | None, str | None, list[str]]]:
    """``(leader, members, size, composition, itinerary)`` of every delegation."""
    return [
        (
            None if d.leader is None else d.leader.name,
            [m.name for m in d.members],
            d.size,
            d.composition,
            [c.code for c in d.itinerary],
        )
        for d in report(text, published).delegations
    ]


# --- the seed (required acceptance test) --------------------------------------------------------


def test_seed_misri_visit_to_us() -> None:
    """The seed article: Misri's visit to the US, city Washington, 2025-05-27..2025-05-29, planned."""
    r = diplomacy.extract(SEED.read_text(encoding="utf-8"), published=dt.date(2025, 5, 26))
    misri = [v for v in r.visits if v.traveler.name == "Vikram Misri"]
    assert len(misri) == 1
    v = misri[0]
    assert v.destination == Country("US")
    assert v.city == "Washington"
    assert v.start == Day(2025, 5, 27)
    assert v.end == Day(2025, 5, 29)
    assert v.status is VisitStatus.PLANNED
    assert (v.traveler.title, v.traveler.country) == ("Foreign Secretary", Country("IN"))


def test_seed_spans_are_text_slices() -> None:
    """Every span of the seed's visit is a slice of the article."""
    text = SEED.read_text(encoding="utf-8")
    r = diplomacy.extract(text, published=dt.date(2025, 5, 26))
    for v in r.visits:
        for s in v.spans:
            assert text[s.start : s.end] == s.text


# --- visits: status from the wording ------------------------------------------------------------


def test_visit_planned() -> None:
    """ "will visit" is planned; "next month" is the month after publication."""
    assert visits("Chilean Foreign Minister Rosa Quintana will visit Peru next month.") == [
        ("Rosa Quintana", "PE", None, "2025-06", None, "planned")
    ]


def test_visit_planned_on_a_day() -> None:
    """ "is set to visit X on June 3": planned, a one-day visit has that day as start and end."""
    assert visits("Estonian President Mart Kask is set to visit Poland on June 3.") == [
        ("Mart Kask", "PL", None, "2025-06-03", "2025-06-03", "planned")
    ]


def test_visit_possible() -> None:
    """ "may visit" is possible."""
    got = visits("Chilean Foreign Minister Rosa Quintana may visit Peru later this year.")
    assert [(t, d, s) for t, d, _, _, _, s in got] == [("Rosa Quintana", "PE", "possible")]


def test_visit_ongoing_arrived_today() -> None:
    """ "arrived in <city> today": ongoing, the city's country is the destination, today is the start."""
    assert visits("Estonian President Mart Kask arrived in Vilnius today for talks.") == [
        ("Mart Kask", "LT", "Vilnius", "2025-05-26", None, "ongoing")
    ]


def test_visit_ongoing_is_visiting() -> None:
    """ "is visiting" is ongoing."""
    got = visits("Chilean Foreign Minister Rosa Quintana is visiting Peru this week.")
    assert [(t, d, s) for t, d, _, _, _, s in got] == [("Rosa Quintana", "PE", "ongoing")]


def test_visit_completed() -> None:
    """ "visited ... last week" is completed; a week names no day of the trip, so its days stay unknown."""
    assert visits("Chilean Foreign Minister Rosa Quintana visited Peru last week.") == [
        ("Rosa Quintana", "PE", None, None, None, "completed")
    ]


def test_visit_completed_during_his_visit() -> None:
    """ "During his visit to Oslo last week": completed, city Oslo, destination Norway."""
    got = visits("During his visit to Oslo last week, Estonian President Mart Kask met King Harald.")
    assert got == [("Mart Kask", "NO", "Oslo", None, None, "completed")]


def test_visit_cancelled_postponed() -> None:
    """ "has postponed her visit" is cancelled."""
    assert visits("Chilean Foreign Minister Rosa Quintana has postponed her visit to Peru.") == [
        ("Rosa Quintana", "PE", None, None, None, "cancelled")
    ]


def test_visit_cancelled_called_off() -> None:
    """ "called off her trip" is cancelled."""
    assert visits("Chilean Foreign Minister Rosa Quintana called off her trip to Peru.") == [
        ("Rosa Quintana", "PE", None, None, None, "cancelled")
    ]


# --- visits: dates ------------------------------------------------------------------------------


def test_three_day_visit_starting_weekday() -> None:
    """ "a three-day visit ... starting Wednesday", published Monday: Wednesday to Friday of that week."""
    assert visits(
        "Chilean Foreign Minister Rosa Quintana will embark on a three-day visit to Peru starting Wednesday."
    ) == [("Rosa Quintana", "PE", None, "2025-05-28", "2025-05-30", "planned")]


def test_three_day_visit_starting_weekday_other_anchor() -> None:
    """The same sentence published on a Thursday resolves "starting Tuesday" to the next Tuesday."""
    text = "Chilean Foreign Minister Rosa Quintana will embark on a three-day visit to Peru starting Tuesday."
    assert visits(text, dt.date(2025, 9, 4)) == [("Rosa Quintana", "PE", None, "2025-09-09", "2025-09-11", "planned")]


def test_visit_date_range() -> None:
    """ "from June 10 to 13": start and end of the visit."""
    assert visits("Estonian President Mart Kask will pay a state visit to Japan from June 10 to 13.") == [
        ("Mart Kask", "JP", None, "2025-06-10", "2025-06-13", "planned")
    ]


def test_visit_to_a_city_gives_its_country() -> None:
    """ "will travel to Washington next week": destination US, city Washington, next week's span."""
    assert visits("Estonian President Mart Kask will travel to Washington next week.") == [
        ("Mart Kask", "US", "Washington", None, None, "planned")
    ]


def test_multi_stop_trip_one_visit_per_country() -> None:
    """ "to Paris, Brussels and Pristina from Nov 30 to Dec 4": three visits in order; the first
    gets the start, the last the end, the middle stop neither."""
    text = "Austrian Foreign Minister Klaus Reiter will travel to Paris, Brussels and Pristina from Nov 30 to Dec 4."
    assert visits(text) == [
        ("Klaus Reiter", "FR", "Paris", "2025-11-30", None, "planned"),
        ("Klaus Reiter", "BE", "Brussels", None, None, "planned"),
        ("Klaus Reiter", "XK", "Pristina", None, "2025-12-04", "planned"),
    ]


def test_joiner_shares_the_trip_as_possible() -> None:
    """ "X may join Y on the trip": X gets each of Y's visits, as possible."""
    text = (
        "Austrian Foreign Minister Klaus Reiter will travel to Paris, Brussels and Pristina from Nov 30 to Dec 4. "
        "Deputy Foreign Minister Eva Huber may join Reiter on the trip."
    )
    huber = [v for v in visits(text) if v[0] == "Eva Huber"]
    assert huber == [
        ("Eva Huber", "FR", "Paris", "2025-11-30", None, "possible"),
        ("Eva Huber", "BE", "Brussels", None, None, "possible"),
        ("Eva Huber", "XK", "Pristina", None, "2025-12-04", "possible"),
    ]


def test_delegation_travel_is_not_a_visit() -> None:
    """ "A delegation led by X will visit Japan": a delegation, not X's own visit."""
    text = "A delegation led by Senator Grant Miller will visit Japan next week."
    r = report(text)
    assert r.visits == ()
    assert [(d.leader.name if d.leader else None, [c.code for c in d.itinerary]) for d in r.delegations] == [
        ("Grant Miller", ["JP"])
    ]


def test_official_trip_accompanied_by_delegation_is_a_visit() -> None:
    """ "PM X is leaving for an official visit to Y, accompanied by a delegation": X's own visit."""
    text = (
        "Nepali Prime Minister Hari Koirala is leaving for an official visit to Bangladesh on Tuesday, "
        "accompanied by a high-level delegation."
    )
    assert visits(text) == [("Hari Koirala", "BD", None, "2025-05-27", "2025-05-27", "planned")]


def test_said_in_a_city_is_not_a_visit() -> None:
    """ "X said in Riga": no stated travel, no visit."""
    assert visits("Estonian President Mart Kask said in Riga that talks were good.") == []


def test_meeting_is_not_a_visit() -> None:
    """A meeting with no stated travel is not a visit."""
    assert visits("Estonian President Mart Kask met Latvian Prime Minister Ilze Berzina on Monday.") == []


def test_unnamed_traveller_has_no_visit() -> None:
    """ "The Prime Minister will travel" names nobody: no visit."""
    assert visits("The Prime Minister will travel to Kenya next week.") == []


# --- statements ---------------------------------------------------------------------------------


def test_statement_attribution_after_quote() -> None:
    """`"...," said <title> <name>`: the quotation without its closing comma."""
    assert statements(
        '"We will not accept any new tariffs on our farmers," said Canadian Trade Minister Olivia Grant.'
    ) == [("Olivia Grant", "We will not accept any new tariffs on our farmers", None)]


def test_statement_attribution_before_quote() -> None:
    """`<name> said: "..."`: the words inside the marks, final stop kept."""
    assert statements(
        'Canadian Trade Minister Olivia Grant said: "We will not accept any new tariffs on our farmers."'
    ) == [("Olivia Grant", "We will not accept any new tariffs on our farmers.", None)]


def test_statement_according_to() -> None:
    """`According to X, “...”` attributes the quotation to X."""
    assert statements(
        "According to Estonian President Mart Kask, “the region has never been more stable than today.”"
    ) == [("Mart Kask", "the region has never been more stable than today.", None)]


def test_split_quote_joined() -> None:
    """A quotation split by its attribution is one statement, its parts joined."""
    text = '"We will not accept," Canadian Trade Minister Olivia Grant said, "any new tariffs on our farmers."'
    assert statements(text) == [("Olivia Grant", "We will not accept any new tariffs on our farmers.", None)]


def test_pronoun_speaker() -> None:
    """`"...," he said` after a sentence naming an official: the pronoun is that official."""
    text = 'Estonian President Mart Kask spoke on Friday. "Our border is secure and will remain secure," he said.'
    assert statements(text) == [("Mart Kask", "Our border is secure and will remain secure", None)]


def test_title_speaker() -> None:
    """`"...," the minister said`: the bare title refers to the official holding it."""
    text = (
        'Canadian Trade Minister Olivia Grant arrived in Ottawa. "Our farmers deserve better than this," '
        "the minister said."
    )
    assert statements(text) == [("Olivia Grant", "Our farmers deserve better than this", None)]


def test_title_speaker_picks_the_holder_among_two() -> None:
    """Of two officials, "the Prime Minister said" goes to the Prime Minister."""
    text = (
        "Estonian President Mart Kask met Latvian Prime Minister Ilze Berzina. “We agreed on a new road to "
        "the sea,” the Prime Minister said."
    )
    assert statements(text) == [("Ilze Berzina", "We agreed on a new road to the sea", None)]


def test_surname_speaker() -> None:
    """`“...,” Berzina said`: a surname refers to the named official."""
    text = (
        "Estonian President Mart Kask met Latvian Prime Minister Ilze Berzina. “We agreed on a new road to "
        "the sea,” Berzina said."
    )
    assert statements(text) == [("Ilze Berzina", "We agreed on a new road to the sea", None)]


def test_statement_date_from_attribution() -> None:
    """`"...," X told reporters on Friday`: the statement's date is that Friday."""
    text = '"Our border is secure and will remain secure," Estonian President Mart Kask told reporters on Friday.'
    assert statements(text) == [("Mart Kask", "Our border is secure and will remain secure", "2025-05-23")]


def test_scare_quotes_are_not_statements() -> None:
    """Quotations of fewer than four words ("bad idea", "dead on arrival") are not statements."""
    text = 'Canadian Trade Minister Olivia Grant called the plan a "bad idea" and said it was "dead on arrival".'
    assert statements(text) == []


def test_quoted_name_is_not_a_statement() -> None:
    """A quoted name (“Tallinn Process”) is not a statement."""
    assert statements("Estonian President Mart Kask said the “Tallinn Process” was working.") == []


def test_quote_of_a_non_official_is_not_a_statement() -> None:
    """A journalist's words are no official's statement."""
    assert statements('Reporter Jane Holt wrote: "This is the most important summit of the decade so far."') == []


def test_issued_the_following_statement_next_paragraph() -> None:
    """ "X issued the following statement:" then the quotation in the next paragraph: X's statement."""
    text = (
        "Canadian Trade Minister Olivia Grant issued the following statement:\n\n"
        '"Today we reaffirm our commitment to open and fair trade."'
    )
    assert statements(text) == [("Olivia Grant", "Today we reaffirm our commitment to open and fair trade.", None)]


# --- agreements ---------------------------------------------------------------------------------


def test_named_agreement_with_acronym_signed() -> None:
    """A named agreement with its acronym in brackets; parties from the subject; signed on Monday."""
    r = report("Kenya and Tanzania signed the East African Grain Corridor Agreement (EAGCA) on Monday in Arusha.")
    assert [(a.name, a.short_name, [c.code for c in a.parties], a.status.value, str(a.date)) for a in r.agreements] == [
        ("East African Grain Corridor Agreement (EAGCA)", "EAGCA", ["KE", "TZ"], "signed", "2025-05-26")
    ]


def test_acronym_expansion_kept_in_name_launched() -> None:
    """An acronym followed by its expansion in brackets keeps both; "launched" is launched."""
    text = (
        "The leaders launched the GREEN (Global Renewable Energy and Efficiency Network) initiative "
        "between Chile and Norway."
    )
    assert agreements(text) == [
        ("GREEN (Global Renewable Energy and Efficiency Network) initiative", ["CL", "NO"], "launched")
    ]


def test_ceasefire_between_parties() -> None:
    """ "a ceasefire between A and B": the description is the name, A and B the parties."""
    got = agreements("Officials announced a ceasefire between Armenia and Azerbaijan on Friday.")
    assert [(n, p) for n, p, _ in got] == [("ceasefire between Armenia and Azerbaijan", ["AM", "AZ"])]


def test_agreement_proposed_with() -> None:
    """ "X proposed a bilateral trade agreement with Y": proposed, parties X and Y sorted."""
    assert agreements("Vietnam proposed a bilateral trade agreement with Mexico.") == [
        ("bilateral trade agreement", ["MX", "VN"], "proposed")
    ]


def test_agreement_in_force_with_date() -> None:
    """ "entered into force on March 1, 2024": in force, dated; parties from the hyphenated name."""
    r = report("The Ghana-Nigeria Free Trade Agreement entered into force on March 1, 2024.")
    assert [(a.name, [c.code for c in a.parties], a.status.value, str(a.date)) for a in r.agreements] == [
        ("Ghana-Nigeria Free Trade Agreement", ["GH", "NG"], "in_force", "2024-03-01")
    ]


def test_agreement_target_by_fall() -> None:
    """ "aim to sign ... by fall 2026": proposed, target autumn 2026."""
    text = (
        "Indonesian Trade Minister Budi Santoso said Indonesia and Chile aim to sign a comprehensive economic "
        "partnership agreement by fall 2026."
    )
    r = report(text)
    assert [(a.name, [c.code for c in a.parties], a.status.value, a.target_date) for a in r.agreements] == [
        ("comprehensive economic partnership agreement", ["CL", "ID"], "proposed", Season(2026, 23))
    ]


def test_memorandum_signed() -> None:
    """ "signed a memorandum of understanding on X": signed, named with its topic, parties from the subject."""
    assert agreements("Poland and Lithuania signed a memorandum of understanding on energy cooperation.") == [
        ("memorandum of understanding on energy cooperation", ["LT", "PL"], "signed")
    ]


# --- delegations --------------------------------------------------------------------------------


def test_delegation_leader_size_composition_itinerary() -> None:
    """ "An eight-member, all-party delegation led by MP X will visit A, B and C": all four fields."""
    text = (
        "An eight-member, all-party delegation led by MP Rakesh Nair will visit Brazil, Chile and Argentina next month."
    )
    assert delegations(text) == [("Rakesh Nair", [], 8, "all-party", ["BR", "CL", "AR"])]


def test_delegation_members_listed() -> None:
    """ "headed by X ... The delegation includes A and B": leader X, members A and B."""
    text = (
        "A six-member parliamentary delegation headed by Senator Joan Pruitt travelled to Kenya on Monday. "
        "The delegation includes Senator Hal Bryce and Representative Ana Ortiz."
    )
    assert delegations(text) == [("Joan Pruitt", ["Hal Bryce", "Ana Ortiz"], 6, "parliamentary", ["KE"])]


def test_delegation_members_comprising() -> None:
    """ "headed by X, comprising A and B,": members from "comprising"."""
    text = (
        "A trade delegation headed by Commerce Minister Jonas Vik, comprising Deputy Minister Ola Berg and "
        "Ambassador Kari Holm, will visit India on June 4."
    )
    assert delegations(text) == [("Jonas Vik", ["Ola Berg", "Kari Holm"], None, "trade", ["IN"])]


def test_delegation_members_heading() -> None:
    """A "Members of the delegation:" heading lists members one per line."""
    text = (
        "A five-member delegation led by Deputy Minister Greta Lind will travel to Ghana and Nigeria next week. "
        "Members of the delegation:\nAmbassador Erik Sand\nSenator Paula Dean"
    )
    assert delegations(text) == [("Greta Lind", ["Erik Sand", "Paula Dean"], 5, None, ["GH", "NG"])]


def test_delegation_members_share_leader_country() -> None:
    """Members of a delegation serve the country of its leader."""
    text = (
        "A Norwegian delegation led by Commerce Minister Jonas Vik will visit India on June 4. "
        "The delegation includes Deputy Minister Ola Berg and Ambassador Kari Holm."
    )
    r = report(text)
    assert [(o.name, o.country) for o in r.officials] == [
        ("Jonas Vik", Country("NO")),
        ("Ola Berg", Country("NO")),
        ("Kari Holm", Country("NO")),
    ]


def test_delegation_itinerary_in_travel_order() -> None:
    """ "arrived in C after visiting A and B. ... will then travel to D": A, B, C, D."""
    text = (
        "A Swedish trade delegation led by Trade Minister Nils Ekberg arrived in Vietnam after visiting Thailand "
        "and Cambodia. The delegation will then travel to the Philippines."
    )
    assert delegations(text) == [("Nils Ekberg", [], None, "trade", ["TH", "KH", "VN", "PH"])]


def test_delegation_itinerary_across_sentences() -> None:
    """Sentences about one delegation merge into one route on the countries they share."""
    text = (
        "The all-party delegation led by MP Rakesh Nair visited Japan before heading to South Korea. "
        "After concluding its trip to South Korea, the delegation will go to Singapore."
    )
    assert delegations(text) == [("Rakesh Nair", [], None, "all-party", ["JP", "KR", "SG"])]


def test_no_delegation_without_one() -> None:
    """A text with no group travel has no delegation."""
    assert delegations("Estonian President Mart Kask will travel to Washington next week.") == []


# --- without a publication day ------------------------------------------------------------------


def test_yearless_dates_without_published_have_unknown_year() -> None:
    """With no anchor, "from June 10 to 13" keeps its days with an unknown year (XXXX)."""
    assert visits("Estonian President Mart Kask will pay a state visit to Japan from June 10 to 13.", None) == [
        ("Mart Kask", "JP", None, "XXXX-06-10", "XXXX-06-13", "planned")
    ]


def test_state_visit_kind() -> None:
    """ "a state visit" gives the visit its kind."""
    r = report("Estonian President Mart Kask will pay a state visit to Japan from June 10 to 13.")
    assert [v.kind for v in r.visits] == [diplomacy.VisitKind.STATE]


def test_relative_dates_without_published_are_unresolved() -> None:
    """With no anchor, "next week" cannot be resolved: start and end are None."""
    assert visits("Estonian President Mart Kask will travel to Washington next week.", None) == [
        ("Mart Kask", "US", "Washington", None, None, "planned")
    ]


def test_dateline_date_anchors_relative_dates() -> None:
    """With no ``published``, a dateline date with a year is the anchor; the source keeps place and publisher."""
    r = report(
        "TALLINN, June 2, 2025 (ERR) — Estonian President Mart Kask will travel to Washington on Thursday.", None
    )
    assert [(str(v.start), str(v.end)) for v in r.visits] == [("2025-06-05", "2025-06-05")]
    assert r.source is not None
    assert (r.source.dateline, r.source.publisher, r.source.published) == ("Tallinn", "ERR", None)


# --- the status of a visit told inside a sentence about something else ----------------------------


def test_a_past_tense_travel_verb_settles_the_status() -> None:
    """ "he visited Japan" happened, whatever the rest of the sentence plans or wishes."""
    text = (
        "Defence Minister Arjun Patel has worked hard on alliances. Travel limits forced him to make "
        "some of those contacts virtual, but he visited Japan and Kenya."
    )
    assert [(v[1], v[5]) for v in visits(text)] == [("JP", "completed"), ("KE", "completed")]
    modal = "Defence Minister Arjun Patel is expected to have visited Japan by now."
    assert [(v[1], v[5]) for v in visits(modal)] == [("JP", "planned")]  # a modal governs the verb


def test_an_earlier_visit_inside_a_sentence_about_the_future() -> None:
    """ "after his recent visit to India" and "during her visit to Peru last year" are past visits."""
    text = "It will be a pleasure to meet Prime Minister Kenji Sato again after his recent visit to India."
    assert [(v[1], v[5]) for v in visits(text)] == [("IN", "completed")]
    text = (
        "Foreign Minister Ana Ruiz will host a reception for the scholarship announced during "
        "Foreign Minister Ana Ruiz's visit to Peru last year."
    )
    assert [(v[1], v[5]) for v in visits(text)] == [("PE", "completed")]


def test_a_trip_that_includes_its_stops() -> None:
    """ "a tour that will include Chile and Peru": the stops follow the relative clause."""
    text = "Foreign Minister Ana Ruiz begins a week-long tour that will include Chile and Peru on Monday."
    assert [(v[1], v[5]) for v in visits(text)] == [("CL", "planned"), ("PE", "planned")]


def test_a_visit_takes_the_first_city_the_story_puts_the_visitor_in() -> None:
    """A visit told without its city takes the first city of that country the story puts the visitor in."""
    text = (
        "Prime Minister Ram Karki will pay an official visit to India next week.\n\n"
        "He will hold talks at Hyderabad House. He will address business leaders in Mumbai.\n\n"
        "The Prime Minister will also visit Varanasi before returning home."
    )
    assert [(v[1], v[2]) for v in visits(text)] == [("IN", "Mumbai")]
    # a city the first mention names stays
    named = "Prime Minister Ram Karki will visit Chennai, India, next week. He will also speak in Mumbai."
    assert [(v[1], v[2]) for v in visits(named)] == [("IN", "Chennai")]


def test_quoted_names_after_a_determiner_are_not_statements() -> None:
    """'after the "meeting at Lakeside Manor"' quotes a name, however long, not words said."""
    text = (
        'Foreign Minister Ana Ruiz noted that the leaders will build on the "meeting at Lakeside Manor" '
        'and the so-called "evening talks by the river".'
    )
    assert report(text).statements == ()
    said = 'Foreign Minister Ana Ruiz said that "the talks were useful and very productive".'
    assert [s.text for s in report(said).statements] == ["the talks were useful and very productive"]


def test_the_host_who_invites_does_not_travel() -> None:
    """ "At the invitation of President X, President Y will pay a state visit": Y travels, X does not."""
    text = (
        "At the invitation of President Tomas Berg, President Li Wen will pay a state visit to Norway from June 2 to 4."
    )
    assert [(v[0], v[1], v[3], v[4]) for v in visits(text)] == [("Li Wen", "NO", "2025-06-02", "2025-06-04")]
    assert ("Li Wen", None) in [(o.name, o.country) for o in report(text).officials]


def test_stops_listed_with_semicolons() -> None:
    """ "to Athens, Greece; Nicosia, Cyprus; and Skopje" lists stops as surely as commas do."""
    text = "Assistant Secretary Lena Holt will travel to Athens, Greece; Nicosia, Cyprus; and Skopje, North Macedonia."
    assert [(v[1], v[2]) for v in visits(text)] == [("GR", "Athens"), ("CY", "Nicosia"), ("MK", "Skopje")]


def test_joining_others_in_a_country_puts_them_all_there() -> None:
    """ "X will join Minister A and Minister B in Vanuatu": three visitors to Vanuatu."""
    text = (
        "Defence Minister Tom Reid will travel to Fiji. He will then join Minister Ana Ruiz and "
        "Minister Lee Park in Vanuatu."
    )
    assert sorted((v[0], v[1]) for v in visits(text)) == [
        ("Ana Ruiz", "VU"),
        ("Lee Park", "VU"),
        ("Tom Reid", "FJ"),
        ("Tom Reid", "VU"),
    ]


def test_quotation_marks_typed_the_wrong_way_round() -> None:
    """”...,“ said X: marks reversed by a careless typist still quote what X said."""
    text = "Foreign Minister Ana Ruiz met her counterpart.\n\n”It gives me great pleasure to be here today,“ said Ruiz."
    assert [(s.speaker.name, s.text) for s in report(text).statements] == [
        ("Ana Ruiz", "It gives me great pleasure to be here today")
    ]


def test_a_quotation_split_by_a_long_attribution_is_one_statement() -> None:
    """“A,” X said in his statement after the talks, “and B.”: one statement by X, not by "his"."""
    text = (
        "Prime Minister Ravi Menon met his counterpart.\n\n"
        '"Our partnership is important to both countries," Prime Minister Menon said in his statement '
        'after the talks today, "and we have taken several new steps together."'
    )
    assert [(s.speaker.name, s.text) for s in report(text).statements] == [
        (
            "Ravi Menon",
            "Our partnership is important to both countries and we have taken several new steps together.",
        )
    ]


def test_an_agreements_topic_runs_over_inner_prepositions() -> None:
    """ "an MoU on cooperation in customs capacity building": the whole topic, to the next item."""
    text = (
        "India and Chile witnessed the exchange of five MoUs, including an MoU on cooperation in customs "
        "capacity building and an Agreement on cooperation in radio and television broadcasting."
    )
    assert agreements(text) == [
        ("MoU on cooperation in customs capacity building", ["CL", "IN"], "signed"),
        ("Agreement on cooperation in radio and television broadcasting", ["CL", "IN"], "signed"),
    ]
    # "on Tuesday" is a date, not a topic (and a bare "MoU" refers to one named elsewhere)
    assert agreements("Chile and Peru signed an MoU on Tuesday.") == []


def test_members_of_a_collective_take_its_status_and_parties() -> None:
    """ "exchanged 3 memoranda between the two countries. The memoranda included a memorandum on X,
    and a memorandum on Y": two signed memoranda of both countries, and no collective record."""
    text = (
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Jon Berg of Norway. The ministers exchanged "
        "two memoranda of understanding between Chile and Norway.\n\nThe two memoranda of understanding "
        "included a memorandum of understanding on fisheries research, and a memorandum of understanding "
        "for cooperation in the field of diplomatic training."
    )
    assert agreements(text) == [
        ("memorandum of understanding on fisheries research", ["CL", "NO"], "signed"),
        ("memorandum of understanding for cooperation in the field of diplomatic training", ["CL", "NO"], "signed"),
    ]


def test_a_pronoun_keeps_to_the_subject_of_the_pronouns_before_it() -> None:
    """ "he will head to Kenya where he will meet President X. He will then go to Uganda": the
    traveller goes on, not the president he met."""
    text = (
        "Secretary-General Lars Holm will travel to Africa next week. He will head to Kenya where he will "
        "meet with President Daniel Ochieng. He will then go to Uganda."
    )
    assert [(v[0], v[1]) for v in visits(text)] == [("Lars Holm", "KE"), ("Lars Holm", "UG")]


def test_a_visit_naming_no_place_is_where_the_story_was_filed() -> None:
    """ "DOHA: Chilean President X met the emir on Thursday on a regional visit": X is in Qatar now;
    the meeting's day is not the visit's. At home, or for an earlier visit, the dateline says nothing."""
    text = "DOHA: Chilean President Ana Ruiz met the emir on Thursday on a regional visit."
    assert visits(text) == [("Ana Ruiz", "QA", "Doha", None, None, "ongoing")]
    assert visits("SANTIAGO: Chilean President Ana Ruiz met the cabinet on Thursday after her visit.") == []
    assert visits("DOHA: Chilean President Ana Ruiz recalled her last visit.") == []


def test_landing_in_the_adjective_capital() -> None:
    """ "hours after landing in the Kenyan capital": an arrival (under way) in Nairobi."""
    text = (
        "Foreign Minister Ana Ruiz on Monday met President Daniel Ochieng, hours after landing in the Kenyan capital."
    )
    assert visits(text) == [("Ana Ruiz", "KE", "Nairobi", "2025-05-26", None, "ongoing")]
    # "capital" as money is not a city
    assert visits("Foreign Minister Ana Ruiz will travel to attract Kenyan capital investment.") == []


def test_first_person_in_a_transcript_turn_is_its_speaker() -> None:
    """In "Foreign Minister X: I plan to visit Munich" the "I" is X, through the turn's paragraphs;
    an unnamed label ("Question:") ends the turn."""
    text = (
        "Press Conference by Foreign Minister Ana Ruiz\n\n"
        "Foreign Minister Ana Ruiz: I have two announcements.\n\n"
        "First, I accompanied President Tomas Berg on his visit to Peru from February 6 to 8.\n\n"
        "Second, if circumstances permit, I plan to visit Munich, Germany, from February 14 to 16.\n\n"
        "Question: Will you travel to Japan as well?\n\n"
        "I think I will visit Japan next year."
    )
    assert [(v[0], v[1], v[5]) for v in visits(text, dt.date(2025, 2, 12))] == [
        ("Tomas Berg", "PE", "completed"),
        ("Ana Ruiz", "DE", "planned"),
        ("Ana Ruiz", "PE", "completed"),
    ]


def test_delegations_by_owner_company_and_size_in_words() -> None:
    """ "X was part of Y's delegation", "her delegation will include Z", "with a delegation of 166
    business leaders": the owner leads, the others are members, the number is its size."""

    def delegations(text: str) -> list[tuple[str | None, list[str], int | None, list[str]]]:
        return [
            (d.leader and d.leader.name, [m.name for m in d.members], d.size, [str(c) for c in d.itinerary])
            for d in report(text).delegations
        ]

    assert delegations(
        "Foreign Minister Ana Ruiz travelled to Lima in 2015. Trade Minister Jon Berg was part of "
        "Ms. Ruiz's delegation."
    ) == [("Ana Ruiz", ["Jon Berg"], None, ["PE"])]
    assert delegations(
        "Foreign Minister Ana Ruiz will travel to Peru. Her delegation will include Trade Minister Jon Berg."
    ) == [("Ana Ruiz", ["Jon Berg"], None, ["PE"])]
    assert delegations(
        "President Lena Park will visit Washington next week with a delegation of 166 business leaders."
    ) == [("Lena Park", [], 166, ["US"])]


def test_a_verb_introducing_the_next_quotation_does_not_attribute_the_one_before() -> None:
    """“...others.” He also added that “...”: "added" introduces the second quotation; a quotation
    introduced by a verb of its own ("in addition to highlighting the need for “...”") is a second
    statement."""
    text = (
        "Foreign Minister Jorge Faure met ambassadors in Brasilia.\n\n"
        "“We have embarked upon a process of reintegration,” Faure stated before the diplomats, in addition "
        "to highlighting the need for “a pragmatic approach to international relations.”\n\n"
        "The minister noted that “integration is the only enduring way of making connections.” He also "
        "added that “trade creates more and better opportunities for development.”"
    )
    assert [s.text for s in report(text).statements] == [
        "We have embarked upon a process of reintegration",
        "a pragmatic approach to international relations.",
        "integration is the only enduring way of making connections.",
        "trade creates more and better opportunities for development.",
    ]


def test_a_dialogue_the_states_agree_to_begin_is_an_agreement() -> None:
    """ "the Ministers agreed to begin a dialogue on X" is an agreed arrangement of both sides; a
    dialogue merely held is not."""
    text = (
        "Trade Minister Ana Ruiz of Chile met Trade Minister Jon Berg of Norway in Oslo. In her meeting with "
        "Minister Berg, the Ministers agreed to begin a dialogue on cooperation in the green economy."
    )
    assert agreements(text) == [("dialogue on cooperation in the green economy", ["CL", "NO"], "agreed")]
    held = "Trade Minister Ana Ruiz of Chile held a dialogue on fisheries with Trade Minister Jon Berg of Norway."
    assert agreements(held) == []


def test_a_place_described_before_its_name() -> None:
    """ "the Egyptian seaside resort of Sharm el-Sheikh", "the southern port city of Mombasa"."""
    text = "Secretary-General Lars Holm then plans to travel to the Egyptian seaside resort of Sharm el-Sheikh."
    assert [(v[1], v[2]) for v in visits(text)] == [("EG", "Sharm el-Sheikh")]
    text = "Foreign Minister Ana Ruiz will travel to the southern port city of Mombasa next week."
    assert [(v[1], v[2]) for v in visits(text)] == [("KE", "Mombasa")]


def test_the_visit_of_a_named_traveller_even_inside_a_quotation() -> None:
    """ "the visit of Egyptian President X to Russia": X travels, to the place after him, even as a
    spokesman's words; "the first visit by any Indian Prime Minister" names no one."""
    text = (
        'Kremlin Spokesman Ivan Sokol said: "We will have a part linked to the visit of Egyptian President '
        'Omar Farid to Russia. The contacts will be held in Sochi."'
    )
    assert [(v[0], v[1], v[2], v[5]) for v in visits(text)] == [("Omar Farid", "RU", "Sochi", "planned")]
    text = "This will be the first ever visit by any Indian Prime Minister to Fiji."
    assert visits(text) == []


def test_a_visit_on_the_day_of_publication_is_under_way() -> None:
    """Told on the day itself, "is paying a visit to Tbilisi today, where he met ..." is under way;
    "concluded" or a return ends it."""
    text = "Foreign Minister Jon Berg is paying his first official visit to Tbilisi on Monday, where he met officials."
    assert [v[5] for v in visits(text)] == ["ongoing"]
    text = "Foreign Minister Jon Berg visited Tbilisi on Monday, where he met officials, and then returned home."
    assert [v[5] for v in visits(text)] == ["completed"]


def test_praise_is_not_an_agreements_name() -> None:
    """ "a pivotal agreement", 'a "historic" deal': praise of an agreement named elsewhere, not a name."""
    assert agreements("Chile and Peru reached a pivotal agreement on Monday.") == []
    assert agreements('Chile and Peru called it a "historic" deal.') == []
    assert agreements("Chile and Peru signed a fisheries agreement on Monday.") == [
        ("fisheries agreement", ["CL", "PE"], "signed")
    ]


def test_the_postponement_of_a_trip_is_its_cancellation() -> None:
    """ "asked for understanding of the postponement of his planned trip to Seoul": called off."""
    text = (
        "Secretary of State Ruth Calder asked for understanding of the postponement of her planned trip "
        "to Seoul, the ministry said."
    )
    assert [(v[1], v[5]) for v in visits(text)] == [("KR", "cancelled")]


def test_headline_verbs_and_being_negotiated() -> None:
    """ "'Big Moment': Chile & Peru Sign Fisheries Cooperation Agreement": the name starts after the
    verb; "a full trade pact is now being negotiated" is under negotiation, whatever is hoped."""
    text = "'Big Moment': Chile & Peru Sign Fisheries Cooperation Agreement\n\nThe deal was signed on Monday."
    assert [a[0] for a in agreements(text)] == ["Fisheries Cooperation Agreement"]
    text = "A full trade pact between Chile and Peru is now being negotiated, and both hope it would be signed soon."
    assert agreements(text) == [("full trade pact between Chile and Peru", ["CL", "PE"], "negotiating")]


def test_departure_and_return_days_bound_the_trip() -> None:
    """ "departs New Zealand on Thursday 13 March and arrives back on Friday 21 March": the trip's
    first and last days; leaving the destination itself is the last day there."""
    text = (
        "Foreign Minister Tom Reid will travel to New York later this week.\n\n"
        "Mr Reid departs New Zealand on Thursday 29 May and arrives back on Friday 6 June."
    )
    assert [(v[1], v[3], v[4]) for v in visits(text)] == [("US", "2025-05-29", "2025-06-06")]
    text = "Foreign Minister Tom Reid is visiting Kenya. He leaves Kenya on Friday 30 May."
    assert [(v[1], v[3], v[4]) for v in visits(text)] == [("KE", None, "2025-05-30")]


def test_stops_of_a_dated_tour_dated_again_on_their_own() -> None:
    """ "will travel to Albania and Bosnia on 2-4 June. On 2 June ... to Tirana. On 4 June, she will
    be in Sarajevo": each stop keeps the tour's bound and takes its own day."""
    text = (
        "High Representative Ana Ruiz will travel to Albania and Bosnia and Herzegovina on 2-4 June.\n\n"
        "On 2 June, she will travel to Tirana, Albania.\n\n"
        "On 4 June, she will be in Sarajevo, Bosnia and Herzegovina."
    )
    assert [(v[1], v[2], v[3], v[4]) for v in visits(text)] == [
        ("AL", "Tirana", "2025-06-02", "2025-06-02"),
        ("BA", "Sarajevo", "2025-06-04", "2025-06-04"),
    ]


def test_the_antecedent_of_who_travels() -> None:
    """ "X will meet Secretary Y, who will visit Korea from July 3 to 6": Y travels, not X."""
    text = (
        "Foreign Minister Park Min-ho will meet with Secretary of Foreign Affairs of Mexico Ana Ruiz, who "
        "will visit Korea from July 3 to 6."
    )
    assert visits(text) == [("Ana Ruiz", "KR", None, "2025-07-03", "2025-07-06", "planned")]


def test_officials_a_traveller_is_accompanied_by_are_members_of_the_delegation() -> None:
    """ "The President was accompanied by the Minister for Foreign Affairs, Hon. Ama Owusu": she
    travels with him, and serves his state; a spouse or "officials" are nobody named."""
    text = (
        "President Kofi Mensah of Ghana left Accra on Sunday for a state visit to Togo. "
        "The President was accompanied by the Minister for Foreign Affairs, Hon. Ama Owusu, and officials "
        "from the Presidency."
    )
    assert delegations(text) == [("Kofi Mensah", ["Ama Owusu"], None, None, ["TG"])]
    owusu = next(o for o in report(text).officials if o.name == "Ama Owusu")
    assert owusu.country == Country("GH")


def test_a_tours_stops_take_the_days_their_sentences_give() -> None:
    """ "will travel to Athens, Greece; Nicosia, Cyprus and Skopje March 12-17 ... In Athens on
    March 15, ... On March 12 in Skopje, ...": each stop takes its own day, and the tour's bounds
    go to the earliest and latest stops so dated."""
    text = (
        "Assistant Secretary of State Jo Reed will travel to Athens, Greece; Nicosia, Cyprus; and Skopje, "
        "North Macedonia March 12-17.\n\n"
        "In Athens on March 15, Assistant Secretary Reed will meet with senior Greek officials.\n\n"
        "In Nicosia on March 16, he will meet with senior officials.\n\n"
        "On March 12 in Skopje, he will meet with the Prime Minister."
    )
    got = [(v[1], v[3], v[4]) for v in visits(text, dt.date(2018, 3, 9))]
    assert got == [
        ("GR", "2018-03-15", "2018-03-15"),
        ("CY", "2018-03-16", "2018-03-17"),
        ("MK", "2018-03-12", "2018-03-12"),
    ]


def test_a_one_country_trip_keeps_its_dates_when_a_day_of_it_is_named() -> None:
    """A day in a one-country trip is the day of an event during the visit, not the visit's."""
    text = "President Jo Reed will visit France from May 3 to 6. In Paris on May 4, he will meet the President."
    assert [(v[1], v[3], v[4]) for v in visits(text)] == [("FR", "2025-05-03", "2025-05-06")]


def test_a_month_before_the_trip_noun_dates_it() -> None:
    """ "follows her August travel to Samoa, Tonga and Fiji", told in September: a completed tour
    of that month (the first stop starts it, the last ends it)."""
    text = "Deputy Secretary Jo Reed's participation follows her August travel to Samoa, Tonga and Fiji."
    got = [(v[1], v[3], v[4], v[5]) for v in visits(text, dt.date(2022, 9, 12))]
    assert got == [
        ("WS", "2022-08", None, "completed"),
        ("TO", None, None, "completed"),
        ("FJ", None, "2022-08", "completed"),
    ]


def test_arrived_here_is_the_datelines_place_and_the_dateline_day_anchors() -> None:
    """ "Islamabad, Oct. 2: ... arrived here this evening ... will be here for four days": a visit
    to the dateline's place from the dateline's day (the story is published a day later)."""
    text = (
        "Islamabad, Oct. 2: Foreign Minister Ravi Kumar of India arrived here this evening for talks.\n\n"
        "The minister will be here for four days."
    )
    assert visits(text, dt.date(2005, 10, 3)) == [
        ("Ravi Kumar", "PK", "Islamabad", "2005-10-02", "2005-10-05", "ongoing")
    ]


def test_the_country_is_the_one_the_story_named() -> None:
    """ "paid his first state visit to the country": the country named before (Ukraine); "was in
    the country for a visit" with none before: the one named next."""
    text = (
        "President Ivan Petrov of Russia sealed ties with Ukraine's leaders as he paid his first state "
        "visit to the country."
    )
    assert [v[1] for v in visits(text)] == ["UA"]
    text = (
        "Gabonese President Ali Bongo was in the country for a one-day official visit.\n\n"
        "He met President Paul Kagame in Kigali yesterday."
    )
    assert [v[1] for v in visits(text)] == ["RW"]


def test_a_quotation_takes_the_day_its_speaker_last_spoke_on() -> None:
    """ "Spokesperson X said on Friday: “...”. “...,” he said.": both said on Friday."""
    text = (
        "Spokesperson Ravi Menon said on Friday: “The minister has postponed her visit to Kenya.”\n\n"
        "“New dates will be worked out through diplomatic channels,” he said."
    )
    got = statements(text, dt.date(2015, 3, 27))
    assert [d for _, _, d in got] == ["2015-03-27", "2015-03-27"]


def test_a_straight_opening_mark_may_close_curly() -> None:
    """`"We look forward to it,” he said.`: mixed marks still close the quotation."""
    text = 'President Jo Kamau spoke.\n\n"We look forward to cooperating with our friends,” he said.'
    assert [(s, t) for s, t, _ in statements(text)] == [("Jo Kamau", "We look forward to cooperating with our friends")]


def test_delegations_told_by_and_or_accompanied_on_the_trip() -> None:
    """ "President X and a high-ranking delegation arrived back home, wrapping up a State visit to
    Y"; "X will be accompanied on her trip by 166 business leaders": X leads, of that size."""
    text = (
        "President Tran Van Minh and a high-ranking Vietnamese delegation arrived back in Hanoi on "
        "Friday, wrapping up a State visit to Indonesia."
    )
    assert [(d[0], d[4]) for d in delegations(text)] == [("Tran Van Minh", ["ID"])]
    text = (
        "President Ana Kim of South Korea will visit the United States next week. "
        "Kim will be accompanied on her trip by 166 business leaders."
    )
    assert [(d[0], d[2], d[4]) for d in delegations(text)] == [("Ana Kim", 166, ["US"])]


def test_the_visiting_minister_and_her_delegation() -> None:
    """ "welcomed the visiting Japanese Foreign Minister and her delegation": the Japanese
    minister leads it (not the host who welcomed her); "the Tunisian premier is accompanied by"."""
    text = (
        "KATHMANDU, May 6: Foreign Minister Aiko Mori of Japan arrived in Nepal on Sunday. "
        "Foreign Secretary Ram Lal had welcomed the visiting Japanese Foreign Minister and her delegation "
        "at the airport."
    )
    assert [(d[0], d[4]) for d in delegations(text, dt.date(2024, 5, 6))] == [("Aiko Mori", ["NP"])]


def test_a_country_guessed_from_the_dateline_is_no_home() -> None:
    """ "BERLIN -- ... Chen told reporters after he landed in Berlin": an official whose country the
    text never states still visits the dateline's country."""
    text = (
        "BERLIN, Feb. 24 (Xinhua) -- A delegation of Chinese companies, led by Commerce Minister Chen Deming, "
        "arrived on Tuesday.\n\n"
        '"We come here to sign deals," Chen told reporters after he landed in Berlin.'
    )
    assert [(v[0], v[1], v[2]) for v in visits(text, dt.date(2009, 2, 25))] == [("Chen Deming", "DE", "Berlin")]


def test_the_n_countries_are_the_ones_just_named() -> None:
    """ "during his visit to the four European countries early this month": the four countries the
    story just named, a completed trip."""
    text = (
        "Companies will sign deals with firms from Germany, Switzerland, Spain and Britain. "
        "The trip follows the agreements Premier Wen Jiabao reached during his visit to the four European "
        "countries early this month."
    )
    got = [(v[1], v[5]) for v in visits(text, dt.date(2009, 2, 25))]
    assert got == [("DE", "completed"), ("CH", "completed"), ("ES", "completed"), ("GB", "completed")]


def test_a_quotation_alone_after_someone_speaks_is_theirs() -> None:
    """ "Meanwhile, Biden spoke about his plans." then a paragraph that is only a quotation: his;
    the subject speaks, not someone the sentence names ("gratitude to Obasanjo")."""
    text = (
        "Meanwhile, President Jo Biden spoke about his intention to help.\n"
        "“Much has changed since my last trip. Terrible things have happened.”"
    )
    assert [s for s, _, _ in statements(text)] == ["Jo Biden"]
    text = (
        "Prime Minister Abiy Ahmed, who thanked Obasanjo, said in a statement that the deal was strong.\n\n"
        "“Our commitment to peace remains steadfast and strong,” the statement said."
    )
    assert [s for s, _, _ in statements(text)] == ["Abiy Ahmed"]


def test_calling_introduces_a_quotation() -> None:
    """ "Zelenskyy thanked the U.S. leader, calling his visit “a significant moment of support”"."""
    text = "President Ivan Petrenko thanked his guest, calling his visit “a significant moment of support for Ukraine.”"
    assert [s for s, _, _ in statements(text)] == ["Ivan Petrenko"]


def test_expected_to_be_in_is_a_trip_and_ahead_of_dates_another_event() -> None:
    """ "Biden is expected to be in Poland for a three-day visit ahead of the Feb. 24 anniversary":
    a planned trip; the anniversary's day is not the trip's."""
    text = (
        "President Jo Biden of the United States is expected to be in Poland for a three-day visit ahead of "
        "the Feb. 24 anniversary."
    )
    assert visits(text, dt.date(2023, 2, 20)) == [("Jo Biden", "PL", None, None, None, "planned")]


def test_trips_told_years_apart_are_two_visits() -> None:
    """ "will be in the United Kingdom between March 6 and 9 ... Lula has already been in England
    twice; in 2003 for a summit": a planned trip and a past one, not one trip."""
    text = (
        "President Luiz Lula of Brazil will be in the United Kingdom between March 6 and 9 on a state visit. "
        "Lula has already been in England in 2003 for a summit."
    )
    got = [(v[1], v[3], v[5]) for v in visits(text, dt.date(2006, 3, 1))]
    assert got == [("GB", "2006-03-06", "planned"), ("GB", "2003", "completed")]


def test_a_since_date_is_not_the_trips() -> None:
    """ "the first visit by a Secretary of State since 2005", "her second visit since she took
    office in February 2013": the period's start, not a trip's day."""
    text = (
        "Secretary of State Jo Kerr will travel to Colombo, Sri Lanka, on May 2, the first visit by a "
        "Secretary since 2005."
    )
    assert [(v[1], v[3]) for v in visits(text, dt.date(2015, 4, 28))] == [("LK", "2015-05-02")]
    text = "It will be President Mi-ja Park's second official visit to the U.S. since she took office in February 2013."
    assert [(v[1], v[3]) for v in visits(text, dt.date(2015, 10, 11))] == [("US", None)]


def test_plural_accords_on_several_topics_are_one_accord_each() -> None:
    """ "signed accords on border demarcation, satellite navigation and banking with his Ukrainian
    counterpart": three accords; "an agreement prolonging the stay of the fleet" names its topic;
    a joint statement the sides agree is an agreement."""
    text = (
        "President Ivan Petrov of Russia signed accords on border demarcation, satellite navigation and banking "
        "with his Ukrainian counterpart Oleh Kovalenko."
    )
    got = sorted((name, parties, status) for name, parties, status in agreements(text))
    assert got == [
        ("accord on banking", ["RU", "UA"], "signed"),
        ("accord on border demarcation", ["RU", "UA"], "signed"),
        ("accord on satellite navigation", ["RU", "UA"], "signed"),
    ]
    text = "Russia and Ukraine signed an agreement prolonging the stay of the Black Sea Fleet in Ukraine."
    assert [n for n, _, _ in agreements(text)] == ["agreement prolonging the stay of the Black Sea Fleet in Ukraine"]
    text = "The presidents of Russia and Ukraine agreed a joint statement on security in the Black Sea region."
    assert [(n, s) for n, _, s in agreements(text)] == [
        ("joint statement on security in the Black Sea region", "agreed")
    ]


def test_the_two_sides_are_the_storys_two_states() -> None:
    """ "The two sides have been in talks to adopt a joint statement ... against North Korea's
    missile programme": South Korea and the US (the story's states), not North Korea."""
    text = (
        "South Korean President Mi-ja Park will visit the United States next week for talks with President "
        "Jon Obama. The two sides have been in talks to adopt a joint statement, which will contain a "
        "message against North Korea's missile programme."
    )
    assert [(n, p) for n, p, _ in agreements(text)] == [("joint statement", ["KR", "US"])]


def test_an_agreement_sealed_at_the_storys_meeting_takes_its_day() -> None:
    """ "President X Monday sealed ties with a raft of new accords as he paid a state visit":
    the accords, and the quotations of those there, are of that Monday."""
    text = (
        "President Ivan Petrov of Russia Monday sealed ties with Ukraine with a raft of new accords as he paid "
        "his first state visit to the country.\n\n"
        "Petrov signed accords on border demarcation and banking with his Ukrainian counterpart Oleh Kovalenko.\n\n"
        '"Finally there is a worthy partner in Kiev," Petrov said.'
    )
    got = report(text, dt.date(2010, 5, 18))
    assert {str(a.date) for a in got.agreements} == {"2010-05-17"}
    assert [str(s.date) for s in got.statements] == ["2010-05-17"]


def test_pacts_listed_after_their_signing_are_signed() -> None:
    """ "witnessed the signing of four bilateral pacts. The four agreements included a memorandum
    of understanding on tourism and a bilateral air services agreement": both signed."""
    text = (
        "President Paul Kagame of Rwanda and President Ali Bongo of Gabon yesterday witnessed the signing of "
        "four bilateral pacts in Kigali.\n\n"
        "The four agreements included a memorandum of understanding on tourism and a bilateral air services "
        "agreement."
    )
    got = sorted((n, s) for n, _, s in agreements(text))
    assert got == [("bilateral air services agreement", "signed"), ("memorandum of understanding on tourism", "signed")]


def test_stops_listed_with_their_own_days() -> None:
    """ "will undertake a visit to West Africa that will take him to Benin, from 22 to 23 October;
    the Republic of Guinea, from 23 to 24; and Nigeria, on 25 and 26 October": each stop's days,
    a month left out taken from the stop that states it."""
    text = (
        "The Chairperson of the African Union Commission, Moussa Faki Mahamat, will undertake a visit to "
        "West Africa that will take him to Benin, from 22 to 23 October; the Republic of Guinea, from 23 to "
        "24; and Nigeria, on 25 and 26 October."
    )
    got = [(v[1], v[3], v[4]) for v in visits(text, dt.date(2018, 10, 22))]
    assert got == [
        ("BJ", "2018-10-22", "2018-10-23"),
        ("GN", "2018-10-23", "2018-10-24"),
        ("NG", "2018-10-25", "2018-10-26"),
    ]


def test_a_diplomat_posted_to_a_country_does_not_visit_it() -> None:
    """The High Commissioner to the Solomon Islands lives there: "his visit to the country" in a
    sentence that follows him is his Prime Minister's, not his."""
    text = (
        "The Acting High Commissioner to the Solomon Islands John Balavu said the visit was planned long ago. "
        "His visit to the Solomon Islands will strengthen ties, he said."
    )
    assert [v[0] for v in visits(text)] == []


def test_a_team_led_by_someone_on_a_mission_abroad() -> None:
    """ "The mediation team of ECOWAS led by President Ama Mensah left Ghana Tuesday on a mission to
    Mali": she leads it."""
    text = (
        "The mediation team of the Economic Community of West African States led by President Ama Mensah of "
        "Ghana left Accra Tuesday on a mission to Mali."
    )
    assert [(d[0], d[4]) for d in delegations(text)] == [("Ama Mensah", ["ML"])]


def test_an_agreement_in_a_trip_story_is_between_the_two_sides_of_the_trip() -> None:
    """ "President X of the Philippines will pay a state visit to Indonesia ... The Ministry of
    Foreign Affairs of Indonesia will sign a memorandum of understanding on cultural cooperation":
    the Philippines and Indonesia, not a third state the story also names."""
    text = (
        "MANILA -- President Jose Reyes will pay state visits to Indonesia and Singapore. "
        "Reyes will be in Indonesia on Sept. 4-6 and in Singapore on Sept. 6-7, where he will meet Singapore's "
        "leaders.\n\nThe Ministry of Foreign Affairs of Indonesia will sign a memorandum of understanding on "
        "cultural cooperation. The renewal of the 1997 Agreement on Cooperative Activities in the Field of "
        "Defense will also be signed."
    )
    got = {n: p for n, p, _ in agreements(text, dt.date(2022, 9, 2))}
    assert got["memorandum of understanding on cultural cooperation"] == ["ID", "PH"]
    assert "renewal of the 1997 Agreement on Cooperative Activities in the Field of Defense" in got


def test_a_visit_postponed_after_a_relative_clause() -> None:
    """ "The visit of EAM to Ethiopia, which was scheduled for 19 November 2025, has been
    postponed": a cancelled trip of the External Affairs Minister (not an "EAM to Ethiopia")."""
    text = (
        "External Affairs Minister S. Jaishankar will visit Kenya from 20-22 November.\n\n"
        "The visit of EAM to Ethiopia, which was scheduled for 19 November 2025, has been postponed."
    )
    got = [(v[0], v[1], v[5]) for v in visits(text, dt.date(2025, 11, 18))]
    assert ("S. Jaishankar", "ET", "cancelled") in got


def test_his_arrival_in_a_country_is_a_trip() -> None:
    """ "Kishida told reporters in Tokyo before his arrival in Indonesia"."""
    text = "Prime Minister Fumio Kishida of Japan told reporters in Tokyo before his arrival in Indonesia."
    assert [v[1] for v in visits(text)] == ["ID"]


def test_arriving_at_an_airport() -> None:
    """ "arrived at Stockholm's international Arlanda airport": Sweden; "arrived at Al Bateen
    Executive Airport earlier today", in a story filed in Abu Dhabi: the UAE."""
    text = "Foreign Minister Ri Yong Ho of North Korea arrived at Stockholm's international Arlanda airport Thursday."
    assert [(v[1], v[2]) for v in visits(text, dt.date(2018, 3, 15))] == [("SE", "Stockholm")]
    text = (
        "ABU DHABI, 2 May 2021 (WAM) -- The Saudi Foreign Minister, Prince Fahd bin Nasser, arrived at Al Bateen "
        "Executive Airport earlier today."
    )
    assert [(v[1], v[2]) for v in visits(text, dt.date(2021, 5, 2))] == [("AE", "Abu Dhabi")]


def test_arriving_at_a_decision_is_no_trip() -> None:
    """ "arrived at a decision", in a story filed abroad: no visit."""
    text = "ABU DHABI, 2 May 2021 (WAM) -- The Saudi Foreign Minister, Prince Fahd bin Nasser, arrived at a decision."
    assert visits(text, dt.date(2021, 5, 2)) == []


def test_left_home_and_will_return_is_away_now() -> None:
    """ "President X left Ghana on Sunday, 14th May 2023, for a State Visit to Togo ... The
    President will return to Ghana on Tuesday": away since Sunday."""
    text = (
        "President Kofi Mensah left Ghana on Sunday, 14th May 2023, for a State Visit to Togo.\n\n"
        "The President will return to Ghana on Tuesday, 16th May 2023."
    )
    assert visits(text, dt.date(2023, 5, 15)) == [("Kofi Mensah", "TG", None, "2023-05-14", "2023-05-16", "ongoing")]


def test_one_states_conduct_under_a_treaty_names_one_party() -> None:
    """ "The two leaders discussed NATO's response to Russia's violations of the Intermediate-Range
    Nuclear Forces Treaty": Russia's conduct; the leaders' states are not the treaty's parties."""
    text = (
        "Prime Minister Kyriakos Mitsotakis of Greece met the NATO Secretary General in Brussels. "
        "The two leaders also discussed NATO's response to Russia's violations of the Intermediate-Range "
        "Nuclear Forces Treaty."
    )
    assert [(n, p) for n, p, _ in agreements(text)] == [("Intermediate-Range Nuclear Forces Treaty", ["RU"])]


def test_quotations_said_at_the_meeting_a_story_opens_on() -> None:
    """ "Today, Foreign Minister Jorge Faurie held a meeting with ambassadors in Brasilia, at which he
    stated that “...”": said today."""
    text = (
        "Today, Foreign Minister Jorge Faurie of Argentina held a meeting with a group of foreign ambassadors "
        "in Brasilia, at which he stated that “Argentina is undergoing a deep transformation”."
    )
    assert [d for _, _, d in statements(text, dt.date(2017, 7, 14))] == ["2017-07-14"]


def test_the_visit_told_again_with_its_day() -> None:
    """ "... when Deputy Prime Minister Winston Peters of New Zealand visits Rarotonga next week. The
    one-day visit programme on 7 February will include talks": the trip's day."""
    text = (
        "Prime Minister Mark Brown will hold talks when Deputy Prime Minister Winston Peters of New Zealand "
        "visits Rarotonga next week. The one-day visit programme on 7 February will include bilateral talks."
    )
    got = visits(text, dt.date(2024, 2, 1))
    assert [(v[1], v[3], v[4]) for v in got] == [("CK", "2024-02-07", "2024-02-07")]


def test_a_headlines_trip_does_not_decide_the_status() -> None:
    """A headline "Albright Trip Gets Media Focus" filed from Rome tells no status; the story's "is
    scheduled to arrive in Rome" does: planned."""
    text = (
        "Albright Trip Gets Unusual Media Focus\n\n"
        "ROME - Madeleine Albright, the US Secretary of State, is scheduled to arrive in Rome tomorrow on the "
        "initial leg of her first overseas trip."
    )
    assert [(v[1], v[5]) for v in visits(text, dt.date(1997, 2, 16))] == [("IT", "planned")]


def test_talk_of_a_trip_and_time_spent_before() -> None:
    """ "amid talk of a trip to Seoul by President Xi": possible; "arrived in Seoul after spending two
    days in Tokyo and will meet his counterpart on Thursday": Tokyo is done, and Thursday is not its day."""
    text = (
        "Chinese Foreign Minister Wang Yi arrived in South Korea on Wednesday amid talk of a trip to Seoul by "
        "Chinese President Xi Jinping.\n\n"
        "Wang arrived in Seoul after spending two days in Tokyo and will meet his counterpart on Thursday."
    )
    got = {(v[0], v[1]): (v[3], v[4], v[5]) for v in visits(text, dt.date(2020, 11, 25))}
    assert got[("Xi Jinping", "KR")][2] == "possible"
    assert got[("Wang Yi", "JP")] == (None, None, "completed")


def test_a_bloc_or_a_relationship_mentioned_in_passing_is_not_an_agreement() -> None:
    """ "the Pacific Alliance and the Lima Group", "areas of Chilean partnership": blocs and ties a
    sentence only mentions; "the Chile – Peru Alliance" between two named states is one, and a
    body named after an accord ("the Strategic Partnership Council") is not."""
    text = (
        "Foreign Minister Ana Rojas of Chile met Foreign Minister Luis Vega of Peru in Lima. "
        "They noted their common vision on the Pacific Alliance and the Lima Group. "
        "They discussed areas of Chilean partnership with the region. "
        "The III Meeting of the Strategic Partnership Council will be held in March. "
        "They also discussed the Chile – Peru Alliance."
    )
    assert [(n, p) for n, p, _ in agreements(text)] == [("Chile – Peru Alliance", ["CL", "PE"])]


def test_a_bloc_the_sentence_tells_of_is_kept() -> None:
    """ "launched the Green Growth Partnership": a partnership the sentence tells something of."""
    text = (
        "Foreign Minister Ana Rojas of Chile and Foreign Minister Luis Vega of Peru launched the "
        "Green Growth Partnership."
    )
    assert [(n, s) for n, _, s in agreements(text)] == [("Green Growth Partnership", "launched")]


def test_reaching_a_place_is_arriving() -> None:
    """ "reached Manila yesterday": an arrival (its day the start alone) and the stay under way;
    "reached an agreement" and "reached out to Japan" are no trips."""
    published = dt.date(2017, 11, 13)
    text = "Prime Minister Narendra Modi yesterday reached Manila to attend the summit."
    assert visits(text, published) == [("Narendra Modi", "PH", "Manila", "2017-11-12", None, "ongoing")]
    assert visits("Prime Minister Narendra Modi reached an agreement with Japan.", published) == []
    assert visits("Prime Minister Narendra Modi reached out to Japan.", published) == []


def test_an_arrival_days_before_the_writing_is_under_way_and_one_long_before_is_over() -> None:
    """An arrival with no end told: "arrived ... yesterday" is a stay under way; "arrived ... on
    November 2", eleven days before, is over."""
    published = dt.date(2017, 11, 13)
    got = visits("Prime Minister Narendra Modi arrived in Manila yesterday for the summit.", published)
    assert [v[-1] for v in got] == ["ongoing"]
    got = visits("Prime Minister Narendra Modi arrived in Manila on November 2 for the summit.", published)
    assert [v[-1] for v in got] == ["completed"]


def test_arrived_in_the_country_is_the_country_just_named() -> None:
    """ "arrived in the country on Saturday night for a five-day state visit", after a sentence
    naming Kenya: a visit to Kenya, Saturday to Wednesday."""
    text = (
        "The Kenya Air Force mounted a guard of honour.\n\n"
        "President Julius Bio of Sierra Leone arrived in the country on Saturday night for a five-day state visit."
    )
    assert visits(text, dt.date(2022, 5, 31)) == [("Julius Bio", "KE", None, "2022-05-28", "2022-06-01", "ongoing")]


def test_memoranda_on_a_comma_list_of_topics_told_after_a_counted_collective() -> None:
    """A headline's "7 cooperation agreements" is the body's "seven bilateral agreements"; the
    "others are Memoranda of Understanding on A and B, C, and D" are one memorandum per topic
    (split at the commas), signed as the collective was, and the collective itself is dropped."""
    text = (
        "Kenya, Sierra Leone sign 7 cooperation agreements\n\n"
        "Kenya has signed seven bilateral agreements with Sierra Leone.\n\n"
        "One of the agreements is on a joint commission, while the six others are Memoranda of "
        "Understanding on trade and Investment, cooperation in wildlife tourism, agriculture, and arts and "
        "youth affairs."
    )
    got = agreements(text, dt.date(2022, 5, 31))
    assert [(n, s) for n, _, s in got] == [
        ("Memorandum of Understanding on trade and Investment", "signed"),
        ("Memorandum of Understanding on cooperation in wildlife tourism", "signed"),
        ("Memorandum of Understanding on agriculture", "signed"),
        ("Memorandum of Understanding on arts and youth affairs", "signed"),
    ]
    assert all(p == ["KE", "SL"] for _, p, _ in got)


def test_a_counted_collective_is_named_with_its_count_and_a_mou_acronym_is_part_of_the_name() -> None:
    """ "signed six agreements and issued a joint\\ncommunique" (a line break inside the head):
    both are agreements, the count opening the collective's name; "two Memoranda of Understanding
    (MoU) on trade" keeps its acronym and topic; "on the margins of" is no topic."""
    text = (
        "President Ana Lind of Uganda and Premier Wen Bo of China held talks. The two governments signed six "
        "agreements and issued a joint\ncommunique on Friday."
    )
    assert [(n, s) for n, _, s in agreements(text, dt.date(2006, 6, 24))] == [
        ("six agreements", "signed"),
        ("joint communique", "signed"),
    ]
    text = (
        "Bangladesh and Kenya on Sunday signed two Memoranda of Understanding (MoU) on trade. They also "
        "signed a Memorandum of Understanding (MoU) on the margins of the summit."
    )
    assert [n for n, _, _ in agreements(text)] == [
        "two Memoranda of Understanding (MoU) on trade",
        "Memorandum of Understanding (MoU)",
    ]


def test_after_touring_a_list_of_countries_is_a_completed_trip_to_each() -> None:
    """ "Wen visited Tanzania before he came to Uganda after touring Egypt, Ghana, the Republic of
    the Congo, Angola and South Africa": every one of those trips is over."""
    text = (
        "Premier Wen Jiabao of China is in Uganda. Wen visited Tanzania before he came to Uganda after "
        "touring Egypt, Ghana, the Republic of the Congo, Angola and South Africa."
    )
    got = {v[1]: v[5] for v in visits(text, dt.date(2006, 6, 24)) if v[1] != "UG"}
    assert got == dict.fromkeys(("TZ", "EG", "GH", "CG", "AO", "ZA"), "completed")


def test_a_hard_wrapped_paragraph_is_read_as_one() -> None:
    """Wire copy wrapped at a fixed width: a long line that stops mid-sentence ("... Ghana, the")
    goes on on the next line, so the list of stops is whole; a short heading line is not joined
    to the story under it."""
    text = (
        "Wen ends Africa tour\n"
        "Premier Wen Jiabao of China is in Uganda. Wen came to Uganda after touring Egypt, Ghana, the\n"
        "Republic of the Congo, Angola and South Africa."
    )
    got = sorted(v[1] for v in visits(text, dt.date(2006, 6, 24)) if v[5] == "completed")
    assert got == ["AO", "CG", "EG", "GH", "ZA"]
    from diplomacy._text.document import segment

    doc = segment(text)
    assert [text[a:b].split(maxsplit=1)[0] for a, b in doc.blocks] == ["Wen", "Premier"]


def test_a_bare_arrival_in_a_story_filed_from_the_place() -> None:
    """ "WASHINGTON -- ... The summit came one day after Moon arrived.": Moon's stay in the
    dateline's city (a foreigner there), under way."""
    text = (
        "WASHINGTON -- South Korean President Moon Jae-in and U.S. President Donald Trump agreed to work "
        "together.\n\nThe summit came one day after Moon arrived. His meeting with Trump was the fourth."
    )
    got = visits(text, dt.date(2018, 5, 23))
    assert [(v[0], v[1], v[2], v[5]) for v in got] == [("Moon Jae-in", "US", "Washington", "ongoing")]


def test_the_date_of_what_a_trip_comes_before_is_not_the_trips() -> None:
    """ "mulling a visit to Russia before hosting the May 26-27 summit": the summit's days, not
    the trip's; the trip is possible."""
    text = (
        "Prime Minister Shinzo Abe of Japan is mulling an unofficial visit to Russia for a meeting with "
        "President Vladimir Putin before hosting the May 26-27 summit in Mie Prefecture."
    )
    got = [(v[1], v[3], v[4], v[5]) for v in visits(text, dt.date(2016, 2, 2))]
    assert got == [("RU", None, None, "possible")]


def test_a_parliamentary_delegation_with_its_mps_and_the_hosts_it_meets() -> None:
    """ "led by Chair of the Milli Majlis X" (Azerbaijan's parliament: her state); "the MPs A, B and
    C, Chief of Staff D" lists three MPs and stops; "Kazakh President E", met during the visit, is
    no member."""
    text = (
        "The parliamentary delegation led by Chair of the Milli Majlis Sahiba Aliyeva will be in Kazakhstan "
        "on a working visit on 27-29 September. The delegation will consist of the MPs Fazil Osman, Hikmat Rzayev and "
        "Nizami Babayev, Chief of Staff Safa Guliyev and other officials. The delegation will meet "
        "Kazakh President Kasym Tokayev and members of the friendship group."
    )
    report_ = report(text, dt.date(2019, 9, 20))
    people = {o.name: (o.title, o.country.code if o.country else None) for o in report_.officials}
    assert people["Sahiba Aliyeva"] == ("Chair of the Milli Majlis", "AZ")
    assert [n for n, (t, _) in people.items() if t == "Member of Parliament"] == [
        "Fazil Osman",
        "Hikmat Rzayev",
        "Nizami Babayev",
    ]
    [d] = delegations(text, dt.date(2019, 9, 20))
    assert d[0] == "Sahiba Aliyeva"
    assert "Kasym Tokayev" not in d[1]
    assert {"Fazil Osman", "Hikmat Rzayev", "Nizami Babayev"} <= set(d[1])


def test_agreements_told_again_with_their_day() -> None:
    """ "Kenya has signed seven agreements with Sierra Leone. ... The agreements were signed during
    a bilateral meeting ... on Monday morning": each signed that Monday."""
    text = (
        "Kenya has signed two agreements with Sierra Leone. They include an agreement on trade and an "
        "agreement on tourism. The agreements were signed during a bilateral meeting at State House "
        "Nairobi on Monday morning."
    )
    got = report(text, dt.date(2022, 5, 31)).agreements
    assert [(a.name, str(a.date)) for a in got] == [
        ("agreement on trade", "2022-05-30"),
        ("agreement on tourism", "2022-05-30"),
    ]


def test_a_quotation_whose_sentence_goes_on_before_the_attribution() -> None:
    """ "“... I want to make efforts” to accomplish such communications, Foreign Minister Fumio
    Kishida told a news conference Tuesday": Kishida's words."""
    text = (
        "“It is very important that the prime minister communicates well with other leaders. I want to make "
        "efforts” to accomplish such communications, Foreign Minister Fumio Kishida of Japan told a news "
        "conference Tuesday."
    )
    assert [(who, said[:20]) for who, said, _ in statements(text, dt.date(2016, 2, 3))] == [
        ("Fumio Kishida", "It is very important")
    ]


def test_quotations_in_a_story_that_opens_on_a_dated_meeting_take_its_day() -> None:
    """ "MANILA — President Clinton and Premier Jiang agreed after a 90-minute meeting on Sunday
    ...": an undated quotation of the story, even a spokesman's, was said that Sunday."""
    text = (
        "MANILA — President Bill Clinton and Chinese Premier Jiang Zemin agreed after a 90-minute meeting on "
        "Sunday to exchange state visits.\n\n"
        'White House Press Secretary Mike McCurry called the meeting "constructive" and said it "moved this '
        'vital strategic relationship forward."'
    )
    got = statements(text, dt.date(1996, 11, 24))
    assert [(who, date) for who, _, date in got] == [("Mike McCurry", "1996-11-24")]


def test_a_one_day_visit_takes_the_day_of_the_event_the_story_opens_on() -> None:
    """ "Kagame and his counterpart Obiang yesterday witnessed the signing of four pacts in Kigali.
    President Obiang was in the country for a one-day official visit": that day, start and end;
    a visit not called one-day keeps its days unknown (the meeting is a day of it)."""
    text = (
        "President Paul Kagame of Rwanda and his Equatorial Guinean counterpart, Teodoro Obiang, yesterday "
        "witnessed the signing of four bilateral pacts in Kigali.\n\n"
        "President Obiang was in the country for a one-day official visit."
    )
    got = [(v[0], v[1], v[3], v[4]) for v in visits(text, dt.date(2019, 1, 15))]
    assert got == [("Teodoro Obiang", "RW", "2019-01-14", "2019-01-14")]
    got = [(v[3], v[4]) for v in visits(text.replace("one-day ", ""), dt.date(2019, 1, 15))]
    assert got == [(None, None)]


def test_leaving_for_a_country_starts_a_trip_under_way() -> None:
    """ "departed on Tuesday to Jordan on a state visit", "departed for Tajikistan" told the same
    day: the trip's start alone, under way; "has left here for home" ends a trip."""
    published = dt.date(2024, 4, 23)
    text = "President Jo Lee of Ghana departed on Tuesday to Jordan on a state visit."
    assert visits(text, published) == [("Jo Lee", "JO", None, "2024-04-23", None, "ongoing")]
    text = "On April 23, President Jo Lee of Ghana departed for Tajikistan with a state visit."
    assert visits(text, published) == [("Jo Lee", "TJ", None, "2024-04-23", None, "ongoing")]
    text = (
        "President Jo Lee of Ghana has left here for home on Tuesday at the end of his two-day official "
        "visit to Uganda."
    )
    assert [v[-1] for v in visits(text, published)] == ["completed"]


def test_leading_a_delegation_names_its_leader() -> None:
    """ "Foreign Minister Winston Peters is heading back to the Pacific - leading a delegation to
    four countries. ... the delegation will visit Fiji": Peters leads it."""
    text = (
        "New Zealand's Foreign Minister Winston Peters is heading back to the Pacific - leading a delegation to "
        "four countries.\n\nPeters' office said the delegation will visit Fiji and Palau."
    )
    got = delegations(text, dt.date(2024, 8, 6))
    assert [(d[0], d[4]) for d in got] == [("Winston Peters", ["FJ", "PW"])]


def test_a_list_of_named_agreements_after_include() -> None:
    """ "The meeting resulted in seven agreements. The agreements include: MoU on Vaccine Research,
    MoU on Green Development, Maritime Cooperation Arrangement, Protocol on Pineapple Exports":
    one agreement per item (a name never runs over a list's comma), reached (agreed)."""
    text = (
        "President Joko Widodo of Indonesia held a meeting with President Xi Jinping of China on Tuesday. "
        "The meeting resulted in seven agreements. The agreements include: MoU on Vaccine and Genomics "
        "Research Cooperation, MoU on Green Development, Maritime Cooperation Arrangement, Protocol on "
        "Indonesian Pineapple Exports."
    )
    got = agreements(text, dt.date(2022, 7, 27))
    assert [(n, s) for n, _, s in got] == [
        ("MoU on Vaccine and Genomics Research Cooperation", "agreed"),
        ("MoU on Green Development", "agreed"),
        ("Maritime Cooperation Arrangement", "agreed"),
        ("Protocol on Indonesian Pineapple Exports", "agreed"),
    ]


def test_two_named_agreements_joined_by_and_the() -> None:
    """ "the signing of the Agreement on the African Continental Free Trade Area and the Protocol on
    Free Movement of Persons": two agreements."""
    text = (
        "President Paul Kagame of Rwanda welcomed the signing of the Agreement on the African Continental Free "
        "Trade Area and the Protocol on Free Movement of Persons and the African Passport, in Kigali."
    )
    assert [n for n, _, _ in agreements(text)] == [
        "Agreement on the African Continental Free Trade Area",
        "Protocol on Free Movement of Persons and the African Passport",
    ]


def test_a_tour_that_begins_in_a_region_of_the_travellers_own_country() -> None:
    """ "Secretary of State Clinton will travel to Hawaii, Vietnam, Cambodia, and Australia October
    27-November 8": Hawaii is no visit (her own country), and October 27 is its day, not Vietnam's."""
    text = (
        "Secretary of State Hillary Rodham Clinton will travel to Hawaii, Vietnam, Cambodia, and Australia "
        "October 27-November 8."
    )
    got = [(v[1], v[3], v[4]) for v in visits(text, dt.date(2010, 10, 22))]
    assert got == [("VN", None, None), ("KH", None, None), ("AU", None, "2010-11-08")]


def test_stops_dated_by_a_comma_and_the_tours_undated_last_stop() -> None:
    """ "will visit Vietnam, East Timor, Australia, and New Zealand from 27 April to 3 May. In Viet
    Nam, 27 and 28 April, ... In East Timor, 29 April, ... In Australia, 30 April to 2 May, ... In
    New Zealand, ...": each stop its days, and the last (undated) stop the tour's last day."""
    text = (
        "Prime Minister Junichiro Koizumi of Japan will visit Vietnam, East Timor, Australia, and New Zealand "
        "from 27 April to 3 May.\n\n"
        "In Viet Nam, 27 and 28 April, Prime Minister Koizumi will have a meeting with the Prime Minister.\n\n"
        "In East Timor, 29 April, Prime Minister Koizumi will meet the President-elect.\n\n"
        "In Australia, 30 April to 2 May, Prime Minister Koizumi will have talks.\n\n"
        "In New Zealand, Prime Minister Koizumi will have a meeting with the Prime Minister."
    )
    got = [(v[1], v[3], v[4]) for v in visits(text, dt.date(2002, 4, 26))]
    assert got == [
        ("VN", "2002-04-27", "2002-04-28"),
        ("TL", "2002-04-29", "2002-04-29"),
        ("AU", "2002-04-30", "2002-05-02"),
        ("NZ", None, "2002-05-03"),
    ]


def test_a_visit_that_will_take_him_to_places() -> None:
    """ "Union Minister of State for External Affairs and Textiles, Pabitra Margherita, is set to
    embark on a visit to the African continent. The visit will take him to the Kingdom of Eswatini
    and the Kingdom of Lesotho": an unknown portfolio before the holder's name, and two stops."""
    text = (
        "Union Minister of State for External Affairs and Textiles, Pabitra Margherita, is set to embark on a "
        "multi-nation official visit to the African continent.\n\n"
        "The visit will take him to the Kingdom of Eswatini and the Kingdom of Lesotho."
    )
    assert [(v[0], v[1]) for v in visits(text)] == [("Pabitra Margherita", "SZ"), ("Pabitra Margherita", "LS")]
    title = report(text).officials[0].title
    assert title is not None
    assert title.endswith("Minister of State for External Affairs and Textiles")


def test_a_quotation_after_any_speech_verb_and_a_colon() -> None:
    """ "... the Latvian Foreign Minister underlined:" closing a paragraph, then the quotation in
    the next: hers."""
    text = (
        "Foreign Minister Baiba Braze of Latvia visited Tallinn.\n"
        "In her meetings with the Estonian officials, the Latvian Foreign Minister underlined:\n"
        "“Latvia and Estonia enjoy excellent neighbourly relations and cooperation.”"
    )
    assert [who for who, _, _ in statements(text)] == ["Baiba Braze"]


def test_held_a_bilateral_meeting_opens_a_dated_story() -> None:
    """ "President Widodo held a bilateral meeting with President Xi on Tuesday afternoon": its
    quotations were said that Tuesday."""
    text = (
        "Indonesian President Joko Widodo held a bilateral meeting with Chinese President Xi Jinping on "
        "Tuesday afternoon in Beijing.\n\n"
        "“China is Indonesia’s comprehensive strategic partner, and a good one,” said President Widodo."
    )
    assert [d for _, _, d in statements(text, dt.date(2022, 7, 27))] == ["2022-07-26"]


def test_an_entourage_listed_after_accompanying() -> None:
    """ "President Tinubu, who arrived at the Presidential Wing of the Malabo International Airport
    ... Among those accompanying President Tinubu are Yusuf Tuggar, Foreign Affairs Minister; ...":
    a trip to Equatorial Guinea (the airport's city), and an entourage Tinubu leads."""
    text = (
        "Tinubu arrives Equatorial Guinea\n\n"
        "President Bola Tinubu of Nigeria, who arrived at the Presidential Wing of the Malabo International "
        "Airport, was received by the Prime Minister.\n\n"
        "Among those accompanying President Tinubu are Yusuf Tuggar, Foreign Affairs Minister; Abubakar "
        "Badaru, Minister of Defense; and Olubunmi Tunji-Ojo, Minister of Interior."
    )
    assert [(v[0], v[1]) for v in visits(text)] == [("Bola Tinubu", "GQ")]
    [d] = delegations(text)
    assert (d[0], d[1], d[4]) == (
        "Bola Tinubu",
        ["Yusuf Tuggar", "Abubakar Badaru", "Olubunmi Tunji-Ojo"],
        ["GQ"],
    )


def test_a_participle_opening_a_sentence_and_leaving_to_a_place() -> None:
    """ "After visiting Palestine, Amorim will be returning to Amman, on Friday, from where he will
    leave to Beirut, in Lebanon": Palestine visited (by Amorim, the subject after the comma), then
    Amman and Beirut."""
    text = (
        "Foreign Minister Celso Amorim of Brazil arrived in the Middle East. After visiting Palestine, Amorim "
        "will be returning to Amman, on Friday, from where he will leave to Beirut, in Lebanon."
    )
    got = [(v[1], v[5]) for v in visits(text, dt.date(2005, 2, 15))]
    assert got == [("PS", "completed"), ("JO", "planned"), ("LB", "planned")]


def test_on_his_way_to_a_place_is_a_trip_under_way() -> None:
    """ "The Prime Minister, Tony Abbott, is on his way to Jakarta for crucial talks": under way."""
    text = "The Prime Minister of Australia, Tony Abbott, is on his way to Jakarta for crucial talks."
    assert [(v[1], v[2], v[5]) for v in visits(text, dt.date(2013, 9, 30))] == [("ID", "Jakarta", "ongoing")]


def test_pieces_quoted_inside_one_sentences_narration() -> None:
    """ "For his part, U.S. Secretary of State, Rex Tillerson, expressed “how delighted he was to be
    in Mexico City” and how “Mexico has been a very close neighbor”": two pieces, Tillerson's (not
    "his"'s); a long lower-case piece after a determiner ("a “frank and clear dialogue between both
    countries”") is words said, not a name."""
    text = (
        "Foreign Minister Luis Videgaray of Mexico noted a “frank and clear dialogue between both countries”.\n\n"
        "For his part, U.S. Secretary of State, Rex Tillerson, expressed “how delighted he was to be in Mexico "
        "City” and how “Mexico has been a very close neighbor” to the United States."
    )
    assert [(who, said) for who, said, _ in statements(text)] == [
        ("Luis Videgaray", "frank and clear dialogue between both countries"),
        ("Rex Tillerson", "how delighted he was to be in Mexico City"),
        ("Rex Tillerson", "Mexico has been a very close neighbor"),
    ]


def test_a_joint_statement_heading_the_text_is_the_document_itself() -> None:
    """A release headed "Joint Statement on the Official Visit of ..." reports; it is not an
    agreement it tells of (one named in its body is)."""
    text = (
        "Joint Statement on the Official Visit of President Jo Ruiz of Chile to Colombia\n\n"
        "The presidents of Chile and Colombia signed a joint declaration on trade."
    )
    assert [n for n, _, _ in agreements(text)] == ["joint declaration on trade"]


def test_hosts_who_invite_jointly_stay_home() -> None:
    """ "At the invitation of their Majesties King X and Queen Y, President Z will pay a state visit
    to Nepal": Z travels; the king and queen, joined to each other in the invitation, do not."""
    text = (
        "At the invitation of their Majesties King Birendra Bir Bikram Shah Dev and Queen Aishwarya Rajya "
        "Laxmi Devi Shah, President of Mongolia Natsagiin Bagabandi will pay a three-day state visit to the "
        "Kingdom of Nepal from January 5 to 7, 2001."
    )
    assert [(v[0], v[1]) for v in visits(text, dt.date(2001, 1, 1))] == [("Natsagiin Bagabandi", "NP")]


def test_a_named_declaration_and_a_visit_to_the_city() -> None:
    """ "Vajpayee, Sharief sign Lahore Declaration" names an agreement ("Declaration" as a head of a
    name; a lower-case "historic declaration" is not one); "the Indian leader's path-breaking visit
    to the city" is a visit to the city just named."""
    text = (
        "Vajpayee, Sharief sign Lahore Declaration\n\n"
        "India and Pakistan today signed a historic declaration in Lahore.\n\n"
        "Prime Minister Atal Bihari Vajpayee of India and his Pakistani counterpart, Nawaz Sharief, signed the "
        "declaration at the end of the Indian leader's path-breaking visit to the city."
    )
    assert [n for n, _, _ in agreements(text, dt.date(1999, 2, 21))] == ["Lahore Declaration"]
    assert [(v[0], v[1], v[2]) for v in visits(text, dt.date(1999, 2, 21))] == [
        ("Atal Bihari Vajpayee", "PK", "Lahore")
    ]


def test_accompanied_to_a_country_by_ministers() -> None:
    """ "President Banda will be accompanied to Egypt by Defence Minister X, Commerce, Trade and
    Industry Minister Y": a delegation of Banda's state (not Egypt's), the portfolios whole."""
    text = (
        "President Rupiah Banda of Zambia will travel to Egypt on Monday.\n\n"
        "President Banda will be accompanied to Egypt by Defence Minister Kalombo Mwansa, Finance and National "
        "Planning Minister Situmbeko Musokotwane, Commerce, Trade and Industry Minister Felix Mutati."
    )
    got = report(text, dt.date(2010, 12, 20))
    assert {o.name: (o.title, str(o.country)) for o in got.officials if o.name != "Rupiah Banda"} == {
        "Kalombo Mwansa": ("Defence Minister", "ZM"),
        "Situmbeko Musokotwane": ("Finance and National Planning Minister", "ZM"),
        "Felix Mutati": ("Commerce, Trade and Industry Minister", "ZM"),
    }
    [d] = delegations(text, dt.date(2010, 12, 20))
    assert d[0] == "Rupiah Banda"


def test_the_visit_to_a_place_of_a_person_named_after() -> None:
    """ "within the context of the Official Visit to Chile of the President of the country,
    Marie-Louise Coleiro Preca": her visit to Chile (and "of the country" does not hide her title)."""
    text = (
        "Foreign Minister Heraldo Munoz of Chile signed an agreement with Malta, within the context of the "
        "Official Visit to Chile of the President of the country, Marie-Louise Coleiro Preca."
    )
    assert [(v[0], v[1]) for v in visits(text, dt.date(2017, 7, 17))] == [("Marie-Louise Coleiro Preca", "CL")]
    officials = {o.name: o.title for o in report(text, dt.date(2017, 7, 17)).officials}
    assert officials["Marie-Louise Coleiro Preca"] == "President"


def test_deal_as_a_verb_and_verbs_before_agreements() -> None:
    """ "formal discussions should deal with the issue" (a verb) and "to make good agreements" (a
    wish) name no agreement."""
    text = (
        "Secretary Colin Powell of the US met Foreign Minister Paek Nam Sun of North Korea. Formal discussions "
        "should deal with the nuclear issue, and both want to make good agreements."
    )
    assert agreements(text) == []


def test_a_visit_to_the_country_a_story_is_filed_from_is_to_its_dateline_city() -> None:
    """ "Nairobi, Kenya, May 9 - ... President Ismail Guelleh of Djibouti arrived in Kenya": a
    dateline written "City, Country" names the city, and the visit to that country is to it."""
    text = (
        "Nairobi, Kenya, May 9 - President Ismail Omar Guelleh of Djibouti arrived in Kenya on Tuesday for "
        "talks on trade."
    )
    assert [(v[1], v[2]) for v in visits(text, dt.date(2018, 5, 9))] == [("KE", "Nairobi")]


def test_the_date_of_an_errand_after_the_trip_is_not_the_trips() -> None:
    """ "will visit India to personally hand out the invitation to the SAARC summit in January":
    January is the summit's."""
    text = (
        "Pakistan's Foreign Minister Khurshid Mahmud Kasuri will visit India to personally hand out the "
        "invitation to the SAARC summit in January."
    )
    assert [(v[1], v[3]) for v in visits(text, dt.date(2003, 9, 8))] == [("IN", None)]


def test_a_title_and_name_wrapped_over_two_lines_of_fixed_width_copy() -> None:
    """Wire copy wrapped at about 65 characters: "Egyptian Foreign Minister\\nAhmed Abul Gheit"
    is one title and name, and his quotation is attributed; the spans quote the text as given,
    line break included."""
    text = (
        "At a joint press conference with Rice, Egyptian Foreign Minister\n"
        "Ahmed Abul Gheit promised his country's support for the planned\n"
        "meeting, which was expected to be held this fall in Annapolis.\n"
        '"We are encouraged by Rice\'s briefing," said Abul Gheit, vowing\n'
        "to help all parties reach the goal of revived talks towards peace."
    )
    got = report(text, dt.date(2007, 10, 16))
    [official] = got.officials
    assert (official.name, official.title, str(official.country)) == ("Ahmed Abul Gheit", "Foreign Minister", "EG")
    assert [s.speaker.name for s in got.statements if s.speaker] == ["Ahmed Abul Gheit"]
    assert all(text[s.start : s.end] == s.text for s in official.spans)
    assert any("\n" in s.text for s in official.spans)


def test_a_quotation_someone_quoted_another_as_saying() -> None:
    """ "“...,” he quoted Osinbajo as saying": Osinbajo's words, not the spokesman's."""
    text = (
        "President Nana Akufo-Addo of Ghana met Vice President Yemi Osinbajo of Nigeria in Abuja.\n\n"
        "“We are extremely excited about the region and hope that we will do a lot together,” he quoted "
        "Osinbajo as saying during the visit."
    )
    assert [who for who, _, _ in statements(text)] == ["Yemi Osinbajo"]
