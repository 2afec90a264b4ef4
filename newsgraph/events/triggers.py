"""Trigger matching: lexicon patterns over a sentence's lemmas, plus modal-request clauses."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from newsgraph.events.lexicon import Cues, Entry
from newsgraph.events.syntax import to_infinitive
from newsgraph.nlp import irregular_verbs

_PARTICLES = frozenset({"in", "down", "back", "off", "out", "up", "away", "over"})
_SETTING_PREPS = frozenset({"at", "near", "outside", "inside", "during", "after", "before", "since", "following"})
_CAUSE_PREPS = frozenset({"because", "despite", "amid", "due", "owing"})  # 'canceled because of protests'
_WINDOW = 4  # how far (in tokens) each further pattern lemma may follow the previous one


@dataclass(slots=True)
class Trigger:
    """A matched trigger: its anchor token, the lexicon entry, and every token the pattern used."""

    token: Token
    entry: Entry
    tokens: tuple[int, ...]

    @property
    def start(self) -> int:
        return min(self.token.doc[i].idx for i in self.tokens)

    @property
    def end(self) -> int:
        last = self.token.doc[max(self.tokens)]
        return last.idx + len(last)


def _dependent(anchor: Token, lemma: str, after: int) -> int | None:
    """A child or grandchild of ``anchor`` after position ``after`` with this lemma (e.g. a distant object), or
    the noun after a measure's 'of' or 'in' ('sent 50 tonnes of medical supplies', '$2 billion in funding')."""
    for child in anchor.children:
        measured = child.dep_ == "dobj"
        # a place or time phrase holds no pattern word ('seized 200 kg of heroin at the port' is no 'seize port')
        setting = child.dep_ == "prep" and child.lower_ in _SETTING_PREPS
        for tok in (child, *([] if setting else child.children)):
            own_prep = tok.dep_ not in ("prep", "prt") or (tok.head.i == anchor.i and not _time_phrase(tok))
            if tok.i > after and _fits(tok, lemma) and own_prep:
                return int(tok.i)
            if measured and tok.dep_ == "prep" and tok.lower_ in ("of", "in"):
                obj = next((o for o in tok.children if o.dep_ == "pobj" and o.i > after and _fits(o, lemma)), None)
                if obj is not None:
                    return int(obj.i)
    return None


def _match_rest(sent: Span, anchor: Token, lemmas: tuple[str, ...]) -> tuple[int, ...] | None:
    """Token indices of the remaining pattern lemmas after ``anchor``, in order, or None. A preposition of the
    pattern must hang on a pattern word ('called for', not 'called a new victory for Sudan')."""
    found = [anchor.i]
    pos = anchor.i
    for n, lemma in enumerate(lemmas):
        limit = min(pos + 1 + _WINDOW, sent.end)
        nxt = lemmas[n + 1] if n + 1 < len(lemmas) else None
        hit = next((j for j in range(pos + 1, limit) if _fits_at(sent.doc[j], lemma, found, nxt)), None)
        if hit is None:
            hit = _dependent(anchor, lemma, pos)
            if hit is not None and not _after_own_prep(sent.doc[found[-1]], sent.doc[hit]):
                hit = None
        if hit is None and n == len(lemmas) - 1:  # the pattern's last word, its object, may stand before it
            hit = _passive_object(anchor, lemma)  # 'the cell was dismantled', 'sanctions imposed by X'
            if hit is not None:
                found.append(hit)
                continue
        if hit is None or _outside_pattern(anchor, sent.doc[hit]):
            return None
        found.append(hit)
        pos = hit
    return tuple(found)


def _after_own_prep(prev: Token, tok: Token) -> bool:
    """A pattern word after a matched preposition is that preposition's object ('withdrew from the deal'), not
    a word of another phrase of the verb ('withdrawing from eastern Congo under a peace deal')."""
    if prev.dep_ != "prep" or prev.pos_ != "ADP":
        return True
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.head.i == prev.i


def _outside_pattern(anchor: Token, tok: Token) -> bool:
    """A noun of a verb pattern found inside another noun's phrase ('ramped up attacks on security forces' is no
    'ramp up security'); a measure's 'of' or 'in' ('a package of sanctions', '$2 billion in aid') still counts.
    A word heading a clause with its own subject is no pattern word either ('claimed that Chile attacked' is no
    'claim attack'), nor is the object of a cause ('was canceled because of domestic protests' is no 'cancel
    protest')."""
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in _CAUSE_PREPS:
        return True
    if anchor.pos_ not in ("VERB", "AUX") or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    cur = tok
    for _ in range(6):
        if cur.i == anchor.i or cur.head.i == cur.i:
            return False
        if cur.dep_ == "pobj" and cur.head.head.pos_ in ("NOUN", "PROPN") and cur.head.lower_ not in ("of", "in", "as"):
            return True  # the preposition hangs on a noun, not on the pattern's verb
        cur = cur.head
    return False


def _fits_at(tok: Token, lemma: str, found: list[int], nxt: str | None = None) -> bool:
    """``tok`` is the pattern word and, if a preposition, hangs on a word the pattern already matched and has
    an object other than a time ('called on Thursday' is no 'call on'); a particle is that word's own ('gave
    assurances that it would rein in' is no 'give in'). A particle the parser read as a preposition is the
    pattern's when its object is the pattern's next word ('handed in their weapons': 'hand in weapon')."""
    if not _fits(tok, lemma):
        as_prep = lemma in _PARTICLES and tok.lower_ == lemma and tok.dep_ == "prep" and tok.head.i in found
        return as_prep and nxt is not None and any(c.dep_ == "pobj" and _fits(c, nxt) for c in tok.children)
    if tok.dep_ == "prt":
        return tok.head.i in found
    return tok.dep_ != "prep" or (tok.head.i in found and not _time_phrase(tok))


_TIME_WORDS = frozenset(
    [d.lower() for d in calendar.day_name]
    + [m.lower() for m in calendar.month_name if m]
    + ["day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "today", "tonight"]
)


def _time_phrase(tok: Token) -> bool:
    """A preposition whose objects are all times ('on Thursday'; not NER's 'Kyiv overnight')."""
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    return (
        tok.dep_ == "prep"
        and bool(objs)
        and all(o.ent_type_ in ("DATE", "TIME") and (o.lower_ in _TIME_WORDS or o.like_num) for o in objs)
    )


def _fits(tok: Token, lemma: str) -> bool:
    """``tok`` is the pattern word; a particle ('give in', 'back down') is no preposition with an object of
    its own ('gave $100 million in emergency aid')."""
    if tok.lemma_.lower() != lemma and tok.lower_ != lemma:  # 'the remains': the lemmatiser gives 'remain'
        return False
    if tok.tag_ == "TO" and tok.dep_ == "aux":
        return False  # an infinitive's 'to' is no preposition ('has flown in to join' is no 'fly to')
    return lemma not in _PARTICLES or not (tok.dep_ == "prep" and any(c.dep_ == "pobj" for c in tok.children))


def _passive_object(anchor: Token, lemma: str) -> int | None:
    """The object of a two-word verb pattern standing before its verb: the passive subject ('a terrorist cell
    was dismantled') or the noun a participle modifies ('the tariffs imposed on Canada')."""
    for child in anchor.children:
        if child.dep_ == "nsubjpass" and child.lemma_.lower() == lemma:
            return int(child.i)
    if anchor.dep_ == "acl" and anchor.tag_ == "VBN" and anchor.head.lemma_.lower() == lemma:
        return int(anchor.head.i)
    return None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


@lru_cache(maxsize=4)
def _anchor_hashes(lexicon_id: int, anchors: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(a) for a in anchors)


def candidates(doc: Doc, lexicon: dict[str, tuple[Entry, ...]], extra: Iterable[str] = ()) -> list[int]:
    """Indices of tokens whose lemma or lower form is a lexicon anchor (or in ``extra``): one vectorised pass,
    then the other verbs' forms by the regular spelling rules ('petitioned', which the lemmatizer left as it is;
    'raped', which it read as 'rap')."""
    wanted = _anchor_hashes(id(lexicon), frozenset(lexicon) | frozenset(extra))
    rows: list[list[int]] = doc.to_array([LEMMA, LOWER, POS]).tolist()
    found = [i for i, (lemma, lower, _pos) in enumerate(rows) if lemma in wanted or lower in wanted]
    # verbs the lemmatizer left as they are ('petitioned') or read wrong ('raped' → 'rap'): stemmed by spelling
    verbs = [i for i, (_lemma, _lower, pos) in enumerate(rows) if pos == VERB]
    stemmed = [i for i in set(verbs).difference(found) if any(b in lexicon for b in _stems(doc[i]))]
    return sorted(found + stemmed) if stemmed else found


_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def _stems(tok: Token) -> list[str]:
    """Base forms of a regular verb form the lemmatizer did not know or read wrong ('petitioned' → 'petition',
    'plotted' → 'plot', 'censured' → 'censure', 'raped' → 'rape', not 'rap')."""
    low = tok.lower_
    if tok.pos_ != "VERB":
        return []
    irregular = irregular_verbs().get(low)
    if irregular is not None:  # 'forgave' tagged as a present tense keeps its form as lemma
        return irregular
    return regular_bases(low)


def regular_bases(word: str) -> list[str]:
    """Base forms of a regular verb form by its spelling ('plotted' → 'plot', 'censured' → 'censure',
    'verifying' → 'verify'), whatever the parser took the word for."""
    suffix = next(((suf, rep) for suf, rep in _SUFFIXES if word.endswith(suf) and len(word) - len(suf) >= 3), None)
    if suffix is None:
        return []
    base = word[: -len(suffix[0])] + suffix[1]
    out = [base, base + "e"]
    if len(base) > 3 and base[-1] == base[-2]:
        out.append(base[:-1])  # a doubled final consonant
    return out


def find_triggers(sent: Span, lexicon: dict[str, tuple[Entry, ...]], cand: list[int]) -> list[Trigger]:
    """Every lexicon trigger among the candidate tokens of ``sent``; a token a longer pattern used is not an anchor again."""
    out: list[Trigger] = []
    used: set[int] = set()
    doc = sent.doc
    words: set[str] | None = None  # the sentence's lemmas and forms: a pattern needing another word is skipped
    for i in cand:
        tok = doc[i]
        if tok.i in used:
            continue
        entries = lexicon.get(_lemma(tok)) or lexicon.get(tok.lower_)
        entries = entries or next((lexicon[b] for b in _stems(tok) if b in lexicon), None)
        if not entries or tok.dep_ in ("prep", "mark", "agent"):
            continue
        best: tuple[Entry, tuple[int, ...]] | None = None
        for entry in entries:
            if best is not None and len(entry.lemmas) < len(best[0].lemmas):
                break  # a longer pattern wins; among patterns as long, the one whose words lie nearest
            if len(entry.lemmas) > 1:
                words = words if words is not None else {w for t in sent for w in (_lemma(t), t.lower_)}
                if not words.issuperset(entry.lemmas[1:]):
                    continue
            idx = _match_rest(sent, tok, entry.lemmas[1:]) if len(entry.lemmas) > 1 else (tok.i,)
            # a verb pattern is checked on its anchor; a noun compound ('martial law') on its last word
            if idx is None or not entry.pos_ok(doc[idx[-1]].pos_ if entry.pos == "N" else tok.pos_):
                continue
            if entry.pos == "N" and any(doc[j].pos_ in ("VERB", "AUX") for j in idx[:-1]):
                continue  # 'was arrested ... on a Spanish warrant' is no 'arrest warrant'
            if entry.pos == "V" and tok.dep_ == "amod" and tok.head.i in idx[1:] and noun_act_type(tok.head, lexicon):
                continue  # 'announced increased tariffs': a participle describing an act's noun is no act of its own
            # 'suspended aid ... after its tests': aid; 'blocked the sanctions package': package
            if best is None or _closeness(doc, idx) < _closeness(doc, best[1]):
                best = (entry, idx)
        if best is not None:
            entry, idx = best
            if entry.type != "NONE":  # a noun compound is anchored on its head word for the parse
                out.append(Trigger(_noun_head(doc, idx) if entry.pos == "N" else tok, entry, idx))
            used.update(idx)
    return out


def noun_act_type(tok: Token, lexicon: dict[str, tuple[Entry, ...]]) -> str | None:
    """The event type ``tok`` names as a one-word noun trigger of the lexicon ('tariff': SANCTION), if any."""
    entries = lexicon.get(_lemma(tok), ())
    return next((e.type for e in entries if e.pos == "N" and len(e.lemmas) == 1 and e.type != "NONE"), None)


def _noun_head(doc: Doc, idx: tuple[int, ...]) -> Token:
    """The word a noun pattern's roles hang on: its last word ('martial law', 'border closure'), or its first when
    the last is in the first's phrase ('the expulsion of two diplomats', 'the closure of its border')."""
    first, last = doc[idx[0]], doc[idx[-1]]
    return first if first.is_ancestor(last) else last


def _closeness(doc: Doc, idx: tuple[int, ...]) -> tuple[int, int]:
    """How loosely a pattern's words hang on its anchor: how many steps up the parse each word is from it
    ('took to the city's streets' is 'take street', not 'take city'), then their distance in tokens."""
    return sum(_hops(doc[i], idx[0]) for i in idx[1:]), sum(abs(i - idx[0]) for i in idx[1:])


def _hops(tok: Token, anchor: int, most: int = 6) -> int:
    """Steps from ``tok`` up its heads to the token at ``anchor`` (``most`` when not reached)."""
    for n in range(most):
        if tok.i == anchor:
            return n
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return most


def modal_requests(sent: Span, cues: Cues, taken: set[int], cand: list[int]) -> list[Trigger]:
    """'X said Y must/should do Z' clauses: REQUEST events anchored on the obliged verb."""
    out: list[Trigger] = []
    for i in cand:
        tok = sent.doc[i]
        if tok.dep_ != "aux" or _lemma(tok) not in cues.sets["modal_request"]:
            continue
        verb = tok.head
        if verb.i in taken or verb.dep_ not in ("ccomp", "conj") or not cues.has("speech_verbs", _lemma(verb.head)):
            continue
        out.append(Trigger(verb, Entry((verb.lemma_,), "V", "REQUEST", "change", "10"), (verb.i,)))
    return out


def assembly_protests(triggers: list[Trigger], cues: Cues) -> list[Trigger]:
    """'Thousands of Nicaraguans gathered in Managua to denounce the government's policies': a crowd assembling
    to voice a grievance demonstrates. PROTEST demo events anchored on the assembly verb whose infinitive of
    purpose is a speech act among ``triggers`` (which as a mere aim codes nothing itself)."""
    taken = {t.token.i for t in triggers}
    out: list[Trigger] = []
    for trig in triggers:
        tok = trig.token
        gather = tok.head
        if (
            trig.entry.pos != "V"
            or not cues.has("grievance_types", trig.entry.type)
            or tok.dep_ != "advcl"
            or not to_infinitive(tok)
            or not cues.has("assembly_verbs", _lemma(gather))
            or gather.i in taken
            or not _crowd(gather, cues)
        ):
            continue
        taken.add(gather.i)
        out.append(Trigger(gather, Entry((gather.lemma_,), "V", "PROTEST", "demo", "14"), (gather.i,)))
    return out


def _crowd(verb: Token, cues: Cues) -> bool:
    """The verb's subject is a crowd: counted ('thousands of Nicaraguans', '500 workers') or protesters."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), verb.head if verb.dep_ == "acl" else None)
    if subj is None:  # ('hundreds of students assembled ...' the parser may read as a noun phrase)
        return False
    counted = subj.like_num or any(c.dep_ == "nummod" for c in subj.children)
    return counted or cues.has("crowd_quantities", subj.lower_) or cues.has("protester_nouns", _lemma(subj))
