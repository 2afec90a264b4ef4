"""Small dependency-tree helpers shared by the argument, modality and attribution finders."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "punct", "mark"})
_NOUN_CLIMB = frozenset(
    {
        "pobj",
        "prep",
        "dobj",
        "attr",
        "compound",
        "conj",
        "appos",
        "nsubj",
        "nsubjpass",
        "oprd",
        "npadvmod",
        "pcomp",
        "dative",
    }
)


def phrase_tokens(head: Token, preps: int = 0) -> Iterator[Token]:
    """The head's noun phrase: its subtree without clauses, entering at most ``preps`` levels of
    prepositions other than 'of'."""
    yield head
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ != "of":
            if preps <= 0:
                continue
            yield from phrase_tokens(child, preps - 1)
        else:
            yield from phrase_tokens(child, preps)


IN_PREP = frozenset({"in"})
TARGET_PREPS = frozenset({"on", "against"})  # what an act is aimed at: 'an attack on a train'
SIDE_PREPS = frozenset({"between", "among"})  # the sides of an act: 'fighting between rebels and troops'


def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the prepositions (from ``preps``) attached directly to ``tok``."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("out", "away") and "from" in preps:
            for inner in (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
                out.extend(c for c in inner.children if c.dep_ == "pobj")  # 'pulled out of Beirut' is 'from'
    return out


_PLACE_WORDS = frozenset({"outside", "inside", "near", "opposite", "beside"})


def direct_objects(verb: Token) -> list[Token]:
    """The verb's direct objects, less a place the small model parsed as one ('rallied outside parliament',
    with 'outside' as the object's adjective)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and not any(
            m.i == c.left_edge.i and m.dep_ in ("amod", "advmod") and m.lower_ in _PLACE_WORDS for m in c.children
        )
    ]


def governing_verb(tok: Token, limit: int = 4) -> Token:
    """The nearest verb (or the token itself) a noun trigger hangs from, climbing a few arcs."""
    cur = tok
    for _ in range(limit):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT":
            return cur
        if cur.dep_ not in _NOUN_CLIMB:
            return cur
        cur = cur.head
    return cur


def clause_chain(tok: Token, limit: int = 8) -> Iterator[Token]:
    """The token and its heads up to the sentence root."""
    cur = tok
    for _ in range(limit):
        yield cur
        if cur.head.i == cur.i:
            return
        cur = cur.head


def depth(tok: Token) -> int:
    """Arcs from the token to its sentence root."""
    return sum(1 for _ in clause_chain(tok, 30)) - 1


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject and whether it is a passive subject; borrows a controller's subject. A conjoined
    verb shares its head's passive subject ('were neutralized or captured') and is passive with its own 'be'
    ('avoided a hit but was struck by Chido')."""
    cur = verb
    own_passive = any(c.dep_ == "auxpass" for c in verb.children)
    # '... is dead, killed in an airstrike': a bare past participle adjunct tells what its clause's subject underwent
    undergone = (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "xcomp", "ccomp") for c in verb.children)
    )
    conjoined = True  # climbed through 'conj' arcs only
    for _ in range(4):
        for child in cur.children:
            if child.dep_ in ("nsubj", "csubj", "expl"):
                found = cur.head if child.tag_ in ("WDT", "WP") and cur.dep_ == "relcl" else child
                return found, (cur is not verb and conjoined and own_passive) or (undergone and cur.i == verb.head.i)
            if child.dep_ in ("nsubjpass", "csubjpass"):  # a controller's passive subject is the actor of its xcomp
                found = cur.head if child.tag_ in ("WDT", "WP") and cur.dep_ == "relcl" else child
                return found, cur is verb or (conjoined and verb.tag_ == "VBN")
        if (root := _fragment_root(cur)) is not None:
            return root, False
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and (cur.tag_ == "VBD" or closing_report(cur)):
            return cur.head, False  # a finite past verb the parser hung on a noun: '..., a rights group protested'
        if cur.dep_ == "acl" and cur.tag_ == "VB" and (owner := _possessor(cur.head)) is not None:
            return owner, False  # 'Germany's decision to recognize Croatia': the noun's possessor decided
        for aux in (c for c in cur.children if c.dep_ in ("aux", "auxpass")):  # 'Egypt and Qatar are mediating': the
            subj = next((c for c in aux.children if c.dep_ == "nsubj"), None)  # parser hung it on 'are'
            if subj is not None:
                return subj, False
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and (owner := _possessor(cur.head.head)) is not None:
            return owner, False  # "China's policy of putting pressure on Vietnam": the noun's possessor acts
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.dep_ in ("dobj", "pobj", "attr"):
            owner = cur.head.head  # 'finalize a deal on handing X to Y': the verb whose object the noun is
            if owner.pos_ in ("NOUN", "PROPN") and owner.head.pos_ in ("VERB", "AUX") and owner.dep_ == "dobj":
                cur = owner.head
                continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            verb_of_pp = cur.head.head  # 'took credit for attacking', 'after meeting X, Y said'
            named_obj = next((c for c in verb_of_pp.children if c.dep_ == "dobj" and _names_someone(c)), None)
            if cur.head.lower_ == "for" and named_obj is not None:
                return named_obj, False  # 'criticised Canada for refusing': the object refused
            cur = verb_of_pp
            continue
        if cur.dep_ not in ("xcomp", "conj", "acomp", "advcl", "ccomp") or cur.head.i == cur.i:
            return None, False
        if cur.dep_ == "advcl" and cur.tag_ != "VBG" and any(c.dep_ == "mark" for c in cur.children):
            return None, False  # 'because X ...' has a subject of its own; 'while criticizing' shares the clause's
        conjoined = conjoined and cur.dep_ == "conj"
        cur = cur.head
    return None, False


def _possessor(noun: Token) -> Token | None:
    """The possessor of a noun ('Germany's' of 'Germany's decision'), if any."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _names_someone(tok: Token) -> bool:
    """A noun phrase naming someone: a named entity, or a name compound on its head ('the Trump administration')."""
    return bool(tok.ent_type_) or any(c.dep_ == "compound" and c.ent_type_ for c in tok.children)


def closing_report(verb: Token) -> bool:
    """'Croatia is violating their rights, a rights group charged on Wednesday': a sentence-closing verb of
    saying tagged as a participle on an appositive noun, with nothing after it but its time or 'here'."""
    opening = verb.head.left_edge.i
    if verb.tag_ != "VBN" or verb.head.dep_ != "appos" or opening == 0 or verb.doc[opening - 1].lower_ != ",":
        return False
    return verb.right_edge.i + 2 >= verb.sent.end and all(
        c.dep_ in ("npadvmod", "advmod", "punct")
        or (c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children))
        for c in verb.children
    )


def _fragment_root(verb: Token) -> Token | None:
    """A past-tense verb the parser hung as a modifier inside a noun ROOT's phrase ('Doctors from two aid groups
    donated goods ...' parsed as a fragment): in a news sentence that ROOT noun is the verb's subject."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "prep", "conj") for c in verb.children):
        return None
    cur = verb.head
    for _ in range(6):
        if cur.pos_ not in ("NOUN", "PROPN", "ADP", "NUM"):
            return None
        if cur.dep_ == "ROOT":
            return cur if cur.pos_ in ("NOUN", "PROPN") else None
        if cur.dep_ not in ("pobj", "prep", "compound", "conj"):
            return None
        cur = cur.head
    return None


def to_infinitive(verb: Token) -> bool:
    """The verb has the infinitive marker 'to' ('to protest', 'to push back')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def determined_by(tok: Token, dets: frozenset[str]) -> bool:
    """The noun has one of ``dets`` as its determiner ('the attack', 'these allegations')."""
    return any(c.dep_ == "det" and c.lower_ in dets for c in tok.children)


def agentless_passive(tok: Token) -> bool:
    """A passive without 'by X' ('were deported to Honduras', 'ammunition was seized')."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children
    )


def agent_of(verb: Token) -> Token | None:
    """The 'by X' agent of a passive verb; of a passive verb with an object, also a 'by' the parser hung on
    that object ('Colombia was granted an aid package by Washington'), on the object of its 'with' or 'as'
    phrase ('was charged with treason by Zimbabwean authorities', 'is designated as a terrorist organization by
    the United States') or on its active complement ('was invited to visit Washington by President Clinton')."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive:
        return None
    for child in verb.children:  # 'was granted asylum by Spain': a 'by' the parser took for a plain preposition
        if child.dep_ == "prep" and child.lower_ == "by":
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("with", "as")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # 'was invited to visit Washington by President Clinton': a 'by' hung on an active complement
    objs += [x for x in verb.children if x.dep_ == "xcomp" and not any(c.dep_ == "auxpass" for c in x.children)]
    for obj in objs:
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def doer_of(verb: Token) -> Token | None:
    """Who does the verb's act: its subject, or in the passive its 'by' agent."""
    subj, passive = subject_of(verb)
    return agent_of(verb) if passive else subj
