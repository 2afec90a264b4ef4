"""Actor and recipient finding: dependency arguments of a trigger mapped onto the ActorTable."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.actors.table import ActorTable
from newsgraph.events.lexicon import Cues
from newsgraph.events.syntax import agent_of, governing_verb, phrase_tokens, subject_of


def actor_ids(head: Token | None, actors: ActorTable) -> list[str]:
    """Actor ids mentioned in ``head``'s noun phrase (conjunctions give several), in text order."""
    if head is None:
        return []
    seen: dict[str, int] = {}
    for all_preps in (False, True):  # 'rebels in Zimbabwe': look into the preps when the core gives no country
        for tok in phrase_tokens(head, all_preps):
            actor = actors.at(tok.idx, tok.idx + len(tok))
            if actor is not None and actor.id not in seen:
                seen[actor.id] = -1 if tok.i == head.i else tok.i  # the head's own actor first
        if any(a is not None and a.country for a in map(actors.by_id, seen)):
            break
    return sorted(seen, key=seen.__getitem__)


def _prep_objects(tok: Token, cues: Cues) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in cues.sets["recipient_preps"]:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _verb_roles(verb: Token, cues: Cues, stative: bool = False) -> tuple[list[Token], list[Token]]:
    subj, passive = subject_of(verb)
    if passive and not stative:
        agent = agent_of(verb)
        return ([agent] if agent is not None else []), ([subj] if subj is not None else [])
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")]
    recips = objs + _prep_objects(verb, cues)
    for obj in objs:
        recips.extend(_prep_objects(obj, cues))
    return ([subj] if subj is not None else []), recips


def _noun_roles(noun: Token, cues: Cues) -> tuple[list[Token], list[Token]]:
    actors = [
        c for c in noun.children if c.dep_ in ("poss", "amod") and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
    ]
    actors += [c for c in (agent_of(noun),) if c is not None]
    recips = _prep_objects(noun, cues) + [
        c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"
    ]
    verb = governing_verb(noun, limit=2)
    if verb is not noun and verb.lemma_.lower() in cues.sets["light_verbs"]:
        v_actors, v_recips = _verb_roles(verb, cues, stative=cues.has("stative_participles", verb.lemma_.lower()))
        actors = actors or v_actors
        recips = recips + [r for r in v_recips if r is not noun]
    return actors, recips


def _reporter(pron: Token, cues: Cues) -> Token | None:
    """'Iraq said it would allow ...': an unresolved subject pronoun of reported speech refers to the speaker."""
    for head in pron.head.ancestors:
        if cues.has("speech_verbs", head.lemma_.lower()):
            subj, _ = subject_of(head)
            return subj if subj is not None and subj.pos_ != "PRON" else None
    return None


def find_arguments(tok: Token, actors: ActorTable, cues: Cues, stative: bool = False) -> tuple[list[str], list[str]]:
    """Actor ids (subject / agent / possessor) and recipient ids (object / 'with X' / 'to X') of a trigger."""
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    if is_noun:
        a_heads, r_heads = _noun_roles(tok, cues)
    elif tok.pos_ == "ADJ" or stative:  # 'is ready/committed/prepared to': the subject acts
        a_heads, r_heads = _verb_roles(tok.head if tok.dep_ == "acomp" else tok, cues, stative=True)
    else:
        a_heads, r_heads = _verb_roles(tok, cues)
    act = [a for h in a_heads for a in actor_ids(h, actors)]
    if not act and a_heads and a_heads[0].pos_ == "PRON":
        act = actor_ids(_reporter(a_heads[0], cues), actors)
    rec = [r for h in r_heads for r in actor_ids(h, actors) if r not in act]
    return list(dict.fromkeys(act)), list(dict.fromkeys(rec))


def visitor_of(host_verb: Token, actors: ActorTable, hosts: list[str]) -> list[str]:
    """The guest of 'X hosted/welcomed Y': the direct object's actors (PLOVER: the visitor is the actor)."""
    obj = next((c for c in host_verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return [a for a in actor_ids(obj, actors) if a not in hosts]
