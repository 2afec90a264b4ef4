"""Quote attribution: direct quotes and reported speech with speaker, cue and content spans.

``attribute_quotes`` finds cues (reporting, cognition and stance verbs from
``data/quotes/cue_verbs.tsv``; cue nouns such as "Trump's claim that"; prepositional cues such as
"according to" or "in this poll"), reads the source and content from the dependency parse, widens
contents to the quotation marks they touch, joins quotes split by their cue, and resolves each
source to an actor (pronouns and definite role nouns such as "the spokesman" fall back to the
latest compatible speaker). Sources with no actor ("one source", "media reports") keep
``speaker=None`` and their words in ``speaker_text``. Spans follow PolNeAR's conventions: a cue
keeps its auxiliaries ("has said"), a cue in mid-clause splits the content into two pieces.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsgraph.model import Quote
from newsgraph.quotes.lexicon import load_lexicon
from newsgraph.quotes.rules import Attribution, find_attributions
from newsgraph.quotes.speakers import SpeakerResolver

if TYPE_CHECKING:
    from newsgraph.actors.table import ActorTable

__all__ = ["attribute_quotes", "find_attributions"]


def _quotes_of(text: str, att: Attribution, speaker: str | None) -> list[Quote]:
    """One Quote per content piece of an attribution."""
    src = att.source
    return [
        Quote(
            speaker=speaker,
            speaker_text=text[src[0] : src[1]] if src else None,
            cue=text[att.cue[0] : att.cue[1]],
            content=text[s:e],
            direct=att.direct,
            start=s,
            end=e,
            speaker_start=src[0] if src else None,
            speaker_end=src[1] if src else None,
            cue_start=att.cue[0],
            cue_end=att.cue[1],
        )
        for s, e in att.contents
    ]


def attribute_quotes(doc: Doc, actors: ActorTable) -> list[Quote]:
    """Find quotes and reported speech in ``doc`` and resolve their speakers to actors."""
    lexicon = load_lexicon()
    resolver = SpeakerResolver(doc, actors, lexicon)
    out: list[Quote] = []
    text = doc.text
    for att in find_attributions(doc, lexicon):
        speaker = resolver.resolve(att.source_head, att.source)
        out.extend(_quotes_of(text, att, speaker))
    return out
