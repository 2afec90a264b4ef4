"""Resolve entity mentions to canonical actors. (Placeholder: spaCy NER only; to be replaced.)"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.table import ActorTable
from newsgraph.model import Actor, Article, Mention

_KIND = {"PERSON": "person", "GPE": "country", "ORG": "organisation", "NORP": "country"}


def resolve_actors(doc: Doc, article: Article) -> ActorTable:
    """Group NER mentions by surface form into actors."""
    actors: dict[str, Actor] = {}
    for ent in doc.ents:
        kind = _KIND.get(ent.label_)
        if kind is None:
            continue
        key = ent.text
        if key not in actors:
            actors[key] = Actor(id=f"A{len(actors) + 1}", name=ent.text, kind=kind, country=None, sector=None, title=None)  # type: ignore[arg-type]
        actors[key].mentions.append(Mention(ent.start_char, ent.end_char, ent.text))
    return ActorTable(list(actors.values()))
