"""Noun-phrase composition around gazetteer hits: titles, nationality adjectives, possessive countries,
appositions, and the metonymy test for capitals (acting government or mere place).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.actors.gazetteer import Gazetteer, load_lexicon
from newsgraph.actors.matching import Hit

_POSSESSIVE = {"'s", "’s", "'", "’"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}


@dataclass(slots=True)
class Modifiers:
    """What the words around a head tell about it: country, role phrase, sector, and the span they cover."""

    start: int  # leftmost token consumed (determiner excluded)
    country: str | None = None
    title: str | None = None  # the role words as written ("foreign ministry spokesperson")
    sector: str | None = None
    former: bool = False
    definite: bool = False  # preceded by "the"
    code: str | None = None  # an organisation's code when the role belongs to one ("NATO troops")
    agents: list[Hit] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.country is not None or self.title is not None


class HitIndex:
    """Hits indexed by their last token, for the right-to-left scan of a noun phrase."""

    def __init__(self, named: list[Hit], agents: list[Hit]) -> None:
        self.named_by_end = {h.end - 1: h for h in named}
        self.agent_by_end = {h.end - 1: h for h in agents}
        self.agent_by_start = {h.start: h for h in agents}
        self.named_by_start = {h.start: h for h in named}


def scan_left(doc: Doc, start: int, idx: HitIndex, gaz: Gazetteer) -> Modifiers:
    """Walk left from ``start`` over role phrases, adjectives, possessive countries and title words."""
    lex = load_lexicon()
    mods = Modifiers(start=start)
    titles: list[str] = []
    j = start - 1
    sent_start = doc[start].sent.start if start < len(doc) else 0
    while j >= sent_start:
        tok = doc[j]
        agent = idx.agent_by_end.get(j)
        named = idx.named_by_end.get(j)
        if agent is not None and agent.value not in ("NON", "UNK", "JNK"):
            titles.insert(0, doc[agent.start : agent.end].text)
            mods.sector = mods.sector or agent.value
            mods.agents.append(agent)
            j = mods.start = agent.start
        elif named is not None and named.label == "ADJ":
            mods.country = mods.country or named.value
            j = mods.start = named.start
        elif named is not None and named.label == "NAME" and titles:
            entry = gaz.entry(named.value)
            if entry is None or entry.kind not in ("country", "capital", "organisation") or mods.country:
                break
            mods.country = entry.country
            if entry.sector in ("IGO", "NGO"):
                mods.sector, mods.code = entry.sector, entry.code
            j = mods.start = named.start
        elif tok.text in _POSSESSIVE and j - 1 in idx.named_by_end:
            owner = idx.named_by_end[j - 1]
            entry = gaz.entry(owner.value)
            if entry is None or entry.kind not in ("country", "capital") or mods.country:
                break
            mods.country = entry.country
            j = mods.start = owner.start
        elif tok.lower_ in lex["former_words"] or tok.lower_ in lex["title_skip_words"]:
            mods.former = mods.former or tok.lower_ in lex["former_words"]
            j -= 1
            if mods.found:
                mods.start = j + 1
            continue
        else:
            mods.definite = tok.lower_ == "the"
            break
        j -= 1
    mods.title = " ".join(titles) if titles else None
    return mods


def scan_of_country(doc: Doc, end: int, idx: HitIndex, gaz: Gazetteer) -> tuple[str | None, int]:
    """``the president of France`` / ``foreign minister of Iran``: (country, new end) after a role phrase."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = end + 1
        if doc[j].lower_ == "the" and j + 1 < len(doc):
            j += 1
        named = idx.named_by_start.get(j)
        if named is not None:
            entry = gaz.entry(named.value)
            if entry is not None and entry.kind in ("country", "capital"):
                return entry.country, named.end
    return None, end


def scan_apposition(doc: Doc, end: int, idx: HitIndex, gaz: Gazetteer) -> Modifiers | None:
    """``Wang Wenbin, a Chinese foreign ministry spokesperson, said``: the role phrase after a name."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    j = end + 1
    if doc[j].lower_ in ("the", "a", "an"):
        j += 1
    k = j
    while k < len(doc) and k < j + 8:
        agent = idx.agent_by_start.get(k)
        named = idx.named_by_start.get(k)
        if agent is not None:
            k = agent.end
            if k >= len(doc) or doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                mods = scan_left(doc, k, idx, gaz)
                return mods if mods.title else None
        elif named is not None and named.label == "ADJ":
            k = named.end
        elif doc[k].text in _POSSESSIVE or doc[k].lower_ in load_lexicon()["title_skip_words"]:
            k += 1
        elif named is not None:
            k = named.end
        else:
            return None
    return None


def acts(token: Token) -> bool:
    """Whether a capital (or similar place name) is used as an acting agent rather than a location.

    Subjects, possessors ("Beijing's support") and objects of non-locative prepositions ("ties with
    Moscow") act; objects of locative prepositions ("a visit to Moscow") and of motion verbs ("visiting
    Beijing") are places.
    """
    lex = load_lexicon()
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    dep = token.dep_
    if dep in _SUBJECT_DEPS:
        return True
    if dep == "pobj":
        return token.head.lower_ not in lex["locative_preps"]
    if dep == "dobj":
        return token.head.lemma_.lower() not in lex["motion_verbs"]
    return False
