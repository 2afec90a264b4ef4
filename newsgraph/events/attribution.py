"""Attribution: who says an event happened — a quote's speaker, a 'X said' governor, or 'according to X'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsgraph.actors.table import ActorTable
from newsgraph.events.arguments import actor_ids
from newsgraph.events.lexicon import Cues
from newsgraph.events.syntax import clause_chain, subject_of
from newsgraph.model import Quote


def quotes_at(start: int, quotes: list[Quote]) -> Iterator[Quote]:
    """The quotes whose content holds character ``start``, in order."""
    return (q for q in quotes if q.start <= start < q.end)


def _from_quotes(start: int, quotes: list[Quote]) -> tuple[str | None, str | None] | None:
    for q in quotes_at(start, quotes):
        if q.speaker or q.speaker_text:
            return q.speaker, None if q.speaker else q.speaker_text
    return None


def _according_to(tok: Token, actors: ActorTable) -> tuple[str | None, str | None] | None:
    sent = tok.sent
    if "according to" not in sent.text.lower():
        return None
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            obj = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            ids = actor_ids(obj, actors)
            span = t.doc[obj.left_edge.i : obj.right_edge.i + 1].text
            return (ids[0], None) if ids else (None, span)
    return None


def _speech_governor(tok: Token, actors: ActorTable, cues: Cues) -> tuple[str | None, str | None] | None:
    for t in list(clause_chain(tok, 8))[1:]:
        if cues.has("speech_verbs", t.lemma_.lower()) and t.pos_ in ("VERB", "AUX"):
            subj, _ = subject_of(t)
            if subj is None:
                continue
            ids = actor_ids(subj, actors)
            if ids:
                return ids[0], None
            text = t.doc[subj.left_edge.i : subj.right_edge.i + 1].text
            return None, None if subj.pos_ == "PRON" else text
    return None


def find_attribution(tok: Token, quotes: list[Quote], actors: ActorTable, cues: Cues) -> tuple[str | None, str | None]:
    """(actor id, text) of the source of an event; both None for an event the article asserts itself."""
    found = _from_quotes(tok.idx, quotes) or _speech_governor(tok, actors, cues) or _according_to(tok, actors)
    if found is not None:
        return found
    return None, None
