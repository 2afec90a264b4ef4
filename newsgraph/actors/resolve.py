"""Resolve the actors of one article: gazetteer hits and NER entities → canonical actors with mentions.

Order of work: gazetteer lookup (names, nationality adjectives and peoples, agent phrases) → noun-phrase
composition (titles, adjectives, possessive countries, appositions, "of/in <country>") → NER entities the
gazetteer does not know (people found approximately, towns, misspelt countries, companies and media) →
metonymy for capitals → role phrases without a name (a domestic group with no country of its own takes the
sentence's, else the story's) → pronouns and definite descriptions.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.compose import (
    PORTFOLIO_PREPS,
    HitIndex,
    Modifiers,
    acts,
    entity_end,
    namesake_places,
    portfolio_title,
    qualify_places,
    scan_apposition,
    scan_left,
    scan_of_country,
    scan_of_organisation,
    stance_prefixed,
    town_at,
)
from newsgraph.actors.coref import resolve_pronouns
from newsgraph.actors.gazetteer import (
    NON_STATE_SECTORS,
    Entry,
    Gazetteer,
    cameo_code,
    fold,
    load_gazetteer,
    load_lexicon,
    one_edit,
)
from newsgraph.actors.matching import Hit, find_hits
from newsgraph.actors.table import ActorTable
from newsgraph.model import Actor, Article, Mention
from newsgraph.nlp import english_words
from newsgraph.times.lexicon import load_lexicon as load_time_lexicon

_INHERITED_SECTORS = {"LEG", "MIL", "COP", "JUD"}  # a titled person's country may come from the same body's
_AREA_PREPS = {"in", "across", "throughout", "within", "inside"}
_NER_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place"}
_SKIP_SECTORS = {"NON", "UNK", "JNK"}
_NO_ENTRY = Entry("", "", "other", None, None, None)
_FUZZY_LABELS = {"GPE", "NORP", "ORG", "LOC"}
# NER labels a lone known surname may carry when the model mislabels it ("Rubio’s" as LAW)
_SURNAME_ENTS = frozenset({"", "PERSON", "ORG", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC"})
_NO_CONTEXT = {"IGO", "NGO", "MED", "BUS", "UNK", "NON", "JNK"}  # sectors that take no country from context


def _one_line(ent: Span) -> Span:
    """An entity cut at a line break: NER may run a name into the heading below it ('Julian Assange' and
    'Timeline')."""
    brk = next((t.i for t in ent if "\n" in t.text), None)
    return ent if brk is None or brk == ent.start else Span(ent.doc, ent.start, brk, label=ent.label_)


class _Builder:
    """Collects mentions per canonical key, numbering actors in order of first mention."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text  # doc.text, built once (Doc.text rebuilds the string on every access)
        self.toks = list(doc)  # one Token object per position, built once
        self.ents = [_one_line(e) for e in doc.ents]  # Doc.ents builds new spans on every access
        self.ent_at = {e.start: e for e in self.ents}  # entity by its first token
        self.dateline = _dateline_tokens(doc)  # tokens of wire datelines ('HANOI, Vietnam (AP) —')
        self.actors: dict[str, Actor] = {}
        self.covered: set[int] = set()  # tokens already inside a mention
        self.full_idx: HitIndex | None = None  # every gazetteer hit, places inside longer names included

    def add(self, key: str, start: int, end: int, **fields: str | None) -> Actor:
        actor = self.actors.get(key)
        if actor is None:
            actor = Actor(id=f"A{len(self.actors) + 1}", mentions=[], key=key, **fields)  # type: ignore[arg-type]
            self.actors[key] = actor
        else:
            for name in ("country", "sector", "title"):
                if getattr(actor, name) is None and fields.get(name):
                    setattr(actor, name, fields[name])
        first, last = self.toks[start], self.toks[end - 1]
        s, e = first.idx, last.idx + len(last.text)
        actor.mentions.append(Mention(s, e, self.text[s:e]))
        self.covered.update(range(start, end))
        return actor

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.covered for i in range(start, end))

    def actors_at(self, char: int) -> Iterator[Actor]:
        """The actors one of whose mentions holds character ``char``, in order of first mention."""
        return (a for a in self.actors.values() if any(m.start <= char < m.end for m in a.mentions))


def resolve_actors(doc: Doc, article: Article) -> ActorTable:
    """Canonical actors of ``doc`` (parsed ``article.text``), each once with every mention."""
    gaz = load_gazetteer()
    b = _Builder(doc, _doc_text(doc, article.text))
    all_named, agents = find_hits(doc, gaz, b.toks, article.published)
    all_named = qualify_places(doc, all_named, gaz)  # 'Tripoli, Lebanon' is one Lebanese place
    all_named = namesake_places(doc, all_named, gaz)  # '... in Tripoli, the north Lebanese port' too
    all_named = [h for h in all_named if not _names_feature(doc, h, gaz)]
    ent_of = {i: ent for ent in b.ents for i in range(ent.start, ent.end)}
    named: list[Hit] = []
    context: list[Hit] = []  # every hit a context lookup may read: places inside longer names too, not persons'
    for hit in all_named:
        inside = _inside_longer_entity(doc, hit, gaz, ent_of)
        if not inside:
            named.append(hit)
        if not inside or not _in_person_name(hit, gaz, ent_of):
            context.append(hit)
    all_named = context
    idx = HitIndex(named, agents)
    b.full_idx = HitIndex(all_named, agents)
    consumed: set[int] = set()  # agent hits (by start) used as titles of a name
    _add_pair_names(b, gaz)  # 'the two Koreas' before NER takes 'Koreas' for a name
    _add_half_names(b, gaz, all_named)  # 'South Korea accused the North'
    people = [h for h in named if h.label == "NAME" and (gaz.entry(h.value) or _NO_ENTRY).kind == "person"]
    for hit in people:
        _add_named(b, hit, idx, gaz, article.published, consumed)
    reserved = {i for h in named for i in range(h.start, h.end)}
    _add_ner(b, doc, HitIndex(all_named, agents), gaz, article.published, reserved, consumed)
    _add_lone_surnames(b, idx, gaz, article.published, consumed)
    for hit in agents:
        if hit.start not in consumed and b.free(hit.start, hit.end):
            _add_role_phrase(b, hit, idx, gaz, article.published)
    for hit in named:
        if hit.label == "NAME":
            _add_named(b, hit, idx, gaz, article.published, consumed)
        elif b.free(hit.start, hit.end) and not _modifies_role(doc, hit, idx, gaz):
            _add_people(b, hit, idx, gaz)
    _add_bare_towns(b, gaz)
    _link_surnames(b)
    _merge_lede_roles(b)
    _merge_called(b)
    _fill_title_countries(b)
    _fill_predicate_countries(b)
    _fill_place_countries(b)
    resolve_pronouns(doc, b.actors.values(), b.add, b.free, b.toks)
    actors = sorted(b.actors.values(), key=lambda a: min(m.start for m in a.mentions))
    for n, actor in enumerate(actors, 1):
        actor.id = f"A{n}"
        actor.mentions.sort(key=lambda m: m.start)
        _fold_dependency(actor, gaz.sovereigns)
    return ActorTable(actors)


def _in_person_name(hit: Hit, gaz: Gazetteer, ent_of: dict[int, Span]) -> bool:
    """A place inside an organisation's name may give it a country ('Bank of China'); a town inside a person's
    name, or a country that begins it, is no place at all ('Robert Manning' holds no Wanning, 'Jordan Peterson'
    no Jordan). A country ending NER's person is more often an organisation it misread ('Birdlife Spain')."""
    ent = ent_of.get(hit.start)
    entry = gaz.entry(hit.value) if hit.label == "NAME" else None
    if ent is None or ent.label_ != "PERSON" or entry is None:
        return False
    return entry.kind in ("place", "person") or (hit.start == ent.start and hit.end < ent.end)


def _fold_dependency(actor: Actor, sovereigns: dict[str, str]) -> None:
    """PLOVER codes a dependency's actors with its controlling state's country ('Puerto Rico's governor' is
    the United States'); the name keeps the territory."""
    if actor.country in sovereigns:
        if actor.name.startswith(f"{actor.country} "):  # a name made from the code: 'PRI Navy'
            actor.name = f"{sovereigns[actor.country]} {actor.name[4:]}"
        actor.country = sovereigns[actor.country]
    if actor.code and actor.code[:3] in sovereigns:
        actor.code = sovereigns[actor.code[:3]] + actor.code[3:]


def _doc_text(doc: Doc, text: str) -> str:
    """``doc.text`` without rebuilding it: ``text`` when the Doc was parsed from it (same length and last token)."""
    if not len(doc):
        return text
    last = doc[-1]
    end = last.idx + len(last.text)
    return (
        text
        if len(text) >= end and text[last.idx : end] == last.text and end + len(last.whitespace_) == len(text)
        else doc.text
    )


def _inside_longer_entity(doc: Doc, hit: Hit, gaz: Gazetteer, ent_of: dict[int, Span]) -> bool:
    """A place name inside a longer NER name ("Bank of China", "Jordan Peterson") is not the place, nor a
    bloc of no country inside a people's ("the West" of "the West African nation"), nor a demonym ending a
    person's name ("Mark Cuban")."""
    if hit.label == "ADJ":  # 'Mark Cuban', 'Sarah English': a demonym ending a person's name is the surname
        ent = ent_of.get(hit.start)
        if ent is None or ent.label_ != "PERSON" or ent.start >= hit.start or hit.end != ent.end:
            return False
        before = doc[hit.start - 1]  # a given name, not another people's word ('Bosnian Serbs')
        return before.is_title and before.lower_ not in gaz.adjectives
    entry = gaz.entry(hit.value) if hit.label == "NAME" else None
    if entry is not None and entry.kind == "other" and not entry.country:
        last = doc[hit.end - 1]
        return last.ent_type_ == "NORP" and hit.end < len(doc) and doc[hit.end].ent_iob_ == "I"
    if entry is not None and entry.kind == "person":
        return _other_person(doc, hit, entry, ent_of.get(hit.start))
    if entry is not None and entry.sector == "BUS":
        return _other_company(doc, hit, ent_of.get(hit.start))
    if entry is None or entry.kind not in ("country", "capital", "place"):
        return False
    ent = ent_of.get(hit.start)
    if ent is None or ent.label_ not in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"):
        return False
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    end = ent.end - 1 if doc[ent.end - 1].lower_ in ("'s", "'", "’s", "’") else ent.end  # "Sri Lanka's"
    return start < hit.start or end > hit.end


def _other_company(doc: Doc, hit: Hit, ent: Span | None) -> bool:
    """A company's name opening NER's longer name of another body with more name words after it: 'Apple' of
    'Apple Daily' (a Hong Kong newspaper) is no Apple; 'Apple Inc.' is."""
    if ent is None or ent.label_ != "ORG" or ent.start != hit.start or ent.end <= hit.end:
        return False
    suffixes = load_lexicon()["company_suffixes"]
    return any(t.is_title and t.tag_ == "NNP" and t.lower_.rstrip(".") not in suffixes for t in doc[hit.end : ent.end])


def _other_person(doc: Doc, hit: Hit, entry: Entry, ent: Span | None) -> bool:
    """A known person's short name inside NER's longer name of someone else: 'Anwar' of 'Anwar al-Bunni' is no
    Anwar Ibrahim, 'Donald Trump' of 'Donald Trump Jr.' no president; a title or his other names keep him."""
    if ent is None or ent.label_ != "PERSON" or (ent.start >= hit.start and ent.end <= hit.end):
        return False
    own = set(_name_words(entry.name))
    extra = [t for t in doc[ent.start : ent.end] if not hit.start <= t.i < hit.end]
    return any(t.is_alpha and t.is_title and t.tag_ == "NNP" and t.lower_ not in own for t in extra) or any(
        t.lower_.rstrip(".") in ("jr", "sr") for t in extra
    )


def _add_entry(
    b: _Builder, entry: Entry | None, start: int, end: int, key: str | None = None, **over: str | None
) -> None:
    """Add ``entry``'s actor (under ``key``, else its own key), with fields ``over`` replacing the entry's."""
    if entry is None:
        return
    fields = {
        "name": entry.name,
        "kind": entry.kind,
        "country": entry.country,
        "sector": entry.sector,
        "title": None,
        "code": entry.code,
    }
    fields.update(over)
    b.add(key or entry.key, start, end, **fields)


def _add_named(b: _Builder, hit: Hit, idx: HitIndex, gaz: Gazetteer, day: str | None, consumed: set[int]) -> None:
    entry = gaz.entry(hit.value)
    if entry is None or not b.free(hit.start, hit.end):
        return
    if hit.start in b.dateline:  # 'SARAJEVO, Bosnia-Herzegovina (AP) —': where and by whom the story was
        # filed, no side of its events; under its own key, so that 'Vietnam' named later in the story still acts
        if entry.kind in ("country", "capital", "place") and entry.country:
            key = f"dateline:{entry.key}"
            _add_entry(b, entry, hit.start, hit.end, key=key, kind="place", sector=None, code=entry.country)
        return
    nxt = idx.agent_by_start.get(hit.end)
    if entry.kind in ("country", "capital", "organisation") and nxt is not None and _role_head(b.doc, nxt):
        return  # "US forces", "Khartoum government", "NATO troops": the role phrase takes it
    if entry.kind == "capital" and entry.country:
        if acts(b.doc[hit.start : hit.end].root):
            _add_entry(b, gaz.acting(entry), hit.start, hit.end)
        else:
            _add_entry(b, entry, hit.start, hit.end, kind="place", sector=None, code=entry.country)
        return
    if entry.kind == "place" and _person_named(b, hit):
        return  # 'Kennedy said': the person NER found, not the Bogotá district of that name
    if entry.kind == "place" and hit.end == hit.start + 1 and not _at_place(b.doc[hit.start]):
        tok = b.doc[hit.start]
        known = _person_with_words(b, _name_words(tok.text), tok.idx)
        if known is not None:  # 'Robert Manning ... Manning said': his surname, not the Chinese town Wanning
            b.add(known.key or "", hit.start, hit.end, name=known.name, kind="person")
            return
    if entry.kind == "place" and entry.country and _place_subject(b.doc[hit.start : hit.end].root):
        # 'Abkhazia accused Georgia', 'Mostar appealed for help': a place that acts is its people, of its country
        # (the PLOVER gold's convention: cities go to sector CVL)
        _add_entry(b, entry, hit.start, hit.end, **_people_of(entry.country))
        return
    if entry.kind != "person":
        if _foreign_body(b, hit, entry, idx):
            return
        if not (entry.kind == "country" and entry.country and _shared_role(b, hit, entry.country, idx)):
            _add_entry(b, entry, hit.start, hit.end)
        return
    mods = scan_left(b.doc, hit.start, idx, gaz)
    consumed.update(a.start for a in mods.agents)
    hit, mods = _of_country(b.doc, hit, mods, idx, gaz)
    appos = scan_apposition(b.doc, hit.end, idx, gaz)
    _add_person(b, entry.key, entry.name, entry.country, hit, mods, appos, gaz, day, consumed)


def _people_of(country: str) -> dict[str, str | None]:
    """The fields of a place that acts: its people (CVL) of its country."""
    return {"kind": "group", "sector": "CVL", "code": cameo_code(country, "CVL")}


def _bare_town(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """One word, a known town's name, standing alone as a subject or a preposition's object ('Mostar appealed',
    'in Soroti'), with no noun before it ('newspaper Kompas' names the paper)."""
    tok = doc[start]
    bare = end - start == 1 and not tok.is_upper and tok.dep_ in ("nsubj", "pobj")  # 'PISA' is a test, not Pisa
    bare = bare and (start == 0 or doc[start - 1].pos_ != "NOUN")
    return bare and town_at(doc, start, end, gaz) is not None


_DASHES = frozenset({"—", "–", "-", "--", "_"})


def _dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of wire datelines opening their sentences: 'HANOI, Vietnam (AP) —', 'MOSCOW (Reuters) -' (a
    capitalised place, an agency in brackets, then a dash), the agency included. Found from the brackets, so
    a document without one costs a scan."""
    out: set[int] = set()
    seen: set[int] = set()  # sentences whose first agency bracket was looked at
    for t in doc:
        if t.text != "(" or t.i + 3 >= len(doc) or not doc[t.i + 1].is_upper or not doc[t.i + 2].text.startswith(")"):
            continue
        start = t.sent.start
        if start in seen or t.i >= start + 10 or not doc[start].is_upper:
            continue
        seen.add(start)
        after = doc[t.i + 2].text[1:] or doc[t.i + 3].text  # 'AP)_' or ') —'
        if after in _DASHES or after.startswith("_"):
            out.update(range(start, t.i + 2))
    return frozenset(out)


def _person_named(b: _Builder, hit: Hit) -> bool:
    """NER found a one-word person exactly where the gazetteer has a town ('Kennedy', 'Jackson'); a longer
    name stays the place ('Diego Garcia'), as does one where something happens ('fighting in Goma')."""
    ent = b.ent_at.get(hit.start)
    one_word = ent is not None and ent.label_ == "PERSON" and ent.end == hit.end == hit.start + 1
    return one_word and not _at_place(b.doc[hit.start])


def _place_subject(root: Token) -> bool:
    """A place name heading a clause's subject ('Abkhazia accused Georgia'), alone or in a list."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "nsubj"


def _foreign_body(b: _Builder, hit: Hit, entry: Entry, idx: HitIndex) -> bool:
    """ "the Philippine Senate", "the Mexican Congress", "the Philippine Department of Justice": the name of a
    national body ("Senate" is the US Senate alone) after another country's adjective names that country's
    body; added as such."""
    adj = idx.named_by_end.get(hit.start - 1)
    if adj is None or not _foreign_pair(adj, hit, entry) or not b.free(adj.start, adj.end):
        return False
    word = b.doc[hit.start : hit.end].text
    b.add(
        f"role:{adj.value}:{word.lower()}",
        adj.start,
        hit.end,
        name=b.doc[adj.start : hit.end].text,
        kind="organisation",
        country=adj.value,
        sector=entry.sector,
        title=word,
        code=cameo_code(adj.value, entry.sector),
    )
    return True


def _foreign_pair(adj: Hit, hit: Hit, entry: Entry | None) -> bool:
    """Another country's adjective right before the name of a national body ("Philippine" "Senate")."""
    return (
        entry is not None
        and adj.label == "ADJ"
        and adj.end == hit.start
        and entry.kind == "organisation"
        and entry.sector is not None
        and bool(entry.country)
        and adj.value != entry.country
    )


def _of_country(doc: Doc, hit: Hit, mods: Modifiers, idx: HitIndex, gaz: Gazetteer) -> tuple[Hit, Modifiers]:
    """ "King Hassan of Morocco", "President Mitterrand of France": the country after the name wins."""
    country, end = scan_of_country(doc, hit.end, idx, gaz)
    if country is None:
        return hit, mods
    mods.country = country
    return Hit(hit.label, hit.start, end, hit.value), mods


def _add_person(
    b: _Builder,
    key: str,
    name: str,
    country: str | None,
    hit: Hit,
    mods: Modifiers,
    appos: Modifiers | None,
    gaz: Gazetteer,
    day: str | None,
    consumed: set[int],
) -> None:
    """A named person with what its title words, adjective and dated role say."""
    role = gaz.role_at(key, day)
    near = gaz.nearest_role(key, day) if role is None and day is not None else None  # out of office on the day
    info = appos if (appos is not None and not mods.found) else mods
    title = info.title or (role.title if role else None)
    # Solana at NATO: an international post held on the day, or named by the title ('NATO Secretary-General')
    acting_abroad = (role is not None and role.country is None and role.sector in ("IGO", "NGO")) or (
        role is None and info.sector in ("IGO", "NGO") and not info.former  # 'former EU official Barnier': French
    )
    country = (
        info.country
        or (role.country if role else None)
        or (None if acting_abroad else country)
        or _appos_country(b.doc, hit, gaz, b.full_idx)
        or (None if acting_abroad else near.country if near else None)
    )
    if country is None and role is None and title and not info.code and _national_title(title):
        country = _main_country(b, gaz, mods.start)
    if country is None and role is None and title and not info.code and _domestic_title(title):
        country = _main_country(b, gaz, mods.start) or _context_country(
            b.doc, b.full_idx or HitIndex([], []), gaz, hit.start, exclude="", names_only=False
        )
    if info.former:
        sector: str | None = "ELI"
        title = f"former {title}" if title else None
    else:
        sector = role.sector if role else info.sector
    code = cameo_code(country, sector) or (role.code if role else None) or (near.code if near else None)
    b.add(
        key,
        mods.start,
        hit.end,
        name=name,
        kind="person",
        country=country,
        sector=sector,
        title=title,
        code=code,
    )
    if appos is not None and appos.country and country and appos.country != country:
        return  # 'At the invitation of Chinese Premier Li Peng, Singapore's prime minister visited': another person
    if appos is not None:
        consumed.update(a.start for a in appos.agents)
        end = max((a.end for a in appos.agents), default=0)
        if appos.agents and b.free(appos.start, end):  # "X, the Iraqi foreign minister, said": one actor
            b.add(key, appos.start, end, name=name, kind="person")


def _main_country(b: _Builder, gaz: Gazetteer, before: int) -> str | None:
    """The story's main country before token ``before``: the country named most, else the one country of the
    people with a country named so far."""
    found = _salient_country(b.full_idx, gaz, before) if b.full_idx else None
    if found is None:
        at = b.toks[before].idx
        countries = {
            a.country for a in b.actors.values() if a.kind == "person" and a.country and a.mentions[0].start < at
        }
        found = countries.pop() if len(countries) == 1 else None
    return found


def _national_title(title: str) -> bool:
    """Whether a title names a national office ("national security adviser", "defense secretary")."""
    return title.lower().split()[-1] in load_lexicon()["national_role_nouns"]


def _domestic_title(title: str) -> bool:
    """Whether a title names a domestic office held in the story's country ("Judge", "Governor", "Attorney
    General": a postposed 'general' leaves the office its noun)."""
    words = title.lower().split()
    if len(words) > 1 and words[-1] == "general":
        words.pop()
    return words[-1] in load_lexicon()["domestic_title_nouns"]


def _appos_country(doc: Doc, hit: Hit, gaz: Gazetteer, idx: HitIndex | None = None) -> str | None:
    """The first country named in an apposition after a person's name ("Aden Barre Duale, a lawmaker and former
    majority leader in Kenya's National Assembly, …" → KEN)."""
    if hit.end >= len(doc) or doc[hit.end].text != ",":
        return None
    name_root = doc[hit.start : hit.end].root
    appos = next((c for c in name_root.children if c.dep_ == "appos" and c.i > hit.end), None)
    if appos is None:
        return None
    # "Alex Wong, the deputy special representative for North Korea at the State Department": a portfolio
    # names no owner
    portfolio = [
        c
        for c in appos.children
        if c.dep_ == "prep" and c.lower_ in PORTFOLIO_PREPS and portfolio_title(appos.text) and _names_place(c)
    ]
    skip = {t.i for p in portfolio for t in p.subtree}
    for tok in appos.subtree:
        if tok.i in skip:
            continue
        if tok.ent_type_ in ("GPE", "NORP") and tok.ent_iob_ == "B":
            ent = next((e for e in doc.ents if e.start == tok.i), None)
            text = ent.text if ent is not None else tok.text
            key = gaz.names.get(text.lower())
            entry = gaz.entry(key) if key else None
            if entry is not None and entry.kind in ("country", "capital") and entry.country:
                return entry.country
            if text.lower() in gaz.adjectives:
                return gaz.adjectives[text.lower()]
    if idx is not None and appos.dep_ == "appos" and appos.n_lefts + appos.n_rights > 0:
        # "Chris Swonger, head of the Distilled Spirits Council of the United States": the country named in
        # the organisation his role belongs to
        if not skip:
            return _country_inside(idx, gaz, appos.left_edge.i, appos.right_edge.i + 1, countries_only=True)
        # the body the post is at or of: its country ('at the State Department')
        bodies = [c for c in appos.children if c.dep_ == "prep" and c.i not in skip]
        return next((found for c in bodies if (found := _body_country(idx, gaz, c))), None)
    return None


def _body_country(idx: HitIndex, gaz: Gazetteer, prep: Token) -> str | None:
    """The country of the first country, adjective or organisation with a country named in ``prep``'s phrase."""
    return _country_inside(idx, gaz, prep.i + 1, prep.right_edge.i + 1, bodies=True)


def _names_place(prep: Token) -> bool:
    """The preposition's object is a place ('for North Korea'), not a body ('for the FIDH in Ivory Coast')."""
    return any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in prep.children)


def _add_ner(
    b: _Builder, doc: Doc, idx: HitIndex, gaz: Gazetteer, day: str | None, reserved: set[int], consumed: set[int]
) -> None:
    """People, organisations and places NER finds that the gazetteer does not know (``reserved``: tokens of
    gazetteer names, left to the role phrases that take them; ``consumed`` gains the role phrases used as
    titles)."""
    reserved = reserved | consumed
    toks = b.toks
    for ent in b.ents:
        kind = _NER_KINDS.get(ent.label_, "people" if ent.label_ == "NORP" else None)
        start = ent.start + 1 if toks[ent.start].lower_ == "the" else ent.start
        if (
            (kind is None and ent.label_ not in _SURNAME_ENTS)
            or start >= ent.end
            or not b.free(start, ent.end)
            or reserved.intersection(range(start, ent.end))
        ):
            continue
        text = b.text[toks[start].idx : ent.end_char]
        if kind != "person" and ent.end - start == 1 and _lone_surname_person(toks[start], gaz, day):
            kind = "person"  # 'Fujimori', 'Erbakan', 'Walesa': a known leader's surname NER took for something else
        if kind is None:  # 'shelled Bihac': a town NER took for a product or a work
            if town_at(doc, start, ent.end, gaz) is None:
                continue
            kind = "place"
        if text.lower() in gaz.agents or text.lower() in load_lexicon()["not_actor_names"]:
            continue  # "Politicians in Britain …", "Islam": a role word or no actor, though NER took it for a name
        last = toks[ent.end - 1].lower_
        if kind == "organisation" and (
            last in load_lexicon()["event_name_words"] or last in load_lexicon()["law_name_words"]
        ):
            continue  # "the Malabar Joint Maritime Exercise", "the APEC summit", "the ... Democracy Act": no actor
        role = idx.agent_by_start.get(start)
        if role is not None and role.end > ent.end:
            continue  # "Riot police in Seoul": the name NER saw begins a longer role phrase
        if kind == "organisation" and _given_name_pair(toks, start, ent.end, gaz):
            kind = "person"  # "Sebastien Lai": a given name and one more capitalised word
        one_word = ent.end - start == 1 and ent.label_ in _FUZZY_LABELS and kind != "person"
        fuzzy = gaz.fuzzy_country(text) if one_word else None
        if fuzzy is not None:  # a misspelt country or demonym ("Quatar", "Ghanians")
            _add_entry(b, gaz.entry(f"country:{fuzzy}"), start, ent.end)
            continue
        facility_town = _facility_town(doc, start, ent.end, gaz)  # 'the Gdansk shipyard'
        if kind in ("person", "people", "organisation") and (
            _feature_place(toks, ent) or f"place:{text.lower()}" in b.actors or facility_town is not None
        ):
            kind = "place"  # "the Dadaab and Kakuma camps": NER's person or people is a place
        if kind == "people":
            if text.lower() in load_lexicon()["transnational_peoples"]:  # 'detained hundreds of Kurds in Turkey'
                country = _context_country(doc, idx, gaz, start, exclude="")
                key = f"people:{text.lower()}@{country or ''}"
                b.add(key, start, ent.end, name=text, kind="group", country=country, sector="CVL", title=None)
            continue
        short = _acronym_of(b, idx, gaz, text, start) if kind != "place" else None
        if short is not None:  # "the Baloch Liberation Army, or BLA": the acronym is the same actor
            _add_entry(b, short, start, ent.end)
            continue
        known = _known_person(b, text, toks[start].idx) if kind != "place" or ent.end - start == 1 else None
        if known is not None:
            mods = scan_left(doc, start, idx, gaz) if kind == "person" else Modifiers(start=start)
            consumed.update(a.start for a in mods.agents)
            b.add(known.key or "", mods.start, ent.end, name=known.name, kind="person")
            continue
        if kind == "person" and _placelike(doc, ent):
            kind = "place"  # "the Sahel", "attacks in Sahel": NER's person is a region
        if kind == "organisation" and _bare_town(doc, start, ent.end, gaz):
            kind = "place"  # "Mostar appealed for aid": NER's one-word organisation is a known town
        if kind == "person":
            _add_person_name(b, start, ent.end, text, idx, gaz, day, consumed)
        elif kind == "organisation":
            last_agent = idx.agent_by_end.get(ent.end - 1)
            if last_agent is not None and _role_head(doc, last_agent):
                continue  # "the US Secretary of State": a role phrase, resolved as one
            mods = scan_left(doc, start, idx, gaz)
            country = mods.country or _country_inside(b.full_idx or idx, gaz, ent.start, ent.end)
            sector = _org_sector(text)
            if country is None and sector == "GOV":  # "the Department of Homeland Security": domestic
                country = _main_country(b, gaz, start)
            if country is None and sector is None and not _international_name(text):
                # an unknown party, union or paper is domestic (CAMEO): "the Homeland Union" of a story on
                # the Lithuanian parliament; the country named nearest in its sentence, else the story's
                country = _context_country(doc, b.full_idx or idx, gaz, start, exclude="") or _main_country(
                    b, gaz, start
                )
            b.add(
                f"org:{text.lower()}",
                mods.start if mods.country else start,
                ent.end,
                name=text,
                kind="organisation",
                country=country,
                sector=sector,
                title=None,
                code=cameo_code(country, sector),
            )
        else:
            town = (
                town_at(doc, start, ent.end, gaz)
                or facility_town
                or (
                    _context_country(doc, idx, gaz, start, exclude="", names_only=True)
                    if ent.label_ not in ("GPE", "LOC")
                    else None
                )
            )
            acting = _place_subject(doc[start : ent.end].root)  # 'Mostar appealed for aid': its people
            _add_town(b, start, ent.end, text, town, _people_of(town) if town is not None and acting else None)


def _add_town(
    b: _Builder, start: int, end: int, text: str, town: str | None, fields: dict[str, str | None] | None = None
) -> None:
    """A town or other place named ``text`` of the country ``town`` (its people with ``fields`` instead)."""
    fields = fields or {"kind": "place", "sector": None, "code": town}
    b.add(f"place:{text.lower()}", start, end, name=text, country=town, title=None, **fields)


def _given_name_pair(toks: list[Token], start: int, end: int, gaz: Gazetteer) -> bool:
    """Two capitalised words, the first a known given name, the second no institution or company word."""
    if end - start != 2 or not all(t.is_title and t.is_alpha for t in toks[start:end]):
        return False
    last = toks[end - 1].lower_
    lex = load_lexicon()
    return (
        toks[start].lower_ in gaz.given_names()
        and toks[end - 1].tag_ != "NNPS"
        and not any(last in lex[k] for k in ("institution_nouns", "business_words", "media_words", "government_words"))
        and last not in gaz.agents
        and last not in gaz.names
    )


def _acronym_of(b: _Builder, idx: HitIndex, gaz: Gazetteer, text: str, start: int) -> Entry | None:
    """The actor named in the story whose name's initials spell ``text`` ("BLA" for the "Baloch Liberation
    Army", "MBS" for "Mohammed bin Salman", "DHS" after "Department of Homeland Security"): an actor found so
    far, else a gazetteer name anywhere in the story."""
    if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return None
    skip = load_lexicon()["acronym_skip_words"]

    def spells(name: str) -> bool:
        words = [w for w in name.replace("-", " ").split() if w.lower() not in skip]
        return len(words) == len(text) and "".join(w[0] for w in words).upper() == text

    at = b.toks[start].idx
    for actor in b.actors.values():
        if actor.key and spells(actor.name) and actor.mentions[0].start < at:
            return Entry(actor.key, actor.name, actor.kind, actor.country, actor.sector, actor.code)
    for hit in idx.named_by_start.values():
        entry = gaz.entry(hit.value) if hit.label == "NAME" else None
        if entry is not None and entry.kind in ("organisation", "group") and spells(entry.name):
            return entry
    return None


def _add_person_name(
    b: _Builder, start: int, end: int, text: str, idx: HitIndex, gaz: Gazetteer, day: str | None, consumed: set[int]
) -> None:
    """A person's name the gazetteer's name table did not hold: a known person found by name or by title and
    surname ("President Clinton"), else a new person with the country their surname gives, if any."""
    doc = b.doc
    found = gaz.find_person(text, day)
    if found is None and (title := scan_left(doc, start, idx, gaz).title):
        found = gaz.titled_person(title, text)  # "President Clinton": the title tells which Clinton
    if found is not None and _plausible_person(doc, start, end, found, idx, gaz, day):
        _add_named(b, Hit("NAME", start, end, found), idx, gaz, day, consumed)
        return
    hit = Hit("NAME", start, end, "")
    mods = scan_left(doc, start, idx, gaz)
    consumed.update(a.start for a in mods.agents)
    hit, mods = _of_country(doc, hit, mods, idx, gaz)
    appos = scan_apposition(doc, end, idx, gaz)
    key = "person:" + " ".join(_name_words(text))
    if gaz.entry(key) is not None:  # 'President Hussein' in 1991 is no namesake the gazetteer knows (King Hussein)
        key += "~"
    _add_person(b, key, text, gaz.surname_country(text), hit, mods, appos, gaz, day, consumed)


def _lone_surname_person(tok: Token, gaz: Gazetteer, day: str | None) -> bool:
    """A capitalised word, a subject or object of its clause, that is no other name and the surname of a known
    person, or of several whose country is the same ('Berlusconi', 'Havel'); the tagger's common noun too when
    it is no English word ('Musharraf said ...' at the start of a sentence)."""
    return (
        tok.is_title
        and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.lower_ not in english_words()))
        and tok.dep_ in _ARGUMENT_DEPS
        and tok.lower_ not in gaz.names
        and tok.lower_ not in gaz.adjectives
        and tok.lower_ not in load_lexicon()["not_actor_names"]  # 'Shiite Islam' names no Syed Ashraful Islam
        and gaz.town(tok.lower_) is None
        and fold(tok.text) in gaz.surnames()  # exactly, not one edit away ('Aswad' is no 'Assad')
        and (gaz.find_person(tok.text, day) is not None or gaz.surname_country(tok.text) is not None)
    )


def _hyphenated(tok: Token) -> bool:
    """A word joined by a hyphen to the word before or after it, with no space between."""
    doc = tok.doc
    before = (
        tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_
    )
    after = (
        tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_
    )
    return before or after


_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "ROOT"})


def _add_lone_surnames(b: _Builder, idx: HitIndex, gaz: Gazetteer, day: str | None, consumed: set[int]) -> None:
    """Known leaders named by surname alone where NER saw no name ('Berlusconi criticized the plan')."""
    covered = {i for ent in b.ents for i in range(ent.start, ent.end)}
    for tok in b.toks:
        if tok.i in covered or not b.free(tok.i, tok.i + 1) or not _lone_surname_person(tok, gaz, day):
            continue
        if any(0 <= j < len(b.toks) and b.toks[j].pos_ == "PROPN" for j in (tok.i - 1, tok.i + 1)):
            continue  # part of a longer name the gazetteer does not know
        if _hyphenated(tok):
            continue  # 'Mazar-i-Sharif' is a town, not Sharif
        known = _known_person(b, tok.text, tok.idx)
        if known is not None:  # 'Pedersen' after 'Geir Pedersen': the same person as before
            b.add(known.key or "", tok.i, tok.i + 1, name=known.name, kind="person")
            continue
        _add_person_name(b, tok.i, tok.i + 1, tok.text, idx, gaz, day, consumed)


_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "into", "from", "toward", "towards"})


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of the time lexicon ('March', 'May'): no town's name where they stand."""
    times = load_time_lexicon()
    return frozenset({*times.table("months"), *times.table("weekdays")})


def _add_bare_towns(b: _Builder, gaz: Gazetteer) -> None:
    """Known towns NER saw no place in ('attacked government troops in Timbuktu', 'in Barrancabermeja' taken
    for a date): one capitalised word, no English word nor a month or day, the object of a place preposition."""
    calendar = _calendar_words()
    for tok in b.toks:
        if tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        if tok.lower_ in calendar or tok.lower_ in english_words() or not b.free(tok.i, tok.i + 1):
            continue
        if tok.i > 0 and b.toks[tok.i - 1].pos_ == "PROPN":
            continue  # the end of a longer name ('Hong Kong', 'Coral Springs'), not the town 'Kong'
        if _hyphenated(tok):
            continue  # part of a hyphenated name ('Cap-Haitien'), not a town of its own
        town = town_at(b.doc, tok.i, tok.i + 1, gaz)
        if town is not None:
            _add_town(b, tok.i, tok.i + 1, tok.text, town)


def _plausible_person(doc: Doc, start: int, end: int, key: str, idx: HitIndex, gaz: Gazetteer, day: str | None) -> bool:
    """A gazetteer person found from NER text: a full name, a known mononym, a titled surname ("President
    Suharto"), or a surname alone of someone in office on ``day`` (not "Sahel" for a retired minister)."""
    if end - start > 1 or day is None or gaz.role_at(key, day) is not None:
        return True
    return gaz.mononyms.get(doc[start].lower_) == key or scan_left(doc, start, idx, gaz).title is not None


def _feature_place(toks: list[Token], ent: Span) -> bool:
    """A name modifying a place noun ("Kakuma camp", "the Dadaab and Kakuma camps", "Kandahar province") or
    named by one ("the town of Siem Reap")."""
    if ent.end < len(toks) and toks[ent.end].lemma_.lower() in load_lexicon()["place_feature_words"]:
        return True
    words = load_lexicon()["place_feature_words"]
    root = ent.root
    if any(c.dep_ == "appos" and c.lemma_.lower() in words for c in root.children):
        return True  # "Hagadera, a camp in the Dadaab refugee complex"
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in words:
        return True  # "the town of Siem Reap"
    return root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in words


def _facility_town(doc: Doc, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The country of a one-word town's name on a works or building noun ('workers at the Gdansk shipyard'),
    after 'the' too: the noun, not the name, takes it."""
    if end - start != 1 or end >= len(doc) or doc[end].lemma_.lower() not in load_lexicon()["facility_nouns"]:
        return None
    return gaz.town(doc[start].text)


def _placelike(doc: Doc, ent: Span) -> bool:
    """A one-word NER person used as a place: after "the", or the object of "in"/"across"/"throughout"."""
    if doc[ent.start].lower_ == "the":
        return True
    root = ent.root
    return ent.end - ent.start == 1 and root.dep_ == "pobj" and root.head.lower_ in _AREA_PREPS


def _international_name(name: str) -> bool:
    """An organisation whose name says it crosses borders ("International Crisis Group", "World Food Programme",
    "Committee to Protect Journalists" aside): it takes no country from its context."""
    words = {w.lower().strip(",()") for w in name.split()}
    return bool(words & load_lexicon()["international_words"])


def _org_sector(name: str) -> str | None:
    """MED for a news outlet's name ("Daily Nation", "Channel News Asia"), BUS for a company's ("Toyota Motor
    Corp"), GOV for a ministry's ("Kenya Interior Ministry"), else None (the word lists are ``media_words``,
    ``business_words`` and ``government_words`` in lexicon.json)."""
    lex = load_lexicon()
    words = [w.lower().strip(",").removesuffix("'s").removesuffix("\u2019s") for w in name.split()]
    if any(w in lex["media_words"] for w in words):
        return "MED"
    if len(words) > 1 and words[-1] in lex["business_words"]:
        return "BUS"
    if len(words) > 1 and (
        words[-1] in lex["government_words"] or (words[0] in lex["government_words"] and words[1] == "of")
    ):
        return "GOV"  # "Kenya Interior Ministry", "Department of Homeland Security"
    return None


def _country_inside(
    idx: HitIndex, gaz: Gazetteer, start: int, end: int, countries_only: bool = False, bodies: bool = False
) -> str | None:
    """The country a name such as "Latvian Constitutional Court" or "Baghdad University" carries (with
    ``countries_only``, only a country's name or adjective counts, not a city; with ``bodies``, a country or an
    organisation that has one)."""
    kinds = (
        ("country", "organisation") if bodies else ("country",) if countries_only else ("country", "capital", "place")
    )
    for i in range(start, end):
        hit = idx.named_by_start.get(i)
        if hit is None:
            continue
        if hit.label == "ADJ":
            return hit.value
        entry = gaz.entry(hit.value)
        if entry is not None and entry.kind in kinds and (entry.country or not bodies):
            return entry.country
    return None


def _head_token(doc: Doc, hit: Hit) -> Token:
    """The head noun of a role phrase: its last token, or the last noun before a trailing preposition
    ("ambassador to") or an inner 'of' ("prisoners of war", "chief of staff")."""
    inner_of = [i for i in range(hit.start + 1, hit.end - 1) if doc[i].lower_ == "of"]
    end = inner_of[0] if inner_of else hit.end
    for i in range(end - 1, hit.start - 1, -1):
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return doc[hit.end - 1]


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "OPP", "LEG", "JUD", "SPY"})


def _role_head(doc: Doc, hit: Hit) -> bool:
    """Whether a role phrase heads its noun phrase ("police fired", not "police scrutiny"), or names the doer of
    the act it modifies ("opposition demands", "an army offensive")."""
    head = _head_token(doc, hit)
    lex = load_lexicon()
    doer = (
        head.dep_ == "compound"
        and hit.value in _STATE_SECTORS  # 'hostage-takers demands' abroad would take the story's country
        and head.head.lemma_.lower() in lex["acts_of_doer_nouns"]
    )
    return (
        hit.value not in _SKIP_SECTORS
        and head.pos_ in ("NOUN", "PROPN")
        and (head.dep_ not in ("compound", "amod") or doer)
        and head.lower_ not in lex["not_actor_nouns"]
        and not _stance(head, lex["stance_role_nouns"])
    )


def _stance(head: Token, words: frozenset[str]) -> bool:
    """'their opposition to any unilateral attempts', 'voiced opposition to the sale': a stance, not the
    political opposition."""
    return head.lower_ in words and any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)


def _known_person(b: _Builder, text: str, at: int) -> Actor | None:
    """An earlier person this name is part of ("Wang" after "Wang Yi"): the one mentioned last before ``at``;
    else, for one word, the only earlier person whose surname is one edit away ("Pederson" after "Geir
    Pedersen")."""
    words = _name_words(text)
    found = _person_with_words(b, words, at)
    if found is None and len(words) == 1 and len(words[0]) >= 5:
        cands = {
            a.key: a
            for a in b.actors.values()
            if a.kind == "person"
            and a.key
            and a.key.startswith("person:")
            and a.mentions[0].start < at
            and len(_name_words(a.name)) > 1
            and one_edit(words[0], _name_words(a.name)[-1])
        }
        found = next(iter(cands.values())) if len(cands) == 1 else None
    return found


def _person_with_words(b: _Builder, words: list[str], at: int) -> Actor | None:
    """The person before ``at`` whose longer name holds every word of ``words``: the one mentioned most often so
    far (the story's Berisha, not his son Shkëlzen Berisha listed once), the latest on ties."""
    best: tuple[int, int, Actor] | None = None
    for actor in b.actors.values():
        name_words = _name_words(actor.name)
        if actor.kind != "person" or len(words) >= len(name_words) or not all(w in name_words for w in words):
            continue
        before = [m.start for m in actor.mentions if m.start < at]
        if before and (best is None or (len(before), max(before)) > best[:2]):
            best = (len(before), max(before), actor)
    return best[2] if best else None


def _name_words(name: str) -> list[str]:
    """Lower-cased words of a name, curly apostrophes straightened and a possessive "'s" dropped."""
    text = name.lower().replace("\u2019", "'")
    return [w.removesuffix("'s") for w in text.split()]


def _loyal_to(doc: Doc, end: int, idx: HitIndex, gaz: Gazetteer) -> str | None:
    """ "troops loyal to President Kabila", "forces loyal to the government in Kinshasa": the country of whom a
    role phrase is loyal to."""
    if end + 2 >= len(doc) or doc[end].lower_ != "loyal" or doc[end + 1].lower_ != "to":
        return None
    j = end + 2
    while j < len(doc) and j not in idx.named_by_start and (doc[j].lower_ == "the" or j in idx.agent_by_start):
        j = idx.agent_by_start[j].end if j in idx.agent_by_start else j + 1  # "the", "President"
    named = idx.named_by_start.get(j)
    if named is None and j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
        k = entity_end(doc, j)
        key = gaz.find_person(doc[j:k].text, None)  # a surname NER finds: "loyal to President Kabila"
        entry = gaz.entry(key) if key else None
        return entry.country if entry is not None else gaz.surname_country(doc[j:k].text)
    entry = gaz.entry(named.value) if named is not None and named.label == "NAME" else None
    return entry.country if entry is not None else (named.value if named is not None and named.label == "ADJ" else None)


def _add_pair_names(b: _Builder, gaz: Gazetteer) -> None:
    """'the two Koreas', 'both Sudans': one phrase naming two states; each state gets the mention."""
    pairs: dict[tuple[str, ...], tuple[str, str]] = {}
    for row in load_lexicon()["pair_names"]:
        parts = row.split()
        pairs[tuple(parts[:-2])] = (parts[-2], parts[-1])
    last_words = {phrase[-1] for phrase in pairs}  # 'koreas', 'sudans': rare words, checked first
    lows = [t.lower_ for t in b.toks]
    for end in (i + 1 for i, w in enumerate(lows) if w in last_words):
        for phrase, codes in pairs.items():
            start = end - len(phrase)
            if start >= 0 and tuple(lows[start:end]) == phrase and b.free(start, end):
                for code in codes:
                    _add_entry(b, gaz.entry(f"country:{code}"), start, end)


def _add_half_names(b: _Builder, gaz: Gazetteer, named: list[Hit]) -> None:
    """'South Korea accused the North': a divided country's other half named by its direction alone, after
    the first half was named."""
    halves: dict[str, tuple[str, str]] = {}
    for row in load_lexicon()["half_names"]:
        word, first, other = row.split()
        halves[word] = (first, other)
    for tok in b.toks:
        half = halves.get(tok.lower_)
        if half is None or not tok.is_title or tok.i == 0 or b.toks[tok.i - 1].lower_ != "the":
            continue
        nxt = b.toks[tok.i + 1] if tok.i + 1 < len(b.toks) else None
        if nxt is not None and (nxt.is_title or nxt.pos_ in ("NOUN", "PROPN")):
            continue  # 'the North Atlantic', 'the South China Sea'
        before = {(gaz.entry(h.value) or _NO_ENTRY).country for h in named if h.label == "NAME" and h.end <= tok.i}
        if half[0] in before and b.free(tok.i - 1, tok.i + 1):
            _add_entry(b, gaz.entry(f"country:{half[1]}"), tok.i - 1, tok.i + 1)


def _modifies_role(doc: Doc, hit: Hit, idx: HitIndex, gaz: Gazetteer) -> bool:
    """An adjective directly before a role phrase belongs to it ("Iraqi special forces"), as one before a
    one-word name of another country's body does ("the Philippine Senate")."""
    agent = idx.agent_by_start.get(hit.end)
    if agent is not None and _role_head(doc, agent):
        return True
    body = idx.named_by_start.get(hit.end)
    return body is not None and body.label == "NAME" and _foreign_pair(hit, body, gaz.entry(body.value))


def _add_role_phrase(b: _Builder, hit: Hit, idx: HitIndex, gaz: Gazetteer, day: str | None) -> None:
    """A role phrase without a name: "the Iraqi prime minister", "Iraqi special forces", "police"."""
    doc = b.doc
    head = _head_token(doc, hit)
    if not _role_head(doc, hit):
        return
    lex = load_lexicon()
    before = " ".join(t.lower_ for t in doc[max(hit.start - 2, 0) : hit.end])
    if any(before.endswith(p) for p in lex["pair_phrases"]):
        return  # "both leaders", "the two countries": the pair named before (coreference), not a new group
    mods = scan_left(doc, hit.end, idx, gaz)
    of_country, end = scan_of_country(doc, hit.end, idx, gaz, lex["place_preps"])
    if of_country is not None and _body_abroad(doc, hit, mods):
        of_country, end = None, hit.end  # 'U.N. peacekeepers in Mogadishu', 'NATO troops in Kosovo': the body's
    if end == hit.end and doc[end - 1].pos_ == "ADP" and end - 1 > hit.start:
        end -= 1  # "ambassador to": the preposition stays out of the mention
    if of_country is None and mods.country is None and not mods.code:
        org, org_end = scan_of_organisation(doc, hit.end, idx, gaz)  # "ministers from the Arab League"
        if org is not None:
            mods.sector, mods.code, of_country, end = org.sector, org.code, org.country, org_end
    if of_country is None and mods.country is None and not mods.code:
        of_country = _loyal_to(doc, hit.end, idx, gaz)  # "troops loyal to President Kabila"
    if mods.ethnic and mods.country:  # "ethnic Albanian guerrillas" in Macedonia → MKD
        mods.country = _context_country(doc, idx, gaz, mods.start, exclude=mods.country) or mods.country
    country = mods.country or of_country
    title = mods.title or doc[hit.start : hit.end].text
    first, _, rest = title.partition(" ")
    if rest and first.lower() in ("the", "a", "an"):
        title = rest  # "The court" (a sentence-opening hit) → "court"
    if title.rsplit(" ", 1)[-1].lower() in ("to", "for", "of", "in", "at", "on") and " " in title:
        title = title.rsplit(" ", 1)[0]  # "ambassador to" → "ambassador"
    plural = _plural_role(head)
    lemma = head.lemma_.lower()
    if country and not plural:
        holder = gaz.holder(country, title, day, mods.code if mods.sector in NON_STATE_SECTORS else None)
        if holder is not None:
            entry = gaz.entry(holder)
            role = gaz.role_at(holder, day)
            b.add(
                holder,
                mods.start,
                end,
                name=entry.name if entry else holder,
                kind="person",
                country=country,
                sector=role.sector if role else "GOV",
                title=title,
                code=role.code if role else None,
            )
            return
    if country is None and mods.owner is not None:
        country = _owner_country(b, mods.owner, mods.start, _salient_country(idx, gaz, mods.start))
    if country is None and lemma in lex["government_nouns"]:
        country = _leader_country(b, mods.start)  # "the Trump administration", "Modi's government"
    if country is None and mods.definite and not plural and lemma in lex["government_nouns"]:
        country = _recent_government(b, mods.start)  # "the Philippine government reported … The government"
    body = lemma in lex["institution_nouns"] or lemma in lex["asset_nouns"]  # 'the army', 'a police station'
    if country is None and mods.definite and not plural and body:
        country = _salient_country(idx, gaz, mods.start)  # "the government", "the army" → the story's country
    if country is None:
        country = _inside_org_country(doc, b.full_idx or idx, gaz, hit)  # "Baghdad University Medical School"
    if country is None and plural and mods.definite and not mods.code:
        earlier = _same_group(b, lemma, mods.start)  # "Iraqi officials said … The officials also said"
        if earlier is not None:
            b.add(earlier.key or "", mods.start, end, name=earlier.name, kind=earlier.kind)
            return
    if country is None and hit.value in _STATE_FORCES and not mods.code:
        country = _reporting_state(b, head, lex)  # 'an Israeli army spokesman said troops shot ...'
    if country is None and plural and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        country = _antecedent_country(doc, idx, gaz, mods.start)  # 'Iran said that its troops had shelled ...'
    near_toks = list(doc[max(mods.start - 1, 0) : hit.start])
    near_toks += [t for c in head.lefts if c.dep_ in ("amod", "compound") for t in c.subtree]  # 'foreign aid workers'
    if head.dep_ == "conj":  # 'world leaders and diplomats': the first noun's modifiers are the second's too
        near_toks += [t for c in head.head.lefts if c.dep_ in ("amod", "compound") for t in c.subtree]
    # 'anti-NATO protesters': the side taken is no bloc (looked for only where a hyphen could join one)
    hyphened = any(t.text == "-" for t in near_toks)
    sides = _stance_words(doc, idx, head.sent, lex["stance_prefixes"]) if hyphened else set()
    near = [t.lower_ for t in near_toks if t.i not in sides]
    blocs = lex["bloc_words"].intersection(near) or _regional(idx, gaz, max(mods.start - 1, 0), hit.start)
    if not blocs and hit.end < len(doc) and doc[hit.end].lower_ in lex["place_preps"]:
        blocs = _regional(idx, gaz, hit.end + 1, min(hit.end + 5, len(doc)) + 1)  # 'terrorists in the Sahel'
    if (
        country is None
        and (plural or body)
        and hit.value not in _NO_CONTEXT
        and not (mods.code or blocs)  # "Western officials", "NATO troops": no country from the context
    ):
        # domestic groups take their country (CAMEO): "rebels in the north" of a story about Mali → MLI
        # a demonym describing someone else comes after the story's country: 'armed men kidnapped two American
        # missionaries' in a story about Haiti
        # armed groups and fighters meet or are handed over abroad ('peace talks with rebels in Oslo')
        armed = hit.value in NON_STATE_SECTORS or hit.value == "MIL"
        # 'The government accused Rwanda': not Rwanda's
        rivals = _rival_arguments(head, lex["rival_preps"]) if lemma in lex["government_nouns"] else frozenset()
        country = (
            _context_country(doc, idx, gaz, mods.start, exclude="", described=False, venues=not armed, skip=rivals)
            or _salient_country(idx, gaz, mods.start)
            or _context_country(doc, idx, gaz, mods.start, exclude="", venues=not armed, skip=rivals)
        )
    if country and lemma in lex["government_nouns"]:
        _add_entry(b, gaz.government(country), mods.start, end)
        return
    kind = "group" if plural else ("organisation" if body else "person")
    if kind == "person" and country is None and not mods.code:  # "the U.N. envoy" is the UN's: kept below
        main = _salient_country(idx, gaz, mods.start)
        if main is None and mods.definite and _home_title(title):
            main = _scene_country(doc, idx, gaz, mods.start)  # 'the president pardoned 300 prisoners ... in Harare'
        if _definite_person(b, mods, title, end, main, day) or not (mods.definite and main and _home_title(title)):
            return
        country = main  # "the opposition leader", "the former prime minister": of the story's country
    sector = "ELI" if mods.former else (mods.sector if mods.code else hit.value)
    name = doc[mods.start : end].text
    if country and not (mods.country or of_country):  # inferred from context: name it "Pakistani army"
        gov = gaz.government(country)
        name = f"{gov.name.removesuffix(' government') if gov else country} {title}"
    key = f"role:{country or mods.code or ''}:{title.lower()}"
    b.add(
        key,
        mods.start,
        end,
        name=name,
        kind=kind,
        country=country,
        sector=sector,
        title=title,
        code=mods.code or cameo_code(country, sector),
    )


def _body_abroad(doc: Doc, hit: Hit, mods: Modifiers) -> bool:
    """A role phrase an international body's name modifies, followed by where it is ('U.N. peacekeepers in
    Mogadishu'): the body's, not the place's."""
    return bool(mods.code) and mods.country is None and doc[hit.end].lower_ != "of"


def _names_feature(doc: Doc, hit: Hit, gaz: Gazetteer) -> bool:
    """A country's name that begins a geographic feature's ("the South China Sea", "the Taiwan Strait"), or a
    country's or town's that ends one ("the Gulf of Oman", "the Gulf of Aden", "the Sea of Azov"): the place,
    not the country, for the sides of an event and the story's countries alike."""
    entry = gaz.entry(hit.value) if hit.label == "NAME" else None
    if entry is None:
        return False
    if entry.kind == "country" and _feature_at(doc, hit.end):
        return True
    start = hit.start + 1 if doc[hit.start].lower_ == "the" else hit.start
    of_feature = (
        start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and _feature_at(doc, start - 2)
    )
    return of_feature and entry.kind in ("country", "capital", "place")


def _feature_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is a geographic feature's noun ('Sea', 'Strait', 'Peninsula'): the name before it is a
    place's."""
    return i < len(doc) and doc[i].lemma_.lower() in load_lexicon()["geo_feature_nouns"]


def _add_people(b: _Builder, hit: Hit, idx: HitIndex, gaz: Gazetteer) -> None:
    """A demonym standing alone: the country ("Russian and Chinese officials" aside), or a people —
    "Bosnian Serbs" (the first adjective gives the country), "ethnic Albanians" (the country from the
    sentence: "ethnic Albanians in Serbia" → SRB)."""
    doc = b.doc
    start, end, country = hit.start, hit.end, hit.value
    if _feature_at(doc, end):
        return  # "the Indian Ocean", "the Korean Peninsula": a place's name, not the country
    nxt = idx.named_by_start.get(end)
    if nxt is None and end + 1 < len(doc) and doc[end].text == "-" and _americans(doc, end + 1):
        nxt = idx.named_by_start.get(end + 1)  # "Chinese-Americans"
    if nxt is not None and nxt.label == "ADJ" and not _modifies_role(doc, nxt, idx, gaz):
        end = nxt.end
        if _americans(doc, nxt.start):
            country = nxt.value  # "Chinese Americans", "Iranian-Americans": Americans of that origin
    elif nxt is None and end < len(doc) and doc[end].ent_type_ == "NORP" and doc[end].tag_ == "NNPS":
        end += 1  # "Iraqi Kurds", "Syrian Druze": a people the gazetteer does not place
    ethnic = start > 0 and doc[start - 1].lower_ in load_lexicon()["ethnic_words"]
    if ethnic:
        start -= 1
        if doc[hit.start : hit.end].text.lower() not in gaz.peoples:  # "ethnic Baloch" keeps PAK
            country = _context_country(doc, idx, gaz, start, exclude=hit.value) or country
    if (start, end) == (hit.start, hit.end) and not _plural_people(b.toks[end - 1]):
        if _shared_role(b, hit, country, idx):
            return
        _add_entry(b, gaz.entry(f"country:{country}"), start, end)
        return
    place = (b.full_idx or idx).named_by_end.get(start - 1)  # NER may take "Kosovo Albanians" as one name
    home = gaz.entry(place.value) if place is not None and place.label == "NAME" else None
    if home is not None and home.kind in ("country", "place") and home.country and not ethnic:
        country = home.country  # "the Kosovo Albanians", "Crimea Tatars": the people of that place
    text = doc[start:end].text
    b.add(f"people:{text.lower()}", start, end, name=text, kind="group", country=country, sector="CVL", title=None)


def _americans(doc: Doc, i: int) -> bool:
    """'Americans', or a lone 'American' (not 'Turkish-American relations', which names two countries)."""
    word = doc[i].lower_
    return word == "americans" or (word == "american" and (i + 1 >= len(doc) or doc[i + 1].pos_ not in _NOUNS))


_NOUNS = frozenset({"NOUN", "PROPN"})


def _shared_role(b: _Builder, hit: Hit, country: str, idx: HitIndex) -> bool:
    """ "U.S. and Iraqi officials": the first country shares the role phrase of the second; adds that role
    actor (mention: the country's own words) and says whether it did."""
    toks, j = b.toks, hit.end
    if j + 1 >= len(toks) or toks[j].lower_ not in ("and", ",", "or"):
        return False
    nxt = idx.named_by_start.get(j + 1)
    if nxt is None or not (nxt.label == "ADJ" or nxt.value.startswith("country:")):
        return False
    agent = idx.agent_by_start.get(nxt.end)
    if agent is None or not _role_head(b.doc, agent) or agent.value in _NO_CONTEXT:
        return False
    title = b.doc[agent.start : agent.end].text
    plural = _plural_role(_head_token(b.doc, agent))
    b.add(
        f"role:{country}:{title.lower()}",
        hit.start,
        hit.end,
        name=f"{b.doc[hit.start : hit.end].text} {title}",
        kind="group" if plural else "person",
        country=country,
        sector=agent.value,
        title=title,
        code=cameo_code(country, agent.value),
    )
    return True


def _plural_role(head: Token) -> bool:
    """A plural role word; the parser tags a capitalised one opening a sentence as a singular proper noun
    ("Guerrillas hijacked a bus", "Militiamen forced ...")."""
    if head.tag_ in ("NNS", "NNPS"):
        return True
    word = head.lower_
    return (
        head.tag_ == "NNP"
        and bool(head.is_sent_start)
        and (word.endswith("men") or (word.endswith("s") and word[-2] != "s"))
    )


def _plural_people(tok: Token) -> bool:
    """A plural demonym naming the people, not the state ("Somalis fled", "thousands of Afghans"; the small
    model's singular proper noun 'Georgians' as an argument too)."""
    if not tok.lower_.endswith("s") or tok.dep_ in ("compound", "amod"):
        return False
    return tok.tag_ in ("NNS", "NNPS") or (tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "pobj", "dobj", "conj"))


def _inside_org_country(doc: Doc, idx: HitIndex, gaz: Gazetteer, hit: Hit) -> str | None:
    """The country named inside the organisation name a role word ends ("Baghdad University Medical School")."""
    head = doc[hit.end - 1]
    if head.ent_type_ not in ("ORG", "FAC"):
        return None
    start = hit.start
    while start > 0 and doc[start - 1].ent_type_ == head.ent_type_ and doc[start].ent_iob_ != "B":
        start -= 1
    return _country_inside(idx, gaz, start, hit.start) if start < hit.start else None


def _recent_government(b: _Builder, before: int) -> str | None:
    """The country of the government mentioned last in this or the previous sentence ("the Philippine
    government reported … The government demanded")."""
    sent = b.doc[before].sent
    prev = b.doc[sent.start - 1].sent if sent.start > 0 else sent
    lo, at = b.doc[prev.start].idx, b.doc[before].idx
    best: tuple[int, str] | None = None
    for actor in b.actors.values():
        if actor.kind != "government" or not actor.country:
            continue
        starts = [m.start for m in actor.mentions if lo <= m.start < at]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), actor.country)
    return best[1] if best else None


def _same_group(b: _Builder, lemma: str, before: int) -> Actor | None:
    """The latest group actor with a country whose role ends with the same noun ("the officials")."""
    at = b.doc[before].idx
    best: tuple[int, Actor] | None = None
    for actor in b.actors.values():
        if actor.kind != "group" or not actor.country or not actor.title:
            continue
        if actor.title.lower().split()[-1] not in (lemma, lemma + "s", lemma + "es"):
            continue
        starts = [m.start for m in actor.mentions if m.start < at]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), actor)
    return best[1] if best else None


_STATE_FORCES = frozenset({"MIL", "COP"})


def _reporting_state(b: _Builder, head: Token, lex: dict[str, frozenset[str]]) -> str | None:
    """The country of the state organ that reports what bare forces did: 'an Israeli army spokesman said
    troops shot ...', 'the Pakistani army said soldiers killed ...' (the subject of the verb of saying whose
    clause the forces act in, when it is an official, a government or forces of one country)."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex["speech_verbs"]:
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    fits = (a.country for a in b.actors_at(speaker.idx) if a.country and a.sector in _REPORTING_SECTORS)
    return next(fits, None)


_REPORTING_SECTORS = frozenset({"GOV", "MIL", "COP"})


_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _context_country(
    doc: Doc,
    idx: HitIndex,
    gaz: Gazetteer,
    at: int,
    exclude: str,
    names_only: bool = False,
    described: bool = True,
    venues: bool = True,
    skip: frozenset[int] = frozenset(),
) -> str | None:
    """The country of the nearest other country or place named in token ``at``'s sentence (with
    ``names_only``, demonyms aside: "Somalis fled to the Dadaab camp in Kenya" → KEN for the camp). A named
    country or place goes before a demonym, which may describe someone else ("Gunmen kidnapped two German aid
    workers in southern Sudan" → SDN), unless the demonym is in the phrase itself ("Engineers from two Japanese
    charities") or on a territory noun ("on Afghan soil"); a country's embassy names no locale; a leader's
    country only when neither is named. ``described=False`` leaves out demonyms describing someone else;
    ``venues=False`` the places meetings are held at ('peace talks with communist rebels in Oslo'); names at
    the tokens in ``skip`` (not demonyms: 'police arrested 40 Sikh militants') are left out."""
    sent = doc[at].sent
    best: tuple[int, str] | None = None
    lex = load_lexicon()
    territory, missions, borders = lex["territory_nouns"], lex["mission_nouns"], lex["boundary_nouns"]
    head = doc[at]
    while head.dep_ in ("det", "amod", "compound", "nummod", "poss") and head.head.i != head.i:
        head = head.head
    own = range(head.left_edge.i, head.right_edge.i + 1)  # 'Engineers from two Japanese charities'
    # 'rebels backed by Uganda': a patron is not the group's country
    patrons = {
        t.i for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in lex["patron_verbs"] for t in c.subtree
    }
    passes = ((False, False), (not names_only, False), (False, True)) if described else ((False, False), (False, True))
    # a place the sentence says something happens at ('in Athens') goes before a name describing a thing
    located = any(
        sent.start <= h.start < sent.end and h.label != "ADJ" and _at_place(doc[h.end - 1])
        for h in idx.named_by_start.values()
    )
    for adjectives, people in passes:
        for hit in idx.named_by_start.values():
            if (
                not sent.start <= hit.start < sent.end
                or hit.start in patrons
                or (hit.start in skip and hit.label == "NAME")
            ):
                continue
            if stance_prefixed(doc, hit.start, sent.start, lex["stance_prefixes"]):
                continue  # 'pro-Russian separatists near Donetsk': a side taken, not a place or people
            # 'on Afghan soil', 'Iraqi territory': a demonym on a territory noun names a place; one in the
            # phrase's own modifiers describes it
            described_thing = located and hit.label != "ADJ" and _names_a_thing(doc[hit.end - 1], territory)
            demonym = (hit.label == "ADJ" or described_thing) and not (
                (hit.end < sent.end and doc[hit.end].lower_ in territory) or hit.start in own
            )
            following = doc[hit.end].lower_ if hit.end < sent.end else ""
            if not venues and not demonym and _venue(doc[hit.end - 1], lex["venue_nouns"]):
                continue  # 'peace talks with communist rebels in Oslo': where they meet, not whose
            if demonym != adjectives or following in missions or following in borders:
                continue  # 'outside the U.S. embassy in Islamabad': a mission abroad is no locale, nor is
                # 'near the Thai border' (either side of it)
            country = _hit_country(hit, gaz, people)
            if country and country != exclude and (best is None or abs(hit.start - at) < best[0]):
                best = (abs(hit.start - at), country)
        if best is not None:
            break
    return best[1] if best else None


def _rival_arguments(head: Token, preps: frozenset[str]) -> frozenset[int]:
    """Tokens of the other sides of the clause a role phrase is the subject or agent of: its objects and
    'on'/'against'/'with'/'by' phrases ('The government accused Rwanda', 'The government was
    criticised by the United States'). A state named there is whom the role acts on or is acted on by, not the
    role's own; places it acts in stay ('shelled rebel positions in Sri Lanka')."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif head.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()  # an object's subject may be its owner ('Armenia called up reservists')
    if verb.pos_ not in ("VERB", "AUX"):
        return frozenset()
    args = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "dative") and c.i != head.i]
    args += [
        o
        for c in verb.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in preps)
        for o in c.children
        if o.dep_ == "pobj"
    ]
    out: set[int] = set()
    own = preps | {"of"}  # 'the government of Rwanda' is the side itself
    for arg in args:
        if head in arg.subtree:
            continue
        # 'arrested 40 Sikh militants in Punjab', 'shelled rebel positions in Sri Lanka': the place the other
        # side is at is where the clause happens
        settings = {t.i for p in arg.subtree if p.dep_ == "prep" and p.lower_ not in own for t in p.subtree}
        out.update(t.i for t in arg.subtree if t.i not in settings)
    return frozenset(out)


def _scene_country(doc: Doc, idx: HitIndex, gaz: Gazetteer, at: int) -> str | None:
    """The one country of the places token ``at``'s sentence says things happen at ('in Harare', 'near Goma'),
    when no other country or body is named in it: where a story that opens on 'the president' is set. A
    destination ('flew to Beijing', 'arrived in Moscow') or a foreign name anywhere in the sentence sets no
    scene."""
    sent, motion = doc[at].sent, load_lexicon()["motion_verbs"]
    here = [h for h in idx.named_by_start.values() if sent.start <= h.start < sent.end]
    scenes = {
        _hit_country(h, gaz)
        for h in here
        if h.label != "ADJ" and _at_place(last := doc[h.end - 1]) and last.head.head.lemma_.lower() not in motion
    }  # 'arrived in Moscow' is where a visitor goes
    others = {_hit_country(h, gaz) for h in here} | {_hit_country(h, gaz, people=True) for h in here}
    return next(iter(scenes)) if len(scenes) == 1 and others - {None} == scenes - {None} else None


def _venue(last: Token, meetings: frozenset[str]) -> bool:
    """The name's last word is where a meeting is held: 'talks in Oslo', 'resume talks ... in the Netherlands'."""
    if last.dep_ != "pobj" or last.head.lower_ not in ("in", "at"):
        return False
    head = last.head.head
    return head.lemma_.lower() in meetings or any(
        c.dep_ == "dobj" and c.lemma_.lower() in meetings for c in head.children
    )


def _antecedent_country(doc: Doc, idx: HitIndex, gaz: Gazetteer, at: int) -> str | None:
    """The country of the last country or body named by name before token ``at`` in its sentence: what a
    possessive 'its'/'their' on a role phrase refers to ('Iran said that its troops had shelled Iraqi villages')."""
    sent = doc[at].sent
    before = [h for h in idx.named_by_start.values() if sent.start <= h.start < at and h.label != "ADJ"]
    for hit in sorted(before, key=lambda h: -h.start):
        country = _hit_country(hit, gaz)
        if country:
            return country
    return None


def _at_place(last: Token) -> bool:
    """The name's last word is the object of a preposition of place ('in Athens', 'near Goma', 'pulled out of
    Kherson')."""
    if last.dep_ != "pobj":
        return False
    prep = last.head
    return prep.lower_ in _LOCATIVE_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "out")


def _names_a_thing(last: Token, territory: frozenset[str]) -> bool:
    """A name modifying a common noun that is no place and no subject describes that thing, as a demonym would
    ('burned the U.S. flag outside the embassy in Athens': the protest is in Greece); a subject's name is its
    country ('C.A.R. officials say'), a possessor its holder ('in Thailand's custody')."""
    head = last.head
    return (
        last.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.dep_ not in ("nsubj", "nsubjpass")
        and head.lower_ not in territory
        and not head.ent_type_
    )


def _hit_country(hit: Hit, gaz: Gazetteer, people: bool = False) -> str | None:
    """The country a named hit stands for as context: a country, place or body, not a news outlet (a story
    quoting AFP is not about France); a person only with ``people`` ('troops loyal to Laurent Gbagbo')."""
    if hit.label == "ADJ":
        return None if people else hit.value
    entry = gaz.entry(hit.value) if hit.label == "NAME" else None
    if entry is None or entry.sector == "MED" or (entry.kind == "person") != people:
        return None
    return entry.country


def _salient_country(idx: HitIndex, gaz: Gazetteer, before: int) -> str | None:
    """The country named most often before token ``before`` (latest wins ties), or None when none is."""
    counts: dict[str, tuple[int, int]] = {}
    for end, hit in idx.named_by_end.items():
        if end >= before:
            continue
        adj = idx.named_by_end.get(hit.start - 1)
        if adj is not None and _foreign_pair(adj, hit, gaz.entry(hit.value)):
            continue  # "the Philippine Senate" names no US body
        country = _hit_country(hit, gaz)
        if country:
            n, last = counts.get(country, (0, -1))
            counts[country] = (n + 1, max(last, end))
    return max(counts, key=lambda c: counts[c]) if counts else None


def _owner_country(b: _Builder, owner: str, before: int, main: str | None) -> str | None:
    """The country of the person named before token ``before`` whose title ends like ``owner`` ("the
    president's envoy" → the president named earlier; of the story's main country ``main`` if several)."""
    word = owner.split()[-1]
    at = b.toks[before].idx
    cands = [
        a
        for a in b.actors.values()
        if a.kind == "person"
        and a.country
        and a.title
        and a.title.lower().split()[-1] == word
        and a.mentions[0].start < at
    ]
    cands = [a for a in cands if a.country == main] or cands
    return cands[-1].country if len({a.country for a in cands}) == 1 or main in {a.country for a in cands} else None


def _leader_country(b: _Builder, start: int) -> str | None:
    """The country of the person named just before a government noun ("Trump administration")."""
    j = start - 1
    if j >= 0 and b.doc[j].text in ("'s", "’s"):
        j -= 1
    if j < 0 or j not in b.covered:
        return None
    return next((a.country for a in b.actors_at(b.doc[j].idx) if a.kind == "person"), None)


def _home_title(title: str) -> bool:
    """A title held at home ("opposition leader", "former prime minister", "judge"), not abroad ("envoy")."""
    word = title.lower().split()[-1]
    return word != "ambassador" and (word == "leader" or _national_title(title) or _domestic_title(title))


def _definite_person(b: _Builder, mods: Modifiers, title: str, end: int, main: str | None, day: str | None) -> bool:
    """ "the spokesperson" → the person so far whose title ends with that word: the only one, else the one
    named most often so far (then of the story's main country ``main``, then the latest); with none, the
    holder of that title in ``main`` on ``day``. False when it names no one."""
    if not mods.definite:
        return False
    word = title.lower().split()[-1]
    at = b.doc[mods.start].idx
    cands = [
        a
        for a in b.actors.values()
        if a.kind == "person" and a.title and a.title.lower().split()[-1] == word and a.mentions[0].start < at
    ]
    if len(cands) > 1:  # the story's own president: the one named most so far, of the main country, the latest
        cands = [
            max(
                cands,
                key=lambda a: (
                    sum(m.start < at for m in a.mentions),
                    a.country == main,
                    max(m.start for m in a.mentions if m.start < at),
                ),
            )
        ]
    if cands:
        b.add(cands[0].key or "", mods.start, end, name=cands[0].name, kind="person")
        return True
    holder = load_gazetteer().holder(main, title, day) if main else None
    entry = load_gazetteer().entry(holder) if holder else None
    if entry is not None and holder is not None:
        b.add(holder, mods.start, end, name=entry.name, kind="person", country=main, sector="GOV", title=title)
        return True
    return False


def _link_surnames(b: _Builder) -> None:
    """A lone capitalised name word NER missed ("Pedersen said") that names a person already in the story."""
    toks = b.toks
    for tok in toks:
        if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[0].isupper() and len(tok) >= 3):
            continue
        if tok.ent_type_ not in _SURNAME_ENTS or not b.free(tok.i, tok.i + 1):
            continue
        if any(
            0 <= k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper()
            for k in (tok.i - 1, tok.i + 1)
        ):
            continue
        known = _known_person(b, tok.text, tok.idx)
        if known is not None and known.key:
            b.add(known.key, tok.i, tok.i + 1, name=known.name, kind="person")


def _merge_lede_roles(b: _Builder) -> None:
    """News ledes describe, then name: "The U.N. special envoy for Syria is calling … Geir Pedersen issued his
    appeal". A definite role-only person is the first person introduced as a subject in the next two
    sentences when that person comes with no title or country of its own; the two become one actor."""
    doc = b.doc
    people = sorted(
        (a for a in b.actors.values() if a.kind == "person"), key=lambda a: min(m.start for m in a.mentions)
    )
    sent_starts: list[int] = []
    for role in [a for a in people if (a.key or "").startswith("role:")]:
        first = min(role.mentions, key=lambda m: m.start)
        nxt = _appos_person(doc, people, first)
        if nxt is None and (_definite_at(doc, first.start) or _possessed_at(doc, first.start)):
            sent_starts = sent_starts or [sent.start_char for sent in doc.sents]
            nxt = _next_subject_person(doc, b.text, sent_starts, people, first)
        if nxt is None or not (nxt.key or "").startswith("person:"):
            continue
        if (nxt.title and nxt.title.lower() != (role.title or "").lower()) or nxt.country not in (None, role.country):
            continue  # the named person holds another office, or another country's
        nxt.mentions.extend(role.mentions)
        nxt.title, nxt.sector, nxt.country, nxt.code = role.title, role.sector, role.country, role.code
        del b.actors[role.key or ""]


def _merge_called(b: _Builder) -> None:
    """ "a mostly Christian militia called the anti-Balaka", "a rebel group known as M23": the role mention
    is the named group's (moved from the role actor, which goes when it has no mention left)."""
    starts = {m.start: (a, m) for a in b.actors.values() for m in a.mentions if a.kind in ("group", "organisation")}
    lead = load_lexicon()["naming_words"]
    for role in [a for a in b.actors.values() if (a.key or "").startswith("role:") and a.kind != "person"]:
        for m in list(role.mentions):
            after = b.text[m.end : m.end + 40]
            words = after.split()
            n = 2 if words[:2] == ["known", "as"] else (1 if words[:1] and words[0] in lead else 0)
            if n == 0:
                continue
            rest = after.split(maxsplit=n)[n] if len(words) > n else ""
            at = m.end + len(after) - len(rest)
            hit = starts.get(at) or (starts.get(at + 4) if rest.lower().startswith("the ") else None)
            if hit is None:
                continue
            target, name = hit
            if target is role or not target.key or target.key.startswith("role:"):
                continue
            if _modifies_a_noun(b.doc, name):
                continue  # 'the ministry called the EU plan unfair': a name modifying a noun is no name given
            role.mentions.remove(m)
            target.mentions.append(m)
        if not role.mentions:
            del b.actors[role.key or ""]


def _modifies_a_noun(doc: Doc, mention: Mention) -> bool:
    """The mention ends in a word modifying a noun after it ('the EU plan')."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span[-1].dep_ in ("compound", "amod") and span[-1].head.i > span[-1].i


def _appos_person(doc: Doc, people: list[Actor], role: Mention) -> Actor | None:
    """The person whose name stands in apposition to the role phrase ("Somalia's ambassador to Kenya, Mohamud
    Ahmed Nur, accuses …")."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    if span is None:
        return None
    for actor in people:
        start = min(m.start for m in actor.mentions)
        name = doc.char_span(start, start + 1, alignment_mode="expand")
        if start <= role.start or name is None or name.sent != span.sent:
            continue
        head = name[0]
        while head.dep_ in ("compound", "flat") and head.head is not head:
            head = head.head
        # 'The U.S. special envoy for Syria, James Jeffrey, ...': the name may hang on the portfolio
        of = head.head
        if not span.start <= of.i < span.end and of.dep_ == "pobj" and of.head.lower_ in PORTFOLIO_PREPS:
            of = of.head.head
        if head.dep_ == "appos" and span.start <= of.i < span.end:
            return actor
    return None


def _next_subject_person(
    doc: Doc, text: str, sent_starts: list[int], people: list[Actor], role: Mention
) -> Actor | None:
    """The person named in apposition right after ``role`` ("…'s special envoy, Steve Witkoff,"), else the
    first person first mentioned, as a subject, one or two sentences after it."""
    after = role.start
    here = _sent_index(sent_starts, after)
    for actor in people:
        start = min(m.start for m in actor.mentions)
        if start <= after:
            continue
        between = text[role.end : start]
        if _sent_index(sent_starts, start) == here and (between.strip() == "," or _JOINED_TITLE.match(between)):
            return actor  # "Trump's special envoy, Steve Witkoff, spoke with …"; "the journalist and VOA host X"
        if not 0 < _sent_index(sent_starts, start) - here <= 2:
            continue
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and _is_subject(span[0]):
            return actor
    return None


_JOINED_TITLE = re.compile(r"^\s+and\s+[\w.'’ -]{1,30}\s$")  # "... journalist and VOA host " before the name


def _is_subject(tok: Token) -> bool:
    """Whether ``tok`` is a subject or inside a subject's name ("Geir" of "Geir Pedersen said")."""
    while tok.dep_ in ("compound", "flat") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _definite_at(doc: Doc, char: int) -> bool:
    """Whether the token before the one starting at ``char`` is "the"."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "the"


def _possessed_at(doc: Doc, char: int) -> bool:
    """Whether the token before the one starting at ``char`` is a possessive ("Trump's envoy")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].tag_ == "POS"


def _sent_index(sent_starts: list[int], char: int) -> int:
    """The index of the sentence holding character ``char`` (``sent_starts``: each sentence's first char)."""
    return bisect_right(sent_starts, char) - 1


def _fill_title_countries(b: _Builder) -> None:
    """A titled person with no country ("Representative Michael McCaul") takes the country of the earlier people
    with the same title, else the one country of the earlier actors of the same sector ("U.S. lawmakers")."""
    ordered = sorted(b.actors.values(), key=lambda a: min(m.start for m in a.mentions))
    for n, actor in enumerate(ordered):
        if actor.kind != "person" or actor.country or not actor.title or not actor.sector:
            continue
        if actor.sector in _NO_CONTEXT or actor.sector == "ELI":
            continue
        earlier = [a for a in ordered[:n] if a.country]
        same_title = {
            a.country for a in earlier if a.kind == "person" and (a.title or "").lower() == actor.title.lower()
        }
        same_sector = {a.country for a in earlier if a.sector == actor.sector}
        found = same_title if same_title else (same_sector if actor.sector in _INHERITED_SECTORS else set())
        if len(found) == 1:
            actor.country = found.pop()
            actor.code = cameo_code(actor.country, actor.sector)


_PLACED_GROUP_SECTORS = frozenset(
    {"REB", "MIL", "COP", "CVL", "LAB", "REL", "UAF", "CRM", "OPP", "SEP", "INS", "EDU", "HLH"}
)


def _stance_words(doc: Doc, idx: HitIndex, sent: Span, prefixes: frozenset[str]) -> set[int]:
    """The tokens of the sides a sentence's role phrases take ('pro', '-', 'Russian' of 'pro-Russian')."""
    return {
        i
        for h in idx.named_by_start.values()
        if sent.start <= h.start < sent.end and stance_prefixed(doc, h.start, sent.start, prefixes)
        for i in range(h.start - 2, h.end)
    }


def _regional(idx: HitIndex, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a region of several states (a place of no country) modifies a role phrase between tokens
    ``start`` and ``end``: 'South American leaders', like 'Western officials', take no country from the context."""
    hits = (idx.named_by_end.get(j) for j in range(start, end))
    return any(
        h is not None and (e := gaz.entry(h.value)) is not None and e.kind == "place" and not e.country for h in hits
    )


def _fill_place_countries(b: _Builder) -> None:
    """'Rebels attacked a police post in Ayacucho', 'Islamic militants killed 12 villagers near Medea': a group
    its words place in no country takes the country of the places its sentences name, when they are all in one
    (towns only NER found are no context while role phrases are read; here they are)."""
    sents = [(s.start_char, s.end_char) for s in b.doc.sents]
    places = [(m.start, a.country) for a in b.actors.values() if a.kind == "place" and a.country for m in a.mentions]
    blocs = load_lexicon()["bloc_words"]  # 'foreign aid workers', 'Western diplomats': from elsewhere
    for actor in b.actors.values():
        sector = actor.sector or actor.code
        if actor.kind != "group" or actor.country or sector not in _PLACED_GROUP_SECTORS:
            continue
        if any(blocs.intersection(_phrase_words(b.doc, m.start, m.end)) for m in actor.mentions):
            continue
        spans = [(lo, hi) for lo, hi in sents if any(lo <= m.start < hi for m in actor.mentions)]
        found = {c for at, c in places if any(lo <= at < hi for lo, hi in spans)}
        if len(found) == 1:
            actor.country = found.pop()
            actor.sector = sector
            actor.code = cameo_code(actor.country, sector)


def _phrase_words(doc: Doc, start: int, end: int) -> set[str]:
    """The lower-cased words of the noun phrase around the characters ``start:end`` (its modifiers too)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {t.lower_ for t in span.root.subtree if t.i <= span.root.i}


def _fill_predicate_countries(b: _Builder) -> None:
    """'Jimmy Lai is a Hong Kong media tycoon': a person with no country takes the country of the role the
    sentence predicates of them (the copula's complement)."""
    at: dict[int, Actor] = {m.start: a for a in b.actors.values() for m in a.mentions}
    for tok in b.toks:
        if tok.lemma_ != "be":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in tok.children if c.dep_ == "attr"), None)
        if subj is None or attr is None:
            continue
        who = next((at[t.idx] for t in subj.subtree if t.idx in at), None)
        role = next((at[t.idx] for t in attr.subtree if t.idx in at), None)
        if who is None or role is None or who is role or who.kind != "person" or who.country:
            continue
        if role.kind in ("person", "group") and role.country:
            who.country = role.country
            who.sector = who.sector or role.sector
            who.code = cameo_code(who.country, who.sector)
