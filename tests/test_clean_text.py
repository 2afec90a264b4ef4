"""Table tests for the scraped-text line classifier and the data files behind it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.clean.lexicon import residue, stopwords
from newsgraph.clean.lines import TUNING, clean_text, cue_of, headline_prefix

BODY = (
    "The finance minister said on Tuesday that the government would raise the fuel tax next year "
    "to close a widening budget gap."
)
BODY2 = "Opposition lawmakers said they would vote against the measure when it reaches parliament next month."


def test_data_files_parse() -> None:
    assert len(residue().rules) >= 5
    assert {"the", "and", "of"} <= stopwords()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('China and Russia struck a "no limits" partnership in 2022. Photo: Reuters', "caption"),
        ("Protesters gather outside parliament on Monday. (AFP)", "caption"),
        ("Titan in false colour, 2004. (NASA/JPL/Space Science Institute)", "caption"),
        ("Trump asked voters for a big win. Credit... Doug Mills/The New York Times", "caption"),
        ("By Jane Smith", "byline"),
        ("(Reporting by Will Dunham; Editing by Tom Brown)", "byline"),
        ("Police scrutiny of the developer has complicated debt restructuring efforts by the…", "teaser"),
        ("Read more: Alibaba poised to launch record-breaking listing", "teaser"),
        ("Share this article", "share-prompt"),
        ("Sign up for our free daily newsletter delivered to your inbox", "share-prompt"),
        ("Home > News > World", "navigation"),
        ("We use cookies to improve your experience. By continuing you accept our cookie policy.", "cookie"),
        ("Updated 19 Nov 2019, 6:21 AM EST", "dateline"),
        ("12 comments", "comments"),
        ("© 2019 Example Media. All rights reserved.", "boilerplate"),
        (BODY, None),
        ('"We will not back down," she said.', None),
        ("Beijing has not confirmed this.", None),
        ("Reuters reported the talks had stalled, according to two sources.", None),
    ],
)
def test_cue_of(line: str, expected: str | None) -> None:
    assert cue_of(line, len(line.split())) == expected


@pytest.mark.parametrize(
    ("text", "kept", "reasons"),
    [
        ("Xi visited Moscow.", "Xi visited Moscow.", []),
        (f"{BODY}\nIt worked.\n{BODY2}", f"{BODY}\nIt worked.\n{BODY2}", []),
        (f'{BODY}\n"No," he said.\n{BODY2}', f'{BODY}\n"No," he said.\n{BODY2}', []),
        (f"Officials at the ministry. Photo: AP\n{BODY}\n{BODY2}", f"{BODY}\n{BODY2}", ["caption"]),
        (f"{BODY}\n{BODY2}\nShares fell after the central bank said it…", f"{BODY}\n{BODY2}", ["teaser"]),
        (f"Home\nWorld\nSport\n{BODY}\n\n{BODY2}", f"{BODY}\n\n{BODY2}", ["navigation"] * 3),
        (
            f"{BODY}\n{BODY2}\n3 comments\nGreat article, thanks for writing it up so clearly for everyone.",
            f"{BODY}\n{BODY2}",
            ["comments", "comments"],
        ),
    ],
)
def test_clean_text(text: str, kept: str, reasons: list[str]) -> None:
    body, removed = clean_text(text)
    assert body == kept
    assert [r.reason for r in removed] == reasons


def test_seed_story(shared_data: Path) -> None:
    raw = (shared_data / "seed" / "scmp-xi-russia-visit.txt").read_text(encoding="utf-8")
    lines = raw.splitlines()
    body, removed = clean_text(raw)
    assert body.splitlines() == lines[1:15]
    assert [r.reason for r in removed] == ["caption"] + ["teaser"] * 6


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left without paying.", True),
        ("Police: 2 In Custody After Death Of Student A 24-year-old woman was arrested on Monday.", True),
        ("The United Nations Security Council met on Monday to discuss the crisis in the region.", False),
        ("Chinese President Xi Jinping will be in Russia from March 20-22 for a state visit.", False),
        ("Bank Of America", False),  # a short Title Case name, nothing glued after it
    ],
)
def test_headline_prefix(line: str, expected: bool) -> None:
    assert headline_prefix(line, TUNING.headline_run) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Protesters do not want Hong Kong to lose its autonomy (Image: getty )", "caption"),
        ("[ 167 comments ]", "comments"),
        ("Top Rated Comments", "comments"),
        ("Milan Smith on September 12, 2018 at 4:47 pm said:", "comments"),
        ("Consult your physician before beginning any exercise program or diet.", "boilerplate"),
        ("The claims have not been evaluated by regulators, the ministry said.", None),
    ],
)
def test_new_cues(line: str, expected: str | None) -> None:
    assert cue_of(line, len(line.split())) == expected


BODY3 = "The central bank is expected to keep interest rates on hold when its board meets in two weeks."
THREAD = "\n".join(
    f"Reader {i} thinks the tax is a terrible idea and that the minister should resign over it at once."
    for i in range(5)
)
TEASERS = "\n".join(
    f"Minister Says Yes To Plan {i} Officials said the measure would pass later this week in the capital."
    for i in range(6)
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a "Comments" link above the story is navigation, not the end of the article
        (f"Home\nComments\n{BODY}\n{BODY2}", f"{BODY}\n{BODY2}"),
        # a real comments header after the story: the (longer) thread below is not the body
        (f"{BODY}\n{BODY2}\n{BODY3}\nComments\n{THREAD}", f"{BODY}\n{BODY2}\n{BODY3}"),
        # a line repeated inside the story (a recipe step) stays when no copy lies outside it
        (f"Menu\n{BODY}\nStir well\n{BODY2}\nStir well\n{BODY3}", f"{BODY}\nStir well\n{BODY2}\nStir well\n{BODY3}"),
        # a block of "Headline Glued To Snippet" teasers does not outweigh the story
        (f"{TEASERS}\nWeather\n{BODY}\n{BODY2}", f"{BODY}\n{BODY2}"),
    ],
)
def test_body_search(text: str, kept: str) -> None:
    assert clean_text(text)[0] == kept
