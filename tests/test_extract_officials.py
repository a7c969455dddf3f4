"""``diplomacy.extract``: the officials a careful reader finds, one construction per test.

Every text here is invented (people, and sentences about them) so that the tests pin the general
rule, not one article.  Each test asserts the name, title and country of every official found.
"""

from __future__ import annotations

import datetime as dt

import diplomacy

PUBLISHED = dt.date(2025, 5, 26)


def people(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None, str | None]]:
    """``(name, title, country code)`` of every official extracted, in report order."""
    report = diplomacy.extract(text, published=published)
    return [(o.name, o.title, None if o.country is None else o.country.code) for o in report.officials]


def one(text: str, name: str) -> diplomacy.Official:
    """The single official called ``name``."""
    found = [o for o in diplomacy.extract(text, published=PUBLISHED).officials if o.name == name]
    assert len(found) == 1, found
    return found[0]


# --- title before the name ----------------------------------------------------------------------


def test_title_before_name() -> None:
    """A title then a name gives an official; with nothing naming a state, the country is None."""
    assert people("Foreign Minister Ana Ruiz arrived in Lima on Monday.") == [("Ana Ruiz", "Foreign Minister", None)]


def test_country_adjective_before_title() -> None:
    """A country adjective before the title gives the country and is not part of the title."""
    assert people("Kenyan President William Odede will travel to Uganda next week.") == [
        ("William Odede", "President", "KE")
    ]


def test_country_possessive_before_title() -> None:
    """A possessive country ("Ghana's") before a capitalised title gives the country."""
    assert people("Ghana's Foreign Minister Kofi Mensah will visit Togo.") == [
        ("Kofi Mensah", "Foreign Minister", "GH")
    ]


def test_of_country_between_title_and_name() -> None:
    """ "Prime Minister of Norway Lars Holm": the "of X" phrase gives the country, the title stays short."""
    assert people("Prime Minister of Norway Lars Holm met reporters.") == [("Lars Holm", "Prime Minister", "NO")]


def test_span_of_title_first_mention_covers_title_and_name() -> None:
    """The official's span is the text of the whole mention, adjective included."""
    text = "Talks began. Kenyan President William Odede will travel to Uganda next week."
    odede = one(text, "William Odede")
    assert [(s.text, s.start) for s in odede.spans] == [("Kenyan President William Odede", 13)]


# --- abbreviations ------------------------------------------------------------------------------


def test_abbreviated_titles_get_their_long_forms() -> None:
    """EAM, PM, FM, NSA, MP and VP are written out; the adjective before each gives the country."""
    text = (
        "Japanese PM Kenji Arata spoke. Dutch FM Pieter Smit spoke. Indian NSA Ajit Rao spoke. "
        "Kenyan MP Grace Wanjiru spoke. Brazilian VP Lucas Prado spoke. Indian EAM Rohan Varma spoke."
    )
    assert people(text) == [
        ("Kenji Arata", "Prime Minister", "JP"),
        ("Pieter Smit", "Foreign Minister", "NL"),
        ("Ajit Rao", "National Security Advisor", "IN"),
        ("Grace Wanjiru", "Member of Parliament", "KE"),
        ("Lucas Prado", "Vice President", "BR"),
        ("Rohan Varma", "External Affairs Minister", "IN"),
    ]


def test_eam_alone_is_an_indian_office() -> None:
    """ "EAM" names an office of one state only, so it gives the country with no adjective."""
    assert people("EAM Rohan Varma met the press.") == [("Rohan Varma", "External Affairs Minister", "IN")]


def test_bare_abbreviations_without_country() -> None:
    """PM, FM, NSA, MP, VP alone are expanded and give no country."""
    text = (
        "PM Dev Arun spoke. FM Tomas Berg arrived. NSA Ajay Rathod left. MP Sunil Dasgupta arrived. "
        "VP Ines Calder spoke."
    )
    assert people(text) == [
        ("Dev Arun", "Prime Minister", None),
        ("Tomas Berg", "Foreign Minister", None),
        ("Ajay Rathod", "National Security Advisor", None),
        ("Sunil Dasgupta", "Member of Parliament", None),
        ("Ines Calder", "Vice President", None),
    ]


# --- honorifics ---------------------------------------------------------------------------------


def test_honorifics_dropped_in_apposition() -> None:
    """H.E., Mr., Dr. and The Honourable before a name are not part of it."""
    text = (
        "H.E. Mr. Tomas Lindqvist, the Swedish ambassador, attended. Dr. Amara Obi, Nigeria's health "
        "minister, attended. The Honourable Grace Tamaki, New Zealand's trade minister, attended."
    )
    assert people(text) == [
        ("Tomas Lindqvist", "Ambassador", "SE"),
        ("Amara Obi", "Health Minister", "NG"),
        ("Grace Tamaki", "Trade Minister", "NZ"),
    ]


def test_honorifics_dropped_between_title_and_name() -> None:
    """ "Foreign Minister Dr. X", "Ambassador H.E. Mr. Y": the honorifics between title and name go."""
    assert people("Foreign Minister Dr. Amara Obi spoke. Ambassador H.E. Mr. Tomas Lindqvist spoke.") == [
        ("Amara Obi", "Foreign Minister", None),
        ("Tomas Lindqvist", "Ambassador", None),
    ]


def test_hon_abbreviation_and_minister_of_country() -> None:
    """ "The Hon. X, Minister of Trade of New Zealand,": honorific dropped, complement kept, country from "of"."""
    assert people("The Hon. Grace Tamaki, Minister of Trade of New Zealand, spoke.") == [
        ("Grace Tamaki", "Minister of Trade", "NZ")
    ]


# --- apposition ---------------------------------------------------------------------------------


def test_apposition_title_of_country() -> None:
    """ "Lars Holm, Prime Minister of Norway,": a name then its title, the country from "of"."""
    assert people("Lars Holm, Prime Minister of Norway, arrived in Berlin.") == [("Lars Holm", "Prime Minister", "NO")]


def test_apposition_possessive_title() -> None:
    """ "Kofi Mensah, Ghana's foreign minister,": a lower-case title after a possessive, in title case."""
    assert people("Kofi Mensah, Ghana's foreign minister, will visit Togo.") == [
        ("Kofi Mensah", "Foreign Minister", "GH")
    ]


def test_apposition_ambassador_to_keeps_sending_state() -> None:
    """ "Sweden's ambassador to Chile": the country is the one served (Sweden), not the host."""
    assert people("Mr. Tomas Lindqvist, Sweden's ambassador to Chile, spoke.") == [
        ("Tomas Lindqvist", "Ambassador", "SE")
    ]


# --- press-release header and House districts ---------------------------------------------------


def test_header_name_line_over_title_line() -> None:
    """A line holding a name above a line holding a title is one official (and one record in all)."""
    text = "Maria Okafor\nMinister of Trade and Industry\n\nMaria Okafor will travel to Egypt next week."
    report = diplomacy.extract(text, published=PUBLISHED)
    assert [(o.name, o.title, o.country) for o in report.officials] == [
        ("Maria Okafor", "Minister of Trade and Industry", None)
    ]
    assert report.officials[0].spans[0].text == "Maria Okafor\nMinister of Trade and Industry"


def test_house_district_after_name() -> None:
    """ "Lena Brandt (TX-07)": a U.S. House district after a name makes a U.S. Representative."""
    assert people("Lena Brandt (TX-07) spoke to reporters.") == [("Lena Brandt", "Representative", "US")]


def test_two_house_districts() -> None:
    """Two names, each with its district, are two Representatives."""
    assert people("Lena Brandt (TX-07) and Carl Osgood (OH-11) will travel to Mexico next week.") == [
        ("Lena Brandt", "Representative", "US"),
        ("Carl Osgood", "Representative", "US"),
    ]


def test_congresswoman_is_representative() -> None:
    """ "Congresswoman" is the office of a U.S. Representative."""
    assert people("Congresswoman Lena Brandt (TX-07) spoke.") == [("Lena Brandt", "Representative", "US")]


# --- several titles, complements ----------------------------------------------------------------


def test_titles_joined_by_and_keep_the_first() -> None:
    """ "Deputy Prime Minister and Foreign Minister X": one person, the first title."""
    assert people("Croatian Deputy Prime Minister and Foreign Minister Ivana Kovac spoke.") == [
        ("Ivana Kovac", "Deputy Prime Minister", "HR")
    ]


def test_titles_joined_by_and_span() -> None:
    """The mention of "T1 and T2 Name" spans both titles and the name."""
    kovac = one("Deputy Prime Minister and Foreign Minister Ivana Kovac spoke.", "Ivana Kovac")
    assert kovac.title == "Deputy Prime Minister"
    assert [s.text for s in kovac.spans] == ["Deputy Prime Minister and Foreign Minister Ivana Kovac"]


def test_minister_for_list_of_portfolios_of_country_before_name() -> None:
    """ "Minister for X, Y and Z of <country> Name": the complement stays in the title, the country from "of"."""
    text = (
        "Minister for Foreign Affairs, Trade and Development of Ireland Niamh Brennan will travel to France on Friday."
    )
    assert people(text) == [("Niamh Brennan", "Minister for Foreign Affairs, Trade and Development", "IE")]


def test_minister_for_list_of_portfolios_of_country_in_apposition() -> None:
    """The same complement and country in apposition after the name."""
    text = "Niamh Brennan, Minister for Foreign Affairs, Trade and Development of Ireland, will travel to France."
    assert people(text) == [("Niamh Brennan", "Minister for Foreign Affairs, Trade and Development", "IE")]


# --- coreference --------------------------------------------------------------------------------


def test_coreference_title_alone_joins_the_named_official() -> None:
    """Full name, surname, "the Foreign Minister" and "he" make ONE official, which keeps the title mention's span."""
    text = (
        "Portuguese Foreign Minister Tiago Mendes arrived in Rabat on Tuesday. Mendes met his Moroccan "
        "counterpart. The Foreign Minister later told reporters he was pleased."
    )
    report = diplomacy.extract(text, published=PUBLISHED)
    assert [(o.name, o.title, o.country) for o in report.officials] == [
        ("Tiago Mendes", "Foreign Minister", diplomacy.Country("PT"))
    ]
    spans = report.officials[0].spans
    assert ("Portuguese Foreign Minister Tiago Mendes", 0) in [(s.text, s.start) for s in spans]
    assert ("Foreign Minister", text.index("Foreign Minister later")) in [(s.text, s.start) for s in spans]


def test_coreference_surname_with_title_merges_and_keeps_full_name() -> None:
    """ "Minister Mendes" later in the text is the same official: one record, the fullest name, both spans."""
    text = "Foreign Minister Tiago Mendes of Portugal arrived. Later, Minister Mendes met the press."
    report = diplomacy.extract(text, published=PUBLISHED)
    assert [o.name for o in report.officials] == ["Tiago Mendes"]
    assert [s.text for s in report.officials[0].spans][-1] == "Minister Mendes"
    assert len(report.officials[0].spans) == 2


def test_two_people_with_one_title_stay_apart() -> None:
    """Two named foreign ministers of different states are two officials."""
    text = "Chilean Foreign Minister Rosa Quintana met Peruvian Foreign Minister Diego Salas in Lima."
    assert people(text) == [
        ("Rosa Quintana", "Foreign Minister", "CL"),
        ("Diego Salas", "Foreign Minister", "PE"),
    ]


# --- who is not an official ---------------------------------------------------------------------


def test_journalists_and_spouses_are_not_officials() -> None:
    """A reporter and a president's wife are private persons: only the president is extracted."""
    text = (
        "Reporter Jane Holt of the Daily Courier asked President Omar Haddad about the trip. "
        "Haddad's wife, Leila Haddad, accompanied him."
    )
    assert people(text) == [("Omar Haddad", "President", None)]


def test_analysts_and_academics_are_not_officials() -> None:
    """An analyst and a professor hold no office."""
    assert people("Analyst Tom Reeve said the deal was weak. Professor Alan Ward of Oxford University disagreed.") == []


def test_name_without_title_is_not_an_official() -> None:
    """A bare name with no office is not extracted."""
    assert people("Ana Ruiz walked to the market on Sunday with her brother.") == []


# --- international organisations ---------------------------------------------------------------


def test_international_organisation_officers_have_no_country() -> None:
    """UN, NATO and EU officers serve no state: country None, the organisation kept."""
    text = (
        "UN Secretary-General Ingrid Solberg will visit Sudan next week. NATO Secretary General Piet de Wit "
        "met EU foreign policy chief Carla Moretti."
    )
    report = diplomacy.extract(text, published=PUBLISHED)
    assert [(o.name, o.title, o.country, o.organisation) for o in report.officials] == [
        ("Ingrid Solberg", "Secretary-General", None, "UN"),
        ("Piet de Wit", "Secretary General", None, "NATO"),
        ("Carla Moretti", "High Representative for Foreign Affairs and Security Policy", None, "EU"),
    ]


def test_commission_presidents_are_organisation_officers() -> None:
    """ "European Commission President", "AU Commission Chairperson": long titles, country None."""
    text = "European Commission President Helga Brandt spoke. AU Commission Chairperson Moussa Diallo spoke."
    report = diplomacy.extract(text, published=PUBLISHED)
    assert [(o.name, o.title, o.country, o.organisation) for o in report.officials] == [
        ("Helga Brandt", "President of the European Commission", None, "EU"),
        ("Moussa Diallo", "Chairperson of the African Union Commission", None, "AU"),
    ]


# --- modifiers and appointments -----------------------------------------------------------------


def test_president_elect_in_apposition() -> None:
    """ "X, Chile's president-elect,": the title keeps "-elect", in title case."""
    assert people("Rosa Quintana, Chile's president-elect, will visit Argentina next week.") == [
        ("Rosa Quintana", "President-elect", "CL")
    ]


def test_words_of_appointment_between_owner_and_title() -> None:
    """ "Canada's newly appointed Special Envoy X": the possessive still gives the country."""
    assert people("Canada's newly appointed Special Envoy Mark Dubois will travel to Haiti.") == [
        ("Mark Dubois", "Special Envoy", "CA")
    ]


def test_abbreviation_in_brackets_after_title() -> None:
    """ "Deputy National Security Advisor (NSA) X": the bracketed abbreviation is skipped."""
    assert people("Deputy National Security Advisor (NSA) Arjun Mehta may join the talks.") == [
        ("Arjun Mehta", "Deputy National Security Advisor", None)
    ]


def test_former_dropped_acting_kept() -> None:
    """ "Former" is not part of the title; "Acting" is."""
    assert people("Former Norwegian Prime Minister Lars Holm spoke. Acting President Omar Haddad spoke.") == [
        ("Lars Holm", "Prime Minister", "NO"),
        ("Omar Haddad", "Acting President", None),
    ]


def test_minister_of_portfolio_before_name() -> None:
    """ "Minister of Foreign Affairs X": the complement stays in the title."""
    assert people("Minister of Foreign Affairs Amina Yusuf spoke.") == [
        ("Amina Yusuf", "Minister of Foreign Affairs", None)
    ]


def test_country_prefix_dropped_from_title() -> None:
    """ "US Secretary of State X": the prefix gives the country and leaves the title."""
    assert people("US Secretary of State Jane Park will travel to Seoul on Thursday.") == [
        ("Jane Park", "Secretary of State", "US")
    ]


def test_country_specific_office_gives_country() -> None:
    """ "Chancellor" alone is read as Germany's office, "Secretary of State" as the United States'."""
    assert people("Chancellor Anna Vogel met Secretary of State Jane Park.") == [
        ("Anna Vogel", "Chancellor", "DE"),
        ("Jane Park", "Secretary of State", "US"),
    ]


def test_dateline_home_country_fills_unstated_country() -> None:
    """With no country in the words around a name, the dateline's country is the last resort."""
    text = "NAIROBI, May 26 (Reuters) — Foreign Minister Amina Yusuf said talks would resume."
    assert people(text) == [("Amina Yusuf", "Foreign Minister", "KE")]


# --- peers and British offices -----------------------------------------------------------------


def test_a_peers_seat_is_not_his_name() -> None:
    """ "Lord Ellery of Hambleden": "of Hambleden" is the peerage's seat; a bracketed given name is his."""
    assert people("Lord (Marcus) Ellery of Hambleden, British Minister of State for Africa, met officials.") == [
        ("Marcus Ellery", "Minister of State for Africa", "GB")
    ]
    assert people("Baroness Penrose of Kirkby, the Minister for Development, visited Kenya last week.") == [
        ("Penrose", "Minister for Development", None)
    ]


def test_secretary_of_state_with_a_portfolio_is_british() -> None:
    """The American Secretary of State has no portfolio; "Secretary of State for X" is a British office."""
    assert people("Secretary of State for Defence Alan Marsh will travel to Kyiv next week.") == [
        ("Alan Marsh", "Secretary of State for Defence", "GB")
    ]
    assert people("Secretary of State Ruth Calder will travel to Kyiv next week.") == [
        ("Ruth Calder", "Secretary of State", "US")
    ]


def test_lower_case_deputy_belongs_to_the_title() -> None:
    """ "Australian deputy Prime Minister Richard Moss": the deputy, of Australia."""
    assert people("Australian deputy Prime Minister Richard Moss will travel to Fiji.") == [
        ("Richard Moss", "Deputy Prime Minister", "AU")
    ]


def test_a_counterpart_holds_the_same_office() -> None:
    """ "will meet his counterpart Jon Berg": a counterpart holds the same office; the country is
    known only with an adjective ("his Norwegian counterpart")."""
    assert people("Foreign Minister Ana Ruiz will meet her counterpart Jon Berg on Monday.", None) == [
        ("Ana Ruiz", "Foreign Minister", None),
        ("Jon Berg", "Foreign Minister", None),
    ]
    assert people("Foreign Minister Ana Ruiz will meet her Norwegian counterpart Jon Berg.", None) == [
        ("Ana Ruiz", "Foreign Minister", None),
        ("Jon Berg", "Foreign Minister", "NO"),
    ]


def test_a_counterpart_is_of_the_sentence_subject() -> None:
    """ "Lee, who ..., will meet his counterpart X": the office of the person the sentence names
    before the word, not of the latest titled person."""
    text = (
        "Foreign Minister Ana Ruiz arrived amid talk of a trip by President Omar Diaz. "
        "Ruiz, who is also a senator, will meet his counterpart Jon Berg on Thursday."
    )
    assert ("Jon Berg", "Foreign Minister", None) in people(text, None)


def test_a_counterparts_inferred_title_does_not_capture_later_references() -> None:
    """The office a bare counterpart is given is inferred: "the Foreign Minister" later still
    means the one whose title the text states."""
    r = diplomacy.extract(
        "Foreign Minister Ana Ruiz will meet her counterpart Jon Berg on Monday. "
        "The Foreign Minister said the talks would be useful."
    )
    ruiz = next(o for o in r.officials if o.name == "Ana Ruiz")
    berg = next(o for o in r.officials if o.name == "Jon Berg")
    assert any(s.start > 70 and s.text == "Foreign Minister" for s in ruiz.spans)
    assert not any(s.start > 70 for s in berg.spans)


def test_a_lower_case_leader_or_spokesman_before_a_name_is_a_title() -> None:
    """ "North Korean leader Kim Jong Un", "spokesman Jo Lee said": titles written in lower case;
    a place before the comma is not a name ("the Horn of Africa, former Kenyan leader X")."""
    assert people("The summit of North Korean leader Kim Jong Un ended.", None) == [("Kim Jong Un", "Leader", "KP")]
    assert people("The talks will go on, spokesman Stephen Dujar said on Friday.", None) == [
        ("Stephen Dujar", "Spokesman", None)
    ]
    text = "The mediator for the Horn of Africa, former Kenyan leader Amos Wako, arrived."
    assert people(text, None) == [("Amos Wako", "Leader", "KE")]


def test_a_plural_title_inside_a_bodys_name_names_nobody() -> None:
    """ "the Asian Business Leaders Advisory Council": a body, not leaders named Advisory."""
    assert people("Minister Jo Ng attended the Asian Business Leaders Advisory Council meeting.", None) == [
        ("Jo Ng", "Minister", None)
    ]


def test_titles_joined_by_a_slash_keep_the_first() -> None:
    """ "High Representative for Foreign Affairs and Security Policy/Vice-President of the European
    Commission, Josep Marti,": the first title, written once, and no country."""
    text = (
        "The EU High Representative for Foreign Affairs and Security Policy/Vice-President of the "
        "European Commission, Josep Marti, will travel to Albania."
    )
    assert people(text) == [("Josep Marti", "High Representative for Foreign Affairs and Security Policy", None)]


def test_everyone_in_a_list_of_people_met_abroad_is_of_that_country() -> None:
    """ "in Skopje, where he will have meetings with President A, Prime Minister B, and Minister of
    Defence C": all three are of North Macedonia, however long the list."""
    text = (
        "BRUSSELS: High Representative Josep Marti will travel to North Macedonia on Monday. He will be in "
        "Skopje, North Macedonia where he will have meetings with President Stevo Pendar, Prime Minister "
        "Dimitar Kovac, and Deputy Prime Minister of European Affairs, Bojan Marik, Minister of Defence "
        "Slavjanka Petro."
    )
    assert [(n, c) for n, _, c in people(text)][1:] == [
        ("Stevo Pendar", "MK"),
        ("Dimitar Kovac", "MK"),
        ("Bojan Marik", "MK"),
        ("Slavjanka Petro", "MK"),
    ]


# --- well-known officeholders -------------------------------------------------------------------


def test_a_well_known_officeholder_named_without_a_title() -> None:
    """ "Putin said": an official a careful reader knows (the title unknown, the state known)."""
    assert people("Putin said the talks with Xi Jinping went well.", dt.date(2022, 4, 23)) == [
        ("Putin", None, "RU"),
        ("Xi Jinping", None, "CN"),
    ]


def test_a_well_known_officeholders_state_fills_what_the_text_leaves_out() -> None:
    """ "President Xi Jinping will pay a state visit to the US": Xi serves China (not the US he visits);
    a state the text states wins."""
    report = diplomacy.extract(
        "At the invitation of President Barack Obama, President Xi Jinping will pay a state visit to the US.",
        published=dt.date(2015, 9, 17),
    )
    assert [(o.name, str(o.country)) for o in report.officials] == [("Barack Obama", "US"), ("Xi Jinping", "CN")]
    assert [(v.traveler.name, str(v.destination)) for v in report.visits] == [("Xi Jinping", "US")]


def test_not_yet_in_office_is_not_an_official() -> None:
    """Someone who took office only years after the text (a minister's spouse, then) is not an
    official of that text; the name of a known person in two forms is one person."""
    text = "Prime Minister Pushpa Kamal Dahal ‘Prachanda’ met Arzu Rana Deuba. Prachanda said so."
    assert [p[0] for p in people(text, dt.date(2022, 3, 28))] == ["Pushpa Kamal Dahal"]
    assert [p[0] for p in people(text, dt.date(2024, 9, 1))] == ["Pushpa Kamal Dahal", "Arzu Rana Deuba"]


def test_a_capital_before_a_title_is_not_the_officials_state() -> None:
    """ "Beijing's envoy" serves China, but "...Seattle and Washington D.C. President Li Wen" is the end
    of one sentence and the start of the next: Washington does not make Li Wen American."""
    text = "He will visit Seattle and Washington D.C. President Li Wen of Chile will meet him there."
    assert people(text) == [("Li Wen", "President", "CL")]
    text = "He will visit Seattle and Washington D.C. President Li Wen will meet him there."
    assert people(text) == [("Li Wen", "President", None)]


def test_the_top_diplomat_is_the_foreign_minister_named_before() -> None:
    """ "The top US diplomat" is the American foreign minister (Secretary of State) named earlier,
    not the latest foreign minister; "China's top diplomat" the Chinese one."""
    text = (
        "US Secretary of State Ruth Calder called on Foreign Minister Min-jun Park of South Korea.\n\n"
        "The top US diplomat was expected to visit Japan and Mongolia this week."
    )
    report = diplomacy.extract(text, published=PUBLISHED)
    assert [(v.traveler.name, str(v.destination)) for v in report.visits] == [
        ("Ruth Calder", "JP"),
        ("Ruth Calder", "MN"),
    ]


def test_a_lower_case_title_right_before_a_name() -> None:
    """ "led by foreign minister Ana Ruiz" (the lower-case style of some wires) names an official;
    "the minister Smith" and a bare "minister Smith" stay prose."""
    assert people("The talks were led by foreign minister Ana Ruiz.") == [("Ana Ruiz", "Foreign Minister", None)]
    assert people("The minister Smith said so.") == []


def test_a_post_nominal_belongs_to_the_name_before_it() -> None:
    """ "Deputy Prime Minister Jon Rai MP, and Minister for Defence Dr Ben Kila": "MP" is Rai's,
    not a title of Kila's."""
    text = "He will meet Deputy Prime Minister Jon Rai MP, and Minister for Defence Dr Ben Kila."
    assert people(text, None) == [
        ("Jon Rai", "Deputy Prime Minister", None),
        ("Ben Kila", "Minister for Defence", None),
    ]


def test_people_met_during_a_visit_serve_the_country_of_the_latest_trip() -> None:
    """A traveller going to two countries: the people he meets "during the visit" serve the
    country of the trip told last before."""
    text = (
        "Defence Minister Rob Marl of Australia will travel to Papua New Guinea and later to Vanuatu. "
        "The Minister will travel to Papua New Guinea first. "
        "During the visit he will meet with Deputy Prime Minister Jon Rai and Minister for Defence Ben Kila."
    )
    assert ("Jon Rai", "Deputy Prime Minister", "PG") in people(text, None)
    assert ("Ben Kila", "Minister for Defence", "PG") in people(text, None)


def test_gulf_styles_and_patronymic_names() -> None:
    """ "Sheikh"/"Prince" before a name of two words or more are styles, dropped from the name
    and never its office; in "X bin Y" the short form is X ("Prince Faisal"), and "King Y" is
    someone else; a title's complement stops at the next person's style."""
    text = (
        "H.H. Sheikh Hamad bin Khalid Al Qasimi, Minister of Foreign Affairs, and Prince Fahd bin Nasser, "
        "Foreign Minister of the Kingdom of Saudi Arabia, met in Abu Dhabi. Prince Fahd thanked his host. "
        "He also met Prince Fahd's father, King Nasser."
    )
    got = people(text, None)
    assert ("Hamad bin Khalid Al Qasimi", "Minister of Foreign Affairs", None) in got
    assert ("Fahd bin Nasser", "Foreign Minister", "SA") in got
    assert ("Nasser", "King", None) in got
    assert len(got) == 3


def test_a_well_known_name_inside_a_longer_name_is_not_that_person() -> None:
    """ "Sheikh Shakhbout bin Nahyan bin Mubarak Al Nahyan" holds "Mubarak": not Hosni Mubarak."""
    got = people("Attending were Sheikh Shakhbout bin Nahyan bin Mubarak Al Nahyan, Minister of State.", None)
    assert [name for name, _, _ in got] == ["Shakhbout bin Nahyan bin Mubarak Al Nahyan"]


def test_an_issuing_ministry_in_the_header_is_the_home_country() -> None:
    """A release headed "Ministry of Foreign Affairs of the Republic of Korea": its spokesperson
    serves Korea."""
    text = (
        "Ministry of Foreign Affairs of the Republic of Korea\n\nPress Briefing\n\n"
        "Spokesperson Kim Dae-ho said the talks were useful."
    )
    assert people(text, None) == [("Kim Dae-ho", "Spokesperson", "KR")]


def test_short_forms_of_names_written_otherwise() -> None:
    """ "Kamikawa Yoko" ~ "Kamikawa" (the first word alone); "Teodoro Obiang Nguema Mbasogo" ~
    "Obiang" (a Hispanic first surname); "K. Natwar Singh", initials before a well-known name."""
    got = people("Minister for Foreign Affairs of Japan, Kamikawa Yoko, arrived. This is Kamikawa's first visit.", None)
    assert [name for name, _, _ in got] == ["Kamikawa Yoko"]
    text = "President Teodoro Obiang Nguema Mbasogo arrived. President Obiang was in the country for a visit."
    assert [name for name, _, _ in people(text, None)] == ["Teodoro Obiang Nguema Mbasogo"]
    got = people("Islamabad, Oct. 2: K. Natwar Singh arrived here this evening.", dt.date(2005, 10, 3))
    assert got == [("K. Natwar Singh", None, "IN")]


def test_styles_and_the_persons_own_title_are_not_part_of_the_name() -> None:
    """ "Sultan of Brunei, Sultan Hassan Bakri": the title again before the name; "Deputy Prime
    Minister, Senator Ali Dar", "Mullah Abdul Ghani Baradar": words before a name, not in it."""
    assert people("The Sultan of Brunei, Sultan Hassan Bakri, received him.", None) == [
        ("Hassan Bakri", "Sultan", "BN")
    ]
    got = people("Pakistan's Deputy Prime Minister, Senator Ali Khan Dar, will lead a delegation.", None)
    assert got == [("Ali Khan Dar", "Deputy Prime Minister", "PK")]
    got = people("He will meet the Acting Deputy Prime Minister, Mullah Abdul Ghani Baradar.", None)
    assert [name for name, _, _ in got] == ["Abdul Ghani Baradar"]


def test_a_title_between_two_names_belongs_to_the_one_before() -> None:
    """ "Sheikh Saif bin Nahyan, Minister of State, Dr. Omar Gargash, Diplomatic Adviser": the
    title is Saif's; Gargash's own title follows his name."""
    got = people("Attending were Sheikh Saif bin Nahyan, Minister of State, Dr. Omar Qasimi, Diplomatic Adviser.", None)
    assert ("Saif bin Nahyan", "Minister of State", None) in got
    assert not any(name == "Omar Qasimi" and title == "Minister of State" for name, title, _ in got)


def test_east_asian_family_names_alone_refer_to_the_person() -> None:
    """ "Wang Yi ... Wang, who is also a state councillor, said": "Wang" is Wang Yi."""
    r = diplomacy.extract(
        "Chinese Foreign Minister Wang Yi arrived in Seoul. Wang, who is a state councillor, met officials."
    )
    wang = r.officials[0]
    assert wang.name == "Wang Yi"
    assert any(s.text == "Wang" for s in wang.spans)


def test_a_royal_word_before_a_name_with_its_own_office_is_the_name() -> None:
    """ "Sultan Mohammed Al Rashid, Assistant Minister of Foreign Affairs": Sultan is his name."""
    got = people("Attending were Sultan Mohammed Al Rashid, Assistant Minister of Foreign Affairs.", None)
    assert got == [("Sultan Mohammed Al Rashid", "Assistant Minister of Foreign Affairs", None)]


def test_the_adjective_and_title_refer_back_to_that_states_official() -> None:
    """ "the Tunisian premier is accompanied by ...": the Tunisian Prime Minister named before."""
    r = diplomacy.extract(
        "Tunisian Prime Minister Youssef Chahid arrived in Khartoum. Sudan's Foreign Minister Ali Omar met him. "
        "The Tunisian premier is accompanied by ministers of agriculture."
    )
    chahid = next(o for o in r.officials if o.name == "Youssef Chahid")
    assert any(s.text == "The Tunisian premier" for s in chahid.spans)


def test_a_lower_case_title_set_off_by_commas_names_the_person() -> None:
    """ "During talks with prime minister, Tony Blair, discussions will ...": Blair's title."""
    got = people("During talks with prime minister, Tony Blair, discussions will focus on trade.", None)
    assert got == [("Tony Blair", "Prime Minister", "GB")]


def test_nicknames_and_abbreviated_given_names_are_part_of_the_name() -> None:
    """ "President Ferdinand “Bongbong” Marcos Jr.", "Spokesperson Ma. Teresita Daza"."""
    got = people("President Ferdinand “Bongbong” Marcos Jr. will visit Jakarta, Spokesperson Ma. Teresita Daza said.")
    assert [name for name, _, _ in got] == ["Ferdinand “Bongbong” Marcos Jr", "Ma. Teresita Daza"]


def test_the_head_of_a_named_body_in_apposition() -> None:
    """ "The head of the Foreign Policy Department of the Presidential Administration, Daniyar
    Sydykov, told ...": an official, titled by the body he heads."""
    got = people(
        "The head of the Foreign Policy Department of the Presidential Administration, Dan Sykes, spoke.", None
    )
    assert got == [("Dan Sykes", "Head of the Foreign Policy Department of the Presidential Administration", None)]


def test_a_counterpart_among_people_met_is_the_subjects() -> None:
    """ "The Minister of Foreign Affairs of Armenia, Ara Mirzo, arrived. He met the Speaker of the
    Georgian Parliament, Shalva Papu, and his Georgian counterpart, Ilia Darchi": Darchi is a
    foreign minister, not a speaker."""
    text = (
        "On July 3, the Minister of Foreign Affairs of Armenia, Ara Mirzo, arrived in Georgia. "
        "He met with the Speaker of the Georgian Parliament, Shalva Papu, and his Georgian counterpart, Ilia Darchi."
    )
    assert ("Ilia Darchi", "Minister of Foreign Affairs", "GE") in people(text, None)


def test_more_offices_and_their_portfolios() -> None:
    """ "senior presidential secretary for foreign affairs Ju Chul-ki said", "Al Hosani, Assistant
    Minister for International Organisations' Affairs at the Ministry", "Diplomatic Advisor to the
    UAE President": offices with their portfolio, and nothing after it."""
    text = "The trip will include a summit, senior presidential secretary for foreign affairs Ju Chul-ki said."
    assert people(text, None) == [("Ju Chul-ki", "Senior Presidential Secretary for Foreign Affairs", None)]
    text = "Yacoub Al Hosani, Assistant Minister for International Organisations' Affairs at the Ministry, came."
    got = people(text, None)
    assert got == [("Yacoub Al Hosani", "Assistant Minister for International Organisations' Affairs", None)]
    got = people("Dr. Anwar Gargash, Diplomatic Advisor to the UAE President, came.", None)
    assert got == [("Anwar Gargash", "Diplomatic Adviser to the UAE President", "AE")]


def test_a_host_government_is_not_the_issuer() -> None:
    """ "at the cordial invitation of the Government of India": India hosts; it did not write the
    release, so an official whose state is not given is not made Indian."""
    text = (
        "Prime Minister Ram Deuba will visit India at the cordial invitation of the Government of India. "
        "Spokesperson Hari Lal said so."
    )
    assert ("Hari Lal", "Spokesperson", None) in people(text, None)


def test_an_acronym_inside_a_bodys_name_in_a_title() -> None:
    """ "The Chairperson of the African Union (AU) Commission, Moussa Faki Mahamat,"."""
    text = "Addis Ababa: The Chairperson of the African Union (AU) Commission, Moussa Faki Mahamat, will travel."
    got = people(text, None)
    assert got == [("Moussa Faki Mahamat", "Chairperson of the African Union Commission", None)]


def test_a_title_before_and_is_someone_named_before() -> None:
    """ "at the invitation of President Halimah Yacob. He will meet the Singaporean President and
    Prime Minister Lee Hsien Loong": two people, Lee is Prime Minister."""
    text = (
        "Marcos will fly to Singapore at the invitation of President Halimah Yacob. "
        "He will meet the Singaporean President and Prime Minister Lee Hsien Loong."
    )
    assert ("Lee Hsien Loong", "Prime Minister", "SG") in people(text, None)


def test_possessive_titles_and_non_american_senators() -> None:
    """ "accompanied by his minister of state Senator Darcy Boyce and his permanent secretary
    Sonja Welch": both officials; a senator's American state is only a default, which the
    delegation's leader (of Barbados) overrides."""
    text = (
        "Prime Minister Freundel Stuart of Barbados will be accompanied by his minister of state Senator "
        "Darcy Boyce and his permanent secretary Sonja Welch on a visit to Guyana."
    )
    assert people(text, None) == [
        ("Freundel Stuart", "Prime Minister", "BB"),
        ("Darcy Boyce", "Minister of State", "BB"),
        ("Sonja Welch", "Permanent Secretary", "BB"),
    ]
    assert people("Senator Joni Ernst met the press.", None) == [("Joni Ernst", "Senator", "US")]


def test_a_word_inside_a_title_is_no_name() -> None:
    """ "the Chief Research Officer in the CSME Unit": "Research" is no one."""
    assert people("The delegation also includes the Chief Research Officer in the CSME Unit.", None) == []


def test_a_well_known_officeholder_written_with_middle_names() -> None:
    """ "Uhuru Muigai Kenyatta" is the known "Uhuru Kenyatta" (Kenya's), named in full."""
    text = "The mission was led by Uhuru Muigai Kenyatta, who met the press in Addis Ababa."
    assert people(text, dt.date(2023, 3, 1)) == [("Uhuru Muigai Kenyatta", None, "KE")]


def test_a_middle_name_between_two_words_that_are_not_a_known_person() -> None:
    """A known given name followed by two unrelated names is someone else."""
    text = "Uhuru Wanjiku Otieno, Minister of Trade of Kenya, spoke in Nairobi."
    assert people(text) == [("Uhuru Wanjiku Otieno", "Minister of Trade", "KE")]


def test_an_international_body_named_in_the_title_is_the_one_served() -> None:
    """ "Commissioner for Political Affairs of the ECOWAS Commission" serves ECOWAS, not the
    story's state; a representative posted "to the United Nations" still serves her own."""
    text = (
        "ACCRA, May 26 - Commissioner for Political Affairs of the ECOWAS Commission Francis Behanzin "
        "met Ghanaian officials. Permanent Representative to the United Nations Ama Mensah also attended."
    )
    got = {name: country for name, _, country in people(text)}
    assert got == {"Francis Behanzin": None, "Ama Mensah": "GH"}


def test_more_portfolio_words_continue_a_title() -> None:
    """ "Minister of Finance and Economic Management Johnny Tari": "Management" is the portfolio's,
    not the name's first word."""
    text = "Vanuatu's Minister of Finance and Economic Management Johnny Tari met donors in Port Vila."
    assert people(text) == [("Johnny Tari", "Minister of Finance and Economic Management", "VU")]


def test_an_organisations_name_is_not_a_persons() -> None:
    """ "an interaction with the Think Tank - Observer Research Foundation": no one is named."""
    text = "Foreign Minister Ana Rojas of Chile will meet the think tank - Observer Research Foundation."
    assert people(text) == [("Ana Rojas", "Foreign Minister", "CL")]


def test_an_issuers_name_inside_a_longer_name_or_after_a_state_is_not_the_issuer() -> None:
    """ "the Foreign Office said" speaks for the UK; "Foreign Office Consultations" (an event) and
    "the Pakistan Foreign Office" (another state's office) do not."""
    said = "The Foreign Office said on Monday that Minister Jane Roe will travel."
    assert people(said) == [("Jane Roe", "Minister", "GB")]
    for text in (
        "The Pakistan Foreign Office said on Monday that Minister Jane Roe will travel.",
        "Talks were held at the first Foreign Office Consultations, where Minister Jane Roe spoke.",
    ):
        assert people(text) == [("Jane Roe", "Minister", None)]


def test_in_a_story_of_trips_to_one_country_the_unplaced_are_its_hosts() -> None:
    """A Kenyan delegation visits Dhaka; "Foreign Secretary Masud Karim", whom nothing places,
    is a host: Bangladeshi. With trips to two countries, nothing is guessed."""
    text = (
        "Foreign Secretary Masud Karim and Kenyan Ambassador Moi Lenku signed the memorandum. "
        "A 10-member Kenyan government delegation, led by Ambassador Moi Lenku, is now visiting Dhaka."
    )
    assert {n: c for n, _, c in people(text)} == {"Masud Karim": "BD", "Moi Lenku": "KE"}
    text = text + " Ambassador Moi Lenku will then travel to Nepal."
    assert {n: c for n, _, c in people(text)} == {"Masud Karim": None, "Moi Lenku": "KE"}


def test_road_mine_and_urban_portfolios_continue_a_title() -> None:
    """ "Minister of Road and Urban Development Abbas Akhoundi, Minister of Industry, Mine and
    Trade Mohammad Shariatmadari": two titles, two names."""
    text = (
        "Iranian Minister of Road and Urban Development Abbas Akhoundi, Minister of Industry, Mine and "
        "Trade Mohammad Shariatmadari and others went along."
    )
    assert [(n, t) for n, t, _ in people(text)] == [
        ("Abbas Akhoundi", "Minister of Road and Urban Development"),
        ("Mohammad Shariatmadari", "Minister of Industry, Mine and Trade"),
    ]


def test_a_state_named_inside_a_titles_complement() -> None:
    """ "Speaker of Pakistan’s National Assembly", "Chairman of the Pakistani Senate": the state
    served (over a body's usual one: the bare "Senate" is the US's), the title without it; a
    state after "for" is a topic ("Special Representative for Afghanistan")."""
    text = (
        "Koshanov met Speaker of Pakistan’s National Assembly Raja Ahmed and Chairman of the Pakistani "
        "Senate Sadiq Khan in Islamabad."
    )
    assert people(text) == [
        ("Raja Ahmed", "Speaker of the National Assembly", "PK"),
        ("Sadiq Khan", "Chairman of the Senate", "PK"),
    ]
    text = "US Special Representative for Afghanistan Zal Karimi spoke."
    assert people(text) == [("Zal Karimi", "Special Representative for Afghanistan", "US")]


def test_a_counterpart_in_a_relative_clause_is_of_the_one_it_is_about() -> None:
    """ "he also met with Turkish Prime Minister Bulent Ecevit, who invited his Greek counterpart,
    Costas Simitis": Simitis holds Ecevit's office, not the sentence subject's."""
    text = (
        "Foreign Minister George Papandreou of Greece signed with his Turkish counterpart, Ismail Cem, four "
        "agreements. Before the signing, he also met with Turkish Prime Minister Bulent Ecevit, who invited "
        "his Greek counterpart, Costas Simitis, to officially visit Turkey."
    )
    assert {n: t for n, t, _ in people(text)} == {
        "George Papandreou": "Foreign Minister",
        "Ismail Cem": "Foreign Minister",
        "Bulent Ecevit": "Prime Minister",
        "Costas Simitis": "Prime Minister",
    }


def test_a_list_of_the_title_comma_name_pairs() -> None:
    """ "met the President of Estonia, Alar Karis, the President of the Riigikogu (Parliament),
    Lauri Hussar, the Minister of Foreign Affairs, Margus Tsahkna": each title names the one after
    it; "the Minister of Foreign Affairs, Emigration and Expatriate Affairs" is one title."""
    text = (
        "In Tallinn, the minister met the President of Estonia, Alar Karis, the President of the Riigikogu "
        "(Parliament), Lauri Hussar, the Minister of Foreign Affairs, Margus Tsahkna, and others."
    )
    assert [(n, t) for n, t, _ in people(text)] == [
        ("Alar Karis", "President"),
        ("Lauri Hussar", "President of the Riigikogu"),
        ("Margus Tsahkna", "Minister of Foreign Affairs"),
    ]
    text = (
        "He met his counterpart, Dr Badr Abdelatty, the Minister of Foreign Affairs, Emigration and "
        "Expatriate Affairs of the Arab Republic of Egypt."
    )
    assert [n for n, _, _ in people(text)] == ["Badr Abdelatty"]


def test_a_portfolio_written_before_an_office() -> None:
    """ "Commerce Adviser", "Foreign Affairs Adviser", "Science and Technology Secretary": the
    portfolio belongs to the title, and the state before it is read."""
    text = (
        "Bangladesh Foreign Affairs Adviser Touhid Hossain and Philippine Science and Technology Secretary "
        "Fortunato de la Pena met."
    )
    assert people(text) == [
        ("Touhid Hossain", "Foreign Affairs Adviser", "BD"),
        ("Fortunato de la Pena", "Science and Technology Secretary", "PH"),
    ]


def test_a_list_of_names_each_followed_by_its_title() -> None:
    """ "Lateef Fagbemi, Attorney-General, Jamila Ibrahim-Bio, Minister of Youth Development and
    Mele Kyari": each name is followed by its own title (and "Youth Development" is one portfolio);
    "its President, Umaru Embalo, Chairperson of ..." keeps the first title."""
    text = (
        "Others are Lateef Fagbemi, Attorney-General and Minister of Justice, Jamila Ibrahim-Bio, Minister "
        "of Youth Development and Mele Kyari, head of the oil company."
    )
    assert {n: t for n, t, _ in people(text)}["Jamila Ibrahim-Bio"] == "Minister of Youth Development"
    text = (
        "It was at the invitation of its President, His Excellency Umaru Sissoco Embalo, Chairperson of the "
        "Authority of Heads of State."
    )
    assert [(n, t) for n, t, _ in people(text)] == [("Umaru Sissoco Embalo", "President")]


def test_an_office_in_the_possessive_is_someone_elses() -> None:
    """ "Chief Ajuri Ngelale, the President’s spokesman": a spokesman (the style "Chief" dropped),
    not a President; "the Prime Minister's journey" is still the Prime Minister's."""
    text = "A statement by Chief Ajuri Ngelale, the President’s spokesman, said the visit was at the invitation."
    assert people(text) == [("Ajuri Ngelale", "Spokesman", None)]
    text = (
        "Prime Minister Narendra Modi of India met the press. This visit continues the Prime Minister's "
        "journey to the United States in February 2025."
    )
    got = diplomacy.extract(text).visits
    assert [(v.traveler.name, str(v.start)) for v in got] == [("Narendra Modi", "2025-02")]


def test_a_counterpart_after_and_is_the_one_just_named() -> None:
    """ "As the leaders met, Defence Minister Ng Eng Hen and his counterpart Nobuo Kishi signed":
    Kishi holds Ng's office, not the leaders'."""
    text = (
        "Prime Minister Lee Hsien Loong of Singapore met his Japanese counterpart Fumio Kishida. As the "
        "leaders met, Defence Minister Ng Eng Hen and his counterpart Nobuo Kishi signed a memorandum."
    )
    assert {n: t for n, t, _ in people(text)}["Nobuo Kishi"] == "Defence Minister"


def test_a_place_after_in_and_a_headline_verb_are_no_names() -> None:
    """ "In Hawaii, the Secretary will meet ...": Hawaii is a place; "Brazilian Minister Gets
    Support" (a headline): "Gets" is a verb."""
    assert people("In Hawaii, the Secretary will meet Foreign Minister Seiji Maehara of Japan.") == [
        ("Seiji Maehara", "Foreign Minister", "JP")
    ]
    assert people("Brazilian Minister Gets Support in Beirut") == []


def test_a_royal_known_only_by_a_style_is_no_officeholder() -> None:
    """ "Prince Charles and Prince Andrew" (no office stated) are not officials; a well-known
    officeholder styled so ("Prince Faisal bin Farhan", Saudi Arabia's foreign minister) is."""
    text = "The Queen was joined by Prince Charles and Prince Andrew at the banquet for President Jo Ruiz."
    assert [n for n, _, _ in people(text)] == ["Jo Ruiz"]
    assert [n for n, _, _ in people("Prince Faisal bin Farhan met the press.", dt.date(2024, 1, 1))] == [
        "Faisal bin Farhan"
    ]
