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
    gender = _title_genders(doc, by_char)
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
                target = _agreeing(tok, target, gender, by_char)
                if target is not None and target.key:
                    gender.setdefault(target.key, _gender_of(low))
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
    """The person mentioned last before ``tok``, preferring one mentioned as a subject within the last three
    sentences over one only named inside a prepositional or possessive phrase."""
    best: Actor | None = None
    best_subject: Actor | None = None
    doc = tok.doc
    floor = _sentence_floor(tok, 3)
    for s, _e, actor in by_char:
        if s >= tok.idx:
            break
        if actor.kind != "person":
            continue
        best = actor
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if s >= floor and span is not None and _in_subject(span[0]):
            best_subject = actor
    return best_subject or best


def _sentence_floor(tok: Token, n: int) -> int:
    """The first character of the sentence ``n - 1`` sentences before ``tok``'s."""
    sent = tok.sent
    for _ in range(n - 1):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return sent.start_char


def _in_subject(tok: Token) -> bool:
    """Whether ``tok`` is a subject or part of a subject's name or title ("Geir" of "Geir Pedersen said")."""
    while tok.dep_ in ("compound", "flat", "amod", "det") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in _SUBJ


def _gender_of(word: str) -> str | None:
    """ "m" or "f" for a gendered word ("she", "Mrs."), else None."""
    lex = load_lexicon()
    return "m" if word in lex["male_words"] else ("f" if word in lex["female_words"] else None)


def _title_genders(doc: Doc, by_char: list[tuple[int, int, Actor]]) -> dict[str, str | None]:
    """Gender of the people whose mention follows or holds a gendered title ("Mr. Biden", "Queen Elizabeth")."""
    out: dict[str, str | None] = {}
    for s, _e, actor in by_char:
        if actor.kind != "person" or not actor.key:
            continue
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None:
            continue
        for tok in (doc[span.start - 1] if span.start > 0 else None, doc[span.start]):
            g = _gender_of(tok.lower_) if tok is not None else None
            if g is not None:
                out.setdefault(actor.key, g)
    return out


def _agreeing(
    tok: Token, target: Actor | None, gender: dict[str, str | None], by_char: list[tuple[int, int, Actor]]
) -> Actor | None:
    """``target`` if its known gender agrees with pronoun ``tok``, else the latest earlier person who agrees."""
    want = _gender_of(tok.lower_)
    if target is None or want is None or gender.get(target.key or "") in (None, want):
        return target
    best: Actor | None = None
    for s, _e, actor in by_char:
        if s >= tok.idx:
            break
        if actor.kind == "person" and actor is not target and gender.get(actor.key or "") in (None, want):
            best = actor
    return best


def _thing_antecedent(tok: Token, subject: Actor | None, prev_subject: Actor | None) -> Actor | None:
    """ "it"/"its" → a singular non-person subject (not a plural role group such as "British judges")."""
    if subject is not None and (subject.key or "").startswith("role:") and subject.kind == "group":
        subject = None
    if prev_subject is not None and (prev_subject.key or "").startswith("role:") and prev_subject.kind == "group":
        prev_subject = None
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
