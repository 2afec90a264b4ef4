"""Table tests for time-expression extraction and normalisation (newsgraph.times)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from newsgraph.times import extract_times
from newsgraph.times.calendar import fmt, parse_anchor, place_weekday, place_year, shift
from newsgraph.times.lexicon import load_lexicon

PUB = "2023-03-17"  # a Friday, ISO week 11

# (sentence, publication date, expected (text, value, granularity) found somewhere in the output)
CASES = [
    ("Xi will be in Russia from March 20-22 for a state visit.", PUB, ("March 20-22", "2023-03-20", "day")),
    ("The Kremlin said on Friday that the visit was agreed.", PUB, ("Friday", "2023-03-17", "day")),
    ("Last month, Putin hosted Wang Yi in Moscow.", PUB, ("Last month", "2023-02", "month")),
    ("They struck a partnership in February 2022.", PUB, ("February 2022", "2022-02", "month")),
    ("Xi has met Putin often, most recently in September.", PUB, ("September", "2022-09", "month")),
    ("Xi will visit Moscow again in September.", PUB, ("September", "2023-09", "month")),
    ("A US report from last week was rejected.", PUB, ("last week", "2023-W10", "week")),
    # in a Sunday paper 'last week' is the working week just ended, the ISO week of that Sunday
    ("Trump last week issued a string of tariff decisions.", "2025-03-09", ("last week", "2025-W10", "week")),
    ("Trump last week issued a string of tariff decisions.", "2025-03-08", ("last week", "2025-W09", "week")),  # guard
    ("It is his first visit in nearly four years.", PUB, ("nearly four years", "P4Y", "duration")),
    ("The talks will resume next week.", PUB, ("next week", "2023-W12", "week")),
    ("Prices rose over the past six months.", PUB, ("the past six months", "P6M", "duration")),
    ("The plant should open by mid-2024.", PUB, ("mid-2024", "2024", "year")),
    ("The talks collapsed two weeks ago.", PUB, ("two weeks ago", "2023-W09", "week")),
    ("Earlier this year the ministers met.", PUB, ("Earlier this year", "2023", "year")),
    ("This year the harvest failed.", PUB, ("This year", "2023", "year")),
    ("A year ago the border was closed.", PUB, ("A year ago", "2022", "year")),
    ("The army has held the town since 2014.", PUB, ("2014", "2014", "year")),
    ("Inflation peaked in the 1990s.", PUB, ("the 1990s", "199", "decade")),
    ("The firm recently cut jobs.", PUB, ("recently", "PAST_REF", "unknown")),
    ("The talks are now stalled.", PUB, ("now", "PRESENT_REF", "unknown")),
    ("He currently lives in Paris.", PUB, ("currently", "PRESENT_REF", "unknown")),
    ("They met on Monday.", PUB, ("Monday", "2023-03-13", "day")),
    ("They will meet on Monday.", PUB, ("Monday", "2023-03-20", "day")),
    ("The strike ended Thursday night.", PUB, ("Thursday night", "2023-03-16TNI", "time")),
    ("Results for the first quarter of 2023 were weak.", PUB, ("the first quarter of 2023", "2023-Q1", "quarter")),
    ("The drought began last summer.", PUB, ("last summer", "2022-SU", "season")),
    ("Europe changed in the 20th century.", PUB, ("20th century", "19", "century")),
    ("Inspectors visit every week.", PUB, ("every week", "P1W", "set")),
    ("The market opens at 9:30 a.m.", PUB, ("9:30 a.m.", "2023-03-17T09:30", "time")),
    ("The vote was held on March 3, 2021.", PUB, ("March 3, 2021", "2021-03-03", "day")),
    ("The ceasefire began on 12 January.", PUB, ("12 January", "2023-01-12", "day")),
    ("The deal was signed in June last year.", PUB, ("June last year", "2022-06", "month")),
    ("The siege lasted three-month.", PUB, ("three-month", "P3M", "duration")),
    ("The meeting ended yesterday.", PUB, ("yesterday", "2023-03-16", "day")),
    ("The report is due to be published in May.", PUB, ("May", "2023-05", "month")),
    ("Turnout fell between 2019 and 2021.", PUB, ("2019 and 2021", "2019", "year")),
    ("The summit was in September.", None, ("September", "XXXX-09", "month")),
    ("The summit was last month.", None, ("last month", None, "month")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_time_expressions(nlp, sentence: str, published: str | None, expected: tuple[str, str | None, str]) -> None:  # type: ignore[no-untyped-def]
    found = [(t.text, t.value, t.granularity) for t in extract_times(nlp(sentence), published)]
    assert expected in found


RANGES = [
    ("Xi will be in Russia from March 20-22.", ("2023-03-20", "2023-03-22")),
    ("The games run from March 20 to 22.", ("2023-03-20", "2023-03-22")),
    ("Turnout fell between 2019 and 2021.", ("2019", "2021")),
]


@pytest.mark.parametrize(("sentence", "expected"), RANGES)
def test_ranges(nlp, sentence: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    times = extract_times(nlp(sentence), PUB)
    assert [(t.value, t.end_value) for t in times] == [expected]


NOTHING = [
    "May I ask you a question?",
    "You may go now if you wish, they may say.",
    "Thousands joined the march through the capital.",
    "Xi Jinping met Vladimir Putin in Moscow.",
    "The army sent 2000 troops and 1500 tanks.",
    "The deal is worth $2019 million.",
    "April Ryan asked the president a question.",
    "Athletes gathered for the Winter Olympics.",
    "Prices fall when supply rises.",
    "A second group of companies followed.",
    "The firm pays $2 million a year in interest.",
    "He is a 60-year-old farmer.",
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_no_false_positives(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = [t.text for t in extract_times(nlp(sentence), PUB) if t.text.lower() != "now"]
    assert found == []


def test_spans_point_into_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Friday, officials said talks held last week would resume in April."
    for t in extract_times(nlp(text), PUB):
        assert text[t.start : t.end] == t.text


ANCHORS = [
    ("2023-03-17", dt.date(2023, 3, 17)),
    ("2023-03-17T10:00:00Z", dt.date(2023, 3, 17)),
    ("17 March", None),
    ("", None),
    (None, None),
    ("2023-02-30", None),
]


@pytest.mark.parametrize(("text", "expected"), ANCHORS)
def test_parse_anchor(text: str | None, expected: dt.date | None) -> None:
    assert parse_anchor(text) == expected


CALENDAR = [
    (fmt(shift(dt.date(2023, 3, 17), -1, "W"), "W"), "2023-W10"),
    (fmt(shift(dt.date(2023, 1, 2), -1, "M"), "M"), "2022-12"),
    (fmt(shift(dt.date(2023, 3, 31), -1, "M"), "D"), "2023-02-28"),
    (fmt(dt.date(2023, 5, 1), "Q"), "2023-Q2"),
    (fmt(dt.date(1994, 5, 1), "DE"), "199"),
    (str(place_year(9, 15, dt.date(2023, 3, 17), -1)), "2022"),
    (str(place_year(9, 15, dt.date(2023, 3, 17), 1)), "2023"),
    (str(place_year(2, 15, dt.date(2023, 3, 17), 1)), "2023"),
    (place_weekday(5, dt.date(2023, 3, 17), -1, strict=True).isoformat(), "2023-03-10"),
    (place_weekday(1, dt.date(2023, 3, 17), 0).isoformat(), "2023-03-20"),
]


@pytest.mark.parametrize(("got", "expected"), CALENDAR)
def test_calendar(got: str, expected: str) -> None:
    assert got == expected


def test_data_files_parse() -> None:
    lex = load_lexicon()
    assert len(lex.rules) >= 20
    rules = json.loads(resources.files("newsgraph").joinpath("data", "times", "rules.json").read_text())
    assert {r["name"] for r in rules["rules"]} == {r.name for r in lex.rules}


def test_every_rule_has_a_handler() -> None:
    from newsgraph.times.normalise import HANDLERS

    assert {r.name for r in load_lexicon().rules} <= set(HANDLERS)
