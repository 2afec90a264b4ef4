"""Actor-country accuracy on the PLOVER gold sentences: a quick check of resolution alone.

For every gold source/target ``actorText``, the resolver's actor at that text must carry the gold
country (ISO3; a few CAMEO codes mapped); gold ``IGO``/``NGO`` counts as right when the actor's sector
or code is IGO/NGO. The events evaluation (``newsgraph eval events``) scores actors inside events.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsgraph.actors.resolve import resolve_actors
from newsgraph.model import Article

CAMEO_TO_ISO = {"JAP": "JPN", "GMY": "DEU", "ITL": "ITA", "NGO": "IGO"}


@dataclass(slots=True)
class CountryScore:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def split_of(record_id: str) -> str:
    """The record's part: ``test`` (held out, sha1(id) mod 10 < 3, as ``newsgraph eval events``) or ``dev``."""
    return "test" if int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 10 < 3 else "dev"


def gold_records(plover_dir: Path, split: str = "all") -> list[dict[str, Any]]:
    """The 322 gold sentences (the DOCUMENT header record dropped), or one part of them (``test``/``dev``)."""
    data = json.loads((plover_dir / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    return [
        r
        for r in data
        if r.get("event") != "DOCUMENT"
        and isinstance(r.get("text"), str)
        and (split == "all" or split_of(str(r.get("id"))) == split)
    ]


def locate(text: str, gold: str) -> tuple[int, int] | None:
    """Where the gold ``actorText`` lies in ``text``: spacing is free and an elision ("U.S. ... negotiators")
    spans the words it skips; None when the words are not there in order."""
    parts = [p.split() for p in re.split(r"\.{2,}|…", gold) if p.strip()]
    if not parts:
        return None
    pattern = r".*?".join(r"\s+".join(re.escape(w) for w in words) for words in parts)
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else None


def score_countries(records: list[dict[str, Any]], nlp: Language) -> CountryScore:
    """Score actor countries over ``records`` (parsed in one ``nlp.pipe`` batch)."""
    score = CountryScore()
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        art = Article(
            id=rec["id"], url=None, source=None, title=None, published="2000-01-01", language="en", text=rec["text"]
        )
        table = resolve_actors(doc, art)
        for role in ("source", "target"):
            for gold in rec.get(role) or []:
                if not isinstance(gold, dict) or not gold.get("code") or not gold.get("actorText"):
                    continue
                code = CAMEO_TO_ISO.get(gold["code"][:3], gold["code"][:3])
                span = locate(rec["text"], gold["actorText"])
                actor = table.at(*span) if span else None
                tags = (actor.sector or "") + (actor.code or "") if actor else ""
                ok = (code == "IGO" and ("IGO" in tags or "NGO" in tags)) or (
                    actor is not None and actor.country == code
                )
                score.total += 1
                score.right += ok
                if not ok:
                    got = f"{actor.country} ({actor.name})" if actor else "no actor"
                    score.misses.append(f"{gold['actorText']!r}: gold {code}, got {got}")
    return score
