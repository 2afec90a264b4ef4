"""Pronouns across sentences: "He said" after a named speaker, "it added" after "the Kremlin said".

Rules (deliberately conservative; an unresolved pronoun is better than a wrong actor):
- a sentence-initial subject "he"/"she" → the person who was the subject of the latest sentence with a
  person subject (falling back to the latest person mentioned);
- any other "he/him/his/she/her" → the person subject of its own sentence if that comes first, else the
  latest person mentioned before it;
- "it"/"its" as a subject or possessor → the non-person actor that was the subject of the previous
  sentence (or of its own sentence, before it); never an arbitrary earlier noun.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.gazetteer import load_lexicon
from newsgraph.model import Actor

AddMention = Callable[..., Actor]
_SUBJ = {"nsubj", "nsubjpass"}
_NON_PERSON = {"government", "organisation", "country", "group"}


def resolve_pronouns(doc: Doc, actors: Iterable[Actor], add: AddMention, free: Callable[[int, int], bool]) -> None:
    """Add pronoun mentions to the actors they refer to (``add(key, start, end, ...)``)."""
    lex = load_lexicon()
    by_char = _mention_index(actors)
    if not by_char:
        return
    last_person_subject: Actor | None = None
    prev_subject: Actor | None = None
    pair: tuple[Actor, Actor] | None = None
    for sent in doc.sents:
        subject = _subject(sent, by_char)
        person_subject = subject if subject is not None else _subject(sent, by_char, any_clause=True)
        pair = _pair_phrase(sent, pair, by_char, add, free, lex["pair_phrases"])
        for tok in sent:
            low = tok.lower_
            if tok.pos_ != "PRON" or not free(tok.i, tok.i + 1):
                continue
            target: Actor | None = None
            if low in lex["person_pronouns"]:
                target = _person_antecedent(tok, sent, person_subject, last_person_subject, by_char)
            elif low in lex["thing_pronouns"] and tok.dep_ in (*_SUBJ, "poss"):
                target = _thing_antecedent(tok, subject, prev_subject)
            if target is not None and target.key:
                add(target.key, tok.i, tok.i + 1, name=target.name, kind=target.kind)
        if person_subject is not None and person_subject.kind == "person":
            last_person_subject = person_subject
        prev_subject = subject


def _pair_phrase(
    sent: Span,
    pair: tuple[Actor, Actor] | None,
    by_char: list[tuple[int, int, Actor]],
    add: AddMention,
    free: Callable[[int, int], bool],
    phrases: frozenset[str],
) -> tuple[Actor, Actor] | None:
    """ "The two sides" → both actors of the latest "X and Y" pair (this sentence's first); returns that pair."""
    for tok in sent:
        if tok.dep_ == "conj":
            a, b = _actor_of(tok.head, by_char), _actor_of(tok, by_char)
            if a is not None and b is not None and a is not b and a.kind == b.kind:
                pair = (a, b)
                break
    if pair is None:
        return None
    for tok in sent:
        if tok.lower_ not in ("two", "both") or tok.i + 1 >= sent.end:
            continue
        start = tok.i - 1 if tok.i > sent.start and tok.doc[tok.i - 1].lower_ == "the" else tok.i
        span = tok.doc[start : tok.i + 2]
        if span.text.lower() in phrases and free(span.start, span.end):
            for actor in pair:
                add(actor.key or "", span.start, span.end, name=actor.name, kind=actor.kind)
    return pair


def _mention_index(actors: Iterable[Actor]) -> list[tuple[int, int, Actor]]:
    out = [(m.start, m.end, a) for a in actors for m in a.mentions]
    out.sort(key=lambda t: t[0])
    return out


def _actor_of(tok: Token, by_char: list[tuple[int, int, Actor]]) -> Actor | None:
    for s, e, actor in by_char:
        if s <= tok.idx < e:
            return actor
        if s > tok.idx:
            break
    return None


def _subject(sent: Span, by_char: list[tuple[int, int, Actor]], any_clause: bool = False) -> Actor | None:
    """The actor that is the subject of the sentence's main verb, else of a reporting verb (else, with
    ``any_clause``, the first subject actor of any clause)."""
    lex = load_lexicon()
    speaker: Actor | None = None
    first: Actor | None = None
    for tok in sent:
        if tok.dep_ not in _SUBJ:
            continue
        actor = _actor_of(tok, by_char)
        if actor is None:
            continue
        if tok.head == sent.root:
            return actor
        if speaker is None and tok.head.lemma_.lower() in lex["speech_verbs"]:
            speaker = actor
        first = first or actor
    return speaker or (first if any_clause else None)


def _person_antecedent(
    tok: Token, sent: Span, subject: Actor | None, last_subject: Actor | None, by_char: list[tuple[int, int, Actor]]
) -> Actor | None:
    initial = all(t.is_punct or t.is_quote for t in sent[: tok.i - sent.start])
    if initial and tok.dep_ in _SUBJ:
        return last_subject or _latest_person(tok, by_char)
    if tok.dep_ == "poss":
        return _latest_person(tok, by_char)
    if subject is not None and subject.kind == "person" and min(m.start for m in subject.mentions) < tok.idx:
        first_in_sent = [m.start for m in subject.mentions if sent.start_char <= m.start < tok.idx]
        if first_in_sent:
            return subject
    return _latest_person(tok, by_char)


def _latest_person(tok: Token, by_char: list[tuple[int, int, Actor]]) -> Actor | None:
    best: Actor | None = None
    for s, _e, actor in by_char:
        if s >= tok.idx:
            break
        if actor.kind == "person":
            best = actor
    return best


def _thing_antecedent(tok: Token, subject: Actor | None, prev_subject: Actor | None) -> Actor | None:
    if subject is not None and subject.kind in _NON_PERSON and any(m.start < tok.idx for m in subject.mentions):
        here = [m for m in subject.mentions if m.start < tok.idx and tok.sent.start_char <= m.start]
        if here:
            return subject
    if (
        prev_subject is not None
        and prev_subject.kind in _NON_PERSON
        and tok.dep_ in _SUBJ
        and tok.head == tok.sent.root
    ):
        return prev_subject
    return None
