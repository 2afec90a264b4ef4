"""Quote attribution on the seed story, and the PolNeAR scorer's parsing and matching rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsgraph.actors import resolve_actors
from newsgraph.eval.quotes import Attr, Score, _parse_ann, match, score_doc
from newsgraph.model import Article, Quote
from newsgraph.quotes import attribute_quotes


@pytest.fixture(scope="module")
def seed_quotes(shared_data: Path, nlp: Any) -> tuple[list[Quote], Any]:
    text = (shared_data / "seed" / "scmp-xi-russia-visit.txt").read_text(encoding="utf-8")
    article = Article(id="seed", url=None, source=None, title=None, published="2023-03-17", language="en", text=text)
    doc = nlp(text)
    actors = resolve_actors(doc, article)
    return attribute_quotes(doc, actors), actors


def _find(quotes: list[Quote], cue: str, content_part: str) -> Quote:
    hits = [q for q in quotes if q.cue == cue and content_part in q.content]
    assert hits, f"no quote with cue {cue!r} containing {content_part!r}"
    return hits[0]


def test_seed_kremlin_quotes(seed_quotes: tuple[list[Quote], Any]) -> None:
    quotes, _ = seed_quotes
    first = _find(quotes, "said", "During the talks")
    second = _find(quotes, "added", "bilateral documents will be signed")
    reported = _find(quotes, "said", "Xi Jinping will be in Russia")
    assert first.direct and second.direct and not reported.direct
    assert first.speaker_text == reported.speaker_text == "the Kremlin"
    assert first.speaker is not None and second.speaker == first.speaker == reported.speaker


def test_seed_spokesperson_and_pronoun(seed_quotes: tuple[list[Quote], Any]) -> None:
    quotes, actors = seed_quotes
    named = _find(quotes, "said", "was in part to promote")
    follow = _find(quotes, "said", "the leaders would also exchange opinions")
    assert follow.speaker_text == "He"
    actor = actors.by_id(named.speaker)
    assert actor is not None and "Wang Wenbin" in actor.name
    assert follow.speaker == named.speaker


@pytest.mark.parametrize(
    ("cue", "content_part", "speaker_text"),
    [
        ("said", "Wang’s trip to Moscow", "One source"),
        ("according to", "telephone call with Ukrainian President", "some media reports"),
    ],
)
def test_seed_anonymous_sources(
    seed_quotes: tuple[list[Quote], Any], cue: str, content_part: str, speaker_text: str
) -> None:
    q = _find(seed_quotes[0], cue, content_part)
    assert (q.speaker, q.speaker_text) == (None, speaker_text)


def test_seed_no_negated_or_scare_quotes(seed_quotes: tuple[list[Quote], Any]) -> None:
    assert not [q for q in seed_quotes[0] if q.cue in ("condemned", "called", "confirmed")]


ANN = "T1\tSource 0 5\tAlice\nT2\tCue 6 10\tsaid\nT3\tContent 16 20;11 15\tthat rain\nT4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"


def test_parse_ann_sorts_discontinuous_pieces() -> None:
    [att] = _parse_ann(ANN)
    assert att.source == ((0, 5),) and att.cue == ((6, 10),) and att.content == ((11, 15), (16, 20))


TEXT = "Alice said that rain, he said."


@pytest.mark.parametrize(
    ("pred", "gold", "mode", "pairs"),
    [
        ([((11, 20),)], [((11, 20),)], "exact", 1),
        ([((11, 21),)], [((11, 20),)], "exact", 1),  # a trailing comma is trimmed
        ([((11, 15),)], [((11, 20),)], "exact", 0),
        ([((11, 15),)], [((11, 20),)], "overlap", 1),
        ([((11, 15),), ((16, 20),)], [((11, 20),)], "overlap", 1),  # one-to-one
        ([((0, 5),)], [((6, 10),)], "overlap", 0),
        ([((4, 7),)], [((0, 4),)], "overlap", 0),  # touching spans share nothing
    ],
)
def test_match_modes(pred: list[Any], gold: list[Any], mode: str, pairs: int) -> None:
    assert len(match(TEXT, pred, gold, mode)) == pairs


def test_score_counts_roles_independently() -> None:
    gold = [Attr(((0, 5),), ((6, 10),), ((11, 20),)), Attr(None, ((25, 29),), ((11, 20),))]
    pred = [Attr(((0, 5),), ((6, 10),), ((11, 15),))]
    score = Score()
    score_doc(TEXT, pred, gold, score, "t")
    assert score.counts[("source", "exact")].prf() == (1.0, 1.0, 1.0)
    assert score.counts[("content", "overlap")].prf()[:2] == (1.0, 0.5)
    assert score.counts[("cue", "exact")].gold == 2
