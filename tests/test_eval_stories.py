"""The story-gold scorer's matching logic on hand-made events, and the gold file's validity."""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest

from newsgraph.eval.stories import (
    GOLD_DIR,
    GoldEvent,
    SysEvent,
    align,
    date_ok,
    load_gold,
    period,
    score_story,
    triples,
)
from newsgraph.events.ontology import PLOVER_TYPES

TEXT = "Russia attacked Ukraine on Monday. China urged talks. Nothing happened here."
MODALITIES = {"future", "historical", "hypothetical", "negated", "unconfirmed", "denied"}


def gold(
    evidence: str,
    type_: str,
    actor: str | None,
    recipient: str | None,
    date: str | None = None,
    modality: frozenset[str] = frozenset(),
) -> GoldEvent:
    start = TEXT.index(evidence)
    actors = frozenset([actor] if actor else [])
    recipients = frozenset([recipient] if recipient else [])
    return GoldEvent("s", evidence, type_, actors, recipients, date, modality, start, start + len(evidence))


def system(
    sentence: str,
    type_: str,
    actors: set[str],
    recipients: set[str],
    date: str | None = None,
    modality: frozenset[str] = frozenset(),
) -> SysEvent:
    start = TEXT.index(sentence)
    return SysEvent(
        type_, frozenset(actors), frozenset(recipients), date, modality, start, start + len(sentence), sentence
    )


S1, S2, S3 = "Russia attacked Ukraine on Monday.", "China urged talks.", "Nothing happened here."


@pytest.mark.parametrize(
    ("gold_value", "system_value", "expected"),
    [
        ("2025-03", "2025-03-14", True),
        ("2025-03", "2025-W11", True),  # 10-16 March
        ("2025-03", "2025-W09", False),  # 24 Feb - 2 Mar straddles
        ("2025-03-13", "2025-03-14", False),
        ("2025-03-13", "2025-03-13", True),
        ("2025-03-13", "2025-03", False),  # coarser than gold
        ("2024", "2024-12", True),
        ("2024", None, False),
        ("2025-03", "PRESENT_REF", False),
    ],
)
def test_date_ok(gold_value: str, system_value: str | None, expected: bool) -> None:
    assert date_ok(gold_value, system_value) is expected


@pytest.mark.parametrize(
    ("golds", "systems", "expected_types"),
    [
        # same type preferred over an earlier different-type event in the same sentence
        (
            [gold("attacked Ukraine", "ASSAULT", "RUS", "UKR")],
            [system(S1, "ACCUSE", {"RUS"}, set()), system(S1, "ASSAULT", {"RUS"}, {"UKR"})],
            ["ASSAULT"],
        ),
        # only a different type in the sentence: sentence-matched, wrong type
        ([gold("China urged talks", "REQUEST", "CHN", None)], [system(S2, "CONSULT", {"CHN"}, set())], ["CONSULT"]),
        # system event in another sentence does not match
        ([gold("China urged talks", "REQUEST", "CHN", None)], [system(S3, "REQUEST", {"CHN"}, set())], [None]),
        # one system event serves one gold event only
        (
            [gold("attacked Ukraine", "ASSAULT", "RUS", "UKR"), gold("Russia attacked", "ASSAULT", "RUS", None)],
            [system(S1, "ASSAULT", {"RUS"}, {"UKR"})],
            ["ASSAULT", None],
        ),
    ],
)
def test_align(golds: list[GoldEvent], systems: list[SysEvent], expected_types: list[str | None]) -> None:
    assert [s.type if s else None for _, s in align(golds, systems)] == expected_types


def test_score_story_counts() -> None:
    golds = [
        gold("attacked Ukraine on Monday", "ASSAULT", "RUS", "UKR", date="2025-03-10"),
        gold("China urged talks", "REQUEST", "CHN", None, modality=frozenset({"future"})),
    ]
    systems = [
        system(S1, "ASSAULT", {"RUS"}, set(), date="2025-03-10"),  # recipient missing
        system(S2, "REQUEST", {"CHN"}, set()),  # modality wrong
        system(S3, "PROTEST", set(), set()),  # false positive
    ]
    s = score_story("s", golds, systems)
    f = s.figures()
    assert (s.gold, s.system, s.type_pairs, s.sentence_pairs) == (2, 3, 2, 2)
    assert (s.actor_ok, s.recipient_ok, s.date_ok, s.dated, s.modality_ok) == (2, 1, 1, 1, 1)
    assert f["det_p"] == pytest.approx(2 / 3) and f["det_r"] == 1.0
    assert s.errors["recipient missing"] == 1 and s.errors["false positive: sentence without gold"] == 1
    # triples: gold {(ASSAULT,RUS,UKR),(REQUEST,CHN,None)}; system adds (ASSAULT,RUS,None),(PROTEST,None,None)
    assert (s.triple_gold, s.triple_sys, s.triple_ok) == (2, 3, 1)


def test_missed_event_is_counted() -> None:
    s = score_story("s", [gold("China urged talks", "REQUEST", "CHN", None)], [])
    assert s.figures()["det_r"] == 0.0 and s.errors["missed: no event in sentence"] == 1


@pytest.mark.parametrize(
    ("actors", "recipients", "expected"),
    [
        (frozenset({"USA", "IRQ"}), frozenset(), {("ASSAULT", "IRQ", None), ("ASSAULT", "USA", None)}),
        (frozenset(), frozenset({"GBR"}), {("ASSAULT", None, "GBR")}),
    ],
)
def test_triples(
    actors: frozenset[str], recipients: frozenset[str], expected: set[tuple[str, str | None, str | None]]
) -> None:
    assert triples(actors, recipients, "ASSAULT") == expected


def _countries(value: object) -> list[str]:
    return [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []


@pytest.mark.shared
def test_gold_file_is_valid(shared_data: Path) -> None:
    rows = [json.loads(line) for line in (GOLD_DIR / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    stories = {
        json.loads(line)["story"]: json.loads(line) for line in (GOLD_DIR / "stories.jsonl").read_text().splitlines()
    }
    voa = {
        json.loads(line)["id"]: json.loads(line)["text"]
        for line in (shared_data / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    }
    problems = []
    for r in rows:
        text = voa[r["story"]]
        if text.count(r["evidence"]) != 1:
            problems.append(f"evidence not found once: {r['evidence']}")
        if r["type"] not in PLOVER_TYPES or not set(r["modality"]) <= MODALITIES:
            problems.append(f"bad type/modality: {r}")
        if r["split"] != stories[r["story"]]["split"]:
            problems.append(f"split differs from stories.jsonl: {r['evidence']}")
        for code in _countries(r["actor_country"]) + _countries(r["recipient_country"]):
            if pycountry.countries.get(alpha_3=code) is None:
                problems.append(f"not ISO3: {code}")
        if r["date"] and period(r["date"]) is None:
            problems.append(f"bad date: {r['date']}")
    assert not problems, problems
    assert {s["split"] for s in stories.values()} == {"dev", "test", "dev2"} and 300 <= len(rows) <= 400


@pytest.mark.shared
def test_load_gold_locates_every_evidence(shared_data: Path) -> None:
    stories, events = load_gold("all")
    assert len(stories) == 27 and all(e.start >= 0 for e in events)
    for split, n in (("dev", 8), ("test", 7), ("dev2", 12)):
        chosen, _ = load_gold(split)
        assert {s.split for s in chosen} == {split} and len(chosen) == n
