"""The event data files load, and every entry maps to a valid PLOVER type, mode and CAMEO code."""

from __future__ import annotations

import re

import pytest

from newsgraph.events.lexicon import load_cues, load_lexicon, parse_lexicon
from newsgraph.events.ontology import PLOVER_TYPES, load_ontology
from newsgraph.nlp import lemma_index

ONTO = load_ontology()
ENTRIES = [e for entries in load_lexicon().values() for e in entries]


def test_ontology_has_all_16_types() -> None:
    assert sorted(ONTO.types) == sorted(PLOVER_TYPES)
    assert len(PLOVER_TYPES) == 16


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: " ".join(e.lemmas))
def test_lexicon_entry_valid(entry) -> None:  # type: ignore[no-untyped-def]
    if entry.type == "NONE":
        return
    assert entry.type in ONTO.types
    assert ONTO.valid_mode(entry.type, entry.mode), (entry.type, entry.mode)
    assert re.fullmatch(r"0[1-9]|1\d|20", entry.cameo)
    assert ONTO.goldstein_for(entry.cameo) is not None


def test_each_pattern_once() -> None:
    """A pattern and part of speech stand in the lexicon once: a second row is dead or contradicts the first."""
    seen: dict[tuple[tuple[str, ...], str], int] = {}
    for e in ENTRIES:
        seen[(e.lemmas, e.pos)] = seen.get((e.lemmas, e.pos), 0) + 1
    assert not [k for k, n in seen.items() if n > 1]


def test_no_verb_pattern_opens_with_an_adverb() -> None:
    """A verb pattern is found from its first word, which must be the verb: one that opens with an adverb
    ('forcibly relocate') never fires, as the adverb is no verb."""
    only_adverbs = lemma_index("adv") - lemma_index("verb")
    assert not [e.lemmas for e in ENTRIES if e.pos == "V" and e.lemmas[0] in only_adverbs]


def test_every_type_has_a_trigger() -> None:
    assert {e.type for e in ENTRIES} >= set(PLOVER_TYPES)


TABLE_RULES = [
    ("combine", ONTO.combine),
    ("intent", {"x": ONTO.intent}),
]


@pytest.mark.parametrize(("name", "table"), TABLE_RULES)
def test_rule_tables_name_real_types(name: str, table: dict[str, dict[str, str]]) -> None:
    for gov, row in table.items():
        assert gov in ONTO.types or gov == "x", name
        for dep, new in row.items():
            assert dep in ONTO.types and new in ONTO.types, (name, dep, new)


@pytest.mark.parametrize(
    ("etype", "mode", "quad", "score"),
    [
        ("AGREE", None, 1, 2.5),
        ("CONSULT", "visit", 1, 4.0),
        ("RETREAT", "withdraw", 2, 8.0),
        ("ASSAULT", "aerial", 4, -9.5),
        ("REQUEST", None, 3, 0.0),
    ],
)
def test_scores(etype: str, mode: str | None, quad: int, score: float) -> None:
    assert ONTO.quad_class(etype) == quad
    assert ONTO.plover_score(etype, mode) == score


@pytest.mark.parametrize("bad", ["visit\tV\tCONSULT\n", "visit\tQ\tCONSULT\tvisit\t04\n"])
def test_bad_lexicon_line_is_named(bad: str) -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse_lexicon(bad)


def test_cues_load() -> None:
    cues = load_cues()
    for name in ("future_aux", "speech_verbs", "negation_words", "light_verbs", "recipient_preps", "deny_verbs"):
        assert cues.sets[name], name
    assert any(p.search("according to some media reports") for p in cues.unconfirmed)
    assert {"military", "economic", "diplomatic", "humanitarian", "legal"} <= set(cues.context)


def test_ontology_matches_manual_scores(shared_data) -> None:  # type: ignore[no-untyped-def]
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_event_tables.py"
    spec = importlib.util.spec_from_file_location("build_event_tables", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    scores = mod.parse_scores((shared_data / "plover" / "PLOVER_MANUAL.tex").read_text(encoding="utf-8"))
    assert len(scores) == 16
    for etype, rows in scores.items():
        for mode, score in rows.items():
            assert ONTO.plover_score(etype, mode or None) == score, (etype, mode)


ROUND_TWO_CUES = [
    # (cue list the frame/argument/dating code reads, a member it must hold)
    ("noun_subject_verbs", "erupt"),
    ("command_verbs", "order"),
    ("warn_threat_nouns", "retaliation"),
    ("warn_future_aux", "would"),
    ("complement_triggers", "warn"),
    ("give_non_aid_objects", "day"),
    ("place_kinds", "place"),
    ("of_agent_nouns", "backing"),
    ("event_noun_preps", "during"),
    ("deadline_preps", "until"),
]


@pytest.mark.parametrize(("name", "member"), ROUND_TWO_CUES)
def test_round_two_cue_lists(name: str, member: str) -> None:
    assert load_cues().has(name, member)


@pytest.mark.parametrize("name", ["material_types", "generic_types", "location_recipient_types"])
def test_type_cue_lists_name_real_types(name: str) -> None:
    assert load_cues().sets[name] <= set(PLOVER_TYPES)


def test_data_files_have_no_duplicate_keys() -> None:
    """A key written twice in a JSON data file silently loses its first list (json keeps the last)."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "newsgraph" / "data"
    doubled: list[tuple[str, str]] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in items]
        doubled.extend((path.name, k) for k in sorted(set(keys)) if keys.count(k) > 1)
        return dict(items)

    for path in sorted(root.rglob("*.json")):
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    assert not doubled
