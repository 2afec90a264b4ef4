"""Speaker resolution: an attribution's source words → a canonical actor id (or None)."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from newsgraph.quotes.lexicon import Lexicon

if TYPE_CHECKING:
    from newsgraph.actors.table import ActorTable

PRONOUN_WINDOW = 3  # sentences back to look for the speaker a pronoun continues
_DEFINITE = frozenset({"the", "this", "that"})


class SpeakerResolver:
    """Resolves sources in text order, remembering recent speakers for pronoun fallback."""

    def __init__(self, doc: Doc, actors: ActorTable, lexicon: Lexicon) -> None:
        self.doc = doc
        self.actors = actors
        self.lexicon = lexicon
        self.sent_starts = [s.start for s in doc.sents]
        self.history: list[tuple[int, str]] = []  # (sentence index, actor id)

    def _sentence(self, token_i: int) -> int:
        return bisect_right(self.sent_starts, token_i) - 1

    def _lookup(self, head: int, span: tuple[int, int]) -> str | None:
        """The actor of the source head word, else of any mention in the source words."""
        tok = self.doc[head]
        if tok.dep_ == "nsubj" and tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "X, who said ..." → X
        actor = self.actors.at(tok.idx, tok.idx + len(tok)) or self.actors.at(*span)
        return actor.id if actor else None

    def _kinds(self, tok: Token) -> frozenset[str] | None:
        """Actor kinds a pronoun or a definite role noun ('the spokesman') can refer back to."""
        if tok.lower_ in self.lexicon.pronouns:
            return self.lexicon.pronouns[tok.lower_]
        kinds = self.lexicon.role_nouns.get(tok.lemma_.lower())
        if kinds is None:
            return None
        kids = list(tok.children)
        definite = any(k.dep_ == "det" and k.lower_ in _DEFINITE for k in kids)
        named = any(k.dep_ in ("poss", "compound", "appos") and k.pos_ == "PROPN" for k in kids)
        return kinds if definite and not named else None

    def _fallback(self, tok: Token, sent: int) -> str | None:
        """The latest earlier speaker of a kind the pronoun or role noun can stand for, within the window."""
        kinds = self._kinds(tok)
        if not kinds:
            return None
        for prev_sent, actor_id in reversed(self.history):
            if sent - prev_sent > PRONOUN_WINDOW:
                break
            actor = self.actors.by_id(actor_id)
            if actor is not None and actor.kind in kinds:
                return actor_id
        return None

    def resolve(self, head: int | None, span: tuple[int, int] | None) -> str | None:
        """The actor id of a source (None for anonymous or unknown sources), remembered for later."""
        if head is None or span is None:
            return None
        sent = self._sentence(head)
        actor_id = self._lookup(head, span)
        if actor_id is None:
            actor_id = self._fallback(self.doc[head], sent)
        if actor_id is not None:
            self.history.append((sent, actor_id))
        return actor_id
