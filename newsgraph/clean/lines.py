"""The scraped-text line classifier: keep the article body, drop residue with a reason.

Each line gets a cue reason (caption, teaser, byline, ...) from the data-file rules, or is
"good" (a long line that ends like a sentence) or "short". The body is the run of lines with
the highest score (good lines count their words, the rest cost), found in one linear pass
(maximum-sum segment); lines outside it are dropped as navigation/boilerplate, cue lines inside
it are dropped with their cue reason. Text with no good line at all (a single short sentence)
keeps every line that no cue marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.clean.lexicon import Residue, other_function_words, residue, stopwords
from newsgraph.model import Removed

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_TERMINAL = re.compile(r"[.!?:;\"”’')\]。！？」]\s*$")


@dataclass(frozen=True, slots=True)
class Tuning:
    """Weights of the body-region search (fitted on the tune half of the extraction benchmark)."""

    good_words: int = 10  # a line with at least this many words that ends like a sentence is "good"
    short_cost: float = 5.0  # cost of a line that is neither good nor residue
    word_cost: float = 0.15  # extra cost per word of such a line
    cue_cost: float = 12.0  # cost of a line a residue cue marks
    barrier_cost: float = 10_000.0  # a comments header ends the body: no region spans it
    after_barrier: float = 0.2  # good lines after a comments header count this share (readers' posts)
    barrier_after_words: int = 40  # a comments header only ends the body after this many good words
    max_gain: int = 120  # cap on one good line's score
    headline_run: int = 4  # a line opening with this many Capitalised Words incl. a function word is a teaser


TUNING = Tuning()


@dataclass(slots=True)
class Line:
    """One input line with what the classifier found."""

    text: str
    words: int
    cue: str | None  # residue reason from a cue, or None
    good: bool
    repeated: bool = False


def _is_dateline(line: str, words: list[str], res: Residue) -> bool:
    """A line made only of date/time words and numbers ("Updated 19 NOV 2019, 6:21 AM EST")."""
    if not words or len(words) > 12 or not any(w.isdigit() for w in words):
        return False
    return all(w.isdigit() or w.lower() in res.date_words for w in words)


def cue_of(line: str, n_words: int, res: Residue | None = None) -> str | None:
    """The residue reason a cue gives one stripped line, or None."""
    res = res or residue()
    if res.barrier.matches(line, n_words):
        return "comments"
    if res.related.matches(line, n_words):
        return "related"
    for rule in res.rules:
        if rule.matches(line, n_words):
            return rule.reason
    if _is_dateline(line, _WORD.findall(line), res):
        return "dateline"
    return None


def headline_prefix(line: str, min_run: int) -> bool:
    """Whether a line opens with a Title Case headline glued to more text ("Mayor Says No To Tax The mayor…").

    The opening run of capitalised words must be ``min_run`` long and hold a capitalised function
    word after its first word ("To", "Of", "After"), which prose almost never has.
    """
    sw = stopwords()
    run, has_function_word = 0, False
    for token in line.split(None, 16)[:16]:
        word = token.strip("\"'‘’“”:;,()[]")
        if not word or not (word[0].isupper() or word[0].isdigit() or word[0] in "$£€"):
            break
        if run and word.lower() in sw and word[0].isupper():
            has_function_word = True
        run += 1
    return run >= min_run and has_function_word and run < len(line.split(None, 16))


def _analyse(text: str, tuning: Tuning) -> Line:
    stripped = text.strip()
    n_words = count_words(stripped)
    cue = cue_of(stripped, n_words) if stripped else None
    good = cue is None and n_words >= tuning.good_words and bool(_TERMINAL.search(stripped))
    if good and headline_prefix(stripped, tuning.headline_run):
        good = False
    return Line(text=text, words=n_words, cue=cue, good=good)


def count_words(text: str) -> int:
    """Word count, with CJK text (no spaces) counted as one word per two characters."""
    n = len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    return max(n, cjk // 2) if cjk else n


def _scores(lines: list[Line], tuning: Tuning) -> list[float]:
    """Per-line scores for the region search; gains after a comments header are discounted."""
    out: list[float] = []
    factor, good_words = 1.0, 0
    for line in lines:
        if line.cue == "comments" and good_words >= tuning.barrier_after_words:
            out.append(-tuning.barrier_cost)
            factor = tuning.after_barrier
        elif line.cue is not None:
            out.append(-tuning.cue_cost)
        elif line.good:
            good_words += line.words
            out.append(factor * min(line.words, tuning.max_gain))
        else:
            out.append(-(tuning.short_cost + tuning.word_cost * line.words))
    return out


def best_region(scores: list[float]) -> tuple[int, int] | None:
    """The [start, end) run with the highest positive sum (Kadane), or None when none is positive."""
    best, best_span = 0.0, None
    run, start = 0.0, 0
    for i, s in enumerate(scores):
        if run <= 0:
            run, start = 0.0, i
        run += s
        if run > best:
            best, best_span = run, (start, i + 1)
    return best_span


def _after_related(lines: list[Line]) -> None:
    """Lines under a "Related stories" header that do not read as body are teasers."""
    in_list = False
    for line in lines:
        if line.words == 0:
            continue
        if line.cue == "related":
            line.cue, in_list = "teaser", True
        elif in_list and not line.good:
            line.cue = line.cue or "teaser"
        elif in_list:
            in_list = False


def _mark_repeats(lines: list[Line]) -> None:
    """Flag lines that occur twice or more (menus, teaser titles, section labels... or a recipe's steps)."""
    seen: dict[str, int] = {}
    for line in lines:
        key = line.text.strip()
        if key:
            seen[key] = seen.get(key, 0) + 1
    for line in lines:
        if line.cue is None and seen.get(line.text.strip(), 0) > 1:
            line.repeated, line.good = True, False


def _copies_outside(info: list[Line], lo: int, hi: int) -> set[str]:
    """Repeated lines with a copy outside the body region: menu or teaser entries, not body."""
    return {line.text.strip() for i, line in enumerate(info) if line.repeated and not lo <= i <= hi}


def classify(lines: list[str], tuning: Tuning = TUNING) -> list[str | None]:
    """For each line, the reason it is dropped, or None to keep it (blank lines: None)."""
    info = [_analyse(t, tuning) for t in lines]
    _after_related(info)
    _mark_repeats(info)
    content = [i for i, line in enumerate(info) if line.words]
    span = best_region(_scores([info[i] for i in content], tuning))
    lo, hi = (content[span[0]], content[span[1] - 1]) if span else (0, len(info) - 1)
    elsewhere = _copies_outside(info, lo, hi)
    out: list[str | None] = []
    in_comments = False
    for i, line in enumerate(info):
        in_comments = (in_comments or line.cue == "comments") and not lo <= i <= hi
        if not line.words:
            out.append(None if line.text.strip() == "" else "navigation")
        elif line.cue:
            out.append(line.cue)
        elif line.repeated and line.text.strip() in elsewhere:
            out.append("repeated")
        elif lo <= i <= hi:
            out.append(None)
        elif in_comments:
            out.append("comments")
        else:
            out.append("navigation" if line.words <= 4 else "boilerplate")
    return out


def classify_cues(lines: list[str], tuning: Tuning = TUNING) -> list[str | None]:
    """Cue reasons only (no body-region search): for text an extractor already isolated.

    Everything after a comments header is dropped too.
    """
    info = [_analyse(t, tuning) for t in lines]
    _after_related(info)
    out: list[str | None] = []
    ended = False
    for line in info:
        ended = ended or line.cue == "comments"
        out.append("comments" if ended and line.words else line.cue)
    return out


def clean_text(text: str, tuning: Tuning = TUNING) -> tuple[str, list[Removed]]:
    """Split scraped text into the kept body (line breaks kept) and what was removed, with reasons."""
    lines = text.splitlines()
    reasons = classify(lines, tuning)
    kept: list[str] = []
    removed: list[Removed] = []
    for line, reason in zip(lines, reasons, strict=True):
        if reason is None:
            if line.strip() or (kept and kept[-1].strip()):
                kept.append(line.rstrip())
        else:
            removed.append(Removed(text=line.strip(), reason=reason))
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept), removed


def _share_of(text: str, vocabulary: frozenset[str]) -> float:
    """Share of the word tokens of ``text`` (its first 20,000 characters) found in ``vocabulary``."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    return sum(1 for w in words if w in vocabulary) / len(words) if words else 0.0


def other_language_ratio(text: str) -> float:
    """Share of word tokens that are function words of another Latin-script language (0 for no words)."""
    return _share_of(text, other_function_words())


def stopword_ratio(text: str) -> float:
    """Share of word tokens that are English function words (0 for no words)."""
    return _share_of(text, stopwords())
