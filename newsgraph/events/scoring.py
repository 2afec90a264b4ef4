"""Confidence of one coded event and the document-level PLOVER context labels."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from newsgraph.events.arguments import light_verb
from newsgraph.events.lexicon import Cues, Entry
from newsgraph.events.syntax import depth, governing_verb


def _adjunct(tok: Token) -> bool:
    """In a participial, purpose, temporal or prepositional adjunct ('..., killing one', 'to demand', 'after X
    shot', 'before allowing aid convoys')."""
    verb = governing_verb(tok)
    return verb.dep_ in ("advcl", "acl", "relcl", "pcomp")


def confidence(
    tok: Token,
    entry: Entry,
    has_actor: bool,
    has_recipient: bool,
    flags: list[str],
    cues: Cues,
    undergone: bool = False,
) -> float:
    """A [0, 1] score: clear verbal, main-clause, argument-complete triggers score highest. A noun in a frame
    its subject undergoes ('came under attack', 'drew criticism from NATO') counts as its verb does."""
    score = 0.45 + min(0.1 * (len(entry.lemmas) - 1), 0.15)
    light = entry.pos == "N" and (undergone or light_verb(tok, cues) is not None)
    score += 0.1 if entry.pos != "N" or light else 0.0  # 'staged demonstrations' counts as a verb
    score += (0.15, 0.12, 0.06, 0.0)[min(max(depth(tok) - (1 if light else 0), 0), 3)]
    score += 0.12 if has_actor else 0.0
    score += 0.05 if has_recipient else 0.0
    if entry.pos == "N" and not light:
        score -= 0.1
    if _adjunct(tok):
        score -= 0.12
    if "hypothetical" in flags:
        score -= 0.12
    return round(max(0.05, min(score, 1.0)), 3)


_INDEX: dict[int, tuple[dict[int, tuple[str, ...]], tuple[tuple[str, str], ...]]] = {}


def _context_index(cues: Cues) -> tuple[dict[int, tuple[str, ...]], tuple[tuple[str, str], ...]]:
    """Context keywords indexed once: lemma hash -> labels, and the (label, phrase) pairs of multi-word ones."""
    key = id(cues.context)
    if key not in _INDEX:
        words: dict[int, list[str]] = {}
        phrases: list[tuple[str, str]] = []
        for label, kws in cues.context.items():
            for w in kws:
                if " " in w:
                    phrases.append((label, w))
                else:
                    words.setdefault(get_string_id(w), []).append(label)
        _INDEX[key] = ({k: tuple(v) for k, v in words.items()}, tuple(phrases))
    return _INDEX[key]


def context_labels(doc: Doc, cues: Cues, text: str | None = None) -> list[str]:
    """PLOVER context labels whose keywords occur often enough in the document (``text``: the doc's text, to
    spare rebuilding it)."""
    words, phrases = _context_index(cues)
    hits: dict[str, int] = dict.fromkeys(cues.context, 0)
    for lemma, n in doc.count_by(LEMMA).items():
        for label in words.get(lemma, ()):
            hits[label] += n
    lower = (doc.text if text is None else text).lower()
    for label, phrase in phrases:
        hits[label] += lower.count(phrase)
    need = 1 if len(doc) <= cues.short_text_tokens else cues.context_min_hits
    return [label for label in cues.context if hits[label] >= need]
