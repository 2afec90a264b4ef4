"""Rebuild the PLOVER scores and modes in newsgraph/data/events/ontology.json from the PLOVER 2.0 manual.

Usage: python scripts/build_event_tables.py [PATH/TO/PLOVER_MANUAL.tex] [--check]

Reads the manual's "PLOVER conflict--cooperation scores" table (label tab:ploverscores): rows of
``CATEGORY: Mode & score`` triples. With --check it only reports differences (exit 1 when any).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "newsgraph" / "data" / "events" / "ontology.json"
_CELL = re.compile(r"\\cellcolor\{[^}]*\}")
# The manual's table prints ACCUSE's base score as +3 while every ACCUSE mode is negative (-2 .. -3.5)
# and ACCUSE is verbal conflict: a dropped minus sign. We keep -3.
ERRATA = {("ACCUSE", ""): -3.0}


def parse_scores(tex: str) -> dict[str, dict[str, float]]:
    """{TYPE: {"": base score, mode: score}} from the uncommented score table of the manual."""
    found = re.search(
        r"^\\caption\{PLOVER conflict--cooperation scores\}", tex, re.MULTILINE
    )  # not the %-commented draft
    if found is None:
        raise ValueError("score table not found in the manual")
    start = found.start()
    body = tex[start : tex.index("\\end{tabular}", start)]
    out: dict[str, dict[str, float]] = {}
    for line in body.splitlines():
        if line.lstrip().startswith("%") or "&" not in line or "textbf" in line:
            continue
        cells = [c.strip() for c in _CELL.sub("", line).replace("\\\\", "").split("&")]
        for name, score in zip(cells[0::2], cells[1::2], strict=False):
            if not name or not score:
                continue
            etype, _, mode = name.partition(":")
            key = (etype.strip().upper(), mode.strip().lower())
            out.setdefault(key[0], {})[key[1]] = ERRATA.get(key, float(score))
    return out


def merge(onto: dict[str, object], scores: dict[str, dict[str, float]]) -> list[str]:
    """Write the manual's scores into ``onto`` in place; return one line per value that changed."""
    types = onto["types"]
    assert isinstance(types, dict)
    changes: list[str] = []
    for etype, rows in scores.items():
        entry = types[etype]
        for mode, score in rows.items():
            old = entry["score"] if mode == "" else entry["modes"].get(mode)
            if old != score:
                changes.append(f"{etype}:{mode or '*'} {old} -> {score}")
            if mode == "":
                entry["score"] = score
            else:
                entry["modes"][mode] = score
    return changes


def main(argv: list[str]) -> int:
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    manual = Path(args[0]) if args else ROOT.parent / "shared" / "data" / "plover" / "PLOVER_MANUAL.tex"
    onto = json.loads(ONTOLOGY.read_text(encoding="utf-8"))
    changes = merge(onto, parse_scores(manual.read_text(encoding="utf-8")))
    for line in changes:
        sys.stderr.write(line + "\n")
    if check:
        return 1 if changes else 0
    ONTOLOGY.write_text(json.dumps(onto, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
