"""Noun-phrase composition around gazetteer hits: titles, nationality adjectives, possessive countries,
appositions, and the metonymy test for capitals (acting government or mere place).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.actors.gazetteer import NON_STATE_SECTORS, Entry, Gazetteer, load_lexicon
from newsgraph.actors.matching import Hit

_POSSESSIVE = {"'s", "’s", "'", "’"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}


@dataclass(slots=True)
class Modifiers:
    """What the words around a head tell about it: country, role phrase, sector, and the span they cover."""

    start: int  # leftmost token consumed (determiner excluded)
    country: str | None = None
    title: str | None = None  # the role words as written ("foreign ministry spokesperson")
    sector: str | None = None
    former: bool = False
    definite: bool = False  # preceded by "the"
    code: str | None = None  # an organisation's code when the role belongs to one ("NATO troops")
    ethnic: bool = False  # "ethnic Albanian guerrillas": the adjective names a people, not the state
    owner: str | None = None  # an unnamed owner's role ("the president's special envoy" → "president")
    agents: list[Hit] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return self.country is not None or self.title is not None


class HitIndex:
    """Hits indexed by their last token, for the right-to-left scan of a noun phrase."""

    def __init__(self, named: list[Hit], agents: list[Hit]) -> None:
        self.named_by_end = {h.end - 1: h for h in named}
        self.agent_by_end = {h.end - 1: h for h in agents}
        self.agent_by_start = {h.start: h for h in agents}
        self.named_by_start = {h.start: h for h in named}


def _hit_key(doc: Doc, hit: Hit) -> str:
    """The table key of a hit (adjectives, peoples, qualifiers): its tokens, lower-cased and space-joined."""
    return " ".join(t.lower_ for t in doc[hit.start : hit.end])


_TITLE_OWNERS = frozenset({"country", "capital", "place", "organisation", "government", "group"})


def scan_left(doc: Doc, start: int, idx: HitIndex, gaz: Gazetteer) -> Modifiers:
    """Walk left from ``start`` over role phrases, adjectives, possessive countries and title words."""
    lex = load_lexicon()
    mods = Modifiers(start=start)
    titles: list[str] = []
    title_country: str | None = None  # the country a title name implies ("Secretary of State": USA)
    role_sector: str | None = None  # the role's own sector under an organisation's portfolio ("U.N. ambassador")
    org_portfolio = False
    j = start - 1
    sent_start = doc[start].sent.start if start < len(doc) else 0
    while j >= sent_start:
        tok = doc[j]
        agent = idx.agent_by_end.get(j)
        named = idx.named_by_end.get(j)
        if agent is not None and agent.value not in ("NON", "UNK", "JNK"):
            titles.insert(0, doc[agent.start : agent.end].text)
            mods.sector = mods.sector or agent.value
            mods.agents.append(agent)
            j = mods.start = agent.start
        elif named is not None and stance_prefixed(doc, named.start, sent_start, lex["stance_prefixes"]):
            j = mods.start = named.start - 2  # 'pro-Russian separatists', 'anti-NATO protesters': a side they
            # take, not whose they are
        elif named is not None and named.label == "ADJ":
            if not _hyphenated_american(doc, named, mods.start):
                _owned_portfolio(mods, org_portfolio, role_sector)  # "the Russian U.N. ambassador"
                mods.country = named.value  # the leftmost wins: "Bosnian Serb forces", "Iraqi Kurdish fighters"
            j = mods.start = named.start
            if j > sent_start and doc[j - 1].lower_ in lex["ethnic_words"]:
                mods.ethnic = _hit_key(doc, named) not in gaz.peoples  # "ethnic Baloch": PAK, its own
                j = mods.start = j - 1
        elif named is not None and named.label == "NAME" and _is_title_name(doc, named, gaz):
            titles.insert(0, doc[named.start : named.end].text)  # "Secretary of State Rubio": a title, not a body
            entry = gaz.entry(named.value)
            title_country = title_country or (entry.country if entry else None)
            mods.sector = mods.sector or (entry.sector if entry else None)
            j = mods.start = named.start
        elif named is not None and named.label == "NAME" and titles:
            entry = gaz.entry(named.value)
            if entry is None or entry.kind not in _TITLE_OWNERS:
                break
            if entry.kind == "place" and not (start < len(doc) and doc[start].pos_ == "PROPN"):
                break  # a place's title names its country's official ('Texas Gov. Greg Abbott'); 'Darfur rebels'
                # stay a role phrase, the place its context
            if mods.country and not _portfolio(titles):
                break  # "U.S. Ukraine envoy": past the portfolio, the owner on the left wins
            if entry.country:
                _owned_portfolio(mods, org_portfolio, role_sector)  # "U.S. deputy U.N. ambassador"
            mods.country = entry.country
            if entry.sector in ("IGO", "NGO") or entry.kind == "group":
                org_portfolio = entry.sector in ("IGO", "NGO") and _portfolio(titles) and not mods.country
                role_sector = mods.sector
                mods.sector, mods.code = entry.sector, entry.code
            if entry.kind == "group":  # "Hamas leaders in Doha" are Hamas's; the group stays its own mention
                mods.start = j + 1
                break
            j = mods.start = named.start
        elif tok.text in _POSSESSIVE and j - 1 in idx.named_by_end:
            owner = idx.named_by_end[j - 1]
            entry = gaz.entry(owner.value)
            if entry is not None and entry.kind == "group" and titles and not mods.country:
                # "the Islamic State group's senior leaders", "Hamas's leaders": the group's, as "Hamas leaders"
                mods.country, mods.sector, mods.code = entry.country, entry.sector, entry.code
                mods.start = j + 1
                break
            if entry is None or entry.kind not in ("country", "capital", "person"):
                break
            if mods.country and not _portfolio(titles):
                break  # "Trump's Ukraine envoy"
            if entry.country:
                _owned_portfolio(mods, org_portfolio, role_sector)  # "Russia's U.N. envoy"
            mods.country = entry.country
            if entry.kind == "person":  # "Trump's special envoy": the owner stays its own mention
                mods.start = j + 1
                break
            j = mods.start = owner.start
        elif tok.text in _POSSESSIVE and titles and j - 1 in idx.agent_by_end:
            owner = idx.agent_by_end[j - 1]  # "the president's special envoy": the owner is a role, resolved later
            if owner.value in NON_STATE_SECTORS:  # "the Islamic State terror group's leaders": the group's
                named = idx.named_by_end.get(owner.start - 1)
                entry = gaz.entry(named.value) if named is not None and named.label == "NAME" else None
                if entry is not None and entry.kind == "group":
                    mods.country, mods.sector, mods.code = entry.country, entry.sector, entry.code
                else:
                    mods.sector = owner.value
            else:
                mods.owner = doc[owner.start : owner.end].text.lower()
            mods.start = j + 1
            break
        elif (
            tok.text == "-" and j - 1 in idx.named_by_end and _hyphenated_american(doc, idx.named_by_end[j - 1], j + 1)
        ):
            j -= 1  # "Iranian-American": the hyphen joins the two demonyms
            continue
        elif tok.lower_ in lex["former_words"] or tok.lower_ in lex["title_skip_words"]:
            mods.former = mods.former or tok.lower_ in lex["former_words"]
            j -= 1
            if mods.found:
                mods.start = j + 1
            continue  # before plain modifiers: 'former top EU official' is former
        elif titles and _inner_modifier(tok, start):
            j -= 1  # "NATO peacekeeping troops", "Ibo traditional elders", "U.N. war crimes court"
            continue
        else:
            mods.definite = tok.lower_ == "the"
            break
        j -= 1
    mods.title = " ".join(titles) if titles else None
    mods.country = mods.country or title_country
    return mods


def stance_prefixed(doc: Doc, start: int, sent_start: int, prefixes: frozenset[str]) -> bool:
    """A name after 'pro-' or 'anti-' ('pro-Russian', 'anti-NATO')."""
    return start - 2 >= sent_start and doc[start - 1].text == "-" and doc[start - 2].lower_ in prefixes


def _owned_portfolio(mods: Modifiers, org_portfolio: bool, role_sector: str | None) -> None:
    """A country owning a role held under an organisation's portfolio ("Russia's U.N. envoy", "the U.S. deputy
    U.N. ambassador") makes it that country's official: the role's own sector again, and no organisation code."""
    if org_portfolio and mods.country is None:
        mods.sector, mods.code = role_sector, None


def _hyphenated_american(doc: Doc, named: Hit, after: int) -> bool:
    """A demonym right before 'American' ('Iranian American journalist', 'Chinese-American scientist') names an
    American's origin: the person is American."""
    if named.label != "ADJ" or after >= len(doc) or doc[after].lower_ != "american":
        return False
    return named.end == after or (named.end + 1 == after and doc[named.end].text == "-")


PORTFOLIO_PREPS = frozenset({"for", "to", "on"})  # "the U.S. envoy to Ukraine": a portfolio, not an owner


def _portfolio(titles: list[str]) -> bool:
    """Whether the role phrase ends with a portfolio noun ("envoy", "ambassador"): its country may be a
    portfolio, and an owner named further left takes precedence."""
    return bool(titles) and portfolio_title(titles[-1])


def portfolio_title(title: str) -> bool:
    """Whether a title holds a portfolio noun ("special envoy", "representative")."""
    return bool(load_lexicon()["portfolio_nouns"].intersection(title.lower().split()))


def _is_title_name(doc: Doc, named: Hit, gaz: Gazetteer) -> bool:
    """A gazetteer name that is also a role phrase ("Secretary of State") used as a title: a name follows."""
    start = named.start + 1 if doc[named.start].lower_ == "the" else named.start
    phrase = " ".join(t.lower_ for t in doc[start : named.end])
    nxt = doc[named.end] if named.end < len(doc) else None
    if nxt is None or not (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
        return False
    # "Secretary of State Rubio"; "Homeland Security Secretary Kristi Noem" (a body's name ending in a role noun)
    last = doc[named.end - 1].lower_
    return phrase in gaz.agents or (named.end - start > 1 and last in load_lexicon()["national_role_nouns"])


def _inner_modifier(tok: Token, start: int) -> bool:
    """A plain modifier inside the noun phrase: an adjective or noun attached to a word on its right, or an
    adverb grading such an adjective ('most senior leaders')."""
    if tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.dep_ == "amod":
        return tok.i < tok.head.i < start and _inner_modifier(tok.head, start)
    return (
        tok.is_alpha
        and tok.pos_ in ("ADJ", "NOUN", "PROPN")
        and tok.dep_ in ("amod", "compound", "nmod")
        and tok.i < tok.head.i <= start
        and tok.ent_type_ not in ("PERSON", "GPE")
    )


def entity_end(doc: Doc, start: int) -> int:
    """The end (exclusive) of the named entity NER begins at token ``start``."""
    k = start + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def scan_of_country(
    doc: Doc, end: int, idx: HitIndex, gaz: Gazetteer, preps: frozenset[str] = frozenset({"of"})
) -> tuple[str | None, int]:
    """``the president of France`` / ``foreign minister of Iran`` / (with ``preps``) ``security forces in
    Guinea``, ``the government of Sindh province``: (country, new end) after a role phrase."""
    if end + 1 < len(doc) and doc[end].lower_ in preps:
        j = end + 1
        if doc[j].lower_ == "the" and j + 1 < len(doc) and not (doc[end].lower_ == "of" and j in idx.named_by_start):
            j += 1  # "of the Syrian parliament"; after 'of' a name may hold its 'the' ("of the United States")
        named = idx.named_by_start.get(j)
        if named is not None and named.label == "ADJ" and preps != {"of"}:
            return named.value, end  # "a member of the Syrian parliament"
        if named is not None and named.label == "NAME":
            entry = gaz.entry(named.value)
            if entry is not None and entry.kind in ("country", "capital", "place") and entry.country:
                return entry.country, named.end
        ent = doc[j].ent_type_ in ("GPE", "LOC") and doc[j].ent_iob_ == "B"
        if ent and preps != {"of"}:
            k = entity_end(doc, j)
            town = town_at(doc, j, k, gaz)
            if town:
                return town, k
    return None, end


_LIST_WORDS = frozenset({"and", "or", "&"})
_TOWN_KINDS = frozenset({"capital", "place"})  # what a state or country after a comma can place


def qualify_places(doc: Doc, named: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A town or city named with its state, province or country after a comma is that country's ('Tripoli,
    Lebanon', 'Birmingham, Ala.', 'London, Ontario', 'Atlanta, Georgia'; a town only NER found, 'Kalat,
    Pakistan'): one hit over both names, whose entry is the town's namesake in that country (its own entry when
    the town is already there). A country or region that is an item of a list is no qualifier ('Mumbai,
    Karachi and Dhaka', 'Paris, Germany and Italy')."""
    by_start = {h.start: h for h in named}
    covered = {i for h in named for i in range(h.start, h.end)}
    towns = [
        Hit("NAME", e.start, e.end, f"place:{e.text.lower()}")  # NER's towns the gazetteer lacks
        for e in doc.ents
        if e.label_ in ("GPE", "LOC")
        and covered.isdisjoint(range(e.start, e.end))
        and e.end < len(doc)
        and doc[e.end].text == ","
    ]
    out: list[Hit] = []
    taken: set[int] = set()  # starts of qualifier hits merged into their town
    for hit in sorted([*named, *towns], key=lambda h: h.start):
        if hit.start in taken:
            continue
        entry = gaz.entry(hit.value) if hit.label == "NAME" else None
        if entry is None and hit.value.startswith("place:"):
            entry = Entry(hit.value, doc[hit.start : hit.end].text, "place", gaz.town(hit.value[6:]), None, None)
        found = _qualifier(doc, hit.end, by_start, gaz) if entry is not None and entry.kind in _TOWN_KINDS else None
        if entry is None or found is None:
            if hit.start in by_start:  # a gazetteer hit, kept; an NER town with no qualifier is left to NER
                out.append(hit)
            continue
        end, countries = found
        country = entry.country if entry.country in countries else countries[0]
        key = entry.key if country == entry.country and hit.start in by_start else gaz.place_in(entry, country).key
        out.append(Hit("NAME", hit.start, end, key))
        taken.update(range(hit.end, end))
    return out


def namesake_places(doc: Doc, named: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A city whose name a large town of another country shares is that town where its sentence calls a
    place that country's and names none of the city's own ('militias in Tripoli ... the north Lebanese port':
    Lebanon's Tripoli, not Libya's capital). A country merely named beside it ('the American embassy in
    Athens') places nothing."""
    territory = load_lexicon()["territory_nouns"]
    out: list[Hit] = []
    for hit in named:
        entry = gaz.entry(hit.value) if hit.label == "NAME" else None
        others = gaz.namesakes.get(doc[hit.start : hit.end].text.lower(), []) if entry is not None else []
        if entry is None or entry.kind not in _TOWN_KINDS or not others:
            out.append(hit)
            continue
        sent = doc[hit.start].sent
        here = [h for h in named if h is not hit and sent.start <= h.start < sent.end]
        placed = {h.value for h in here if h.label == "ADJ" and h.end < sent.end and doc[h.end].lower_ in territory}
        own = any(h.label == "ADJ" and h.value == entry.country for h in here) or any(
            (e := gaz.entry(h.value)) is not None and e.kind == "country" and e.country == entry.country
            for h in here
            if h.label == "NAME"
        )
        found = [c for c in others if c in placed]
        if own or len(found) != 1:
            out.append(hit)
            continue
        out.append(Hit("NAME", hit.start, hit.end, gaz.place_in(entry, found[0]).key))
    return out


def _qualifier(doc: Doc, comma: int, by_start: dict[int, Hit], gaz: Gazetteer) -> tuple[int, list[str]] | None:
    """(end, countries) of the state, province or country named after the comma at ``comma``, else None."""
    if comma + 1 >= len(doc) or doc[comma].text != "," or not doc[comma + 1].text[:1].isupper():
        return None
    hit = by_start.get(comma + 1)
    if hit is None:  # an abbreviation, which no list holds ('Ala.', 'N.Y.')
        return (comma + 2, gaz.qualifiers[doc[comma + 1].lower_]) if doc[comma + 1].lower_ in gaz.qualifiers else None
    entry = gaz.entry(hit.value) if hit.label == "NAME" else None
    if entry is None:
        return None
    countries = [entry.country] if entry.kind == "country" and entry.country else []
    countries += gaz.qualifiers.get(_hit_key(doc, hit), [])
    after = doc[hit.end] if hit.end < len(doc) else None
    listed = after is not None and (
        after.lower_ in _LIST_WORDS
        or (
            after.text == ","
            and hit.end + 1 < len(doc)
            and (hit.end + 1 in by_start or doc[hit.end + 1].lower_ in _LIST_WORDS)
        )
    )
    return (hit.end, countries) if countries and not listed else None


def town_at(doc: Doc, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The country of the town named by ``doc[start:end]``; none after 'the' ('in the Andes', 'the Alps': a
    mountain range or region, not the Colombian town of Andes)."""
    if start > 0 and doc[start - 1].lower_ == "the":
        return None
    return gaz.town(doc[start:end].text)


def scan_of_organisation(doc: Doc, end: int, idx: HitIndex, gaz: Gazetteer) -> tuple[Entry | None, int]:
    """``ministers from the Arab League`` / ``the leader of ISIS``: the organisation or armed group a role
    phrase belongs to, and the new end."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "from"):
        return None, end
    named = idx.named_by_start.get(end + 1)  # the name may hold its "the" ("the European Union") or not
    if named is None and doc[end + 1].lower_ == "the":
        named = idx.named_by_start.get(end + 2)
    entry = gaz.entry(named.value) if named is not None and named.label == "NAME" else None
    if named is None or entry is None or entry.kind not in ("organisation", "group"):
        return None, end
    return entry, named.end


def scan_apposition(doc: Doc, end: int, idx: HitIndex, gaz: Gazetteer) -> Modifiers | None:
    """``Wang Wenbin, a Chinese foreign ministry spokesperson, said``: the role phrase after a name."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    j = end + 1
    if doc[j].lower_ in ("the", "a", "an"):
        j += 1
    k = j
    while k < len(doc) and k < j + 8:
        agent = idx.agent_by_start.get(k)
        named = idx.named_by_start.get(k)
        if agent is not None:
            k = agent.end
            if k < len(doc) and doc[k].pos_ in ("VERB", "AUX") and _own_subject(doc, end, k):
                return None  # 'plotting to kill Bush, the news agency said': the role speaks, the name was before
            if k >= len(doc) or doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                mods = scan_left(doc, k, idx, gaz)
                return mods if mods.title else None
            portfolio = _portfolio([doc[agent.start : k].text])
            if portfolio and doc[k].lower_ in PORTFOLIO_PREPS:  # "the U.S. envoy to Ukraine": a portfolio
                mods = scan_left(doc, k, idx, gaz)
                return mods if mods.title else None
            if doc[k].lower_ in ("for", "of", "at", "with"):  # "a spokesman for the Afghan Taliban"
                mods = scan_left(doc, k, idx, gaz)
                return _belongs_to(doc, k + 1, idx, gaz, mods) if mods.title else None
        elif named is not None and named.label == "ADJ":
            k = named.end
        elif doc[k].text in _POSSESSIVE or doc[k].lower_ in load_lexicon()["title_skip_words"]:
            k += 1
        elif named is not None:
            k = named.end
        elif doc[k].pos_ == "ADJ" or (doc[k].pos_ == "NOUN" and doc[k].dep_ in ("compound", "amod")):
            k += 1  # "C.A.R.'s territorial administration minister"
        else:
            return None
    return None


def _own_subject(doc: Doc, end: int, k: int) -> bool:
    """The role phrase ending before token ``k`` is the subject of the verb at ``k`` and the name ending at
    ``end`` hangs on neither: a clause of its own after the name's clause, no apposition."""
    role, name = doc[k - 1], doc[end - 1]
    while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.i < end:
        name = name.head
    return role.dep_ in ("nsubj", "nsubjpass") and role.head.i == k and name.head.i not in (role.i, k)


def _belongs_to(doc: Doc, j: int, idx: HitIndex, gaz: Gazetteer, mods: Modifiers) -> Modifiers:
    """The country (and sector, for an organisation) of the body named at token ``j`` onwards."""
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    country: str | None = None
    for _ in range(3):
        named = idx.named_by_start.get(j)
        if named is None:
            break
        if named.label == "ADJ":
            country = country or named.value
            j = named.end
            continue
        entry = gaz.entry(named.value)
        if entry is not None and entry.kind != "person":
            country = entry.country or country
            if entry.kind in ("organisation", "group") and entry.sector:
                mods.sector = entry.sector
                mods.code = entry.code if entry.sector in ("IGO", "NGO") else None
        break
    if country:
        mods.country = mods.country or country
    return mods


def acts(token: Token) -> bool:
    """Whether a capital (or similar place name) is used as an acting agent rather than a location.

    Subjects, possessors ("Beijing's support") and objects of non-locative prepositions ("ties with
    Moscow") act; objects of locative prepositions ("a visit to Moscow") and of motion verbs ("visiting
    Beijing") are places.
    """
    lex = load_lexicon()
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    dep = token.dep_
    if dep in _SUBJECT_DEPS:
        return True
    if dep == "pobj":
        if token.head.lower_ == "from" and token.head.head.lemma_.lower() in lex["from_source_heads"]:
            return True  # 'pressure from Washington', 'received support from Moscow'
        if token.head.lower_ == "from" and any(
            c.dep_ == "prep" and c.lower_ == "under" for c in token.head.head.children
        ):
            return True  # 'came under fire from Washington': who does what the subject undergoes
        return token.head.lower_ not in lex["locative_preps"]
    if dep == "dobj":
        return token.head.lemma_.lower() not in lex["motion_verbs"]
    return _missed_subject(token)


def _missed_subject(token: Token) -> bool:
    """A name opening its clause right before a subjectless finite verb, which the small model parsed as a
    modifier ('Windhoek accused Pretoria': advmod): the verb's subject."""
    verb = token.head
    return (
        token.dep_ in ("advmod", "npadvmod", "nmod", "compound")
        and verb.i == token.i + 1
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and (token.i == token.sent.start or token.nbor(-1).is_punct)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )
