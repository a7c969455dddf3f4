"""Example tests for the reading rules added after the first round of extractor tests.

Every text here is written for the test (invented people, real countries); each test pins one
rule a careful reader uses.
"""

from __future__ import annotations

import datetime as dt

import diplomacy

MONDAY = dt.date(2025, 5, 26)


def officials(text: str) -> list[tuple[str, str | None, str | None]]:
    report = diplomacy.extract(text, published=MONDAY)
    return [(o.name, o.title, o.country.code if o.country else None) for o in report.officials]


def visits(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    report = diplomacy.extract(text, published=MONDAY)
    return [
        (
            v.traveler.name,
            v.destination.code,
            None if v.start is None else str(v.start),
            None if v.end is None else str(v.end),
            v.status.value,
        )
        for v in report.visits
    ]


def test_a_hosted_guest_visits_the_hosts_country() -> None:
    """ "X will host Y for a state visit on <day>": Y visits X's country, a state visit, planned."""
    report = diplomacy.extract(
        "US President Mara Quill will host Kenyan President Daniel Oketch for a state visit on June 3.",
        published=MONDAY,
    )
    [visit] = report.visits
    assert (visit.traveler.name, visit.destination.code, str(visit.start), visit.status.value) == (
        "Daniel Oketch",
        "US",
        "2025-06-03",
        "planned",
    )
    assert visit.kind is diplomacy.VisitKind.STATE


def test_a_counterpart_holds_the_same_office_for_the_adjectives_country() -> None:
    """ "held talks with her Vietnamese counterpart X": X holds the office of the official before."""
    text = "Australian Foreign Minister Jane Corr held talks with her Vietnamese counterpart Nguyen Van Binh."
    assert officials(text) == [
        ("Jane Corr", "Foreign Minister", "AU"),
        ("Nguyen Van Binh", "Foreign Minister", "VN"),
    ]


def test_a_government_body_before_a_lower_case_title_names_the_country() -> None:
    """ "State Department spokesman X": the body is the country's."""
    assert officials("State Department spokesman Leo Farrow said the talks would go on.") == [
        ("Leo Farrow", "Spokesman", "US")
    ]


def test_further_legs_keep_their_own_days() -> None:
    """ "to Egypt on 15-16 March and to Jordan on 17 March": each leg its own dates."""
    text = "High Representative Ines Varga will travel to Egypt on 15-16 June and to Jordan on 17 June."
    assert visits(text) == [
        ("Ines Varga", "EG", "2025-06-15", "2025-06-16", "planned"),
        ("Ines Varga", "JO", "2025-06-17", "2025-06-17", "planned"),
    ]


def test_a_date_after_the_trips_purpose_is_an_events() -> None:
    """ "travel to Belgrade to take part in the Council on June 3": the date is the meeting's."""
    text = "Foreign Minister Ana Ruiz will travel to Belgrade, Serbia, to take part in the Council on June 3."
    assert visits(text) == [("Ana Ruiz", "RS", None, None, "planned")]


def test_a_title_alone_can_be_the_subject() -> None:
    """ "Secretary will then travel to X": the title names the Secretary already met."""
    text = (
        "US Secretary of State Paul Drey will travel to Paris on June 2. "
        "On June 3, Secretary will then travel to Pristina, Kosovo."
    )
    assert visits(text) == [
        ("Paul Drey", "FR", "2025-06-02", "2025-06-02", "planned"),
        ("Paul Drey", "XK", "2025-06-03", "2025-06-03", "planned"),
    ]


def test_an_undated_stop_shares_the_status_of_the_travellers_other_stops() -> None:
    """A headline's "Travel to A and B" takes the status the story tells of the same trip."""
    text = (
        "Foreign Minister Ana Ruiz Travel to Chile and Peru\n\n"
        "Foreign Minister Ana Ruiz will travel to Santiago, Chile, on June 2."
    )
    statuses = {code: status for _, code, _, _, status in visits(text)}
    assert statuses == {"CL": "planned", "PE": "planned"}


def test_a_relative_clause_has_its_own_tense() -> None:
    """ "signed a pact on Monday that will allow...": the past Monday, not the next."""
    report = diplomacy.extract(
        "Norway and Iceland signed a fisheries agreement on Monday that will allow joint patrols.",
        published=dt.date(2025, 5, 28),
    )
    [agreement] = report.agreements
    assert (agreement.status.value, str(agreement.date)) == ("signed", "2025-05-26")


def test_reported_speech_only_on_request() -> None:
    """Indirect speech is a reported statement only with ``reported_speech=True``."""
    text = "Foreign Minister Ana Ruiz said that the border talks would resume in June."
    assert diplomacy.extract(text, published=MONDAY).statements == ()
    [statement] = diplomacy.extract(text, published=MONDAY, reported_speech=True).statements
    assert statement.mode is diplomacy.StatementMode.REPORTED
    assert statement.text == "the border talks would resume in June"
    assert statement.speaker is not None
    assert statement.speaker.name == "Ana Ruiz"


def test_every_reference_is_a_kept_mention() -> None:
    """A surname and a pronoun that refer to an official are among its spans."""
    text = "Foreign Minister Ana Ruiz arrived in Lima. Ruiz met students, and she praised them."
    [ruiz] = diplomacy.extract(text, published=MONDAY).officials
    assert [s.text for s in ruiz.spans] == ["Foreign Minister Ana Ruiz", "Ruiz", "she"]


def test_family_name_in_capitals_written_first() -> None:
    """ "Mr. TANAKA Hiro, Minister for Foreign Affairs of Japan": read as "Hiro Tanaka", one person
    with the later "Minister Tanaka"."""
    text = "Mr. TANAKA Hiro, Minister for Foreign Affairs of Japan, met students. Minister Tanaka smiled."
    assert officials(text) == [("Hiro Tanaka", "Minister for Foreign Affairs", "JP")]


def test_a_middle_initial_that_is_also_a_word() -> None:
    """ "Enrique A. Manalo": "A." is an initial inside a name, not the article."""
    text = "H.E. Mr. Rafael A. Santos, Secretary of Foreign Affairs of the Republic of the Philippines, spoke."
    assert officials(text) == [("Rafael A. Santos", "Secretary of Foreign Affairs", "PH")]


def test_an_unknown_portfolio_before_the_country() -> None:
    """A title's portfolio words need not be known when the title goes on to name its country."""
    text = "H.E. Mr. Karim Bensaid, Minister for Foreign Affairs and the National Community Abroad of Algeria, spoke."
    assert officials(text) == [
        ("Karim Bensaid", "Minister for Foreign Affairs and the National Community Abroad", "DZ")
    ]


def test_a_quotation_inside_a_sentence_belongs_to_its_subject() -> None:
    """ "X, who ..., said he hoped to “open a new chapter”": X said it, not someone named after."""
    text = (
        "President Min-ho Park, who took office in June, said he hoped to “open a new chapter in our ties”. "
        "Prime Minister Kenji Mori said later that he agreed."
    )
    report = diplomacy.extract(text, published=MONDAY)
    assert [(s.speaker.name if s.speaker else None, s.text) for s in report.statements] == [
        ("Min-ho Park", "open a new chapter in our ties")
    ]


def test_subjects_joined_across_an_appositive_both_travel() -> None:
    """ "Sen. A (R-Ohio), the chairman of ..., and Rep. B (D-N.Y.) visited X": both visited."""
    text = (
        "Senator Jo Amsel (R-Ohio), the chairman of the Senate Foreign Relations Committee, "
        "and Representative Gil Brandt (D-N.Y.) visited Seoul last month."
    )
    assert [(name, code, status) for name, code, _, _, status in visits(text)] == [
        ("Jo Amsel", "KR", "completed"),
        ("Gil Brandt", "KR", "completed"),
    ]


def test_a_second_attributed_quotation_is_a_second_statement() -> None:
    """Two quotations, each with its own attribution, are two statements; a split one is one."""
    text = (
        "Secretary General Ola Brenn met Prime Minister Ivo Stan in Oslo on Tuesday (20 May 2025). "
        "“We agreed on a new plan for the region,” he said. “It will take time to deliver all of it,” "
        "the Secretary General added. “Our allies are ready,” he said, “and so are we.”"
    )
    report = diplomacy.extract(text, published=MONDAY)
    assert [(s.speaker.name if s.speaker else None, s.text, str(s.date)) for s in report.statements] == [
        ("Ola Brenn", "We agreed on a new plan for the region", "2025-05-20"),
        ("Ola Brenn", "It will take time to deliver all of it", "2025-05-20"),
        ("Ola Brenn", "Our allies are ready and so are we.", "2025-05-20"),
    ]


def test_an_official_met_after_another_host_serves_the_visited_country() -> None:
    """ "During the visit, X will call on Chancellor A and hold talks with Foreign Minister B":
    B serves the country of X's visit, though A (met first) serves it too."""
    text = (
        "Foreign Minister Ana Ruiz will pay an official visit to Austria on June 3. "
        "During the visit, she will call on Chancellor Karl Brunner and hold talks with "
        "Foreign Minister Lena Hofer."
    )
    found = {name: country for name, _, country in officials(text)}
    assert found["Lena Hofer"] == "AT"
