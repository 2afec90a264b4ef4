"""The event coder: PLOVER events with actors, date, location, modality and attribution per sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsgraph.actors.table import ActorTable
from newsgraph.events.arguments import find_arguments, visitor_of
from newsgraph.events.attribution import find_attribution
from newsgraph.events.combine import codebook_type, governor, obliged
from newsgraph.events.dating import backgrounded, event_date, is_historical, sentence_time
from newsgraph.events.lexicon import Cues, load_cues, load_lexicon
from newsgraph.events.location import find_location
from newsgraph.events.modality import ModalityInfo, find_modality, unconfirmed
from newsgraph.events.ontology import Ontology, load_ontology
from newsgraph.events.scoring import confidence, context_labels
from newsgraph.events.syntax import governing_verb
from newsgraph.events.triggers import Trigger, candidates, find_triggers, modal_requests
from newsgraph.model import Article, Event, Location, Quote, TimeExpr


@dataclass(slots=True)
class _Context:
    """What every event of one article shares."""

    article: Article
    actors: ActorTable
    quotes: list[Quote]
    times: list[TimeExpr]
    cues: Cues
    onto: Ontology
    labels: list[str]


def _place_recipient(
    trig: Trigger, etype: str, location: Location | None, actors: list[str], recipients: list[str], ctx: _Context
) -> list[str]:
    """The actor named by the event's place, when it stands in for a missing recipient (the host of a visit,
    the government where a protest or a curfew happens)."""
    if location is None or location.start is None or location.end is None:
        return []
    if trig.entry.mode == "visit":
        if recipients:
            return []
    elif etype not in ctx.cues.sets["location_recipient_types"] or any(
        (a := ctx.actors.by_id(r)) is not None and a.country for r in recipients
    ):
        return []
    place = ctx.actors.at(location.start, location.end)
    return [place.id] if place is not None and place.id not in actors and place.id not in recipients else []


def _stative(trig: Trigger, cues: Cues) -> bool:
    """'is ready/committed/opposed to': an adjective or stative participle whose subject acts."""
    return trig.entry.pos == "A" or cues.has("stative_participles", trig.token.lemma_.lower())


def _keep(trig: Trigger, has_actor: bool, has_recipient: bool, cues: Cues) -> bool:
    """Whether a trigger codes an event: noun triggers need their own actor or a light verb ('held
    talks'); a participle modifying a noun ('gangs seeking ransoms') needs an actor or recipient;
    'demonstrate' with an object is no protest."""
    tok = trig.token
    if trig.entry.pos == "N":
        return has_actor or governing_verb(tok, limit=2).lemma_.lower() in cues.sets["light_verbs"]
    if cues.has("intransitive_triggers", tok.lemma_.lower()) and any(c.dep_ == "dobj" for c in tok.children):
        return False
    return has_actor or has_recipient or tok.dep_ not in cues.sets["modifier_deps"]


def _denial_frame(trig: Trigger, cues: Cues) -> bool:
    """'denied that X attacked': the denial marks the inner event; it is no REJECT event itself."""
    tok = trig.token
    return tok.lemma_.lower() in cues.sets["deny_verbs"] and any(
        c.dep_ in ("ccomp", "xcomp", "pcomp") for c in tok.children
    )


def _type_of(trig: Trigger, merged: list[Trigger], info: ModalityInfo, ctx: _Context) -> tuple[str, str | None, str]:
    etype, mode = codebook_type(trig, merged, info.flags, info.intent, ctx.onto, ctx.cues)
    cameo = trig.entry.cameo if etype == trig.entry.type else ctx.onto.types[etype].cameo
    return etype, mode, cameo


def _code_one(trig: Trigger, merged: list[Trigger], sent: Span, hedged: bool, ctx: _Context, n: int) -> Event | None:
    tok = trig.token
    actors, recipients = find_arguments(tok, ctx.actors, ctx.cues, stative=_stative(trig, ctx.cues))
    if trig.entry.mode == "visit" and ctx.cues.has("host_verbs", tok.lemma_.lower()):
        actors, recipients = visitor_of(tok, ctx.actors, actors), actors  # the visitor acts, the host receives
    for dep in merged:
        d_act, d_rec = find_arguments(dep.token, ctx.actors, ctx.cues)
        recipients += [a for a in d_rec + d_act if a not in actors and a not in recipients]
    if not _keep(trig, bool(actors), bool(recipients), ctx.cues):
        return None
    info = find_modality(tok, hedged, ctx.cues)
    time = sentence_time(sent, tok, ctx.times)
    if is_historical(time, ctx.article.published, ctx.cues.historical_days) or backgrounded(tok):
        info.add("historical")
    etype, mode, cameo = _type_of(trig, merged, info, ctx)
    who, who_text = find_attribution(tok, ctx.quotes, ctx.actors, ctx.cues)
    if etype == "REQUEST" and obliged(tok, ctx.cues) and who is not None and who not in actors:
        actors, recipients = [who], actors + [r for r in recipients if r not in actors]  # 'X said Y must ...'
    location = find_location(tok, ctx.cues)
    recipients += _place_recipient(trig, etype, location, actors, recipients, ctx)
    return Event(
        id=f"E{n}",
        type=etype,
        mode=mode,
        actors=actors,
        recipients=recipients,
        date=event_date(time, ctx.article.published, info.flags),
        location=location,
        modality=info.flags,
        attributed_to=who,
        attributed_text=who_text,
        sentence=ctx.article.text[sent.start_char : sent.end_char],
        start=sent.start_char,
        end=sent.end_char,
        cameo=cameo,
        quad_class=ctx.onto.quad_class(etype),
        goldstein=ctx.onto.goldstein_for(cameo),
        plover_score=ctx.onto.plover_score(etype, mode),
        confidence=confidence(tok, trig.entry, bool(actors), bool(recipients), info.flags, ctx.cues),
        trigger=" ".join(tok.doc[i].text for i in trig.tokens),
        trigger_start=trig.start,
        trigger_end=trig.end,
        context=list(ctx.labels),
    )


def _sentence_triggers(sent: Span, cand: list[int], ctx: _Context) -> list[tuple[Trigger, list[Trigger]]]:
    """Triggers of one sentence with the dependent triggers merged into each governor."""
    trigs = find_triggers(sent, load_lexicon(), cand)
    trigs += modal_requests(sent, ctx.cues, {i for t in trigs for i in t.tokens}, cand)
    by_token = {t.token.i: t for t in trigs}
    merged: dict[int, list[Trigger]] = {t.token.i: [] for t in trigs}
    heads: list[Trigger] = []
    for trig in sorted(trigs, key=lambda t: t.token.i):
        if _denial_frame(trig, ctx.cues):
            continue
        gov = governor(trig, by_token)
        if gov is None:
            heads.append(trig)
        else:
            merged[gov.token.i].append(trig)
    return [(t, merged[t.token.i]) for t in heads]


def code_events(
    doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote], times: list[TimeExpr]
) -> list[Event]:
    """Code the PLOVER events of one article, each located at its evidence sentence.

    Per sentence: lexicon triggers (one vectorised lemma pass per document), joined by the codebook's
    rules ('agreed to withdraw' is one CONCEDE), then arguments, modality, date, location, attribution.
    A document without a dependency parse gives no events.
    """
    if not doc.has_annotation("DEP"):
        return []
    cues = load_cues()
    ctx = _Context(article, actors, quotes, times, cues, load_ontology(), [])
    events: list[Event] = []
    cand = candidates(doc, load_lexicon(), cues.sets["modal_request"])
    pos = 0
    for sent in doc.sents:
        mine: list[int] = []
        while pos < len(cand) and cand[pos] < sent.end:
            mine.append(cand[pos])
            pos += 1
        found = _sentence_triggers(sent, mine, ctx) if mine else []
        if not found:
            continue
        if not ctx.labels and not events:
            ctx.labels = context_labels(doc, cues)
        hedged = unconfirmed(article.text[sent.start_char : sent.end_char], cues)
        for trig, merged in found:
            event = _code_one(trig, merged, sent, hedged, ctx, len(events) + 1)
            if event is not None:
                events.append(event)
    return events
