"""Agreements between states: named or described, with parties, status and dates (internal).

An agreement is found from its head noun (agreement, accord, treaty, MoU, deal, pact, ceasefire,
framework, initiative, partnership, alliance, compact...).  Its name is the title-case phrase
that ends in the noun ("NZ-China Free Trade Agreement"), with an acronym's expansion in brackets
kept beside it ("COMPACT (Catalysing Opportunities for ...)"), or the description a reader
would use ("bilateral trade agreement", "ceasefire between India and Pakistan").  Parties come
from the name ("India-US"), a "between X and Y" phrase, or "with X" and the speaker's side; the
status from the nearest verb (signed, launched, agreed, negotiating, proposed, in force, ended).
"""

from __future__ import annotations

import re
from collections import Counter

import attrs

from .._model.dates import Day, FuzzyDate
from .._model.events import AgreementStatus
from . import gazetteer as gz
from ._index import Coverage
from .context import story_event
from .pipeline import WINDOW, Context
from .references import Refs
from .timex import count_word

__all__ = ["AgreementDraft", "find_agreements"]

_HEAD = (
    r"agreements?|accords?|treaty|treaties|MoUs?|MOUs?|memorand(?:um|a)\s+of\s+understanding|deal|pacts?|"
    r"cease-?fire|truce|armistice|framework|initiative|partnership|alliance|compacts?|COMPACT|FTA|"
    r"convention|protocol|arrangement|understanding|negotiations|dialogue|Dialogue|"
    r"joint\s+(?:statement|declaration|communiqu[eé]|fact\s+sheet)s?|declaration"
)
_HEAD_RE = re.compile(rf"\b(?:{_HEAD})\b", re.IGNORECASE)
# title-case words (and joiners) that may make up an agreement's name before its head noun
_NAME_WORD = re.compile(r"(?:[A-Z][\w’'.-]*|[A-Z]{2,}|(?:19|20)\d\d|of|and|for|on|the|–|-|&)\Z")
_DESCRIPTIVE = frozenset(
    "bilateral trilateral multilateral free trade economic security defence defense nuclear peace "
    "comprehensive strategic investment maritime military civil civilian energy climate partnership "
    "cooperation co-operation framework interim final preferential digital mutual landmark historic "
    "new first-ever long-term multi-sector mutually beneficial".split()
)
_STATUS: list[tuple[re.Pattern[str], AgreementStatus]] = [
    (
        re.compile(
            r"\b(?:entered into force|in force|ratified|came into effect|took effect|"
            r"has been a (?:real )?success|implemented)\b",
            re.I,
        ),
        AgreementStatus.IN_FORCE,
    ),
    (
        # exchanging signed copies is how a memorandum is concluded in public ("exchanged 3 MoUs")
        re.compile(r"\b(?:signed|sign|signing|inked|initialled|initialed|exchanged|exchanges|exchange of)\b", re.I),
        AgreementStatus.SIGNED,
    ),
    (
        re.compile(r"\b(?:launched|launch|launching|initiated|unveiled|inaugurated|established|announced)\b", re.I),
        AgreementStatus.LAUNCHED,
    ),
    (
        re.compile(
            r"\b(?:agreed|reached|concluded|brokered|facilitated|struck|sealed|clinched|negotiated|resulted in)\b", re.I
        ),
        AgreementStatus.AGREED,
    ),
    (
        re.compile(r"\b(?:negotiations?|negotiating|talks on|talks for|under negotiation)\b", re.I),
        AgreementStatus.NEGOTIATING,
    ),
    (
        re.compile(
            r"\b(?:proposed|propose|proposal|proposing|offer(?:ed|ing)?|potential|would|"
            r"explore|exploring|upgrade|pursue|seek|seeking|to be established|planned)\b",
            re.I,
        ),
        AgreementStatus.PROPOSED,
    ),
    (
        re.compile(r"\b(?:ended|terminated|withdr[ae]w|collapsed|expired|scrapped|suspended|abandoned)\b", re.I),
        AgreementStatus.ENDED,
    ),
]
_GENERIC = frozenset(
    {
        "agreement",
        "agreements",
        "deal",
        "understanding",
        "initiative",
        "framework",
        "arrangement",
        "partnership",
        "alliance",
        "protocol",
        "convention",
        "declaration",
    }
)


@attrs.define
class AgreementDraft:
    name: str
    short_name: str | None
    parties: set[str]
    status: AgreementStatus
    date: FuzzyDate | None
    target: FuzzyDate | None
    spans: list[tuple[int, int]]


_PREFIX = re.compile(
    r"\b((?:upgrade|upgrading|renewal|extension|reauthori[sz]ation|revision|review|expansion|modernisation|"
    r"modernization)\s+of\s+(?:the\s+)?)",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:to|will|would|shall|set to|plan to|plans to|intend to)\s+(?:be\s+)?(?:agree|sign(?:ed)?|launch(?:ed)?|"
    r"conclude[d]?|establish(?:ed)?|finali[sz]e[d]?)\b|\bpending\b",
    re.IGNORECASE,
)
# what an agreement is about, after its head: "in <a capitalised place>" ("ceasefire in Gaza"), or
# "on/for <topic>" read word by word (see _topic_end)
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
_TOPIC_LEAD = re.compile(
    r"\s+(?:on|over|for|concerning|regarding|prolonging|extending|allowing|establishing|creating|governing|"
    r"covering|banning|limiting|granting|providing for)\s+(?:the\s+)?"
)
_WORD_AHEAD = re.compile(r"[^\s]+")
# words that end a topic: a verb, a clause, a time, another agreement's article
_TOPIC_STOP = frozenset(
    "was were is are be been being will would shall could should may might has have had which that who whose "
    "during at to by from as after before when while between among with within under signed sign agreed "
    "exchanged concluded reached this next last a an its their his her our these those".split()
)
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)
_MAX_TOPIC_WORDS = 14
# the rest of a list of topics: items of up to five words (a word may be capitalised: "trade and
# Investment"), the last after "and"
_TOPIC_LIST = re.compile(
    r"(?:\s+[a-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4},){0,6}\s+[a-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4},?\s+and\s+"
    r"[a-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}(?=[\s,.;])"
)


def _topic_end(text: str, end: int, limit: int) -> int | None:
    """Where "on cooperation in customs capacity building" (after an agreement's head) ends.

    The topic runs over words and inner prepositions to punctuation, a verb or a clause word; an
    "and" continues it unless an article or a new agreement follows ("... building and an
    Agreement on ...").  ``None`` when no topic follows ("signed an MoU on Tuesday").
    """
    m = _TOPIC_LEAD.match(text, end, limit)
    if m is None:
        m2 = _IN_PLACE.match(text, end, limit)
        return None if m2 is None else m2.end()
    words = list(_WORD_AHEAD.finditer(text, m.end(), limit))[: _MAX_TOPIC_WORDS + 1]
    if not words:
        return None
    first = words[0].group().rstrip(",.;:)")
    if not first or first.lower() in _NOT_TOPIC or first in _CALENDAR or first[:1].isdigit():
        return None
    last = None
    for n, w in enumerate(words):
        tok = w.group()
        core = tok.rstrip(",.;:)!?”\"'")
        low = core.lower()
        if not core or low in _TOPIC_STOP or core in _CALENDAR or _HEAD_RE.fullmatch(core):
            break
        if low == "and":
            nxt = words[n + 1].group().lower() if n + 1 < len(words) else ""
            if nxt in _TOPIC_STOP or nxt in {"the", "a", "an"} or _HEAD_RE.fullmatch(nxt.rstrip(",.;:")):
                break
            continue
        last = w.start() + len(core)
        if core != tok:
            if tok.endswith(","):
                # "on border demarcation, satellite navigation and banking": a list of topics
                more = _TOPIC_LIST.match(text, w.end(), limit)
                if more is not None:
                    stop = next(
                        (x for x in _WORD_AHEAD.finditer(text, w.end(), more.end()) if x.group() in _TOPIC_STOP), None
                    )
                    return more.end() if stop is None else len(text[: stop.start()].rstrip())
            break  # punctuation closes the topic
    return last


#: Capitalised words that open a sentence or a phrase, not an agreement's name ("An MoU").
# "agreed to begin a dialogue on ...", "their decision to start a Comprehensive Bilateral Dialogue"
_DIALOGUE_CUE = re.compile(
    r"\b(?:agreed|agree|decided|decide|decision|agreement|announced)\s+to\s+(?:begin|launch|establish|start|set up|"
    r"resume|institute|hold)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
#: Verbs a title-case headline capitalises: "India & Australia Sign Economic ... Agreement".
_HEADLINE_VERBS = frozenset(
    "Sign Signs Signed Ink Inks Inked Agree Agrees Agreed Launch Launches Seal Seals Reach Reaches".split()
)
_NOT_NAME_START = frozenset("The the A An This That These Those Its Their Both Two Three Several Nine".split())
_NOT_TOPIC = frozenset(
    "the this that these those its their his her our your any each every such and but for with from into "
    "under over about after before into onto upon within without between among against toward towards "
    "sign signing reach reaching seal sealing strike striking agree agreeing new one two three four "
    "five six seven eight nine ten eleven twelve dozen dozens several many some other another first last final "
    "pivotal important key crucial major significant vital ambitious broad wide-ranging such said "
    "exchange exchanges signs inks witness witnesses adopt adopts conclude concludes finalise finalises "
    "finalize finalizes are is was were be been has have had others margins sidelines make makes making good "
    "hold holds seek seeks want wants need needs discuss discusses".split()
)
_CONCRETE = frozenset(
    "agreement agreements accord accords treaty treaties mou mous memorandum memoranda deal pact pacts "
    "ceasefire cease-fire truce armistice fta joint".split()
)


_TOPICS = frozenset(
    "peace trade final status ceasefire cease-fire nuclear border security investment climate arms control free "
    "accession normalisation normalization boundary maritime fisheries water debt".split()
)


def _negotiations(text: str, s0: int, head: re.Match[str]) -> tuple[int, int, str | None] | None:
    """Talks on a named subject are an agreement being negotiated ("the final status negotiations",
    "peace negotiations"); bare "negotiations" are not."""
    lead = list(re.finditer(r"[\w-]+", text[max(s0, head.start() - 40) : head.start()]))
    start = head.start()
    for w in reversed(lead):
        if w.group().lower() not in _TOPICS:
            break
        start = max(s0, head.start() - 40) + w.start()
    return None if start == head.start() else (start, head.end(), None)


_RUN_JOINERS = re.compile(r"(?:[\s,]|\band\b|\bthe\b|&)*")
#: Another agreement's head in a title-case run: "... Area and the Protocol on ...".
_ANOTHER_HEAD = re.compile(rf"\s+and\s+(?:the\s+)?(?=(?:{_HEAD})\b)", re.IGNORECASE)
#: Punctuation that parts a name from the words before it: a list's comma, a colon, an opening bracket
#: ("(MOU)" names the words before it, it does not join them), a quotation mark.
_LIST_PUNCT = re.compile(r"[,;:(“”\"]")
#: An acronym with lower-case letters in it: "MoU", "MoUs".
_ACRONYM = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}")


#: "deal" as a verb: "formal discussions should deal with ...", "to deal with".
_DEAL_VERB_BEFORE = re.compile(r"\b(?:to|should|would|will|must|can|could|shall|may|might)\s+\Z", re.IGNORECASE)


def _name(text: str, s0: int, head: re.Match[str], s1: int) -> tuple[int, int, str | None] | None:
    """(start, end, acronym) of the agreement's name around its head noun, or None if bare."""
    if head.group().lower() == "deal" and (
        _DEAL_VERB_BEFORE.search(text, max(s0, head.start() - 8), head.start()) or text.startswith(" with", head.end())
    ):
        return None
    if _BODY_AFTER.match(text, head.end(), s1):
        return None  # "the Strategic Partnership Council": a body named after the accord
    if head.group().lower() == "negotiations":
        return _negotiations(text, s0, head)
    if head.group().lower() == "dialogue" and not _DIALOGUE_CUE.search(text, max(s0, head.start() - 80), head.start()):
        return None  # a dialogue is an agreement only when states agree to start one
    start, end = head.start(), head.end()
    # walk left over title-case words: "India-US", "Bilateral Trade", "Downing Street"
    s0 = max(s0, start - WINDOW)
    words = list(re.finditer(r"[^\s(),;:“”\"]+", text[s0:start]))
    title_start = start
    depth = 0  # brackets passed, walking left
    for w in reversed(words):
        if (
            not _NAME_WORD.match(w.group())
            or w.group() in _NOT_NAME_START
            or w.group() in _HEADLINE_VERBS
            or w.group()[-2:] in {"'s", "’s"}
            or w.group()[-1:] in {"'", "’", "‘"}
        ):
            break
        if w.group() in {"of", "and", "for", "on", "–", "-", "&"} and title_start == start:
            break
        gap = text[s0 + w.end() : title_start]
        if _LIST_PUNCT.search(gap) and not (gap.strip() == "(" and depth > 0):
            break  # a list's comma, a colon: "..., Maritime Cooperation Arrangement, Protocol on ..."
        depth += gap.count(")") - gap.count("(")  # "GREEN (Global ... Network) initiative" reads on
        title_start = s0 + w.start()
    # drop leading joiners
    while True:
        m = re.match(r"(?:of|and|for|on|the|–|-|&)\s+", text[title_start:start])
        if m is None:
            break
        title_start += m.end()
    # "the upgrade of the NZ-China FTA": a proposed change to an agreement is its own record
    prefix = _PREFIX.search(text, max(s0, title_start - 40), title_start)
    if prefix is not None and prefix.end() == title_start:
        title_start = prefix.start(1)
    tailed = False
    if title_start < start or head.group()[:1].isupper():
        tail = re.match(
            r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|on|the|in))*", text[end:s1]
        )
        if tail is not None and tail.group().split()[1] in _CALENDAR:
            tail = None  # "signed an MoU on Tuesday": a date, not the agreement's subject
        if tail is not None:
            tail_text = tail.group()
            other = _ANOTHER_HEAD.search(tail_text)
            if other is not None:
                tail_text = tail_text[: other.start()]  # "... Free Trade Area and the Protocol on ...": two
            words_after = tail_text.split()
            while words_after and words_after[-1] in {"of", "and", "on", "the", "in"}:
                words_after.pop()
            end += len(tail_text) - len(tail_text.lstrip()) + len(" ".join(words_after))
            tailed = head.group()[:1].isupper()
    acronym = None
    # an acronym with its expansion: "COMPACT (Catalysing Opportunities for ...)", "FTA"
    paren = re.match(r"\s*\(([^()]{2,160})\)", text[end:])
    if paren is not None:
        inner = paren.group(1)
        head_word = head.group()
        if head_word.isupper() or inner.isupper() or _ACRONYM.fullmatch(inner):
            acronym = head_word if head_word.isupper() else inner
            end += paren.end()
    if title_start == start and tailed and acronym is None:
        return title_start, end, acronym  # "Protocol on Indonesian Pineapple Exports": a name by its tail
    if title_start == start:
        # lowercase description: "a bilateral trade agreement", "the ceasefire between India and Pakistan"
        lead = list(re.finditer(r"[\w-]+", text[max(s0, start - 60) : start]))
        desc_start = start
        for n, w in enumerate(reversed(lead)):
            word = w.group()
            if _LIST_PUNCT.search(text, max(s0, start - 60) + w.end(), desc_start):
                break  # punctuation between: "... Research Cooperation, MoU on ..." (another item)
            if count_word(word) is not None and n < 4:
                # "signed six agreements", "seven bilateral agreements": a count opens the name
                desc_start = max(s0, start - 60) + w.start()
                break
            # the agreement's own adjectives and topic nouns ("fisheries", "extradition"); not a
            # determiner, a preposition or a verb ("signed an agreement")
            topical = word.islower() and word.isalpha() and len(word) > 2 and not word.endswith("ed")
            if word.lower() not in _DESCRIPTIVE and not (topical and word not in _NOT_TOPIC and n < 3):
                break
            desc_start = max(s0, start - 60) + w.start()
            if re.search(r"[“”\"‘’]", text[desc_start:start]):
                desc_start = start  # 'a "historic" deal': a quoted word is not part of the name
                break
        if head.group().split()[0].lower() not in _CONCRETE | {"dialogue"} and not head.group().isupper():
            return None  # "a new partnership", "the framework": a relationship, not an agreement
        between = re.match(
            r"\s+between\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*",
            text[end:s1],
        )
        topic = None if between is not None else _topic_end(text, end, min(s1, end + 260))
        if between is not None:
            end += between.end()
            if text[end - 1] == "." and text[end - 2].islower():
                end -= 1  # the sentence's full stop, not an abbreviation's ("U.S.")
        elif topic is not None:
            end = topic  # "MoUs on semiconductors and digital technologies", "ceasefire in Gaza"
        elif desc_start == start and head.group().lower() in _GENERIC:
            return None  # "the agreement", "a deal": a reference, not a name
        return desc_start, end, acronym
    return title_start, end, acronym


def find_agreements(ctx: Context, refs: Refs) -> list[AgreementDraft]:
    text = ctx.text
    doc = ctx.doc
    drafts: list[AgreementDraft] = _listed(ctx, refs)
    covered = Coverage(span for d in drafts for span in d.spans)
    for head in ctx.scan(_HEAD_RE):
        if covered.overlaps(head.start(), head.start() + 1):
            continue  # inside a name already read: "(FTA)" after "Free Trade Agreement"
        si = doc.sentence_index(head.start())
        sent = doc.sentences[si]
        if not sent.start <= head.start() < sent.end:
            continue
        # the sentence, clipped to a window around the head: per-head work stays bounded
        w0, w1 = max(sent.start, head.start() - WINDOW), min(sent.end, head.end() + WINDOW)
        got = _name(text, w0, head, w1)
        if got is None:
            continue
        n0, n1, acronym = got
        if head.group()[:5].lower() == "joint" and head.start() == doc.blocks[0][0] and sent.block == 0:
            continue  # "Joint Statement" heading the text: the document itself, not an accord it reports
        if covered.overlaps(n0, head.start()):
            # "the Agreement on the ... Area and the Protocol on ...": the run of title-case words
            # began in a name already read; this one starts after it
            done = covered.last_end_before(head.start())
            if done is not None and done > n0:
                lead = _RUN_JOINERS.match(text, done, head.start())
                n0 = lead.end() if lead is not None else done
        name = " ".join(text[n0:n1].split())
        # a hit may open with an article before the name ("the United States – Australia Alliance")
        parties = {
            h.code
            for h in ctx.places(max(0, n0 - 4), n1)
            if h.end > n0 and h.kind in {"country", "adjective", "city", "region"}
        }
        sentence = text[w0:w1]
        if head.group().lower() in _BOND and len(parties) < 2 and not _cued(sentence):
            # "the Pacific Alliance", "areas of U.S. partnership": a bloc or a relationship the
            # sentence only mentions; an accord of this kind is one between two named states
            # ("the Japan-U.S. Alliance") or one the sentence tells something of ("launched")
            continue
        between = (
            re.search(r"\bbetween\s+(.{3,80}?)\s+and\s+(.{2,60}?)(?=[\s,.;]|$)", text[n1 - 1 : w1])
            if len(parties) < 2
            else None
        )
        if len(parties) < 2:
            hits = [h for h in ctx.places(max(w0, n0 - 120), min(w1, n1 + 120)) if h.kind in {"country", "adjective"}]
            near_between = re.search(r"\bbetween\b", text[max(w0, n0 - 120) : min(w1, n1 + 120)])
            if near_between or between:
                parties |= {h.code for h in hits[:2]}
            else:
                with_m = re.search(r"\bwith\s+(?:the\s+)?", text[n1:w1])
                if with_m is not None:
                    later = ctx.places(n1 + with_m.end(), w1)
                    if later and later[0].start == n1 + with_m.end():
                        parties.add(later[0].code)
                        # "negotiations with the Palestinians": the other side is where the talks
                        # are held and who holds them, not the reporting country
                        if len(parties) == 1:
                            other = _local_counts(ctx, refs, w0, w1, cities=True)
                            for code, _ in other.most_common():
                                if code not in parties and code != ctx.home:
                                    parties.add(code)
                                    break
        owner = _OWNER_BEFORE.search(text, max(w0, n0 - 80), n0) if len(parties) < 2 else None
        owner_code = None if owner is None else gz.country_names().get(owner.group(1))
        if not parties and owner_code is not None:
            # "NATO's response to Russia's violations of the INF Treaty": the sentence speaks of
            # one state's conduct under the treaty; no other party is told
            parties = {owner_code}
        elif len(parties) < 2:
            if _TWO_SIDES.search(text, w0, head.start()):
                # "The two sides have been in talks to adopt a joint statement ... against North
                # Korea's ...": the sides are the story's two states, not others the sentence names
                parties |= _main_states(ctx, parties)
            else:
                parties |= _sides(ctx, refs, w0, w1, parties, bilateral=True)
        status = _status(sentence, head.start() - w0, named=name[:1].isupper())
        if head.group().lower() == "negotiations":
            status = AgreementStatus.NEGOTIATING
        elif head.group().lower() == "dialogue":
            status = AgreementStatus.AGREED  # the states agreed to hold it (see _DIALOGUE_CUE)
        if _PREFIX.match(name) and not name.lower().startswith("implementation"):
            status = AgreementStatus.PROPOSED
        date = None
        target = None
        for t in ctx.timexes(w0, w1):
            if t.value is None or t.duration_days:
                continue
            if getattr(t, "target", False):
                target = target or t.value
            elif date is None:
                date = t.value
        if status is AgreementStatus.PROPOSED:
            date = None  # a proposal's sentence dates the talk about it, not the agreement
        draft = AgreementDraft(name, acronym, parties, status, date, target, [(n0, n1)])
        covered.add(n0, n1)
        if " " not in name.strip():
            # a bare "FTA" or "ceasefire": a reference to an agreement already named, if any
            ref = next((d for d in drafts if _refers(name, d)), None)
            if ref is not None:
                ref.spans.append((n0, n1))
            elif name.isupper() and len(name) > 3:
                drafts.append(draft)
            continue
        drafts.extend(_distributed(draft))
    merged = _merge(_enumerated(ctx, drafts))
    if merged:
        _date_by_reference(ctx, merged)
        _date_by_story(ctx, refs, merged)
    return merged


#: The agreements just told, referred to again: "The agreements were signed ... on Monday".
_TOLD_AGAIN = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+)?(?:agreements|accords|MoUs|MOUs|memoranda|deals|pacts|documents|treaties)\s+"
    r"(?:were|have been|had been)\s+(?:formally\s+|officially\s+)?(?:signed|inked|concluded|exchanged)\b"
)
_TOLD_AGAIN_REACH = 4  # sentences back


def _date_by_reference(ctx: Context, drafts: list[AgreementDraft]) -> None:
    """Agreements signed with no date of their own, told again with one in a sentence just after:
    "Kenya has signed seven agreements ... One of the agreements is ... The agreements were
    signed during a bilateral meeting ... on Monday morning": that day, for each."""
    if "were" not in ctx.text and "been" not in ctx.text:
        return
    doc = ctx.doc
    for m in _TOLD_AGAIN.finditer(ctx.text):
        si = doc.sentence_index(m.start())
        sent = doc.sentences[si]
        day = next((t.value for t in ctx.timexes(sent.start, sent.end) if isinstance(t.value, Day)), None)
        if day is None:
            continue
        for d in drafts:
            di = doc.sentence_index(d.spans[0][0])
            if d.date is None and d.status is AgreementStatus.SIGNED and 0 <= si - di <= _TOLD_AGAIN_REACH:
                d.date = day


def _date_by_story(ctx: Context, refs: Refs, drafts: list[AgreementDraft]) -> None:
    """An agreement signed or reached with no date of its own, in a story that opens on a dated
    meeting ("Medvedev Monday sealed ... a raft of new accords"): that day."""
    undated = [d for d in drafts if d.date is None and d.status in (AgreementStatus.SIGNED, AgreementStatus.AGREED)]
    if not undated:
        return
    event = story_event(ctx, refs)
    if event is None:
        return
    for d in undated:
        d.date = event[0]


#: Heads that name a bond between states as often as a document: alliances, partnerships.
_BOND = frozenset({"alliance", "partnership", "initiative", "framework"})
#: A body's name that goes on past an agreement's head ("Partnership Council", "Treaty Organization").
_BODY_AFTER = re.compile(
    r"\s+(?:Council|Commission|Committee|Forum|Group|Fund|Secretariat|Summit|Meeting|Office|Board|Mechanism|"
    r"Organi[sz]ation|Centre|Center|Bank|Assembly|Working Group|Task Force)\b"
)

_SINGULAR = {
    "agreements": "agreement",
    "accords": "accord",
    "treaties": "treaty",
    "pacts": "pact",
    "MoUs": "MoU",
    "MOUs": "MOU",
    "memoranda": "memorandum",
    "Memoranda": "Memorandum",
}
_PLURAL_ON = re.compile(
    r"\A(?:[\w-]+\s+)?(agreements|accords|treaties|pacts|MoUs|MOUs|memoranda|Memoranda)"
    r"((?:\s+of [Uu]nderstanding)?\s+(?:on|in)\s+)(.+)\Z"
)
_ITEMS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_COMMA_ITEMS = re.compile(r",\s+(?:and\s+)?")


def _distributed(d: AgreementDraft) -> list[AgreementDraft]:
    """ "accords on border demarcation, satellite navigation and banking": one accord per topic
    (each a document of its own), named in the singular; any other draft as it is."""
    m = _PLURAL_ON.match(d.name)
    if m is None:
        return [d]
    topics = m.group(3)
    if ", and " in topics:
        # "on trade and investment, agriculture, and arts and youth affairs": a list closed by a
        # comma before "and" is split at its commas, its items may hold an "and"
        items = [i for i in _COMMA_ITEMS.split(topics) if i]
    else:
        items = [i for i in _ITEMS.split(topics) if i]
    if len(items) < 2 or any(len(i.split()) > 5 for i in items):
        return [d]
    head = _SINGULAR[m.group(1)] + m.group(2)
    return [attrs.evolve(d, name=head + item, parties=set(d.parties), spans=list(d.spans)) for item in items]


_BEING_NEGOTIATED = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+)?(?:being negotiated|under negotiation)\b", re.I)
_ENUMERATION = re.compile(
    r"\b(?:include|includes|included|including|namely|such as|comprising|among them|of which|one of the|"
    r"the (?:[\w-]+ )?others|the remaining)\b",
    re.IGNORECASE,
)
_COLLECTIVE = re.compile(
    r"\A(?:[\w-]+\s+){0,2}(?:agreements|accords|treaties|MoUs|MOUs|memoranda|memorandums|pacts|deals|documents|"
    r"instruments)\b",
    re.IGNORECASE,
)


def _cued(sentence: str) -> bool:
    """Whether a sentence tells an agreement's status in words (else the status is a default)."""
    return _FUTURE.search(sentence) is not None or any(p.search(sentence) for p, _ in _STATUS)


def _enumerated(ctx: Context, drafts: list[AgreementDraft]) -> list[AgreementDraft]:
    """Agreements listed as members of a collective mention take what it tells: "exchanged 3
    memoranda of understanding between the two countries. The three memoranda included a
    memorandum on X, a memorandum on Y..." (signed, by both); the collective itself is dropped.
    A collective whose sentence tells nothing takes the earlier one's status the same way, and
    is the same collective."""
    text = ctx.text
    doc = ctx.doc
    out: list[AgreementDraft] = []
    last: tuple[int, AgreementDraft] | None = None  # the latest collective: (sentence index, draft)
    group: dict[int, int] = {}  # id(collective) -> its group (one per collective told again)
    absorbed: set[int] = set()  # groups whose members were listed
    counted: dict[int, int] = {}  # how many a collective counts -> its group
    for d in drafts:
        at = d.spans[0][0]
        si = doc.sentence_index(at)
        sent = doc.sentences[si]
        source = last[1] if last is not None and si - last[0] <= 3 else None
        if _COLLECTIVE.match(d.name):
            count = _count_of(text, d)
            if source is not None and not _cued(text[sent.start : sent.end]):
                _inherit(d, source, status=True)
                group[id(d)] = group[id(source)]
            elif count is not None and count in counted:
                # "Kenya, Sierra Leone sign 7 cooperation agreements" (a headline), then "Kenya
                # has signed seven bilateral agreements": one collective, told twice
                group[id(d)] = counted[count]
            else:
                group[id(d)] = id(d)
            if count is not None:
                counted.setdefault(count, group[id(d)])
            last = (si, d)
            out.append(d)
            continue
        if source is not None and _ENUMERATION.search(text, sent.start, at):
            _inherit(d, source, status=not _cued(text[sent.start : at]))
            absorbed.add(group[id(source)])
        out.append(d)
    return [d for d in out if group.get(id(d)) not in absorbed]


_WORD_BEFORE = re.compile(r"([\w-]+)\s+\Z")


def _count_of(text: str, d: AgreementDraft) -> int | None:
    """How many agreements a collective counts, in or right before its name ("sign 7 cooperation
    agreements", "seven bilateral agreements": 7)."""
    at = d.spans[0][0]
    first = d.name.split(None, 1)[0]
    before = _WORD_BEFORE.search(text, max(0, at - 20), at)
    return count_word(first) or (count_word(before.group(1)) if before is not None else None)


def _inherit(d: AgreementDraft, source: AgreementDraft, *, status: bool) -> None:
    if status:
        d.status = source.status
    d.date = d.date or source.date
    if len(d.parties) < 2 <= len(source.parties):
        d.parties = set(source.parties)


def _refers(word: str, d: AgreementDraft) -> bool:
    w = word.casefold()
    return (d.short_name or "").casefold() == w or w in _key(d.name).split() or _abbrev_equal(word, d.name)


def _abbrev_equal(a: str, b: str) -> bool:
    """ "NZ-China FTA" ~ "NZ-China Free Trade Agreement": an acronym for the trailing words."""
    ta = re.sub(r"\s*\([^)]*\)", "", a).split()
    tb = re.sub(r"\s*\([^)]*\)", "", b).split()
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if not ta or not ta[-1].isupper() or len(ta[-1]) < 2:
        return False
    n = len(ta[-1])
    if len(tb) < n:
        return False
    initials = "".join(w[0] for w in tb[len(tb) - n :]).upper()
    return initials == ta[-1] and [w.casefold() for w in ta[:-1]] == [w.casefold() for w in tb[: len(tb) - n]]


_LIST_HEAD = re.compile(
    r"\b(?:arrangements|agreements|MoUs|MOUs|memorand(?:a|ums)|documents|accords|instruments)\b[^:\n]{0,40}:\s*\Z",
    re.IGNORECASE,
)
_ITEM = re.compile(r"\s*(?:[-•*▪●]|\d{1,2}[.)])\s+")


def _listed(ctx: Context, refs: Refs) -> list[AgreementDraft]:
    """Agreements listed one per line under a heading ("These include arrangements on:")."""
    text = ctx.text
    doc = ctx.doc
    out: list[AgreementDraft] = []
    for b, (b0, b1) in enumerate(doc.blocks):
        if text[b1 - 1 : b1] != ":" or not _LIST_HEAD.search(text, b0, b1):
            continue
        c0 = doc.blocks[b - 1][0] if b else b0
        context = text[c0:b1]
        status = (
            AgreementStatus.SIGNED
            if re.search(r"\bsign", context, re.I)
            else _status(context, len(context), named=True)
        )
        date = None
        for t in ctx.timexes(c0, b1):
            if t.value is not None and not t.duration_days:
                date = t.value
                break
        if date is None and status is AgreementStatus.SIGNED:
            event = story_event(ctx, refs)
            date = event[0] if event is not None else None
        for c0, c1 in doc.blocks[b + 1 :]:
            item = _ITEM.match(text, c0, c1)
            if item is None:
                break
            body = text[item.end() : c1]
            cut = re.search(r"\s+(?:that|which|to|so as|in order)\s", body)
            name = body[: cut.start()] if cut else body
            name = name.strip(" .;,")
            if len(name.split()) < 2:
                continue
            n0 = item.end()
            parties = _sides(ctx, refs, c0, c1, set(), bilateral=True)
            out.append(AgreementDraft(name, None, parties, status, date, None, [(n0, n0 + len(name))]))
    return out


def _status(sentence: str, at: int, *, named: bool = False) -> AgreementStatus:
    """The status told by the cue nearest the head noun; with no cue, a named agreement exists
    (in force) and a described one is proposed."""
    best: tuple[int, AgreementStatus] | None = None
    for m in _BEING_NEGOTIATED.finditer(sentence):
        if 0 <= m.start() - at < 60:
            return AgreementStatus.NEGOTIATING  # "A full trade pact is now being negotiated"
    for m in _FUTURE.finditer(sentence):
        if abs(m.start() - at) < 120:
            return AgreementStatus.PROPOSED
    for pattern, status in _STATUS:
        for m in pattern.finditer(sentence):
            d = abs(m.start() - at)
            if best is None or d < best[0]:
                best = (d, status)
    if best is None:
        return AgreementStatus.IN_FORCE if named else AgreementStatus.PROPOSED
    return best[1]


def _sides(ctx: Context, refs: Refs, s0: int, s1: int, have: set[str], *, bilateral: bool) -> set[str]:
    """The parties when the name does not give two: the countries of the sentence (named, or
    served by its officials); if it names none, or one in a bilateral context, the document's
    most named countries."""
    local = _local_counts(ctx, refs, s0, s1)
    if not local:
        # "The two sides are expected to sign...": the sides are the previous sentence's
        si = ctx.doc.sentence_index(s0)
        if si > 0:
            prev = ctx.doc.sentences[si - 1]
            if prev.block == ctx.doc.sentences[si].block:
                local = _local_counts(ctx, refs, max(prev.start, prev.end - WINDOW), prev.end, cities=True)
    out = set(have)
    for code, _ in local.most_common():
        if len(out) >= 2:
            break
        out.add(code)
    if len(out) >= 2 or (out and not bilateral):
        return out
    return _main_states(ctx, out)


_OWNER_BEFORE = re.compile(
    r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+(?:[\w-]+\s+){0,3}(?:of|with|under|to)\s+(?:the\s+)?\Z"
)
_TWO_SIDES = re.compile(
    r"\b(?:the two|both) (?:sides|countries|nations|leaders|governments|presidents|prime ministers|ministers)\b",
    re.IGNORECASE,
)


def _main_states(ctx: Context, have: set[str]) -> set[str]:
    """``have`` completed to two states: the other side of a trip the story tells (the traveller's
    state and the host), else the ones the story names and serves most."""
    sides: list[tuple[str, str]] = ctx.memo.get("trip_sides", [])
    if have:
        for a, b in sides:
            if have <= {a, b} and a != b:
                return have | {a, b}
    counts: Counter[str] = Counter(_doc_places(ctx))
    for p in ctx.people:
        if p.country:
            counts[p.country] += 1
    if ctx.home:
        counts[ctx.home] += 1
    out = set(have)
    for code, _ in counts.most_common():
        if len(out) >= 2:
            break
        out.add(code)
    return out


def _local_counts(ctx: Context, refs: Refs, s0: int, s1: int, *, cities: bool = False) -> Counter[str]:
    """Countries of a sentence: named (2), a city's (1, when asked) or served by its officials (1)."""
    local: Counter[str] = Counter()
    for h in ctx.places(s0, s1):
        if h.kind in {"country", "adjective"}:
            local[h.code] += 2
        elif cities and h.kind == "city":
            local[h.code] += 1
    for r in refs.starting_in(s0, s1):
        if r.person.country:
            local[r.person.country] += 1  # "In her meeting with Minister Gan": her side too
    return local


def _doc_places(ctx: Context) -> list[str]:
    cached: list[str] | None = ctx.memo.get("country_mentions")
    if cached is None:
        cached = ctx.memo["country_mentions"] = [h.code for h in ctx.places() if h.kind in {"country", "adjective"}]
    return cached


def _key(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).casefold().replace("–", "-")


def _same_agreement(a: str, b: str) -> bool:
    if a == b or _abbrev_equal(a, b):
        return True
    if _PREFIX.match(a) or _PREFIX.match(b):
        return False
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= 2 and short in long


def _narrower(a: FuzzyDate, b: FuzzyDate) -> bool:
    """Whether ``a`` lies within ``b`` and is shorter: February 2025 within 2025."""
    la, ha, lb, hb = a.earliest, a.latest, b.earliest, b.latest
    if None in (la, ha, lb, hb):
        return False
    assert la is not None
    assert ha is not None
    assert lb is not None
    assert hb is not None
    return lb <= la and ha <= hb and (ha - la) < (hb - lb)


_VAGUE = frozenset(
    "a an the major new long-term landmark historic comprehensive first-ever important significant ambitious "
    "wide-ranging broad".split()
)


def _vague(name: str) -> bool:
    """A description that says nothing the name of the same agreement would not: "a major long-term agreement"."""
    words = name.lower().split()
    return not name[:1].isupper() and all(w in _VAGUE for w in words[:-1])


#: Acronyms of a kind of document, not of one agreement: two "(MoU)"s are two memoranda.
_KIND_ACRONYMS = frozenset({"mou", "mous", "moa", "moas", "loi", "fta", "ftas"})


def _merge(drafts: list[AgreementDraft]) -> list[AgreementDraft]:
    out: list[AgreementDraft] = []
    for d in drafts:
        key = _key(d.name)
        same = next(
            (
                o
                for o in out
                if _same_agreement(_key(o.name), key)
                or _abbrev_equal(o.name, d.name)
                or (
                    o.short_name
                    and o.short_name == d.short_name
                    and o.short_name.casefold() not in _KIND_ACRONYMS
                    and not _PREFIX.match(o.name)
                    and not _PREFIX.match(d.name)
                )
            ),
            None,
        )
        if same is None:
            out.append(d)
            continue
        if d.name[:1].isupper() and (len(d.name) > len(same.name) or not same.name[:1].isupper()):
            same.name = d.name  # the name as a proper noun beats a description
        same.short_name = same.short_name or d.short_name
        if len(same.parties) < 2:
            same.parties |= d.parties
        if same.date is None or (d.date is not None and _narrower(d.date, same.date)):
            same.date = d.date
        same.target = same.target or d.target
        same.spans.extend(d.spans)
    # a vague description and a named agreement of the same parties are one agreement
    named = [o for o in out if o.name[:1].isupper()]
    kept = []
    for o in out:
        target = next((n for n in named if _vague(o.name) and n.parties == o.parties), None)
        if target is None:
            kept.append(o)
        else:
            target.spans.extend(o.spans)
    return kept
