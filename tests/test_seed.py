"""End to end on the seed story (../shared/data/seed): what issue #2 says must come out right.

Only the article is fixed here; no stage has rules naming its people or phrases.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.model import Actor, Event, RawDocument, Record
from newsgraph.options import Options
from newsgraph.pipeline import extract

SEED = "seed/scmp-xi-russia-visit.txt"


@pytest.fixture(scope="module")
def record(shared_data: Path) -> Record:
    raw = RawDocument(origin=SEED, content=(shared_data / SEED).read_bytes(), kind="auto")
    return extract(raw, Options(published="2023-03-17"))


def actor(rec: Record, actor_id: str | None) -> Actor:
    found = next((a for a in rec.actors if a.id == actor_id), None)
    assert found is not None, f"no actor {actor_id}"
    return found


def named(rec: Record, ids: list[str], needle: str) -> bool:
    return any(needle in actor(rec, i).name for i in ids)


def countries(rec: Record, ids: list[str]) -> set[str | None]:
    return {actor(rec, i).country for i in ids}


def events_in(rec: Record, phrase: str) -> list[Event]:
    return [e for e in rec.events if phrase in e.sentence]


def test_caption_and_teasers_removed_body_intact(record: Record, shared_data: Path) -> None:
    lines = (shared_data / SEED).read_text().splitlines()
    removed = [r.text for r in record.article.removed]
    assert any("Photo: Reuters" in r for r in removed)
    teasers = [ln for ln in lines if ln.endswith("…")]
    assert len(teasers) == 6
    for t in teasers:
        assert t not in record.article.text
    body = [ln for ln in lines[1:] if not ln.endswith("…")]
    for ln in body:
        assert ln in record.article.text


def test_kremlin_is_russian_government(record: Record) -> None:
    kremlin = [a for a in record.actors if any(m.text.endswith("Kremlin") for m in a.mentions)]
    assert len(kremlin) == 1
    assert kremlin[0].country == "RUS" and kremlin[0].kind == "government"


def test_xi_is_one_actor(record: Record) -> None:
    xi = [a for a in record.actors if "Xi" in a.name]
    assert len(xi) == 1
    assert xi[0].country == "CHN" and xi[0].name == "Xi Jinping"
    assert len(xi[0].mentions) >= 4


def test_state_visit(record: Record) -> None:
    visits = [e for e in events_in(record, "state visit") if e.type == "AGREE"]
    assert visits, [(e.type, e.sentence[:40]) for e in record.events]
    e = visits[0]
    assert named(record, e.actors, "Xi Jinping")
    assert "RUS" in countries(record, e.recipients)
    assert (e.date.start, e.date.end) == ("2023-03-20", "2023-03-22")
    assert "future" in e.modality
    assert actor(record, e.attributed_to).country == "RUS"


def test_kremlin_quotes(record: Record) -> None:
    direct = [q for q in record.quotes if q.direct and q.speaker and actor(record, q.speaker).kind == "government"]
    assert len(direct) == 2
    assert {actor(record, q.speaker).country for q in direct} == {"RUS"}
    assert any(q.cue and "added" in q.cue for q in direct)


def test_wang_wenbin_statements(record: Record) -> None:
    wang = [q for q in record.quotes if q.speaker and actor(record, q.speaker).name == "Wang Wenbin"]
    assert len(wang) >= 2
    assert any("exchange opinions" in q.content for q in wang)


def test_planned_call_is_unconfirmed(record: Record) -> None:
    calls = events_in(record, "telephone call")
    assert calls
    assert all("unconfirmed" in e.modality for e in calls)


def test_wang_yi_visit_last_month(record: Record) -> None:
    visits = [e for e in events_in(record, "hosted") if e.date.start]
    assert visits
    assert visits[0].date.start and visits[0].date.start.startswith("2023-02")


def test_invasion_is_historical(record: Record) -> None:
    inv = [e for e in record.events if e.type == "ASSAULT" and "invaded" in (e.trigger or e.sentence)]
    assert inv
    for e in inv:
        assert "historical" in e.modality
        assert "RUS" in countries(record, e.actors) and "UKR" in countries(record, e.recipients)
        assert e.date.start and e.date.start.startswith("2022-02")


def test_not_condemned_is_not_an_accusation(record: Record) -> None:
    for e in events_in(record, "has not condemned"):
        assert e.type != "ACCUSE" or "negated" in e.modality


@pytest.mark.parametrize(("text", "value"), [("March 20-22", "2023-03-20"), ("Last month", "2023-02")])
def test_times(record: Record, text: str, value: str) -> None:
    assert any(t.text == text and t.value == value for t in record.times), [(t.text, t.value) for t in record.times]
