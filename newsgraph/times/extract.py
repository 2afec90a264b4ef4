"""Find time expressions in a parsed document and normalise them (TIMEX3 conventions).

Candidates come from the compiled rules (one regex pass per rule over the text, linear and cheap);
the longest candidate wins, earlier rules break ties, and a handler may reject a candidate
(e.g. "May" as a modal verb), letting a shorter overlapping one through.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import TimeExpr
from newsgraph.times.calendar import parse_anchor
from newsgraph.times.context import Ctx
from newsgraph.times.lexicon import Lexicon, Rule, load_lexicon
from newsgraph.times.normalise import HANDLERS

# Characters that case-insensitive regexes equate with an ASCII letter although str.lower() keeps them
# apart ("ı" ~ i, "ſ" ~ s): texts holding one skip the trigger pre-filter.
_FOLD_ONLY = ("\u0131", "\u017f")


def _active_rules(text: str, lex: Lexicon) -> list[Rule]:
    """The rules that can match somewhere in ``text`` (a cheap trigger check on the lower-cased text)."""
    if any(c in text for c in _FOLD_ONLY):
        return list(lex.rules)
    low = text.lower()
    return [rule for rule in lex.rules if rule.may_match(low)]


def extract_times(doc: Doc, published: str | None) -> list[TimeExpr]:
    """Find time expressions in ``doc`` and normalise them against ``published`` (YYYY-MM-DD).

    With no usable publication date, relative expressions are still found, with ``value`` None
    (or an ``XXXX`` pattern such as "XXXX-09" where the rest is known).
    """
    lex = load_lexicon()
    anchor = parse_anchor(published)
    text = doc.text
    candidates = [(m, rule) for rule in _active_rules(text, lex) for m in rule.regex.finditer(text)]
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[1].priority, c[0].start()))
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    for m, rule in candidates:
        start, end = m.span()
        if any(start < e and s < end for s, e in taken):
            continue
        norm = HANDLERS[rule.name](Ctx(m, doc, anchor, lex, text))
        if norm is None:
            continue
        taken.append((start, end))
        start += norm.start_shift
        found.append(TimeExpr(text[start:end], start, end, norm.value, norm.granularity, norm.type, norm.end_value))  # type: ignore[arg-type]
    found.sort(key=lambda t: t.start)
    return found
