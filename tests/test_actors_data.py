"""The actor data files load, are well-formed, and each kind of entry is used as intended."""

from __future__ import annotations

import re
import time
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry
import pytest

from newsgraph.actors.gazetteer import Gazetteer, load_gazetteer, load_lexicon, parse_role, split_code
from newsgraph.actors.matching import find_hits

CURATED = resources.files("newsgraph").joinpath("data", "actors", "curated")
SECTOR = re.compile(r"^[A-Z]{3}$")


def _rows(name: str) -> list[list[str]]:
    text = CURATED.joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def test_gazetteer_loads_fast() -> None:
    load_gazetteer.cache_clear()
    t = time.perf_counter()
    gaz = load_gazetteer()
    assert time.perf_counter() - t < 1.5  # ~0.2 s on an idle core; generous for a shared CI box
    assert len(gaz.names) > 20_000 and len(gaz.adjectives) > 300 and len(gaz.agents) > 5_000


def test_every_name_points_to_an_entry() -> None:
    gaz = load_gazetteer()
    missing = [p for p, key in gaz.names.items() if gaz.entry(key) is None]
    assert missing == []


def test_a_dictionary_name_is_found_without_its_arabic_article() -> None:
    """Phoenix's ABDUL_SALAM_AL_MAJALI is also 'Abdul Salam Majali', as the wires often write it."""
    gaz = load_gazetteer()
    full, short = gaz.names.get("abdul salam al majali"), gaz.names.get("abdul salam majali")
    assert full is not None and short == full


def test_every_country_is_an_iso_code() -> None:
    gaz = load_gazetteer()
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    entries = (gaz.entry(key) for key in set(gaz.names.values()))
    bad = {(e.key, e.country) for e in entries if e is not None and e.country is not None and e.country not in iso3}
    assert bad == set()


def test_adjectives_and_agents_are_codes() -> None:
    gaz = load_gazetteer()
    assert all(gaz.entry(f"country:{iso}") is not None for iso in gaz.adjectives.values())
    assert all(SECTOR.match(sector) for sector in gaz.agents.values())


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("CHNGOVMIL", ("CHN", "GOV")),
        ("IGOUNO", (None, "IGO")),
        ("IMGMUSALQ", (None, "REB")),
        ("USA", ("USA", None)),
        ("TMPGOV", ("TLS", "GOV")),  # East Timor's old CAMEO code is Timor-Leste
        ("NGOUSAHRI", ("USA", "NGO")),  # a national NGO is of its country (the ACLU)
        ("NGOAMN", (None, "NGO")),  # guard: Amnesty International is of none
        ("NGOEURHRI", (None, "NGO")),  # guard: a region is no country
    ],
)
def test_split_code(code: str, expected: tuple[str | None, str | None]) -> None:
    assert split_code(code) == expected


def test_parse_role() -> None:
    role = parse_role("20130314 99991231 CHNGOV President")
    assert (role.country, role.sector, role.title) == ("CHN", "GOV", "President")
    assert role.covers("20230317") and not role.covers("20120101")


@pytest.mark.parametrize("row", _rows("leaders.tsv"), ids=lambda r: f"{r[0]}-{r[5]}")
def test_each_curated_leader_term_resolves(row: list[str]) -> None:
    """Inside each term the person holds the title; the day before it they do not (unless a prior term)."""
    gaz: Gazetteer = load_gazetteer()
    key, _name, aliases, _where, title, start, _end = row
    role = gaz.role_at(f"person:{key}", start)
    assert role is not None and role.title == title
    assert all(gaz.names.get(_tok(a)) == f"person:{key}" for a in aliases.split("|")[:1])


@pytest.mark.parametrize("row", _rows("figures.tsv"), ids=lambda r: r[0])
def test_each_figure_has_its_country_and_sector_at_any_date(row: list[str]) -> None:
    """A figure's aliases name them, and their country and sector hold on any day (no term dates)."""
    gaz: Gazetteer = load_gazetteer()
    key, _name, aliases, country, sector = row
    assert all(gaz.names.get(_tok(a)) == f"person:{key}" for a in aliases.split("|"))
    for day in ("1994-06-01", "2024-06-01", None):
        role = gaz.role_at(f"person:{key}", day)
        assert role is not None and (role.country, role.sector) == (country, sector)


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    from spacy.lang.en import English

    return English().tokenizer


def _tok(alias: str) -> str:
    return " ".join(t.lower_ for t in _tokenizer()(alias.lower()))


@pytest.mark.parametrize("row", _rows("countries.tsv"), ids=lambda r: r[0])
def test_country_row(row: list[str]) -> None:
    """Every name and adjective of a curated country row, former names included ('Rhodesia', 'Kampuchean'),
    is that country's, keyed by spaCy's tokens as the gazetteer is."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    iso, _canon, names, adjectives = row

    def key(text: str) -> str:
        return " ".join(t.lower_ for t in tokenizer(text))

    gaz = load_gazetteer()
    found = {n: gaz.names.get(key(n), "") for n in names.split("|")}
    # a city-state's name is its capital's too ('Luxembourg'): that entry names the same country
    assert {n: k.split(":")[1] for n, k in found.items()} == dict.fromkeys(found, iso), found
    adjs = [a for a in adjectives.split("|") if a]
    assert {a: gaz.adjectives.get(key(a)) for a in adjs} == dict.fromkeys(adjs, iso)


@pytest.mark.parametrize("row", _rows("seats.tsv"), ids=lambda r: r[0])
def test_each_seat_maps_to_its_country(row: list[str]) -> None:
    gaz = load_gazetteer()
    phrase, country, kind, sector, _name = row
    entry = gaz.entry(gaz.names[_tok(phrase)])
    assert entry is not None and (entry.country, entry.kind, entry.sector) == (country, kind, sector)


@pytest.mark.parametrize("row", _rows("organisations.tsv"), ids=lambda r: r[0])
def test_each_organisation_alias_finds_it(row: list[str]) -> None:
    gaz = load_gazetteer()
    key, _name, aliases, kind, country, sector, code = row
    for alias in aliases.split("|"):
        found = gaz.entry(gaz.names.get(_tok(alias), ""))
        assert found is not None and found.key == f"org:{key.lower()}", alias
        assert (found.kind, found.country, found.sector, found.code) == (
            kind,
            country or None,
            sector or None,
            code or None,
        )


@pytest.mark.parametrize("row", _rows("capitals.tsv"), ids=lambda r: r[0])
def test_each_capital_is_a_seat_of_government(row: list[str]) -> None:
    gaz = load_gazetteer()
    entry = gaz.entry(gaz.names[_tok(row[0])])
    assert entry is not None and (entry.kind, entry.country) == ("capital", row[1])
    assert gaz.government(row[1]) is not None


@pytest.mark.parametrize("row", _rows("agents.tsv"), ids=lambda r: r[0])
def test_each_curated_agent_is_found(row: list[str]) -> None:
    assert load_gazetteer().agents[_tok(row[0])] == row[1]


def test_lexicon_loads() -> None:
    lex = load_lexicon()
    assert {"locative_preps", "motion_verbs", "speech_verbs", "person_pronouns"} <= set(lex)
    assert "to" in lex["locative_preps"] and "visit" in lex["motion_verbs"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The us team", []),  # lower-case "us" is not the United States
        ("The US team", [("NAME", "The US", "country:USA")]),
        ("Chinese officials", [("ADJ", "Chinese", "CHN")]),
    ],
)
def test_find_hits_case(nlp: object, text: str, expected: list[tuple[str, str, str]]) -> None:
    from spacy.language import Language

    assert isinstance(nlp, Language)
    doc = nlp.make_doc(text)
    named, _agents = find_hits(doc)
    assert [(h.label, doc[h.start : h.end].text, h.value) for h in named] == expected


@pytest.mark.parametrize("row", _rows("peoples.tsv"), ids=lambda r: r[0])
def test_each_people_form_gives_its_country(row: list[str]) -> None:
    gaz = load_gazetteer()
    iso, forms = row
    for form in forms.split("|"):
        assert gaz.adjectives.get(_tok(form)) == iso or _tok(form) in gaz.names, form


@pytest.mark.parametrize("row", _rows("regions.tsv"), ids=lambda r: r[0])
def test_each_region_is_a_place_of_its_country(row: list[str]) -> None:
    gaz = load_gazetteer()
    entry = gaz.entry(gaz.names[_tok(row[0])])
    assert entry is not None and (entry.kind, entry.country) == ("place", row[1])


@pytest.mark.parametrize("row", _rows("media.tsv"), ids=lambda r: r[0])
def test_each_medium_is_med_of_its_country(row: list[str]) -> None:
    gaz = load_gazetteer()
    for alias in row[2].split("|"):
        entry = gaz.entry(gaz.names[_tok(alias)])
        assert entry is not None and (entry.sector, entry.country) == ("MED", row[3]), alias


@pytest.mark.parametrize("row", _rows("acting_seats.tsv"), ids=lambda r: r[0])
def test_each_acting_seat_stands_for_its_organisation(row: list[str]) -> None:
    gaz = load_gazetteer()
    capital = gaz.entry(gaz.names[_tok(row[0])])
    assert capital is not None and capital.kind == "capital"
    acting = gaz.acting(capital)
    assert acting is not None and acting.key == f"org:{row[1].lower()}"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Francois Mitterand", "person:francois_mitterrand"),  # one letter missing
        ("Abdelaziz Bouteflicka", "person:abdelaziz_bouteflika"),  # one letter extra
        ("Laurent Gbago", "person:laurent_gbagbo"),
        ("François Mitterrand", "person:francois_mitterrand"),  # accents folded
        ("Suharto", "person:suharto"),  # one-word name
        ("Mitterand", None),  # a lone misspelt surname shared by two people stays unresolved
        ("John Smithh", None),
    ],
)
def test_find_person_exact_fuzzy_and_mononyms(name: str, expected: str | None) -> None:
    assert load_gazetteer().find_person(name, None) == expected


@pytest.mark.parametrize(
    ("title", "name", "expected"),
    [
        ("President", "Clinton", "person:bill_clinton"),  # Phoenix: +PRESIDENT_CLINTON under BILL_CLINTON_
        ("president", "Mubarak", "person:hosni_mubarak"),
        ("Secretary of State", "Clinton", "person:hillary_clinton"),
        ("President", "Bill Clinton", None),  # a full name is find_person's job
        ("President", "Smith", None),
    ],
)
def test_titled_person(title: str, name: str, expected: str | None) -> None:
    gaz = load_gazetteer()
    assert gaz.find_person(name, None) is None or expected is None  # the surname alone is ambiguous
    assert gaz.titled_person(title, name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mitterrand", "FRA"),
        ("Francois Mitterrand", None),  # not a surname alone
        ("Clinton", "USA"),  # two US leaders and a Haitian minister: the country is known, the person not
        ("Mubarak", "EGY"),
        ("Jiang", "CHN"),  # Jiang Zemin led China; a Taiwanese premier with no known end counts a year
        ("Hussein", None),  # King Hussein and Saddam Hussein each led for decades
        ("Gonzalez", None),  # Spain's long-serving premier, but 3 of 19 namesakes: a name of many countries
        ("Hernandez", None),
        ("Khan", "PAK"),  # most namesakes Pakistani too
    ],
)
def test_surname_country(name: str, expected: str | None) -> None:
    gaz = load_gazetteer()
    assert gaz.surname_country(name) == expected
    assert " " in name or gaz.find_person(name, None) is None  # who a surname alone names stays open


@pytest.mark.parametrize("demonym", ["american", "samoan", "puerto rican", "greenlander"])
def test_no_demonym_names_a_territory(demonym: str) -> None:
    gaz = load_gazetteer()  # Phoenix's "SAMOA_(AMERICAN)" once made "American" American Samoa
    assert demonym in gaz.adjectives and not gaz.names.get(demonym, "").startswith("org:")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Quatar", "QAT"), ("Ghanians", "GHA"), ("Nigerien", None), ("Mali", None), ("Chinaa", "CHN")],
)
def test_fuzzy_country(word: str, expected: str | None) -> None:
    assert load_gazetteer().fuzzy_country(word) == expected


@pytest.mark.parametrize(
    ("town", "expected"),
    [("Cizre", "TUR"), ("Bocaranga", "CAF"), ("Blantyre", None), ("Samarra", "IRQ"), ("Gorazde", "BIH")],
)
def test_towns(town: str, expected: str | None) -> None:
    # Blantyre is a city of ≥ 250k: a gazetteer name, not a town; geonames spells the last two 'Sāmarrā’' and
    # 'Goražde', news without the accents
    assert load_gazetteer().town(town) == expected


def test_a_plain_spelling_is_no_name() -> None:
    """A large city's name without accents is looked up only as a town (for a place NER found): 'Sale' opening
    a sentence is no Salé."""
    assert "sale" not in load_gazetteer().names


@pytest.mark.parametrize("row", _rows("companies.tsv"), ids=lambda r: r[0])
def test_each_company_is_bus_of_its_country(row: list[str]) -> None:
    gaz = load_gazetteer()
    for alias in row[2].split("|"):
        entry = gaz.entry(gaz.names[_tok(alias)])
        assert entry is not None and (entry.kind, entry.sector, entry.country) == ("organisation", "BUS", row[3]), alias


@pytest.mark.parametrize("row", _rows("dated_names.tsv"), ids=lambda r: f"{r[0]}-{r[1]}")
def test_a_dated_name_stands_for_its_country_on_its_days(row: list[str]) -> None:
    """Each dated_names.tsv row is what the name gives on its first (or last) day; undated, the latest row."""
    name, iso, start, end = row
    gaz = load_gazetteer()
    day = start or end
    assert gaz.name_on(_tok(name), day) == f"country:{iso}"
    latest = max((r for r in _rows("dated_names.tsv") if r[0] == name), key=lambda r: r[2])
    assert gaz.name_on(_tok(name), None) == f"country:{latest[1]}"


@pytest.mark.parametrize("row", _rows("territories.tsv"), ids=lambda r: r[0])
def test_no_territory_seat_acts_as_a_government(row: list[str]) -> None:
    gaz = load_gazetteer()
    seats = [e for k in set(gaz.names.values()) if (e := gaz.entry(k)) is not None and e.kind == "capital"]
    assert all(e.country != row[0] for e in seats)


def test_a_states_capital_beats_a_territorys_of_the_same_name() -> None:
    """Kingston is Jamaica's seat, not Norfolk Island's (both capitals in geonames)."""
    gaz = load_gazetteer()
    entry = gaz.entry(gaz.names["kingston"])
    assert entry is not None and (entry.kind, entry.country) == ("capital", "JAM"), entry


@pytest.mark.parametrize("row", _rows("territories.tsv"), ids=lambda r: r[0])
def test_a_dependency_folds_into_its_controlling_state(row: list[str]) -> None:
    """territories.tsv's sovereign column is what the gazetteer folds a dependency into (blank: kept)."""
    import pycountry

    sovereign = row[2] if len(row) > 2 else ""
    assert load_gazetteer().sovereigns.get(row[0], "") == sovereign
    assert not sovereign or pycountry.countries.get(alpha_3=sovereign) is not None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("pedersen", "pederson", True),
        ("pedersen", "pedersen", False),
        ("mugabe", "mugab", True),
        ("gbago", "gbagbo", True),
        ("abc", "acb", False),
        ("putin", "putina", True),
        ("xi", "wang", False),
    ],
)
def test_one_edit(a: str, b: str, expected: bool) -> None:
    from newsgraph.actors.gazetteer import one_edit

    assert one_edit(a, b) is expected


@pytest.mark.parametrize(("spelling", "country"), [("basra", "IRQ"), ("kerbala", "IRQ"), ("lattakia", "SYR")])
def test_city_spelling_variants_are_places(spelling: str, country: str) -> None:
    """geonames' close alternate spellings of a large city find it ('Basra' for 'Basrah')."""
    gaz = load_gazetteer()
    entry = gaz.entry(gaz.names[spelling])
    assert entry is not None and (entry.kind, entry.country) == ("place", country)


def test_spelling_variants_keep_only_close_latin_names() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    got = mod.spelling_variants("Basrah", ["Al Basrah", "Al-Basra", "BSR", "Basra", "Bassorah", "البصرة", "Basrah"])
    assert got == ["Al-Basra", "Basra", "Bassorah"]  # not the code, the Arabic script, nor the same name


@pytest.mark.parametrize("family_name", ["Kim", "Li"])
def test_a_family_name_first_is_a_surname(family_name: str) -> None:
    """'Kim Dae-jung', 'Li Peng': the family name comes first, so 'Kim' alone is the surname of many Koreans,
    not of the one person whose name ends in it (Phoenix's Kazakh 'Georgiy Kim')."""
    gaz = load_gazetteer()
    found = gaz.find_person(family_name, "2025-03-01")
    assert found is None or (gaz.entry(found) is not None and gaz.entry(found).country in ("KOR", "PRK", "CHN"))


def test_someone_out_of_office_keeps_the_office_nearest_in_time() -> None:
    """Kofi Annan in 1995, two years before he led the UN, is still the UN's man, not a nobody."""
    from newsgraph.model import RawDocument
    from newsgraph.pipeline import extract

    text = "Kofi Annan said on Monday that the talks would continue."
    rec = extract(RawDocument(origin="t", content=text, kind="text", published="1995-06-01"))
    annan = [a for a in rec.actors if a.key == "person:kofi_annan"]
    assert annan and (annan[0].code or "").startswith("IGO"), [(a.name, a.country, a.code) for a in rec.actors]


@pytest.mark.parametrize("row", _rows("us_state_abbreviations.tsv"), ids=lambda r: r[0])
def test_a_state_abbreviation_qualifies_a_town_as_american(row: list[str]) -> None:
    """Each AP abbreviation is a US qualifier, and its state a US place ('Georgia' and 'Washington' name a
    country and a capital first; as qualifiers they are American too)."""
    gaz = load_gazetteer()
    abbreviation = " ".join(t.lower_ for t in _tokenizer()(row[0]))
    assert gaz.qualifiers.get(abbreviation) == ["USA"], abbreviation
    assert "USA" in gaz.qualifiers[row[1].lower()]


def test_a_province_several_countries_name_qualifies_for_each() -> None:
    """Punjab is India's and Pakistan's: a town's own country decides; no one-country place 'Punjab' is made."""
    gaz = load_gazetteer()
    assert set(gaz.qualifiers["punjab"]) == {"IND", "PAK"}
    entry = gaz.entry(gaz.names.get("punjab", ""))
    assert entry is None or entry.country != "IND", entry


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("texas", "USA"),
        ("florida", "USA"),
        ("new mexico", "USA"),
        ("ontario", "CAN"),
        ("kerala", "IND"),
        ("sichuan", "CHN"),
    ],
)
def test_a_state_or_province_is_a_place_of_its_country(name: str, country: str) -> None:
    gaz = load_gazetteer()
    entry = gaz.entry(gaz.names[name])
    assert entry is not None and (entry.kind, entry.country) == ("place", country), entry
