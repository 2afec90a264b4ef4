"""Table tests for quote attribution on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.actors.table import ActorTable
from newsgraph.model import Actor, Mention, Quote
from newsgraph.quotes import attribute_quotes
from newsgraph.quotes.lexicon import DATA_DIR, line_patterns, load_lexicon
from newsgraph.quotes.marks import find_quote_spans


def _quotes(nlp: Any, text: str, actors: ActorTable | None = None) -> list[Quote]:
    return attribute_quotes(nlp(text), actors or ActorTable([]))


# (text, [(speaker_text, cue, content, direct), ...]) — every attribution the text should yield
CASES = [
    (
        "“A number of documents will be signed,” the Kremlin said.",
        [("the Kremlin", "said", "“A number of documents will be signed,”", True)],
    ),
    (
        "The minister said that the talks would resume in May.",
        [("The minister", "said", "that the talks would resume in May", False)],
    ),
    (
        "The army will withdraw next week, according to officials familiar with the matter.",
        [("officials familiar with the matter", "according to", "The army will withdraw next week", False)],
    ),
    (
        "One source said that the deal was close.",
        [("One source", "said", "that the deal was close", False)],
    ),
    (
        "The governor told reporters the plan was dead.",
        [("The governor", "told", "the plan was dead", False)],
    ),
    (
        "“We are ready. We have always been ready,” the minister said.",
        [("the minister", "said", "“We are ready. We have always been ready,”", True)],
    ),
    (
        "“I told him I would come,” Smith said.",  # nested speech stays inside the outer quote
        [("Smith", "said", "“I told him I would come,”", True)],
    ),
    (
        "Critics called the plan “reckless.”",
        [("Critics", "called", "the plan “reckless.”", False)],
    ),
    ("PENCE: We will win this election.", [("PENCE", ":", "We will win this election", False)]),
    # nominal cues: the possessor is the source; an unattributed "that" clause keeps no source
    (
        "Trump's claim that the election was rigged drew criticism.",
        [("Trump's", "claim", "that the election was rigged", False)],
    ),
    ("Critics voiced concerns that the deal would fail.", [(None, "concerns", "that the deal would fail", False)]),
    ("The senator's criticism of the plan was sharp.", [("The senator's", "criticism of", "the plan", False)]),
    # auxiliaries and adverbs in the verb chain belong to the cue (PolNeAR's convention)
    (
        "The Post has learned that the talks collapsed.",
        [("The Post", "has learned", "that the talks collapsed", False)],
    ),
    # a time after the cue is not its content
    (
        "The spokesman announced on Friday that the plant would close.",
        [("The spokesman", "announced", "that the plant would close", False)],
    ),
    # a source phrase with no verb
    (
        "In this poll, Clinton led Trump by five points.",
        [("this poll", "In", "Clinton led Trump by five points", False)],
    ),
    (
        'Mr. Cruz called Trump a "pathological liar" on Monday.',
        [("Mr. Cruz", "called", 'Trump a "pathological liar"', False)],
    ),
    ("Trump lashed out at the moderator.", [("Trump", "lashed out at", "the moderator", False)]),
    (
        "“Maybe we can build a wall.” ―\xa0Steve Quinlan.",
        [("Steve Quinlan", "―", "“Maybe we can build a wall.”", True)],
    ),
    ('"WALLACE: Will she be there?', [("WALLACE", ":", "Will she be there?", False)]),
    ("The river flooded the town on Monday.", []),
    ("Beijing has not condemned the conflict or called it an “invasion.”", []),
    ("The film, titled “Home,” opened in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attributions(nlp: Any, text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    got = [(q.speaker_text, q.cue, q.content, q.direct) for q in _quotes(nlp, text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a cue in mid-clause: the clause on both sides of it
        (
            "The museum, he said, would make visitors face hard truths.",
            ["The museum", "would make visitors face hard truths"],
        ),
        # an agentless passive: no source, the subject and its complement
        ("About one in nine voters is expected to be Latino.", ["one in nine voters", "to be Latino"]),
    ],
)
def test_content_in_two_pieces(nlp: Any, text: str, pieces: list[str]) -> None:
    assert [q.content for q in _quotes(nlp, text)] == pieces


def test_follow_on_quote_not_taken_from_next_speaker(nlp: Any) -> None:
    text = "“We are ready,” said Jane Doe.\n“The talks start on Monday,” came the reply from Smith's office."
    assert [q.content for q in _quotes(nlp, text) if q.speaker_text == "Jane Doe"] == ["“We are ready,”"]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("“We will win,” she said, “and we will win big.”", ["“We will win,”", "“and we will win big.”"]),
        (
            "“We are ready,” said Jane Doe, a minister.\n“The talks start on Monday.”",
            ["“We are ready,”", "“The talks start on Monday.”"],
        ),
    ],
)
def test_quote_pieces_share_speaker_and_cue(nlp: Any, text: str, contents: list[str]) -> None:
    quotes = _quotes(nlp, text)
    assert [q.content for q in quotes] == contents
    assert len({(q.speaker_start, q.cue_start) for q in quotes}) == 1


def test_spans_point_into_text(nlp: Any) -> None:
    text = "Officials said on Friday that the border would reopen, according to state media."
    for q in _quotes(nlp, text):
        assert text[q.start : q.end] == q.content
        assert q.speaker_start is not None and q.speaker_end is not None and q.cue_start is not None
        assert text[q.speaker_start : q.speaker_end] == q.speaker_text
        assert text[q.cue_start : q.cue_end] == q.cue


def _actor(aid: str, kind: str, text: str, word: str) -> Actor:
    start = text.index(word)
    return Actor(aid, word, kind, None, None, None, [Mention(start, start + len(word), word)])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word", "kind", "expected"),
    [
        (
            "“Talks will be held,” the Kremlin said. “Documents will be signed,” it added.",
            "Kremlin",
            "government",
            ["A1", "A1"],
        ),
        ("Jane Doe said the talks would go well. She said the leaders would meet.", "Jane Doe", "person", ["A1", "A1"]),
        # "it" cannot stand for a person: the pronoun stays unresolved
        ("Jane Doe said the talks would go well. It said the leaders would meet.", "Jane Doe", "person", ["A1", None]),
    ],
)
def test_pronoun_falls_back_to_previous_speaker(
    nlp: Any, text: str, word: str, kind: str, expected: list[str | None]
) -> None:
    actors = ActorTable([_actor("A1", kind, text, word)])
    assert [q.speaker for q in _quotes(nlp, text, actors)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a “b” c "d" e', ["“b”", '"d"']),
        ("x ''makes me smart,'' he said", ["''makes me smart,''"]),
        ("“para one\n“para two.” x", ["“para one", "“para two.”"]),
        ("“left open\nno quote here", []),
        ("x ”y“ z", []),
    ],
)
def test_quote_marks(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in find_quote_spans(text)] == expected


def test_lexicon_files_parse() -> None:
    lex = load_lexicon()
    assert {"say", "according"} <= set(lex.verbs) | {w[0] for w in lex.prep_cues}
    assert lex.verbs["call"].preps == frozenset({"for", "on"})
    assert "person" in lex.pronouns["he"] and "person" not in lex.pronouns["it"]
    assert len(line_patterns()) >= 2
    lemmas = [
        line.split("\t")[0] for line in (DATA_DIR / "cue_verbs.tsv").read_text().splitlines() if line and line[0] != "#"
    ]
    assert len(lemmas) == len(set(lemmas)), "duplicate cue verb"
    assert {"claim", "criticism"} <= lex.nouns and {"friday", "week"} <= lex.time_nouns
    assert "person" in lex.role_nouns["senator"] and "poll" in lex.source_nouns


@pytest.mark.parametrize(
    ("text", "word", "kind", "expected"),
    [
        # a definite role noun continues the earlier speaker of a fitting kind
        (
            "The Kremlin said the talks went well. The spokesman said documents would be signed.",
            "Kremlin",
            "government",
            ["A1", "A1"],
        ),
        (
            "Jane Doe said the talks went well. The senator said the vote would pass.",
            "Jane Doe",
            "person",
            ["A1", "A1"],
        ),
        # a person noun cannot stand for a government; an indefinite noun is a new speaker
        (
            "The Kremlin said the talks went well. The senator said the vote would pass.",
            "Kremlin",
            "government",
            ["A1", None],
        ),
        ("Jane Doe said the talks went well. A senator said the vote would pass.", "Jane Doe", "person", ["A1", None]),
    ],
)
def test_role_noun_falls_back_to_previous_speaker(
    nlp: Any, text: str, word: str, kind: str, expected: list[str | None]
) -> None:
    actors = ActorTable([_actor("A1", kind, text, word)])
    assert [q.speaker for q in _quotes(nlp, text, actors)] == expected
