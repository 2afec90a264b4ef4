"""The actor gazetteer: countries, capitals, seats of government, organisations, groups, office-holders
with dated roles and agent (sector) phrases, loaded once from ``newsgraph/data/actors/``.

The data is built by ``scripts/build_gazetteer.py``; see ``newsgraph/data/actors/README.md`` for sources.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import pycountry

from newsgraph.errors import NewsgraphError

OPEN_END = "99991231"
_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "mr", "mrs", "ms", "dr"}
# countries whose names put the family name first, as the press keeps it ("Jiang Zemin", "Kim Dae-jung")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})
# countries whose names have no family name, so the press calls a person by the first one ("Abiy Ahmed" is
# "Abiy", "Mengistu Haile Mariam" "Mengistu", "Isaias Afwerki" "Isaias")
GIVEN_NAME_USED = frozenset({"ETH", "ERI"})
_FIRST_WORD_NAMED = FAMILY_NAME_FIRST | GIVEN_NAME_USED  # a person also found by the first word of the name
FUZZY_MIN_LEN = 5  # surnames shorter than this are matched exactly only
FUZZY_ALONE_LEN = 7  # a surname given alone must be this long to be matched approximately


class GazetteerError(NewsgraphError):
    """The packaged actor data is missing or malformed (a broken install, not bad input)."""

    reason = "gazetteer"


@dataclass(frozen=True, slots=True)
class Entry:
    """One canonical gazetteer actor. ``kind`` may also be ``capital`` (a seat of government)."""

    key: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    code: str | None


@dataclass(frozen=True, slots=True)
class Role:
    """An office held from ``start`` to ``end`` inclusive (``YYYYMMDD``), coded CAMEO-style."""

    start: str
    end: str
    code: str
    country: str | None
    sector: str | None
    title: str | None

    def covers(self, day: str) -> bool:
        return self.start <= day <= self.end


SURNAME_LEAD = 3.0  # how many times longer one country's namesakes must have led it for a surname alone
SURNAME_SHARE = 1 / 3  # the least share of all namesakes that country must hold ('Gonzalez' is no Spaniard's)
NON_STATE_SECTORS = frozenset({"REB", "INS", "SEP", "UAF"})  # offices of armed groups, not of their country


# CAMEO country codes in the Phoenix files that are not ISO 3166 alpha-3 (successor state for old ones)
CAMEO_ISO: dict[str, str] = {
    "ANG": "AGO",
    "KSV": "XKX",
    "YUG": "SRB",
    "SCG": "SRB",
    "FRY": "SRB",
    "SRP": "SRB",
    "USR": "RUS",
    "SUN": "RUS",
    "DDR": "DEU",
    "FRN": "FRA",
    "CSK": "CZE",
    "TMP": "TLS",  # East Timor's old code (ISO 3166-3 TPTL); Timor-Leste since 2002
}


def cameo_code(country: str | None, sector: str | None) -> str | None:
    """The CAMEO-style actor code of a country and a sector ("USAGOV", "IGO", "RUS"), None for neither."""
    return f"{country or ''}{sector or ''}" or None


def split_code(code: str) -> tuple[str | None, str | None]:
    """CAMEO actor code → (country, sector): ``CHNGOVMIL`` → (CHN, GOV); ``IGOUNO`` → (None, IGO); a national
    NGO is of its country: ``NGOUSAHRI`` → (USA, NGO), ``NGOAMN`` → (None, NGO)."""
    code = code.strip("~")
    if code.startswith("NGO"):
        national = len(code) >= 6 and pycountry.countries.get(alpha_3=code[3:6]) is not None
        return (code[3:6] if national else None), "NGO"
    for prefix, sector in (("IGO", "IGO"), ("IMG", "REB"), ("MNC", "BUS")):
        if code.startswith(prefix):
            return None, sector
    if len(code) < 3:
        return None, None
    return CAMEO_ISO.get(code[:3], code[:3]), (code[3:6] or None)


def parse_role(text: str) -> Role:
    """``"20130314 99991231 CHNGOV President"`` → Role."""
    parts = text.split(" ", 3)
    if len(parts) < 3:
        raise GazetteerError(f"bad role line in actor gazetteer: {text!r}")
    country, sector = split_code(parts[2])
    return Role(parts[0], parts[1], parts[2], country, sector, parts[3] if len(parts) > 3 else None)


class Gazetteer:
    """Lookup tables over the packaged data; build once with ``load_gazetteer()``.

    Person entries and their roles are decoded lazily (there are ~17k), so loading stays fast.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self._entries: dict[str, Entry] = {k: Entry(k, *v) for k, v in data["entries"].items()}
        self._persons: dict[str, list[Any]] = data["persons"]
        self._roles: dict[str, list[Role]] = {}
        self.names: dict[str, str] = data["names"]
        self.adjectives: dict[str, str] = data["adjectives"]
        self.agents: dict[str, str] = data["agents"]
        self._holders: dict[str, list[str]] = data["holders"]
        self.mononyms: dict[str, str] = data.get("mononyms", {})
        self.towns: dict[str, str] = data.get("towns", {})
        self._acting: dict[str, str] = data.get("acting", {})
        self.peoples: frozenset[str] = frozenset(data.get("peoples", []))  # "baloch": a people with its own country
        self._titled: dict[str, str] = data.get("titled", {})  # "president clinton" → person key
        self.sovereigns: dict[str, str] = data.get("sovereigns", {})  # a dependency → its controlling state
        self.qualifiers: dict[str, list[str]] = data.get("qualifiers", {})  # 'ala.', 'ontario' → its countries
        self.dated: dict[str, list[list[str]]] = data.get("dated", {})  # 'congo' → [from, to, key] rows
        self.namesakes: dict[str, list[str]] = data.get("namesakes", {})  # 'tripoli' → ['LBN']: other large towns
        self._surnames: dict[str, list[str]] | None = None
        self._fuzzy: dict[str, str | None] = {}  # memo of fuzzy_country (names recur across articles)
        self._near: dict[str, list[str]] = {}  # memo of _near_surnames
        self._given: frozenset[str] | None = None

    def entry(self, key: str) -> Entry | None:
        """The canonical entry of ``key`` (persons included)."""
        found = self._entries.get(key)
        if found is None and key in self._persons:
            name, country, _ = self._persons[key]
            found = self._entries[key] = Entry(key, name, "person", country, None, None)
        return found

    def place_in(self, place: Entry, country: str) -> Entry:
        """``place``'s namesake in ``country`` ('Tripoli, Lebanon'; 'Birmingham, Ala.'): a place, never a seat of
        government, kept under its own key so that every mention of it joins one actor."""
        key = f"{place.key}@{country}"
        found = self._entries.get(key)
        if found is None:
            found = self._entries[key] = Entry(key, place.name, "place", country, None, country)
        return found

    def name_on(self, phrase: str, day: str | None) -> str:
        """The entry key a (token-keyed, lower-case) name of the table stands for on ``day``: a name whose
        country changed ('Congo', the DRC since May 1997) takes the row covering the day; undated text, or a day
        no row covers, the name's plain entry (the latest row)."""
        rows = self.dated.get(phrase)
        if rows is None or day is None:
            return self.names[phrase]
        d = day[:10]
        covering = (key for start, end, key in rows if (not start or start <= d) and (not end or d <= end))
        return next(covering, self.names[phrase])

    def roles(self, key: str) -> list[Role]:
        """Every dated role of a person key (empty for others)."""
        if key not in self._roles:
            raw = self._persons.get(key)
            self._roles[key] = [parse_role(r) for r in raw[2]] if raw else []
        return self._roles[key]

    def role_at(self, key: str, day: str | None) -> Role | None:
        """The role ``key`` held on ``day`` (``YYYY-MM-DD``); the latest titled role when no date is known."""
        roles = self.roles(key)
        if not roles:
            return None
        if day is None:
            return max(roles, key=lambda r: (r.title is not None, r.end))
        d = day.replace("-", "")[:8]
        hits = [r for r in roles if r.covers(d)]
        return max(hits, key=lambda r: (r.title is not None, r.start)) if hits else None

    def nearest_role(self, key: str, day: str) -> Role | None:
        """The role of ``key`` nearest in time to ``day`` when none covers it: who someone out of office was
        closest to then ('Kofi Annan' in 1995, two years before he led the UN)."""
        d = int(day.replace("-", "")[:8])
        roles = [r for r in self.roles(key) if r.start[:8].isdigit() and r.end[:8].isdigit()]

        def gap(r: Role) -> int:
            start, end = int(r.start[:8]), int(r.end[:8])
            return 0 if start <= d <= end else min(abs(d - start), abs(d - end))

        return min(roles, key=gap) if roles else None

    def holder(self, country: str, title: str, day: str | None, code: str | None = None) -> str | None:
        """Key of the one person holding ``title`` for ``country`` on ``day`` (latest holder if no date): of the
        group coded ``code`` ("the Hamas leader"), else of the state ("the Palestinian leader" is no rebel)."""
        title = title.lower()
        found: list[tuple[Role, str]] = []
        for key in self._holders.get(f"{country}|{title}", []):
            for role in self.roles(key):
                if role.country != country or (role.title or "").lower() != title:
                    continue
                if role.code == code if code else role.sector not in NON_STATE_SECTORS:
                    found.append((role, key))
        if day is not None:
            d = day.replace("-", "")[:8]
            keys = {k for r, k in found if r.covers(d)}
        else:
            keys = {max(found, key=lambda c: c[0].end)[1]} if found else set()
        return keys.pop() if len(keys) == 1 else None

    def find_person(self, name: str, day: str | None) -> str | None:
        """A gazetteer person whose name contains every word of ``name`` ("Mugabe", "Omar El Bashir").

        Unique among those in office on ``day`` (or unique overall); otherwise None.
        """
        words = [w for w in fold(name).replace("-", " ").split() if w not in _PARTICLES]
        if not words:
            return None
        if len(words) == 1 and words[0] in self.mononyms and words[0] not in self.surnames():
            return self.mononyms[words[0]]
        cands = self._candidates(words, self.surnames().get(words[-1], []))
        alone = len(words) == 1
        if not cands and len(words[-1]) >= (FUZZY_ALONE_LEN if alone else FUZZY_MIN_LEN):  # "Mitterand", "Gbago"
            cands = self._candidates(words, self._near_surnames(words[-1]), fuzzy_last=True)
            if len(words) == 1 and len(set(cands)) > 1:
                return None
        if len(cands) > 1 and day is not None:
            cands = [k for k in cands if self.role_at(k, day) is not None]
        return cands[0] if len(set(cands)) == 1 else None

    def titled_person(self, title: str, name: str) -> str | None:
        """The person a title and a surname name together in the dictionaries ("President Clinton" → Bill
        Clinton, "President Mubarak" → Hosni Mubarak), for a surname that alone is ambiguous."""
        surname = _lone_surname(name)
        return self._titled.get(f"{fold(title)} {surname}") if surname else None

    def surname_country(self, name: str) -> str | None:
        """The country every known person of this surname shares ("Mitterrand": François and Frédéric, both
        French), for a surname alone that names no one person."""
        surname = _lone_surname(name)
        if surname is None:
            return None
        keys = self.surnames().get(surname, [])
        countries = {self._persons[k][1] if k in self._persons else None for k in keys}
        if len(countries) == 1:
            return countries.pop()
        # else the country whose namesakes led it far longest ('Clinton': two US leaders and a Haitian
        # minister; 'Hussein' stays open between King Hussein and Saddam Hussein)
        years: dict[str, float] = {}
        for k in keys:
            if k in self._persons and (country := self._persons[k][1]):
                years[country] = years.get(country, 0.0) + self._top_years(k, country)
        ranked = sorted(years.values(), reverse=True)
        if not ranked or ranked[0] == 0 or (len(ranked) > 1 and ranked[0] < SURNAME_LEAD * ranked[1]):
            return None
        lead = max(years, key=years.__getitem__)
        known = [c for k in keys if k in self._persons and (c := self._persons[k][1])]
        # a surname many countries share names no one country ('Gonzalez': 3 of 19 Spanish, 3 Cuban)
        return lead if known.count(lead) >= SURNAME_SHARE * len(known) else None

    def _top_years(self, key: str, country: str) -> float:
        """The longest time ``key`` held a national office coded plainly as its government's (``USAGOV``, not
        a ministry's ``USAGOVDEV``), in years; an office with no known start or end counts one year."""
        spans = [
            1.0 if r.end.startswith("9999") or r.start.startswith("0000") else int(r.end[:4]) - int(r.start[:4]) + 0.5
            for r in self.roles(key)
            if r.code == f"{country}GOV" and r.start[:4].isdigit() and r.end[:4].isdigit()
        ]
        return max(spans, default=0.0)

    def _candidates(self, words: list[str], keys: list[str], fuzzy_last: bool = False) -> list[str]:
        """Keys whose name holds every word of ``words``; with ``fuzzy_last`` (the surname only approximately)
        the name must have no other words ("John Smithh" is not "John Hilary Smith")."""
        if not fuzzy_last:
            return [k for k in keys if set(words) <= set(self._name_words(k))]
        need = set(words[:-1])
        out = []
        for k in keys:
            name = [w for w in self._name_words(k) if w not in _PARTICLES]
            if need <= set(name) and len(name) == len(words):
                out.append(k)
        return out

    def given_names(self) -> frozenset[str]:
        """First words shared by at least two known persons' names ("john", "sebastien"), less those that are
        also names, demonyms or role words ("new", "south") and particles of under three letters."""
        if self._given is None:
            counts: dict[str, int] = {}
            for key in self._persons:
                words = key.split(":", 1)[-1].split("_")
                if len(words) > 1 and len(words[0]) > 2 and words[0].isalpha():
                    counts[words[0]] = counts.get(words[0], 0) + 1
            taken = self.names.keys() | self.adjectives.keys() | self.agents.keys() | self.towns.keys()
            self._given = frozenset(w for w, n in counts.items() if n > 1 and w not in taken)
        return self._given

    def _near_surnames(self, word: str) -> list[str]:
        """Person keys whose surname is one edit (insertion, deletion, substitution) away from ``word``."""
        if word in self._near:
            return self._near[word]
        surnames = self.surnames()
        found: set[str] = set()
        for variant in edits1(word):
            found.update(surnames.get(variant, ()))
        if len(self._near) > 50_000:
            self._near.clear()
        self._near[word] = sorted(found)
        return self._near[word]

    def _name_words(self, key: str) -> list[str]:
        entry = self.entry(key)
        return fold(entry.name).replace("-", " ").split() if entry else []

    def surnames(self) -> dict[str, list[str]]:
        """Person keys by the last word of each of their names (folded): who a surname alone may name."""
        if self._surnames is None:
            index: dict[str, set[str]] = {}
            for phrase, key in self.names.items():
                if key.startswith("person:"):
                    index.setdefault(phrase.rsplit(" ", 1)[-1], set()).add(key)
                    words = phrase.split()
                    if len(words) > 1 and key in self._persons and self._persons[key][1] in _FIRST_WORD_NAMED:
                        index.setdefault(words[0], set()).add(key)  # "Jiang Zemin" is "President Jiang"
            self._surnames = {k: sorted(v) for k, v in index.items()}
        return self._surnames

    def government(self, country: str) -> Entry | None:
        return self.entry(f"gov:{country}")

    def acting(self, capital: Entry) -> Entry | None:
        """Who a capital stands for when it acts: the organisation seated there ("Brussels" → EU), else the
        government of its country."""
        seat = self._acting.get(capital.name.lower())
        return self.entry(seat) if seat else (self.government(capital.country) if capital.country else None)

    def fuzzy_country(self, word: str) -> str | None:
        """The one country whose one-word name or demonym is one edit from ``word`` ("Quatar", "Ghanians")."""
        word = fold(word)
        if len(word) < FUZZY_ALONE_LEN - 1 or not word.isalpha():
            return None
        if word not in self._fuzzy:
            if len(self._fuzzy) > 50_000:
                self._fuzzy.clear()
            self._fuzzy[word] = self._fuzzy_country(word)
        return self._fuzzy[word]

    def _fuzzy_country(self, word: str) -> str | None:
        found: set[str] = set()
        for variant in edits1(word):
            if variant in self.adjectives and " " not in variant:
                found.add(self.adjectives[variant])
            key = self.names.get(variant, "")
            if key.startswith("country:"):
                found.add(key.removeprefix("country:"))
        return found.pop() if len(found) == 1 else None

    def town(self, name: str) -> str | None:
        """The country (ISO3) of a smaller town or city named ``name`` (most populous of that name)."""
        return self.towns.get(name.lower())


def _lone_surname(name: str) -> str | None:
    """The folded word of a one-word name, particles such as "Mr" aside ("Mitterrand", "Mr Clinton"), else None."""
    words = [w for w in fold(name).split() if w not in _PARTICLES]
    return words[0] if len(words) == 1 else None


def fold(text: str) -> str:
    """Lower-case and strip accents ("François" → "francois")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is exactly one deletion, substitution or insertion of a letter away from ``a``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def edits1(word: str) -> set[str]:
    """Every string one deletion, substitution or insertion of a letter away from ``word`` (not ``word``)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS if c != b[0]}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load ``gazetteer.json`` once per process."""
    try:
        raw = resources.files("newsgraph").joinpath("data", "actors", "gazetteer.json").read_text(encoding="utf-8")
        return Gazetteer(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GazetteerError(f"actor gazetteer unreadable: {exc}") from exc


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, frozenset[str]]:
    """Word lists used by the resolver (``lexicon.json``), as frozensets."""
    try:
        raw = resources.files("newsgraph").joinpath("data", "actors", "lexicon.json").read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"actor lexicon unreadable: {exc}") from exc
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
