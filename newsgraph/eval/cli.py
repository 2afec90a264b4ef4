"""``newsgraph eval ...``: each scorer module adds its own command to this group."""

from __future__ import annotations

import typer

eval_app = typer.Typer(help="Score newsgraph on gold data, side by side with baselines.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    from newsgraph.eval import events, extraction, quotes, stories, timex

    for module in (extraction, events, quotes, stories, timex):
        module.register(eval_app)
    app.add_typer(eval_app, name="eval")
