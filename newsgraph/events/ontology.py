"""PLOVER 2.0 ontology tables: types, modes, CAMEO roots, QuadClass, Goldstein and PLOVER scores.

Loaded once from ``newsgraph/data/events/ontology.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class TypeInfo:
    """One PLOVER event type: its CAMEO root, quad category, base score and modes with scores."""

    name: str
    cameo: str
    quad: int
    score: float
    modes: dict[str, float]


@dataclass(frozen=True, slots=True)
class Ontology:
    """The PLOVER tables and the codebook's type-combination rules."""

    types: dict[str, TypeInfo]
    goldstein: dict[str, float]
    combine: dict[str, dict[str, str]]
    dependent_mode: dict[str, dict[str, str | None]]
    intent: dict[str, str]

    def quad_class(self, plover_type: str) -> int | None:
        """PLOVER's quad category (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)."""
        info = self.types.get(plover_type)
        return info.quad if info else None

    def goldstein_for(self, cameo: str | None) -> float | None:
        """Goldstein-style score of a CAMEO root code."""
        return self.goldstein.get(cameo[:2]) if cameo else None

    def plover_score(self, plover_type: str, mode: str | None) -> float | None:
        """PLOVER conflict–cooperation score of a type, refined by its mode when the table has one."""
        info = self.types.get(plover_type)
        if info is None:
            return None
        return info.modes.get(mode, info.score) if mode else info.score

    def valid_mode(self, plover_type: str, mode: str | None) -> bool:
        """True when ``mode`` is None or one of the modes PLOVER defines for ``plover_type``."""
        info = self.types.get(plover_type)
        return info is not None and (mode is None or mode in info.modes)


def _read_json(name: str) -> Any:
    return json.loads(resources.files("newsgraph").joinpath("data", "events", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The PLOVER tables (cached per process)."""
    raw = _read_json("ontology.json")
    types = {
        name: TypeInfo(
            name, t["cameo"], int(t["quad"]), float(t["score"]), {k: float(v) for k, v in t["modes"].items()}
        )
        for name, t in raw["types"].items()
    }
    return Ontology(
        types=types,
        goldstein={k: float(v) for k, v in raw["goldstein"].items()},
        combine=raw["combine"],
        dependent_mode=raw["dependent_mode"],
        intent=raw["intent"],
    )


PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
