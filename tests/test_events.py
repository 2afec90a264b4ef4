"""The event coder on tricky sentences: type, actor, recipient and modality (table-driven)."""

from __future__ import annotations

import pytest

from newsgraph.actors import resolve_actors
from newsgraph.events import code_events
from newsgraph.model import Actor, Article, Event, Record


def _code(nlp, text: str, published: str = "2023-03-17") -> tuple[list[Event], dict[str, Actor]]:  # type: ignore[no-untyped-def]
    art = Article(id="t", url=None, source=None, title=None, published=published, language="en", text=text)
    doc = nlp(text)
    table = resolve_actors(doc, art)
    return code_events(doc, art, table, [], []), {a.id: a for a in table.actors}


def _named(ids: list[str], actors: dict[str, Actor], want: str | None) -> bool:
    if want is None:
        return True
    return any(want in actors[i].name or any(want in m.text for m in actors[i].mentions) for i in ids)


def _main(events: list[Event]) -> Event:
    assert events, "no event coded"
    return max(events, key=lambda e: e.confidence)


CASES = [
    # (sentence, type, actor, recipient, modality that must be present, modality that must be absent)
    ("Russia invaded Ukraine.", "ASSAULT", "Russia", "Ukraine", [], ["negated", "future"]),
    ("Germany has not condemned the attack on Poland.", "ACCUSE", "Germany", None, ["negated"], []),
    ("France never recognized Kosovo.", "SUPPORT", "France", None, ["negated"], []),
    ("Japan will send aid to Nepal next week.", "AGREE", "Japan", "Nepal", ["future"], []),
    ("President Macron will visit India in June.", "AGREE", "Macron", "India", ["future"], []),
    ("Macron visited India.", "CONSULT", "Macron", "India", [], ["future"]),
    ("Turkey could impose sanctions on Sweden.", "SANCTION", "Turkey", "Sweden", ["hypothetical"], ["future"]),
    (
        "Turkey could impose sanctions on Sweden if talks fail.",
        "THREATEN",
        "Turkey",
        "Sweden",
        ["hypothetical"],
        ["future"],
    ),
    ("Japan said it would not send aid to Nepal.", "REJECT", "Japan", "Nepal", ["negated"], []),
    ("Vietnam said Laos must release the prisoners.", "REQUEST", "Vietnam", "Laos", [], []),
    ("Iran denied that it attacked the tanker.", "ASSAULT", None, None, ["denied"], []),
    ("Syria bombed Homs, according to media reports.", "ASSAULT", "Syria", None, ["unconfirmed"], []),
    ("Ukraine was attacked by Russia.", "ASSAULT", "Russia", "Ukraine", [], []),
    ("The United States and Jordan held talks with Iraq.", "CONSULT", "United States", "Iraq", [], []),
    ("Israel announced it would withdraw troops from Gaza.", "CONCEDE", "Israel", None, ["future"], []),
    ("Israel agreed to withdraw troops from Gaza.", "AGREE", "Israel", None, [], []),  # the gold's AGREE
    ("Egypt demanded that Israel withdraw its troops.", "REQUEST", "Egypt", "Israel", [], []),
    ("Police arrested 20 protesters in Cairo.", "COERCE", None, None, [], []),
    ("Pakistan threatened to cut off trade with India.", "THREATEN", "Pakistan", "India", [], []),
    ("China rejected the proposal from Vietnam.", "REJECT", None, None, [], []),
    ("Thousands of workers protested in Seoul on Monday.", "PROTEST", None, None, [], []),
    ("Russia mobilized troops along the border with Ukraine.", "MOBILIZE", "Russia", None, [], []),
    ("Kenya urged Somalia to release the hostages.", "REQUEST", "Kenya", "Somalia", [], []),
    ("The minister said China would invite Brazil to the summit.", "AGREE", "China", "Brazil", ["future"], []),
    ("Argentina and Chile signed an agreement on trade.", "SUPPORT", "Argentina", None, [], []),
    (
        "Iraq said it would boycott the talks with Kuwait.",
        "THREATEN",
        "Iraq",
        "Kuwait",
        [],
        ["future"],
    ),  # pronoun -> speaker; the threat is made now, what it threatens lies ahead
    # a parse that hangs the verb under a noun ROOT ('Doctors from ... donated') still finds the subject
    ("Engineers from two Japanese charities donated and delivered tents to Nepal.", "AID", "Japanese", "Nepal", [], []),
    # an adjunct's gerund takes the clause's subject ('took credit for attacking')
    ("The Taliban took credit for attacking a Pakistani convoy.", "ASSAULT", "Taliban", "Pakistani", [], []),
    ("Serbian workers stopped work on Monday.", "PROTEST", "Serbian", None, [], []),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient", "has", "lacks"), CASES)
def test_tricky_sentences(  # type: ignore[no-untyped-def]
    nlp, text: str, etype: str, actor: str | None, recipient: str | None, has: list[str], lacks: list[str]
) -> None:
    events, actors = _code(nlp, text)
    ev = _main(events)
    assert ev.type == etype
    assert _named(ev.actors, actors, actor), (ev.actors, actors)
    assert _named(ev.recipients, actors, recipient), (ev.recipients, actors)
    for m in has:
        assert m in ev.modality
    for m in lacks:
        assert m not in ev.modality


def test_compound_actor_gives_both(nlp) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, "The United States and Jordan held talks with Iraq.")
    ev = _main(events)
    assert _named(ev.actors, actors, "United States") and _named(ev.actors, actors, "Jordan")


ATTRIBUTION = [
    ("Brazil said Peru attacked the border post.", "Brazil", None),
    ("Peru attacked the border post, according to one source.", None, "one source"),
    ("Syria bombed Homs.", None, None),
    (
        "Brazil said Peru claimed that Chile attacked the border post.",
        "Peru",
        None,
    ),  # nested speech: the nearest source
]


@pytest.mark.parametrize(("text", "speaker", "speaker_text"), ATTRIBUTION)
def test_attribution(nlp, text: str, speaker: str | None, speaker_text: str | None) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, text)
    ev = _main(events)
    if speaker is None:
        assert ev.attributed_to is None
    else:
        assert _named([ev.attributed_to or ""], actors | {"": Actor("", "", "other", None, None, None)}, speaker)
    assert ev.attributed_text == speaker_text


def test_event_record_fields(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Protesters gathered. Russia invaded Ukraine."
    events, _ = _code(nlp, text)
    ev = _main(events)
    assert text[ev.start : ev.end] == ev.sentence == "Russia invaded Ukraine."
    assert ev.trigger is not None and text[ev.trigger_start : ev.trigger_end] == ev.trigger == "invaded"
    assert (ev.cameo, ev.quad_class, ev.goldstein) == ("19", 4, -10.0)
    assert ev.plover_score is not None and ev.plover_score < 0
    assert 0.0 <= ev.confidence <= 1.0
    assert ev.date.source == "publication" and ev.date.start == "2023-03-17"
    assert "military" in ev.context


SEED = [
    # (trigger lemma, type, modality present, date prefix)
    ("visit", "AGREE", "future", "2023-03-20"),
    ("invade", "ASSAULT", "historical", "2022-02"),
    ("hold", "AGREE", "unconfirmed", None),  # a planned call: future consultation is AGREE
    ("condemn", "ACCUSE", "negated", None),
]


@pytest.fixture(scope="module")
def seed_record(shared_data):  # type: ignore[no-untyped-def]
    from newsgraph.model import RawDocument
    from newsgraph.pipeline import extract

    text = (shared_data / "seed" / "scmp-xi-russia-visit.txt").read_text(encoding="utf-8")
    return extract(RawDocument(origin="seed", content=text, kind="text", published="2023-03-17"))


@pytest.mark.parametrize(("lemma", "etype", "flag", "date"), SEED)
def test_seed_events(seed_record, lemma: str, etype: str, flag: str, date: str | None) -> None:  # type: ignore[no-untyped-def]
    hits = [e for e in seed_record.events if e.type == etype and e.trigger and e.trigger.lower().startswith(lemma[:4])]
    assert hits, [(e.type, e.trigger) for e in seed_record.events]
    ev = hits[0]
    assert flag in ev.modality
    if date is not None:
        assert ev.date.start is not None and ev.date.start.startswith(date)
        assert ev.date.source == "sentence"
    else:
        assert "future" not in ev.modality or ev.date.source != "publication"


def test_seed_visit_roles(seed_record) -> None:  # type: ignore[no-untyped-def]
    actors = {a.id: a for a in seed_record.actors}
    ev = next(
        e for e in seed_record.events if e.type == "AGREE" and e.trigger == "visit" and e.date.source == "sentence"
    )
    assert _named(ev.actors, actors, "Xi")
    assert _named(ev.recipients, actors, "Russia")
    assert ev.attributed_to is not None and _named([ev.attributed_to], actors, "Kremlin")
    assert ev.location is not None and ev.location.country == "RUS"


def test_unparsed_doc_gives_no_events() -> None:
    import spacy

    from newsgraph.actors.table import ActorTable

    doc = spacy.blank("en")("Russia invaded Ukraine.")
    art = Article(id="t", url=None, source=None, title=None, published=None, language="en", text=doc.text)
    assert code_events(doc, art, ActorTable([]), [], []) == []


def test_quote_speaker_wins(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.model import Quote

    text = '"Russia invaded Ukraine," Poland said.'
    art = Article(id="t", url=None, source=None, title=None, published="2023-03-17", language="en", text=text)
    doc = nlp(text)
    table = resolve_actors(doc, art)
    poland = next(a for a in table.actors if "Poland" in a.name or any(m.text == "Poland" for m in a.mentions))
    quote = Quote(
        speaker=poland.id, speaker_text="Poland", cue="said", content=text[1:23], direct=True, start=1, end=23
    )
    ev = _main(code_events(doc, art, table, [quote], []))
    assert ev.type == "ASSAULT" and ev.attributed_to == poland.id


# ---- round two: sentences that assert no event, frames, arguments and dates ---------------------------

NO_EVENT = [
    # (sentence, the type that must not be coded): descriptions, predictions, purposes and idioms
    ("Officials said the strike was the result of a long effort to track the commander.", "PROTEST"),
    ("Analysts warn that Ghana could become a target for militants.", "THREATEN"),
    ("The Nigerian foreign ministry refused to comment.", "REJECT"),
    ("The agency received $5 million, far less than it had sought.", "REQUEST"),
    ("Kenya had given the U.N. Refugee Agency 14 days to present a plan.", "AID"),
    ("Peru and Chile have been holding talks for years, and negotiations have been going on since 2019.", "AGREE"),
    ("The U.S. kept the tariffs in place to pressure Mexico.", "REQUEST"),
    ("The report said the sanctions would cause a recession in Iran.", "SANCTION"),
    ("Turkish fighters who attack villages regularly escape to Syria.", "ASSAULT"),
    ("Talks on ceding the islands to Mauritius have been going on for years.", "CONCEDE"),
    ("People are discussing the future of the islands.", "CONSULT"),  # the public talking is no meeting
]


FRAMES = [
    # (sentence, type, actor, recipient)
    ("Nigeria warned that it would retaliate against Chad.", "THREATEN", "Nigeria", None),
    ("Police in Nigeria broke up a smuggling ring in Lagos.", "COERCE", "Nigeria", None),
    ("Kenya expressed concern over the election in Uganda.", "ACCUSE", "Kenya", None),
    ("Negotiations between Egypt and Sudan resumed on Monday.", "CONSULT", "Sudan", None),
    ("Mexico sent 10,000 troops to its northern border.", "MOBILIZE", "Mexico", None),
    ("The Russian government ordered its army to seal the border with Georgia.", "COERCE", "Russia", None),
    ("A court ordered the Ghanaian government to release the activists.", "REQUEST", None, "Ghana"),
    ("The Afghan army said 20 militants were arrested in Kabul.", "COERCE", "Afghan", None),  # speaker acts
    ("Fighting between Sudanese troops and rebels erupted in Darfur.", "ASSAULT", "Sudan", None),
    ("Brazil objected to Argentina's proposal.", "ACCUSE", "Brazil", "Argentina"),
    ("Iran filed a complaint against Israel at the United Nations.", "ACCUSE", "Iran", "Israel"),
    ("Indian police pressed charges against the Pakistani nationals.", "ACCUSE", "India", "Pakistan"),
    ("Kenya welcomed the decision.", "SUPPORT", "Kenya", None),
    ("Ethiopia is pleading with Eritrea to reopen the border.", "REQUEST", "Ethiopia", "Eritrea"),
    ("Jordan sought help from Egypt.", "REQUEST", "Jordan", "Egypt"),
    ("Trump told Trudeau in a phone conversation that the talks went well.", "CONSULT", "Trump", "Trudeau"),
    ("Britain will cede the islands to Mauritius.", "CONCEDE", "United Kingdom", "Mauritius"),
    ("Finland backed the plan, which also has the backing of Sweden.", "SUPPORT", "Finland", None),
    ("Kenya expelled two Somali diplomats.", "SANCTION", "Kenya", "Somali"),
    ("Kenya expelled thousands of Somali refugees.", "COERCE", "Kenya", "Somali"),
]


def test_nested_preposition_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "China imposed 25% tariffs on Canadian and Mexican exports to Japan, citing the flow of drugs."
    events, actors = _code(nlp, text)
    ev = next(e for e in events if e.type == "SANCTION")
    names = {actors[i].country for i in ev.recipients}
    assert {"CAN", "MEX"} <= names and "JPN" not in names


def _extract(text: str, published: str = "2023-03-17"):  # type: ignore[no-untyped-def]
    from newsgraph.model import RawDocument
    from newsgraph.pipeline import extract

    return extract(RawDocument(origin="t", content=text, kind="text", published=published))


DATES = [
    # (text, type, index of that type's mention, date prefix, date source, modality present)
    (
        "Iraqi troops killed five militants on Tuesday. The militants were killed in an airstrike near Mosul.",
        "ASSAULT",
        1,
        "2023-03-14",
        "context",
        None,
    ),
    ("Canada delayed the tariffs until April 2.", "CONCEDE", 0, "2023-03-17", "publication", None),
    # 'since' opens a period that runs on: no historical date of its own
    (
        "Since leaving office in 2019, Macri has criticized Argentina's government.",
        "ACCUSE",
        0,
        "2023-03-17",
        "publication",
        None,
    ),
    # the narrative continues from the previous sentence's last date, not its first
    (
        "Chile sanctioned Peru in 2016 and attacked Bolivia in 2008, before Peru's navy arrived in Lima on March 2."
        " Chilean troops detained the port workers.",
        "COERCE",
        0,
        "2023-03-02",
        "context",
        None,
    ),
    # a recent day continues too: the hostage-taking told after the attack's day is that day's, not the story's
    (
        "Militants attacked a passenger train in Balochistan on Tuesday. The militants demanded the release of"
        " prisoners.",
        "REQUEST",
        0,
        "2023-03-14",
        "context",
        None,
    ),
    # ... but a perfect does not (guard)
    (
        "Militants attacked a passenger train in Balochistan on Tuesday. The militants have demanded the release of"
        " prisoners.",
        "REQUEST",
        0,
        "2023-03-17",
        "publication",
        None,
    ),
    # a time of a day continues the narrative as its day does
    (
        "Seventy passengers reached a station in Balochistan on Tuesday evening. Militants said they freed"
        " dozens of women and children.",
        "RETREAT",
        0,
        "2023-03-14",
        "context",
        None,
    ),
    # a clause told hours or shortly after an act told before, whatever came between, is of that act's day
    (
        "Militants attacked a train on Tuesday. The attack killed 20 people. Police said the army arrived at the"
        " scene. In a statement released hours after the attack, the group gave authorities 48 hours to comply.",
        "THREATEN",
        0,
        "2023-03-14",
        "context",
        None,
    ),
    (
        "A bomb exploded in Kabul on Tuesday. Police said two people died. Officials said the army arrived at the"
        " scene. Shortly after the explosion, the Taliban claimed responsibility.",
        "ASSAULT",
        -1,
        "2023-03-14",
        "context",
        None,
    ),  # guard: a claim of responsibility is dated by the act it claims already
    # 'a day after X': the act named lies a day before the clause's date
    (
        "Pakistani troops killed 30 militants on Wednesday, a day after an attack on a train in Balochistan.",
        "ASSAULT",
        1,
        "2023-03-14",
        "sentence",
        None,
    ),
    (
        "Israel struck targets in Gaza on Friday, two days after a rocket attack on Sderot.",
        "ASSAULT",
        1,
        "2023-03-15",
        "sentence",
        None,
    ),
    (
        "The opposition held a protest against the government, a week before the elections.",
        "PROTEST",
        0,
        "2023-03-17",
        "publication",
        None,
    ),  # guard: the act that the phrase hangs from keeps its own date
    (
        "Police arrested 12 people in Kabul on Monday, hours after a bombing near the airport.",
        "ASSAULT",
        0,
        "2023-03-13",
        "sentence",
        None,
    ),  # guard: hours after is the same day
    (
        "Rebels seized the capital of Chad in 2008. Government troops attacked the rebels near the border.",
        "ASSAULT",
        1,  # the first is the seizure itself (a town seized is taken by force)
        "2008",
        "context",
        "historical",
    ),
    (
        "Japan attacked a Chinese ship on Monday. On Thursday, Korea attacked a Russian ship.",
        "ASSAULT",
        1,
        "2023-03-16",
        "sentence",
        None,
    ),
    # coordinated verbs each keep the time of their own clause, not the nearest one of the other
    ("Chile sanctioned Peru in 2016 and attacked Bolivia in 2008.", "ASSAULT", 0, "2008", "sentence", "historical"),
    ("Chile sanctioned Peru in 2016 and attacked Bolivia in 2008.", "SANCTION", 0, "2016", "sentence", None),  # guard
    # the year an agreement was made does not date an act on it; signing it, it does
    ("Trump withdrew from the 2015 nuclear deal.", "SANCTION", 0, "2023-03-17", "publication", None),
    ("Iran and the United States signed the 2015 agreement.", "SUPPORT", 0, "2015", "sentence", None),  # guard
    # a participle clause on the object dates what it tells, not the act on the object
    (
        "Bolivia and Chile restored diplomatic relations broken off in 1978.",
        "SUPPORT",
        0,
        "2023-03-17",
        "publication",
        None,
    ),
    ("Pakistan lifted the state of emergency imposed in November.", "CONCEDE", 0, "2023-03-17", "publication", None),
    ("Chile restored relations with Bolivia in 1992.", "SUPPORT", 0, "1992", "sentence", None),  # guard
]


@pytest.mark.parametrize(("text", "etype", "nth", "date", "source", "flag"), DATES)
def test_event_dates_from_context(text: str, etype: str, nth: int, date: str, source: str, flag: str | None) -> None:
    events = [e for e in _extract(text).events if e.type == etype]
    ev = events[nth]
    assert ev.date.start is not None and ev.date.start.startswith(date), ev.date
    assert ev.date.source == source
    if flag is not None:
        assert flag in ev.modality


MEDIA = [
    ("British media report that Britain will cede the islands to Mauritius.", True),
    ("Britain will cede the islands to Mauritius, the minister said.", False),
]


@pytest.mark.parametrize(("text", "hedged"), MEDIA)
def test_media_reports_are_unconfirmed(nlp, text: str, hedged: bool) -> None:  # type: ignore[no-untyped-def]
    events, _ = _code(nlp, text)
    ev = next(e for e in events if e.type == "CONCEDE")
    assert ("unconfirmed" in ev.modality) == hedged


def test_planned_event_borrows_the_plan_date() -> None:
    text = "Indian Prime Minister Narendra Modi is due to travel to Mauritius on Tuesday. Modi is expected to sign a deal with Mauritius."
    events = [e for e in _extract(text).events if e.type == "AGREE"]
    assert len(events) >= 2 and events[0].date.start == "2023-03-21"
    assert events[1].date.start == "2023-03-21" and events[1].date.source == "context"


def test_ultimatum_is_a_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _code(nlp, "Kenya gave the United Nations 14 days to present a plan to close the camps.")
    assert "THREATEN" in [e.type for e in events] and "AID" not in [e.type for e in events]


def test_own_date_beats_pluperfect_background() -> None:
    text = "On March 14, Kenya had expelled two Somali aid workers, the ministry said."
    ev = next(e for e in _extract(text).events if e.type == "SANCTION")  # aid workers expelled: CAMEO 1663
    assert ev.date.start == "2023-03-14" and "historical" not in ev.modality


# ---- round three: generalisation (questions, verbal attacks, things as agents, tense and dating) -------

NO_EVENT_R3 = [
    # (sentence, the type that must not be coded)
    ("The prosecutor asked Lai if he agreed with the charges.", "AGREE"),
    ("The prosecutor asked Lai whether he had met the envoy.", "REQUEST"),
    ("The embassy did not reply to an email requesting comment.", "REQUEST"),
    ("Europeans can no longer take American protection for granted.", "AID"),
    ("The new constitution grants vast powers to the president.", "AID"),
    ("Trump attacked The Wall Street Journal for refusing to support his tariff plans.", "ASSAULT"),
]


VERBAL_ATTACK = [
    ("Trump attacked The Wall Street Journal for refusing to support his tariff plans.", "ACCUSE"),
    ("Rebels could attack villages for supplies.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), VERBAL_ATTACK)
def test_verbal_attack(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _code(nlp, text)
    assert etype in [e.type for e in events], [(e.type, e.trigger) for e in events]


HISTORICAL = [
    # (text, published, type, historical expected): the period must end over a month before publication
    ("In December, U.S. forces carried out airstrikes against Islamic State in Syria.", "2025-03-14", "ASSAULT", True),
    ("Last year, Kenyan police arrested the opposition leader.", "2025-02-14", "COERCE", True),
    ("On Tuesday, Iraqi troops attacked militants near Mosul.", "2025-03-14", "ASSAULT", False),
    ("Chinese authorities have boarded foreign boats before.", "2025-03-14", "COERCE", True),
    ("The army has been fighting the rebels since April 2023.", "2025-03-14", "ASSAULT", False),
]


@pytest.mark.parametrize(("text", "published", "etype", "historical"), HISTORICAL)
def test_historical_modality(text: str, published: str, etype: str, historical: bool) -> None:
    events = [e for e in _extract(text, published).events if e.type == etype]
    assert events, text
    assert ("historical" in events[0].modality) is historical, (events[0].modality, events[0].date)


def test_period_end() -> None:
    from datetime import date

    from newsgraph.events.dating import _period_end

    assert _period_end(date(2024, 12, 1), "month") == date(2024, 12, 31)
    assert _period_end(date(2024, 2, 1), "month") == date(2024, 2, 29)
    assert _period_end(date(2019, 1, 1), "year") == date(2019, 12, 31)


ROUND_FOUR = [
    # (sentence, type, actor, recipient): event nouns, aid, sanctions, evaluations in quotes, meeting roles
    ("Mauritius conferred the country's highest civilian honor on Modi.", "SUPPORT", "Mauritius", "Modi"),
    ("The United States has barred three top Albanian officials from entering the country.", "SANCTION", "USA", None),
    ("A Pakistani military operation rescued 190 passengers.", "AID", "Pakistan", None),
    ("Hong Kong prosecutor Anthony Chau read out the charges against Lai.", "ACCUSE", "Chau", None),
    ('Blinken said Berisha "was involved in corrupt acts."', "ACCUSE", "Blinken", "Berisha"),
    ("Canada levied tariffs on U.S. steel.", "SANCTION", "Canada", None),
    ("The United States and Pakistan have designated the BLA as a terrorist group.", "SANCTION", "USA", None),
]


NO_EVENT_R4 = [
    # (sentence, type that must not be coded): topics of comment, counterfactuals, gerund subjects, bare asks
    ("The Chinese embassy did not respond to a VOA request for comment.", "REQUEST"),
    ("Israel has not commented on the meeting.", "CONSULT"),
    ("If the EU had allowed milder restrictions, Britain would never have left.", "CONCEDE"),
    ('"Holding an in-person summit in June would not be possible," he added.', "CONSULT"),
    ("Bugajski asked.", "REQUEST"),
    ("The hostile takeover of the firm was completed in May.", "ACCUSE"),  # no speaker, no accusation
]


DATES_R4 = [
    # (text, type, date prefix expected, date prefix that must not be used)
    (
        "The Albanian leader, who resigned in 2013, rejected the U.S. allegations on Thursday.",
        "REJECT",
        "2023-03-16",
        "2013",
    ),
    (
        "Turkey and Iraq agreed to deepen cooperation. On March 2, Turkey and Iraq agreed on a pipeline.",
        "AGREE",
        "2023-03-17",
        "2023-03-02",
    ),
    (  # 'since 2016' starts the captivity, whatever the parse made of it (the small model: a subject)
        "Two Western teachers who had been held by the Taliban in Afghanistan since 2016 were freed by the "
        "insurgents on Tuesday.",
        "RETREAT",
        "2023-03-14",
        "2016",
    ),
    (  # a present frame does not continue the last sentence's past narrative
        "The two leaders spoke by phone last December. Manila now seems to be in anti-China mode after Chinese "
        "fishing boats swarmed a Philippine-claimed reef.",
        "MOBILIZE",
        "2023",
        "2022-12",
    ),
]


def test_a_claim_for_the_attack_takes_its_date_however_far_back() -> None:
    """'claimed responsibility for the attack' five sentences after 'stormed a hotel on Tuesday' is dated
    Tuesday: the act referred back to is found anywhere before, not only a few sentences back."""
    text = (
        "Gunmen stormed a hotel in Mogadishu on Tuesday. The siege lasted 18 hours. Elders were trapped inside. "
        "Soldiers worked through the night. Families waited outside. Al-Shabab later claimed responsibility for "
        "the attack."
    )
    claim = next(e for e in _extract(text).events if "claimed" in e.trigger)
    assert claim.date.start == "2023-03-14", claim.date


@pytest.mark.parametrize(("text", "etype", "date", "not_date"), DATES_R4)
def test_dates_own_clause_and_backward_carry(text: str, etype: str, date: str, not_date: str) -> None:
    ev = next(e for e in _extract(text).events if e.type == etype)
    assert ev.date.start is not None and ev.date.start.startswith(date), ev.date
    assert not ev.date.start.startswith(not_date)


ROLES_R5 = [
    # (sentence, type, actor country or None for no actor, recipient country): round five frames
    ("The Ukrainian city of Kharkiv came under attack on Tuesday.", "ASSAULT", None, "UKR"),
    ("Russia stands accused of war crimes by Ukraine.", "ACCUSE", "UKR", "RUS"),
    ("Israeli troops came under attack from Hezbollah fighters in Lebanon.", "ASSAULT", "LBN", "ISR"),
    ("The Saudi government came under criticism from Germany.", "ACCUSE", "DEU", "SAU"),
    ("Pakistan denied providing sanctuary to the Taliban.", "REJECT", "PAK", None),
    ("Niger announced a separation from France on Monday.", "SANCTION", "NER", "FRA"),
    ("Saudi Arabia and Iran restored relations in March 2023.", "SUPPORT", "SAU", None),
    ("Zelenskyy renewed his calls on Western allies to send more weapons.", "REQUEST", "UKR", None),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), ROLES_R5)
def test_round_five_roles(nlp, text: str, etype: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, text)
    ev = _main(events)
    assert ev.type == etype, [(e.type, e.trigger) for e in events]
    countries = {actors[i].country for i in ev.actors}
    assert (actor in countries) if actor else not countries, ev.actors
    if recipient:
        assert recipient in {actors[i].country for i in ev.recipients}, ev.recipients


NO_EVENT_R5 = [
    # (sentence, type that must not be coded): natural forces, helpers, phone calls that are requests
    ("Mozambique was struck by Cyclone Jude last week.", "ASSAULT"),
    ("Foreign ministers gathered in Geneva to demand a ceasefire in Bosnia.", "PROTEST"),  # guard
    ("Thousands of refugees crossed into Tanzania.", "ASSAULT"),  # guard
    ("The troops crossed the river at dawn.", "ASSAULT"),  # guard
    ("The spokesman told reporters to expect an announcement.", "REQUEST"),  # guard
    ("The doctor told the man to remove the duvet.", "REQUEST"),  # guard
    ("Israel paid dearly in the 1973 war.", "THREATEN"),  # guard
    ("An earthquake struck Turkey on Monday.", "ASSAULT"),
    ("Qatar helped release American hostages held in Gaza.", "RETREAT"),
    ("Zelenskyy renewed his calls on Western allies to send more weapons.", "CONSULT"),
    # measures that target someone; a participle used as a preposition; acts of one accusation
    ("The new sanctions target 180 vessels of Russia's shadow fleet.", "ASSAULT"),  # guard
    ("The sanctions targeted Iran's missile program.", "ASSAULT"),
    ("Barring any major setback, the grant will be paid next year.", "COERCE"),  # guard
    ("Human Rights Watch accused Ethiopian troops of raping and killing civilians in Tigray.", "ASSAULT"),
    ("Refugees returned to their land after the war.", "RETREAT"),  # going home hands nothing back
    ("Refugees returned to the town after the fighting.", "ASSAULT"),  # what they came back after, not did
]


def test_deportation_destination_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, "The United States deported 200 Venezuelans to El Salvador.")
    ev = next(e for e in events if e.type == "COERCE")
    assert {actors[i].country for i in ev.recipients} == {"VEN"}


def test_future_talks_are_agree() -> None:
    ev = _extract("Iran hopes to resolve the dispute with the United States during talks Tuesday.", "2025-03-14")
    hit = next(e for e in ev.events if e.trigger == "talks")
    assert hit.type == "AGREE" and "future" in hit.modality and hit.date.start == "2025-03-18"


def test_reporting_medium_is_no_agent_of_arrest() -> None:
    rec = _extract(
        "A Christian missionary from Calgary was arrested in Lebanon for collaborating with Israel, "
        "according to the Canadian Press."
    )
    by = {a.id: a for a in rec.actors}
    ev = next(e for e in rec.events if e.type == "COERCE")
    assert [by[i].country for i in ev.actors] == ["LBN"]


CARRY = [
    # an agentless passive takes the actor of the latest earlier event of its quad class
    (
        "Police in Honduras arrested three gang leaders on Monday. They were deported to El Salvador on Tuesday.",
        "deported",
        "Police",
    ),
    # an anaphoric subject ('the suits') refers back to the earlier actor
    (
        "The ACLU sued the Trump administration over the transfers. The suits allege that the detainees were denied lawyers.",
        "allege",
        "American Civil Liberties Union",
    ),
    # a killing whose possessor is its victim takes the earlier killer
    (
        "Iraqi forces killed the Islamic State leader on Thursday. Trump later confirmed al-Rufay'i's killing.",
        "killing",
        "Iraqi forces",
    ),
    # praise is no coercion: no actor is carried across quad classes
    ("Germany praised the deal on Monday. Three migrants were deported to Honduras on Friday.", "deported", None),
    # never from a later sentence
    (
        "Three migrants were deported to Honduras on Friday. Police in Honduras arrested two gang leaders.",
        "deported",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "actor"), CARRY)
def test_actor_carry_over(nlp, text: str, trigger: str, actor: str | None) -> None:  # type: ignore[no-untyped-def]
    """Agentless acts take the story's agent from the sentences before, never from later ones."""
    events, actors = _code(nlp, text)
    hits = [e for e in events if e.trigger == trigger]
    if actor is None:
        assert all(not e.actors for e in hits)
    else:
        assert hits and _named(hits[0].actors, actors, actor)


# ---- round eight: implicit recipients and event nouns ---------------------------------------------------

REFERRED = [
    # (text, type, actor, recipient that must be found, or None when there must be none)
    ("Canada accused Mexico of fraud on Monday. Mexico rejected the allegations.", "REJECT", "Mexico", "Canada"),
    ("Rebels attacked a convoy in Mali. The Malian government condemned the attack.", "ACCUSE", "Mali", "Rebels"),
    ("Canada accused Mexico of fraud on Monday. Mexico rejected allegations of fraud.", "REJECT", "Mexico", None),
    (
        "Chile accused Peru of spying. Peru accused Chile of lying, and rejected the accusations.",
        "REJECT",
        "Peru",
        "Chile",
    ),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), REFERRED)
def test_recipient_from_referred_act(nlp, text: str, etype: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, text)
    hits = [e for e in events if e.type == etype and _named(e.actors, actors, actor)]
    assert hits, [(e.type, e.trigger, e.actors) for e in events]
    if recipient is None:
        assert not hits[-1].recipients
    else:
        assert _named(hits[-1].recipients, actors, recipient), (hits[-1].recipients, actors)


def test_place_modifier_of_event_noun_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, "Marco Rubio will join Mike Waltz for the Jeddah talks with Ukrainian officials.")
    hits = [e for e in events if e.type in ("CONSULT", "AGREE")]
    assert hits and _named(hits[0].actors, actors, "Rubio"), [(e.type, e.actors) for e in events]


ROUND_EIGHT_FRAMES = [
    # (sentence, type, actor, recipient)
    ("A drug ring was dismantled in Madrid, Spanish police said.", "COERCE", "Spanish", None),  # passive pattern
    ("An offensive launched by Kenyan forces killed dozens of militants.", "ASSAULT", "Kenyan", None),
    (
        "Britain is seeking to finalize a deal on handing sovereignty of the islands to Mauritius.",
        "CONCEDE",
        "United Kingdom",
        "Mauritius",
    ),
    ("Canada retaliated with its own tariffs on steel from the United States.", "SANCTION", "Canada", None),
    ("Kenya welcomed the vaccines.", "SUPPORT", "Kenya", None),  # a host verb with a thing approves
    ("A Peruvian lawyer was put under investigation in Chile.", "ACCUSE", "Chile", "Peruvian"),  # the state there
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), ROUND_EIGHT_FRAMES)
def test_round_eight_frames(nlp, text: str, etype: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, text)
    hits = [e for e in events if e.type == etype]
    assert hits, [(e.type, e.trigger) for e in events]
    assert any(_named(e.actors, actors, actor) for e in hits), [(e.actors, actors) for e in hits]
    assert any(_named(e.recipients, actors, recipient) for e in hits)


VERBAL_PROTEST = [
    ("Iran protested the arrest of its diplomats.", "ACCUSE"),
    ("Vietnam has protested to China over the oil rig in disputed waters.", "ACCUSE"),
    ("Thousands of workers protested in Seoul on Monday.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "etype"), VERBAL_PROTEST)
def test_protest_in_words_is_accuse(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _code(nlp, text)
    assert [e.type for e in events if e.trigger == "protested"] == [etype]


# ---- a sweep of common news frames: the main event's actor (written for this table, not from any gold) ----

SWEEP = [
    # (sentence, actor code, recipient code or None): the main (most confident) event's sides
    ("Iraq, which has long opposed the plan, rejected the proposal on Monday.", "IRQ", None),
    ("The Iraqi government, facing pressure from Washington, agreed to release the prisoners.", "IRQ", None),
    ("Rebels loyal to the former president attacked a military base in northern Mali.", "MLI", None),
    ("Speaking in Paris, the German chancellor urged Russia to withdraw.", "DEU", None),
    (
        "After meeting his Chinese counterpart, the Indian foreign minister said the two sides agreed to talks.",
        "IND",
        None,
    ),
    ("Turkish warplanes bombed Kurdish positions in northern Iraq, the army said.", "TUR", None),
    ("Police in Kenya fired tear gas at protesters in Nairobi.", "KEN", None),
    ("Thousands of Venezuelans marched in Caracas to demand the release of political prisoners.", "VEN", None),
    ("The United Nations Security Council condemned the attack on Israel.", "IGO", None),
    ("Japan and South Korea signed a defense pact on Friday.", "JPN", None),
    ("Sudanese troops clashed with rebels near the border with Chad.", "SDN", None),
    ("Egypt's foreign ministry summoned the Israeli ambassador.", "EGY", None),
    ("Hamas fired rockets into southern Israel overnight.", "PSE", None),
    ("The European Union imposed new sanctions on Belarus.", "IGO", None),
    ("Pakistani authorities arrested three suspects in Lahore.", "PAK", None),
    ("Moscow accused Kiev of violating the ceasefire.", "RUS", None),
    ("Beijing warned Washington against arms sales to Taiwan.", "CHN", None),
    ("The Syrian army, backed by Russian air power, recaptured the town.", "SYR", None),
    ("Nigeria's president Muhammadu Buhari visited Ghana on Tuesday.", "NGA", None),
    ("North Korean leader Kim Jong Un threatened to strike Guam.", "PRK", None),
    ("Iranian President Hassan Rouhani said Tehran would not negotiate with Washington.", "IRN", None),
    ("Colombian rebels freed four hostages on Sunday.", "COL", None),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", "IND", None),
    ("Saudi-led coalition aircraft struck Houthi targets in Yemen.", "SAU", None),
    ("Ethiopia's prime minister called on Eritrea to withdraw its troops.", "ETH", None),
    ("The Philippine coast guard accused Chinese vessels of blocking a resupply mission.", "PHL", None),
    ("Protesters in Hong Kong blocked roads on Monday.", "HKG", None),
    ("Mexico's government deployed 10,000 troops to the border.", "MEX", None),
    ("Britain expelled two Russian diplomats.", "GBR", None),
    ("Israeli forces raided the Jenin refugee camp.", "ISR", None),
    ("Kenyan police arrested 20 people in Mombasa.", "KEN", None),
    ("The US Treasury Department sanctioned three Iranian companies.", "USA", None),
    ("Ukrainian forces shot down 20 Russian drones overnight.", "UKR", None),
    ("Brazil's Lula praised China's peace plan.", "BRA", None),
    ("Taliban fighters seized the provincial capital.", "AFG", None),
    ("Venezuela rejected the sanctions imposed by Washington.", "VEN", None),
    ("Polish farmers blocked the border crossing with Ukraine.", "POL", None),
    ("South Africa filed a case against Israel at the International Court of Justice.", "ZAF", None),
    ("Al-Shabab militants attacked a hotel in Mogadishu.", "SOM", None),
]


SWEEP_DYADS = [
    # (sentence, actor code, recipient code or None): the main event's sides (written for this table)
    ("Germany's foreign minister criticized Hungary over its migration law.", "DEU", "HUN"),
    ("The Kremlin said Putin had spoken by phone with Erdogan.", "RUS", "TUR"),
    ("China's Xi Jinping will host the Brazilian president in Beijing next week.", "BRA", "CHN"),
    ("Washington imposed sanctions on Venezuelan oil officials on Monday.", "USA", "VEN"),
    ("Seoul protested to Tokyo over the textbook.", "KOR", "JPN"),
    ("The African Union suspended Mali after the coup.", "IGO", "MLI"),
    ("India accused Pakistan of sheltering militants.", "IND", "PAK"),
    ("France will send 500 troops to Estonia.", "FRA", None),
    ("Somali forces killed 30 al-Shabab fighters in a raid.", "SOM", "SOM"),
    ("Israel struck Hezbollah targets in southern Lebanon.", "ISR", "LBN"),
    ("The Ukrainian president thanked Poland for its support.", "UKR", "POL"),
    ("Nigerian police detained 40 protesters in Lagos.", "NGA", "NGA"),
    ("Vietnam demanded that China withdraw its oil rig.", "VNM", "CHN"),
    ("Argentina's president met the IMF chief in Washington.", "ARG", "IGO"),
    ("Russian troops shelled the city of Kharkiv overnight.", "RUS", "UKR"),
    ("Armenia and Azerbaijan agreed to a ceasefire on Saturday.", "ARM", None),
    ("The Afghan Taliban freed an American hostage.", "AFG", "USA"),
    ("Canada's prime minister apologized to India.", "CAN", "IND"),
    ("Turkey blocked Sweden's bid to join NATO.", "TUR", "SWE"),
    ("Egyptian mediators urged Hamas and Israel to accept the deal.", "EGY", "PSE"),
    ("Iran seized a British-flagged tanker in the Strait of Hormuz.", "IRN", "GBR"),
    ("Serbia recalled its ambassador from Montenegro.", "SRB", "MNE"),
    ("Chinese coast guard ships fired water cannon at a Philippine boat.", "CHN", "PHL"),
    ("Kenya deported two Ugandan activists.", "KEN", "UGA"),
    ("The Pentagon said U.S. forces struck an Iranian-backed militia in Syria.", "USA", "IRN"),
    ("Belarus released 18 political prisoners on Thursday.", "BLR", "BLR"),
    ("Jordan's King Abdullah received the Iraqi prime minister in Amman.", "IRQ", "JOR"),
    ("The Venezuelan opposition called for protests against Maduro.", "VEN", "VEN"),
    ("Australia banned TikTok on government devices.", "AUS", None),
]


def _record(text: str, published: str | None = None) -> Record:
    """``text`` through the whole pipeline as a plain-text article."""
    from newsgraph.model import RawDocument
    from newsgraph.pipeline import extract

    return extract(RawDocument(origin="t", content=text, kind="text", published=published))


def _sides(text: str, published: str | None = None):  # type: ignore[no-untyped-def]
    """The events of ``text`` and a function giving the country and sector codes of a list of actor ids."""
    rec = _record(text, published)
    by_id = {a.id: a for a in rec.actors}

    def codes(ids: list[str]) -> set[str | None]:
        return {c for i in ids for c in (by_id[i].country, by_id[i].sector)}

    return rec.events, codes


@pytest.mark.parametrize(("text", "actor", "recipient"), SWEEP + SWEEP_DYADS)
def test_sweep_main_dyad(text: str, actor: str, recipient: str | None) -> None:
    events, codes = _sides(text)
    assert events, "no event coded"
    ev = max(events, key=lambda e: e.confidence)
    assert actor in codes(ev.actors), (ev.type, ev.trigger, ev.actors)
    assert recipient is None or recipient in codes(ev.recipients), (ev.type, ev.recipients)


SWEEP_TYPED = [
    # (text, type, actor code, recipient code or None): an event of that type with these sides must exist
    (
        "Kenyan President William Ruto arrived in Addis Ababa on Monday. He met Ethiopian Prime Minister Abiy Ahmed.",
        "CONSULT",
        "KEN",
        "ETH",
    ),
    (
        "The Chinese foreign ministry spokesperson criticized Japan on Tuesday. She said Tokyo must stop provoking Beijing.",
        "REQUEST",
        "CHN",
        "JPN",
    ),
    ("Colombia's government and the ELN rebels resumed peace talks in Havana.", "CONSULT", "COL", None),
    ("Russian forces launched a missile attack on Kyiv overnight, Ukrainian officials said.", "ASSAULT", "RUS", "UKR"),
    ("Poland's defense minister said Warsaw would buy 200 tanks from South Korea.", "AGREE", "POL", "KOR"),
    ("The Sudanese army accused the Rapid Support Forces of shelling hospitals in Khartoum.", "ACCUSE", "SDN", "SDN"),
    ("Israel's prime minister rejected calls from the United States for a ceasefire.", "REJECT", "ISR", "USA"),
    ("The German government pledged $500 million in humanitarian aid to Syria.", "AGREE", "DEU", "SYR"),
    (
        # no target: a show of force short of its use (PLOVER 2.0 MOBILIZE weapons), not an attack
        "North Korea fired a ballistic missile into the sea off its east coast, South Korea's military said.",
        "MOBILIZE",
        "PRK",
        None,
    ),
    ("Turkish police detained dozens of protesters in Istanbul on Sunday.", "COERCE", "TUR", "TUR"),
    ("Japan lodged a protest with China over the detention of a Japanese citizen.", "ACCUSE", "JPN", "CHN"),
    ("The Malian junta expelled the French ambassador.", "SANCTION", "MLI", "FRA"),
    ("Morocco and Israel signed a defense cooperation agreement.", "SUPPORT", "MAR", None),
    ("Hungary vetoed the EU's aid package for Ukraine.", "REJECT", "HUN", "IGO"),
    ("Thousands of Georgians rallied in Tbilisi against the foreign agents law.", "PROTEST", "GEO", None),
    ("Saudi Arabia offered to mediate between Russia and Ukraine.", "AGREE", "SAU", None),
    ("The U.S. State Department condemned the arrest of journalists in Nicaragua.", "ACCUSE", "USA", None),
    # troops ordered out are expelled: PLOVER SANCTION 'expel' covers diplomats, peacekeepers and the like
    ("Niger's military rulers ordered French troops to leave the country.", "SANCTION", "NER", "FRA"),
    ("Armenian Prime Minister Nikol Pashinyan accused Russia of failing to protect Armenia.", "ACCUSE", "ARM", "RUS"),
    ("The Pakistani army said its troops killed 10 militants in North Waziristan.", "ASSAULT", "PAK", None),
]


SWEEP_REFERENCE = [
    # (text, type, actor code or None, recipient code or None): anaphors, passives, appositions, org codes
    (
        "Saudi Arabia hosted talks on Sudan in Jeddah. The kingdom urged both sides to stop fighting.",
        "REQUEST",
        "SAU",
        None,
    ),
    (
        "Mauritius has long claimed the Chagos Islands. The island nation welcomed the British decision.",
        "SUPPORT",
        "MUS",
        None,
    ),
    ("The convoy was attacked by Houthi rebels near the Yemeni port of Hodeidah.", "ASSAULT", "YEM", None),
    ("Three Ghanaian soldiers were killed by militants in Burkina Faso.", "ASSAULT", None, "GHA"),
    ("Greek coast guard officials said Turkish vessels had harassed a Greek patrol boat.", "COERCE", "TUR", "GRC"),
    (
        "A Ukrainian drone struck an oil refinery in Russia's Bryansk region, Russian officials said.",
        "ASSAULT",
        "UKR",
        "RUS",
    ),
    ("Kazakhstan's president, Kassym-Jomart Tokayev, signed a trade agreement on Friday.", "SUPPORT", "KAZ", None),
    ("Nepal's Maoist rebels called a general strike on Tuesday.", "PROTEST", "NPL", None),
    ("Amnesty International accused Myanmar's military of war crimes.", "ACCUSE", "NGO", "MMR"),
    (
        "Ecuadorian police stormed the Mexican embassy in Quito and arrested a former vice president.",
        "ASSAULT",
        "ECU",
        "MEX",
    ),
    ("Bolivia cut diplomatic ties with Israel over the war in Gaza.", "SANCTION", "BOL", "ISR"),
    ("The Burmese junta released 5,000 prisoners to mark the new year.", "RETREAT", "MMR", None),
    ("Zambia's opposition leader was arrested on Monday, his party said.", "COERCE", None, "ZMB"),
    ("The Danish prime minister visited Greenland on Wednesday.", "CONSULT", "DNK", None),
    ("Chad's government ordered U.S. troops to leave.", "SANCTION", "TCD", "USA"),  # expelled (SANCTION)
]


SWEEP_PASSIVES = [
    # (text, type, actor code or None, recipient code or None): passives, event nouns, noun-phrase acts
    ("Sanctions were imposed on Russia by the European Union on Friday.", "SANCTION", "IGO", "RUS"),
    ("The attack on the Indian consulate was carried out by Taliban fighters.", "ASSAULT", "AFG", "IND"),
    ("Israel's strikes on Gaza drew condemnation from Turkey.", "ACCUSE", "TUR", "ISR"),
    ("Kenya's decision to close the camps was criticized by the UN refugee agency.", "ACCUSE", "IGO", "KEN"),
    ("Thai authorities have detained a Cambodian opposition activist.", "COERCE", "THA", "KHM"),
    ("Brazil and Argentina agreed to boost trade.", "AGREE", "BRA", None),
    ("The Iranian foreign minister met his Saudi counterpart in Riyadh.", "CONSULT", "IRN", "SAU"),
    ("Washington's envoy to the UN criticized Moscow's veto.", "ACCUSE", "USA", "RUS"),
    ("Uganda's army said it had killed 20 ADF rebels in eastern Congo.", "ASSAULT", "UGA", None),
    ("Protests erupted in Nairobi after police shot a blogger.", "PROTEST", None, None),
    ("Guatemala restored diplomatic relations with Taiwan.", "SUPPORT", "GTM", "TWN"),
    ("Spain recognized Palestine as a state.", "SUPPORT", "ESP", "PSE"),
    ("Fighting between the army and RSF killed dozens in Khartoum.", "ASSAULT", "SDN", None),
]


SWEEP_LEXICON = [
    # (text, type, actor code or None, recipient code or None): one row per verb/noun added in round nine
    ("Iran issued a stern warning to Israel on Sunday.", "THREATEN", "IRN", "ISR"),
    ("Hezbollah vowed to retaliate against Israel for the strike.", "THREATEN", None, "ISR"),
    ("The Houthi leader vowed revenge against the United States.", "THREATEN", None, "USA"),
    ("Armenian forces pulled back from the border villages.", "RETREAT", "ARM", None),
    ("The rebels vacated the town after talks with the army.", "RETREAT", None, None),
    ("The Colombian government disbanded the paramilitary units.", "RETREAT", "COL", None),
    ("The IRA decommissioned its weapons in 2005.", "RETREAT", None, None),
    ("The militia vowed to lay down its arms.", "CONCEDE", None, None),
    ("The Taliban set free two American hostages on Tuesday.", "RETREAT", None, "USA"),
    ("Israel granted access to UN inspectors at the site.", "RETREAT", "ISR", "IGO"),
    ("The Italian prime minister quit on Thursday after losing a confidence vote.", "RETREAT", "ITA", None),
    ("Serbia relinquished control of the border crossing to Kosovo.", "CONCEDE", "SRB", None),
    ("The Nepalese government backed down on the new tax after protests.", "CONCEDE", "NPL", None),
    ("Egyptian prosecutors dropped the charges against the journalists.", "CONCEDE", "EGY", None),
    ("The Kenyan government reversed its decision to ban the newspaper.", "CONCEDE", "KEN", None),
    ("The United States lifted its arms embargo on Cyprus.", "CONCEDE", "USA", "CYP"),
    ("Washington unfroze $6 billion in Iranian assets.", "CONCEDE", "USA", "IRN"),
    ("The Thai court reinstated the prime minister.", "CONCEDE", "THA", None),
    ("The Indian prime minister expressed solidarity with Israel after the attacks.", "SUPPORT", "IND", "ISR"),
    ("The Pope sent his condolences to the people of Morocco.", "SUPPORT", None, "MAR"),
    ("Hungary sided with Russia on the energy dispute.", "SUPPORT", "HUN", "RUS"),
    ("The Ukrainian president saluted the courage of Polish volunteers.", "SUPPORT", "UKR", None),
    ("The French president paid tribute to the victims of the attack in Nice.", "SUPPORT", "FRA", None),
    ("Thousands of Serbians took to the streets of Belgrade on Saturday.", "PROTEST", "SRB", None),
    ("Nurses picketed outside the Health Ministry in Nairobi.", "PROTEST", None, None),
    ("Opposition lawmakers walked out of the Zambian parliament.", "PROTEST", "ZMB", None),
    ("Protesters vandalized the Chinese embassy in Manila.", "PROTEST", None, "CHN"),
    ("Gunmen gunned down a Mexican mayor in Guerrero.", "ASSAULT", None, "MEX"),
    ("Ukrainian forces shot down a Russian helicopter.", "ASSAULT", "UKR", "RUS"),
    ("Indian and Chinese troops skirmished along the border.", "ASSAULT", "IND", None),
    ("Islamic State militants took 40 Iraqi soldiers hostage.", "ASSAULT", None, "IRQ"),
    ("Somali pirates hijacked an Indian cargo ship.", "ASSAULT", "SOM", "IND"),
    ("Militiamen massacred dozens of Nigerian villagers.", "ASSAULT", None, "NGA"),
    ("A mob lynched two Nigerian police officers.", "ASSAULT", None, "NGA"),
    ("Rioters torched a police station in Dhaka.", "PROTEST", None, None),  # violent protest, CAMEO 145
    ("Myanmar soldiers razed Rohingya villages in Rakhine.", "ASSAULT", "MMR", None),
    ("Saboteurs blew up the Russian rail line.", "ASSAULT", None, None),
    ("Venezuelan troops made an incursion into Guyanese territory.", "ASSAULT", "VEN", None),
    ("Azerbaijani forces besieged the Armenian enclave.", "COERCE", "AZE", "ARM"),
    ("Egyptian police rounded up dozens of opposition activists.", "COERCE", "EGY", "EGY"),
    ("Turkish police apprehended a Syrian suspect in Istanbul.", "COERCE", "TUR", "SYR"),
    ("Bolivia nationalized the Brazilian gas company's assets.", "COERCE", "BOL", "BRA"),
    ("Blinken assured the Philippine president of American support.", "AGREE", "USA", "PHL"),
    ("Britain guaranteed the security of Ukraine in the deal.", "AGREE", "GBR", "UKR"),
    ("Israel and Egypt concluded an agreement on the Rafah crossing.", "AGREE", "ISR", None),
    ("Brussels penalized Poland for breaching the rule of law.", "SANCTION", "IGO", "POL"),
    ("Washington withheld military aid from Egypt.", "SANCTION", "USA", "EGY"),
    ("Nicaragua revoked the citizenship of 94 opposition figures.", "SANCTION", "NIC", None),
    ("Russia amassed troops on the Ukrainian border.", "MOBILIZE", "RUS", None),
    ("China sent warships to the waters near the Philippines.", "MOBILIZE", "CHN", None),
    ("The Security Council convened an emergency meeting on Gaza.", "CONSULT", "IGO", None),
    ("The Afghan foreign minister attended a summit in Tashkent.", "CONSULT", "AFG", None),
    ("North Korea conducted a missile test on Sunday.", "MOBILIZE", "PRK", None),
    ("Protesters pelted the Serbian state television building with eggs.", "PROTEST", None, None),
    ("Saudi Arabia gave $100 million in emergency aid to Bosnia.", "AID", "SAU", "BIH"),
    ("Britain deployed two warships to the Gulf to deter Iran.", "MOBILIZE", "GBR", "IRN"),
    ("Belgium sent 400 paratroopers to Rwanda on Sunday.", "MOBILIZE", "BEL", None),
    ("The Biden administration on Friday announced $2 billion in new military aid for Ukraine.", "AID", "USA", "UKR"),
    ("Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday.", "ASSAULT", "AZE", None),
    ("Syria has allegedly used chemical weapons against civilians.", "ASSAULT", "SYR", None),
    ("India and China decided to disengage troops along their disputed border.", "CONCEDE", "IND", None),
    ("Five Turkish soldiers died in an attack by PKK guerrillas in Hakkari province.", "ASSAULT", "TUR", "TUR"),
    ("Three Israeli soldiers were wounded in a Hezbollah rocket attack.", "ASSAULT", "LBN", "ISR"),
    ("Iran's foreign minister was received by the Syrian president in Damascus.", "CONSULT", "IRN", "SYR"),
    ("U.S. envoy Richard Holbrooke held talks with Slobodan Milosevic in Belgrade.", "CONSULT", "USA", "SRB"),
    ("A senior Hamas official said the group would not recognize Israel.", "REJECT", "PSE", "ISR"),
    ("The Swiss government froze bank accounts belonging to Ferdinand Marcos.", "SANCTION", "CHE", None),
    ("North Korea turned down a South Korean offer of food aid.", "REJECT", "PRK", "KOR"),
    ("Rwanda's government denied on Thursday that its troops had entered Zaire.", "REJECT", "RWA", None),
]


SWEEP_THREATS = [
    # (text, type, actor code or None, recipient code or None): threats and intentions, written for this table
    (
        "Iraq threatened on Sunday to stop cooperating with U.N. weapons inspectors unless sanctions were lifted.",
        "THREATEN",
        "IRQ",
        "IGO",
    ),
    ("North Korea warned it would turn Seoul into a sea of fire if war broke out.", "THREATEN", "PRK", "KOR"),
    ("China has said it will use force if Taiwan declares independence.", "THREATEN", "CHN", "TWN"),
    ("The rebels vowed to continue their armed struggle against the Colombian government.", "THREATEN", None, "COL"),
    (
        "Turkey said it was ready to take military action against Kurdish rebels in northern Iraq.",
        "THREATEN",
        "TUR",
        None,
    ),
    (
        "Israel's defense minister warned Hezbollah that Israel would retaliate for any attack.",
        "THREATEN",
        "ISR",
        "LBN",
    ),
    ("Russia threatened to cut off gas supplies to Ukraine over unpaid debts.", "THREATEN", "RUS", "UKR"),
    ("India warned Pakistan of serious consequences if cross-border infiltration continued.", "THREATEN", "IND", "PAK"),
    (
        "The United States said it would impose sanctions on Burma if the junta did not free political prisoners.",
        "THREATEN",
        "USA",
        "MMR",
    ),
    ("Zimbabwe's president threatened to seize white-owned farms without compensation.", "THREATEN", "ZWE", None),
    (
        "Serbian police will crack down on ethnic Albanian separatists, the Interior Ministry said.",
        "THREATEN",
        "SRB",
        None,
    ),
    ("Hamas militants said they would launch more suicide attacks against Israel.", "THREATEN", "PSE", "ISR"),
    ("Ethiopia threatened to expel Eritrean nationals living in Addis Ababa.", "THREATEN", "ETH", "ERI"),
    (
        "The European Union warned Belarus it could face new sanctions over the crackdown on the opposition.",
        "THREATEN",
        "IGO",
        "BLR",
    ),
    ("Venezuela's president said he would break diplomatic ties with Colombia.", "THREATEN", "VEN", "COL"),
    ("Armenia accused Azerbaijan of preparing a new offensive in Nagorno-Karabakh.", "ACCUSE", "ARM", "AZE"),
    ("Rwanda has threatened to send troops into Congo to pursue Hutu militias.", "THREATEN", "RWA", None),
    ("Mexico promised to deploy thousands of soldiers along its northern border.", "AGREE", "MEX", None),
    ("Sudan warned it would shoot down any aircraft violating its airspace.", "THREATEN", "SDN", None),
]


SWEEP_AGREE = [
    # (text, type, actor code or None, recipient code or None): promises, offers, invitations, praise
    ("Japan agreed on Tuesday to provide $500 million in loans to Indonesia.", "AGREE", "JPN", "IDN"),
    ("Syria said it was prepared to resume negotiations with Israel.", "AGREE", "SYR", "ISR"),
    ("France offered to send military advisers to help Chad fight rebels.", "AGREE", "FRA", "TCD"),
    (
        "Chinese President Jiang Zemin accepted an invitation to visit the United States next year.",
        "AGREE",
        "CHN",
        "USA",
    ),
    ("Egypt invited Israeli and Palestinian negotiators to Cairo for talks.", "AGREE", "EGY", None),
    ("The International Monetary Fund promised Russia a new loan if it cut its budget deficit.", "AGREE", "IGO", "RUS"),
    ("Germany pledged to increase aid to Afghanistan by 50 million euros.", "AGREE", "DEU", "AFG"),
    ("Argentina and Chile reached an agreement to settle their border dispute.", "AGREE", "ARG", None),
    ("The Indian prime minister will visit Bangladesh next month, officials said.", "AGREE", "IND", "BGD"),
    ("Uganda and Sudan agreed to restore diplomatic relations.", "AGREE", "UGA", None),
    ("Spain said it would support Morocco's bid for closer ties with the European Union.", "AGREE", "ESP", "MAR"),
    ("Kenya has committed itself to sending 1,000 police officers to Haiti.", "AGREE", "KEN", "HTI"),
    (
        "Cuba expressed willingness to cooperate with the United States in fighting drug trafficking.",
        "AGREE",
        "CUB",
        "USA",
    ),
    ("The Philippine government and communist rebels agreed to resume peace talks in Oslo.", "AGREE", "PHL", None),
    ("Poland and Lithuania signed a treaty on friendship and cooperation.", "SUPPORT", "POL", None),
    ("The British prime minister praised Kenya's handling of the election.", "SUPPORT", "GBR", "KEN"),
    ("Brazil recognized the new government in Bolivia.", "SUPPORT", "BRA", "BOL"),
    ("The Arab League endorsed the Saudi peace initiative.", "SUPPORT", "IGO", "SAU"),
    ("Turkey's foreign minister expressed support for Azerbaijan's territorial integrity.", "SUPPORT", "TUR", "AZE"),
]


SWEEP_PROTEST_RETREAT = [
    # (text, type, actor code or None, recipient code or None): protests, withdrawals, releases
    (
        "Thousands of opposition supporters marched through the streets of Dhaka on Sunday demanding the government's resignation.",
        "PROTEST",
        "BGD",
        "BGD",
    ),
    ("Workers at Nigeria's state oil company went on strike on Monday over unpaid wages.", "PROTEST", "NGA", None),
    (
        "Students in Tehran staged a sit-in outside the university to protest the closure of a reformist newspaper.",
        "PROTEST",
        "IRN",
        None,
    ),
    (
        "Angry villagers blocked the main highway to the capital to protest against power cuts, Kenyan police said.",
        "PROTEST",
        "KEN",
        None,
    ),
    ("Palestinians threw stones at Israeli soldiers in Hebron on Friday.", "PROTEST", "PSE", "ISR"),
    (
        "Hundreds of Kosovo Albanians demonstrated in Pristina against the arrest of their leaders.",
        "PROTEST",
        "XKX",
        None,
    ),
    ("Farmers in France blockaded roads with tractors to protest against cheap imports.", "PROTEST", "FRA", None),
    (
        "Riot police in Seoul clashed with thousands of students demanding reunification with North Korea.",
        "ASSAULT",
        "KOR",
        None,
    ),
    ("South African miners launched a hunger strike to demand better pay.", "PROTEST", "ZAF", None),
    ("Tibetan exiles protested outside the Chinese embassy in New Delhi.", "PROTEST", "CHN", None),
    ("Indian troops pulled out of the disputed Siachen glacier on Monday.", "RETREAT", "IND", None),
    ("Ethiopia withdrew its troops from the disputed town of Badme.", "RETREAT", "ETH", None),
    ("The Colombian rebels released three kidnapped American oil workers on Thursday.", "RETREAT", "COL", "USA"),
    (
        "The Nigerian military regime freed 20 political prisoners, including former president Olusegun Obasanjo.",
        "RETREAT",
        "NGA",
        "NGA",
    ),
    ("Pakistan lifted the state of emergency imposed in November.", "CONCEDE", "PAK", None),
    ("Bolivia's president resigned on Friday after weeks of protests.", "RETREAT", "BOL", None),
    ("Taliban fighters abandoned their positions around Kunduz after heavy U.S. bombing.", "RETREAT", "AFG", None),
    ("The army declared a unilateral ceasefire in the southern Philippines.", "RETREAT", "PHL", None),
]


SWEEP_VERBAL_MATERIAL = [
    # (text, type, actor code or None, recipient code or None): accusations, requests, refusals, sanctions, aid
    ("Human Rights Watch accused Uzbek security forces of torturing detainees.", "ACCUSE", "NGO", "UZB"),
    ("The Kenyan opposition accused President Moi of rigging the election.", "ACCUSE", "KEN", "KEN"),
    ("Beijing lodged a formal protest with Washington over the arms sale to Taiwan.", "ACCUSE", "CHN", "USA"),
    (
        "The Organization for Security and Cooperation in Europe criticized the conduct of the Azerbaijani elections.",
        "ACCUSE",
        "IGO",
        "AZE",
    ),
    ("A U.N. report blamed Sudanese government-backed militias for atrocities in Darfur.", "ACCUSE", "IGO", "SDN"),
    ("Cambodian prosecutors charged two opposition lawmakers with inciting violence.", "ACCUSE", "KHM", "KHM"),
    (
        "Italian magistrates opened an investigation into alleged bribes paid to Nigerian officials.",
        "ACCUSE",
        "ITA",
        None,
    ),
    (
        "The Pakistani foreign ministry summoned the Indian envoy to protest the shooting of civilians.",
        "ACCUSE",
        "PAK",
        "IND",
    ),
    (
        "The United Nations appealed to donor countries for $200 million to help flood victims in Mozambique.",
        "REQUEST",
        "IGO",
        None,
    ),
    ("Thai Prime Minister Chuan Leekpai called on Burma to release detained Thai fishermen.", "REQUEST", "THA", "MMR"),
    ("The opposition demanded an international inquiry into the killings in Togo.", "REQUEST", "TGO", None),
    ("Iran asked Russia to speed up work on the Bushehr nuclear plant.", "REQUEST", "IRN", "RUS"),
    (
        "The Serbian government rejected an ultimatum from NATO to withdraw its forces from Kosovo.",
        "REJECT",
        "SRB",
        "IGO",
    ),
    (
        "Nigeria refused to hand over former Liberian President Charles Taylor to the Sierra Leone court.",
        "REJECT",
        "NGA",
        None,
    ),
    ("Sri Lanka's government dismissed the rebels' offer of talks as a ploy.", "REJECT", "LKA", None),
    ("The Australian government banned imports of Canadian beef after a mad cow case.", "SANCTION", "AUS", "CAN"),
    ("The World Bank suspended loans to Zimbabwe over unpaid arrears.", "SANCTION", "IGO", "ZWE"),
    ("Washington imposed trade sanctions on China over the sale of missiles to Pakistan.", "SANCTION", "USA", "CHN"),
    ("Turkish police detained 30 suspected members of an Islamist group in Istanbul.", "COERCE", "TUR", "TUR"),
    ("Chinese authorities sentenced a Tibetan monk to death for his role in bombings.", "SANCTION", "CHN", "CHN"),
    ("The European Union will provide 50 million euros in food aid to North Korea.", "AGREE", "IGO", "PRK"),
    ("Japan sent emergency relief supplies to earthquake-hit Turkey.", "AID", "JPN", "TUR"),
    ("U.S. helicopters airlifted food to flood victims in southern Mozambique.", "AID", "USA", "MOZ"),
    ("Saudi Arabia donated $50 million to the Palestinian Authority.", "AID", "SAU", "PSE"),
]

SWEEP_ROUND10 = [
    # (text, type, actor code or None, recipient code or None): round ten's own sentences
    ("Greek Cypriots were accused by Turkey of violating the ceasefire.", "ACCUSE", "TUR", "CYP"),
    ("Jordan's King Abdullah promised to help Iraq rebuild its economy.", "AGREE", "JOR", "IRQ"),
    ("Beijing threatened to retaliate if Washington sells arms to Taiwan.", "THREATEN", "CHN", "USA"),
    ("Libya handed over the two suspects in the Lockerbie bombing to Scottish police.", "COOPERATE", "LBY", "GBR"),
    ("The Israeli army forced hundreds of Palestinians out of their homes in Hebron.", "COERCE", "ISR", "PSE"),
    ("Pakistan tested a nuclear-capable missile on Tuesday.", "MOBILIZE", "PAK", None),
    ("Iraqi troops massed on the Kuwaiti border on Sunday.", "MOBILIZE", "IRQ", "KWT"),
    ("The World Bank approved a $300 million loan to Ghana on Thursday.", "AID", "IGO", "GHA"),
    ("Israel is building new settlements, the Palestinians complained on Monday.", "ACCUSE", "PSE", "ISR"),
    ("Jewish settlers set fire to the offices of the Palestinian administrators in Hebron.", "ASSAULT", "ISR", "PSE"),
    ("The Palestinians rejected a peace plan drawn up by the United States.", "REJECT", "PSE", "USA"),
    ("Thousands of Palestinians stoned Israeli soldiers in Nablus on Friday.", "ASSAULT", "PSE", "ISR"),
    ("Russia launched more than 100 drones at Ukraine overnight, Ukraine's air force said.", "ASSAULT", "RUS", "UKR"),
    ("Egypt and Qatar are mediating between Israel and Hamas.", "CONSULT", "EGY", "ISR"),
    ("Russia launched missiles at Kyiv overnight.", "ASSAULT", "RUS", "UKR"),
    ("North Korea launched a ballistic missile on Tuesday.", "MOBILIZE", "PRK", None),  # no target: a test
    ("The European Union agreed to provide 50 billion euros in aid to Ukraine.", "AGREE", "IGO", "UKR"),
    (
        "Croatian authorities are failing to uphold the rights of Serb refugees, a human rights group protested here.",
        "ACCUSE",
        "NGO",
        "HRV",
    ),
]


SWEEP_ROUND11 = [
    # (text, type, actor code or None, recipient code or None): round eleven's own sentences
    ("Serb leaders want the United Nations to lift sanctions against Yugoslavia.", "REQUEST", "SRB", "IGO"),
    ("Washington wants Israel to freeze settlement building.", "REQUEST", "USA", "ISR"),
    ("Turkey said it would not hesitate to strike Kurdish rebel bases in northern Iraq.", "THREATEN", "TUR", None),
    ("Hundreds of teachers began a sit-in in Nairobi.", "PROTEST", "KEN", None),
    ("Protesters burned American flags outside the U.S. embassy in Islamabad.", "PROTEST", "PAK", None),
    ("President Mubarak called for an end to the violence.", "REQUEST", "EGY", None),
    ("President Clinton urged Congress to approve the aid package for Mexico.", "REQUEST", "USA", "USA"),
    ("Ministers from the Arab League urged Israel to halt the attacks.", "REQUEST", "IGO", "ISR"),
    ("Israeli warplanes pounded suspected Hizbollah positions in south Lebanon.", "ASSAULT", "ISR", "LBN"),
    (
        "Two Israeli soldiers were wounded when their patrol was ambushed by Hizbollah guerrillas.",
        "ASSAULT",
        "LBN",
        "ISR",
    ),
    ("Three Indian soldiers were killed when militants attacked their post in Kashmir.", "ASSAULT", "IND", "IND"),
    ("Britain sent 50 tonnes of medical supplies to Bosnia.", "AID", "GBR", "BIH"),
    ("India test-fired a medium-range missile on Sunday.", "MOBILIZE", "IND", None),
    ("Prosecutors in Italy indicted the former prime minister on corruption charges.", "ACCUSE", "ITA", "ITA"),
    ("Israel said it reserved the right to strike back at Hizbollah.", "THREATEN", "ISR", "LBN"),
    # PLOVER 2.0 codes water cannon and tear gas as ASSAULT crowd-control
    ("Chinese coast guard ships used water cannons against Philippine vessels.", "ASSAULT", "CHN", "PHL"),
    ("Russia and Ukraine exchanged 150 prisoners of war on Friday.", "RETREAT", "RUS", None),
    # the protesters demand, not the police who disperse them
    (
        "Police in Nairobi fired tear gas to disperse protesters demanding the president's resignation.",
        "REQUEST",
        "CVL",
        None,
    ),
    ("Hungary blocked the EU sanctions package against Russia.", "REJECT", "HUN", None),
    ("The ICC issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu.", "THREATEN", "IGO", "ISR"),
    # a future deployment aimed at no one is no threat (one at a country still is: the intent rule)
    ("The Pentagon said it would send 1,500 additional troops to the southern border.", "MOBILIZE", "USA", None),
    # aid received: the giver acts ('from', a nationality), the receiver is the recipient; 'help X do Y' is aid
    ("Ukraine received $1 billion in aid from the European Union.", "AID", "IGO", "UKR"),
    ("Pakistan accepted a $3 billion loan from the IMF.", "AID", "IGO", "PAK"),
    ("The Philippines accepted $2 billion in Chinese funding to redevelop a naval base.", "AID", "CHN", "PHL"),
    ("Last year, India helped Mauritius build an airstrip and a jetty in Agalega.", "AID", "IND", "MUS"),
    # a stance told to someone reaches the one told, when the teller is (or leads) its actor
    ("Trump told Starmer that he supported the deal.", "SUPPORT", "USA", "GBR"),
    ("Erdogan told Putin that Turkey would not accept the annexation.", "REJECT", "TUR", "RUS"),
    # an order to a named state is a demand on it (one to one's own forces codes the ordered act)
    ("The International Court of Justice ordered Israel to prevent acts of genocide in Gaza.", "REQUEST", "IGO", "ISR"),
    ("Chinese hackers breached the email accounts of U.S. officials, Microsoft said.", "COERCE", "CHN", "USA"),
    ("Kenya on Tuesday sent 400 police officers to Haiti.", "MOBILIZE", "KEN", "HTI"),
    ("Germany agreed with the U.S. position on Iran.", "SUPPORT", "DEU", "USA"),  # endorses a view: no deal
    ("Japan agreed with South Korea to resume talks.", "AGREE", "JPN", "KOR"),
    ("Sudan's warring parties signed a humanitarian truce in Jeddah.", "RETREAT", "SDN", None),  # CAMEO 0871
    ("Modi's Mauritius trip ended on Thursday.", "CONSULT", "IND", "MUS"),  # the place of a trip is where one goes
    ("He said Turkey would host a follow-up round of talks next month.", "AGREE", "TUR", None),  # no guest: hosts
    ("Protesters in Tbilisi clashed with riot police outside parliament.", "PROTEST", "GEO", "GEO"),  # a riot
    ("Rebels clashed with government troops in Darfur.", "ASSAULT", "SDN", None),
    # a show of force near another state is aimed at it
    ("Chinese warships conducted live-fire drills near Taiwan on Monday.", "MOBILIZE", "CHN", "TWN"),
    ("Russia massed troops along its border with Ukraine.", "MOBILIZE", "RUS", "UKR"),
    ("Russian missiles hit a hospital in Kyiv on Monday.", "ASSAULT", "RUS", "UKR"),  # a weapon hits: an attack
    ("Myanmar's junta extended the state of emergency for six months.", "COERCE", "MMR", None),
    ("China retaliated with tariffs of up to 15% on American farm products.", "SANCTION", "CHN", "USA"),
    ("Militants were holding hostages in three different places in Balochistan.", "ASSAULT", "PAK", "PAK"),
    ("The Security Council's resolution demands that Israel withdraw.", "REQUEST", "IGO", "ISR"),  # an act's text
    # a missile fired at no one is a launch (MOBILIZE weapons); at a country, or striking something, an attack
    ("North Korea fired a ballistic missile on Wednesday, its second launch this month.", "MOBILIZE", "PRK", None),
    ("Hamas fired rockets into southern Israel.", "ASSAULT", "PSE", "ISR"),
    ("Russia fired 40 missiles overnight, mostly targeting energy infrastructure.", "ASSAULT", "RUS", None),
]


SWEEP_ROUND12 = [
    # (text, type, actor code or None, recipient code or None): round twelve's own sentences
    # help that is the purpose of sending people is the aid; the country helped is where its people are
    ("Germany sent medical teams to help earthquake victims in Turkey.", "AID", "DEU", "TUR"),
    ("Japan sent engineers to help rebuild bridges in Cambodia.", "AID", "JPN", "KHM"),
    ("France dispatched doctors to assist refugees in Albania.", "AID", "FRA", "ALB"),
    ("Egypt assisted Sudan with grain shipments.", "AID", "EGY", "SDN"),
    ("Canada sent doctors to Haiti to help cholera patients.", "AID", "CAN", "HTI"),  # where they are sent
    ("The OAU sent a team of experts to Burundi to investigate the massacre.", "ACCUSE", "IGO", "BDI"),
    ("The UN sent envoys to Yemen to mediate between the warring parties.", "CONSULT", "IGO", "YEM"),
    ("The Kenyan government restored freedom of assembly.", "CONCEDE", "KEN", None),
    ("Opposition groups in Belarus began collecting signatures to demand a referendum.", "PROTEST", "BLR", None),
    ("Thousands of Hong Kong residents signed a petition against the extradition bill.", "PROTEST", "HKG", None),
    ("Syrian troops began pulling out of Beirut on Thursday.", "RETREAT", "SYR", "LBN"),  # 'out of' is 'from'
    ("The rebels handed over 200 rifles to U.N. peacekeepers.", "RETREAT", None, "IGO"),
    ("The Serbian parliament voted against allowing NATO troops into Kosovo.", "REJECT", "SRB", None),
    ("South Korea's president vowed to strengthen the alliance with the United States.", "AGREE", "KOR", "USA"),
    ("Armenia and Azerbaijan initialed a peace agreement.", "SUPPORT", "ARM", None),
    ("China announced export controls on rare earth minerals.", "SANCTION", "CHN", None),
    # a demand on what should happen in a country is addressed to it
    ("The United Nations called for an immediate ceasefire in Sudan.", "REQUEST", "IGO", "SDN"),
    ("France demanded an end to the fighting in Gaza.", "REQUEST", "FRA", "PSE"),
    ("The UN called for an end to the fighting between Ethiopia and Eritrea.", "REQUEST", "IGO", "ERI"),  # the sides
    # an intent whose act is negated: forgoing a cooperative act refuses it, forgoing a hostile one promises
    ("Serbia vowed never to recognize Kosovo's independence.", "REJECT", "SRB", "XKX"),
    ("Zelenskyy promised not to cede any land to Russia.", "REJECT", "UKR", "RUS"),
    ("Sharon has vowed not to return the Golan Heights to Syria.", "REJECT", "ISR", "SYR"),
    ("Turkey agreed not to veto Sweden's bid.", "AGREE", "TUR", "SWE"),
    ("Iran vowed not to attack Israel.", "AGREE", "IRN", "ISR"),
    # a host's guest is its object, not a topic or place in the object's phrases
    ("Egypt will host a conference on Gaza's reconstruction next month.", "AGREE", "EGY", None),
    ("Japan received a visit from the Chinese foreign minister on Monday.", "CONSULT", "CHN", "JPN"),
    ("Saudi Arabia hosted talks between Russian and Ukrainian officials.", "CONSULT", "RUS", "SAU"),
    # a visit by someone in a phrase on a clause is hosted by the clause's subject, not by what it acts on
    ("Venezuela released six detained Americans after a visit by a U.S. envoy.", "CONSULT", "USA", "VEN"),
    ("Iran freed a French tourist after a visit by the French foreign minister.", "CONSULT", "FRA", "IRN"),
    ("Hamas leaders in Doha rejected the plan.", "REJECT", "PSE", None),  # the group's people, not Qatar's
    ("A senior Hamas official said the group would not recognize Israel.", "REJECT", "PSE", "ISR"),
    # CAMEO-manual phrasings: each code's usual verbs
    ("President Yeltsin spoke by telephone with Chancellor Kohl on Saturday.", "CONSULT", "RUS", "DEU"),
    ("Norwegian diplomats tried to broker a deal between the two sides.", "CONSULT", "NOR", None),
    ("The Chilean government ended the state of siege.", "CONCEDE", "CHL", None),
    ("Israel returned the bodies of two Hizbollah fighters to Lebanon.", "RETREAT", "ISR", "LBN"),
    ("Ukraine handed over its nuclear warheads to Russia.", "RETREAT", "UKR", "RUS"),
    ("A Kenyan court found the former minister guilty of corruption.", "SANCTION", "KEN", None),
    ("The Iraqi army moved two divisions toward the Kuwaiti border.", "MOBILIZE", "IRQ", None),
    ("Police in Lagos were placed on maximum alert ahead of the verdict.", "MOBILIZE", "NGA", None),  # they act
    ("Egypt put its troops on alert along the border with Libya.", "MOBILIZE", "EGY", "LBY"),
    ("The Kenyan government reduced its diplomatic presence in Sudan.", "SANCTION", "KEN", None),
    ("The Turkish authorities declared martial law in the southeast.", "COERCE", "TUR", None),  # 'declare': light
    ("Israel sealed off the Gaza Strip after the attack.", "COERCE", "ISR", "PSE"),
    ("Militiamen forced thousands of Muslims from their homes in eastern Bosnia.", "ASSAULT", None, "BIH"),
    ("Guerrillas hijacked a bus carrying 40 tourists in Kashmir.", "ASSAULT", "REB", None),  # a plural opener
    ("Rioters set fire to government buildings in Tirana.", "PROTEST", "ALB", None),  # violent protest
    # a bombing with no side named hits the people where it goes off
    ("A suicide bomber blew himself up in a crowded market in Jerusalem.", "ASSAULT", None, "ISR"),
    ("A car bomb exploded in central Baghdad on Monday.", "ASSAULT", None, "IRQ"),
    # a one-word name of a national body after another country's adjective is that country's body
    ("The Philippine Senate launched an investigation into abuses by the army.", "ACCUSE", "PHL", "PHL"),
    ("The Mexican Congress rejected the proposal.", "REJECT", "MEX", None),
    ("Rubio held talks with Russian officials in Riyadh.", "CONSULT", "USA", None),
    # regret for another side's act disapproves of it
    ("The court regrets the decision of Kenya not to take part in the hearings.", "ACCUSE", None, "KEN"),
    ("The European Union regretted Russia's decision to expel the diplomats.", "ACCUSE", "IGO", "RUS"),
    ("Japan regrets its wartime actions.", "CONCEDE", "JPN", None),
    ("Afghanistan's foreign ministry called Pakistan's assertions \"baseless\" on Thursday.", "ACCUSE", "AFG", "PAK"),
    ("Fu Cong blamed the Trump administration for disrupting the deal by withdrawing in 2017.", "RETREAT", "USA", None),
    # an attack's place is its target when no target is named and it lies in another country
    ("Sources in the Lebanese army said Israeli gunboats shelled the coast near Tyre.", "ASSAULT", "ISR", "LBN"),
    ("Turkish jets bombed Kurdish positions in northern Iraq.", "ASSAULT", "TUR", "IRQ"),
    ("Troops loyal to President Kabila recaptured the town of Kindu.", "ASSAULT", "COD", None),  # 'loyal to'
    ("Two Russian diplomats were expelled from Estonia on charges of spying.", "SANCTION", "EST", "RUS"),
    ("Thousands of Haitians were deported from the Dominican Republic last year.", "COERCE", "DOM", "HTI"),
    ("Mexican authorities captured a top drug lord on Sunday.", "COERCE", "MEX", None),  # police capture: arrest
    ("Rebels captured two soldiers near the border.", "ASSAULT", "REB", None),
    ("South Africa's Truth Commission granted amnesty to five former policemen.", "CONCEDE", "ZAF", "ZAF"),
    ("The Italian navy intercepted a boat carrying Albanian refugees.", "COERCE", "ITA", None),
    ("Israel ended its siege of the city.", "RETREAT", "ISR", None),
    ("A police post in Mogadishu came under attack on Monday.", "ASSAULT", None, "SOM"),  # undergone, no one named
    ("India and Mauritius elevated ties to an enhanced strategic partnership.", "SUPPORT", "IND", None),
    ("The government and aid agencies started relief operations in Mozambique.", "AID", "MOZ", None),
    ("The Contact Group urged Belgrade to withdraw its forces from Kosovo.", "REQUEST", "IGO", "SRB"),
    ("Students in Jakarta clashed with police during a protest against rising prices.", "PROTEST", "IDN", "IDN"),
    ("Mr. Milosevic rejected the demands of the Kosovo Albanians.", "REJECT", "SRB", "XKX"),  # a place's people
    ("General Augusto Pinochet was arrested in London on a Spanish warrant.", "COERCE", "GBR", "CHL"),
    # a feeling its subject voices disapproves of what it is about; an analyst's reading of it is no event
    ("Germany is concerned about Russia's military buildup.", "ACCUSE", "DEU", "RUS"),
    (
        "The State Department said Washington was concerned about the arrest of opposition leaders in Belarus.",
        "ACCUSE",
        "USA",
        "BLR",
    ),
    ("Japan protested against China's nuclear test.", "ACCUSE", "JPN", "CHN"),  # a state protests in words
    ("The German chancellor sent a message of congratulations to the new Polish president.", "SUPPORT", "DEU", "POL"),
    # a labelled act is judged, not done by who labels it
    ("Iran called Israel's strikes illegal.", "ACCUSE", "IRN", "ISR"),
    ("Beijing called the visit provocative and unacceptable.", "ACCUSE", "CHN", None),
]


def test_an_attack_at_home_takes_no_place_as_target() -> None:
    """Shelling rebels near a city of one's own country targets the rebels, not the country."""
    events, codes = _sides("Syrian troops shelled rebel positions near Aleppo.")
    assert events and all("SYR" not in codes(e.recipients) for e in events), [(e.type, e.recipients) for e in events]


def test_who_joins_someone_for_talks_acts_beside_them() -> None:
    """'Rubio will join Waltz for the talks': Waltz goes along (an actor), the Ukrainians are the other side."""
    events, codes = _sides(
        "On Tuesday, Rubio will join national security adviser Mike Waltz for the talks with Ukrainian officials.",
        "2025-03-10",
    )
    talks = [e for e in events if e.trigger == "talks"]
    assert talks and all(codes(e.recipients) - {None, "GOV"} == {"UKR"} for e in talks), [
        (e.actors, e.recipients) for e in events
    ]


def test_a_transnational_groups_place_is_no_side() -> None:
    """'Airstrikes against IS in Syria' target the group, not Syria (the story gold's convention)."""
    events, codes = _sides("U.S. forces carried out airstrikes against the Islamic State group in Syria.", "2025-03-14")
    strikes = [e for e in events if e.type == "ASSAULT"]
    assert strikes and all("SYR" not in codes(e.recipients) for e in strikes), [(e.recipients) for e in events]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Iran seized an oil tanker in the Gulf of Oman.", "OMN"),
        ("Pirates attacked a tanker in the Gulf of Guinea.", "GIN"),
    ],
)
def test_a_sea_named_after_a_country_is_no_side(text: str, country: str) -> None:
    """'The Gulf of Oman', like 'the South China Sea', is where the act happened, not a side to it."""
    events, codes = _sides(text, "2025-03-14")
    assert events and all(country not in codes(e.actors) | codes(e.recipients) for e in events), [
        (e.type, e.actors, e.recipients) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis attacked a commercial ship in the Red Sea.",
        "The Houthis claimed responsibility for an attack on a tanker in the Gulf of Aden.",  # guard
        "Rebels attacked a ship in the Indian Ocean.",
    ],
)
def test_an_armed_group_attacking_at_sea_hits_no_state(text: str) -> None:
    """A sea of several states is not the armed group's home: its attack there hits no state it names."""
    events = _record(text, "2025-03-14").events
    found = [e for e in events if e.type == "ASSAULT"]
    assert found and all(not e.recipients for e in found), [(e.actors, e.recipients) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in Darfur attacked a convoy on Monday.",
        "Militants in the Donbas ambushed a convoy on Monday.",
    ],
)
def test_an_attacker_is_not_its_own_target(text: str) -> None:
    """An attack with no target named hits the place's state, never the attacker whose phrase names the place."""
    events = _record(text, "2025-03-14").events
    found = [e for e in events if e.type == "ASSAULT"]
    assert found and all(e.recipients and not set(e.actors) & set(e.recipients) for e in found), [
        (e.actors, e.recipients) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Three militants were killed, the army said.", "MIL"),  # the forces reporting it did it
        ("Five protesters were shot dead, a witness said.", None),  # a witness did not shoot
        ("Several rebels were either neutralized or captured.", None),  # both verbs are passive
        ("Four frontier corps personnel were killed, the Pakistani army spokesman said.", None),  # its own dead
        ("Thirty militants were killed in the operation, the Pakistani army spokesman said.", "GOV"),
        ("At least five people were killed, lawmaker Dahir Amin Jesow said.", None),  # no executive authority
        # abroad: not the Afghan ministry, but PLOVER's unidentified actor (UNK) where it happened
        ("Pakistani soldiers were attacked near Sibi, an Afghan foreign ministry spokesman said.", "UNK"),
    ],
)
def test_agent_of_an_agentless_harm(text: str, agent: str | None) -> None:
    """An agentless harm's agent is the authority reporting it, never a witness, nor its own victims."""
    events, codes = _sides(text)
    assert events, text
    for e in events:
        found = codes(e.actors) - {None}
        assert agent in found if agent else not found, (e.trigger, e.actors, e.recipients)


def test_a_harm_on_a_condition_has_no_agent_from_its_speaker() -> None:
    """'if the base is attacked': no one's act yet, not that of the minister who states the condition."""
    text = "The troops will stay if the base is attacked, Norway's foreign minister Espen Barth Eide said."
    events = _record(text, "2025-03-14").events
    assert not any(e.type == "ASSAULT" and e.actors for e in events), [(e.type, e.actors) for e in events]


SWEEP_ROUND13 = [
    # (text, type, actor code or None, recipient code or None): round thirteen's own sentences
    # the subject undergoes: a passive warning, a 'by' hung on a passive verb's object, 'the target of'
    (
        "Haiti's military rulers were warned by President Clinton that their time was running out.",
        "THREATEN",
        "USA",
        "HTI",
    ),
    ("Colombia was granted a $1.3 billion aid package by Washington.", "AID", "USA", "COL"),
    ("Sudan was the target of U.S. cruise missile strikes in August.", "ASSAULT", "USA", "SDN"),
    ("The embassy became the target of repeated attacks by Serb militias.", "ASSAULT", "SRB", None),
    ("Ukraine got a pledge of support from NATO on Tuesday.", "SUPPORT", "IGO", "UKR"),
    ("Israel came under rocket fire from Lebanon on Sunday.", "ASSAULT", "LBN", "ISR"),
    # a capital giving something 'from' acts: 'criticism from Washington', 'received aid from Moscow'
    ("Cuba drew criticism from Washington for jailing dissidents.", "ACCUSE", "USA", "CUB"),
    ("Serbia received $200 million in aid from Moscow.", "AID", "RUS", "SRB"),
    # praise of another side's act is no concession of one's own; a concession the lexicon names
    ("The Arab League hailed the Israeli withdrawal from Lebanon.", "SUPPORT", "IGO", "ISR"),
    ("Iran committed itself to halting uranium enrichment.", "CONCEDE", "IRN", None),
    ("Israel promised to freeze settlement construction in the West Bank.", "CONCEDE", "ISR", None),
    ("North Korea pledged to freeze its nuclear program in exchange for fuel oil.", "CONCEDE", "PRK", None),
    ("Israel lifted the closure of the West Bank on Sunday.", "CONCEDE", "ISR", None),
    ("The Sudanese army dismantled checkpoints around Juba.", "RETREAT", "SDN", None),
    ("The two Koreas reached an understanding on reuniting separated families.", "AGREE", "KOR", None),
    ("Pakistan gave assurances to India that it would rein in the militants.", "AGREE", "PAK", "IND"),
    ("Ecuador and Peru sealed a peace deal in Brasilia on Monday.", "SUPPORT", "ECU", None),
    ("Palestinian prisoners went on hunger strike on Monday.", "PROTEST", "PSE", None),
    # current wire phrasings
    ("Russia launched a massive missile and drone barrage on Kyiv early Sunday.", "ASSAULT", "RUS", "UKR"),
    ("U.S. forces carried out strikes on Houthi targets in Yemen.", "ASSAULT", "USA", "YEM"),
    ("Russia annexed Crimea in 2014.", "COERCE", "RUS", None),  # CAMEO 192, occupy territory: PLOVER COERCE seize
    ("The European Union approved a 16th package of sanctions against Russia.", "SANCTION", "IGO", "RUS"),
    ("Beijing retaliated with export controls on rare earth minerals.", "SANCTION", "CHN", None),
    ("Police in Kenya fired tear gas at protesters in Nairobi.", "ASSAULT", "KEN", None),
    ("The White House froze federal funding for Harvard University.", "SANCTION", "USA", None),
    # coordinated complements are one act with their governor ('threatened to close or suspend')
    ("Ankara has threatened to close or suspend U.S. operations at Incirlik.", "THREATEN", "TUR", "USA"),
    ("The Security Council ramped up sanctions on North Korea in 2016.", "SANCTION", None, "PRK"),  # 'ramp up': light
    # metonymy and armed groups of the 1990s; a claimed attack is the claimant's
    ("Whitehall summoned the Iranian charge d'affaires.", "ACCUSE", "GBR", "IRN"),
    ("The Quai d'Orsay condemned the coup in Niger.", "ACCUSE", "FRA", "NER"),
    (
        "The Northern Alliance accused Pakistan of sending troops to fight alongside the Taliban.",
        "ACCUSE",
        "AFG",
        "PAK",
    ),
    ("The Interahamwe militia attacked refugee camps in eastern Zaire.", "ASSAULT", "RWA", None),
    ("The RUF released 50 U.N. peacekeepers it had held hostage.", "RETREAT", "SLE", "IGO"),
    ("Islamic Jihad claimed the suicide bombing in Tel Aviv.", "ASSAULT", "PSE", None),
    ("The Pentagon ordered two aircraft carriers to the Gulf.", "MOBILIZE", "USA", None),
    ("Germany pledged its full support to the new government in Kabul.", "SUPPORT", "DEU", "AFG"),
    ("Israel pulled its troops out of the southern Lebanon security zone.", "RETREAT", "ISR", "LBN"),
    ("Hundreds of Tibetans demonstrated outside the Chinese embassy in New Delhi.", "PROTEST", None, "CHN"),
    ("Kurdish protesters occupied the Greek embassy in Vienna.", "PROTEST", None, "GRC"),
    ("A car bomb exploded outside the Israeli embassy in Buenos Aires, killing 29 people.", "ASSAULT", None, "ISR"),
    ("Malaysia lashed out at Singapore over the water dispute.", "ACCUSE", "MYS", "SGP"),
    ("The European Union expressed concern about the violence in Myanmar.", "ACCUSE", "IGO", "MMR"),
    ("Japan voiced concern over the arrests of opposition leaders in Cambodia.", "ACCUSE", "JPN", "KHM"),
    ("Japan expressed regret to South Korea for its colonial rule.", "CONCEDE", "JPN", "KOR"),
    ("The EU expressed regret over Russia's decision to expel the diplomats.", "ACCUSE", "IGO", "RUS"),
    ("Saudi Arabia donated $100 million to help rebuild Lebanon.", "AID", "SAU", "LBN"),
    ("Cuba sent 200 doctors to Venezuela.", "AID", "CUB", "VEN"),
    ('"We will respond with force to any attack," the Iranian foreign minister said.', "THREATEN", "IRN", None),
    # a future withdrawal 'unless' the other side acts is an ultimatum
    (
        "Britain will withdraw its troops from Sierra Leone unless the rebels free the hostages.",
        "THREATEN",
        "GBR",
        None,
    ),
    ("Government troops fought rebels near Goma on Sunday.", "ASSAULT", "COD", None),  # guard: a clash
    # a protest aimed at no one named is aimed at its protesters' own state
    ("Thousands of students staged demonstrations throughout Indonesia on Saturday.", "PROTEST", "IDN", "IDN"),
    ("Angry French farmers blocked roads across France for three hours.", "PROTEST", "FRA", "FRA"),
    # a negated dismissal of a hostile option threatens it
    ("Washington did not rule out military action against Iraq.", "THREATEN", "USA", "IRQ"),
    # whom the object carries or belongs to receives the act
    ("Gunmen ambushed a bus carrying Israeli settlers near Hebron.", "ASSAULT", None, "ISR"),
    ("The Swiss authorities froze bank accounts belonging to Mobutu.", "SANCTION", "CHE", "COD"),
]


SWEEP_ROUND18 = [
    # the one told what they must do is the request's recipient, whatever the clause's pronoun resolved to
    ("The United States told Israel it should halt settlement construction.", "REQUEST", "USA", "ISR"),
    ("Washington told Seoul that it must pay more for U.S. troops.", "REQUEST", "USA", "KOR"),
    ("China told Japan it should stop interfering in Taiwan.", "REQUEST", "CHN", "JPN"),
    ("Obama told Netanyahu he should freeze settlements.", "REQUEST", "USA", "ISR"),  # guard
    ("Russia told Ukraine it must withdraw its troops.", "REQUEST", "RUS", "UKR"),  # guard
    ("Putin told Macron that Ukraine should accept the terms.", "REQUEST", "RUS", "UKR"),  # guard
    # agreeing to a concession is an agreement, as the PLOVER gold codes it; announcing or pledging one concedes
    ("Bosnia and Slovenia agreed to a ceasefire after two days of fighting.", "AGREE", "BIH", None),
    ("North Korea agreed to freeze its nuclear program in exchange for fuel oil.", "AGREE", "PRK", None),
    ("The militia agreed to lay down its arms.", "AGREE", None, None),
    # hacking is COERCE 'cyber' (the PLOVER manual's COERCE modes)
    ("Russian hackers breached Ukraine's power grid.", "COERCE", "RUS", "UKR"),
    ("Iran launched a cyber attack on Israeli water systems.", "COERCE", "IRN", "ISR"),
    # blocking what is sent is coercion (COERCE withhold/restrict)
    ("Chinese coast guard vessels blocked a Philippine resupply mission.", "COERCE", "CHN", "PHL"),
    ("Serb forces blocked a U.N. convoy.", "COERCE", "SRB", "IGO"),
    # warships sent are a show of force
    ("The United States sent two aircraft carriers to the eastern Mediterranean.", "MOBILIZE", "USA", None),
    ("Russia sent two strategic bombers to Venezuela.", "MOBILIZE", "RUS", "VEN"),
    # 'outside parliament' the small model parses as an object (with 'outside' its adjective) is a place
    ("Thousands of Georgians rallied outside parliament.", "PROTEST", "GEO", None),
    ("Thousands of Georgians protested outside parliament in Tbilisi.", "PROTEST", "GEO", None),
    # a diplomatic protest is words; who it comes from makes it
    (
        "The Philippines filed a diplomatic protest against China over the water cannon incident.",
        "ACCUSE",
        "PHL",
        "CHN",
    ),
    ("The diplomatic protest from Japan angered Beijing.", "ACCUSE", "JPN", None),
    ("France resumed nuclear testing despite protests from Australia.", "ACCUSE", "AUS", None),
    ("The law sparked protests from students.", "PROTEST", None, None),  # guard: people protest in the streets
    # an armed group's attack with no target named hits the state of a place in the sentence, else its own
    ("The Baloch Liberation Army launched 504 attacks in 2024.", "ASSAULT", "PAK", "PAK"),
    ("Rebels backed by Rwanda attacked the town of Goma.", "ASSAULT", "COD", "COD"),
    (
        "Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel Aviv, police said.",
        "ASSAULT",
        "PSE",
        "ISR",
    ),
    # calling someone an enemy, a traitor, a terrorist accuses them
    ("North Korea called South Korea its principal enemy.", "ACCUSE", "PRK", "KOR"),
    ("Erdogan called Netanyahu a terrorist.", "ACCUSE", "TUR", "ISR"),
    ("Trump called China a hostile trading partner.", "ACCUSE", "USA", "CHN"),  # an adjective inside a compound
    # a fine is a sanction
    ("The European Commission fined Apple 1.8 billion euros.", "SANCTION", "IGO", "USA"),
    ("Russia imposed a fine on Google.", "SANCTION", "RUS", "USA"),
    # an arrest warrant for someone out of reach is a threat of arrest (PLOVER manual, COERCE ambiguities)
    ("The ICC issued an arrest warrant for Vladimir Putin.", "THREATEN", "IGO", "RUS"),
    # what a protest is 'in opposition to' or 'in defiance of' is whom it targets
    ("Students rallied in Seoul in opposition to the Japanese trade curbs.", "PROTEST", "KOR", "JPN"),
    ("Thousands blocked streets in Hong Kong in defiance of Chinese authorities.", "PROTEST", None, "CHN"),
    # a town's state or country places it
    ("Gunmen in Tripoli, Lebanon, attacked a Syrian army post.", "ASSAULT", "LBN", "SYR"),
    ("Police in Birmingham, Ala., arrested two Saudi students.", "COERCE", "USA", "SAU"),
    ("Police in London, Ontario, arrested a Pakistani man.", "COERCE", "CAN", "PAK"),
    ("Texas Gov. Greg Abbott accused Mexico of failing to stop migrants.", "ACCUSE", "USA", "MEX"),
    ("Florida Gov. Ron DeSantis criticized Cuba's government.", "ACCUSE", "USA", "CUB"),
    ("Protesters in Michigan attacked the Chinese consulate.", "ASSAULT", "USA", "CHN"),
    ("The governor of California met the Mexican president in Sacramento.", "CONSULT", "MEX", "USA"),
    ("Windhoek accused Pretoria of meddling.", "ACCUSE", "NAM", "ZAF"),
]

SWEEP_ROUND19 = [
    # a 'when' clause tells an event of its own, not a complement of the main verb's
    ("The train was traveling to Peshawar when it came under attack on Tuesday.", "ASSAULT", None, "PAK"),
    ("Sudan's army was advancing on Omdurman when the RSF launched a counterattack.", "ASSAULT", "SDN", "SDN"),
    # an attack undergone with no place of its own hits the one country the sentence's places are in
    ("The delegation was leaving Khartoum when its motorcade came under fire.", "ASSAULT", None, "SDN"),
    ("Israeli troops were patrolling near Jenin when they came under fire.", "ASSAULT", None, "ISR"),  # guard
    # an agentless passive attack, or one by a weapon, hits the country where it happened
    ("A police station in Peshawar was attacked overnight.", "ASSAULT", None, "PAK"),  # guard
    ("Two mosques were attacked in Christchurch on Friday.", "ASSAULT", None, "NZL"),
    ("A bus was hit by a roadside bomb in Kabul.", "ASSAULT", None, "AFG"),
    ("The bus was traveling from Kabul to Jalalabad when it was hit by a roadside bomb.", "ASSAULT", None, "AFG"),
    ("Ukrainian forces launched a counteroffensive near Kharkiv.", "ASSAULT", "UKR", None),
    # a labelling verb whose object the parser split from its 'to' clause ('the move to tax ...') still labels
    (
        "Jane Doe, head of the Canadian Steel Producers Association, called the U.S. move to tax Canadian-made "
        'steel "deeply disappointing".',
        "ACCUSE",
        "CAN",
        "USA",
    ),
    # forces spotted or detected show force towards the one who detects them; forces swarming a place target it
    ("Japan spotted two Chinese warships near the Senkaku Islands.", "MOBILIZE", "CHN", "JPN"),
    (
        "Taiwan's defense ministry said it detected 30 Chinese military aircraft near the island.",
        "MOBILIZE",
        "CHN",
        "TWN",
    ),
    ("The Philippine coast guard said Chinese vessels were spotted near the shoal.", "MOBILIZE", "CHN", "PHL"),
    ("Russian bombers were detected near Alaska, the U.S. military said.", "MOBILIZE", "RUS", "USA"),
    ("Chinese fishing boats swarmed a Philippine-claimed reef.", "MOBILIZE", "CHN", "PHL"),
    # verbs and nouns a sweep of 'Ethiopia VERBed Eritrea' found missing
    ("Ethiopia admonished Eritrea on Tuesday.", "ACCUSE", "ETH", "ERI"),
    ("Nigeria's foreign minister reprimanded the Ghanaian envoy.", "ACCUSE", "NGA", "GHA"),
    ("State media vilified the Dalai Lama as a separatist.", "ACCUSE", None, "CHN"),
    ("Egypt lobbied Washington to keep its military aid.", "REQUEST", "EGY", "USA"),
    ("Germany agreed to compensate Namibia for colonial-era killings.", "AGREE", "DEU", "NAM"),
    ("Rwanda reconciled with Burundi after years of tension.", "SUPPORT", "RWA", "BDI"),
    ("Rebels launched an ambush against a government convoy in Darfur.", "ASSAULT", None, "SDN"),
    ("The artillery bombardment of Sarajevo by Serb forces continued.", "ASSAULT", "SRB", "BIH"),
    # 'is opposed to' rejects, with the subject the parser hung on 'is' as the actor
    ("China is firmly opposed to U.S. arms sales to Taiwan.", "REJECT", "CHN", "USA"),
    ("Ethiopia is opposed to Eritrea's membership in the group.", "REJECT", "ETH", "ERI"),
    # holding someone responsible blames them; ordering diplomats or troops out expels them (PLOVER SANCTION
    # 'expel'), ordering people out of the country deports them
    ("Ethiopia held Eritrea responsible for the attack on the border post.", "ACCUSE", "ETH", "ERI"),
    ("Mali's junta ordered the French ambassador to leave within 72 hours.", "SANCTION", "MLI", "FRA"),
    ("Moscow ordered two British journalists to leave the country.", "COERCE", "RUS", "GBR"),
    # a thing welcomed is approved, in the passive too; a person welcomed visits
    ("Eritrea's acceptance of the peace plan was welcomed by Ethiopia.", "SUPPORT", "ETH", "ERI"),
    ("The Pope's visit to Cuba was welcomed by Fidel Castro.", "SUPPORT", "CUB", None),
    # a hostile act a speaker says will be done to someone, in an agentless passive, is the speaker's threat
    ('"The attackers will be hunted down and killed," the Kenyan president said.', "THREATEN", "KEN", None),  # guard
    (
        '"The attack on our soldiers will be responded to with full force," the Pakistani army chief said.',
        "THREATEN",
        "PAK",
        None,
    ),
    # the object of a pattern's later verb receives ('pledged to support X's bid')
    ("Ethiopia pledged to support Eritrea's bid for U.N. membership.", "SUPPORT", "ETH", "ERI"),
    # a stance told to someone is addressed to them when it names no other side than the speaker's own
    (
        "The Russian foreign minister told his Israeli counterpart that Moscow opposed new settlements.",
        "REJECT",
        "RUS",
        "ISR",
    ),
    ("Yeltsin told Clinton that Russia opposed NATO's eastward expansion.", "REJECT", "RUS", "IGO"),  # guard
    # humanitarian bodies named by their kind act; aid delivered in a country goes to it
    ("Aid agencies distributed relief in Malawi after the cyclone.", "AID", "NGO", "MWI"),
    ("Relief groups delivered food and water in Mozambique.", "AID", "NGO", "MOZ"),
    # a settlement freeze is a concession; refusing it rejects
    ("Netanyahu told Obama he would not freeze settlements.", "REJECT", "ISR", "USA"),
    (
        'The Chinese commerce ministry called the EU plan to tax Chinese electric cars "unreasonable".',
        "ACCUSE",
        "CHN",
        "IGO",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "No soldiers were wounded in the attack in Kandahar.",
        "Nobody was killed in the shelling of Kharkiv.",
        "The spokesman said no passengers were killed during the operation in Balochistan.",
    ],
)
def test_a_subject_saying_no_one_negates(text: str) -> None:
    events, _codes = _sides(text)
    assert events and all("negated" in e.modality for e in events), [(e.trigger, e.modality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The case was dropped in 2017 with no charges being brought against Assange.",
        '"There is no reason to be concerned about the treaty with Russia," North Korean Ambassador Kim Song said.',
    ],
)
def test_a_clause_on_a_denied_noun_is_negated(text: str) -> None:
    """'No charges being brought', 'no reason to be concerned': the act hangs from a noun 'no' denies."""
    events, _codes = _sides(text, "2024-06-28")
    assert events and all("negated" in e.modality for e in events), [(e.trigger, e.modality) for e in events]


SWEEP_ROUND17 = [
    # what is said or decided can only be attacked in words
    (
        "Prime Minister Boris Johnson and Labour leader Jeremy Corbyn attacked each other's policies.",
        "ACCUSE",
        "GBR",
        None,
    ),
    ("Netanyahu attacked the Labour Party's peace plan.", "ACCUSE", "ISR", None),  # guard
    ("Israeli jets attacked Hezbollah positions in southern Lebanon.", "ASSAULT", "ISR", "LBN"),  # guard
    # a pattern's words nearest the verb in the parse ('took to the streets', not 'took the city')
    ("Thousands of Serbs took to the city's streets on Sunday.", "PROTEST", "SRB", None),  # guard
    # the diplomats recalled, not a memory
    ("Ghana recalled its envoy from Nigeria after the expulsions.", "SANCTION", "GHA", "NGA"),  # guard
    ("Russia recalled its ambassador from Estonia.", "SANCTION", "RUS", "EST"),  # guard
    # recognition of a state, not of a fact
    ("Germany recognized Croatia and Slovenia on Monday.", "SUPPORT", "DEU", "HRV"),  # guard
    # the guest of 'played host to' acts (PLOVER's visitor), the host receives
    ("Jordan played host to a delegation of Iraqi officials on Monday.", "CONSULT", "IRQ", "JOR"),
    # giving way to pressure or demands is a concession
    ("Japan bowed to U.S. pressure and opened its rice market.", "CONCEDE", "JPN", "USA"),
    ("The Thai government yielded to Chinese demands and expelled the dissidents.", "CONCEDE", "THA", "CHN"),
    # a refusal named by a noun, its possessor refusing
    ("North Korea's refusal to admit inspectors angered Washington.", "REJECT", "PRK", None),
    # a state's protests are words (ACCUSE); students' protests are a demonstration
    ("The plan drew protests from China.", "ACCUSE", "CHN", None),
    ("Nigerian opposition lawmakers led a protest march to the electoral commission in Abuja.", "PROTEST", "NGA", None),
    ("Thousands of students staged protests against the government in Seoul.", "PROTEST", "KOR", "KOR"),  # guard
    # a raid flown by aircraft is an air strike; a police raid is a search
    ("Israeli warplanes raided Hezbollah targets near Baalbek.", "ASSAULT", "ISR", "LBN"),
    ("Turkish police raided the offices of a Kurdish newspaper in Istanbul.", "COERCE", "TUR", None),  # guard
    # figures of the 1990s wire the dictionaries lack (curated/figures.tsv)
    ("The Dalai Lama appealed to China to open talks on Tibet.", "REQUEST", "CHN", "CHN"),
    ("Abbassi Madani urged the Algerian army to free his followers.", "REQUEST", "DZA", "DZA"),
    ("Sheikh Mohammed Hussein Fadlallah condemned the Israeli raid.", "ACCUSE", "LBN", "ISR"),
    # 'spoke with' a counterpart consults; what a state shuts at home is its own country's
    ("Kohl spoke with Mitterrand about the crisis in Bosnia.", "CONSULT", "DEU", "FRA"),
    ("The Chinese foreign minister spoke with his Japanese counterpart on Monday.", "CONSULT", "CHN", "JPN"),
    ("Iran shut down two reformist newspapers on Sunday.", "COERCE", "IRN", "IRN"),
    ("The United States closed its embassy in Kabul.", "SANCTION", "USA", "AFG"),
    # more CAMEO verbs: swapping hostages (a release), tightened restrictions, displeasure expressed
    ("The Taliban swapped two Western hostages for three of its commanders.", "RETREAT", "AFG", None),
    ("Italy tightened restrictions on all travel from India.", "COERCE", "ITA", "IND"),
    ("The Cuban government expressed its displeasure at another delay in the boy's return.", "ACCUSE", "CUB", None),
    ("Police shot a protester in the foot in Lagos.", "ASSAULT", None, None),  # guard: no reflexive idiom
    ("The opposition attacked the new election law.", "ACCUSE", None, None),
    ("Iraq backed off its threat to expel the inspectors.", "CONCEDE", "IRQ", None),  # backing off, no support
    ("The United States backed the Iraqi Kurds.", "SUPPORT", "USA", "IRQ"),  # guard
    ("Protesters occupied the prime minister's office in Bangkok.", "PROTEST", "THA", None),  # guard
    ("Iran executed two men convicted of spying for Israel.", "ASSAULT", "IRN", None),  # guard
    ("Trump had personally attacked his wife and his father.", "ACCUSE", "USA", None),  # in words
    ("Agreement was reached on Monday between Iran and Iraq.", "AGREE", "IRN", None),  # guard: sentence-initial
    # guards: a bomb explodes; a diplomat summoned; troops reinforced
    ("A bomb exploded in a crowded market in Algiers, killing 15 people.", "ASSAULT", None, "DZA"),
    ("Egypt's foreign ministry summoned the Israeli ambassador on Sunday.", "ACCUSE", "EGY", "ISR"),
    ("Russia reinforced its troops on the Chechen border.", "MOBILIZE", "RUS", None),
    # an attack in words: by or in a tweet, an editorial
    ("The Iraqi newspaper Babel attacked Saudi Arabia in an editorial.", "ACCUSE", "IRQ", "SAU"),
    # under fire from an armed side is shooting; from a state or for a reason, criticism
    ("An army patrol came under fire from Tamil rebels near Jaffna.", "ASSAULT", "LKA", "LKA"),
    ("Israeli troops came under fire from Hezbollah guerrillas in southern Lebanon.", "ASSAULT", "LBN", "ISR"),
    ("China came under fire from Washington for the arrests of dissidents.", "ACCUSE", "USA", "CHN"),
    ("The Indonesian government came under fire for its handling of the crisis in East Timor.", "ACCUSE", None, "IDN"),
    # the side an act is 'against' is its target, not whom it is addressed to (test_an_act_against_a_side)
    ("Lebanon lodged a complaint with the United Nations against Israel.", "ACCUSE", "LBN", "ISR"),
]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Lebanon lodged a complaint with the United Nations against Israel.", "ISR"),
        ("Iran filed a complaint with the World Court against the United States.", "USA"),
    ],
)
def test_an_act_against_a_side_targets_it_first(text: str, target: str) -> None:
    """The first recipient (the one a single-target reading takes) is the side in the 'against' phrase, not
    the body the complaint is lodged with."""
    events, codes = _sides(text, "1996-05-01")
    found = [e for e in events if e.type == "ACCUSE"]
    assert found and target in codes(found[0].recipients[:1]), [(e.type, e.recipients) for e in events]


SWEEP_ROUND16 = [
    # among patterns as long, the one whose words hang on the verb ('aid', not 'tests' of an 'after' phrase)
    ("Japan suspended economic aid to Pakistan after its nuclear tests.", "SANCTION", "JPN", "PAK"),
    ("Hungary blocked the EU sanctions package against Russia.", "REJECT", "HUN", None),  # package, not sanctions
    # a town or base seized is taken by force, as one captured is
    ("Angola's UNITA rebels seized the diamond-mining town of Cafunfo, state radio said.", "ASSAULT", "AGO", "AGO"),
    ("Rebels took the town of Kisangani after heavy fighting, Zairean officials said.", "ASSAULT", "COD", "COD"),
    ("Customs officers seized 200 kg of heroin at the port of Karachi.", "COERCE", "PAK", None),
    # the visitor acts, the host receives (PLOVER), however the small model parsed 'visiting'
    ("Chinese Premier Li Peng met visiting South Korean President Kim Young-sam in Beijing.", "CONSULT", "KOR", "CHN"),
    (
        "Egyptian President Hosni Mubarak received visiting Israeli Foreign Minister Shimon Peres.",
        "CONSULT",
        "ISR",
        "EGY",
    ),
    (
        "Japanese Prime Minister Murayama held talks with visiting Chinese Vice Premier Zhu Rongji.",
        "CONSULT",
        "CHN",
        "JPN",
    ),
    ("Israeli President Moshe Katsav met Jordan's visiting King Abdullah II in Tel Aviv.", "CONSULT", "JOR", "ISR"),
    ("The Chinese premier will begin visiting Kenya and Tanzania on Monday.", "AGREE", "CHN", "KEN"),  # a verb
    (
        "President Clinton said that he had ordered the strikes after receiving convincing evidence.",
        "ASSAULT",
        "USA",
        None,
    ),
    ("The opposition called a general strike in Dhaka.", "PROTEST", "BGD", None),  # a labour strike stays one
    # a state's role word before an act or proposal names its doer
    (
        "Zambia's President Frederick Chiluba rejected opposition demands for a new constitution.",
        "REJECT",
        "ZMB",
        "ZMB",
    ),
    ("Mexico's Zapatista rebels rejected a government peace proposal.", "REJECT", "MEX", "MEX"),
    ("The Nigerian opposition denounced a government crackdown on journalists.", "ACCUSE", "NGA", "NGA"),
    ("A Sri Lankan army offensive against the Tamil Tigers killed 40 rebels.", "ASSAULT", "LKA", "LKA"),
    # a divided country's other half named by its direction alone
    ("South Korea accused the North of sending spies across the border.", "ACCUSE", "KOR", "PRK"),
    ("North Korea rejected a proposal by the South for talks on food aid.", "REJECT", "PRK", "KOR"),
    # 'hanged' is an execution ('hung' is no row); 'the Andes' is no Colombian town
    ("Nigeria's military government hanged writer Ken Saro-Wiwa and eight other activists.", "ASSAULT", "NGA", "NGA"),
    (
        "Peru's Shining Path guerrillas ambushed a military convoy in the Andes, killing 11 soldiers.",
        "ASSAULT",
        "PER",
        "PER",
    ),
    # exercises held by one side mobilise (PLOVER: single-country exercises), joint ones cooperate
    ("Chinese warships conducted exercises near Taiwan in a show of force.", "MOBILIZE", "CHN", "TWN"),
    ("North Korea conducted naval exercises off its east coast.", "MOBILIZE", "PRK", None),
    ("India and Russia held joint exercises in the Bay of Bengal.", "COOPERATE", "IND", None),
    ("Bosnian government troops repelled a Serb attack on the town of Gradacac.", "ASSAULT", "BIH", None),
    ("In a statement, the Organisation of African Unity called for a ceasefire in Liberia.", "REQUEST", "IGO", "LBR"),
    # CAMEO verbs the lexicon lacked
    ("Iran undertook to respect Iraq's borders.", "AGREE", "IRN", "IRQ"),
    ("Iran faulted Iraq for the failure.", "ACCUSE", "IRN", "IRQ"),
    ("Iranian gunboats torpedoed an Iraqi tanker in the Gulf.", "ASSAULT", "IRN", "IRQ"),
    ("Eritrean forces sank a Yemeni boat near the Hanish islands.", "ASSAULT", "ERI", "YEM"),
    ("Serb gunners downed a NATO plane over Bosnia.", "ASSAULT", "SRB", "IGO"),
    ("Tamil rebels breached the truce with an attack on a naval base.", "ASSAULT", "LKA", None),  # CAMEO 196
    ("Pakistan disputed India's claim that it had shot down a Pakistani jet.", "REJECT", "PAK", "IND"),
    ("Indonesia and Australia concluded a security treaty on Monday.", "AGREE", "IDN", None),  # as 'an agreement'
    ("Serbian police burned Albanian houses in the village.", "ASSAULT", "SRB", None),
    ("Iraq's Saddam Hussein mocked the U.S. president in a speech.", "ACCUSE", "IRQ", "USA"),
    ("Egypt reassured Israel that it would keep the peace treaty.", "AGREE", "EGY", "ISR"),
    ("Government troops fought to retake the airport.", "ASSAULT", "MIL", None),  # armed men fight
    # one sentence per CAMEO code description (CAMEO2PLOVER-2021.txt), where the lexicon lacked its verb
    ("Turkey expressed readiness to cooperate militarily with Azerbaijan.", "AGREE", "TUR", "AZE"),  # 0312
    ("Kenya's President Moi promised to introduce multiparty democracy.", "AGREE", "KEN", "KEN"),  # 034, at home
    ("Zambia lifted a ban on opposition rallies.", "CONCEDE", "ZMB", "ZMB"),  # 0812, at home
    ("Kenya legalized opposition parties.", "CONCEDE", "KEN", None),
    ("Beijing said it would lower tariffs on American goods.", "CONCEDE", "CHN", "USA"),
    ("Pakistan proposed a meeting of foreign ministers with India.", "AGREE", "PAK", "IND"),  # 036
    ("Ecuador and Peru said they would settle their border dispute through arbitration.", "AGREE", "ECU", None),
    ("The U.S. envoy shuttled between Belgrade and Zagreb in an effort to end the war.", "CONSULT", "USA", None),
    ("The Arab League rallied behind Iraq in its dispute with the United Nations.", "SUPPORT", "IGO", "IRQ"),  # 053
    ("The United States shipped 50,000 tonnes of wheat to Russia.", "AID", "USA", "RUS"),
    ("Washington sent anti-tank missiles to Saudi Arabia.", "AID", "USA", "SAU"),  # 072
    ("U.N. peacekeepers escorted aid convoys to the besieged town of Srebrenica.", "AID", "IGO", None),  # 074
    ("NATO gave the Bosnian Serbs until midnight to withdraw their heavy weapons.", "THREATEN", "IGO", "BIH"),  # 139
    ("Chinese warships staged a show of force off Taiwan.", "MOBILIZE", "CHN", None),  # 150
    ("Israel broke off negotiations with the Palestinians.", "SANCTION", "ISR", "PSE"),  # 164
    ("France withdrew its peacekeepers from Bosnia.", "SANCTION", "FRA", "BIH"),  # 1661 (manual: SANCTION withdraw)
    ("Sudan expelled aid agencies from Darfur.", "SANCTION", "SDN", None),  # 1663
    ("Israeli troops demolished Palestinian homes in Hebron.", "ASSAULT", "ISR", "PSE"),  # 1712; manual: demolition
    ("The rebels used civilians as human shields.", "ASSAULT", "REB", None),  # 184
    ("India detonated three nuclear devices in the Rajasthan desert.", "MOBILIZE", "IND", None),  # a test, no attack
    # wire phrasings of support, protest, retreat and threat
    ("Russia came to the defense of Serbia at the United Nations.", "SUPPORT", "RUS", "SRB"),  # 052
    ("France lent its support to the German proposal.", "SUPPORT", "FRA", "DEU"),
    ("Jordan extended diplomatic recognition to the new Palestinian state.", "SUPPORT", "JOR", "PSE"),  # 054
    ("Syria gave its blessing to the Lebanese peace accord.", "SUPPORT", "SYR", "LBN"),
    ("Angry crowds attacked the U.S. embassy in Beijing to protest the NATO bombing.", "PROTEST", "CHN", "USA"),
    ("Iraq returned Kuwaiti property seized during the occupation.", "RETREAT", "IRQ", "KWT"),  # 0842
    ("Sudan permitted aid flights into the south.", "RETREAT", "SDN", None),  # 0863
    ("Kenya ended its state of emergency in the northeast.", "CONCEDE", "KEN", "KEN"),  # at home
    ("Unidentified attackers hacked to death ten villagers.", "ASSAULT", None, None),
    ("Turkey said it would take military action if Syria did not stop supporting the PKK.", "THREATEN", "TUR", "SYR"),
    # the side that receives: its giver is named by 'of', 'from' or a 'by' the parser took for a plain preposition
    ("Croatia won the backing of Germany for its independence.", "SUPPORT", "DEU", "HRV"),
    ("The Iraqi leader earned a rebuke from the Arab League.", "ACCUSE", "IGO", "IRQ"),
    ("The Cuban defector was granted asylum by Spain.", "AID", "ESP", "CUB"),
    ("Egypt hosted talks between Israel and Syria.", "CONSULT", "ISR", "EGY"),  # states as guests make a visit
    ("In a long verbal attack read on Iraqi television, Saddam repeatedly called Bush a liar.", "ACCUSE", "IRQ", "USA"),
    # a region or a sea is no side: the host of a visit is still found by its place
    (
        "Jordan's foreign minister arrived in Washington seeking to mediate the Persian Gulf crisis.",
        "CONSULT",
        "JOR",
        "USA",
    ),
    ("Prosecutors charged him with plotting to overthrow the government.", "ACCUSE", "JUD", None),  # a crime
    ("Iraq refused to name a new ambassador to Kuwait.", "REJECT", "IRQ", "KWT"),  # names someone else
    ("Egypt sent a note of protest to Israel over the killing.", "ACCUSE", "EGY", "ISR"),  # CAMEO 114
    ("The Iraqi army suffered heavy losses in an allied air raid.", "ASSAULT", None, "IRQ"),  # victims tell it
    ("Iran said it would respond forcefully to any U.S. attack.", "THREATEN", "IRN", "USA"),
    ("Israel said it would hit back hard at Hezbollah.", "THREATEN", "ISR", "LBN"),
    ("Saddam faced the stark choice of backing out of Kuwait or launching new attacks.", "RETREAT", "IRQ", "KWT"),
]

SWEEP_ROUND15 = [
    # (text, type, actor code or None, recipient code or None): round fifteen's own sentences
    ("Chinese Premier Li Peng ended a three-day visit to Pakistan on Sunday.", "CONSULT", "CHN", "PAK"),
    ("Russian President Boris Yeltsin cut short a visit to Norway on Friday.", "CONSULT", "RUS", "NOR"),
    ("The Iranian foreign minister concluded talks with Saudi officials in Riyadh.", "CONSULT", "IRN", "SAU"),
    # a state's posts and units are its targets; an armed group's attack at home targets its state
    ("Tajik opposition fighters seized a government outpost.", "ASSAULT", "TJK", "TJK"),
    ("Peruvian rebels attacked a police station.", "ASSAULT", "REB", "COP"),
    ("Peruvian rebels ambushed an army convoy.", "ASSAULT", "REB", "MIL"),
    ("Shining Path guerrillas bombed a power station outside Lima.", "ASSAULT", "PER", "PER"),
    (
        "Tamil rebels blew up a naval vessel off the northeastern coast, the Sri Lankan navy said.",
        "ASSAULT",
        "LKA",
        "MIL",
    ),
    # a patron is not the group's country
    (
        "The Sudanese government said rebels backed by Uganda had attacked a garrison town in the south.",
        "ASSAULT",
        "SDN",
        None,
    ),
    ("Rebels backed by Rwanda captured the eastern town of Goma in Congo.", "ASSAULT", "COD", None),
    # an event noun one is put under: the subject acts on the object
    ("The Burmese junta put Aung San Suu Kyi under house arrest.", "COERCE", "MMR", "MMR"),
    ("Israel placed the West Bank town of Hebron under curfew.", "COERCE", "ISR", "PSE"),
    # a host's guest in a 'for' phrase; an official host makes the talks it hosts official
    ("Chinese leaders hosted a banquet for visiting Cuban President Fidel Castro.", "CONSULT", "CUB", "CHN"),
    ("The Egyptian president hosted talks between Israeli and Palestinian negotiators.", "CONSULT", "ISR", "EGY"),
    ("The Somali warlord's militia looted food aid from relief convoys.", "COERCE", "SOM", None),
    ("France resumed nuclear testing in the South Pacific despite protests from Australia.", "MOBILIZE", "FRA", None),
    # a pattern word the lemmatiser changes ('remains' -> 'remain'); the Pope is the Holy See's; a town NER
    # took for a product
    ("In a goodwill gesture, North Korea returned the remains of five U.S. servicemen.", "RETREAT", "PRK", "USA"),
    (
        "On his first visit to Africa, the Pope met Nigeria's military ruler Sani Abacha in Abuja.",
        "CONSULT",
        "VAT",
        "NGA",
    ),
    ("Over the weekend, Serb gunners shelled the Muslim enclave of Bihac.", "ASSAULT", "SRB", "BIH"),
    # 'up to 16' split by the parser into a particle and a 'to' phrase; a place in apposition
    ("Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.", "ASSAULT", "AFG", "RUS"),
    ("Rebels exploded a series of bombs in the capital Kabul.", "ASSAULT", None, "AFG"),
    # force is used against whom its purpose clause turns on
    ("Indonesian troops fired warning shots to break up a crowd of East Timorese students.", "ASSAULT", "IDN", "TLS"),
    ("Kenyan riot police used tear gas to disperse opposition supporters in Nairobi.", "ASSAULT", "KEN", "KEN"),
    ("Thousands of people marched through Hong Kong in defiance of Chinese authorities.", "PROTEST", "HKG", "CHN"),
    # a 'by' the parser hung on the object of a passive verb's 'with' phrase is its agent
    ("Opposition leader Morgan Tsvangirai was charged with treason by Zimbabwean authorities.", "ACCUSE", "ZWE", "ZWE"),
    ("Many democracies have been threatened with economic consequences by China.", "THREATEN", "CHN", None),
    ("Armed Islamic Group guerrillas slit the throats of 30 villagers south of Algiers.", "ASSAULT", "DZA", "DZA"),
    # what is discussed is a topic; whom it is discussed with is the side
    ("The Russian foreign minister discussed NATO expansion with his U.S. counterpart.", "CONSULT", "RUS", "USA"),
    ("Biden discussed the Gaza crisis with Macron.", "CONSULT", "USA", "FRA"),
    # co-actors meeting at one side's home: that side hosts
    ("Chinese and Vietnamese negotiators opened talks on their land border in Hanoi.", "CONSULT", "CHN", "VNM"),
    (
        "Senior Indian and Pakistani officials met in Islamabad for the first time in three years.",
        "CONSULT",
        "IND",
        "PAK",
    ),
    # flying to a capital is a visit; peacekeepers arriving are military assistance (PLOVER AID: 'personnel')
    ("The French foreign minister flew to Belgrade on Tuesday.", "CONSULT", "FRA", "SRB"),
    ("A Chinese delegation headed to Pyongyang for talks.", "CONSULT", "CHN", "PRK"),
    ("Pakistani peacekeepers arrived in Somalia.", "AID", "PAK", "SOM"),
    ("The first NATO peacekeeping troops arrived in Bosnia.", "AID", "IGO", "BIH"),
    # rarer verbs of the wire
    ("Chinese newspapers lambasted the United States over its human rights report.", "ACCUSE", "CHN", "USA"),
    ("Croatia repudiated the agreement with Serbia.", "REJECT", "HRV", "SRB"),
    ("The Pope exhorted Rwandans to end the killing.", "REQUEST", "VAT", "RWA"),
    ("Britain interned hundreds of IRA suspects.", "COERCE", "GBR", None),
    ("Japan lent Indonesia $1 billion.", "AID", "JPN", "IDN"),
    ("King Hassan greeted the visiting Senegalese president at Rabat airport.", "CONSULT", "SEN", "MAR"),
    ("Washington financed the construction of a power plant in Haiti.", "AID", "USA", "HTI"),
    ("Serb soldiers raped Muslim women in the town.", "ASSAULT", "SRB", None),  # the lemmatizer's 'rap'
    ("Defence Minister Pavel Grachev ordered troops into Chechnya.", "MOBILIZE", "RUS", "RUS"),
    ("Prime Minister Tansu Ciller vowed to crush the Kurdish rebellion.", "THREATEN", "TUR", None),
    # arms sales, joint training, debt forgiveness (PLOVER: AID), embassies; an irregular past tagged present
    ("France sold 60 Mirage jets to Taiwan.", "COOPERATE", "FRA", "TWN"),
    ("Turkey and Israel launched joint military training.", "COOPERATE", "TUR", None),
    ("Britain forgave $500 million of Zambia's debt.", "AID", "GBR", "ZMB"),
    ("The United States and Vietnam opened embassies in each other's capitals.", "SUPPORT", "USA", None),
    ("Brazil and Argentina expanded trade ties.", "COOPERATE", "BRA", None),
    ("Fujimori dissolved the Peruvian Congress.", "COERCE", "PER", "PER"),
    # letting observers in, or airliners through, is access (PLOVER RETREAT); promised, a concession
    ("Syria allowed U.N. investigators to visit the site.", "RETREAT", "SYR", "IGO"),
    ("Jordan opened its airspace to Israeli airliners.", "RETREAT", "JOR", "ISR"),
    ("Iraq said it would allow U.N. inspectors to return.", "CONCEDE", "IRQ", "IGO"),
    # an object the parser hung under the particle; what is bought receives nothing, its seller does
    ("Israel sealed off Gaza.", "COERCE", "ISR", "PSE"),
    ("Kuwait bought 40 fighter jets from the United States.", "COOPERATE", "KWT", "USA"),
    ("China shrugged off U.S. criticism of its human rights record.", "REJECT", "CHN", "USA"),
    ("Iran granted a U.N. request to inspect its nuclear facilities.", "CONCEDE", "IRN", "IGO"),
]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The Nigerian government banned all political activity.", "NGA"),
        ("Pakistan declared a state of emergency.", "PAK"),
        ("The Thai government imposed martial law.", "THA"),
        ("The U.S. has banned the supply of advanced chips.", None),
    ],
)
def test_a_restriction_at_home_reaches_the_country(text: str, home: str | None) -> None:
    """A state's curfew, emergency or ban on political activity with no one named is aimed at its own country;
    a ban on goods is not."""
    events, codes = _sides(text, "1995-06-01")
    found = [e for e in events if e.type == "COERCE"]
    assert found, [(e.type, e.trigger) for e in events]
    got = codes(found[0].recipients) - {None}
    assert (home in got) if home else not got, found[0].recipients


@pytest.mark.parametrize(
    ("text", "judge", "judged"),
    [
        ("France condemned the killing of seven French monks by Algerian militants.", "FRA", "DZA"),
        ("Kenya hailed the release of its citizens by Somali gunmen.", "KEN", "SOM"),
        ("Germany protested the arrest of a German journalist in Iran.", "DEU", "IRN"),
        ("Canada condemned the kidnapping of two Canadian aid workers in Somalia.", "CAN", "SOM"),
    ],
)
def test_a_judgement_is_aimed_at_who_did_the_act(text: str, judge: str, judged: str) -> None:
    """Condemning or hailing an act aims at whoever did it (its 'by' phrase), else at the state where it
    happened, not at the judge's own people it was done to."""
    events, codes = _sides(text, "1995-06-01")
    ev = max(events, key=lambda e: e.confidence)
    assert judge in codes(ev.actors), (ev.type, ev.actors)
    assert judged in codes(ev.recipients[:1]), (ev.type, ev.recipients)


SWEEP_ROUND14 = [
    # (text, type, actor code or None, recipient code or None): round fourteen's own sentences
    ("Two civilians were killed by a bomb in northern Iraq.", "ASSAULT", "UNK", "IRQ"),
    ("Three Turkish soldiers were killed by a roadside bomb outside the city of Hakkari.", "ASSAULT", "UNK", "TUR"),
    ("The Philippine senator faces charges of sedition.", "ACCUSE", None, "PHL"),
    ("The former Albanian president stands accused of corruption.", "ACCUSE", None, "ALB"),
    ("The Cambodian journalist's arrest drew international condemnation.", "ACCUSE", None, "KHM"),
    # a passive verb of impact: its subject undergoes the act in its 'by'/'with' phrase
    ("Libya was hit by new U.N. sanctions over the Lockerbie bombing.", "SANCTION", "IGO", "LBY"),
    ("Iraq was slapped with new sanctions by the U.N. Security Council.", "SANCTION", "IGO", "IRQ"),
    ("Rwandan refugees were forced back across the border by Zairean troops.", "COERCE", "COD", "RWA"),
    (
        "A Chinese delegation led by Vice Premier Zhu Rongji arrived in Seoul on Monday for talks.",
        "CONSULT",
        "CHN",
        "KOR",
    ),
    ("Belgrade has refused to hand over war crimes suspects to the Hague tribunal.", "REJECT", "SRB", "IGO"),
    # a yielding told in the passive is the reporting state's
    ("Iraq said on Tuesday that U.N. inspectors would be allowed to return to Baghdad.", "CONCEDE", "IRQ", "IGO"),
    ("Palestinian prisoners were released on Monday, Israeli officials said.", "RETREAT", "ISR", "PSE"),
    # a body a member is expelled or suspended from acts
    ("Nigeria was suspended from the Commonwealth after the execution of Ken Saro-Wiwa.", "SANCTION", "IGO", "NGA"),
    ("Yugoslavia was expelled from the United Nations General Assembly.", "SANCTION", "IGO", "SRB"),
    # a protest no one is named holding is its place's crowd's
    ("Tens of thousands rallied in Manila against the U.S. military bases.", "PROTEST", "PHL", "USA"),
    # rarer verbs, goods and former names of seats
    ("Israeli helicopter gunships rocketed Hezbollah positions in south Lebanon.", "ASSAULT", "ISR", "LBN"),
    ("Peking condemned the U.S. arms sale to Taiwan.", "ACCUSE", "CHN", None),
    ("Rangoon rejected the U.N. resolution on human rights.", "REJECT", "MMR", None),
    ("Japan sent rice to North Korea to ease food shortages.", "AID", "JPN", "PRK"),
    ("Rebel leaders consented to a U.N.-supervised vote in Western Sahara.", "AGREE", None, None),
    # a pattern's object before its verb in the passive, particle and all
    ("The hostages were handed over to the Red Cross by the rebels in Beirut.", "RETREAT", "LBN", None),
    ("Kurdish areas were granted autonomy by Baghdad.", "CONCEDE", "IRQ", None),
    # an intended act's place stands for its recipient as the act's own would
    ("Israel threatened to impose a curfew in Hebron.", "THREATEN", "ISR", "PSE"),
    # rarer verbs and patterns; a regular verb form the lemmatizer left as it is ('petitioned')
    ("Kurdish leaders petitioned the Security Council for protection.", "REQUEST", None, "IGO"),
    ("The Chinese and Indian foreign ministers conferred in New Delhi on border issues.", "CONSULT", "CHN", None),
    ("The presidents of Iran and Iraq exchanged views on the situation in the Gulf.", "CONSULT", None, None),
    ("The junta dissolved parliament and suspended the constitution in Niger.", "COERCE", "NER", "NER"),
    ("Bosnian Serb forces besieged the Muslim enclave of Srebrenica.", "COERCE", "BIH", "BIH"),
    ("The United States and the Philippines launched their largest joint military drills.", "COOPERATE", "USA", None),
    ("The European Union slapped sanctions on Iranian drone makers.", "SANCTION", "IGO", "IRN"),
    (
        "South Korea scrambled fighter jets after Russian warplanes entered its air defense zone.",
        "MOBILIZE",
        "KOR",
        None,
    ),
    # an event noun's sides in the 'between' phrase of the verb it is the subject of
    ("Fighting broke out between government troops and rebels in Sierra Leone.", "ASSAULT", "SLE", None),
    ("Ankara beefed up its forces along the Syrian border.", "MOBILIZE", "TUR", "SYR"),
    ("Algeria shut its border with Morocco.", "COERCE", "DZA", "MAR"),
    # a hostile act in retaliation for another side's act is aimed at that side
    (
        "Beijing imposed export controls on rare earth minerals in retaliation for U.S. tariffs.",
        "SANCTION",
        "CHN",
        "USA",
    ),
    ("The Pentagon announced a new $500 million weapons package for Ukraine.", "AID", "USA", "UKR"),
]


@pytest.mark.parametrize(
    "text", ["Polish shipyard workers went on strike on Monday.", "Algerian students began a hunger strike."]
)
def test_a_protest_aimed_at_no_one_named_is_aimed_at_its_state(text: str) -> None:
    """The protesters' own government receives it, an actor the story need not name (no mention)."""
    rec = _record(text)
    by_id = {a.id: a for a in rec.actors}
    protests = [e for e in rec.events if e.type == "PROTEST"]
    assert protests and all(
        [(by_id[i].kind, by_id[i].sector, len(by_id[i].mentions)) for i in e.recipients] == [("government", "GOV", 0)]
        for e in protests
    ), [(e.actors, e.recipients) for e in protests]


def test_a_state_frees_not_its_own_people() -> None:
    """'Two French hostages were freed, the French foreign ministry said': France freed no one."""
    events, codes = _sides("Two French hostages were freed in Lebanon, the French foreign ministry said.")
    assert [e for e in events if e.type == "RETREAT"] and all("FRA" not in codes(e.actors) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The former Albanian president stands accused of corruption.",
        "The Philippine senator faces charges of sedition.",
        "The Cambodian journalist's arrest drew international condemnation.",
    ],
)
def test_the_accused_accuses_no_one(text: str) -> None:
    """Who 'stands accused', 'faces charges' or 'drew condemnation' undergoes the accusation: the recipient,
    never its actor."""
    events, codes = _sides(text, "2024-05-01")
    found = [e for e in events if e.type == "ACCUSE"]
    assert found and all(codes(e.recipients) - {None} and not codes(e.actors) - {None} for e in found), [
        (e.type, e.trigger, e.actors, e.recipients) for e in events
    ]


SWEEP_ROUND20 = [
    # a particle the parser read as a preposition still makes the pattern ('hand in weapon')
    ("Kurdish guerrillas handed in their weapons to Iraqi authorities.", "RETREAT", None, "IRQ"),
    ("The militia handed over their rifles to Liberian peacekeepers.", "RETREAT", None, "LBR"),  # guard
    # forces leaving a place withdraw from it
    ("The last Russian troops left Estonia on Wednesday.", "RETREAT", "RUS", "EST"),
    ("Syrian forces left Lebanon after 29 years.", "RETREAT", "SYR", "LBN"),
    # returning or repatriating refugees and captives, letting relief workers in (PLOVER RETREAT)
    ("Croatia returned 200 refugees to Bosnia.", "RETREAT", "HRV", None),
    ("Thailand repatriated 2,000 Cambodian refugees.", "RETREAT", "THA", "KHM"),
    ("The Sudanese government allowed U.N. relief workers into the town of Waat.", "RETREAT", "SDN", "IGO"),
    ("Iraq returned 50 Kuwaiti prisoners on Monday.", "RETREAT", "IRQ", "KWT"),
    # pressure come under names who presses with 'from'
    ("Israel came under pressure from Washington to freeze settlement building.", "REQUEST", "USA", "ISR"),
    # officials received are visitors, as a person is
    ("Papandreou received Turkish envoys on Monday.", "CONSULT", "TUR", "GRC"),
    # an army camp is a body of its country: overrunning it hits that country
    ("Tamil Tiger rebels overran an army camp in northern Sri Lanka.", "ASSAULT", None, "LKA"),
    # calling off or halting an offensive de-escalates (CAMEO 087, PLOVER RETREAT); laying siege blockades (191)
    ("The Philippine government called off its offensive against rebels in Mindanao.", "RETREAT", "PHL", None),
    ("NATO suspended air strikes on Serb positions.", "RETREAT", "IGO", "SRB"),
    ("Russia halted the bombing of Grozny.", "RETREAT", "RUS", None),
    ("Serb forces laid siege to the enclave of Bihac.", "COERCE", "SRB", "BIH"),
    # a passive's 'by' the parser hung on its active complement is its agent
    ("Pakistan's prime minister was invited to visit Washington by President Clinton.", "AGREE", "USA", "PAK"),
    # captives freed by security forces, or from others' hands, are rescued (PLOVER manual: AID)
    ("Peruvian troops freed all but one of the 72 hostages held by Tupac Amaru rebels.", "AID", "PER", None),
    ("Police in Barcelona freed 10 human trafficking victims during an operation.", "AID", "ESP", None),
    ("The hostages were freed by Israeli commandos at Entebbe.", "AID", "ISR", None),
    ("The rebels freed their hostages on Monday.", "RETREAT", "REB", None),  # guard: captors release
    # the object of 'allow' the parser made the subject of its infinitive
    ("Iraq has agreed to allow U.N. weapons inspectors to resume their work.", "AGREE", "IRQ", "IGO"),
    # troops sent to protect or keep the peace are military assistance (AID; promised, AGREE), not a show of force
    ("France sent 2,500 troops to Rwanda to protect civilians.", "AID", "FRA", "RWA"),
    ("France will send 2,500 troops to Rwanda to protect civilians.", "AGREE", "FRA", "RWA"),
    ("Nigeria sent peacekeepers to Liberia.", "AID", "NGA", "LBR"),
    ("China sent warships to the disputed waters to assert its claims.", "MOBILIZE", "CHN", None),  # guard
    # agreeing to forgive debt is the relief itself (PLOVER manual, AID), agreeing to give aid a promise
    ("Japan agreed to write off Vietnam's debt.", "AID", "JPN", "VNM"),
    ("Japan agreed to provide aid to Vietnam.", "AGREE", "JPN", "VNM"),  # guard
    # a heavy price someone will pay is the speaker's threat to them
    ("Syria said Israel would pay a heavy price for any attack on Lebanon.", "THREATEN", "SYR", "ISR"),
    ("Israel will pay a heavy price, the Syrian president said.", "THREATEN", "SYR", "ISR"),
    ("Egypt threw its weight behind the Palestinian demand for statehood.", "SUPPORT", "EGY", "PSE"),
    ("India expressed its appreciation for Russia's position on Kashmir.", "SUPPORT", "IND", "RUS"),
    # a clause saying its event-noun subject happened, in a form the lemmatizer misread ('raged' as 'rag')
    ("Fighting raged in Kabul on Monday.", "ASSAULT", None, "AFG"),
    ("Clashes raged in Mogadishu.", "ASSAULT", None, "SOM"),
    # ... or that it ended, opened or did harm ('talks collapsed', 'the airstrike damaged a hospital')
    ("Talks between India and Pakistan collapsed on Monday.", "CONSULT", "PAK", None),
    ("Talks between Israel and Hamas opened in Cairo on Sunday.", "CONSULT", "ISR", None),
    ("The Israeli airstrike damaged a hospital in Gaza.", "ASSAULT", "ISR", "PSE"),
    # an event noun a verb of putting or unleashing governs is done by the verb's subject
    ("Moscow put an embargo on Georgian wine.", "SANCTION", "RUS", "GEO"),
    ("The Security Council slapped an arms embargo on Sierra Leone.", "SANCTION", "IGO", "SLE"),
    ("The army unleashed an offensive against the rebels in the north.", "ASSAULT", "MIL", "REB"),
    # sanctions or military action under consideration are a threat of them (CAMEO 1312, 138)
    ("The European Union is considering sanctions against Nigeria.", "THREATEN", "IGO", "NGA"),
    ("The United States is considering military action against Iraq.", "THREATEN", "USA", "IRQ"),
    ("The European Commission proposed a ban on Russian gas imports.", "THREATEN", "IGO", "RUS"),
    ("The United States is considering tariffs on Chinese electric vehicles.", "THREATEN", "USA", "CHN"),
    # aid that arrived was given; a sentence-opening 'Aid' the tagger read as a verb is the noun
    ("Aid from Japan arrived in Rwanda on Tuesday.", "AID", "JPN", "RWA"),
    ("Japanese aid arrived in Rwanda on Tuesday.", "AID", "JPN", "RWA"),
    # a show of force answers the other state acting in its 'after' clause or phrase
    ("South Korea put its troops on alert after North Korean soldiers entered the zone.", "MOBILIZE", "KOR", "PRK"),
    ("Pakistan put its army on high alert following India's missile test.", "MOBILIZE", "PAK", "IND"),
    ("The army was put on alert after floods hit the north.", "MOBILIZE", None, None),  # guard: no one
    # crowds, mobs, youths and students clashing or stoning riot (CAMEO 145); soldiers and rebels fight
    ("Students stoned the British embassy in Beijing.", "PROTEST", "CHN", "GBR"),
    ("Students clashed with riot police in Seoul.", "PROTEST", "KOR", None),
    ("Soldiers clashed with rebels in the north.", "ASSAULT", None, None),  # guard
    # a craft seized by hijackers or pirates is hijacked (CAMEO 181); by a state, confiscated
    ("Somali pirates seized a Greek tanker off the coast.", "ASSAULT", "SOM", "GRC"),
    ("Iran seized a British tanker in the Gulf.", "COERCE", "IRN", "GBR"),  # guard
    ("Crowds chanted anti-American slogans outside the U.S. embassy in Tehran.", "PROTEST", "IRN", "USA"),
    ("Gunmen mowed down 12 worshippers at a mosque in Hebron.", "ASSAULT", None, "PSE"),
    ("Serb gunners lobbed mortars into the center of Sarajevo.", "ASSAULT", "SRB", "BIH"),
]

SWEEP_ROUND21 = [
    # a crowd counted, not named, protests: the crowd of the place (of the one country the sentence's places are in)
    ("Thousands protested in Tbilisi on Tuesday.", "PROTEST", "GEO", "GEO"),
    ("Hundreds marched in Dhaka on Friday.", "PROTEST", "BGD", "BGD"),
    ("Tens of thousands rallied in Manila.", "PROTEST", "PHL", "PHL"),
    ("Thousands took to the streets of Tbilisi.", "PROTEST", "GEO", "GEO"),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk.", "PROTEST", "IRQ", "IRQ"),  # guard: a named crowd
    # idioms of criticism, support and request
    ("France threw its support behind Morocco's plan.", "SUPPORT", "FRA", "MAR"),
    ("India blasted Pakistan for the attack.", "ACCUSE", "IND", "PAK"),
    ("Russia took aim at NATO in a statement on Tuesday.", "ACCUSE", "RUS", "IGO"),
    ("Japan sought assurances from China on the matter.", "REQUEST", "JPN", "CHN"),
    ("Israel sought guarantees from the United States.", "REQUEST", "ISR", "USA"),
    # the place forces pull out of
    ("Russia pulled its troops out of Kherson.", "RETREAT", "RUS", "UKR"),
    ("Naxalite rebels attacked a police post on Tuesday.", "ASSAULT", "IND", "IND"),
    # halting negotiations is reducing relations (CAMEO 164)
    ("Syria withdrew from the peace talks with Israel.", "SANCTION", "SYR", "ISR"),
    ("Pakistan pulled out of the talks with India.", "SANCTION", "PAK", "IND"),
    ("The rebels withdrew from Kabul.", "RETREAT", None, "AFG"),  # guard: a withdrawal from a place
    ("Students went on a hunger strike in Tiananmen Square.", "PROTEST", "CHN", "CHN"),
    ("The Khmer Rouge shelled the town of Siem Reap.", "ASSAULT", "KHM", "KHM"),
    ("A crowd torched cars in Tbilisi.", "PROTEST", "GEO", None),  # the riot crowd of 6582d03
    # support received from a giver is the giver's support; in a capital, its government's
    ("Kenya won support from Britain for its bid.", "SUPPORT", "GBR", "KEN"),
    ("Bosnia won military support from Iran.", "SUPPORT", "IRN", "BIH"),
    ("The dissident's case has received bipartisan support in Washington.", "SUPPORT", "USA", None),
    ("The plan drew criticism in Beijing.", "ACCUSE", "CHN", None),
    # fighting between two sides is theirs, in a passive's 'by' phrase or an 'after' phrase or clause too
    ("Thousands were displaced by fighting between rebels and government forces in Chad.", "ASSAULT", "TCD", None),
    ("Thousands fled their homes after fighting between rebels and troops in Liberia.", "ASSAULT", "LBR", None),
    (
        "Chadian officials pleaded with civilians to return, after thousands were displaced by fighting between "
        "rebels and government forces.",
        "ASSAULT",
        "TCD",
        None,
    ),
    # importing from and exporting to a state is trade with it (CAMEO 061)
    ("Iran imported 1,000 tons of sodium perchlorate from China.", "COOPERATE", "IRN", "CHN"),
    ("Japan exported rice to North Korea.", "COOPERATE", "JPN", "PRK"),
    # an attack a time phrase dates after happened, where its target was (the unidentified attacker of there)
    ("The talks were postponed following an attack on a convoy in Somalia.", "ASSAULT", "SOM", "SOM"),
    # standing by an ally, coming out in favour; miners striking
    ("China stood by its ally North Korea on Tuesday.", "SUPPORT", "CHN", "PRK"),
    ("France came out in favour of lifting the embargo on Iraq.", "SUPPORT", "FRA", "IRQ"),
    ("Miners went on strike in Russia demanding unpaid wages.", "PROTEST", "RUS", "RUS"),
    # retaliating against someone attacks them (said to come: a threat); cautioning against warns
    ("Ethiopia retaliated against Eritrea on Tuesday.", "ASSAULT", "ETH", "ERI"),
    ("Pakistan said it would retaliate against any Indian aggression.", "THREATEN", "PAK", "IND"),
    ("Beijing cautioned Washington against selling arms to Taiwan.", "THREATEN", "CHN", "USA"),
    ("Canada retaliated by announcing tariffs on U.S. goods.", "SANCTION", "CAN", "USA"),  # guard: by its means
    # words said in a capital with no one named saying them are its government's
    ("Iran's expulsion of two British diplomats was condemned in London.", "ACCUSE", "GBR", "IRN"),
    ("The decision was welcomed in Beijing.", "SUPPORT", "CHN", None),
    ("The proposal was rejected in Moscow on Tuesday.", "REJECT", "RUS", None),
    # a clause on 'a series of' statements takes the subject of the verb whose object the series is
    (
        "Pyongyang issued a series of warnings demanding that Washington drop its hostile policy.",
        "REQUEST",
        "PRK",
        "USA",
    ),
    # acts told as a noun with a light verb
    ("Jordan sent a message of support to Arafat.", "SUPPORT", "JOR", "PSE"),
    ("Japan gave its backing to the U.S. plan.", "SUPPORT", "JPN", "USA"),
    ("Cuba issued a denial of the U.S. charges.", "REJECT", "CUB", "USA"),
    ("Iran placed a bounty on the head of the British author.", "THREATEN", "IRN", "GBR"),
    ("The army launched a manhunt for the rebel leader in Chiapas.", "COERCE", "MEX", None),
    ("Pakistan extended its full support to the Kashmiri people.", "SUPPORT", "PAK", None),
    ("Russia approved of China's stance on Taiwan.", "SUPPORT", "RUS", "CHN"),
    # a past participle on a noun with a named 'by' agent tells the agent's act on the noun
    ("Aid sent by Japan to Rwanda arrived on Tuesday.", "AID", "JPN", "RWA"),
    ("Rebels backed by Rwanda attacked the town of Goma.", "SUPPORT", "RWA", "COD"),
    ("Azerbaijan and Armenia observed a ceasefire brokered by Moscow.", "CONSULT", "RUS", None),
    # atrocities committed are violence; crimes committed are no commitment
    ("Serb forces committed atrocities in Kosovo.", "ASSAULT", "SRB", None),
]

SWEEP_ROUND22 = [
    # verbs of CAMEO's descriptions that news uses: criticise, reject, appeal, threaten, seize, renew ties
    ("Iran hit out at Iraq over the shelling.", "ACCUSE", "IRN", "IRQ"),
    ("Iran took Iraq to task over the shelling.", "ACCUSE", "IRN", "IRQ"),
    ("Egypt put three Sudanese on trial for espionage.", "ACCUSE", "EGY", "SDN"),
    ("Iran balked at Iraq's demands.", "REJECT", "IRN", "IRQ"),
    ("Russia scrapped its treaty with Ukraine.", "REJECT", "RUS", "UKR"),
    ("Iran tore up its border treaty with Iraq.", "REJECT", "IRN", "IRQ"),
    ("Thailand turned back Cambodian refugees at the border.", "REJECT", "THA", "KHM"),
    ("Washington prodded Seoul to resume talks.", "REQUEST", "USA", "KOR"),
    ("Iran menaced Iraq with reprisals.", "THREATEN", "IRN", "IRQ"),
    ("Iran impounded an Iraqi ship.", "COERCE", "IRN", "IRQ"),
    ("Iran closed its airspace to Iraqi planes.", "COERCE", "IRN", "IRQ"),
    ("Iran declared an Iraqi diplomat persona non grata.", "SANCTION", "IRN", "IRQ"),
    ("Iran called off talks with Iraq.", "SANCTION", "IRN", "IRQ"),
    ("Iran stayed away from the summit in Baghdad.", "PROTEST", "IRN", None),
    ("Iran restored air links with Iraq.", "COOPERATE", "IRN", "IRQ"),
    ("Iran resumed flights to Iraq.", "COOPERATE", "IRN", "IRQ"),
    ("Iran dispatched an envoy to Iraq.", "CONSULT", "IRN", "IRQ"),
    # reconciling, signing and settling
    ("Iran patched up its differences with Iraq.", "SUPPORT", "IRN", "IRQ"),
    ("Iran buried the hatchet with Iraq.", "SUPPORT", "IRN", "IRQ"),
    ("Ethiopia made peace with Eritrea on Tuesday.", "SUPPORT", "ETH", "ERI"),
    ("Iran inked a deal with Iraq.", "SUPPORT", "IRN", None),
    ("Iran clinched an oil deal with Iraq.", "AGREE", "IRN", "IRQ"),
    ("Iran hammered out an agreement with Iraq.", "AGREE", "IRN", "IRQ"),
    # material aid to an armed side, sheltering, debt
    ("Iran armed the Iraqi Kurds.", "AID", "IRN", "IRQ"),
    ("Iran bankrolled Iraqi rebels.", "AID", "IRN", "IRQ"),
    ("Iran harboured Iraqi dissidents.", "AID", "IRN", "IRQ"),
    ("Iran sheltered Iraqi rebels.", "AID", "IRN", "IRQ"),
    ("Iran rescheduled Iraq's debt.", "AID", "IRN", "IRQ"),
    # yielding, surrender and handing over power
    ("Iran complied with the U.N. resolution.", "CONCEDE", "IRN", None),
    ("Iran acquiesced to Iraq's request.", "CONCEDE", "IRN", "IRQ"),
    ("Iran commuted the death sentences of two Iraqis.", "CONCEDE", "IRN", "IRQ"),
    ("About 300 Tajik opposition fighters gave themselves up to the authorities.", "RETREAT", "TJK", None),
    ("Haiti's military leaders relinquished power on Monday.", "RETREAT", "HTI", None),
    ("The Nigerian junta handed over power to an elected government.", "RETREAT", "NGA", None),
    ("Iran abided by the ceasefire with Iraq.", "RETREAT", "IRN", "IRQ"),
    # sympathy and defence
    ("Iran sympathised with Iraq.", "SUPPORT", "IRN", "IRQ"),
    ("Iran stood shoulder to shoulder with Iraq.", "SUPPORT", "IRN", "IRQ"),
    ("Iran championed Iraq's cause.", "SUPPORT", "IRN", "IRQ"),
    ("Iran vouched for Iraq.", "SUPPORT", "IRN", "IRQ"),
    ("Iran absolved Iraq of blame.", "SUPPORT", "IRN", "IRQ"),
    ("Iran offered condolences to Iraq.", "SUPPORT", "IRN", "IRQ"),
    # war games of one side are a show of force; joint ones are cooperation
    ("Iran held war games near the Iraqi border.", "MOBILIZE", "IRN", None),
    ("Iran held joint war games with Syria.", "COOPERATE", "IRN", "SYR"),  # guard
    ("Russia and China held military exercises in the Yellow Sea.", "COOPERATE", "RUS", None),
    ("Russia staged war games with Belarus.", "COOPERATE", "RUS", "BLR"),
    ("China conducted naval exercises off Taiwan.", "MOBILIZE", "CHN", "TWN"),  # guard: one side's show of force
    # acts told as nouns and light-verb phrases
    ("Iran put pressure on Iraq to release the prisoners.", "REQUEST", "IRN", "IRQ"),
    ("Iran stepped up pressure on Iraq.", "REQUEST", "IRN", "IRQ"),
    ("Iran gave a pledge to Iraq not to interfere.", "AGREE", "IRN", "IRQ"),
    ("Iran gave the green light to Iraq's membership.", "SUPPORT", "IRN", "IRQ"),
    ("Iran gave short shrift to Iraq's proposal.", "REJECT", "IRN", "IRQ"),
    ("Iran granted a reprieve to two Iraqi prisoners.", "CONCEDE", "IRN", "IRQ"),
    ("Iran raised objections to Iraq's plan.", "REJECT", "IRN", "IRQ"),
    ("Iran made a donation of 5 million dollars to Iraq.", "AID", "IRN", "IRQ"),
    ("Iran called a halt to its offensive against Iraq.", "RETREAT", "IRN", "IRQ"),
    ("Iran announced a pullout of its troops from Iraq.", "RETREAT", "IRN", "IRQ"),
    ("Iran carried out the execution of two Iraqi spies.", "ASSAULT", "IRN", "IRQ"),
    ("Iran ordered the expulsion of two Iraqi diplomats.", "SANCTION", "IRN", "IRQ"),
    ("Iran announced the closure of its border with Iraq.", "COERCE", "IRN", "IRQ"),
    ("Iran ordered the mobilisation of its reserves.", "MOBILIZE", "IRN", None),
    ("Iran put its forces on a war footing.", "MOBILIZE", "IRN", None),
    ("Iran sounded the alarm over Iraq's troop build-up.", "ACCUSE", "IRN", "IRQ"),
    ("Iran registered a strong protest with Iraq.", "ACCUSE", "IRN", "IRQ"),
    ("Iran cast doubt on Iraq's claims.", "ACCUSE", "IRN", "IRQ"),
    ("Iran poured scorn on Iraq's offer.", "REJECT", "IRN", "IRQ"),
    ("Iran turned a deaf ear to Iraq's appeals.", "REJECT", "IRN", "IRQ"),
    ("Iran ended its occupation of the Iraqi island.", "RETREAT", "IRN", "IRQ"),
    ("Iran scaled back its military presence in Iraq.", "RETREAT", "IRN", "IRQ"),
    ("North Korea vowed to turn Seoul into a sea of fire.", "THREATEN", "PRK", "KOR"),
    ("Iran vowed to wipe Iraq off the map.", "THREATEN", "IRN", "IRQ"),
    # a gerund in an 'of' phrase on a noun: the noun's possessor acts
    (
        "This is part of China's policy of asserting its claims and putting pressure on Vietnam.",
        "REQUEST",
        "CHN",
        "VNM",
    ),
    # a thing received names its giver: praise and apologies; the side that bears an act's brunt undergoes it
    ("Iraq earned praise from Iran for its restraint.", "SUPPORT", "IRN", "IRQ"),
    ("Iraq received an apology from Iran.", "SUPPORT", "IRN", "IRQ"),
    ("Japan offered a formal apology to South Korea.", "SUPPORT", "JPN", "KOR"),
    ("Clinton heaped praise on Mandela.", "SUPPORT", "USA", "ZAF"),
    ("Iraq bore the brunt of Iranian attacks.", "ASSAULT", "IRN", "IRQ"),
    ("Iraq was the subject of an investigation by Iran.", "ACCUSE", "IRN", "IRQ"),
    # one visiting side holding talks in a capital meets its government
    ("An Iranian delegation held talks in Baghdad.", "CONSULT", "IRN", "IRQ"),
    ("Israel and Syria resumed peace talks in Washington.", "CONSULT", "ISR", None),  # guard: no host
    # war and repression in the style of wire copy
    ("Iraqi troops routed Iranian forces near Basra.", "ASSAULT", "IRQ", "IRN"),
    ("Iraqi troops advanced on the Iranian city of Ahvaz.", "ASSAULT", "IRQ", "IRN"),
    ("Iraqi troops encircled the Iranian city of Khorramshahr.", "COERCE", "IRQ", "IRN"),
    ("Iraqi frogmen mined Iranian harbours.", "ASSAULT", "IRQ", "IRN"),
    ("Iraqi commandos dynamited an Iranian bridge.", "ASSAULT", "IRQ", "IRN"),
    ("Iraqi soldiers ransacked the Kuwaiti parliament.", "COERCE", "IRQ", "KWT"),
    ("Iraqi troops butchered hundreds of Kurds in Halabja.", "ASSAULT", "IRQ", None),
    ("Iraqi gunmen seized 20 Kuwaiti hostages.", "ASSAULT", "IRQ", "KWT"),
    ("Iraqi police clamped down on dissent.", "COERCE", "IRQ", None),
    ("Iraqi police broke up a demonstration in Baghdad.", "COERCE", "IRQ", None),
    ("Iraqi police dispersed Shiite protesters.", "COERCE", "IRQ", None),
    ("Iraqi police clubbed protesters.", "ASSAULT", "IRQ", None),
    ("Iraqi police locked up three dissidents.", "COERCE", "IRQ", "IRQ"),
    ("Iraq stripped the general of his citizenship.", "COERCE", "IRQ", None),
    ("Iraq suspended the Kurdish parliament.", "COERCE", "IRQ", None),
    ("Iraq imposed a news blackout on Basra.", "REJECT", "IRQ", None),
    # cooperation, ties, markets and firmness
    ("Iran teamed up with Iraq to fight smuggling.", "COOPERATE", "IRN", "IRQ"),
    ("Iran joined forces with Iraq against the smugglers.", "COOPERATE", "IRN", "IRQ"),
    ("Iran allied itself with Iraq.", "COOPERATE", "IRN", "IRQ"),
    ("Iran formed an alliance with Iraq.", "COOPERATE", "IRN", "IRQ"),
    ("Iran deepened cooperation with Iraq.", "COOPERATE", "IRN", "IRQ"),
    ("Iran handed over two smugglers to Iraq.", "COOPERATE", "IRN", "IRQ"),
    ("Japan opened its rice market to American growers.", "COOPERATE", "JPN", None),
    ("Iran forged closer ties with Iraq.", "SUPPORT", "IRN", "IRQ"),
    ("Iran strengthened ties with Iraq.", "SUPPORT", "IRN", "IRQ"),
    ("Egypt and Turkey exchanged ambassadors on Tuesday.", "SUPPORT", "EGY", "TUR"),
    ("Fiji contributed troops to the U.N. force in Lebanon.", "AID", "FJI", None),
    ("Iran tightened sanctions on Iraq.", "SANCTION", "IRN", "IRQ"),
    ("Iran resisted Iraqi pressure.", "REJECT", "IRN", "IRQ"),
    ("Iran stood firm against Iraqi demands.", "REJECT", "IRN", None),
    ("Iran put Iraq on notice.", "THREATEN", "IRN", "IRQ"),
    # a group its words place nowhere takes the one country of its sentence's places, towns NER found included
    ("Islamic militants killed 12 villagers near Medea.", "ASSAULT", "DZA", "DZA"),
    ("Maoist guerrillas attacked a police post in Ayacucho.", "ASSAULT", "PER", "PER"),
    ("Workers at the Gdansk shipyard went on strike on Monday.", "PROTEST", "POL", None),
    ("Basque separatists set off a car bomb in Madrid.", "ASSAULT", "ESP", "ESP"),
    ("The IRA planted a bomb outside a London pub.", "ASSAULT", "GBR", None),
    ("Chinese Premier Li Peng ended a three-day visit to Pakistan on Sunday.", "CONSULT", "CHN", "PAK"),  # guard
    ("Pakistan and India reached an accord on trade.", "AGREE", "PAK", None),
    ("Egypt gave its consent to the deployment of U.N. observers.", "AGREE", "EGY", "IGO"),
    ("Soviet troops crushed a pro-independence rally in Tbilisi.", "ASSAULT", "RUS", "GEO"),
    # protests and postures of wire copy
    ("Palestinians observed a general strike to mourn the victims of the massacre.", "PROTEST", "PSE", None),
    ("Miners walked off the job in Russia's Kuzbass region.", "PROTEST", "RUS", None),
    ("Thousands took part in an anti-government rally in Bangkok.", "PROTEST", "THA", None),
    ("Russia beefed up its garrison in Tajikistan.", "MOBILIZE", "RUS", "TJK"),
    # a national airline is its country's
    ("Gunmen hijacked an Air Algerie plane with 150 passengers aboard.", "ASSAULT", None, "DZA"),
]


SWEEP_ROUND23 = [
    # a gerund under 'while'/'after' shares the clause's subject, as one without a marker does
    ("DHS defended the policy while criticizing rights groups.", "ACCUSE", "USA", "NGO"),
    ("Turkey closed its border after accusing Syria of shelling its villages.", "ACCUSE", "TUR", "SYR"),  # guard
    ("DHS defended the policy, criticizing rights groups.", "ACCUSE", "USA", "NGO"),  # guard
    # access denied or blocked is a restriction; a recommendation to someone is a request of them
    ("Washington denied the migrants access to lawyers.", "COERCE", "USA", None),
    ("Israel blocked access to the Al-Aqsa mosque.", "COERCE", "ISR", None),
    ("The U.N. panel recommended that Kenya lift the ban on opposition rallies.", "REQUEST", "IGO", "KEN"),
    # naval manoeuvres are a show of force; a chargé d'affaires or a consul expelled is a diplomat expelled
    ("Iran staged naval manoeuvres in the Gulf.", "MOBILIZE", "IRN", None),
    ("Iran held naval maneuvers in the Strait of Hormuz on Friday.", "MOBILIZE", "IRN", None),
    ("Egypt expelled the Iranian charge d'affaires.", "SANCTION", "EGY", "IRN"),
    ("Iraq expelled a Kuwaiti consul.", "SANCTION", "IRQ", "KWT"),
    # forces sent to a border face the state across it
    ("Turkey sent reinforcements to its border with Iraq.", "MOBILIZE", "TUR", "IRQ"),
    ("Iraq moved two divisions towards the Kuwaiti border, Pentagon officials said.", "MOBILIZE", "IRQ", "KWT"),
    ("Turkey deployed troops along its border with Iraq.", "MOBILIZE", "TUR", "IRQ"),  # guard
    # a rejected charge names who made it
    ("Pakistan said the militants were based in Afghanistan, a charge Kabul rejected.", "REJECT", "AFG", "PAK"),
    (
        "Pakistan said the militants were based in Afghanistan, an allegation the Taliban denied.",
        "REJECT",
        "AFG",
        "PAK",
    ),
    ("Afghanistan rejected allegations by Pakistan that it harbours militants.", "REJECT", "AFG", "PAK"),  # guard
    ("Afghanistan rejected Pakistan's charge that it harbours militants.", "REJECT", "AFG", "PAK"),  # guard
    # targeted with missiles or drones is an attack; a warning's 'against' phrase names no side
    ("Russia targeted Kyiv with drones overnight.", "ASSAULT", "RUS", "UKR"),
    ("Houthi rebels targeted a commercial vessel in the Red Sea with an anti-ship missile.", "ASSAULT", "YEM", None),
    ("China warned the United States against arms sales to Taiwan.", "THREATEN", "CHN", "USA"),  # guard
    ("The junta dissolved all political parties in Mali.", "COERCE", "MLI", "MLI"),
    # agreements finalised, statements blocked, protests lodged, reprisals vowed, funds and entry cut off
    ("Armenia and Azerbaijan finalized the text of a peace treaty.", "AGREE", "ARM", None),
    ("Hungary blocked an EU statement criticizing China.", "REJECT", "HUN", None),
    ("Beijing lodged stern representations with Washington over the visit.", "ACCUSE", "CHN", "USA"),
    ("Iran's supreme leader vowed a harsh response to Israel's strikes.", "THREATEN", "IRN", "ISR"),
    ("Britain imposed an asset freeze on two Israeli settler groups.", "SANCTION", "GBR", "ISR"),
    ("Russia banned entry to 500 Americans including former President Obama.", "SANCTION", "RUS", "USA"),
    ("Trump said he would strip federal funding from Columbia University.", "THREATEN", "USA", None),
    # an act in a temporal or causal clause is an event of its own, not part of the main one
    (
        "Britain is seeking to finalize a deal on handing sovereignty of the Chagos Islands to Mauritius after"
        " Trump said he was inclined to support the deal.",
        "SUPPORT",
        "USA",
        None,
    ),  # guard: 'finalize a deal' (new) must not swallow the support in its 'after' clause
    ("A bomb killed 11 miners, while the BLA took credit for attacking a military convoy.", "ASSAULT", "PAK", None),
    # where the target of a pattern's own preposition was is where the act happened
    ("Israel carried out a drone strike on a car in southern Lebanon.", "ASSAULT", "ISR", "LBN"),
    # someone a state jails or sentences whom the sentence does not place is of its own people
    ("Belarus jailed a prominent opposition activist for 10 years.", "COERCE", "BLR", "BLR"),
    ("Chinese authorities sentenced a dissident to 14 years in prison.", "SANCTION", "CHN", "CHN"),
    ("Russia detained a French researcher on spying charges.", "COERCE", "RUS", "FRA"),  # guard
    # people sent to help someone are sent to them
    ("Cuba sent doctors to help earthquake victims in Armenia.", "AID", "CUB", "ARM"),  # guard (the help event)
]


SWEEP_ROUND25 = [
    # the 'by' agent the parser hung on the object of 'as'
    (
        "HTS is an Islamist group that is designated as a terrorist organization by the United States.",
        "SANCTION",
        "USA",
        "SYR",
    ),
    # a role in two coordinated places acts for both
    ("Politicians in Britain and the United States have expressed concerns over the deal.", "ACCUSE", "USA", None),
    ("Officials in Kenya and Somalia condemned the attack.", "ACCUSE", "SOM", None),
    # leaving an agreement, walking out of talks, opening a crossing, aid dropped from the air, a truce extended
    ("Russia withdrew from the Black Sea grain deal.", "SANCTION", "RUS", None),
    ("Washington pulled out of the nuclear deal with Iran in 2018.", "SANCTION", "USA", "IRN"),
    ("The Palestinian delegation walked out of the talks.", "SANCTION", "PSE", None),
    ("Egypt opened the Rafah crossing for aid trucks.", "RETREAT", "EGY", None),
    ("Jordan airdropped food aid into Gaza.", "AID", "JOR", "PSE"),
    ("U.S. planes carried out airdrops of food over Gaza.", "AID", "USA", "PSE"),
    ("Israel and Hamas extended the truce by two days.", "AGREE", "ISR", None),
    # AP and VOA style hyphenates the ceasefire
    ("Israel and Hamas extended the cease-fire by two days.", "AGREE", "ISR", None),
    ("Israel and Hamas observed the cease-fire on Monday.", "RETREAT", "ISR", None),
    # customs duties raised or cut as tariffs are
    ("Washington doubled a previous 10% duty on Chinese exports to 20%.", "SANCTION", "USA", "CHN"),
    ("Washington raised duties on Chinese steel.", "SANCTION", "USA", "CHN"),
    ("Beijing cut duties on American soybeans.", "CONCEDE", "CHN", "USA"),
    # what a measure targets is its recipient
    ("China announced sanctions targeting U.S. defense firms.", "SANCTION", "CHN", "USA"),
    # a gerund on a noun is done by the noun's owner, not by a name inside the noun phrase
    (
        "He said Trump's tariffs on Canada and Mexico, along with doubling a previous duty on Chinese exports,"
        " would hurt consumers.",
        "SANCTION",
        "USA",
        "CHN",
    ),
]


SWEEP_ROUND24 = [
    # trade measures of 2019-2025 wire copy: tariffs raised, exports restricted, firms blacklisted, sales blocked
    ("Trump raised tariffs on Chinese goods to 145 percent.", "SANCTION", "USA", "CHN"),
    ("Washington increased tariffs on Canadian steel and aluminum to 50 percent.", "SANCTION", "USA", "CAN"),
    ("The United States hiked tariffs on Chinese electric vehicles.", "SANCTION", "USA", "CHN"),
    ("Trump doubled the tariffs on steel from Canada.", "SANCTION", "USA", "CAN"),
    ("Washington restricted exports of advanced chips to China.", "SANCTION", "USA", "CHN"),
    ("The Commerce Department added 80 Chinese companies to its export blacklist.", "SANCTION", "USA", "CHN"),
    ("Trump blocked the Turkish sale of F-35 jets.", "SANCTION", "USA", "TUR"),
    # a participle describing an act's noun is no act of its own: the noun codes with its sides
    (
        "Outgoing Canadian Prime Minister Justin Trudeau retaliated by announcing increased tariffs on American goods.",
        "SANCTION",
        "CAN",
        "USA",
    ),  # guard
    # aid and intelligence sharing paused or resumed; the internet shut down
    ("Washington paused military aid to Ukraine.", "SANCTION", "USA", "UKR"),
    ("The United States slashed aid to Pakistan over its nuclear program.", "SANCTION", "USA", "PAK"),
    ("Washington cut funding for UNRWA.", "SANCTION", "USA", "IGO"),
    # money lent, forces equipped, partners, ramming (round twenty-six)
    ("Japan loaned $500 million to Indonesia.", "AID", "JPN", "IDN"),
    ("Turkey equipped the Azerbaijani army with drones.", "AID", "TUR", "AZE"),
    ("India partnered with France on the submarine project.", "COOPERATE", "IND", "FRA"),
    ("Chinese coast guard vessels rammed a Philippine supply boat.", "ASSAULT", "CHN", "PHL"),
    # a freeze, pause or hold lifted, sanctions waived, restrictions loosened, tariffs suspended ease them
    ("The United States lifted its pause on intelligence sharing with Ukraine.", "CONCEDE", "USA", "UKR"),
    ("Washington waived sanctions on Iraq's electricity imports from Iran.", "CONCEDE", "USA", "IRQ"),
    ("Trump suspended tariffs on Mexican goods for 30 days.", "CONCEDE", "USA", "MEX"),
    ("Beijing loosened restrictions on imports of Japanese seafood.", "CONCEDE", "CHN", "JPN"),
    # a group put on a terrorist list, troops stationed abroad, cooperation or membership suspended
    ("The European Union added the Wagner Group to its terrorist list.", "SANCTION", "IGO", "RUS"),
    ("Germany will station a brigade in Lithuania.", "MOBILIZE", "DEU", "LTU"),
    ("Niger suspended military cooperation with the United States.", "SANCTION", "NER", "USA"),  # guard
    ("Armenia froze its participation in the CSTO.", "SANCTION", "ARM", None),
    ("The United States paused intelligence sharing with Kyiv.", "SANCTION", "USA", "UKR"),
    ("The United States resumed intelligence sharing with Ukraine.", "COOPERATE", "USA", "UKR"),
    ("Authorities shut down the internet across the region.", "COERCE", "GOV", None),
    # opposition voiced or reiterated is a rejection (and no political opposition); sanctions imposed, states hit
    (
        "G7 members reiterated their opposition to any unilateral attempts to change the status quo.",
        "REJECT",
        "IGO",
        None,
    ),
    ("China voiced opposition to the U.S. arms sale to Taiwan.", "REJECT", "CHN", "USA"),
    ("Markets punished Turkey following Trump's imposition of sanctions.", "SANCTION", "USA", None),
    ("Trump hit Canada and Mexico with a 25% levy on exports last week.", "SANCTION", "USA", "CAN"),
    ("The EU hit Russia with fresh sanctions.", "SANCTION", "IGO", "RUS"),  # guard
    # operations conducted against armed groups, agreements revoked or terminated, visa restrictions and bans
    (
        "Pakistani security forces conducted an operation against militants in North Waziristan.",
        "ASSAULT",
        "PAK",
        None,
    ),
    ("The army mounted an operation against rebels in the east.", "ASSAULT", "MIL", "REB"),
    ("Burkina Faso terminated the military accord with France.", "REJECT", "BFA", "FRA"),
    ("The junta in Niger revoked the military cooperation agreement with the United States.", "REJECT", None, "USA"),
    ("Washington imposed visa restrictions on Ugandan officials.", "SANCTION", "USA", "UGA"),
    ("The State Department announced visa restrictions on Georgian officials.", "SANCTION", "USA", "GEO"),
    # a foreign terrorist organization designated without 'as'
    ("The United States designated the Houthis a foreign terrorist organization.", "SANCTION", "USA", "YEM"),
]


SWEEP_ROUND27 = [
    # a vow of a hostile act is that act intended, not an agreement
    ("Venezuela vowed to defy U.S. sanctions.", "REJECT", "VEN", "USA"),
    ("Russia vowed to respond to NATO expansion.", "THREATEN", "RUS", "IGO"),
    ("China promised to punish Taiwan.", "THREATEN", "CHN", "TWN"),
    # annulling, scrapping, abandoning or ditching a pact; rapping someone for something; mending fences
    ("Iraq annulled its 1975 border treaty with Iran.", "REJECT", "IRQ", "IRN"),
    ("North Korea scrapped its non-aggression pact with South Korea.", "REJECT", "PRK", "KOR"),
    ("Iran abandoned the 2015 accord on Monday.", "SANCTION", "IRN", None),
    ("Russia ditched the INF treaty.", "SANCTION", "RUS", None),
    ("Moscow rapped Kiev for its decision to join NATO exercises.", "ACCUSE", "RUS", "UKR"),
    ("Turkey and Greece mended fences after years of hostility.", "SUPPORT", "TUR", None),
    # aid whose owner is named, suspended in the passive: the owner suspends it, to whom it went
    ("U.S. aid to Egypt was suspended.", "SANCTION", "USA", "EGY"),
    ("Japanese aid to China was frozen after Beijing's nuclear test.", "SANCTION", "JPN", "CHN"),
]


SWEEP_ROUND29 = [
    # objections lifted; doctors dispatched; strikes stayed off, enforced; slogans, firebombs, roadblocks
    ("France has lifted its objections to Turkey's bid to join the European Union.", "CONCEDE", "FRA", "TUR"),
    ("Greece dropped its objection to Macedonia joining NATO.", "CONCEDE", "GRC", None),
    ("Italy dispatched a medical team to earthquake-stricken Armenia.", "AID", "ITA", "ARM"),
    ("Cuba dispatched doctors to Haiti after the earthquake.", "AID", "CUB", "HTI"),
    (
        "Thousands of Tibetan exiles shouted anti-Chinese slogans outside the Chinese embassy in New Delhi.",
        "PROTEST",
        None,
        None,
    ),
    ("South Korean students hurled firebombs at riot police in Seoul.", "PROTEST", "KOR", None),
    ("Bolivian coca growers set up roadblocks on the main highway to Cochabamba.", "PROTEST", None, None),
    ("Nepalese Maoists enforced a general strike that paralysed Kathmandu.", "PROTEST", "NPL", None),
    # a crowd assembling to voice a grievance demonstrates; officials meeting to ask for something do not
    (
        "Thousands of Nicaraguans gathered in Managua to denounce the government's economic policies.",
        "PROTEST",
        "NIC",
        None,
    ),
    ("Hundreds of students assembled outside the parliament in Tirana to demand reforms.", "PROTEST", "ALB", None),
    # an event noun in a phrase of circumstance is no act its verb intends ('in protest' after 'went')
    ("Haitian radio stations went off the air in protest at the killing of a journalist.", "PROTEST", "HTI", None),
    # a party a member is expelled from expels him; parties of one country act for it
    ("The war veterans' leader was expelled from the ZANU-PF party on Friday.", "SANCTION", "ZWE", None),
    ("The Awami League called a general strike to demand the government's resignation.", "PROTEST", "BGD", "BGD"),
    # forces crossing into another state; a crossing, bridge or islands closed or seized
    ("Turkish troops crossed into northern Iraq on Monday in pursuit of Kurdish rebels.", "ASSAULT", "TUR", "IRQ"),
    ("Rwandan soldiers crossed the border into Burundi on Monday.", "ASSAULT", "RWA", "BDI"),
    ("Egypt closed the Rafah crossing with Gaza.", "COERCE", "EGY", None),
    ("Israel closed the Allenby bridge to Palestinians travelling to Jordan.", "COERCE", "ISR", None),
    ("Iran seized three islands in the Gulf claimed by the United Arab Emirates.", "ASSAULT", "IRN", None),
    # a participle of harm that names no one acts on whom its clause acts on
    (
        "Kenyan police fired tear gas to disperse opposition supporters in Nairobi, injuring 10 and arresting 25.",
        "COERCE",
        "KEN",
        "KEN",
    ),
    ("Zulu gunmen attacked an ANC rally in Durban, killing 12.", "ASSAULT", "ZAF", "ZAF"),  # guard
    # cold water poured; a proposal's maker named in a 'by' phrase the parser hung on the verb is its rejecter's recipient
    ("The Sudanese government poured cold water on the peace proposal by Kenya.", "REJECT", "SDN", "KEN"),
    ("The Sudanese government rejected the peace proposal by Kenya.", "REJECT", "SDN", "KEN"),
    # a harm foretold to someone is a threat by whoever says it
    ("The Iraqi leader said Kuwait would pay dearly for stealing Iraqi oil.", "THREATEN", "IRQ", "KWT"),
    # telling a named side to act is a demand
    ("Zimbabwe told Britain to stay out of its internal affairs.", "REQUEST", "ZWE", "GBR"),
    (
        "Nigeria's military rulers were told by the Commonwealth to release political prisoners.",
        "REQUEST",
        "IGO",
        "NGA",
    ),
    # what a participle clause draws is another side's act
    ("India test-fired a nuclear-capable missile, drawing protests from Pakistan.", "ACCUSE", "PAK", "IND"),
    ("China held military exercises near Taiwan, drawing a warning from Washington.", "THREATEN", "USA", "CHN"),
]

SWEEP_ROUND28 = [
    # targeting ships, bases and forces; throwing out envoys; brushing off and stonewalling; ending cooperation
    ("Houthi rebels targeted a commercial ship in the Red Sea.", "ASSAULT", "YEM", None),
    ("Burkina Faso kicked out the French ambassador.", "SANCTION", "BFA", "FRA"),
    ("The Kremlin brushed off the new sanctions.", "REJECT", "RUS", None),
    ("Hungary stonewalled the EU's aid package for Ukraine.", "REJECT", "HUN", None),
    ("Chad ended its defense cooperation with France.", "SANCTION", "TCD", "FRA"),
    ("The Kenyan government has postponed a planned visit by the Ugandan president.", "SANCTION", "KEN", "UGA"),
    # aid earmarked or set aside; barring relief flights
    ("Germany has earmarked 50 million marks in aid for flood victims in Poland.", "AID", "DEU", "POL"),
    ("The European Union has set aside 2 million euros in aid for Haiti.", "AID", "IGO", "HTI"),
    ("The Sudanese government has barred U.N. relief flights to the south.", "COERCE", "SDN", "IGO"),
    # a rejected demand whose infinitive the parser hung on the verb is still rejected
    (
        "Libya rejected on Friday a U.N. demand to hand over two suspects in the Lockerbie bombing.",
        "REJECT",
        "LBY",
        "IGO",
    ),
    # troops sent to reinforce peacekeepers are a promise of help, no threat
    ("Britain will send 500 more troops to Bosnia to reinforce U.N. peacekeepers.", "AGREE", "GBR", None),
    # praise for another side's act stays praise
    ("The Pope praised Cuba for releasing political prisoners.", "SUPPORT", "VAT", "CUB"),
    # a 'by' phrase the parser hung on the target names the attacker
    ("An attack on a Chinese embassy convoy by Pakistani militants killed three.", "ASSAULT", "PAK", "CHN"),
    # answers promised in kind, a strait to be blocked: threats; marches staged, barricades, downed tools
    ("India said it would give a befitting reply to Pakistan.", "THREATEN", "IND", "PAK"),
    ("Israel said it would respond harshly to any attack from Lebanon.", "THREATEN", "ISR", "LBN"),
    ("Iran said it would block the Strait of Hormuz if attacked.", "THREATEN", "IRN", None),
    ("Hundreds of women staged a silent march in Algiers.", "PROTEST", "DZA", None),
    ("Demonstrators set up barricades in Caracas.", "PROTEST", "VEN", None),
    ("Workers downed tools at the Gdansk shipyard.", "PROTEST", "POL", None),
    # a place handed back; lists exchanged
    ("Croatia returned the Prevlaka peninsula to Montenegro.", "RETREAT", "HRV", "MNE"),
    ("India and Pakistan exchanged lists of nuclear installations.", "COOPERATE", "IND", None),
    # 'the violence', 'the fighting' refer back to the attack told before
    ("Israeli jets bombed Gaza on Monday. Turkey condemned the violence.", "ACCUSE", "TUR", "ISR"),
]


SWEEP_ROUND31 = [
    # envoys withdrawn; military positions evacuated; a verb's other phrase holds no pattern word
    ("The Chinese government withdrew its ambassador from the Netherlands.", "SANCTION", "CHN", "NLD"),
    ("Rebel fighters evacuated their positions around the town of Kismayo.", "RETREAT", None, None),
    ("Foreign embassies evacuated their staff from Monrovia.", "AID", None, None),  # guard: people evacuated
    ("Uganda's army began withdrawing from eastern Congo under a peace deal.", "RETREAT", "UGA", "COD"),
    ("Washington withdrew from the nuclear deal with Iran.", "SANCTION", "USA", "IRN"),  # guard
    # a name the recogniser ran over the verb
    ("The Organization of African Unity commended Mozambique for its peace accord.", "SUPPORT", "IGO", "MOZ"),
    # an international body's forces somewhere are the body's
    ("Somali militiamen opened fire on U.N. peacekeepers in Mogadishu.", "ASSAULT", "SOM", "IGO"),
    ("Taylor's fighters attacked ECOMOG troops in Monrovia.", "ASSAULT", "LBR", "IGO"),
    # a pair the parser hung on an opening phrase is the subject
    ("After two days of talks in Geneva, Iran and the European Union agreed to meet again.", "AGREE", "IRN", None),
    ("After talks in Cairo, Israel and the PLO signed an accord.", "SUPPORT", "PSE", None),
    # role nouns the dictionaries held only in longer phrases
    ("Chinese and British negotiators resumed talks on Hong Kong's future in Beijing.", "CONSULT", "GBR", "CHN"),
    ("Egyptian mediators urged Hamas and Israel to accept the deal.", "REQUEST", "EGY", "ISR"),  # guard
    ("Iraq threatened to expel U.N. weapons inspectors.", "THREATEN", "IRQ", "IGO"),  # guard
    ("Belgian paratroopers evacuated several hundred Europeans from Kigali.", "AID", "BEL", None),  # guard
    ("Serb snipers fired on civilians in Sarajevo.", "ASSAULT", "SRB", None),  # guard
    # verbs the lexicon lacked: violent repression, impeachment, troops rushed, positions fortified, maiming
    ("Indonesian police quelled riots in Jakarta.", "ASSAULT", "IDN", None),
    ("Burmese troops suppressed a rebellion in the Karen hills.", "ASSAULT", "MMR", None),
    ("The Philippine House of Representatives impeached President Joseph Estrada.", "ACCUSE", "PHL", "PHL"),
    ("India rushed troops to the border with Pakistan.", "MOBILIZE", "IND", "PAK"),
    ("Iraq fortified its positions along the Kuwaiti border.", "MOBILIZE", "IRQ", "KWT"),
    ("Rebels maimed hundreds of civilians in Sierra Leone.", "ASSAULT", "SLE", None),
    # support stepped up or given; arms poured in; hands shaken; trade status extended; acts in defiance
    ("Syria has stepped up its support for Hezbollah guerrillas in southern Lebanon.", "SUPPORT", "SYR", "LBN"),
    ("Iran has poured arms into Bosnia.", "AID", "IRN", "BIH"),
    ("Fidel Castro shook hands with President Clinton at the United Nations.", "CONSULT", "CUB", "USA"),
    ("The United States extended most-favoured-nation trade status to China.", "COOPERATE", "USA", "CHN"),
    ("Iraqi Kurds voted to set up their own parliament in defiance of Baghdad.", "REJECT", "IRQ", "IRQ"),
    # exports and imports cut or halted
    ("Russia halted grain exports to Georgia.", "SANCTION", "RUS", "GEO"),  # guard
    ("Iran said it would cut oil exports to countries backing the sanctions.", "THREATEN", "IRN", None),
    # 1980s-2000s ministers and figures the dictionaries lack or miscode
    ("Tom Ikimi accused Canada of meddling in Nigeria's affairs.", "ACCUSE", "NGA", "CAN"),
    ("Susanna Agnelli urged Albania to restore order.", "REQUEST", "ITA", "ALB"),
    ("Maaouya Ould Sid'Ahmed Taya broke relations with Senegal.", "SANCTION", "MRT", "SEN"),
    ("Ahmed Tejan Kabbah thanked Nigeria for its support.", "SUPPORT", "SLE", "NGA"),  # guard
    ("Musa Hilal's militiamen attacked villages in Darfur.", "ASSAULT", "SDN", None),  # guard
    ("Ali Hassan al-Majid accused Iran of arming Kurdish rebels.", "ACCUSE", "IRQ", "IRN"),  # Phoenix: Kuwait's
    ("Elie Hobeika's militiamen attacked the Palestinian camps.", "ASSAULT", "LBN", "PSE"),
    ("Volker Ruehe urged Russia to accept NATO's eastward expansion.", "REQUEST", "DEU", "RUS"),
    ("Raul Reyes rejected the Colombian government's peace plan.", "REJECT", "COL", "COL"),  # was Guatemalan
    ("Humberto Ortega accused Honduras of sheltering Contra rebels.", "ACCUSE", "NIC", "HND"),
    ("France-Albert Rene accused Britain of plotting a coup.", "ACCUSE", "SYC", "GBR"),  # guard
    ("Leon Kengo wa Dondo accused Rwanda of arming rebels.", "ACCUSE", "COD", "RWA"),  # 'Dondo' was Mozambican
    ("Massoud Rajavi urged the United Nations to condemn Iran.", "REQUEST", "IRN", "IGO"),
]


SWEEP_ROUND30 = [
    # rocks and bricks hurled; units moved; captives handed over
    ("South Korean students hurled rocks at riot police in Seoul.", "PROTEST", "KOR", None),
    ("Palestinian youths threw bricks at Israeli soldiers in Hebron.", "PROTEST", "PSE", None),
    ("Iraq moved elite Republican Guard units toward the Kuwaiti border.", "MOBILIZE", "IRQ", "KWT"),
    ("The Taliban handed over two British aid workers to Pakistani officials.", "RETREAT", "AFG", None),
    # the one let do something receives the agreement
    ("Uganda has agreed to let Sudanese government troops pursue rebels across the border.", "AGREE", "UGA", "SDN"),
    ("Croatia agreed to let U.N. peacekeepers stay for another six months.", "AGREE", "HRV", "IGO"),
    # 'the president' of a story that opens in a place is that place's country's
    ("The president pardoned 300 prisoners to mark independence day in Harare.", "CONCEDE", "ZWE", None),
    ("The prime minister rejected opposition demands for early elections in Dhaka.", "REJECT", "BGD", "BGD"),
    # calls heeded and demands acceded to; sanctions faced from a capital; a name's apposition of another state
    ("South Korea heeded a U.S. request to delay the aid shipment.", "CONCEDE", "KOR", "USA"),
    ("Burundi acceded to a demand from Tanzania to close the rebel camps.", "CONCEDE", "BDI", "TZA"),
    ("Pakistan faces fresh sanctions from Washington over its nuclear program.", "SANCTION", "USA", "PAK"),
    (
        "At the invitation of Chinese Premier Li Peng, Singapore's prime minister visited Beijing.",
        "CONSULT",
        "SGP",
        "CHN",
    ),
    # 1980s-1990s office-holders the Phoenix dictionaries lack; a name without its Arabic article
    ("Ismail Cem accused Greece of harbouring Kurdish rebels.", "ACCUSE", "TUR", "GRC"),
    ("Pik Botha accused Angola of sheltering ANC guerrillas.", "ACCUSE", "ZAF", "AGO"),
    ("Milan Milutinovic rejected the demands of the contact group.", "REJECT", "SRB", None),
    ("Abdul Salam Majali criticised Israel's settlement policy.", "ACCUSE", "JOR", "ISR"),  # guard
    # rebels who meet abroad are still their own country's; troops an agreement sends receive nothing
    (
        "The Philippine government will resume peace talks with communist rebels next month in the Netherlands.",
        "AGREE",
        "PHL",
        "PHL",
    ),
    ("Ethiopia has agreed to send 2,000 troops to join the U.N. peacekeeping force in Rwanda.", "AGREE", "ETH", "IGO"),
    ("Kuwait has agreed to buy $2 billion worth of U.S. weapons.", "AGREE", "KWT", "USA"),  # guard
    # a mediated conflict's sides, owner or place; a debt's debtor; counted students occupying a building
    ("Egypt offered to mediate in the dispute between Sudan and Eritrea.", "AGREE", "EGY", "SDN"),
    ("Norway agreed to mediate in Sri Lanka's civil war.", "AGREE", "NOR", "LKA"),
    ("Omar Bongo offered to mediate in the civil war in neighbouring Congo Republic.", "AGREE", "GAB", "COG"),
    ("Japan cancelled $500 million of debt owed by Bangladesh.", "AID", "JPN", "BGD"),
    ("Thousands of Indonesian students occupied the parliament building in Jakarta.", "PROTEST", "IDN", None),
    # reactors shut down, missiles and warheads dismantled
    ("North Korea shut down its nuclear reactor at Yongbyon.", "CONCEDE", "PRK", None),
    ("Syria dismantled its missile batteries in Lebanon's Bekaa valley.", "RETREAT", "SYR", "LBN"),
    ("Ukraine dismantled its last nuclear warheads.", "RETREAT", "UKR", None),
    # 1990s-2000s figures the dictionaries lack
    ("Manouchehr Mottaki accused Washington of meddling in Iraq.", "ACCUSE", "IRN", "USA"),
    ("Baitullah Mehsud threatened to attack NATO supply convoys.", "THREATEN", "PAK", None),
    ("Frank Bainimarama ordered the arrest of George Speight.", "COERCE", "FJI", "FJI"),
]


SWEEP_ROUND32 = [
    # shelter sought in a place; who presses for what an act holds out against
    ("Hundreds of Albanians sought asylum in Italy.", "REQUEST", "ALB", "ITA"),
    ("The Iraqi defector asked for asylum in Jordan.", "REQUEST", "IRQ", "JOR"),  # guard
    ("Israel refused to halt settlement building despite calls from the United States.", "REJECT", "ISR", "USA"),
    ("Israel refused to withdraw despite Washington's objections.", "REJECT", "ISR", "USA"),
    ("The junta rejected the plan despite pressure by Nigeria.", "REJECT", None, "NGA"),
    ("Syria rejected the U.S. plan despite pressure by Egypt.", "REJECT", "SYR", "USA"),  # guard: the object first
    # forces pushing, pouring, sweeping or marching into a place
    ("Turkish troops pushed deep into northern Iraq in pursuit of Kurdish guerrillas.", "ASSAULT", "TUR", "IRQ"),
    ("Thousands of Serb troops poured into Kosovo.", "ASSAULT", "SRB", None),
    ("Rebels swept into the capital Kinshasa.", "ASSAULT", None, "COD"),
    ("Iraqi troops marched into Kuwait.", "ASSAULT", "IRQ", "KWT"),
    ("Demonstrators marched to the embassy.", "PROTEST", None, None),  # guard
    # a 'to' the parser left empty, its object made the subject of the infinitive after it
    ("The United States granted a visa to Taiwan's President Lee Teng-hui to attend a reunion.", "AID", "USA", "TWN"),
    ("Japan gave $10 million to the Palestinian Authority to build schools.", "AID", "JPN", "PSE"),  # guard
    # military operations halted, 'a halt to' an offensive; a halt ordered of one's own forces
    ("Russia halted military operations in Chechnya.", "RETREAT", "RUS", None),
    ("Yeltsin ordered a halt to the offensive in Chechnya.", "RETREAT", "RUS", None),
    ("Yeltsin ordered his troops to halt the offensive in Chechnya.", "RETREAT", "RUS", None),
    ("A court ordered the Ghanaian government to release the activists.", "REQUEST", "GHA", "GHA"),  # guard
    # 1980s-1990s figures the dictionaries lack
    ("Khun Sa's Mong Tai Army attacked Burmese army posts.", "ASSAULT", "MMR", None),  # guard
    ("Aslan Abashidze accused Tbilisi of preparing an attack on Adjara.", "ACCUSE", "GEO", None),
    ("Mirza Aslam Beg warned India against any attack.", "THREATEN", "PAK", "IND"),
    # loans frozen; a veto lifted; a pledge to oppose
    ("Japan froze new loans to China in protest at its nuclear tests.", "SANCTION", "JPN", "CHN"),
    ("Greece lifted its veto on European Union aid to Turkey.", "CONCEDE", "GRC", None),
    ("Russia and China pledged to oppose U.S. plans for a missile defence system.", "REJECT", "RUS", "USA"),
    ("Mexico promised to deploy soldiers along its border.", "AGREE", "MEX", None),  # guard
    # whom a protest's demand is about, told in a 'that' clause
    ("Thousands of Albanians marched in Pristina demanding that Serbia withdraw its police.", "PROTEST", None, "SRB"),
    # fire returned; military units
    ("Military units in the area were activated and returned fire on the rebels.", "ASSAULT", "MIL", "REB"),
    ("Israeli troops returned fire, killing two gunmen.", "ASSAULT", "ISR", None),  # guard: the killing
    # aid increased; the UN's human rights bodies
    ("The EU increased aid to Ethiopia.", "AID", "IGO", "ETH"),
    ("Japan doubled its assistance to Cambodia.", "AID", "JPN", "KHM"),  # guard
    ("The UN Human Rights Council condemned Myanmar's military.", "ACCUSE", "IGO", "MMR"),  # guard
    # whom a passive subject's participle names receives what is done to the subject
    ("The sanctions imposed on Libya by the Security Council were eased.", "CONCEDE", None, "LBY"),
    ("The curfew imposed on Hebron was lifted.", "CONCEDE", None, "PSE"),
    # calls from someone, in the plural, are demands
    ("Israel went ahead with the plan despite calls from the United States.", "REQUEST", "USA", None),
    ("The calls from Washington went unheeded.", "REQUEST", "USA", None),
    # a 'when' clause shared by coordinated harms; what it hit, owned by the harmed
    (
        "An Israeli soldier was killed and two others wounded when Hezbollah guerrillas attacked their patrol.",
        "ASSAULT",
        "LBN",
        "ISR",
    ),
    (
        "Three Pakistani soldiers were wounded when militants attacked their convoy near Miranshah.",
        "ASSAULT",
        None,
        "PAK",
    ),  # guard
]


SWEEP_ROUND33 = [
    # sanctions and embargoes ended, removed, dropped, scrapped or suspended are eased (CONCEDE)
    ("Washington ended sanctions against India.", "CONCEDE", "USA", "IND"),
    ("The United States dropped its sanctions against Pakistan.", "CONCEDE", "USA", "PAK"),
    ("Japan scrapped economic sanctions on China.", "CONCEDE", "JPN", "CHN"),
    ("The U.N. suspended sanctions against Yugoslavia.", "CONCEDE", "IGO", None),
    ("The Security Council voted to end the embargo on South Africa.", "CONCEDE", "IGO", "ZAF"),
    # who was involved or implicated in an act took part in it (as 'took part in', 'engaged in')
    ("Libya was involved in the bombing of a Berlin discotheque.", "ASSAULT", "LBY", "DEU"),
    ("Iran was implicated in the attack on the U.S. embassy.", "ASSAULT", "IRN", "USA"),
    # a threat's condition on an infinitive the parser hung as an adverbial clause names whom it targets
    ("Iran threatened to close the Strait of Hormuz if the United States attacked it.", "THREATEN", "IRN", "USA"),
    # strikes, protests and boycotts called off, suspended, cancelled or postponed are a concession
    ("South Africa's ANC called off a planned general strike on Wednesday.", "CONCEDE", "ZAF", None),
    ("The opposition called off its boycott of parliament.", "CONCEDE", None, None),  # guard
    ("The miners' union suspended its strike.", "CONCEDE", None, None),
    # dissatisfaction, anger, disappointment or misgivings expressed or voiced are disapproval
    ("China expressed strong dissatisfaction with the U.S. decision to grant a visa to Lee.", "ACCUSE", "CHN", "USA"),
    ("Japan voiced its displeasure with South Korea over the textbook dispute.", "ACCUSE", "JPN", "KOR"),
    ("The Vatican expressed deep disappointment at the Israeli decision.", "ACCUSE", "VAT", "ISR"),
    # an unnamed government accusing a state is not that state's: the state stays the recipient
    ("The government accused Rwanda of backing the rebels.", "ACCUSE", None, "RWA"),  # guard
    # forces abandoning a town, base or stronghold withdraw from it
    ("Zairean troops abandoned the eastern town of Bukavu as rebel forces advanced.", "RETREAT", "COD", None),
    ("Government troops abandoned their base in Kindu.", "RETREAT", "COD", "COD"),
    # a show of force amid, after or over a strain with another state is aimed at it
    ("Greece deployed additional troops to its islands amid rising tension with Turkey.", "MOBILIZE", "GRC", "TUR"),
    ("Eritrea mobilised its reserves after a border dispute with Ethiopia.", "MOBILIZE", "ERI", "ETH"),
    # a hostile option one will not renounce is kept open, a threat; chemical weapons destroyed are disarmament
    (
        "A senior Chinese official said Beijing would never renounce the use of force against Taiwan.",
        "THREATEN",
        "CHN",
        "TWN",
    ),
    ("Iraq told the Security Council that it had destroyed all its chemical weapons.", "RETREAT", "IRQ", None),
    # an act a participle tells was launched or carried out happened, whatever its clause says of it
    ("An offensive launched by Ethiopian forces has made progress.", "ASSAULT", "ETH", None),
    # one supplied 'with' something receives it
    ("Moscow promised to supply Iran with fuel for its nuclear plant.", "AGREE", "RUS", "IRN"),  # guard
]


@pytest.mark.parametrize(
    ("text", "etype", "actor", "recipient"),
    SWEEP_ROUND33
    + SWEEP_ROUND32
    + SWEEP_ROUND31
    + SWEEP_ROUND30
    + SWEEP_ROUND29
    + SWEEP_ROUND28
    + SWEEP_ROUND27
    + SWEEP_ROUND25
    + SWEEP_ROUND24
    + SWEEP_ROUND23
    + SWEEP_ROUND22
    + SWEEP_ROUND21
    + SWEEP_ROUND20
    + SWEEP_ROUND19
    + SWEEP_ROUND18
    + SWEEP_ROUND17
    + SWEEP_ROUND16
    + SWEEP_ROUND15
    + SWEEP_ROUND14
    + SWEEP_ROUND13
    + SWEEP_ROUND12
    + SWEEP_ROUND11
    + SWEEP_ROUND10
    + SWEEP_TYPED
    + SWEEP_REFERENCE
    + SWEEP_PASSIVES
    + SWEEP_LEXICON
    + SWEEP_THREATS
    + SWEEP_AGREE
    + SWEEP_PROTEST_RETREAT
    + SWEEP_VERBAL_MATERIAL,
)
def test_sweep_typed_dyad(text: str, etype: str, actor: str | None, recipient: str | None) -> None:
    events, codes = _sides(text, "2024-05-01")
    found = [e for e in events if e.type == etype]
    assert any(
        (actor is None or actor in codes(e.actors)) and (recipient is None or recipient in codes(e.recipients))
        for e in found
    ), [(e.type, e.trigger, e.actors, e.recipients) for e in events]


@pytest.mark.parametrize(
    ("text", "act", "not_actor"),
    [
        ("Haitian radio stations went off the air in protest at the killing of a journalist.", "killing", "HTI"),
        ("Shops in Dhaka shut down in protest over the bombing of a rally.", "bombing", "BGD"),  # guard
        ("Pakistan condemned India after the attack on the convoy.", "attack", "PAK"),  # guard
        ("Nigerian police arrested 12 people after the riots.", "riots", "NGA"),
        ("Police detained 40 students in Dhaka following the demonstration.", "demonstration", "BGD"),  # guard
    ],
)
def test_an_act_protested_is_not_the_protesters(text: str, act: str, not_actor: str) -> None:
    events, codes = _sides(text, "1995-06-01")
    assert all(not_actor not in codes(e.actors) for e in events if act in e.trigger), [
        (e.type, e.trigger, e.actors) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "forces", "country"),
    [
        ("Iran said that its troops had shelled Iraqi villages.", "troops", "IRN"),
        ("The rebels said their fighters had attacked a Kenyan convoy in Somalia.", "fighters", "SOM"),  # guard
        ("Iraqi troops shelled Iranian villages.", "troops", "IRQ"),  # guard
    ],
)
def test_forces_of_a_possessive_pronoun(text: str, forces: str, country: str) -> None:
    rec = _record(text, "1995-06-01")
    found = [a for a in rec.actors if any(m.text.endswith(forces) for m in a.mentions)]
    assert found and found[0].country == country, [(a.name, a.country) for a in rec.actors]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # guards: their forces are now their own state's (below), so what they give must not become a side
        ("Syria offered its troops to Lebanon's president to help oust Aoun.", "SYR", "LBN"),  # guard
        ("Iran recalled its ambassador to Germany after the verdict.", "IRN", "DEU"),  # guard
        (
            "The United States warned that it will keep up pressure on Iran, as Tehran rejected its offer for talks.",
            "IRN",
            "USA",
        ),  # guard: 'its' is the other side's
    ],
)
def test_own_thing_given_is_no_side(text: str, actor: str, recipient: str) -> None:
    events, codes = _sides(text, "1995-06-01")
    main = [e for e in events if actor in codes(e.actors)]
    assert main and codes(main[0].recipients) & {"SYR", "LBN", "IRN", "DEU", "USA"} == {recipient}, [
        (e.type, e.trigger, e.actors, e.recipients) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Iraq fired Scud missiles at Israel.", "ISR"),
        ("Iraq launched Scud missiles at Saudi Arabia.", "SAU"),
        ("Iran shot down an Iraqi jet.", "IRQ"),  # guard: a weapon hit, not fired, is the target's
    ],
)
def test_weapon_fired_is_no_target(text: str, target: str) -> None:
    events, codes = _sides(text, "1991-01-20")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(codes(e.recipients) & {"IRN", "IRQ", "ISR", "SAU"} == {target} for e in attacks), [
        (e.trigger, e.actors, e.recipients) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The United States withdrew from the Paris climate accord.", None),
        ("Iran rejected the Geneva agreement.", None),
        ("Serbia accepted the Dayton agreement.", None),  # NER's organisation 'Dayton'
        ("Russia signed the Minsk accords with Ukraine.", None),  # Ukraine co-signs: an actor, not Minsk
        ("The United States pulled out of the Iran nuclear deal.", "IRN"),  # a country naming a deal is a side
    ],
)
def test_city_naming_an_agreement_is_no_side(text: str, kept: str | None) -> None:
    """'the Paris climate accord': the city an agreement is named after is where it was made, not a party."""
    events, codes = _sides(text)
    assert events, text
    assert codes(events[0].recipients) - {None} == ({kept} if kept else set()), events[0].recipients


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the accused of a complaint's clause, and whom a hand-over reaches, come first among the recipients
        ("A human rights group charged that Croatian authorities are violating the rights of Serb refugees.", "HRV"),
        ("Italy extradited two Libyan suspects to the United States on Friday.", "USA"),
    ],
)
def test_first_recipient(text: str, recipient: str) -> None:
    """The main recipient is the accused or the receiver, not the victims or the persons handed over."""
    events, codes = _sides(text)
    assert events and recipient in codes(events[0].recipients[:1]), [(e.type, e.recipients) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        '"We agreed to deepen our cooperation," Fidan told reporters after the meeting.',
        "Fidan told reporters after the meeting that Turkey and Egypt had agreed to deepen cooperation.",
    ],
)
def test_the_press_told_is_no_side(text: str) -> None:
    """Reporters a stance or meeting is told to are its audience, not its recipient."""
    rec = _record(text)
    names = {a.id: a.name.lower() for a in rec.actors}
    assert rec.events and not any("reporter" in names.get(i, "") for e in rec.events for i in e.recipients), [
        (e.type, [names.get(i) for i in e.recipients]) for e in rec.events
    ]


def test_a_groups_leader_is_not_its_place() -> None:
    """'the leader of ISIS in Iraq': a role of a transnational group is no Iraqi, and 'He' is that leader."""
    events, codes = _sides("The leader of ISIS in Iraq was killed. He was hunted down by U.S. forces.")
    assert len(events) == 2 and all("IRQ" not in codes(e.recipients) for e in events), [
        (e.type, e.recipients) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Pakistani and Indian troops traded fire across the Line of Control.", "PAK"),  # text order
        ("Azeri and Armenian forces clashed in Nagorno-Karabakh on Sunday.", "AZE"),
    ],
)
def test_first_actor(text: str, actor: str) -> None:
    """Coordinated modifiers keep their text order (the head's own actor came first)."""
    events, codes = _sides(text)
    assert events and actor in codes(events[0].actors[:1]), [(e.type, e.actors) for e in events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Yeltsin fired his prime minister on Monday.", "ASSAULT"),  # dismissal, no attack
        ("The president dismissed three generals on Friday.", "REJECT"),
        ("Rebels forced the president out of power on Sunday.", "COERCE"),  # no deportation
        ("Hundreds of people massed in front of the consulate.", "MOBILIZE"),  # a crowd, not troops
        ("He amassed 12 million followers on Douyin.", "MOBILIZE"),
        ("Kazakhstan's president signed a decree on Friday.", "SUPPORT"),  # a domestic act, no agreement
        ("Zimbabwe's Constitution guarantees the right to freedom of expression.", "AGREE"),  # a text, no promise
        ("The finance minister underlined the importance of the IMF loan for Pakistan.", "AID"),  # talked about
        ("The sanctions hit Russia's economy hard.", "ASSAULT"),  # only a weapon's hit is an attack
        ("Wang said the visit would promote peace, but he made no mention of the Ukraine war.", "ASSAULT"),
        ("The Commerce chief rebuffed fears that the tariffs would cause a recession.", "REJECT"),  # rhetoric
        ("He migrated under the Chinese Exclusion Act, which allowed Chinese merchants to enter the U.S.", "CONCEDE"),
        ("Despite her illness, she helps people like her learn how to run a business.", "AID"),  # no state helped
        ("Do you think Taiwan should upgrade its military assets?", "REQUEST"),  # a question demands nothing
        ("Demonstrators celebrated what they called a new victory for Sudan.", "REQUEST"),  # 'for' is victory's
        ('"The danger has not passed," agreed Polat Sayim, an exiled Uyghur activist.', "AGREE"),  # reports speech
        ('"These laws prevent aid workers from negotiating with armed groups," she said.', "COERCE"),  # a law's effect
        ("Pakistan accepted a $3 billion loan from the IMF.", "AGREE"),  # a loan received, no agreement
        ("A new maritime law will help Beijing tighten control over the disputed sea.", "AID"),  # a thing helps
        ("Russia wants to join the World Trade Organization.", "REQUEST"),  # its own wish, asks no one
        ("Iran wants peace with its neighbours.", "REQUEST"),
        ("Vietnam attracts medical tourists and charges less than its peers.", "ACCUSE"),  # a price, no charge
        ("Officials said five people had been killed in the crash.", "ASSAULT"),  # an accident
        ("Japan regrets its wartime actions.", "ACCUSE"),  # its own act: an apology
        ("In 2017, China released an AI development program.", "RETREAT"),  # a publication
        ("The ministry released a statement on Monday.", "RETREAT"),
        ("The UN called for talks on Monday.", "CONSULT"),  # 'on Monday' is no 'call on'
        ("President Clinton signed an order on Burma.", "SUPPORT"),  # a domestic act, no agreement
        ("Students in Jakarta clashed with police during a protest against rising prices.", "ASSAULT"),  # a riot
        ("General Augusto Pinochet was arrested in London on a Spanish warrant.", "ACCUSE"),  # no 'arrest warrant'
        ("An analyst told VOA that India and Japan are both concerned about Chinese aggression.", "ACCUSE"),
        ("Goldfein said he was unable to provide additional details.", "AID"),  # words are no aid
        ("Turkey's efforts could also provide impetus to its rapprochement with Egypt.", "AID"),
        ("Egyptian police prevented the activists from marching to the embassy.", "PROTEST"),  # no march took place
        ("Pakistan's foreign ministry summoned the Afghan envoy to protest the attack.", "PROTEST"),  # in words
        ("Russia called the sanctions illegal.", "SANCTION"),  # Russia imposes none: it judges them
        ("Iran called Israel's strikes illegal.", "PROTEST"),  # no 'call a strike'
        ("Noem said many of the illegal aliens are gang members.", "ACCUSE"),  # 'illegal' describes here
        ("Gunmen kidnapped two aid workers in Darfur.", "AID"),  # a kind of people, no aid
        ("The Elysee said France would send more troops to Bosnia.", "THREATEN"),
        ("Aung San Suu Kyi is still fighting, her lawyer said.", "ASSAULT"),  # a personal struggle
        ("The Houthis routinely deny receiving weapons from Iran.", "REJECT"),  # a habit, no one event
        ("China regularly sends warships near the Senkaku Islands.", "MOBILIZE"),
        ("Moscow often accuses Western governments of meddling.", "ACCUSE"),
        ('"She is still fighting," her lawyer Jane Mbeki told reporters.', "ASSAULT"),
        ("The rebels have ramped up attacks on security forces in Balochistan.", "MOBILIZE"),  # no 'ramp up security'
        ("Sali Berisha's opponents accused him of undermining democracy and allowing graft to flourish.", "CONCEDE"),
        ("Ankara has threatened to close or suspend U.S. operations at Incirlik.", "SANCTION"),  # threatened only
        ("A helicopter carrying EC truce monitors was shot down.", "RETREAT"),
        ("Washington speeded up the withdrawal of invasion forces from Panama.", "ASSAULT"),
        # a feared act has not happened
        ("The Uyghurs were terrified of being forced back to China.", "COERCE"),
        ("The refugees fear being deported to Myanmar.", "COERCE"),
        ("Thousands of Afghans are at risk of deportation from Pakistan.", "COERCE"),
        ("The ruling crushed the opposition leader's hopes of a quick return.", "ASSAULT"),  # only 'crush' + foe
        ("Customs officers seized 200 kg of heroin at the port of Karachi.", "ASSAULT"),  # a port as a setting
        ("Posters of the leader hung in every office.", "ASSAULT"),
        ("Kenya hosts 500,000 Somali refugees.", "CONSULT"),  # refugees are no guests on a visit
        ("The Federal Aviation Administration released air traffic control tapes from that night.", "RETREAT"),
        (
            "The U.N. Security Council has charged the inspectors with verifying that Iraq destroyed its missiles.",
            "ACCUSE",
        ),
        ("The allied rejection enabled Mr. Bush to seize the initiative from Iraq.", "COERCE"),
        ("A Kellogg officer, who asked not to be named, said the project was pulled.", "REQUEST"),  # anonymity
        ("A U.S. Embassy official in Nairobi, who refused to identify himself, said it was a bomb.", "REJECT"),
        ("An official who requested anonymity said the talks had failed.", "REQUEST"),
        ("Castro said as he wound up his speech at the theater that the battle had been won.", "ASSAULT"),
        ("The Miami kin said it can give him a better life off the communist island.", "AID"),
        ("The bombed-out embassy is expected to be demolished after the FBI has finished.", "ASSAULT"),  # no homes
        ("The decision was met with outrage by Cuban-Americans.", "CONSULT"),
        ("At least 21 passengers and four paramilitary troops died in the attack.", "ASSAULT"),  # told before
        ("In a speech delivered at the Pentagon, Bush seemed to suggest that American forces could stay.", "AID"),
        ("Foreigners could leave as soon as the threats from the United States are eliminated.", "ASSAULT"),
        ("Following the rebukes over the deportations, the Thai government said it would review the policy.", "ACCUSE"),
        ("Elian's relatives in Miami have fought to keep the boy.", "ASSAULT"),  # a struggle, not an attack
        ("The opposition fought to overturn the election result in court.", "ASSAULT"),
        ("Pakistan will fight drug trafficking.", "THREATEN"),  # a policy against an ill, no side threatened
        ("The Justice Department said in a news release that Kopp was charged.", "RETREAT"),  # no release
        ("The minister said the exercise of power must be transparent.", "MOBILIZE"),
        ("Last November, Japan held the Malabar Joint Maritime Exercise with the other three countries.", "MOBILIZE"),
        ("Three Kurdish activists pleaded not guilty in a Turkish court on Monday.", "REQUEST"),
        ("The two Iranian diplomats pleaded guilty to spying for Tehran.", "REQUEST"),
        ("The Russian defence minister recognized that the army had made mistakes in Chechnya.", "SUPPORT"),
        ("Yeltsin said he did not recall the meeting with the Japanese prime minister.", "SANCTION"),
        ("'I now do recall,' the U.S. ambassador said of his talks with Ukraine.", "SANCTION"),
        ("Yeltsin failed to deliver on his promise to end the war in Chechnya.", "AID"),
        ("The U.S. envoy said he was in charge of the negotiations with Ukraine.", "ACCUSE"),
        (
            "Beijing is worried about his behaviour, as demonstrated by his abrupt departure from Hanoi.",
            "PROTEST",
        ),  # guard
        ("The Russian envoy said the references to Ukraine struck him as political.", "ASSAULT"),
        (
            "'It is striking that tensions are rising everywhere,' the Japanese finance minister said.",
            "ASSAULT",
        ),  # guard
        ("Chinese troops took to the city's streets on Sunday.", "ASSAULT"),
        ("Firefighters battled a fire at the Russian embassy in Beijing.", "ASSAULT"),  # a blaze, no gunfire
        ("Trump attacked the former beauty queen in early-morning tweets.", "ASSAULT"),  # an attack in words
        ("The Iraqi newspaper Babel attacked Saudi Arabia in an editorial.", "ASSAULT"),
        ("A Trump tweet attacking a former Miss Universe drew criticism.", "ASSAULT"),
        ("The candidate released a letter from his doctor on Friday.", "RETREAT"),
        ("America's prison population has exploded since 1972.", "ASSAULT"),  # no bomb
        ("The bank said 5,300 employees were fired for their involvement.", "ASSAULT"),  # dismissed
        ("The Russian bank fired thousands of employees.", "ASSAULT"),
        ("Obama summoned his senior climate adviser to the Oval Office.", "ACCUSE"),  # no diplomat
        ("The stigma was reinforced by the 1994 crime bill.", "MOBILIZE"),
        ("More than 100,000 people took part in a walk-in at 2,000 schools in 238 cities.", "ASSAULT"),
        ("The Supreme Court could strike down the rules.", "ASSAULT"),
        ("Villagers in Fiji have been forced from their homes by high seas.", "ASSAULT"),
        ("Throwing obstacles at Mexico would be shooting yourself in the foot, the Mexican minister said.", "ASSAULT"),
        ("The exhibition captured the imagination of Egyptians.", "ASSAULT"),
        ('"I give him the benefit of the doubt," the Iraqi minister said.', "AID"),
        ("Trump has attacked loopholes that benefit hedge funds.", "ASSAULT"),  # in words
        ("The Justice Department delivered the immunity agreements to Congress.", "AID"),
        ("Wealthy donors are intent on deciding who will occupy the White House.", "THREATEN"),
        ("She occupies one of the key positions of power in Washington.", "ASSAULT"),
        ("The army executed the plan to retake the city.", "ASSAULT"),  # carried out, no execution
        ("North Korea is not thought to be capable of delivering warheads to the U.S. mainland.", "AID"),
        ("Trump has criticized free-trade deals such as the North American Free Trade Agreement.", "AGREE"),  # a name
        ("Holding an in-person Quad Summit on the sidelines of the G-7 Summit would not be provocative.", "AGREE"),
        ("Clinton talked to reporters at the White House.", "CONSULT"),  # the press, no consultation
        ("Clinton spoke with reporters at the White House.", "CONSULT"),
        (
            "A student in Beijing who spoke with VOA said the rules were strict.",
            "CONSULT",
        ),  # an interview  # 'take street', not 'take city'
        ("Prime Minister Boris Johnson and Labour leader Jeremy Corbyn attacked each other's policies.", "ASSAULT"),
        ("In the U.S., each company must fend for itself, Creemers said.", "REQUEST"),  # a rule for all
        ("The House opened impeachment proceedings against him for allegedly abusing his office.", "ASSAULT"),
        ("It is unclear whether Russia will attack Ukraine.", "THREATEN"),  # an open question: no one's threat
        ("Doctors detected a new strain of the virus in Kenya.", "MOBILIZE"),  # a sighting must be of forces
        ("Protesters swarmed the streets of Nairobi.", "MOBILIZE"),
        # a warning of a harm no one threatens foretells it ('warned of famine' already codes none)
        (
            "Despite warnings of starvation by relief agencies, the government kept the crossings closed.",
            "THREATEN",
        ),  # guard
        # leaving is withdrawing only for forces leaving a place; repatriating migrants is no refugees' return
        ("The minister left Moscow for Beijing on Tuesday.", "RETREAT"),  # guard
        ("The rebels left behind hundreds of mines.", "RETREAT"),  # guard
        ("Hong Kong repatriated 300 Vietnamese boat people on Monday.", "RETREAT"),  # guard
        # pressure is an act only come under, not as the frame of another act; pressure of the air is none
        ("Under pressure from Washington, the Haitian military agreed to let Aristide return.", "REQUEST"),  # guard
        ("Kenya received thousands of Somali refugees.", "CONSULT"),  # guard
        ("Israel paid a heavy price in the war.", "THREATEN"),  # guard: a price paid, no threat
        ("Thousands protested on Tuesday.", "PROTEST"),  # guard: a counted crowd with no place is no one
        ("Support for the plan grew in Japan.", "SUPPORT"),  # opinion, not support given
        ("Trump has record low support from black voters.", "SUPPORT"),  # a poll figure
        ("Trump received 38 percent support in the poll.", "SUPPORT"),  # a share of a poll, not support given
        ("Prices rose after the attack.", "ASSAULT"),  # guard: a dated act needs a target named
        ("Troops stood by as the crowd looted shops.", "SUPPORT"),  # guard: standing by no one
        ("Turkish warplanes, backed by artillery, pounded rebel bases.", "SUPPORT"),  # guard: no one named backs
        ("Investigators examined crimes committed by Croat forces.", "AGREE"),  # guard: no commitment
        (
            "A suicide analysis released by the Department of Veterans Affairs shows a rise.",
            "RETREAT",
        ),  # guard: a report
        ("Washington imposed a 25% tariff on all products exported to the United States.", "COOPERATE"),  # guard
        ("Iraq harboured ambitions to dominate the Gulf.", "AID"),  # guard
        ("The generals have been reduced to rubble, he said.", "ASSAULT"),  # guard
        # a possessor who underwent the act ('his release') neither did it nor makes the clause's subject do it
        ("Mandela became president four years after his release.", "RETREAT"),
        ("The Kenyan opposition leader went on hunger strike after his arrest.", "THREATEN"),
        ("We make no apology for our policy, the Iranian minister said.", "SUPPORT"),  # guard
        ("He has surrounded himself with pro-Moscow advisors.", "COERCE"),  # guard
        ("The facts surrounding his death are still being gathered.", "COERCE"),  # guard
        ("Thomas Jefferson bought the property from King George III of England.", "COOPERATE"),  # guard
        ("He said he would never vote for Clinton.", "SUPPORT"),  # guard
        # an act its pronoun owner underwent, told in passing with no place of its own, has no agent to infer
        ("After their expulsion, many Chagossians settled in Mauritius.", "COERCE"),
        # an event noun a verb ends or keeps from happening is no act of it, nor a threat
        ("Yeltsin vowed to end the war in Chechnya.", "THREATEN"),
        ("Clinton pledged to stop the fighting in Bosnia.", "THREATEN"),
        ("India vowed to avoid a war with Pakistan.", "THREATEN"),
        ("The company invests in vacant houses and rents them out.", "COOPERATE"),  # guard
        ("The Khmer Rouge abducted three Western tourists from a train in southern Cambodia.", "AID"),  # guard
        # forces moving into a place invade; others only move
        ("Thousands of refugees poured into Tanzania.", "ASSAULT"),  # guard
        ("The army pushed ahead with its plans.", "ASSAULT"),  # guard
        ("Iraqi troops marched into Kuwait.", "PROTEST"),
        # calls received or returned are contacts, not demands
        ("Officials began receiving 911 calls on Tuesday afternoon.", "REQUEST"),  # guard
        ("Swift has not been returning Braun's calls.", "REQUEST"),  # guard
        # the object of a cause is no word of a verb's pattern
        ("The summit was canceled because of domestic protests.", "CONCEDE"),  # guard
        ("South Africa's ANC called off a planned general strike.", "PROTEST"),
        ("Iraq said it had destroyed all its chemical weapons.", "ASSAULT"),
        # people fleeing a place do not withdraw from it
        ("Thousands of civilians abandoned the city of Goma.", "RETREAT"),  # guard
        ("Thousands of civilians evacuated their positions near the front.", "RETREAT"),
    ],
)
def test_no_such_event(text: str, etype: str) -> None:
    """Verbs of attack, rejection and expulsion that mean something else with these objects."""
    events, _ = _sides(text)
    assert all(e.type != etype for e in events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "historical"),
    [
        ("A NATO spokesman said NATO jets had bombed Serb artillery positions near Sarajevo.", False),  # backshift
        ("The army had bombed the village before the truce.", True),  # pluperfect background
    ],
)
def test_pluperfect_under_a_verb_of_saying(text: str, historical: bool) -> None:
    events, _ = _sides(text)
    bombed = [e for e in events if e.trigger == "bombed"]
    assert bombed and ("historical" in bombed[0].modality) == historical


def test_undated_un_chief_is_the_un() -> None:
    """Phoenix's 'ELI' (out of office) is no country: with no date, the UN chief keeps his office's sector."""
    events, codes = _sides("Kofi Annan flew to Baghdad on Friday for talks with Saddam Hussein.")
    assert events and "IGO" in codes(events[0].actors) and "IRQ" in codes(events[0].recipients)


def test_clause_on_the_denier_is_not_denied(nlp) -> None:  # type: ignore[no-untyped-def]
    events, _ = _code(nlp, "Imran Khan, who resigned as party leader in 2013, rejected the allegations on Thursday.")
    resigned = [e for e in events if e.trigger == "resigned"]
    assert resigned and "denied" not in resigned[0].modality


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Amnesty International demanded that the Sudanese government end curbs on the press.", "SDN"),
        ("The rebels insisted on their demands that Burundi's government grant them more rights.", "BDI"),
        ("Egypt urged that Israel open the crossing.", "ISR"),
    ],
)
def test_request_addresses_the_clause_subject(nlp, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, text)
    req = [e for e in events if e.type == "REQUEST"]
    assert req and req[0].recipients, [(e.type, e.recipients) for e in events]
    assert actors[req[0].recipients[0]].country == country


def test_intended_act_gives_the_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, "Turkey refused to sell drones to Greece.")
    rej = [e for e in events if e.type == "REJECT"]
    assert rej and [actors[i].country for i in rej[0].recipients] == ["GRC"]


def test_standing_practice_is_no_event() -> None:
    events = _extract("The government bans fishing in the gulf each year to protect fish stocks.").events
    assert "COERCE" not in [e.type for e in events]


def test_event_noun_in_time_adjunct_is_its_own_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Following talks with Peruvian President Dina Boluarte, Chilean President Gabriel Boric praised the deal."
    events, _ = _code(nlp, text)
    assert {"CONSULT", "SUPPORT"} <= {e.type for e in events}, [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Analysts point out that India backs the military base.", "SUPPORT"),  # commentary, not a reported act
        ("Ranchers say they need protection from regular attacks by militias.", "ASSAULT"),  # a pattern
    ],
)
def test_commentary_and_patterns_are_no_events(text: str, etype: str) -> None:
    assert etype not in [e.type for e in _extract(text).events]


def test_agentless_deportation_takes_the_story_state() -> None:
    text = (
        "The United States tightened its border rules on Monday. U.S. officials said the policy works."
        " Dozens of migrants were deported to Honduras on Tuesday."
    )
    rec = _extract(text, "2024-05-01")
    by_id = {a.id: a for a in rec.actors}
    coerce = [e for e in rec.events if e.type == "COERCE"]
    assert coerce and [by_id[i].country for i in coerce[-1].actors] == ["USA"]


@pytest.mark.parametrize(("text", "etype"), NO_EVENT + NO_EVENT_R3 + NO_EVENT_R4 + NO_EVENT_R5)
def test_no_event_coded(nlp, text: str, etype: str) -> None:  # type: ignore[no-untyped-def]
    events, _ = _code(nlp, text)
    assert etype not in [e.type for e in events], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), FRAMES + ROUND_FOUR)
def test_event_frames(nlp, text: str, etype: str, actor: str | None, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, text)
    hits = [e for e in events if e.type == etype]
    assert hits, [(e.type, e.trigger) for e in events]
    countries = {actors[i].country for e in hits for i in e.actors}
    assert any(_named(e.actors, actors, actor) for e in hits) or (actor or "")[:3].upper() in countries
    assert any(_named(e.recipients, actors, recipient) for e in hits)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Biden condemned Russia after the attack on Kyiv.", "attack"),
        ("The Indian prime minister expressed solidarity with Israel after the attacks.", "attacks"),
        ("After the bombing, Pakistan's army launched an offensive against the Taliban.", "bombing"),
    ],
)
def test_act_reacted_to_has_no_clause_agent(text: str, trigger: str) -> None:
    """A definite act in a time adjunct is what the clause reacts to: its subject did not do it."""
    events, codes = _sides(text, "2024-05-01")
    assert not [e for e in events if e.trigger == trigger and codes(e.actors)], [(e.trigger, e.actors) for e in events]
    assert events, "the clause's own event is still coded"


def test_deployed_forces_are_no_recipients() -> None:
    events, codes = _sides("Turkey deployed 20,000 troops along its border on Friday.", "2024-05-01")
    mob = [e for e in events if e.type == "MOBILIZE"]
    assert mob and not any(codes(e.recipients) for e in mob), [(e.trigger, e.recipients) for e in mob]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Yugoslavia expelled two Albanian diplomats.", "SRB"),
        ("The Soviet Union withdrew its troops from Afghanistan.", "RUS"),
        ("Zaire closed its border with Rwanda.", "COD"),
        ("Protesters gathered in Belgrade.", "SRB"),
    ],
)
def test_former_states_and_capitals_take_the_successor(text: str, country: str) -> None:
    rec = _record(text)
    assert country in {a.country for a in rec.actors}, [(a.name, a.country) for a in rec.actors]


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Berisha's opponents accused him of undermining democracy.", "Berisha"),
        ("Critics of the Kenyan government condemned the arrests.", "Kenya"),
    ],
)
def test_counterpart_nouns_do_not_act_for_their_other_side(nlp, text: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events, actors = _code(nlp, text)
    assert not any(_named(e.actors, actors, not_actor) for e in events), [(e.type, e.actors) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ministry released a statement on Monday.", "released"),
        ("The Colombian army released a video of the raid.", "released"),
        ("Trump said he would help secure Jimmy Lai's release.", "release"),
    ],
)
def test_released_things_and_possessed_releases(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    """A statement released is no RETREAT; in 'Lai's release' Lai is released, he releases nobody."""
    events, _ = _code(nlp, text)
    assert not [e for e in events if e.trigger == trigger and e.type == "RETREAT" and e.actors], [
        (e.type, e.trigger, e.actors) for e in events
    ]


def test_venue_of_talks_is_no_side() -> None:
    events, codes = _sides("Pakistani and Indian officials held talks in Geneva.", "2024-05-01")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and {"PAK", "IND"} <= codes(talks[0].actors) and not codes(talks[0].recipients) - {None}
    assert talks[0].location is not None and talks[0].location.country == "CHE"


@pytest.mark.parametrize(
    "text",
    [
        "Nearly simultaneous bombings at U.S. embassies in Tanzania and Kenya killed 258 people.",
        "A rocket attack on the U.S. embassy in Baghdad killed two guards.",
        "Suspected bombs exploded outside the U.S. embassies in the Kenyan and Tanzanian capitals, killing dozens.",
    ],
)
def test_an_attack_does_not_act_for_what_it_hit(text: str) -> None:
    """An attack noun as a verb's subject brings its own sides: what it hit ('at/on the U.S. embassy') receives
    the harm, never acts, and no country named further left stands in for its unnamed doer."""
    events, codes = _sides(text, "1998-08-20")
    found = [e for e in events if e.type == "ASSAULT"]
    assert found and all("USA" not in codes(e.actors) for e in found), [
        (e.trigger, e.actors, e.recipients) for e in events
    ]
    assert any("USA" in codes(e.recipients) for e in found)


@pytest.mark.parametrize(("published", "country"), [("2024-06-01", "COD"), ("1996-06-01", "COG")])  # 1996: guard
def test_a_place_whose_country_changed_is_the_days(nlp, published: str, country: str) -> None:  # type: ignore[no-untyped-def]
    """'Congo' was Brazzaville while the DRC was Zaire; the event's place reads the name on the story's day."""
    events, _ = _code(nlp, "Rebels attacked a village in eastern Congo on Monday.", published)
    found = [e.location.country for e in events if e.type == "ASSAULT" and e.location is not None]
    assert found == [country], [(e.trigger, e.location) for e in events]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two civilians were killed by a bomb in northern Iraq.", "IRQ"),  # inside the agent's phrase
        ("A car bomb exploded in a crowded market in Baghdad, killing 12 people.", "IRQ"),  # the place's own place
        ("A roadside bomb killed three policemen in Helmand province.", "AFG"),  # the name word of 'province'
        ("Three US servicemen were killed by a roadside bomb outside of the Iraqi city of Basra.", "IRQ"),
        ("A minefield explosion near the town of Samarra killed two youths.", "IRQ"),  # NER: Samarra a people
        ("An explosion ripped through a bus in Jerusalem, killing nine people.", "ISR"),  # the participle's clause
        ("Gunmen killed five villagers in the south of Algeria.", "DZA"),  # 'the south of X' names X
        ("A bomb exploded outside the U.S. embassy in Nairobi, killing dozens of people.", "KEN"),  # not the owner
    ],
)
def test_where_an_attack_happened(text: str, country: str) -> None:
    events, _codes = _sides(text)
    found = [e.location.country for e in events if e.type == "ASSAULT" and e.location is not None]
    assert found and set(found) == {country}, [(e.trigger, e.location) for e in events]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two civilians were killed by a bomb in northern Iraq.", "IRQ"),
        ("Three French tourists were kidnapped in Yemen.", "YEM"),  # the kidnappers of Yemen, not France
        ("A suicide bomber blew himself up outside a mosque in Kabul, killing at least 20 worshippers.", "AFG"),
        ("A landmine blast killed two Cambodian farmers.", None),  # no place named: no one to name
        ("No one was killed in the attack on the convoy in Helmand.", None),  # nothing done
        ("Two protesters were arrested in Nairobi.", None),  # an arrest's agent is Kenya's state, not unidentified
    ],
)
def test_an_agentless_attack_has_an_unidentified_actor(text: str, country: str | None) -> None:
    """PLOVER's sector UNK, 'the actor for "two civilians were killed by a bomb"', of the country where it
    happened: the perpetrators are unknown, the place is not."""
    rec = _record(text)
    by_id = {a.id: a for a in rec.actors}
    unknown = [by_id[i] for e in rec.events for i in e.actors if by_id[i].sector == "UNK"]
    if country is None:
        assert not unknown, [(e.type, e.trigger, e.actors) for e in rec.events]
    else:
        assert unknown and {(a.country, a.code) for a in unknown} == {(country, f"{country}UNK")}
        assert all(not a.mentions for a in unknown)  # the text names no one: no span to point to


def test_belgrade_is_in_serbia() -> None:
    from newsgraph.events.location import resolve_place

    loc = resolve_place("Belgrade")
    assert loc is not None and loc.country == "SRB"


SWEEP_STORY = [
    # (two sentences, type, actor code, recipient code or None): an event of the second sentence, whose sides
    # the first sentence introduces (pronouns, 'the group', 'the bloc', 'they', surnames), written for this table
    (
        "Last month, Baloch insurgents ambushed a bus in Kalat. Days later, a convoy was passing through the "
        "district when it came under attack.",
        "ASSAULT",
        "PAK",
        "PAK",
    ),
    (
        "Indian Prime Minister Narendra Modi arrived in Mauritius on Tuesday. He will discuss upgrading India's "
        "defense ties with the island nation.",
        "AGREE",
        "IND",
        "MUS",
    ),
    (
        "The Philippine government said 250 Chinese vessels of China's maritime militia were spotted near reefs "
        "that China claims. The government demanded that Beijing remove them immediately.",
        "REQUEST",
        "PHL",
        "CHN",
    ),
    (
        "Gunmen stormed a hotel in the Somali city of Beledweyne, al-Shabab said. The group carried out "
        "a bombing in Mogadishu on Monday.",  # was 'frequently conducts bombings': a habit is no event
        "ASSAULT",
        "REB",
        None,
    ),
    (
        "Gangs have attacked police stations across Haiti this year. Armed men kidnapped two American missionaries "
        "in the capital.",
        "ASSAULT",
        "HTI",
        "USA",
    ),
    (
        "The Baloch Liberation Army attacked a train on Tuesday. The Taliban government rejected the charge. "
        "Last year, the group killed 14 soldiers in Balochistan.",
        "ASSAULT",
        "PAK",
        "PAK",
    ),
    (
        "Kenyan President William Ruto arrived in Kampala on Monday. He held talks with Ugandan President Yoweri Museveni on trade.",
        "CONSULT",
        "KEN",
        "UGA",
    ),
    (
        "The Chinese foreign ministry spokesman, Lin Jian, spoke to reporters on Tuesday. He urged Manila to stop provocations in the South China Sea.",
        "REQUEST",
        "CHN",
        "PHL",
    ),
    (
        "Poland's prime minister visited Kyiv on Friday. During the visit, he pledged more military aid to Ukraine.",
        "AGREE",
        "POL",
        "UKR",
    ),
    (
        "Iran's supreme leader spoke in Tehran on Wednesday. He accused the United States of plotting against the Islamic Republic.",
        "ACCUSE",
        "IRN",
        "USA",
    ),
    (
        "The Malian junta took power in 2021. It expelled the French ambassador in January 2022.",
        "SANCTION",
        "MLI",
        "FRA",
    ),
    (
        "Human Rights Watch released a report on Thursday. The group accused Ethiopian troops of executing civilians in Amhara.",
        "ACCUSE",
        "NGO",
        "ETH",
    ),
    (
        "Venezuela's opposition leader Maria Corina Machado went into hiding. The government has accused her of treason.",
        "ACCUSE",
        "VEN",
        "VEN",
    ),
    (
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo. The two leaders agreed to resume regular summits.",
        "AGREE",
        "JPN",
        None,
    ),
    (
        "Russia launched a massive missile attack on Ukraine overnight. Kyiv said it shot down 30 of the 40 missiles.",
        "ASSAULT",
        "UKR",
        None,
    ),
    (
        "The U.S. ambassador to the U.N. addressed the Security Council. She called on Russia to withdraw its forces from Ukraine.",
        "REQUEST",
        "USA",
        "RUS",
    ),
    (
        "Egyptian mediators have been shuttling between Israel and Hamas. Cairo proposed a new truce on Sunday.",
        "AGREE",
        "EGY",
        None,
    ),
    (
        "Thousands of Serbian students marched in Belgrade on Saturday. They demanded the resignation of the government.",
        "REQUEST",
        "SRB",
        "SRB",
    ),
    (
        "The African Union suspended Niger after the coup. The bloc also demanded the release of President Mohamed Bazoum.",
        "REQUEST",
        "IGO",
        "NER",
    ),
    (
        "Colombian President Gustavo Petro traveled to Caracas on Tuesday. Petro met Venezuelan leader Nicolas Maduro at the Miraflores palace.",
        "CONSULT",
        "COL",
        "VEN",
    ),
    # a described head: 'the banned separatist militant group', 'the North African kingdom'
    (
        "The Baloch Liberation Army hijacked a train on Tuesday. The banned separatist militant group then "
        "attacked a military convoy in Balochistan.",
        "ASSAULT",
        "PAK",
        None,
    ),
    (
        "Morocco recalled its ambassador from Algeria. The North African kingdom accused Algiers of hostility.",
        "ACCUSE",
        "MAR",
        "DZA",
    ),
    (
        "Ghana recalled its envoy to France. The West African nation accused Paris of interference.",
        "ACCUSE",
        "GHA",
        "FRA",
    ),
    # 'the island nation' is an island state: not Britain, which borders Ireland
    ("Mauritius signed a deal with Britain on Thursday. India praised the island nation.", "SUPPORT", "IND", "MUS"),
    # 'the two presidents', 'both prime ministers': the pair of leaders named before
    ("Putin hosted Erdogan in Sochi. The two presidents agreed to set up a buffer zone.", "AGREE", "TUR", None),
    ("Biden met Xi in Bali. Both presidents agreed to resume military talks.", "AGREE", "CHN", None),
    ("Modi met Ramgoolam in Port Louis. The two prime ministers signed eight pacts.", "SUPPORT", "IND", None),
    (
        "The Iranian foreign ministry summoned the German ambassador on Tuesday. It protested against the verdict "
        "of a Berlin court.",
        "ACCUSE",
        "IRN",
        "DEU",
    ),  # 'it' protests in words
    # an object 'them' is the latest plural group named before it, not its own clause's subject
    ("Britain expelled two Iranian diplomats on Tuesday. It accused them of spying.", "ACCUSE", "GBR", "IRN"),
    ("Iraqi troops detained three Kuwaiti fishermen. Baghdad later released them.", "RETREAT", "IRQ", "KWT"),
    ("Rebels seized two French aid workers in Sudan. They released them on Friday.", "RETREAT", "SDN", "FRA"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Mali expelled the French ambassador. The neighbouring country condemned the expulsion.",
        "Al-Shabab attacked a base. The largest group of protesters condemned the attack.",
        "Hamas fired rockets at Israel. The Islamist militant group Islamic Jihad condemned the strikes.",
    ],
)
def test_a_described_head_pointing_elsewhere_refers_to_no_one(text: str) -> None:
    """'The neighbouring country', 'the largest group', a description its name follows: no earlier side."""
    rec = _record(text, "2024-05-01")
    second = text.index(". ") + 2
    first_named = [a for a in rec.actors if a.mentions and min(m.start for m in a.mentions) < second]
    # no actor named in the first sentence is mentioned in the second by a description ('The ... country')
    described = [
        m.text for a in first_named for m in a.mentions if m.start >= second and m.text.lower().startswith("the ")
    ]
    assert described == [], described


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), SWEEP_STORY)
def test_sweep_second_sentence(text: str, etype: str, actor: str, recipient: str | None) -> None:
    events, codes = _sides(text, "2024-05-01")
    second = text.split(". ", 1)[1]
    found = [e for e in events if e.type == etype and e.sentence in second]
    assert any(actor in codes(e.actors) and (recipient is None or recipient in codes(e.recipients)) for e in found), [
        (e.type, e.trigger, e.actors, e.recipients) for e in events
    ]


MODALITY_SWEEP = [
    # (text, type, modality flags the event must carry), written for this table
    ("Russia has not condemned the attack on the embassy.", "ACCUSE", {"negated"}),
    ("Turkey denied that its jets had bombed Kurdish villages.", "ASSAULT", {"denied"}),
    ("Israel may strike Iranian nuclear sites, officials warned.", "ASSAULT", {"hypothetical"}),
    ("According to media reports, Chinese and Indian troops clashed on the border.", "ASSAULT", {"unconfirmed"}),
    ("Kenyan police reportedly arrested 20 protesters in Nairobi.", "COERCE", {"unconfirmed"}),
    ("In 2003, the United States invaded Iraq.", "ASSAULT", {"historical"}),
    ("Syria has allegedly used chemical weapons against civilians.", "ASSAULT", {"unconfirmed"}),
    ("Egypt did not invite Israel to the summit.", "AGREE", {"negated"}),
    ("If Iran enriches uranium further, the EU will impose new sanctions.", "THREATEN", set()),  # made now
    ("Hungary blocked the EU sanctions package against Russia.", "SANCTION", {"negated"}),  # blocked: none came
    ("Turkey said it would not hesitate to strike Kurdish rebel bases.", "THREATEN", set()),  # made now
    ("A U.S. general said he expects North Korea to launch a long-range missile.", "MOBILIZE", {"future"}),
    # a forecast of a hostile act is that act ahead, not a threat; an intent to do one is a threat
    ("Judges are likely to find the publisher guilty.", "SANCTION", {"future"}),
    ("The EU is expected to impose new sanctions on Russia.", "SANCTION", {"future"}),
    ("Russia plans to attack Kyiv.", "THREATEN", set()),  # the plan is held now
    # an 'if' clause the parser hung on a particle read as a preposition ('stand idly by if ...')
    ("Syria said it would not stand idly by if Israel attacked Lebanon.", "ASSAULT", {"hypothetical"}),
    # an intent whose act is negated is a refusal or a promise; the intent itself happened
    ("Serbia vowed never to recognize Kosovo's independence.", "REJECT", set()),
    ("Britain argued against sending troops to Bosnia.", "MOBILIZE", {"negated"}),  # 'against' negates
    ("There was no evidence of Iran supplying weapons to the rebels.", "AID", {"negated"}),  # 'no evidence of'
    ("Kenyan authorities banned the refugees from traveling to Lamu.", "COERCE", set()),  # the ban happened
    # a decision reported is the act decided ('decided to allow' is the PLOVER gold's CONCEDE, not an intent)
    ("Iran decided to recall its ambassador from Iraq.", "SANCTION", set()),
    # a bare 'is to' with a named subject arranges what is ahead
    ("Japan is to lend 500 million dollars to Indonesia.", "AGREE", {"future"}),
    # an involvement denied is the act denied
    ("Libya denied that it was involved in the bombing of a Berlin discotheque.", "ASSAULT", {"denied"}),
]


@pytest.mark.parametrize(
    "text",
    [
        "If Iran enriches uranium further, the EU will impose new sanctions.",
        "Trump said he will impose a 200% tariff on European wine if the EU does not drop its whiskey tariff.",
        "Turkey said it would not hesitate to strike Kurdish rebel bases.",
        "Russia plans to attack Kyiv.",
        "Iraq said it would boycott the talks with Kuwait.",
    ],
)
def test_a_threat_is_made_now(text: str) -> None:
    """A threat is not a future event: what it threatens lies ahead, the threat itself is dated when made."""
    rec = _record(text, "2025-03-13")
    threats = [e for e in rec.events if e.type == "THREATEN"]
    assert threats and all("future" not in e.modality and e.date.start == "2025-03-13" for e in threats), [
        (e.modality, e.date) for e in threats
    ]


@pytest.mark.parametrize(("text", "etype", "flags"), MODALITY_SWEEP)
def test_modality_sweep(text: str, etype: str, flags: set[str]) -> None:
    events, _ = _sides(text, "2024-05-01")
    assert any(e.type == etype and flags <= set(e.modality) for e in events), [
        (e.type, e.trigger, e.modality) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Chido hit Mozambique in December. Malawi was struck by Chido a week later.",
        "Collapsing buildings injured 15 people in Malawi.",
        "His remarks are likely to be seized on by nationalist populists in Hungary.",
    ],
)
def test_storms_accidents_and_idioms_are_no_attacks(text: str) -> None:
    events, _ = _sides(text, "2024-05-01")
    assert not [e for e in events if e.type in ("ASSAULT", "COERCE", "THREATEN")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Cuba drew sharp criticism from the United States for jailing dissidents.", "ACCUSE"),
        ("The Bosnian Serbs came under heavy criticism from NATO after they shelled Sarajevo.", "ACCUSE"),
    ],
)
def test_the_undergone_act_is_the_news(text: str, etype: str) -> None:
    """A noun its subject undergoes ('drew criticism', 'came under criticism') is the sentence's act, as its
    verb would be; the act criticised, in a reason or time clause, is not."""
    from newsgraph.eval.events import pick_event

    events, _ = _sides(text)
    picked = pick_event(events)
    assert picked is not None and picked.type == etype, [(e.type, e.trigger, e.confidence) for e in events]


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("Israel pulled its troops out of the southern Lebanon security zone.", "RETREAT", "LBN"),
        ("Yeltsin promised to pull Russian troops out of Estonia by the end of August.", "CONCEDE", "EST"),
    ],
)
def test_the_forces_withdrawn_receive_nothing(text: str, etype: str, place: str) -> None:
    """'Israel pulled its troops out of Lebanon': the troops are what is withdrawn; Lebanon receives the act,
    also when the withdrawal is what is promised."""
    events, codes = _sides(text)
    found = [e for e in events if e.type == etype]
    assert found and all(codes(e.recipients) - {None} == {place} for e in found), found


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The foreign ministers of Greece and Turkey met on the sidelines of the NATO summit.", "IGO"),
        # a people's name before the group gives its country, not the place it meets in
        ("The Philippine government began peace talks with the Moro rebels in Jakarta.", "IDN"),
    ],
)
def test_a_venue_names_no_side(text: str, venue: str) -> None:
    """'met on the sidelines of the NATO summit': where the meeting happened is no party to it."""
    events, codes = _sides(text)
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and all(venue not in codes(e.recipients) for e in meetings), meetings


@pytest.mark.parametrize(
    ("text", "unconfirmed"),
    [
        ("Security sources said the Pakistani army killed 30 militants in Balochistan.", False),  # attributed
        ("One source said the Pakistani army killed 30 militants in Balochistan.", True),  # one source alone
        ("Sources said the Pakistani army killed 30 militants in Balochistan.", True),  # no side named
        ("Unnamed sources said the Pakistani army killed 30 militants in Balochistan.", True),
        ("According to media reports, the Pakistani army killed 30 militants in Balochistan.", True),
    ],
)
def test_sources_named_by_their_side_attribute_without_hedging(text: str, unconfirmed: bool) -> None:
    """'Security sources said' names who says it (attributed_text), as 'officials said' does; bare or unnamed
    sources, a lone source and media reports leave an event unconfirmed."""
    events, _ = _sides(text)
    kills = [e for e in events if e.type == "ASSAULT"]
    assert kills and all(("unconfirmed" in e.modality) == unconfirmed for e in kills), [e.modality for e in kills]
    if text.startswith("Security"):
        assert {e.attributed_text for e in kills} == {"Security sources"}


def test_a_verb_form_the_lemmatizer_did_not_know_is_stemmed(nlp) -> None:  # type: ignore[no-untyped-def]
    """'petitioned' keeps its form as lemma in the small model; the regular spelling rules give 'petition'."""
    from newsgraph.events.triggers import _stems

    doc = nlp("Kurdish leaders petitioned the Security Council. Rebels attacked the town.")
    assert "petition" in _stems(doc[2])
    assert _stems(doc[7]) == []  # 'attacked': the lemmatizer knew it


@pytest.mark.parametrize(
    "text",
    [
        "Guatemalan rebels and the government signed a ceasefire accord in Oslo on Tuesday.",
        "The Angolan government and UNITA rebels agreed on a truce in Lusaka.",
        "Tajik opposition fighters attacked a village near the Afghan border.",
        "Rebels attacked a village near the Thai border.",
    ],
)
def test_a_venue_or_a_border_is_no_side(text: str) -> None:
    """Where sides sign or agree is a venue ('in Oslo'); the country across a border an act is near names no
    side ('near the Thai border'), neither the act's recipient nor its unnamed actors' country."""
    events, codes = _sides(text, "1995-06-01")
    assert events, text
    named = {c for e in events for c in codes(e.actors) | codes(e.recipients)}
    assert not named & {"NOR", "ZMB", "AFG", "THA"}, [(e.type, e.actors, e.recipients) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Yeltsin and Clinton discussed NATO expansion by telephone.",
        "Clinton discussed the Bosnian crisis with Yeltsin.",
    ],
)
def test_a_topic_discussed_is_no_side(text: str) -> None:
    events, codes = _sides(text, "1995-06-01")
    found = [e for e in events if e.type == "CONSULT"]
    assert found and not any({"IGO", "BIH"} & codes(e.recipients) for e in found), [
        (e.trigger, e.recipients) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "French troops arrived in Kigali.",
        "Russian warplanes flew to Venezuela.",
        "Morgan Kehr, a senior firefighter from Edmonton, has flown in to join his Australian colleagues.",
        "Officials decided to remove the migrants, flying them instead to Louisiana.",
    ],
)
def test_forces_and_freight_make_no_visit(text: str) -> None:
    """Troops or warplanes arriving are deployed, not visiting; an infinitive's 'to' is no destination; flying
    someone somewhere is transport."""
    events, _ = _sides(text, "1995-06-01")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


def test_who_asked_for_an_act_does_not_receive_it() -> None:
    """'At the urging of Egypt', 'at the request of Kuwait': the owner of the instigation asked for the act; the
    act's side is named elsewhere ('talks with Israel')."""
    events, codes = _sides("At the urging of Egypt, the PLO agreed to resume talks with Israel.", "1995-06-01")
    found = [e for e in events if e.type == "AGREE"]
    assert found and all("EGY" not in codes(e.recipients) for e in found), [(e.trigger, e.recipients) for e in events]
    assert any("ISR" in codes(e.recipients) for e in found)


def test_a_qualified_town_is_located_in_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    """'in Tripoli, Lebanon': the event happened in Lebanon's Tripoli (its coordinates), not Libya's capital."""
    events, _ = _code(nlp, "A car bomb exploded in Tripoli, Lebanon, killing five people.")
    located = [e.location for e in events if e.location is not None]
    assert located and all(loc.country == "LBN" for loc in located), located
    assert located[0].lat is not None and 34 < located[0].lat < 35, located[0]


def test_a_request_not_to_act_is_no_negated_request() -> None:
    """'told national governments they shouldn't close borders' asks for something (not to close them): a
    REQUEST to the governments, not a negated one."""
    events, codes = _sides("The EU told Hungary that it shouldn't close its borders.", "2024-05-01")
    found = [e for e in events if e.type == "REQUEST"]
    assert found and "negated" not in found[0].modality and "HUN" in codes(found[0].recipients), events


def test_the_side_a_swap_is_made_with_receives_it() -> None:
    """'exchanged prisoners with Eritrea': Eritrea receives the swap, not the (Ethiopian) prisoners swapped."""
    events, codes = _sides("Ethiopia exchanged prisoners with Eritrea on Tuesday.", "1997-06-01")
    found = [e for e in events if e.type == "RETREAT"]
    assert found and codes(found[0].recipients) - {None} == {"ERI"}, [(e.type, e.recipients) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        '"No one should be detained at Guantanamo," the Cuban foreign minister said.',
        "The refugees must not be forced to return to Syria, the Turkish president said.",
    ],
)
def test_a_demand_of_a_negative_act_is_no_negated_request(text: str) -> None:
    """What someone says must not happen, or no one should do, is still their request."""
    events, _codes = _sides(text, "2024-05-01")
    found = [e for e in events if e.type == "REQUEST"]
    assert found and all("negated" not in e.modality for e in found), [(e.trigger, e.modality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia's government and Tigrayan forces signed a peace deal in Pretoria.",
        "Israel and the PLO signed an accord in Washington.",
    ],
)
def test_where_a_deal_is_signed_is_no_side(text: str) -> None:
    """The place in the phrase of what was signed or agreed is its venue, not a recipient."""
    events, codes = _sides(text, "2024-05-01")
    found = [e for e in events if e.type in ("SUPPORT", "AGREE")]
    assert found and all(not codes(e.recipients) & {"ZAF", "USA"} for e in found), events


@pytest.mark.parametrize(
    ("text", "trigger_word"),
    [
        ("Israel refused to halt settlement building despite calls from the United States.", "calls"),
        ("Taliban fighters abandoned their positions around Kunduz after heavy U.S. bombing.", "bombing"),
        ("Iran refused to negotiate after the attack on its embassy.", "attack"),
    ],
)
def test_what_an_act_answers_or_holds_out_against_is_not_negated(text: str, trigger_word: str) -> None:
    """An act after which or despite which a clause happens did happen, whatever the clause's verb denies."""
    events, _ = _sides(text, "2024-05-01")
    found = [e for e in events if trigger_word in e.trigger]
    assert found and all("negated" not in e.modality for e in found), events


@pytest.mark.parametrize(
    ("text", "trigger_word"),
    [
        ("Malawi avoided a hit from Dikeledi but was struck by Chido in December.", "struck"),
        ("Journalists have been blocked or harassed while covering protests.", "harassed"),
    ],
)
def test_a_conjunct_of_a_negative_verb_is_not_negated(text: str, trigger_word: str) -> None:
    """'avoided X but was struck by Y': a verb of refusal or avoidance negates its complement, not the verbs
    coordinated with it."""
    events, _ = _sides(text, "2025-03-13")
    found = [e for e in events if trigger_word in e.trigger]
    assert found and all("negated" not in e.modality for e in found), events


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        ("In 2019, China signed a free trade agreement with Mauritius.", {"CHN", "MUS"}),
        ("Russia signed the Minsk accords with Ukraine.", {"RUS", "UKR"}),
        ("Czechia and China signed an agreement to increase trade.", {"CZE", "CHN"}),  # guard
    ],
)
def test_who_signs_with_the_actor_cosigns(text: str, signers: set[str]) -> None:
    """A signing is joint: who signs 'with' the actor is an actor too, as the PLOVER and story gold code it."""
    events, codes = _sides(text, "2024-05-01")
    found = [e for e in events if e.type in ("SUPPORT", "AGREE")]
    assert found and signers <= codes(found[0].actors) and not codes(found[0].recipients) - {None}, events


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether Russia will attack Ukraine.",
        "Diplomats wondered if China would impose sanctions on Lithuania.",  # guard
        "The hearings are an effort by Democrats to establish whether Trump withheld US military aid to Ukraine.",
    ],
)
def test_an_event_asked_about_is_hypothetical(text: str) -> None:
    """What a 'whether' or 'if' question asks about is hypothetical, not reported as done or intended."""
    events, _ = _sides(text, "2024-05-01")
    assert events and all("hypothetical" in e.modality for e in events), events


def test_a_warning_against_an_act_is_addressed_to_who_is_warned() -> None:
    events, codes = _sides("China warned the United States against arms sales to Taiwan.", "2025-03-13")
    threats = [e for e in events if e.type == "THREATEN"]
    got = codes(threats[0].recipients) if threats else set()
    assert "USA" in got and "TWN" not in got, [(e.type, codes(e.recipients)) for e in events]


def test_an_adverbial_clause_on_a_denial_is_not_denied() -> None:
    events, _ = _sides("DHS denied the allegations while criticizing rights groups.", "2025-03-13")
    accuse = [e for e in events if e.type == "ACCUSE" and e.trigger.startswith("criticiz")]
    assert accuse and "denied" not in accuse[0].modality, [(e.type, e.trigger, e.modality) for e in events]
    events, _ = _sides("DHS denied that it had criticized rights groups.", "2025-03-13")  # guard: what is denied
    assert any("denied" in e.modality for e in events if e.type == "ACCUSE"), [(e.type, e.modality) for e in events]


def test_the_place_of_a_patterns_target_is_the_events() -> None:
    rec = _record("Israel carried out a drone strike on a car in southern Lebanon.", "2025-03-13")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert ev.location is not None and ev.location.country == "LBN", ev.location


@pytest.mark.parametrize(
    "text",
    ["Japan donated 20 ambulances to the Palestinian Authority.", "Germany delivered 50 Japanese trucks to Poland."],
)
def test_goods_donated_receive_nothing(text: str) -> None:
    """What is donated, supplied or delivered is no recipient; whom it goes to is."""
    events, codes = _sides(text, "1995-06-01")
    aid = [e for e in events if e.type == "AID"]
    assert aid and all(codes(e.recipients) & {"PSE", "POL"} and "JPN" not in codes(e.recipients) for e in aid), [
        (e.type, e.trigger, codes(e.recipients)) for e in events
    ]


def test_the_place_an_actor_is_from_is_no_target() -> None:
    """'forces in Somalia's Puntland region': a place modifying the actor's phrase is no recipient."""
    text = "An offensive launched by forces in Somalia's Puntland region earlier this month has met with success."
    events, codes = _sides(text, "2025-03-14")
    found = [e for e in events if e.type == "ASSAULT"]
    assert found and all("SOM" in codes(e.actors) and not codes(e.recipients) - {None} for e in found), [
        (e.type, e.trigger, codes(e.actors), codes(e.recipients)) for e in events
    ]


def test_people_sent_to_help_are_sent_to_whom_they_help() -> None:
    events, codes = _sides("Cuba sent doctors to help earthquake victims in Armenia.", "1995-06-01")
    sent = [e for e in events if e.type == "AID" and e.trigger.startswith("sent")]
    assert sent and codes(sent[0].recipients) & {"ARM"} and "CUB" not in codes(sent[0].recipients), [
        (e.type, e.trigger, codes(e.recipients)) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trump raised the U.S. tariff on steel to 50 percent.",  # guard
        "Washington doubled American tariffs on aluminum.",  # guard
    ],
)
def test_own_country_naming_a_measure_owns_it(text: str) -> None:
    """'doubled the U.S. tariff': the actor's own country modifying the pattern's noun does not undergo it."""
    events, codes = _sides(text, "2025-03-13")
    found = [e for e in events if e.type == "SANCTION"]
    assert found and all("USA" in codes(e.actors) and "USA" not in codes(e.recipients) for e in found), found


def test_the_other_party_to_talks_is_no_actor_of_them() -> None:
    """'Following talks with Mauritius Prime Minister Ramgoolam, both leaders ...': 'both leaders' are India and
    Mauritius, but the talks are India's with Mauritius."""
    events, codes = _sides(
        "India and Mauritius have upgraded their ties, leaders of both countries said. Modi, who was chief guest at"
        " the National Day celebrations, said the countries had elevated ties to a strategic partnership. Following"
        " talks with Mauritius Prime Minister Navinchandra Ramgoolam, both leaders reaffirmed their commitment to an"
        " open Indian Ocean.",
        "2025-03-12",
    )
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all(codes(e.actors) >= {"IND"} and "MUS" not in codes(e.actors) for e in talks), talks
    assert all("MUS" in codes(e.recipients) for e in talks)


def test_a_bare_participle_adjunct_tells_what_its_subject_underwent() -> None:
    """'X is dead, killed in an operation': X was killed, it killed no one."""
    events, codes = _sides(
        "One of the Islamic State group's most senior leaders is dead, killed in what U.S. and Iraqi officials"
        " describe as a joint operation.",
        "2025-03-14",
    )
    killed = [e for e in events if e.type == "ASSAULT"]
    assert killed and all("REB" not in codes(e.actors) for e in killed), killed
    assert any("REB" in codes(e.recipients) for e in killed)


def test_opposition_to_something_is_no_political_opposition() -> None:
    """'Japan expressed strong opposition to the plan': a stance, not Japan's opposition parties."""
    events, codes = _sides("Japan expressed strong opposition to the plan.", "2025-03-13")
    rejected = [e for e in events if e.type == "REJECT"]
    assert rejected and all("OPP" not in codes(e.recipients) for e in rejected), rejected


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian-flagged Jairan left China on Monday. During the trip, it made a two-day stop at a Chinese port"
        " and delivered an unknown cargo to Iran.",
        "Russia delivered a shipment of oil to Syria last month.",
    ],
)
def test_cargo_delivered_is_no_aid(text: str) -> None:
    """A cargo or an oil shipment delivered is trade, not aid."""
    events, _ = _sides(text, "2025-03-13")
    assert [e.type for e in events if e.type == "AID"] == []


def test_a_protest_march_staged_is_one_event() -> None:  # guard
    """'staged a protest march': the pattern takes the word 'protest' too, so no second PROTEST is coded."""
    events = _extract("Hundreds of women staged a protest march in Algiers.", "2024-05-01").events
    assert [e.type for e in events] == ["PROTEST"], [(e.type, e.trigger) for e in events]


def test_the_cause_of_an_act_comes_after_its_sides() -> None:
    """'recalled its ambassador from the Netherlands over the sale of submarines to Taiwan': the Netherlands, from
    which it is recalled, is the first recipient; Taiwan, in what the act is over, comes after."""
    rec = _record(
        "China recalled its ambassador from the Netherlands over the sale of submarines to Taiwan.", "1995-06-01"
    )
    by_id = {a.id: a for a in rec.actors}
    sanction = next(e for e in rec.events if e.type == "SANCTION")
    assert sanction.recipients and by_id[sanction.recipients[0]].country == "NLD"


def test_what_talks_are_about_is_no_side() -> None:
    """'resumed talks on Hong Kong's future': Hong Kong is talked about; the two delegations are the sides."""
    rec = _record("Chinese and British negotiators resumed talks on Hong Kong's future in Beijing.", "1995-06-01")
    by_id = {a.id: a for a in rec.actors}
    talks = [e for e in rec.events if e.type == "CONSULT"]
    assert talks
    assert all(by_id[i].country != "HKG" for e in talks for i in e.actors + e.recipients)


def test_no_sign_of_an_act_is_no_gift() -> None:
    """'has given no sign of releasing Aung San Suu Kyi': no aid is given."""
    events, _ = _sides("The junta has given no sign of releasing opposition leader Aung San Suu Kyi.", "1995-06-01")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]
