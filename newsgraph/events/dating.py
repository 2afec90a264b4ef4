"""Event dates: the sentence's own time expressions first, else the publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.syntax import governing_verb
from newsgraph.events.triggers import noun_act_type
from newsgraph.model import Event, EventDate, TimeExpr
from newsgraph.times.lexicon import load_lexicon as load_time_words

_CARRY_SENTENCES = 3  # how far a same-type mention may lend its date
_EARLIER = frozenset({"before", "previously", "formerly", "once"})
_UNIT_DAYS = {"day": 1, "week": 7}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_value(value: str | None) -> tuple[date, str] | None:
    """A TIMEX3 calendar value ('2023', '2023-03', '2023-03-20') as its first day and granularity."""
    m = _ISO.match(value or "")
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    gran = "day" if m[3] else "month" if m[2] else "year"
    try:
        return date(year, month, day), gran
    except ValueError:
        return None


def day_value(value: str | None) -> tuple[date, str] | None:
    """The calendar date a value names, a time of a day included ('2025-03-11TEV' is 2025-03-11), with its
    granularity."""
    return parse_value((value or "")[:10])


def _usable(t: TimeExpr) -> bool:
    return (
        t.type in ("DATE", "TIME")
        and t.value is not None
        and not t.value.startswith(("P", "PRESENT", "FUTURE", "PAST"))
    )


def deadline(sent: Span, t: TimeExpr, preps: frozenset[str]) -> bool:
    """'until April 2', 'by Friday': a deadline or end point, not when the event happened."""
    span = _time_span(sent, t)
    return span is not None and _deadline_span(sent, span, preps)


def _time_span(sent: Span, t: TimeExpr) -> Span | None:
    """The tokens of a time expression (None when its offsets cover no token)."""
    span = sent.doc.char_span(t.start, t.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _deadline_span(sent: Span, span: Span, preps: frozenset[str]) -> bool:
    head = span.root
    for _ in range(2):
        if head.dep_ == "prep" or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ == "prep" and head.lower_ in preps:
        return True
    if span.start > sent.start and sent.doc[span.start - 1].lower_ == "since":
        return True  # 'held since 2016', however the parse hangs it
    return _in_since_clause(span.root)


def _in_since_clause(tok: Token) -> bool:
    """'Since leaving office in 2019, X has criticised ...': the time dates the start of a period that runs on."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "pcomp":
            return False
        cur = cur.head
        if cur.lower_ == "since" and cur.dep_ in ("prep", "mark"):
            return True
    return False


def _other_clause(span: Span, trigger: Token) -> bool:
    """The time expression sits in a relative clause the trigger is not part of ('Berisha, who resigned in
    2013, rejected ... Thursday': 2013 dates the resignation, not the rejection), or in a participle clause on
    a noun other than the trigger ('restored relations broken off in 1978': 1978 dates the break)."""
    for anc in (span.root, *span.root.ancestors):
        if anc.dep_ == "relcl" or (anc.dep_ == "acl" and anc.tag_ == "VBN" and _object_of(anc.head, trigger)):
            return not anc.left_edge.i <= trigger.i <= anc.right_edge.i
    return False


def _object_of(noun: Token, trigger: Token) -> bool:
    """``noun`` is the direct object of the trigger's verb (the trigger itself being the verb or its object)."""
    return noun.dep_ == "dobj" and noun.i != trigger.i and noun.head.i in (trigger.i, trigger.head.i)


def _names_an_instrument(span: Span, verb: Token, instruments: frozenset[str]) -> bool:
    """The time expression names an agreement the event (of ``verb``) acts on ('withdrew from the 2015 nuclear
    deal', 'annulled its 1975 border treaty'): the year it was made, not when the event happened."""
    root = span.root
    noun = root.head
    if root.dep_ not in ("nummod", "compound", "nmod") or noun.lemma_.lower() not in instruments:
        return False
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def sentence_time(
    sent: Span,
    trigger: Token,
    times: list[TimeExpr],
    deadline_preps: frozenset[str] = frozenset(),
    instruments: frozenset[str] = frozenset(),
) -> TimeExpr | None:
    """The usable time expression in ``sent`` nearest the trigger (deadlines left out, and the year of an
    agreement in ``instruments`` the trigger acts on); of verbs joined by 'and', one in the trigger's own
    clause first. Each time expression's tokens are found once."""
    verb = governing_verb(trigger)
    inside: list[tuple[TimeExpr, Span | None]] = []
    for t in times:
        if t.start < sent.start_char or t.end > sent.end_char or not _usable(t):
            continue
        span = _time_span(sent, t)
        if span is not None and (
            _deadline_span(sent, span, deadline_preps)
            or _other_clause(span, trigger)
            or (instruments and _names_an_instrument(span, verb, instruments))
        ):
            continue
        inside.append((t, span))
    if not inside:
        return None
    clause = _own_conjunct(verb)
    own = [t for t, span in inside if clause is not None and span is not None and _within(span, clause)]
    return min(own or [t for t, _ in inside], key=lambda t: min(abs(t.start - trigger.idx), abs(t.end - trigger.idx)))


def _own_conjunct(verb: Token) -> tuple[Token, list[Token]] | None:
    """The trigger's verb and the verbs conjoined under it, when it is one of several verbs joined by 'and'
    ('announced a separation in 2016, accepted $2 billion in Chinese funding ... in 2019': 2019 dates the
    funding); None otherwise (the nearest time, as before)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    others = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return (verb, others) if others or verb.dep_ == "conj" else None


def _within(span: Span, clause: tuple[Token, list[Token]]) -> bool:
    """The time expression is in the verb's clause and not in a verb conjoined under it."""
    verb, others = clause
    root = span.root
    inside = verb.left_edge.i <= root.i <= verb.right_edge.i
    return inside and not any(c.left_edge.i <= root.i <= c.right_edge.i for c in others)


def event_date(time: TimeExpr | None, published: str | None, modality: list[str]) -> EventDate:
    """The event's date: its own time expression, else publication (not for future/historical events)."""
    if time is not None and time.value is not None:
        parsed = parse_value(time.value)
        gran = parsed[1] if parsed else time.granularity
        return EventDate(time.value, time.end_value or time.value, gran, "sentence")
    if published and "future" not in modality and "historical" not in modality:
        return EventDate(published[:10], published[:10], "day", "publication")
    return EventDate(None, None, "unknown", "none")


def day_offset(tok: Token) -> int:
    """'a day after an attack on a train', 'two days before the vote': the act the phrase names lies that many
    days before (or after) the clause's own date; 0 when the trigger is no such object."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("after", "before"):
        return 0
    # 'a day after X' hangs 'after' on 'day' or 'day' on 'after', as the parse goes
    unit = prep.head if prep.head.dep_ == "npadvmod" else next((c for c in prep.children if c.dep_ == "npadvmod"), None)
    if unit is None or unit.lemma_.lower() not in _UNIT_DAYS:
        return 0
    count = next((c for c in unit.children if c.dep_ in ("det", "nummod")), None)
    numbers: dict[str, object] = load_time_words().words["numbers"]
    n = 1 if count is not None and count.lower_ == "the" else numbers.get(count.lower_) if count is not None else None
    if not isinstance(n, int):
        return 0
    return (-1 if prep.lower_ == "after" else 1) * n * _UNIT_DAYS[unit.lemma_.lower()]


def shifted(when: EventDate, days: int) -> EventDate:
    """A day-precise date moved by ``days``, now told by the sentence; other dates as they are."""
    parsed = parse_value(when.start)
    if not days or parsed is None or parsed[1] != "day" or when.end not in (None, when.start):
        return when
    value = (parsed[0] + timedelta(days=days)).isoformat()
    return EventDate(value, value, "day", "sentence")


def _period_end(first: date, gran: str) -> date:
    """The last day of the year, month or day that starts at ``first``."""
    if gran == "year":
        return date(first.year, 12, 31)
    if gran == "month":
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return first


def is_historical(time: TimeExpr | None, published: str | None, days: int) -> bool:
    """True when the period of the event's own date ended more than ``days`` before publication (the
    gold's 'ended more than about a month before'): 'in December' in a March story, 'last year', 'in 2019'."""
    if time is None or not published:
        return False
    first = parse_value(time.end_value or time.value)
    pub = parse_value(published[:10])
    if first is None or pub is None:
        return False
    return (pub[0] - _period_end(*first)).days > days


def backgrounded(tok: Token, speech_verbs: frozenset[str]) -> bool:
    """Pluperfect ('had invaded') or a 'since X' background phrase; a pluperfect reported by a verb of saying
    ('a spokesman said jets had bombed ...') is the backshifted news itself, not background."""
    if tok.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in tok.children):
        return not (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in speech_verbs)
    if present_perfect(tok) and any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in _verb_of(tok).children):
        return True  # experiential perfect: 'have boarded foreign boats before'
    return tok.dep_ == "pobj" and tok.head.lower_ == "since"


def _verb_of(tok: Token) -> Token:
    """The trigger, or the verb its noun hangs from."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok)
    return tok


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def past_tense(tok: Token) -> bool:
    """The trigger (or the verb its noun hangs from) is in a past or perfect tense."""
    verb = _verb_of(tok)
    return verb.tag_ in ("VBD", "VBN") or any(c.lower_ in ("has", "have", "had") for c in verb.children)


def present_perfect(tok: Token) -> bool:
    """'has rejected', 'have been fighting': a past reaching into the present, never backgrounded by
    another sentence's old date."""
    return bool(_aux_words(_verb_of(tok)) & {"has", "have", "'ve", "'s"})


def ongoing(tok: Token) -> bool:
    """'has been fighting since 2023': a perfect progressive tells a state that still holds, never
    historical."""
    verb = _verb_of(tok)
    return verb.tag_ == "VBG" and present_perfect(tok) and "been" in _aux_words(verb)


def narrative_past(tok: Token) -> bool:
    """A finite simple past ('A militia fought back'), the tense that continues a dated narrative; not a
    participle ('asked by a reporter') nor a perfect."""
    verb = _verb_of(tok)
    root = tok.sent.root
    present = root.tag_ in ("VBZ", "VBP") or bool(_aux_words(root) & {"is", "are", "has", "have"})
    # '... he seems to be in anti-China mode after Chinese boats swarmed the reef': a present frame
    return verb.tag_ == "VBD" and not _aux_words(verb) and not (present and root is not verb)


@dataclass(slots=True)
class Dated:
    """One coded event with what date carrying needs: its trigger and its sentence's index."""

    event: Event
    token: Token
    sent: int
    told_before: bool = False  # the act is referred back to ('claimed responsibility for the attack')


_SOON_UNITS = frozenset({"hour", "hours", "minute", "minutes", "moment", "moments"})
_SOON_WORDS = frozenset({"shortly", "soon", "just", "immediately"})


def soon_after_noun(tok: Token) -> Token | None:
    """The act noun of an 'hours after X' or 'shortly after X' phrase in the trigger's clause (its own phrases
    and the participles of its nouns, not other clauses): the clause happened the same day as X ('In the
    statement released hours after the attack, the group gave authorities 48 hours')."""
    verb = _verb_of(tok)
    stack = list(verb.children)
    while stack:
        cur = stack.pop()
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            continue  # another clause
        if cur.dep_ == "prep" and cur.lower_ == "after":
            head, obj = cur.head, next((c for c in cur.children if c.dep_ == "pobj"), None)
            # 'hours after X' hangs 'after' on 'hours' or 'hours' on 'after', as the parse goes
            near = head.lower_ in _SOON_UNITS or any(
                c.lower_ in _SOON_UNITS or c.lower_ in _SOON_WORDS for c in (*cur.children, *head.children)
            )
            if obj is not None and obj.pos_ == "NOUN" and near:
                return obj
        stack.extend(cur.children)
    return None


def _same_event_date(item: Dated, coded: list[Dated]) -> EventDate | None:
    """The own date of the nearest earlier mention of the same type a few sentences back (never a later one); a
    planned event borrows only from a plan of the same actor ('X is due to travel on Tuesday ... X is
    expected to discuss ...')."""
    future = "future" in item.event.modality
    near = [
        d
        for d in coded
        if d is not item
        and d.event.type == item.event.type
        # context carries forward only; an act referred back to ('the attack') is found anywhere before
        and 0 <= item.sent - d.sent <= (item.sent if item.told_before else _CARRY_SENTENCES)
        and d.event.date.source == "sentence"
        and ("future" in d.event.modality) == future
        and (not future or bool(set(d.event.actors) & set(item.event.actors)))
    ]
    near.sort(key=lambda d: item.sent - d.sent)
    return near[0].event.date if near else None


def _date_of_act_before(item: Dated, coded: list[Dated]) -> EventDate | None:
    """The own date of the latest act told before that the clause came hours after: one its noun names ('came
    under a bomb and gun attack Tuesday ... hours after the attack'), else one of its type."""
    noun = soon_after_noun(item.token)
    act_type = noun_act_type(noun, load_lexicon()) if noun is not None else None
    if noun is None or act_type is None:
        return None
    before = [
        d
        for d in coded
        if d is not item
        and d.sent <= item.sent
        and d.event.type == act_type
        and d.event.date.source in ("sentence", "context")
    ]
    named = [d for d in before if d.token.lemma_.lower() == noun.lemma_.lower()]
    return (named or before)[-1].event.date if before else None


def carry_dates(coded: list[Dated], previous_times: dict[int, TimeExpr], published: str | None, days: int) -> None:
    """Undated past events take a date from context: the same event told nearby with its date ('X was
    killed Thursday ... the killing'), or a date of the previous sentence that the narrative continues ('In
    2013 rebels seized power. A militia fought back.'), which marks them historical when it is old."""
    for item in coded:
        ev = item.event
        if "future" in ev.modality:
            if ev.date.source == "none" and (same := _same_event_date(item, coded)) is not None:
                ev.date = EventDate(same.start, same.end, same.granularity, "context")
            continue
        if ev.date.source != "publication" or not past_tense(item.token) or ongoing(item.token):
            continue
        same = _same_event_date(item, coded) or _date_of_act_before(item, coded)
        if same is not None:
            if present_perfect(item.token) and is_historical_value(same.end or same.start, published, days):
                continue
            ev.date = EventDate(same.start, same.end, same.granularity, "context")
        elif (
            (prev := previous_times.get(item.sent)) is not None
            and narrative_past(item.token)
            and (is_historical(prev, published, days) or _day_before(prev.value, published))
        ):
            day = (prev.value or "")[:10]  # 'Tuesday evening' dates the story's day, not the hour
            ev.date = (
                EventDate(day, day, "day", "context")
                if day != prev.value and day_value(day)
                else event_date(prev, published, [])
            )
            ev.date.source = "context"
        else:
            continue
        if is_historical_value(ev.date.end or ev.date.start, published, days) and "historical" not in ev.modality:
            ev.modality.append("historical")


def _day_before(value: str | None, published: str | None) -> bool:
    """A day-precise date (or a time of that day: '2025-03-11TEV') before the publication day."""
    parsed, pub = day_value(value), day_value(published)
    return parsed is not None and pub is not None and parsed[1] == "day" and parsed[0] < pub[0]


def is_historical_value(value: str | None, published: str | None, days: int) -> bool:
    """True when a date value ends well before publication."""
    return is_historical(TimeExpr("", 0, 0, value, "day"), published, days) if value else False


def is_ahead(time: TimeExpr | None, published: str | None) -> bool:
    """True when the event's own date begins after the publication day ('talks Tuesday' in a Friday story,
    'next month')."""
    if time is None or not published:
        return False
    first = parse_value(time.value)
    pub = parse_value(published[:10])
    if first is None or pub is None:
        return False
    return first[0] > pub[0]
