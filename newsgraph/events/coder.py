"""The event coder: PLOVER events with actors, date, location, modality and attribution per sentence."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from newsgraph.actors.gazetteer import NON_STATE_SECTORS, load_gazetteer
from newsgraph.actors.gazetteer import load_lexicon as load_actor_lexicon
from newsgraph.actors.table import ActorTable
from newsgraph.events.arguments import (
    actor_ids,
    destination_ids,
    find_arguments,
    less_sent,
    light_verb,
    natural_agent,
    placed,
    pressing_ids,
    sent_destination_ids,
    sighting_roles,
    transnational,
    undergoer_roles,
    visitor_of,
)
from newsgraph.events.attribution import find_attribution, quotes_at
from newsgraph.events.combine import codebook_type, governor, obliged, orders_own_forces
from newsgraph.events.context import Context, countries, location_actor, no_places
from newsgraph.events.dating import (
    Dated,
    backgrounded,
    carry_dates,
    day_offset,
    day_value,
    deadline,
    event_date,
    is_ahead,
    is_historical,
    ongoing,
    sentence_time,
    shifted,
)
from newsgraph.events.evaluation import evaluation_roles, evaluative
from newsgraph.events.frames import (
    frame_ok,
    generic,
    happening_verb,
    incursion,
    pattern_noun,
    received_object,
    sent_to_act,
    thing_subject,
    weapon_agent,
)
from newsgraph.events.implicit import (
    addressee_ids,
    carried_actors,
    clause_subject_ids,
    conditional_target,
    demand_addressees,
    government_of,
    helped_ids,
    implied_government,
    intended_recipients,
    mission_target,
    named_antecedent,
    own_people,
    place_authority,
    protest_target,
    purpose_target,
    referred_act_actors,
    referred_type,
    salient_state,
    stance_target,
    state_actor,
    unidentified_actor,
)
from newsgraph.events.lexicon import Cues, Entry, load_cues, load_lexicon
from newsgraph.events.location import find_location, stateless_place
from newsgraph.events.modality import ModalityInfo, find_modality, unconfirmed
from newsgraph.events.ontology import load_ontology
from newsgraph.events.scoring import confidence, context_labels
from newsgraph.events.syntax import (
    IN_PREP,
    TARGET_PREPS,
    agent_of,
    agentless_passive,
    closing_report,
    determined_by,
    direct_objects,
    doer_of,
    governing_verb,
    prep_objects,
    subject_of,
    to_infinitive,
)
from newsgraph.events.triggers import (
    Trigger,
    assembly_protests,
    candidates,
    find_triggers,
    modal_requests,
    regular_bases,
)
from newsgraph.model import Actor, Article, Event, Location, Quote, TimeExpr


def _place_recipient(
    trig: Trigger, etype: str, location: Location | None, actors: list[str], recipients: list[str], ctx: Context
) -> list[str]:
    """The actor named by the event's place, when it stands in for a missing recipient (the host of a visit,
    the government where a protest or a curfew happens)."""
    if location is None or location.start is None or location.end is None or trig.entry.mode == "arrest":
        return []
    if _near_place(trig.token.doc, location.start, ctx.cues):
        return []  # 'near the Cameroon border' places the event, it does not target Cameroon
    if _actors_place(trig.token.sent, location.start, actors, ctx):
        return []  # 'an offensive launched by forces in Somalia's Puntland region': where the actor is from
    if ctx.cues.has("venue_verbs", governing_verb(trig.token).lemma_.lower()):
        return []  # 'signed a ceasefire accord in Oslo', 'agreed on a truce in Lusaka': a venue
    if trig.entry.mode == "visit":
        if recipients:
            return []
    elif etype not in ctx.cues.sets["location_recipient_types"] or any(
        (a := ctx.actors.by_id(r)) is not None and (a.country or (transnational(a) and a.sector in NON_STATE_SECTORS))
        for r in recipients
    ):
        return []  # 'airstrikes against IS in Syria': a transnational armed group is its own side, Syria none
    place = ctx.actors.at(location.start, location.end)
    return [place.id] if place is not None and place.id not in actors and place.id not in recipients else []


def _actors_place(sent: Span, start: int, actors: list[str], ctx: Context) -> bool:
    """The place at character ``start`` is a noun phrase modifying one of the event's actors in the sentence."""
    doc = sent.doc
    place = doc.char_span(start, start + 1, alignment_mode="expand")
    if place is None:
        return False
    for actor in filter(None, map(ctx.actors.by_id, actors)):
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not sent.start <= span.start < sent.end or span.start <= place[0].i < span.end:
                continue
            # up to the actor's head through nouns and prepositions only: "forces in Somalia's Puntland region",
            # not 'guerrillas operating in Macedonia' (where they act)
            cur = place[0]
            while cur.i != span.root.i and cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
                cur = cur.head
            if cur.i == span.root.i:
                return True
    return False


def _host_roles(
    actors: list[str], recipients: list[str], location: Location | None, ctx: Context
) -> tuple[list[str], list[str]]:
    """A meeting's roles from where it happens: the visitor acts and the host receives ('MBS met with Rubio
    in Riyadh': Rubio visits Saudi Arabia; 'Indian and Pakistani officials met in Islamabad': India visits); at a
    place neither side belongs to, both sides act together."""
    where = location.country if location is not None else None
    if where is None or not actors:
        return actors, recipients
    if not recipients:  # 'Indian and Pakistani officials met in Islamabad': the side at home hosts
        hosts = [a for a in actors if where in countries([a], ctx)]
        guests = [a for a in actors if a not in hosts and countries([a], ctx)]
        if not hosts and len(actors) == 1 and guests == actors and _at_capital(location, ctx):
            # 'an Iranian delegation held talks in Baghdad': one visiting side in a capital meets its government
            return actors, [government_of(where, ctx).id]
        return (guests, hosts) if hosts and guests else (actors, recipients)
    act_home, rec_home = where in countries(actors, ctx), where in countries(recipients, ctx)
    if act_home and not rec_home:
        return recipients, actors
    if not act_home and not rec_home and countries(actors, ctx) and countries(recipients, ctx):
        return no_places(actors + recipients, ctx), []
    return actors, recipients


def _at_capital(location: Location | None, ctx: Context) -> bool:
    """The location is a capital city the story names ('in Baghdad')."""
    if location is None or location.start is None or location.end is None:
        return False
    return _capital(ctx.actors.at(location.start, location.end))


def _capital(actor: Actor | None) -> bool:
    """The actor is a capital city ('Baghdad', 'Washington')."""
    return actor is not None and (actor.key or "").startswith("capital:")


def _visiting(recipients: list[str], sent: Span, ctx: Context) -> list[str]:
    """Recipients this sentence names as visiting ('received visiting Israeli Foreign Minister Shimon Peres',
    'Jordan's visiting King Abdullah'): PLOVER codes the visitor as a meeting's actor."""
    doc = sent.doc
    out = []
    for r in recipients:
        actor = ctx.actors.by_id(r)
        for m in actor.mentions if actor is not None else []:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not sent.start <= span.start < sent.end:
                continue
            words = [doc[span.start - 1]] if span.start > sent.start else []
            if any(_guest_word(t) for t in (*words, *span)):
                out.append(r)
                break
    return out


def _guest_word(tok: Token) -> bool:
    """'visiting' as a guest's modifier ('Jordan's visiting King Abdullah'), or as the small model's clause right
    after a meeting verb ('met visiting President Kim'), not a verb of its own ('looked forward to visiting
    Kenya')."""
    return tok.lower_ == "visiting" and (
        tok.dep_ in ("amod", "compound", "nmod")
        or (tok.dep_ in ("advcl", "xcomp") and tok.i == tok.head.i + 1)
        or (tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "for"))  # 'talks with visiting Chinese Premier Li'
    )


def _merged_recipients(
    trig: Trigger, merged: list[Trigger], actors: list[str], recipients: list[str], ctx: Context
) -> list[str]:
    """Recipients with those of the joined triggers, less the forces or goods a joined dispatch sends; an order
    to one's own forces ('ordered its military to seal the border') targets what the ordered act targets, not
    the forces."""
    commanded = any(orders_own_forces(trig, d, ctx.cues) for d in merged)
    out = [] if commanded else list(recipients)
    for dep in merged:
        d_act, d_rec = find_arguments(dep.token, ctx.actors, ctx.cues)
        lemma = dep.token.lemma_.lower()
        if ctx.cues.has("dispatch_verbs", lemma) and not ctx.cues.has("goods_verbs", lemma):  # 'agreed to send
            # 2,000 troops to join the U.N. force': the troops sent receive nothing ('agreed to buy U.S. weapons':
            # the seller does)
            d_rec = less_sent(dep.token, d_rec, ctx.actors)
        out += [a for a in ([] if commanded else d_act) + d_rec if a not in actors and a not in out]
    return out


def _state_side(ids: list[str], ctx: Context) -> bool:
    """Whether the actors speak for a state: an official or a country named as the actor ('Pakistan')."""
    return _official(ids, ctx) or any(a is not None and a.kind == "country" for a in map(ctx.actors.by_id, ids))


def _domestic_restriction(trig: Trigger, cues: Cues) -> bool:
    """A restriction a state puts on its own country: a curfew, martial law, an emergency, a constitution
    suspended, a party outlawed, a ban on political activity or rallies (not a ban on chip exports)."""
    if trig.entry.mode in cues.sets["domestic_modes"]:
        return True
    objs = [c for c in trig.token.children if c.dep_ == "dobj"]
    return trig.entry.mode == "restrict" and (
        cues.has("domestic_restrict_verbs", trig.token.lemma_.lower())
        or any(cues.has("domestic_ban_objects", o.lemma_.lower()) for o in objs)
    )


def _domestic_act(trig: Trigger, merged: list[Trigger], etype: str, cues: Cues) -> bool:
    """A state's restriction at home, or a reform or concession at home: what it lifts, grants or promises is
    political life in its own country ('lifted a ban on opposition rallies', 'promised to introduce multiparty
    democracy')."""
    if _domestic_restriction(trig, cues):
        return True
    if etype not in ("CONCEDE", "AGREE"):
        return False
    heads = [t.token for t in (trig, *merged)]
    heads += [c for c in trig.token.children if c.dep_ == "xcomp"]  # 'promised to introduce democracy'
    objs = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    words = objs + [o for obj in objs for p in obj.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(
        cues.has("domestic_ban_objects", w.lemma_.lower()) or cues.has("reform_nouns", w.lemma_.lower()) for w in words
    )


def _home_people(actors: list[str], ctx: Context) -> list[str]:
    """The civilians of the actors' one country (none when they are of several or none)."""
    home = countries(actors, ctx)
    return [own_people(next(iter(home)), ctx).id] if len(home) == 1 else []


def _custody_of_someone(trig: Trigger) -> bool:
    """An arrest or a sentence of someone the sentence does not place ('jailed a prominent activist')."""
    return trig.entry.mode in ("arrest", "convict") and any(
        c.dep_ in ("dobj", "nsubjpass") and c.i not in trig.tokens for c in trig.token.children
    )  # not the pattern's own object ('broke up a terrorist cell')


def _judged_actors(merged: list[Trigger], actors: list[str], ctx: Context) -> list[str]:
    """Who did the act a judgement is about: the act's own actors ('condemned the killing of French monks by
    Algerian militants', 'hailed the release of its citizens by Somali gunmen'), else the state where it
    happened: its government for an arrest ('protested the arrest of a German journalist in Iran'), PLOVER's
    unidentified actor of that country for an attack ('condemned the kidnapping of aid workers in Somalia')."""
    acts = [d for d in merged if d.token.pos_ == "NOUN"]  # a named act, not a clause ('accused X of violating')
    doers = [a for d in acts for a in find_arguments(d.token, ctx.actors, ctx.cues)[0] if a not in actors]
    if doers:
        return list(dict.fromkeys(doers))
    own = countries(actors, ctx)
    for dep in acts:
        where = find_location(dep.token, ctx.cues, ctx.actors)
        if where is not None and where.country and where.country not in own:
            if dep.entry.mode in ctx.cues.sets["authority_modes"]:  # an arrest there is its state's
                return [implied_government(where.country, ctx).id]
            return [unidentified_actor(where.country, ctx).id]  # an attack there, by someone of that country
    return []


def _implied_recipients(
    trig: Trigger, merged: list[Trigger], actors: list[str], recipients: list[str], ctx: Context
) -> list[str]:
    """The recipients of ``trig`` with those its frame implies beyond its own arguments: the joined triggers',
    the addressee of a demand's clause or the accused of a complaint's, an intended act's target, a protest's or
    a threat's target, the subject a control verb makes act; less a deportation's destination and the forces a
    deployment sends."""
    tok, etype = trig.token, trig.entry.type
    recipients = _merged_recipients(trig, merged, actors, recipients, ctx)
    verbal_protest = _verbal_protest(trig, ctx.cues)
    if etype in ("ACCUSE", "SUPPORT") or verbal_protest:
        judged = _judged_actors(merged, actors, ctx)  # 'condemned the killing of French monks by Algerian
        recipients = judged + [r for r in recipients if r not in judged]  # militants': the militants
    if etype in ("REQUEST", "ACCUSE") or verbal_protest:  # 'demanded that Sudan end curbs',
        # 'complained that Israel is building', 'Croatia is failing ..., a rights group protested'
        addressee = [a for a in clause_subject_ids(tok, ctx) if a not in actors]
        recipients = addressee + [r for r in recipients if r not in addressee] if addressee else recipients
    if etype in ctx.cues.sets["intent_types"] and (not recipients or etype == "MOBILIZE"):
        aimed_at = intended_recipients(tok, actors, ctx)  # a deployment's purpose names its target first
        recipients = aimed_at + [r for r in recipients if r not in aimed_at]
    home = countries(actors, ctx)
    at_home = bool(recipients) and all(  # the only recipients are the actor's own country's
        (a := ctx.actors.by_id(r)) is not None and a.country in home for r in recipients
    )
    if (not recipients or at_home) and etype in ctx.cues.sets["told_types"]:
        # 'told Starmer that he supported the deal'; 'Israel would not freeze settlements, Netanyahu told Obama'
        recipients = addressee_ids(tok, actors, ctx) or recipients
    if not recipients and ctx.cues.has("help_verbs", tok.lemma_.lower()):  # 'helped Mauritius build an airstrip'
        recipients = [a for a in helped_ids(tok, ctx) if a not in actors]
    if not recipients and sent_to_act(tok, ctx.cues):  # 'sent experts to Burundi to investigate the massacre'
        recipients = [r for r in sent_destination_ids(tok.head, ctx.actors) if r not in actors]
    if not recipients and etype == "REQUEST":  # 'called for a ceasefire in Sudan': the country it is for
        recipients = _demand_locale(tok, actors, ctx)
    if not recipients and etype == "ACCUSE":  # 'expressed concern about the violence in Myanmar'
        recipients = _concern_locale(trig, actors, ctx)
    if not recipients and etype == "REJECT":  # 'rejected charges by Pakistan', '..., a charge Kabul rejected'
        recipients = _charge_maker(tok, actors, ctx)
    if etype == "PROTEST" and (stance := stance_target(tok, actors, ctx)):
        recipients = stance  # 'blocked streets in Hong Kong in defiance of Chinese authorities'
    if not recipients and etype == "PROTEST":  # 'marched ..., demanding the government's resignation'
        recipients = protest_target(tok, actors, ctx)
    if not recipients and etype in ("ASSAULT", "COERCE"):  # 'used tear gas to disperse demonstrators'
        recipients = purpose_target(tok, actors, ctx)
    if not recipients and etype == "ASSAULT":  # 'a car bomb exploded outside the Israeli embassy'
        recipients = mission_target(tok, actors, ctx)
    if not recipients and actors and etype in ("ASSAULT", "COERCE"):  # '... to disperse demonstrators,
        recipients = _clause_victims(tok, actors, ctx)  # killing one person and arresting 12': the demonstrators
    if ctx.onto.quad_class(etype) in (3, 4) and (
        not recipients
        or (etype == "THREATEN" and not any((a := ctx.actors.by_id(r)) is not None and placed(a) for r in recipients))
    ):
        # threats, hostile acts; a threat's condition goes before a place of no country it aims at
        # ('threatened to close the Strait of Hormuz if the United States attacked it')
        recipients = list(dict.fromkeys(conditional_target(tok, actors, ctx) + recipients))
    if not recipients and ctx.onto.quad_class(etype) in (3, 4):  # 'in retaliation for U.S. tariffs'
        recipients = _retaliated(tok, actors, ctx)
    if not recipients and etype in ctx.cues.sets["intent_types"]:  # 'threatened to institute a curfew in Algiers'
        recipients = next((r for d in merged if (r := _intended_place(d, actors, ctx))), [])
    if not recipients and etype in ctx.cues.sets["control_types"]:
        recipients = [a for a in clause_subject_ids(tok, ctx) if a not in actors]  # 'allowed Ouattara to run'
    if trig.entry.mode == "deport":  # the deportees receive the act, not the country they are sent to
        recipients = [r for r in recipients if r not in destination_ids(tok, ctx.actors)]
    if etype == "MOBILIZE" and not ctx.cues.has("massing_verbs", tok.lemma_.lower()):
        # 'deployed 20,000 troops along ...': the forces sent receive nothing
        recipients = less_sent(tok, recipients, ctx.actors) or _nearby_state(trig, actors, ctx)
    elif withdrawals := [t.token for t in (trig, *merged) if t.entry.mode == "withdraw"]:
        # 'pulled its troops out of Lebanon', 'promised to pull Russian troops out of Estonia': the forces
        # withdrawn receive nothing
        kept = recipients
        for verb in withdrawals:
            kept = less_sent(verb, kept, ctx.actors)
        recipients = kept or recipients
    elif ctx.cues.has("dispatch_verbs", tok.lemma_.lower()):  # 'handed over the suspects to Scottish police':
        kept = less_sent(tok, recipients, ctx.actors)  # unless no one else receives them
        if not kept:  # 'sent doctors to help earthquake victims in Armenia': whom the sending is to help
            purposes = [c for c in tok.children if sent_to_act(c, ctx.cues)]
            kept = [i for c in purposes for i in find_arguments(c, ctx.actors, ctx.cues)[1] if i not in actors]
        recipients = kept or recipients
    if not recipients and etype == "MOBILIZE":  # 'put its troops on alert after North Korean soldiers entered'
        recipients = _provoked_by(tok, home, ctx)
    return recipients


def _charge_maker(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """Who made the charge a rejection rejects, where the charge's own phrase does not say ('Pakistan's charge',
    'allegations by Pakistan' are its recipients already): a 'by'/'from' phrase the parser hung on the verb
    ('rejected charges by Pakistan'), or, for a charge set beside a clause ('Pakistan said X, a charge Kabul
    rejected'), that clause's subject."""

    def rejectable(noun: Token) -> bool:  # a charge, or an act such as a proposal, offer or demand
        return ctx.cues.has("deny_objects", noun.lemma_.lower()) or noun.lemma_.lower() in ctx.cues.event_nouns

    objects = [c for c in tok.children if c.dep_ == "dobj"] + prep_objects(tok, _REJECTED_PREPS)
    charge = tok.head if tok.dep_ == "relcl" else next((o for o in objects if rejectable(o)), None)
    if charge is None or not rejectable(charge):
        return []
    # 'rejected the peace proposal by Kenya', 'poured cold water on the proposal by Kenya': on the verb or the noun
    makers = prep_objects(tok, _MAKER_PREPS) or prep_objects(charge, _MAKER_PREPS)
    if not makers and tok.dep_ == "relcl" and charge.dep_ in ("appos", "npadvmod"):
        makers = [s for s in (subject_of(charge.sent.root)[0],) if s is not None]
    return [a for m in makers for a in actor_ids(m, ctx.actors) if a not in actors]


_MAKER_PREPS = frozenset({"by", "from"})
_REJECTED_PREPS = frozenset({"on", "at", "to"})  # 'poured cold water on', 'balked at', 'objected to' a proposal


def _provoked_by(tok: Token, home: set[str], ctx: Context) -> list[str]:
    """Whom a show of force answers: the other state acting in its 'after' clause or phrase ('South Korea put
    its troops on alert after North Korean soldiers entered the demilitarized zone', 'after India's missile
    test'), or the other side of the tension it comes amid ('amid rising tension with Turkey')."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    marks = ctx.cues.sets["provocation_marks"]
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children)]
    found = [i for c in clauses for i in actor_ids(subject_of(c)[0], ctx.actors)]
    found += [i for o in prep_objects(verb, marks) for i in find_arguments(o, ctx.actors, ctx.cues)[0]]
    # 'amid rising tension with Turkey', 'after a border dispute with Eritrea': the other side of the strain
    strains = [
        o for o in prep_objects(verb, ctx.cues.sets["strain_preps"]) if ctx.cues.has("strain_nouns", o.lemma_.lower())
    ]
    found += [i for o in strains for w in prep_objects(o, _WITH) for i in actor_ids(w, ctx.actors)]
    found = no_places(list(dict.fromkeys(found)), ctx)
    return [i for i in found if (a := ctx.actors.by_id(i)) is not None and a.country and a.country not in home]


_BY = frozenset({"by"})
_OF = frozenset({"of"})
_TO_FOR = frozenset({"to", "for"})
_WITH = frozenset({"with"})


def _retaliated(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """Whom a hostile act answers or defies: the actors of the act in its 'in retaliation for' / 'in response to'
    / 'in defiance of' phrase ('imposed export controls in retaliation for U.S. tariffs')."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    reactions = [
        o
        for h in (tok, verb)
        for o in prep_objects(h, frozenset({"in", "as"}))
        if ctx.cues.has("reaction_nouns", o.lemma_.lower())
    ]
    acts = [a for r in reactions for a in prep_objects(r, frozenset({"for", "to", "against", "of"}))]
    found = [i for a in acts for i in find_arguments(a, ctx.actors, ctx.cues)[0] if i not in actors]
    return no_places(list(dict.fromkeys(found)), ctx)


def _intended_place(dep: Trigger, actors: list[str], ctx: Context) -> list[str]:
    """The state where an intended act would happen, for an act whose place stands for its recipient (a
    curfew, a crackdown, a withdrawal)."""
    return _place_recipient(dep, dep.entry.type, find_location(dep.token, ctx.cues, ctx.actors), actors, [], ctx)


def _own_voice(who: str | None, actors: list[str], ctx: Context) -> bool:
    """Whether what is said is said by the actors themselves or their state ('the State Department said
    Washington was concerned'), or by no one named."""
    if who is None or who in actors:
        return True
    speaker = ctx.actors.by_id(who)
    return speaker is not None and speaker.country in countries(actors, ctx)


def _commentary(who: str | None, who_text: str | None, ctx: Context) -> bool:
    """Attributed to analysts, experts or observers: their reading of events, not an event they report."""
    actor = ctx.actors.by_id(who)
    words = (actor.name if actor is not None else who_text or "").lower().split()
    return bool(words) and words[-1] in ctx.cues.sets["commentator_nouns"]


def _idle_talk(trig: Trigger, actors: list[str], recipients: list[str], ctx: Context) -> bool:
    """'People are discussing the future': talk among the public, with no official side, is no CONSULT."""
    if trig.entry.type != "CONSULT" or recipients or not actors:
        return False
    sectors = {a.sector for i in actors if (a := ctx.actors.by_id(i)) is not None}
    return sectors <= ctx.cues.sets["public_sectors"]


def _interview(trig: Trigger, ctx: Context) -> bool:
    """Talk with the press or a media outlet is an interview, no CONSULT: 'Clinton talked to reporters at the
    White House', 'a student who spoke with VOA', 'VOA spoke with Armitage about his trip' (dropped before it
    could take in the trip told of)."""
    tok = trig.token
    if trig.entry.type != "CONSULT" or tok.pos_ != "VERB":
        return False
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for o in p.children]
    heard = [o for o in objs if o.dep_ == "pobj"]
    if heard and all(ctx.cues.has("press_nouns", o.lemma_.lower()) for o in heard):
        return True
    subj, _ = subject_of(tok)
    for side in ([subj] if subj is not None else [], objs):
        ids = [a for h in side for a in actor_ids(h, ctx.actors)]
        if ids and all((a := ctx.actors.by_id(i)) is not None and a.sector == "MED" for i in ids):
            return True
    return False


def _near_place(doc: Doc, start: int, cues: Cues) -> bool:
    """The place is the object of a proximity preposition ('near', 'outside'), not of 'in'/'at'."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    while head.dep_ in ("compound", "amod", "pobj", "det", "nmod") and head.head.i != head.i:
        head = head.head
        if head.dep_ == "prep":
            break
    return head.dep_ == "prep" and head.lower_ in cues.sets["proximity_preps"]


def _forces(ids: list[str], ctx: Context) -> bool:
    """Whether the actors are armed forces or police as a body ('NATO troops arrived in Bosnia', 'warplanes
    flew to the island'): their travel is a deployment, no visit."""
    agents = load_gazetteer().agents
    found = [a for a in map(ctx.actors.by_id, ids) if a is not None]
    return bool(found) and all(
        a.kind == "group"
        and ("MIL" in (a.sector, agents.get((a.title or "").lower().rsplit(" ", 1)[-1])) or _peacekeeping(a))
        for a in found
    )


def _peacekeeping(actor: Actor) -> bool:
    """Whether forces are peacekeepers: so called, or an international body's ('NATO troops')."""
    return "peacekeep" in (actor.title or "").lower() or transnational(actor)


def _official(ids: list[str], ctx: Context, states: bool = False) -> bool:
    """Whether one of the actors is a state or organisation official (a sector code, a government, a
    titled person), or with ``states`` a state named by its country ('hosted talks between Israel and Syria')."""
    for i in ids:
        a = ctx.actors.by_id(i)
        if a is not None and (
            a.sector in ctx.cues.sets["official_sectors"]
            or a.kind in ctx.cues.sets["official_kinds"]
            or (a.kind == "person" and a.title)
            or (states and a.kind == "country")
        ):
            return True
    return False


def _unsaid_agent(trig: Trigger, cues: Cues) -> bool:
    """A material act or a yielding in the passive without 'by X' ('ammunition was seized', 'inspectors would
    be allowed to return'): the authority reporting it is taken as its agent."""
    etype, tok = trig.entry.type, trig.token
    # a yielding is the speaker's only as what it reports, not a condition of it ('must agree before assistance
    # is released')
    yielding = etype in cues.sets["yielding_types"] and tok.dep_ in ("ROOT", "ccomp")
    if any(c.dep_ == "mark" and cues.has("condition_marks", c.lower_) for c in tok.children):
        return False  # 'to help defend Saudi Arabia if it is attacked, Norway's foreign minister said': a condition
    return (etype in cues.sets["material_types"] or yielding) and agentless_passive(tok)


def _authority(actor_id: str, ctx: Context) -> bool:
    """A state or one of its organs (government, forces, police, courts, officials): who may have done the
    material act it reports."""
    actor = ctx.actors.by_id(actor_id)
    return actor is not None and (
        actor.kind in ("country", "government", "capital") or actor.sector in ctx.cues.sets["authority_sectors"]
    )


def _at_home(speaker: str, tok: Token, ctx: Context) -> bool:
    """Whether the act happened where the reporting authority rules: in its country, or in no place named."""
    place = location_actor(tok, ctx)
    who = ctx.actors.by_id(speaker)
    return place is None or not place.country or who is None or not who.country or place.country == who.country


def _own_side_hit(speaker: str, recipients: list[str], ctx: Context) -> bool:
    """Whether a harm's victims are the speaker's own state's people (not armed groups of its country): a state
    reporting its own dead did not kill them."""
    who = ctx.actors.by_id(speaker)
    if who is None or not who.country:
        return False
    return any(
        (r := ctx.actors.by_id(i)) is not None and r.country == who.country and r.sector not in NON_STATE_SECTORS
        for i in recipients
    )


def _media(tok: Token, source: tuple[str | None, str | None], ctx: Context) -> bool:
    """A news outlet reporting an act ('according to the Canadian Press') is no agent of it: the source
    actor is a medium, or the words naming the source of the quote holding the act name one."""
    a = ctx.actors.by_id(source[0]) if source[0] is not None else None
    if a is not None and a.sector == "MED":
        return True
    texts = [source[1] or ""] + [q.speaker_text or "" for q in quotes_at(tok.idx, ctx.quotes) if q.speaker == source[0]]
    return any(w in ctx.cues.sets["media_words"] for t in texts for w in t.lower().split())


def _quoted_self(tok: Token, ctx: Context) -> list[str]:
    """'"We condemn this attack," the minister said': a first-person subject inside a quote is its speaker."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ctx.cues.sets["first_person"]:
        return []
    return _quote_speaker(tok, ctx)


def _threat_told_passive(trig: Trigger, ctx: Context) -> bool:
    """A threat, or a hostile act the speaker says will be done, in an agentless passive ('will be responded to
    with full force', 'will be punished'): the speaker is who threatens."""
    tok = trig.token
    hostile = trig.entry.type == "THREATEN" or ctx.onto.quad_class(trig.entry.type) == 4
    future = any(c.dep_ == "aux" and c.lower_ in ctx.cues.sets["future_aux"] for c in tok.children)
    conditional = any(  # 'if there is a push from China again, they will be deported': a fear, no threat
        c.dep_ == "advcl" and any(m.lower_ in ctx.cues.sets["conditional_marks"] for m in c.children)
        for h in (tok, *tok.ancestors)
        for c in h.children
    )
    told = future or trig.entry.type == "THREATEN"
    return hostile and told and agentless_passive(tok) and tok.dep_ != "relcl" and not conditional


def _foretold(verb: Token, cues: Cues) -> bool:
    """The verb tells what will happen ('will pay', 'would pay', 'is going to pay')."""
    future = any(c.dep_ == "aux" and cues.has("warn_future_aux", c.lower_) for c in verb.children)
    return future or (verb.dep_ == "xcomp" and verb.head.lower_ == "going")


def _quote_speaker(tok: Token, ctx: Context, direct: bool = False) -> list[str]:
    """The speaker of the quote (``direct``: in quotation marks) the word stands in, if any."""
    speaker = next((q.speaker for q in quotes_at(tok.idx, ctx.quotes) if q.speaker and (q.direct or not direct)), None)
    return [speaker] if speaker is not None else []


def _agentless(tok: Token, ctx: Context) -> bool:
    """An act whose agent the sentence leaves to the story: a passive without 'by X' ('were deported to
    Honduras') or a subject noun that refers back to an actor named before ('the suits allege')."""
    if agentless_passive(tok):
        return True
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None
        and ctx.cues.has("anaphoric_subjects", subj.lemma_.lower())
        and determined_by(subj, ctx.cues.sets["anaphoric_dets"])
    )


def _stative(trig: Trigger, cues: Cues) -> bool:
    """'is ready/committed/opposed to': an adjective or stative participle whose subject acts."""
    return trig.entry.pos == "A" or cues.has("stative_participles", trig.token.lemma_.lower())


def _keep(trig: Trigger, has_actor: bool, has_recipient: bool, cues: Cues) -> bool:
    """Whether a trigger codes an event: noun triggers need their own actor, a light verb ('held talks')
    or a clause saying they happened ('fighting erupted'); 'threat' needs a light verb; verbs need an
    actor or a recipient; 'demonstrate' with an object is no protest."""
    tok = trig.token
    if trig.entry.pos == "N":
        light = light_verb(tok, cues) is not None
        if cues.has("frame_nouns", tok.lemma_.lower()):
            return light
        happened = tok.dep_ == "nsubj" and happening_verb(tok.head, cues)
        # 'suffered heavy losses in an allied air raid', 'two soldiers died in an attack': victims tell it happened
        suffered = (
            tok.dep_ == "pobj"
            and tok.head.head.pos_ == "VERB"
            and cues.has("victim_verbs", tok.head.head.lemma_.lower())
            and not determined_by(tok, cues.sets["anaphoric_dets"])  # 'died in the attack': one told before
        )
        # 'security was tightened after an attack on a mosque': an act a time phrase dates happened
        dated_by = (
            tok.dep_ == "pobj" and cues.has("sequel_preps", tok.head.lower_) and bool(prep_objects(tok, TARGET_PREPS))
        )
        return has_actor or happened or light or ((suffered or dated_by) and has_recipient)
    if cues.has("intransitive_triggers", tok.lemma_.lower()) and direct_objects(tok):
        return False
    return has_actor or has_recipient


def _denial_frame(trig: Trigger, cues: Cues, inner: set[int]) -> bool:
    """'denied that X attacked': the denial marks the inner event; it is no REJECT event itself. With no
    event in the clause ('denied that its troops had entered Zaire') the denial is the REJECT of a charge.
    With a direct object an infinitive belongs to the object ('rejected a U.N. demand to hand over two
    suspects', however parsed): the object is what is rejected."""
    tok = trig.token
    deps = ("ccomp", "pcomp") if any(c.dep_ == "dobj" for c in tok.children) else ("ccomp", "xcomp", "pcomp")
    return tok.lemma_.lower() in cues.sets["deny_verbs"] and any(
        c.dep_ in deps and any(t.i in inner for t in c.subtree) for c in tok.children
    )


def _denied_act(tok: Token, cues: Cues) -> bool:
    """'denied providing sanctuary': a gerund complement of a denial is the denier's REJECT of the charge."""
    return tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "pcomp") and cues.has("deny_verbs", tok.head.lemma_.lower())


def _helped(trig: Trigger, cues: Cues) -> bool:
    """'X helped release hostages': the helper concedes nothing of its own."""
    tok = trig.token
    return trig.entry.type in cues.sets["help_dropped_types"] and (
        (tok.dep_ in ("xcomp", "ccomp") and cues.has("help_verbs", tok.head.lemma_.lower()))
        or any(c.dep_ == "aux" and cues.has("help_verbs", c.lemma_.lower()) for c in tok.children)
    )


def _owned_thing(tok: Token, ctx: Context) -> bool:
    """'Zimbabwe's Constitution guarantees the right ...', 'the Chinese Exclusion Act, which allowed ...': the
    subject is a standing legal text, not an actor; whoever it belongs to makes no statement or decision."""
    verb = tok if tok.pos_ in ("VERB", "AUX", "ADJ") else governing_verb(tok)
    subj, passive = subject_of(verb)
    return subj is not None and not passive and subj.i != tok.i and ctx.cues.has("document_nouns", subj.lemma_.lower())


def _capital_giver(tok: Token, ctx: Context) -> list[str]:
    """The government of the capital a thing received is received in ('Lai's plight has received bipartisan
    support in Washington'), as a 'from' phrase would name it, or words are said in ('was condemned in
    London')."""
    places = [o for h in (governing_verb(tok), tok) for o in prep_objects(h, IN_PREP)]
    countries_in = [
        a.country
        for o in places
        for i in actor_ids(o, ctx.actors)
        if (a := ctx.actors.by_id(i)) is not None and a.country and _capital(a)
    ]
    if not countries_in:
        return []
    return [government_of(countries_in[0], ctx).id]


def _home_state(actors: list[str], ctx: Context) -> list[str]:
    """A protest aimed at no one named is aimed at its protesters' own state ('students staged demonstrations
    throughout Indonesia'): the story's government or country actor of their one country, else that country's
    government, which the story need not name ('workers went on strike at the Gdansk shipyard')."""
    home = countries(actors, ctx)
    if len(home) != 1:
        return []
    country = home.pop()
    state = government_of(country, ctx)
    return [state.id] if state.id not in actors else []


def _less_own_country(actors: list[str], recipients: list[str], ctx: Context) -> list[str]:
    """'Modi … upgrading India's defense ties with the island nation': the actor's own country named as such is
    no recipient beside a foreign one."""
    own = countries(actors, ctx)

    def own_state(i: str) -> bool:
        actor = ctx.actors.by_id(i)
        return actor is not None and actor.kind == "country" and actor.country in own

    kept = [r for r in recipients if not own_state(r)]
    foreign = any((a := ctx.actors.by_id(r)) is not None and placed(a) for r in kept)  # not a paper at home
    return kept if foreign and len(kept) < len(recipients) else recipients


def _less_own_measure(trig: Trigger, actors: list[str], recipients: list[str], ctx: Context) -> list[str]:
    """'Trump doubled the U.S. tariff on steel': the actor's own country modifying the pattern's noun owns the
    measure and does not undergo it."""
    own = countries(actors, ctx)
    owners = {
        i
        for j in trig.tokens
        if j != trig.token.i and trig.token.doc[j].pos_ == "NOUN"
        for mod in trig.token.doc[j].children
        if mod.dep_ in ("compound", "amod")  # not 'its': 'Kenya ended its state of emergency' eases at home
        for i in actor_ids(mod, ctx.actors, preps=False)
        if (a := ctx.actors.by_id(i)) is not None and a.kind == "country" and a.country in own
    }
    return [r for r in recipients if r not in owners]


def _less_topics(tok: Token, recipients: list[str], ctx: Context) -> list[str]:
    """What talks are 'on' or 'about' is talked about, no side ('resumed talks on Hong Kong's future in
    Beijing')."""
    heads = prep_objects(tok, ctx.cues.sets["topic_preps"] - {"to"})
    topics = {a for h in heads for a in actor_ids(h, ctx.actors)}
    return [r for r in recipients if r not in topics]


def _less_recipients_side(actors: list[str], recipients: list[str], ctx: Context) -> list[str]:
    """'Following talks with Mauritius Prime Minister Ramgoolam, both leaders ...': of the parties to talks from
    several countries, those of the one country every recipient is from are the recipients' side."""
    theirs = countries(recipients, ctx)
    if len(theirs) != 1 or len(countries(actors, ctx)) < 2:
        return actors
    return [a for a in actors if countries([a], ctx) != theirs]


def _nearby_state(trig: Trigger, actors: list[str], ctx: Context) -> list[str]:
    """'conducted live-fire drills near Taiwan', 'massed troops along its border with Ukraine', 'put its troops
    on alert along the border with Libya': a show of force near another state is aimed at it."""
    tok = trig.token
    verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    own = countries(actors, ctx)
    out: list[str] = []
    heads = [verb, tok, *(c for c in verb.children if c.dep_ == "dobj")]  # 'massed troops along its border'
    heads += [tok.doc[i] for i in trig.tokens if i != tok.i]  # the pattern's words: 'on alert along ...'
    boundaries = load_actor_lexicon()["boundary_nouns"]
    for prep in (c for h in heads for c in h.children if c.dep_ in ("prep", "dative")):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in ("to", "toward", "towards"):  # 'sent reinforcements to its border with Iraq'
            objs = [o for o in objs if o.lower_ in boundaries]
        elif not ctx.cues.has("nearby_preps", prep.lower_):
            continue
        objs += [w for o in objs for p in o.children if p.lower_ == "with" for w in p.children if w.dep_ == "pobj"]
        for obj in objs:  # 'near its border with Ukraine'
            out += [
                i
                for i in actor_ids(obj, ctx.actors)
                if (a := ctx.actors.by_id(i)) is not None and a.country and a.country not in own and i not in out
            ]
    return out


def _pattern_recipients(trig: Trigger, ctx: Context) -> list[str]:
    """The recipients a pattern's later words take ('spoke by telephone with Kohl': the 'with' of 'telephone'), or
    a pattern's own preposition ('rallied behind Iraq')."""
    words = [trig.token.doc[i] for i in trig.tokens if i != trig.token.i]
    objs = [o for w in words for o in prep_objects(w, ctx.cues.sets["recipient_preps"])]
    objs += [o for w in words if w.dep_ == "prep" for o in w.children if o.dep_ == "pobj"]  # 'rallied behind Iraq'
    # 'pledged to support Eritrea's bid': the object of a later word that is a verb
    objs += [o for w in words if w.pos_ == "VERB" for o in w.children if o.dep_ == "dobj"]
    return [a for o in objs for a in actor_ids(o, ctx.actors)]


def _sighting(tok: Token, ctx: Context) -> tuple[list[str], list[str]]:
    """(owners, watchers) of forces spotted or detected; with no watcher named, whoever reports the sighting
    ('Manila reported that Chinese vessels were spotted')."""
    owners, watchers = sighting_roles(tok, ctx.actors)
    reporter = find_attribution(tok, ctx.quotes, ctx.actors, ctx.cues)[0] if not watchers else None
    return owners, ([reporter] if reporter is not None and reporter not in owners else watchers)


def _with_partners(tok: Token, ctx: Context) -> list[str]:
    """The sides a 'with' phrase names on the verb or on its object: who a swap is made with ('exchanged
    prisoners with Eritrea'), who co-signs ('signed a deal with Mauritius')."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return [a for h in heads for o in prep_objects(h, _WITH) for a in actor_ids(o, ctx.actors)]


def _expelling_state(tok: Token, ctx: Context) -> list[str]:
    """Who expels when the passive names only where from ('were expelled from Estonia'): that state, or the
    body or party expelling or suspending a member ('Nigeria was suspended from the Commonwealth', 'Geza was
    expelled from the Zanu PF party')."""
    froms = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
    return [
        i
        for o in froms
        for i in actor_ids(o, ctx.actors)
        if (a := ctx.actors.by_id(i)) is not None
        and (
            a.kind in ("country", "government", "capital") or (a.kind == "organisation" and a.sector in ("IGO", "PTY"))
        )
    ]


def _attacked_place(trig: Trigger, actors: list[str], ctx: Context, undergone: bool = False) -> list[str]:
    """Whom an attack with no target named hits: the place where it happened (for its country), when that is
    another country than the attacker's ('Israeli gunboats shelled the coast near Tyre') or the attacker is an
    armed group at home, or, for a bombing or an attack undergone by no one named, any ('a suicide bomber blew
    himself up in a market in Jerusalem', 'the convoy was passing through Kalat when it came under attack')."""
    place = location_actor(trig.token, ctx)
    if place is not None and place.id in actors:  # 'Rebels in Darfur attacked a convoy': the place is the attacker's
        place = None
    # an armed group's attack at home targets its state ('Shining Path guerrillas bombed a power station'; with
    # no place named, 'the BLA launched 504 attacks in 2024' too)
    armed_groups = bool(actors) and all(
        a is not None and a.sector in NON_STATE_SECTORS for a in map(ctx.actors.by_id, actors)
    )
    if place is None and stateless_place(trig.token, ctx.cues, ctx.actors):
        return []  # 'the Houthis attacked a ship in the Red Sea': a sea or region of several states is no side
    if (place is None or not place.country) and armed_groups and len(home := countries(actors, ctx)) == 1:
        return _armed_groups_target(trig.token, next(iter(home)), actors, ctx)
    struck = undergone or weapon_agent(trig.token, ctx.cues)  # 'came under attack', 'was hit by a roadside bomb'
    anyone_hit = struck or trig.entry.mode in ctx.cues.sets["bombing_modes"]
    if (place is None or not place.country) and not actors and struck:
        # 'the Jaffar Express was traveling from Quetta to Peshawar when it came under attack': no place of its
        # own, but every place the sentence names is in one country
        one = _one_country_place(trig.token, actors, ctx)
        return [one.id] if one is not None else []
    if place is None or not place.country:
        return []
    if not actors:
        return [place.id] if anyone_hit else []
    return [place.id] if armed_groups or place.country not in countries(actors, ctx) else []


def _cosigners(tok: Token, recipients: list[str], ctx: Context) -> list[str]:
    """The recipients a signing names in a 'with' phrase on the verb or on what is signed: its co-signers."""
    if not ctx.cues.has("cosign_verbs", tok.lemma_.lower()):
        return []
    partners = set(_with_partners(tok, ctx))
    return [r for r in recipients if r in partners]


def _armed_groups_target(tok: Token, home: str, actors: list[str], ctx: Context) -> list[str]:
    """The state an armed group's attack with no target and no place of its own hits: the country of a place the
    sentence names ('blew themselves up in Tel Aviv'), else the group's own ('the BLA launched 504 attacks in
    2024': insurgents fight at home)."""
    places = _sentence_places(tok, actors, ctx)
    country = (places[0].country if places else None) or home
    return [(state_actor(country, ctx) or own_people(country, ctx)).id]


def _sentence_places(tok: Token, actors: list[str], ctx: Context) -> list[Actor]:
    """The places and capitals with a country that the trigger's sentence names, other than its actors."""
    sent = tok.sent
    return [
        actor
        for actor in ctx.actors.actors
        if actor.id not in actors
        and actor.kind in ("place", "capital")
        and actor.country
        and any(sent.start_char <= m.start < sent.end_char for m in actor.mentions)
    ]


def _one_country_place(tok: Token, actors: list[str], ctx: Context) -> Actor | None:
    """The first place the trigger's sentence names (other than its actors) when all it names are in one
    country, else None."""
    places = _sentence_places(tok, actors, ctx)
    return places[0] if len({p.country for p in places}) == 1 else None


def _unidentified_agent(tok: Token, etype: str, location: Location | None, ctx: Context) -> list[str]:
    """Who did an act no one is named doing: PLOVER's unidentified actor of the country where it happened, or
    for a protest the crowd of that country (with no place of its own, of the one country the sentence's
    places are in: 'thousands took to the streets of Tbilisi')."""
    country = location.country if location is not None else None
    if not country and etype in ctx.cues.sets["crowd_types"]:
        country = one.country if (one := _one_country_place(tok, [], ctx)) is not None else None
    if not country:
        return []
    if etype in ctx.cues.sets["unidentified_agent_types"] and location is not None:
        return [unidentified_actor(country, ctx).id]
    if etype in ctx.cues.sets["crowd_types"]:
        return [unidentified_actor(country, ctx, "CVL").id]
    return []


def _undergone_by_owner(tok: Token, cues: Cues) -> bool:
    """'After their expulsion, many Chagossians settled in Mauritius', 'since his arrest': an act its pronoun
    owner underwent, told in passing with no place of its own; where the sentence happens is not where it did,
    nor whose state did it."""
    return (
        tok.pos_ == "NOUN"
        and cues.has("patient_possessor_nouns", tok.lemma_.lower())
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        and not prep_objects(tok, IN_PREP)  # 'his arrest in Lebanon' has a place of its own
    )


def _crowd_subject(trig: Trigger, cues: Cues) -> bool:
    """'Thousands protested in Tbilisi', 'a crowd marched on parliament': a protest by a crowd counted or named
    by no one's name has an actor, the crowd of the place it happens in (``_unidentified_agent``)."""
    if _protesters_clash(trig, cues):  # 'rioters burned cars in Los Angeles': a riot (PROTEST)
        return True
    if trig.entry.pos != "V" or trig.entry.type not in cues.sets["crowd_types"]:
        return False
    return _active_subject_in(trig.token, cues, "crowd_quantities", "protester_nouns")


def _noun_pobjs(phrases: list[Token], prep: str) -> list[Token]:
    """Objects of the ``prep`` phrases on nouns anywhere inside ``phrases`` ('an end to the fighting in Gaza')."""
    return [
        o
        for phrase in phrases
        for p in phrase.subtree
        if p.dep_ == "prep" and p.lower_ == prep and p.head.pos_ == "NOUN"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _demand_locale(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """'The UN called for an immediate ceasefire in Sudan', 'urged elections in Haiti': a demand on what should
    happen in a country (its object's 'in' phrase) is addressed to that country; one on what is between sides
    ('an end to the fight between the U.S. and Europe'), to those sides."""
    objs = [c for c in tok.children if c.dep_ == "dobj"] + prep_objects(tok, frozenset({"for"}))
    return _locale(objs, actors, ctx)


def _concern_locale(trig: Trigger, actors: list[str], ctx: Context) -> list[str]:
    """'expressed concern about the conditions of his detention in Hong Kong', 'is concerned over the violence in
    Myanmar': disapproval of what happens in a country is aimed at that country."""
    doc = trig.token.doc
    objs = [o for i in trig.tokens for o in prep_objects(doc[i], frozenset({"about", "over"}))]
    return _locale(objs, actors, ctx)


def _locale(objs: list[Token], actors: list[str], ctx: Context) -> list[str]:
    """The sides named 'between' in the noun phrases ``objs``, else the foreign countries or places named 'in'."""
    own = countries(actors, ctx)
    found = [i for place in _noun_pobjs(objs, "in") for i in actor_ids(place, ctx.actors)]  # 'fighting in Gaza'
    sides = [  # 'urged an end to the tariff fight between the U.S. and Europe': the sides are asked
        i
        for side in _noun_pobjs(objs, "between")
        for h in (side, *(c for c in side.children if c.dep_ == "conj"))
        for i in actor_ids(h, ctx.actors)
    ]
    places = [
        i
        for i in dict.fromkeys(found)
        if (a := ctx.actors.by_id(i)) is not None and a.kind in ("country", "place", "capital") and a.country not in own
    ]
    return list(dict.fromkeys(sides)) or places


def _helped_states(trig: Trigger, recipients: list[str], ctx: Context) -> list[str]:
    """Whom 'help' aids: states, governments, organisations or organised groups ('India helped Mauritius build
    an airstrip'), not people at large ('she helps people like her run a business'); none when the helper is a
    thing ('a new maritime law will help Beijing tighten control')."""
    subj, passive = subject_of(trig.token)
    if subj is None or passive or (subj.pos_ == "NOUN" and ctx.actors.at(subj.idx, subj.idx + len(subj)) is None):
        return []

    sent = sent_to_act(trig.token, ctx.cues)  # 'sent teams to help earthquake victims in Turkey'

    def political(i: str) -> bool:  # a state or a body with a country or an international code
        actor = ctx.actors.by_id(i)
        if actor is None or not placed(actor):
            return False
        return sent or not (actor.kind == "group" and actor.sector in (None, "CVL", "PPL"))

    helped = [r for r in recipients if political(r)]
    if sent and not helped:  # 'sent engineers to help rebuild bridges in Cambodia': the country helped
        own = countries(actor_ids(subj, ctx.actors), ctx)
        places = (o for t in trig.token.subtree if t.dep_ == "prep" and t.lower_ == "in" for o in t.children)
        helped = [i for o in places for i in actor_ids(o, ctx.actors) if political(i)]
        helped = helped or [i for i in sent_destination_ids(trig.token.head, ctx.actors) if political(i)]  # 'to Haiti'
        helped = [i for i in helped if (a := ctx.actors.by_id(i)) is not None and a.country not in own]
    return helped


def _untargeted_launch(trig: Trigger, recipients: list[str], ctx: Context) -> bool:
    """'North Korea fired a ballistic missile on Wednesday': a missile fired at no one and striking nothing in
    its clause is a weapons launch (MOBILIZE), as 'launched a missile' is; 'fired missiles at Israel' is no."""
    tok = trig.token
    if less_sent(tok, recipients, ctx.actors) or not ctx.cues.has("launch_verbs", tok.lemma_.lower()):
        return False  # the missiles fired are no target
    if not any(c.dep_ == "dobj" and ctx.cues.has("missile_nouns", c.lemma_.lower()) for c in tok.children):
        return False
    return not any(  # 'fired 40 missiles overnight, mostly targeting energy infrastructure'
        c.dep_ in ("advcl", "xcomp", "conj") and ctx.cues.has("strike_verbs", c.lemma_.lower()) for c in tok.children
    )


def _active_subject_in(verb: Token, cues: Cues, *lists: str) -> bool:
    """The verb's subject, not a passive one, is a word of one of the cue ``lists`` (as written or by lemma:
    'protesters', 'thousands'), or the people a counted subject counts ('thousands of students')."""
    subj, passive = subject_of(verb)
    if subj is None or passive:
        return False
    heads = [subj]
    if cues.has("crowd_quantities", subj.lower_):  # 'Thousands of students occupied the parliament'
        heads += prep_objects(subj, _OF)
    return any(cues.has(name, word) for name in lists for h in heads for word in (h.lemma_.lower(), h.lower_))


def _protesters_occupy(trig: Trigger, cues: Cues) -> bool:
    """'Kurdish protesters occupied the Greek embassy': protesters taking a place obstruct (a sit-in)."""
    return cues.has("occupy_verbs", trig.token.lemma_.lower()) and _active_subject_in(
        trig.token, cues, "protester_nouns"
    )


def _hijack(trig: Trigger, cues: Cues) -> bool:
    """A craft seized by hijackers, pirates or gunmen is hijacked ('Hijackers seized an Air France jet');
    a state or its officers seizing one confiscate it ('Iran seized a British tanker': COERCE)."""
    subj, passive = subject_of(trig.token)
    seizer = doer_of(trig.token)
    craft = subj if passive else next((c for c in trig.token.children if c.dep_ == "dobj"), None)
    return (
        seizer is not None
        and craft is not None
        and cues.has("hijacker_nouns", seizer.lemma_.lower())
        and cues.has("hijacked_crafts", craft.lemma_.lower())
    )


def _rescue(trig: Trigger, cues: Cues) -> bool:
    """Captives freed by security forces, or from someone else's hands, are rescued (AID in the PLOVER manual):
    'Peruvian troops freed the hostages', 'police freed 10 hostages held by a gang'; 'the rebels freed their
    hostages' releases them (RETREAT)."""
    tok = trig.token
    if not cues.has("freeing_verbs", tok.lemma_.lower()):
        return False
    freer = doer_of(tok)
    # the captives in the verb's own clause, other than who frees them ('freed all but one of the 72 hostages')
    captives = [
        t
        for t in tok.subtree
        if cues.has("captive_nouns", t.lemma_.lower())
        and not (freer is not None and freer.left_edge.i <= t.i <= freer.right_edge.i)
        and not any(a.pos_ == "VERB" for a in takewhile(lambda a: a.i != tok.i, t.ancestors))
    ]
    if not captives:
        return False
    held_by_other = any(  # 'hostages held by Tupac Amaru rebels'
        a.dep_ == "agent" and (freer is None or not any(o.i == freer.i for o in a.children))
        for c in captives
        for v in c.children
        if v.dep_ == "acl"
        for a in v.children
    )
    return held_by_other or (freer is not None and cues.has("rescuer_nouns", freer.lemma_.lower()))


def _attack_in_protest(tok: Token) -> bool:
    """'Angry crowds attacked the U.S. embassy to protest the bombing': an attack made to protest is a violent
    protest (CAMEO 145)."""
    return any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "protest" and any(a.tag_ == "TO" for a in c.children)
        for c in tok.children
    )


def _protesters_clash(trig: Trigger, cues: Cues) -> bool:
    """'Protesters in Tbilisi clashed with riot police', 'rioters set fire to government buildings': protesters
    fighting or destroying are rioting, not attacking."""
    if not cues.has("clash_verbs", trig.token.lemma_.lower()):
        return False
    subj, passive = subject_of(trig.token)
    if subj is None or passive:
        return False
    during = [o for p in trig.token.children if p.lower_ in ("during", "at") for o in p.children if o.dep_ == "pobj"]
    # 'students clashed with police during a protest against rising prices': they are protesters
    return cues.has("protester_nouns", subj.lemma_.lower()) or any(
        any(e.type == "PROTEST" for e in load_lexicon().get(o.lemma_.lower(), ())) for o in during
    )


def _weapons_test(tok: Token, cues: Cues) -> bool:
    """'test-fired a missile': the hyphenated 'test' before the verb makes the firing a weapons test."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and cues.has("weapons_test_words", tok.doc[tok.i - 2].lower_)


def _when_clause(tok: Token) -> bool:
    """An adverbial clause opened by 'when' ('... when guerrillas attacked their patrol')."""
    return tok.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in tok.children)


def _harmed_owners(tok: Token, ctx: Context) -> list[str]:
    """Who owns what an attack told in a 'when' clause hit, named by a pronoun: the main clause's harmed
    ('two soldiers were killed when guerrillas ambushed their patrol')."""
    if not _when_clause(tok):
        return []
    owned = [o for o in direct_objects(tok) if any(p.dep_ == "poss" and p.pos_ == "PRON" for p in o.children)]
    if not owned:
        return []
    main = tok.head
    while main.dep_ == "conj" and main.head.pos_ == "VERB":
        main = main.head
    harmed = next((c for c in main.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return actor_ids(harmed, ctx.actors) if harmed is not None else []


def _when_clause_agents(trig: Trigger, ctx: Context) -> list[str]:
    """'were wounded when their patrol was ambushed by Hezbollah', 'were killed when rebels attacked the post':
    an agentless harm's agent is the one of the same kind of act its 'when' clause tells; coordinated harms share
    it ('a soldier was killed and two others wounded when guerrillas attacked their patrol')."""
    tok = trig.token
    heads = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        heads.append(tok.head)
    for clause in (c for h in heads for c in h.children):
        if not _when_clause(clause):
            continue
        if not any(e.type == trig.entry.type for e in load_lexicon().get(clause.lemma_.lower(), ())):
            continue
        agent = agent_of(clause)
        if agent is None and not agentless_passive(clause):
            agent, _ = subject_of(clause)
        return actor_ids(agent, ctx.actors)
    return []


def _verbal_protest(trig: Trigger, cues: Cues) -> bool:
    """'The group protested that the law is unfair', 'Iran protested the arrest', 'Hanoi protested to Beijing',
    '"...," the group protested': a protest made in words (PLOVER ACCUSE), not a demonstration."""
    tok = trig.token
    if (
        trig.entry.type != "PROTEST"
        or trig.entry.pos != "V"
        or not cues.has("verbal_protest_verbs", tok.lemma_.lower())
    ):
        return False
    subj, _ = subject_of(tok)
    if subj is not None and (subj.ent_type_ == "GPE" or cues.has("state_body_nouns", subj.lemma_.lower())):
        return True  # 'Japan protested against China's nuclear test', 'the ministry summoned the envoy to protest'
    if subj is not None and subj.lower_ == "it":
        return True  # 'It protested against the verdict': a state or a body, which protests in words; crowds are 'they'
    purpose = tok.dep_ in ("advcl", "xcomp") and to_infinitive(tok)
    if purpose and not cues.has("speech_verbs", tok.head.lemma_.lower()):
        return False  # 'staged a sit-in to protest the closure': the protest is the sit-in
    if direct_objects(tok) or any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children):
        return True  # 'protested to Beijing over ...': addressed to someone, a diplomatic protest
    first = min(t.i for t in tok.subtree)
    return closing_report(tok) or (
        first > tok.sent.start + 2
        and tok.dep_ in ("parataxis", "acl", "ROOT")
        and tok.doc[first - 1].text in (",", '"', "”")
    )


def _state_protest(trig: Trigger, actors: list[str], ctx: Context) -> bool:
    """'The plan drew protests from China', 'despite protests from Australia': protests a state sends (the noun,
    received by the subject or coming from the state) are words (ACCUSE), not a march ('lawmakers led a protest
    march' still marched)."""
    tok = trig.token
    if trig.entry.pos != "N" or not ctx.cues.has("verbal_protest_verbs", tok.lemma_.lower()):
        return False
    received = received_object(tok, ctx.cues)
    sent = any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
    return (received or sent) and _state_side(actors, ctx)


def _hosts_person(trig: Trigger, ctx: Context) -> bool:
    """False for a host verb that hosts only people when its object is a thing ('received aid': no visit; the
    trigger is dropped before it could swallow 'aid' as a dependent), True otherwise."""
    tok = trig.token
    if not ctx.cues.has("host_if_person_verbs", tok.lemma_.lower()) or trig.entry.mode != "visit":
        return True
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)  # 'X was received by Y'
    ids = actor_ids(obj, ctx.actors) if obj is not None else []
    return any(
        (a := ctx.actors.by_id(i)) is not None
        and (a.kind in ("person", "government") or (a.kind == "group" and a.sector in _OFFICIAL_SECTORS))
        for i in ids[:1]
    )  # 'received Turkish envoys': officials too


_OFFICIAL_SECTORS = frozenset({"GOV", "ELI", "LEG", "JUD"})


def _protective_deployment(trig: Trigger, cues: Cues) -> bool:
    """Troops sent to keep the peace or to protect someone are military assistance (PLOVER AID: 'personnel';
    CAMEO 074 'provide military protection or peacekeeping'): 'Nigeria sent peacekeepers to Liberia', 'France
    sent 2,500 troops to Rwanda to protect civilians', 'to reinforce U.N. peacekeepers'; troops sent to a
    border mobilize."""
    tok = trig.token
    if trig.entry.type != "MOBILIZE" or trig.entry.pos != "V" or agentless_passive(tok):
        return False  # 'UN forces have been deployed to protect civilians': the forces' own move, as sent
    pattern = {tok.doc[i].lemma_.lower() for i in trig.tokens}
    if pattern & cues.sets["peacekeeper_nouns"]:
        return True
    purposes = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and to_infinitive(c)]
    return any(  # 'to protect civilians', or to join peacekeepers ('to reinforce U.N. peacekeepers')
        cues.has("protective_verbs", p.lemma_.lower())
        or any(o.dep_ == "dobj" and o.lemma_.lower() in cues.sets["peacekeeper_nouns"] for o in p.children)
        for p in purposes
    )


def _welcomes_thing(trig: Trigger, ctx: Context) -> bool:
    """'Duterte welcomed the vaccines', 'Eritrea's acceptance was welcomed by Ethiopia': a host verb whose object
    is a thing, not a visitor, approves (SUPPORT)."""
    tok = trig.token
    if trig.entry.mode != "visit" or not ctx.cues.has("approve_if_thing_verbs", tok.lemma_.lower()):
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and obj.ent_type_ == ""
        and ctx.actors.at(obj.idx, obj.idx + len(obj)) is None
    )


def _call_request(trig: Trigger, cues: Cues) -> bool:
    """'his calls on allies to send weapons': the noun 'call' with 'on'/'for' asks, it phones no one."""
    return (
        trig.entry.mode == "phone"
        and trig.entry.pos == "N"
        and any(
            c.dep_ == "prep"
            and c.lower_ in cues.sets["call_request_preps"]
            and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
            for c in trig.token.children
        )
    )


def _police_capture(trig: Trigger, ctx: Context) -> bool:
    """A capture of a person (no place) by police, courts or civil authorities is an arrest (CAMEO 173); by
    soldiers or rebels it stays an attack."""
    tok = trig.token
    if not ctx.cues.has("capture_verbs", tok.lemma_.lower()) or len(trig.tokens) > 1:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    agent = doer_of(tok)
    if not objs or agent is None:
        return False
    agents = [a for i in actor_ids(agent, ctx.actors) if (a := ctx.actors.by_id(i)) is not None]
    places = [a for i in actor_ids(objs[0], ctx.actors) if (a := ctx.actors.by_id(i)) is not None and a.kind == "place"]
    return not places and any(a.sector in ctx.cues.sets["arresting_sectors"] for a in agents)


def _regrets_other(trig: Trigger, ctx: Context) -> bool:
    """'The court regrets the decision of Kenya not to participate', 'the EU regretted Russia's move': regret
    for another side's act (its possessor or 'of' object names an actor other than the subject) disapproves."""
    tok, doc = trig.token, trig.token.doc
    regrets = [doc[i] for i in trig.tokens if ctx.cues.has("regret_verbs", doc[i].lemma_.lower())]
    if not regrets:
        return False
    subj, _ = subject_of(tok)
    own = set(actor_ids(subj, ctx.actors))
    # what is regretted: the verb's object, or the regret noun's 'over/for/about' object ('expressed regret over ...')
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [o for r in regrets if r.pos_ == "NOUN" for o in prep_objects(r, frozenset({"over", "for", "about", "at"}))]
    for obj in objs:
        owners = [c for c in obj.children if c.dep_ == "poss"] + prep_objects(obj, frozenset({"of"}))
        if any(i not in own for o in owners for i in actor_ids(o, ctx.actors)):
            return True
    return False


def _option_kept_open(trig: Trigger, merged: list[Trigger], info: ModalityInfo, cues: Cues) -> str | None:
    """The hostile act a negated 'rule out'/'exclude' keeps open ('did not rule out military action'), if any."""
    if "negated" not in info.flags or not cues.has("option_verbs", trig.token.lemma_.lower()):
        return None
    return next((d.entry.type for d in merged if d.entry.type in cues.sets["threat_types"]), None)


def _type_of(
    trig: Trigger, merged: list[Trigger], info: ModalityInfo, actors: list[str], recipients: list[str], ctx: Context
) -> tuple[str, str | None, str]:
    """The event's type, mode and CAMEO root (``actors`` and ``recipients``: the event's; a threat needs a
    recipient, a strike a state makes is military)."""
    # a deployment's destination is no target: 'France would send more troops to Bosnia' is a future move
    sent_to = sent_destination_ids(trig.token, ctx.actors) if trig.entry.type == "MOBILIZE" else []
    targeted = any(r not in sent_to for r in recipients)
    # 'judges are likely to find Lai guilty': a forecast of a hostile act is that act ahead, no threat
    intent = info.intent and not (info.forecast and ctx.onto.intent.get(trig.entry.type) == "THREATEN")
    etype, mode = codebook_type(trig, merged, info.flags, intent, ctx.onto, ctx.cues)
    if etype == "THREATEN" and trig.entry.type == "MOBILIZE" and not merged and not targeted:
        etype, mode = trig.entry.type, trig.entry.mode  # 'will send 1,500 troops to the border': aimed at no one
    if (hostile := _option_kept_open(trig, merged, info, ctx.cues)) is not None:
        info.flags.remove("negated")  # 'did not rule out military action against Iraq': a threat, asserted
        etype, mode = "THREATEN", ctx.onto.dependent_mode["THREATEN"].get(hostile)
    elif _denied_act(trig.token, ctx.cues):
        etype, mode = "REJECT", None
    elif _verbal_protest(trig, ctx.cues) or _state_protest(trig, actors, ctx):
        etype, mode = "ACCUSE", "disapprove"  # 'protested that ...', 'protested the decision': words, no march
    elif _call_request(trig, ctx.cues):
        etype, mode = "REQUEST", None
    elif etype == "ASSAULT" and (_weapons_test(trig.token, ctx.cues) or _untargeted_launch(trig, recipients, ctx)):
        etype, mode = "MOBILIZE", "weapons"
    elif etype == "ASSAULT" and (_protesters_clash(trig, ctx.cues) or _attack_in_protest(trig.token)):
        etype, mode = "PROTEST", "riot"  # 'protesters clashed with riot police': a violent protest (CAMEO 145)
    elif etype == "ASSAULT" and _protesters_occupy(trig, ctx.cues):
        etype, mode = "PROTEST", "obstruct"  # 'Kurdish protesters occupied the Greek embassy': a sit-in
    elif etype == "ASSAULT" and _fire_of_words(trig, actors, ctx):
        etype, mode = "ACCUSE", "disapprove"  # 'came under fire from Washington for the arrests'
    elif etype == "COERCE" and _air_raid(trig, ctx.cues):
        etype, mode = "ASSAULT", "aerial"  # 'Israeli warplanes raided Hezbollah targets': an air strike, no search
    elif etype == "ASSAULT" and _police_capture(trig, ctx):
        etype, mode = "COERCE", "arrest"  # 'Mexican authorities captured a top drug lord': an arrest
    elif etype in ("MOBILIZE", "THREATEN") and _protective_deployment(trig, ctx.cues):
        etype, mode = ("AID" if etype == "MOBILIZE" else "AGREE"), None  # a promise of aid is AGREE
    elif etype == "COERCE" and mode == "seize" and _hijack(trig, ctx.cues):
        etype, mode = "ASSAULT", "abduct"  # 'Hijackers seized an Air France jet': a hijacking (CAMEO 181)
    elif etype == "RETREAT" and mode == "release" and _rescue(trig, ctx.cues):
        etype, mode = "AID", None  # 'Peruvian troops freed the hostages held by rebels' (PLOVER manual: a rescue)
    elif etype == "CONCEDE" and _regrets_other(trig, ctx):
        etype, mode = "ACCUSE", "disapprove"  # 'the court regrets the decision of Kenya': no apology
    elif etype == "MOBILIZE" and _joint_exercise(trig, actors, ctx):
        etype, mode = "COOPERATE", None  # 'Russia and China held war games': military cooperation (CAMEO 062)
    elif etype == "PROTEST" and mode == "strike" and trig.token.lemma_ == "strike" and _state_side(actors, ctx):
        etype, mode = "ASSAULT", None  # 'Clinton said he had ordered the strikes': no labour strike
    cameo = trig.entry.cameo if etype == trig.entry.type else ctx.onto.types[etype].cameo
    return etype, mode, cameo


def _joint_exercise(trig: Trigger, actors: list[str], ctx: Context) -> bool:
    """Exercises two sides hold together: two countries act ('Russia and China held war games'), or a partner
    is named with 'with' ('staged manoeuvres with Belarus')."""
    doc = trig.token.doc
    words = [doc[i] for i in trig.tokens]
    if not any(ctx.cues.has("exercise_nouns", w.lemma_.lower()) for w in words):
        return False
    holders = words + [w.head for w in words if w.dep_ == "dobj"]  # 'staged war games with Belarus'
    return len(countries(actors, ctx)) > 1 or any(
        actor_ids(o, ctx.actors) for w in holders for o in prep_objects(w, _WITH)
    )


def _fire_of_words(trig: Trigger, actors: list[str], ctx: Context) -> bool:
    """'came under fire' from no armed side, or for a reason ('for the arrests'), is criticism; from rebels or
    troops, or with no one named and no reason ('the convoy came under fire near Kalat'), shooting."""
    tok = trig.token
    if trig.entry.pos != "N" or len(trig.entry.lemmas) > 1 or not ctx.cues.has("under_nouns", tok.lemma_.lower()):
        return False  # 'came under rocket fire from Lebanon' (a longer pattern) is shooting
    verb = tok.head.head if tok.head.lower_ == "under" else tok
    reason = any(c.dep_ == "prep" and c.lower_ in ("for", "over") for h in (verb, tok) for c in h.children)
    return reason or (bool(actors) and not _armed(actors, ctx))


def _air_raid(trig: Trigger, cues: Cues) -> bool:
    """A raid flown by aircraft ('warplanes raided guerrilla bases') is an air strike."""
    if not cues.has("raid_verbs", trig.token.lemma_.lower()) or trig.entry.pos != "V":
        return False
    return _active_subject_in(trig.token, cues, "aircraft_nouns")


def _anonymity(tok: Token, cues: Cues) -> bool:
    """'who asked not to be named', 'who refused to identify himself', 'requested anonymity': a source keeping
    its name out of the story, no request or refusal of the story's sides."""
    return any(
        (c.dep_ == "xcomp" and cues.has("naming_verbs", c.lemma_.lower()) and _names_no_one_else(c))
        or (c.dep_ == "dobj" and c.lower_ == "anonymity")
        for c in tok.children
    )


def _names_no_one_else(verb: Token) -> bool:
    """'not to be named', 'to identify himself': the verb is passive or names its own subject ('refused to name a
    new ambassador' names someone else)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "auxpass" for c in verb.children) or all(o.lower_.endswith(("self", "selves")) for o in objs)


def _tasked(tok: Token, cues: Cues) -> bool:
    """'The Security Council has charged the inspectors with verifying ...': charged with a task, not with a crime
    ('charged him with plotting a coup')."""
    return cues.has("task_verbs", tok.lemma_.lower()) and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(_gerund_of(c, cues) for c in p.children) for p in tok.children
    )


def _gerund_of(tok: Token, cues: Cues) -> bool:
    """A gerund of a task verb ('verifying', 'overseeing', 'ensuring'), which the parser may take for a noun."""
    return tok.lower_.endswith("ing") and any(cues.has("task_gerunds", b) for b in regular_bases(tok.lower_))


def _striving(tok: Token, cues: Cues) -> bool:
    """'Elian's relatives have fought to keep the boy': a verb of fighting with a 'to' clause and no object of
    its own tells a struggle for something, not an attack (unless armed men fight: 'rebels fought to take')."""
    return (
        tok.pos_ == "VERB"
        and cues.has("striving_verbs", tok.lemma_.lower())
        and not any(c.dep_ == "dobj" for c in tok.children)
        and any(c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children) for c in tok.children)
    )


def _armed(ids: list[str], ctx: Context) -> bool:
    """Whether any actor is an armed force, armed group or police ('rebels fought to take the town')."""
    armed = ctx.cues.sets["armed_sectors"]
    return any(a is not None and a.sector in armed for a in map(ctx.actors.by_id, ids))


def _kind_of_people(trig: Trigger, ctx: Context) -> bool:
    """An event noun naming what kind of people an actor is: 'aid workers', 'truce monitors', 'invasion
    forces', 'protest leaders' are people, no aid, truce, invasion or protest."""
    tok = trig.token
    if trig.entry.pos != "N" or len(trig.tokens) > 1 or tok.dep_ != "compound":
        return False
    head = tok.head
    return bool(ctx.actors.all_at(head.idx, head.idx + len(head)))


def _plural_demand(trig: Trigger, cues: Cues) -> bool:
    """A contact noun, bare and plural, that is demands: calls someone makes 'from' somewhere, or held out against
    ('despite calls from the United States', 'the calls from Washington went unheeded'); not calls received,
    made or returned ('began receiving 911 calls', 'returning Braun's calls')."""
    tok = trig.token
    if trig.entry.type != "CONSULT" or trig.entry.pos != "N" or tok.tag_ != "NNS":
        return False
    if not cues.has("plural_demand_nouns", " ".join(trig.entry.lemmas)) or tok.dep_ == "dobj":
        return False
    held_out = tok.dep_ == "pobj" and tok.head.lower_ in ("despite", "amid")
    return held_out or any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)


def _retyped(trig: Trigger, etype: str, mode: str | None, ctx: Context) -> Trigger:
    """The same trigger words read as another type ('welcomed the vaccines' SUPPORT, 'expelled from the
    Assembly' SANCTION expel), with that type's CAMEO root."""
    return Trigger(trig.token, Entry(trig.entry.lemmas, "V", etype, mode, ctx.onto.types[etype].cameo), trig.tokens)


def _owned_patient(trig: Trigger, ctx: Context) -> tuple[list[str], list[str]] | None:
    """(owner, beneficiaries) when an agentless passive's subject is the pattern's own noun of something given
    (received_nouns) with an owner ('U.S. aid to Egypt was suspended', 'Japanese aid to China was frozen'): the
    owner stops giving it, to those it went to ('to'/'for'); None otherwise ('Russian diplomats were expelled')."""
    tok = trig.token
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i in trig.tokens and c.i != tok.i), None)
    if subj is None or not ctx.cues.has("received_nouns", subj.lemma_.lower()):
        return None
    owners = [a for c in subj.children if c.dep_ in ("compound", "amod", "poss") for a in actor_ids(c, ctx.actors)]
    if not owners:
        return None
    to = [a for o in prep_objects(subj, _TO_FOR) for a in actor_ids(o, ctx.actors) if a not in owners]
    return owners, to


def _code_one(trig: Trigger, merged: list[Trigger], sent: Span, hedged: bool, ctx: Context, n: int) -> Event | None:
    tok = trig.token
    if _kind_of_people(trig, ctx) or _tasked(tok, ctx.cues) or _anonymity(tok, ctx.cues):
        return None
    if _welcomes_thing(trig, ctx):
        trig = _retyped(trig, "SUPPORT", None, ctx)
    if _plural_demand(trig, ctx.cues):
        trig = _retyped(trig, "REQUEST", None, ctx)  # 'despite calls from the United States': demands
    if trig.entry.type == "PROTEST" and trig.entry.pos == "V" and incursion(tok, ctx.cues):
        trig = _retyped(trig, "ASSAULT", None, ctx)  # 'Iraqi troops marched into Kuwait': no demonstration
    actors, recipients = find_arguments(tok, ctx.actors, ctx.cues, stative=_stative(trig, ctx.cues))
    if ctx.cues.has("consequence_patterns", " ".join(trig.entry.lemmas)):
        if not _foretold(tok, ctx.cues):
            return None  # 'Israel paid a heavy price in the war': no threat
        actors, recipients = _quote_speaker(tok, ctx), actors  # 'Syria said Israel would pay a heavy price'
    if _striving(tok, ctx.cues) and not _armed(actors, ctx):
        return None  # 'his relatives have fought to keep the boy': a struggle, no attack
    if evaluative(trig, ctx.cues):  # 'X said the EU is "hostile"': the speaker accuses what is evaluated
        actors, recipients = evaluation_roles(tok, ctx.actors, ctx.quotes, ctx.cues)
        if not actors:
            return None
    if trig.entry.mode == "visit" and ctx.cues.has("host_verbs", tok.lemma_.lower()):
        guests = visitor_of(tok, ctx.actors, actors)  # the visitor acts, the host receives
        if guests:  # 'Turkey would host a follow-up round of talks': no guest named, the host acts
            actors, recipients = guests, actors
    if ctx.cues.has("exchange_verbs", tok.lemma_.lower()):  # 'exchanged prisoners with Eritrea'
        recipients = _with_partners(tok, ctx) or recipients
    if trig.entry.type == "MOBILIZE" and ctx.cues.has("sighting_verbs", tok.lemma_.lower()):
        actors, recipients = _sighting(tok, ctx)  # 'Taiwan detected 30 Chinese aircraft'
    if (trig.entry.type in ctx.cues.sets["material_types"] and natural_agent(tok, ctx.cues)) or _helped(trig, ctx.cues):
        return None
    undergone = undergoer_roles(tok, ctx.actors, ctx.cues)
    if undergone is not None:
        actors, recipients = undergone
        if not actors:  # 'received bipartisan support in Washington': the capital's government gives
            actors = _capital_giver(tok, ctx)
    if not actors:
        actors = _quoted_self(tok, ctx)
    if not actors and _threat_told_passive(trig, ctx):
        actors = _quote_speaker(tok, ctx, direct=True)  # '"... will be responded to with force," X said'
    if not actors and trig.entry.mode in ctx.cues.sets["self_acting_modes"] and _agentless(tok, ctx):
        # 'the guerrillas were demobilized': they retreat; 'police were placed on alert': they mobilize
        subj, _ = subject_of(tok)
        actors = [a for a in actor_ids(subj, ctx.actors) if a in recipients][:1]
        recipients = [r for r in recipients if r not in actors]
    if not actors and agentless_passive(tok):  # 'were wounded in a Hezbollah rocket attack': the attacker acts
        nouns = [d for d in merged if d.entry.pos == "N" and d.entry.type == trig.entry.type]
        actors = next((a for d in nouns if (a := find_arguments(d.token, ctx.actors, ctx.cues)[0])), [])
        recipients = [r for r in recipients if r not in actors]
    if not actors and agentless_passive(tok):
        actors = [a for a in _when_clause_agents(trig, ctx) if a not in recipients]
    if not actors and agentless_passive(tok):  # 'was slapped with new sanctions by the Security Council'
        words = [tok.doc[i] for i in trig.tokens if i != tok.i]
        actors = [a for w in words for o in prep_objects(w, _BY) for a in actor_ids(o, ctx.actors)]
        recipients = [r for r in recipients if r not in actors]
    if not actors and agentless_passive(tok):  # 'U.S. aid to Egypt was suspended': the aid's owner acts
        actors, recipients = _owned_patient(trig, ctx) or (actors, recipients)
    if not actors and agentless_passive(tok) and ctx.onto.quad_class(trig.entry.type) in (1, 3):
        # 'Iran's expulsion of two diplomats was condemned in London': words said in a capital are its government's
        actors = [a for a in _capital_giver(tok, ctx) if a not in recipients]
    if not recipients and trig.entry.pos == "V":  # 'spoke by telephone with Chancellor Kohl'
        recipients = [r for r in _pattern_recipients(trig, ctx) if r not in actors]
    recipients = _implied_recipients(trig, merged, actors, recipients, ctx)
    if not recipients and trig.entry.pos == "V":  # 'declined to resign despite pressure by the commission'
        recipients = [r for r in pressing_ids(tok, ctx.actors, ctx.cues) if r not in actors]
    if trig.entry.type == "AID" and ctx.cues.has("help_verbs", tok.lemma_.lower()):
        recipients = _helped_states(trig, recipients, ctx)
        if not recipients:
            return None
    actors = no_places(actors, ctx)
    source: tuple[str | None, str | None] | None = None
    if not actors and _unsaid_agent(trig, ctx.cues):
        source = find_attribution(tok, ctx.quotes, ctx.actors, ctx.cues)
        said_by = [source[0]] if source[0] is not None and not _media(tok, source, ctx) else []
        said_by = [a for a in said_by if _authority(a, ctx)]  # a witness or an aid worker does not act
        if trig.entry.type in ("ASSAULT", *ctx.cues.sets["yielding_types"]):
            # 'four frontier corps personnel were killed, the army spokesman said'; 'two French hostages were
            # freed, the French foreign ministry said': a state does not harm or free its own people
            said_by = [a for a in said_by if not _own_side_hit(a, recipients, ctx)]
        said_by = [a for a in said_by if _at_home(a, tok, ctx)]  # a foreign ministry reporting an attack abroad
        actors = no_places(said_by, ctx)  # 'officials said X was arrested'
    in_passing = _undergone_by_owner(tok, ctx.cues)  # 'after their expulsion': no agent from the sentence
    expelling = trig.entry.mode in ("expel", "deport") or ctx.cues.has("expelling_verbs", tok.lemma_.lower())
    if not actors and expelling and agentless_passive(tok):
        actors = _expelling_state(tok, ctx)  # 'two Russian diplomats were expelled from Estonia'
        recipients = [r for r in recipients if r not in actors]
        if any((body := ctx.actors.by_id(i)) is not None and body.kind == "organisation" for i in actors):
            # expelled from a body, not deported: SANCTION expel ('was expelled from the General Assembly')
            trig = _retyped(trig, "SANCTION", "expel", ctx)
    if (
        not actors
        and trig.entry.mode in ctx.cues.sets["authority_modes"]
        and (agentless_passive(tok) or trig.entry.pos == "N")
        and not in_passing
    ):
        actors = place_authority(trig, ctx)  # 'was arrested in Lebanon', 'put under investigation in Italy'
        if not actors and agentless_passive(tok):
            actors = salient_state(tok.idx, ctx)  # 'were deported to Honduras' in a story about US policy
        recipients = [r for r in recipients if r not in actors]
    patient_noun = trig.entry.pos == "N" and ctx.cues.has("patient_possessor_nouns", tok.lemma_.lower())
    attacked = undergone is not None and trig.entry.type == "ASSAULT"  # 'came under attack' with no 'by X'
    if not actors and (_agentless(tok, ctx) or attacked or (patient_noun and recipients)):
        # 'were deported', 'came under attack', 'the suits allege', 'confirmed al-Rufay'i's killing': the story's
        # agent carries over
        actors = [a for a in carried_actors(trig.entry.type, ctx) if a not in recipients]
        if not actors and not agentless_passive(tok) and not attacked:  # 'the group would not recognize Israel'
            actors = [a for a in named_antecedent(tok, ctx) if a not in recipients]
    if not recipients and trig.entry.type == "ASSAULT":  # 'were killed when guerrillas attacked their patrol'
        recipients = [r for r in _harmed_owners(tok, ctx) if r not in actors]
    if not recipients and trig.entry.type == "ASSAULT":  # 'it came under attack' (an unresolved 'it') too
        recipients = _attacked_place(trig, actors, ctx, undergone=undergone is not None or agentless_passive(tok))
    has_actor = bool(actors) or (undergone is not None and bool(recipients)) or _crowd_subject(trig, ctx.cues)
    if not _keep(trig, has_actor, bool(recipients), ctx.cues):
        return None
    if _idle_talk(trig, actors, recipients, ctx) or pattern_noun(tok, ctx.cues):
        return None
    info = find_modality(tok, hedged, ctx.cues)
    # an act on an agreement ('withdrew from the 2015 deal') is not dated by the year it was made; making one is
    instruments = frozenset() if trig.entry.type in ("AGREE", "SUPPORT") else ctx.cues.sets["accord_nouns"]
    time = sentence_time(sent, tok, ctx.times, ctx.cues.sets["deadline_preps"], instruments)
    if (is_historical(time, ctx.article.published, ctx.cues.historical_days) and not ongoing(tok)) or (
        time is None and backgrounded(tok, ctx.cues.sets["speech_verbs"])
    ):
        info.add("historical")
    elif is_ahead(time, ctx.article.published) and trig.entry.type in ctx.cues.sets["cooperative_types"]:
        info.add("future")  # 'hopes to resolve it during talks Tuesday': a planned meeting (AGREE)
        info.intent = True
    etype, mode, cameo = _type_of(trig, merged, info, actors, recipients, ctx)
    if etype == "THREATEN" and "future" in info.flags:  # a threat is made now; what it threatens lies ahead
        info.flags.remove("future")
        time = None if is_ahead(time, ctx.article.published) else time
    if etype == "MOBILIZE" != trig.entry.type:  # 'fired two cruise missiles': the weapons launched receive nothing
        recipients = less_sent(tok, recipients, ctx.actors)
    if generic(tok, etype, ctx.cues, ctx.times) or (
        etype in ctx.cues.sets["actor_types"]
        and ((not actors and undergone is None and thing_subject(tok)) or _owned_thing(tok, ctx))
    ):
        return None
    hosting = ctx.cues.has("host_verbs", tok.lemma_.lower())  # an official host makes an official visit
    travel = etype == "CONSULT" and ctx.cues.has("travel_verbs", tok.lemma_.lower())
    if travel and _forces(actors, ctx):
        # troops flown in make no visit; peacekeepers arriving are military assistance in personnel (PLOVER AID)
        if not any(_peacekeeping(a) for a in map(ctx.actors.by_id, actors) if a is not None):
            return None
        etype, mode, cameo = "AID", None, ctx.onto.types["AID"].cameo
    elif travel and not (_official(actors, ctx, states=hosting) or (hosting and _official(recipients, ctx))):
        return None  # refugees arriving in Kenya make no visit; an official host makes an official visit
    who, who_text = source or find_attribution(tok, ctx.quotes, ctx.actors, ctx.cues)
    if _commentary(who, who_text, ctx):
        return None  # 'analysts point out that India backs ...': analysis, not a reported act
    if ctx.cues.has("experiencer_adjectives", tok.lemma_.lower()) and not _own_voice(who, actors, ctx):
        return None  # 'India and Japan are concerned about China, an analyst said': his reading, no statement
    demand = etype == "REQUEST" and obliged(tok, ctx.cues)  # 'X said Y must ...'
    addressees = demand_addressees(tok, ctx) if demand else []
    if addressees and who is not None and who not in addressees:
        # 'China told Japan it should stop ...': the one told is who must act, whatever the pronoun resolved to
        actors, recipients = [who], addressees + [r for r in recipients if r not in actors and r not in addressees]
    elif demand and who is not None and who not in actors:
        actors, recipients = [who], actors + [r for r in recipients if r not in actors]  # 'X said Y must ...'
    if demand and "negated" in info.flags:
        # 'told them they shouldn't close borders', '"No one should be detained," X said': a request, of a
        # negative act
        info.flags.remove("negated")
    location = find_location(tok, ctx.cues, ctx.actors)
    if etype == "CONSULT":
        recipients = _less_topics(tok, recipients, ctx)
    guests = _visiting(recipients, sent, ctx) if etype == "CONSULT" else []
    if guests:  # 'met visiting Australian Prime Minister Paul Keating': the visitor acts, the host receives
        actors, recipients = guests, actors + [r for r in recipients if r not in guests]
    elif etype == "CONSULT" and trig.entry.mode in (None, "visit"):
        actors, recipients = _host_roles(actors, recipients, location, ctx)
    recipients = no_places(recipients, ctx, only_stateless=True)  # 'the Persian Gulf crisis': a sea is no side
    recipients += _place_recipient(trig, etype, location, actors, recipients, ctx)
    if not actors and "negated" not in info.flags and not in_passing:
        actors = _unidentified_agent(tok, etype, location, ctx)  # 'a roadside bomb killed three policemen in Helmand'
    if not recipients:
        recipients = referred_act_actors(tok, actors, ctx)
    unplaced = not any(p is not None and placed(p) for p in map(ctx.actors.by_id, recipients))
    if unplaced and _state_side(actors, ctx) and _domestic_act(trig, merged, etype, ctx.cues):
        # 'the Nigerian government banned all political activity'; what it bans or shuts at home with no country of
        # its own is its country's ('Iran shut down two reformist newspapers')
        recipients = _home_people(actors, ctx) + recipients
    if not recipients and etype == "PROTEST":
        recipients = _home_state(actors, ctx)
    if not recipients and _state_side(actors, ctx) and _custody_of_someone(trig):
        recipients = _home_people(actors, ctx)  # 'Belarus jailed a prominent opposition activist': one of its own
    if not actors and not recipients:
        return None  # no side named or recoverable: 'there was fighting', 'discussions have been held'
    recipients = _less_own_country(actors, _less_own_measure(trig, actors, recipients, ctx), ctx)
    if etype == "CONSULT":
        actors = _less_recipients_side(actors, recipients, ctx)
    partners = _cosigners(tok, recipients, ctx)
    if partners:  # 'China signed a free trade agreement with Mauritius': both sign (the PLOVER and story gold)
        actors, recipients = actors + partners, [r for r in recipients if r not in partners]
    return Event(
        id=f"E{n}",
        type=etype,
        mode=mode,
        actors=actors,
        recipients=recipients,
        date=shifted(event_date(time, ctx.article.published, info.flags), day_offset(tok)),
        location=location,
        modality=info.flags,
        attributed_to=who,
        attributed_text=who_text,
        sentence=ctx.article.text[sent.start_char : sent.end_char],
        start=sent.start_char,
        end=sent.end_char,
        cameo=cameo,
        quad_class=ctx.onto.quad_class(etype),
        goldstein=ctx.onto.goldstein_for(cameo),
        plover_score=ctx.onto.plover_score(etype, mode),
        confidence=confidence(
            tok, trig.entry, bool(actors), bool(recipients), info.flags, ctx.cues, undergone is not None
        ),
        trigger=" ".join(tok.doc[i].text for i in trig.tokens),
        trigger_start=trig.start,
        trigger_end=trig.end,
        context=list(ctx.labels),
    )


def _sentence_triggers(sent: Span, cand: list[int], ctx: Context) -> list[tuple[Trigger, list[Trigger]]]:
    """Triggers of one sentence with the dependent triggers merged into each governor."""
    trigs = find_triggers(sent, load_lexicon(), cand)
    if not any(t.text == "?" for t in sent[-3:]):  # 'do you think Taiwan should ...?' asks, demands nothing
        trigs += modal_requests(sent, ctx.cues, {i for t in trigs for i in t.tokens}, cand)
    trigs += assembly_protests(trigs, ctx.cues)
    trigs = [t for t in trigs if frame_ok(t, ctx.cues) and _hosts_person(t, ctx) and not _interview(t, ctx)]
    by_token = {t.token.i: t for t in trigs}
    merged: dict[int, list[Trigger]] = {t.token.i: [] for t in trigs}
    heads: list[Trigger] = []
    for trig in sorted(trigs, key=lambda t: t.token.i):
        if _denial_frame(trig, ctx.cues, set(by_token) - {trig.token.i}):
            continue
        # 'test-fired a missile, drawing protests from Pakistan': what a clause draws is another side's act
        gov = None if _drawn(trig, ctx.cues) else governor(trig, by_token)
        if gov is None:
            heads.append(trig)
        else:
            merged[gov.token.i].append(trig)
    return [(t, merged[t.token.i]) for t in heads]


def _clause_victims(tok: Token, actors: list[str], ctx: Context) -> list[str]:
    """Whom the clause a participle of harm hangs on acts on, or its purpose clause before the participle, when
    the participle names no one it could give a country ('opened fire to disperse demonstrators, killing one
    person and arresting 12')."""
    cur = tok
    for _ in range(3):
        if cur.tag_ != "VBG" or cur.dep_ not in ("advcl", "conj") or cur.head.i == cur.i:
            return []
        cur = cur.head
        purposes = [c for c in cur.children if c.dep_ == "advcl" and c.i < tok.i]
        found = [r for v in (cur, *purposes) for r in find_arguments(v, ctx.actors, ctx.cues)[1] if r not in actors]
        if found:
            return list(dict.fromkeys(found))
    return []


def _drawn(trig: Trigger, cues: Cues) -> bool:
    """The trigger is what a participle clause of another act receives ('..., drawing protests from Pakistan')."""
    verb = trig.token.head
    return received_object(trig.token, cues) and verb.dep_ == "advcl" and verb.tag_ == "VBG"


def code_events(
    doc: Doc, article: Article, actors: ActorTable, quotes: list[Quote], times: list[TimeExpr]
) -> list[Event]:
    """Code the PLOVER events of one article, each located at its evidence sentence.

    Per sentence: lexicon triggers (one vectorised lemma pass per document), joined by the codebook's
    rules ('agreed to withdraw' is one CONCEDE), then arguments, modality, date, location, attribution.
    A document without a dependency parse gives no events.
    """
    if not doc.has_annotation("DEP"):
        return []
    cues = load_cues()
    ctx = Context(article, actors, quotes, times, cues, load_ontology(), [])
    events: list[Event] = []
    coded: list[Dated] = []
    cand = candidates(doc, load_lexicon(), cues.sets["modal_request"])
    pos = 0
    last_time: TimeExpr | None = None
    previous_times: dict[int, TimeExpr] = {}
    for n_sent, sent in enumerate(doc.sents):
        if last_time is not None:
            previous_times[n_sent] = last_time
        last_time = _last_time(sent, times, cues)
        ctx.n_sent = n_sent
        mine: list[int] = []
        while pos < len(cand) and cand[pos] < sent.end:
            mine.append(cand[pos])
            pos += 1
        found = _sentence_triggers(sent, mine, ctx) if mine else []
        if not found:
            continue
        if not ctx.labels and not events:
            ctx.labels = context_labels(doc, cues, article.text)
        hedged = unconfirmed(article.text[sent.start_char : sent.end_char], cues)
        for trig, merged in found:
            event = _code_one(trig, merged, sent, hedged, ctx, len(events) + 1)
            if event is not None:
                events.append(event)
                ctx.recent.append((n_sent, event))
                coded.append(Dated(event, trig.token, n_sent, _told_before(trig, ctx.cues)))
    carry_dates(coded, previous_times, article.published, cues.historical_days)
    return events


def _told_before(trig: Trigger, cues: Cues) -> bool:
    """The trigger is, or is claimed or done 'for', an act the story told before: a definite event noun of the
    same type ('the brazen attack', 'claimed responsibility for the attack')."""
    words = [trig.token.doc[i] for i in trig.tokens]
    nouns = [w for w in words if w.pos_ == "NOUN"]
    nouns += [o for w in words for p in w.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children]
    return any(o.dep_ != "compound" and referred_type(o, cues) == trig.entry.type for o in nouns)


def _last_time(sent: Span, times: list[TimeExpr], cues: Cues) -> TimeExpr | None:
    """The sentence's last calendar time expression that dates something (not 'until May', 'since 1997'), if
    any: the one a following sentence continues from ('in 2016 ..., and arrived on March 29. Duterte
    welcomed the vaccines.')."""
    inside = [
        t
        for t in times
        if sent.start_char <= t.start
        and t.end <= sent.end_char
        and day_value(t.value)  # a day, or a time of a day ('Tuesday evening': 2025-03-11TEV)
        and not deadline(sent, t, cues.sets["deadline_preps"])
    ]
    return inside[-1] if inside else None
