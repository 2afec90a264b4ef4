"""Codebook rules joining triggers: 'agreed to withdraw' is one CONCEDE, 'will visit' is AGREE, ..."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.lexicon import Cues
from newsgraph.events.ontology import Ontology
from newsgraph.events.syntax import SIDE_PREPS, governing_verb, prep_objects
from newsgraph.events.triggers import Trigger

_GOVERNED = frozenset(
    {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "acomp", "attr", "oprd", "advcl", "nsubjpass", "conj"}
)
_NO_MERGE = frozenset({"deny"})
# an event noun in a time adjunct is an event of its own: 'Following talks with X, both leaders reaffirmed ...'
_ADJUNCT_PREPS = frozenset({"following", "after", "before", "during", "since", "amid", "despite", "ahead"})
# so is a temporal or causal clause: 'the train was traveling to Peshawar when it came under attack', 'is seeking to
# finalize a deal ... after Trump said he was inclined to support it' (a gerund under such a marker shares its
# clause's subject, so 'a bomb killed 11 miners, while the BLA took credit for attacking ...' keeps its side)
_ADJUNCT_MARKERS = frozenset({"when", "after", "before", "because", "since", "although", "though", "while", "until"})


def governor(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The trigger that syntactically governs ``trig`` within a few arcs (its complement or object)."""
    cur: Token = trig.token
    for _ in range(4 if cur.dep_ == "conj" else 3):  # the step to a conjunct's first verb is one more
        if cur.dep_ not in _GOVERNED or cur.head.i == cur.i:
            return None
        # a clause joined to a non-trigger ends the climb, unless both are complements of one verb ('accused him
        # of undermining democracy and allowing graft': one accusation)
        coordinated = cur.dep_ == "conj" and cur.head.dep_ in ("pcomp", "xcomp")
        if cur.dep_ in ("advcl", "conj") and cur.head.i not in by_token and not coordinated:
            return None
        if cur.dep_ == "prep" and cur.lower_ in _ADJUNCT_PREPS:
            return None
        if cur.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _ADJUNCT_MARKERS for c in cur.children
        ):
            return None
        if cur.dep_ == "advcl" and prep_objects(trig.token, SIDE_PREPS) and any(c.dep_ == "mark" for c in cur.children):
            return None  # 'pleading with civilians to return after they were displaced by fighting between rebels
            # and C.A.R. forces': an act with sides of its own in an adverbial clause is an event of its own
        cur = cur.head
        hit = by_token.get(cur.i)
        if hit is not None and hit is not trig:
            own = trig.token.dep_ in ("advcl", "conj") and trig.token.head.i == hit.token.i  # 'attacked and killed'
            if own and trig.token.dep_ == "conj" and hit.token.dep_ in ("pcomp", "xcomp"):
                continue  # 'accused of targeting and killing civilians': both acts go where the first one goes
            if hit.token.lemma_.lower() in _NO_MERGE or own:
                return None
            return hit
    return None


def combined_type(gov: Trigger, dep: Trigger, onto: Ontology) -> tuple[str, str | None]:
    """(type, mode) of one event made of a governing trigger and its dependent trigger."""
    gtype, dtype = gov.entry.type, dep.entry.type
    # 'praised Cuba for releasing prisoners': a gerund of the reason is the other side's act, no concession
    reason = dep.token.dep_ == "pcomp" and dep.token.head.lower_ == "for"
    new = None if reason else onto.combine.get(gtype, {}).get(dtype)
    if new is not None:
        return new, dep.entry.mode if onto.valid_mode(new, dep.entry.mode) else None
    table = onto.dependent_mode.get(gtype)
    mode = gov.entry.mode
    if table is not None and mode is None:
        mode = table.get(dtype, table.get("*"))
    return gtype, mode if onto.valid_mode(gtype, mode) else None


def intent_type(etype: str, mode: str | None, onto: Ontology) -> tuple[str, str | None]:
    """The codebook type of an intended/future action (future cooperation is AGREE, ...)."""
    new = onto.intent.get(etype)
    if new is None:
        return etype, mode
    if new == "THREATEN":
        table = onto.dependent_mode["THREATEN"]
        return new, table.get(etype, table.get("*"))
    return new, mode if onto.valid_mode(new, mode) else None


def _forgone(trig: Trigger, merged: list[Trigger], cues: Cues) -> str | None:
    """The type of the act an intent negates in its own clause ('vowed not to give up territory', 'pledged never
    to recognize Kosovo', 'agreed not to veto'): what its actor forgoes; '' for an act the lexicon does not code
    ('vowed not to return the Golan Heights'); None when the intent is not negated."""
    if not cues.has("intent_governors", trig.token.lemma_.lower()):
        return None
    negated = [c for c in trig.token.children if c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)]
    if not negated:
        return None
    return next((d.entry.type for d in merged if d.token in negated), "")


def _others_act(noun: Token) -> bool:
    """An event noun whose doer its own modifiers name ('the Israeli withdrawal', 'Syria's pullout', 'the
    withdrawal by Israel'): another side's act, whoever speaks of it."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    named = ("NORP", "GPE", "ORG", "PERSON")
    if any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in named for c in noun.children):
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "by" and any(o.ent_type_ in named for o in p.children) for p in noun.children
    )


def _dep_mode(table_name: str, etype: str, onto: Ontology) -> str | None:
    table = onto.dependent_mode[table_name]
    return table.get(etype, table.get("*"))


def orders_own_forces(trig: Trigger, dep: Trigger, cues: Cues) -> bool:
    """'ordered its military to seal the border': an order of a material act to one's own forces codes the ordered
    act; an order to a named state or body ('the ICJ ordered Israel to prevent ...') is a demand on it."""
    verb = trig.token
    if not cues.has("command_verbs", verb.lemma_.lower()):
        return False
    if dep.entry.type in cues.sets["forces_only_order_types"]:  # 'ordered his troops to halt the offensive'
        return any(
            c.dep_ == "dobj"
            and (cues.has("departing_forces", c.lemma_.lower()) or cues.has("commanded_nouns", c.lemma_.lower()))
            for c in verb.children
        )
    named = any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in verb.children)
    return dep.entry.type in cues.sets["material_types"] and not named


def obliged(tok: Token, cues: Cues) -> bool:
    """'X must/should do Y' inside a reported or subordinate clause: a demand on X."""
    verb = governing_verb(tok)
    return verb.dep_ != "ROOT" and any(
        c.dep_ == "aux" and c.lower_ in cues.sets["obligation_aux"] for c in verb.children
    )


def verbal_attack(tok: Token, cues: Cues) -> bool:
    """'attacked the newspaper for refusing to support him': criticism with its reason, not force. The
    reason is a gerund, or the target a person or organisation ('attack villages for supplies' is a raid).
    What is said or decided can only be attacked in words ('attacked each other's policies')."""
    if not cues.has("verbal_attack_verbs", tok.lemma_.lower()):
        return False
    if any(c.dep_ == "dobj" and cues.has("verbal_attack_objects", c.lemma_.lower()) for c in tok.children):
        return True
    if _verbal_means(tok, cues):
        return True
    reasons = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in cues.sets["verbal_attack_preps"]
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    person = any(c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG") for c in tok.children)
    return bool(reasons) and (person or any(g.tag_ == "VBG" for g in reasons))


def _verbal_means(tok: Token, cues: Cues) -> bool:
    """An attack made in words: by a tweet or a speech ('a Trump tweet attacking Machado'), in or through one
    ('attacked Machado in early-morning tweets'), or called personal or verbal ('personal attacks', 'personally
    attacked his wife')."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
        subj = tok.head  # 'a tweet attacking a former Miss Universe'
    if subj is not None and cues.has("verbal_means_nouns", subj.lemma_.lower()):
        return True
    means = [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "via", "through", "on") for o in p.children
    ]
    if any(o.dep_ == "pobj" and cues.has("verbal_means_nouns", o.lemma_.lower()) for o in means):
        return True
    manner = "amod" if tok.pos_ == "NOUN" else "advmod"  # 'personal attacks', 'had personally attacked his wife'
    return any(c.dep_ == manner and cues.has("verbal_attack_modifiers", c.lemma_.lower()) for c in tok.children)


def _conditional_child(tok: Token, cues: Cues, marks: str = "conditional_marks") -> bool:
    verb = governing_verb(tok)
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.sets[marks] for m in c.children)
        for c in verb.children
    )


def codebook_type(
    trig: Trigger, merged: list[Trigger], flags: list[str], intent: bool, onto: Ontology, cues: Cues
) -> tuple[str, str | None]:
    """The event's (type, mode) after the codebook's rules on joined triggers, intent, obligation and negation."""
    etype, mode = trig.entry.type, trig.entry.mode
    for dep in merged:
        if trig.entry.type == "SUPPORT" and _others_act(dep.token):
            continue  # 'hailed the Israeli withdrawal': praise of another side's act, no concession
        etype, mode = combined_type(trig, dep, onto)
        if etype == "CONCEDE" and cues.has("accord_verbs", trig.token.lemma_.lower()):
            etype, mode = trig.entry.type, trig.entry.mode  # 'agreed to a ceasefire': an agreement (AGREE)
        if cues.has("accord_verbs", trig.token.lemma_.lower()) and cues.has(
            "enacted_by_agreeing", " ".join(dep.entry.lemmas)
        ):
            etype, mode = dep.entry.type, dep.entry.mode  # 'agreed to forgive Nigeria's loans': the relief itself
        if orders_own_forces(trig, dep, cues):
            etype, mode = dep.entry.type, dep.entry.mode  # 'ordered its military to seal the border'
        elif trig.entry.type == "AGREE" and (
            (cues.has("vow_verbs", trig.token.lemma_.lower()) and dep.entry.type not in cues.sets["cooperative_types"])
            or (cues.has("pledge_verbs", trig.token.lemma_.lower()) and dep.entry.type == "REJECT")
        ):
            etype, mode = intent_type(dep.entry.type, dep.entry.mode, onto)  # 'vowed to defy sanctions': REJECT
    if etype == "ASSAULT" and verbal_attack(trig.token, cues):
        etype, mode = "ACCUSE", "disapprove" if onto.valid_mode("ACCUSE", "disapprove") else None
    negated, future = "negated" in flags, "future" in flags or intent
    if obliged(trig.token, cues) and etype != "REQUEST":
        etype, mode = "REQUEST", _dep_mode("REQUEST", etype, onto)
    elif (forgone := _forgone(trig, merged, cues)) is not None:  # 'vowed never to recognize Kosovo', 'vowed not
        # to return the Golan Heights': a refusal; 'agreed not to veto Sweden's bid', 'pledged not to attack': a promise
        hostile = forgone not in ("", *cues.sets["cooperative_types"])
        etype, mode = ("AGREE", None) if hostile else ("REJECT", _dep_mode("REJECT", forgone or "*", onto))
    elif negated and future and etype in cues.sets["cooperative_types"]:  # 'will not withdraw': a refusal
        etype, mode = "REJECT", _dep_mode("REJECT", etype, onto)
    elif intent and not negated:
        etype, mode = intent_type(etype, mode, onto)
    if (
        etype in cues.sets["threat_types"]
        and (future or "hypothetical" in flags)
        and _conditional_child(trig.token, cues)
    ):
        etype, mode = "THREATEN", _dep_mode("THREATEN", etype, onto)
    elif etype in ("CONCEDE", "RETREAT") and future and _conditional_child(trig.token, cues, "ultimatum_marks"):
        # 'will withdraw its peacekeepers from Chad unless Goukouni arranges a ceasefire': an ultimatum
        etype, mode = "THREATEN", _dep_mode("THREATEN", etype, onto)
    return etype, mode
