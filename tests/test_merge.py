"""Cross-article event merging: gate rules as a table, and pairwise precision/recall on hand-labelled VOA pairs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from newsgraph.merge import EventMention, cluster, identities, same_event, score

PAIRS_FILE = Path(__file__).parent / "data" / "merge_voa_pairs.json"
FLOOR_FILE = Path(__file__).parent / "floors" / "merge.json"


def mention(m: dict[str, Any]) -> EventMention:
    """An EventMention from one hand-coded mention of the labelled file."""
    acts, recs = m["actors"], m["recipients"]
    return EventMention(
        uid=m["id"], article_id=m["article"], type=m["type"],
        actors=identities([a["key"] for a in acts], [a["country"] for a in acts], [a["name"] for a in acts]),
        actor_countries=frozenset(a["country"] for a in acts if a["country"]),
        recipients=identities([a["key"] for a in recs], [a["country"] for a in recs], [a["name"] for a in recs]),
        recipient_countries=frozenset(a["country"] for a in recs if a["country"]),
        day=date.fromisoformat(m["date"]), coarse=m["granularity"] != "day", location=m["location"],
        location_country=m["location_country"], sentence=m["sentence"], modality=frozenset(m["modality"]),
        source="voanews.com")


def pairwise_scores(data: dict[str, Any]) -> tuple[float, float, int]:
    """Cluster every labelled mention, then score the labelled pairs: (precision, recall, n pairs)."""
    mentions = [mention(m) for m in data["mentions"]]
    label_of = {}
    for n, group in enumerate(cluster(mentions)):
        for i in group:
            label_of[mentions[i].uid] = n
    tp = fp = fn = 0
    for p in data["pairs"]:
        predicted = label_of[p["a"]] == label_of[p["b"]]
        tp += predicted and p["same"]
        fp += predicted and not p["same"]
        fn += (not predicted) and p["same"]
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), len(data["pairs"])


def _m(**kw: Any) -> EventMention:
    base: dict[str, Any] = dict(uid="x", article_id="a", type="ASSAULT", actors=frozenset({"group:x"}),
                                actor_countries=frozenset({"SOM"}), recipients=frozenset({"c:SOM"}),
                                recipient_countries=frozenset({"SOM"}), day=date(2025, 3, 11), coarse=False,
                                location="Beledweyne", location_country="SOM",
                                sentence="Gunmen stormed a hotel in Beledweyne killing five people")
    base.update(kw)
    return EventMention(**base)


@pytest.mark.parametrize(("b", "expected"), [
    (_m(uid="y"), True),  # identical report from another outlet
    (_m(uid="y", type="CONSULT"), False),  # another type is another event
    (_m(uid="y", day=date(2025, 3, 20)), False),  # outside the date window
    (_m(uid="y", modality=frozenset({"denied"})), False),  # a denial does not merge with the assertion
    (_m(uid="y", actors=frozenset({"group:y"}), actor_countries=frozenset({"KEN"}),
        recipients=frozenset({"c:KEN"}), recipient_countries=frozenset({"KEN"})), False),  # other parties
    (_m(uid="y", day=date(2025, 3, 12), sentence="Al-Shabab claimed the hotel attack in Beledweyne"), True),
])
def test_same_event_rules(b: EventMention, expected: bool) -> None:
    assert same_event(_m(), b) is expected


def test_score_is_bounded_and_symmetric() -> None:
    a, b = _m(), _m(uid="y", day=date(2025, 3, 12), location=None)
    assert 0.0 <= score(a, b) <= 1.0
    assert score(a, b) == pytest.approx(score(b, a))


def test_labelled_pairs_come_from_voa(shared_data: Path) -> None:
    texts = {}
    for line in (shared_data / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        texts[story["id"]] = story["text"]
    data = json.loads(PAIRS_FILE.read_text(encoding="utf-8"))
    for m in data["mentions"]:
        assert m["sentence"] in texts[m["article"]], m["id"]
    assert 30 <= len(data["pairs"]) <= 120
    assert 0 < sum(p["same"] for p in data["pairs"]) < len(data["pairs"])


def test_merge_pairwise_precision_recall_floor() -> None:
    """CI gate: pairwise P/R of clustering on the labelled VOA pairs stay above the pinned floors."""
    data = json.loads(PAIRS_FILE.read_text(encoding="utf-8"))
    precision, recall, n = pairwise_scores(data)
    floors = json.loads(FLOOR_FILE.read_text(encoding="utf-8"))
    held = {**data, "pairs": [p for p in data["pairs"] if p.get("heldout")]}
    hp, hr, hn = pairwise_scores(held)
    print(f"merge pairwise on {n} VOA pairs: precision {precision:.3f} recall {recall:.3f}; "
          f"held-out {hn} pairs: precision {hp:.3f} recall {hr:.3f}")
    assert precision >= floors["pairwise_precision"]
    assert recall >= floors["pairwise_recall"]
