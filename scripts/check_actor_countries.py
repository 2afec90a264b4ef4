"""Actor-country accuracy of the resolver on the 322 PLOVER gold sentences (not the events eval).

Run: .venv/bin/python scripts/check_actor_countries.py [--misses N]
"""

from __future__ import annotations

import argparse

from newsgraph.actors.score import gold_records, score_countries
from newsgraph.eval.data import require_data
from newsgraph.nlp import get_nlp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--misses", type=int, default=30, help="how many misses to list")
    args = ap.parse_args()
    score = score_countries(gold_records(require_data("plover")), get_nlp())
    print(f"actor country accuracy (all 322 PLOVER gold sentences): {score.right}/{score.total} = {score.accuracy:.3f}")
    for miss in score.misses[: args.misses]:
        print("  miss", miss)


if __name__ == "__main__":
    main()
