"""Actor-country accuracy of the resolver on the 322 PLOVER gold sentences (not the events eval).

Run: .venv/bin/python scripts/check_actor_countries.py [--split test|dev|all] [--misses N]
(``test`` is the held-out part, sha1(id) mod 10 < 3, the same split as ``newsgraph eval events``;
rules are tuned on ``dev`` only.)
"""

from __future__ import annotations

import argparse

from newsgraph.actors.score import gold_records, score_countries
from newsgraph.eval.data import require_data
from newsgraph.nlp import get_nlp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", type=int, default=30, help="how many misses to list")
    ap.add_argument("--split", choices=["test", "dev", "all"], default="all", help="gold part to score")
    args = ap.parse_args()
    records = gold_records(require_data("plover"), args.split)
    score = score_countries(records, get_nlp())
    print(
        f"actor country accuracy ({args.split} split, {len(records)} PLOVER gold sentences): "
        f"{score.right}/{score.total} = {score.accuracy:.3f}"
    )
    for miss in score.misses[: args.misses]:
        print("  miss", miss)


if __name__ == "__main__":
    main()
