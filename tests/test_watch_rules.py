"""Alert rules over stored documents: each selector, thresholds over windows, never twice.

Actors, quotes and events come from other extractors; here their records are built by hand
in the shapes of the contract (docs/output.md) and go through the real write path
(`Store.write`, then `get_document`), since storage and rule evaluation are what is tested.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from veille.ingest import Record
from veille.query.documents import get_document
from veille.store import Store
from veille.watch.alerts import AlertEngine, alert_payloads
from veille.watch.config import ConfigError
from veille.watch.rules import load_rules, parse_rule

RUSSIA = {"id": "gov:RUS", "name": "Russia", "country": "RUS", "kind": "government", "role": None}
RUSSIAN_ARMY = {"id": "mil:RUS", "name": "Russian Armed Forces", "country": "RUS", "kind": "military", "role": None}
UKRAINE = {"id": "gov:UKR", "name": "Ukraine", "country": "UKR", "kind": "government", "role": None}
USA = {"id": "gov:USA", "name": "United States", "country": "USA", "kind": "government", "role": None}
PESKOV = {"id": "person:dmitry-peskov", "name": "Dmitry Peskov", "country": "RUS", "kind": "person", "role": "spokesperson"}
PSAKI = {"id": "person:jen-psaki", "name": "Jen Psaki", "country": "USA", "kind": "person", "role": "spokesperson"}
MORNING = dt.datetime(2022, 2, 21, 8, 0)


def span(text: str, fragment: str, after: int = 0) -> dict:
    start = text.index(fragment, after)
    return {"start": start, "end": start + len(fragment), "text": fragment}


def event(text: str, trigger: str, type_: str, source: list, target: list, polarity="asserted",
          modality="actual", intensity=-5.0) -> dict:
    return {**span(text, trigger), "type": type_, "mode": None, "sentence": [0, len(text)], "source": source,
            "target": target, "polarity": polarity, "modality": modality, "date": None, "location": None,
            "intensity": intensity, "reported_by": None}


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(str(tmp_path / "rules.duckdb"))


def stored(store: Store, text: str, **keys) -> dict:
    """Write a document with the given extraction keys; read it back as the store gives it."""
    doc = {**Record(source="dépêche", text=text, date="2022-02-21", date_precision="day").to_document(), **keys}
    store.write([doc], [], "test")
    return get_document(store, doc["id"])


def evaluate(store: Store, rules, doc: dict, at: dt.datetime = MORNING):
    with store.writing() as con:
        return AlertEngine(rules).evaluate(con, [doc], at)


def test_asserted_assault_on_ukraine_alerts_once_and_never_for_a_denial(store):
    text = ("Les forces russes ont bombardé Kharkiv dans la nuit de dimanche, a annoncé l'état-major ukrainien. "
            "Le Kremlin dément toute attaque contre des civils et rejette les accusations de Kiev, qui l'accuse "
            "d'avoir frappé une école. La Russie n'a jamais eu l'intention d'envahir l'Ukraine, assure Moscou.")
    doc = stored(store, text, events=[
        event(text, "bombardé", "ASSAULT", [RUSSIAN_ARMY], [UKRAINE], intensity=-9.0),
        # As the events contract codes them: the denied act, the alleged one, the negated intention.
        event(text, "attaque", "ASSAULT", [RUSSIA], [UKRAINE], modality="denied", intensity=-9.0),
        event(text, "rejette", "REJECT", [RUSSIA], [UKRAINE], intensity=-4.0),
        event(text, "frappé", "ASSAULT", [RUSSIA], [UKRAINE], modality="alleged", intensity=-9.0),
        event(text, "envahir", "ASSAULT", [RUSSIA], [UKRAINE], polarity="negated", modality="intended", intensity=-10.0),
    ])
    rule = parse_rule({"name": "assaut-ukraine", "event": {"type": "ASSAULT", "target": "UKR", "polarity": "asserted",
                                                           "modality": "actual"}}, "test")
    [alert] = evaluate(store, [rule], doc)
    [evidence] = alert.evidence
    assert text[evidence.start:evidence.end] == evidence.text == "bombardé"
    assert alert.doc_ids == [doc["id"]]
    assert evaluate(store, [rule], doc) == []  # the same evidence never alerts twice

    with store.reading() as con:
        [payload] = alert_payloads(con)
    assert payload["rule"] == "assaut-ukraine" and payload["documents"][0]["id"] == doc["id"]
    assert payload["evidence"] == [{"doc_id": doc["id"], "kind": "event", "start": evidence.start,
                                    "end": evidence.end, "text": "bombardé", "value": -9.0}]


def test_a_new_quote_by_dmitri_peskov(store):
    text = ("« Cette vidéoconférence durera autant de temps qu'il le faudra », a prévenu Dmitri Peskov, "
            "le porte-parole du Kremlin. Selon Jen Psaki, Washington reste prêt au dialogue.")
    peskov_quote = {**span(text, "« Cette vidéoconférence durera autant de temps qu'il le faudra »"), "kind": "direct",
                    "speaker": {**span(text, "Dmitri Peskov"), "actor": PESKOV}, "verb": span(text, "prévenu"),
                    "via": None, "date": None}
    psaki_quote = {**span(text, "Washington reste prêt au dialogue"), "kind": "indirect",
                   "speaker": {**span(text, "Jen Psaki"), "actor": PSAKI}, "verb": None, "via": None, "date": None}
    doc = stored(store, text, quotes=[peskov_quote, psaki_quote])
    by_actor = parse_rule({"name": "peskov", "quote": {"speaker": "Dmitry Peskov"}}, "test")
    by_spelling = parse_rule({"name": "peskov-fr", "quote": {"speaker": "dmitri peskov"}}, "test")
    russian_voices = parse_rule({"name": "voix-russes", "quote": {"country": "RUS", "kind": "direct"}}, "test")
    alerts = evaluate(store, [by_actor, by_spelling, russian_voices], doc)
    assert sorted(a.rule for a in alerts) == ["peskov", "peskov-fr", "voix-russes"]
    for alert in alerts:
        [evidence] = alert.evidence
        assert text[evidence.start:evidence.end] == peskov_quote["text"]


def test_actor_country_and_keyword_rules_alert_once_per_document(store):
    text = ("Joe Biden a appelé Vladimir Poutine samedi. Le président russe a répété que l'élargissement "
            "de l'OTAN menaçait la Russie ; le chef du Kremlin exige des garanties écrites de l'Otan.")
    putin = {"id": "person:vladimir-putin", "name": "Vladimir Putin", "country": "RUS", "kind": "person", "role": "president"}
    biden = {"id": "person:joe-biden", "name": "Joe Biden", "country": "USA", "kind": "person", "role": "president"}
    entities = [{**span(text, "Joe Biden"), "label": "PER"}, {**span(text, "Vladimir Poutine"), "label": "PER"},
                {**span(text, "OTAN"), "label": "ORG"}, {**span(text, "Russie"), "label": "LOC"}]
    # The actors contract: every mention, named or not, with its actor.
    mentions = [{**span(text, "Joe Biden"), "via": "name", "entity": 0, "actor": biden},
                {**span(text, "Vladimir Poutine"), "via": "name", "entity": 1, "actor": putin},
                {**span(text, "Le président russe"), "via": "role", "entity": None, "actor": putin},
                {**span(text, "Russie"), "via": "name", "entity": 3, "actor": RUSSIA},
                {**span(text, "le chef du Kremlin"), "via": "role", "entity": None, "actor": putin}]
    doc = stored(store, text, entities=entities, actor_mentions=mentions)
    rules = [parse_rule(r, "test") for r in (
        {"name": "poutine", "actor": "Vladimir Putin"},
        {"name": "russie", "country": "RUS"},
        {"name": "otan", "keyword": ["OTAN", "NATO"]},
    )]
    alerts = {a.rule: a for a in evaluate(store, rules, doc)}
    assert set(alerts) == {"poutine", "russie", "otan"}
    assert [e.text for e in alerts["poutine"].evidence] == ["Vladimir Poutine", "Le président russe", "le chef du Kremlin"]
    assert [e.text for e in alerts["russie"].evidence] == ["Vladimir Poutine", "Le président russe", "Russie", "le chef du Kremlin"]
    assert [e.text for e in alerts["otan"].evidence] == ["OTAN", "Otan"]  # whole words, any case
    for alert in alerts.values():
        assert all(text[e.start:e.end] == e.text for e in alert.evidence)
    assert evaluate(store, rules, doc) == []


def test_more_than_ten_articles_mentioning_nato_in_an_hour(store):
    rule = parse_rule({"name": "otan-afflux", "keyword": "OTAN", "window": "1h", "more_than": 10}, "test")
    other = parse_rule({"name": "otan", "keyword": "OTAN"}, "test")

    ids = []

    def dispatch(i: int, minutes: float):
        text = f"Dépêche {i} : les ministres de la Défense de l'OTAN se réunissent à Bruxelles, a indiqué l'Alliance."
        doc = stored(store, text)
        ids.append(doc["id"])
        return evaluate(store, [rule, other], doc, MORNING + dt.timedelta(minutes=minutes))

    # Twelve articles, one every ten minutes: never more than six in any hour.
    spread = [dispatch(i, 10 * i) for i in range(12)]
    assert [[a.rule for a in alerts] for alerts in spread] == [["otan"]] * 12
    # Then eleven within forty minutes, five hours later: one alert, citing exactly those eleven.
    burst = [a for i in range(12, 23) for a in dispatch(i, 300 + 4 * i) if a.rule == "otan-afflux"]
    [alert] = burst
    assert alert.value == 11 and alert.doc_ids == ids[12:23]
    assert alert.window_end - alert.window_start <= dt.timedelta(hours=1)
    # The next article of the same hour does not alert again with evidence already used.
    assert [a for a in dispatch(23, 300 + 4 * 23) if a.rule == "otan-afflux"] == []


def test_mean_intensity_between_russia_and_usa_below_minus_five_over_a_day(store):
    rule = parse_rule({"name": "rus-usa", "event": {"dyad": ["RUS", "USA"]}, "window": "1d",
                       "mean_intensity": {"below": "−5", "min_events": 3}}, "test")
    fired = []
    for hour, (text, trigger, source, target, intensity) in enumerate([
        ("Washington critique Moscou pour ses manœuvres militaires.", "critique", [USA], [RUSSIA], -2.0),
        ("Moscou menace Washington de représailles.", "menace", [RUSSIA], [USA], -7.0),
        ("L'Ukraine accuse la Russie de bombardements.", "accuse", [UKRAINE], [RUSSIA], -10.0),  # not the dyad
        ("Les États-Unis imposent des sanctions à la Russie.", "imposent", [USA], [RUSSIA], -8.0),
    ]):
        doc = stored(store, text, events=[event(text, trigger, "COERCE", source, target, intensity=intensity)])
        fired.append(evaluate(store, [rule], doc, MORNING + dt.timedelta(hours=2 * hour)))
    assert fired[:3] == [[], [], []]  # two dyad events so far: fewer than min_events
    [alert] = fired[3]
    assert alert.value == pytest.approx((-2 - 7 - 8) / 3)
    assert [e.text for e in alert.evidence] == ["critique", "menace", "imposent"]


def test_rule_files_are_checked_with_messages_that_say_where(tmp_path):
    good = tmp_path / "rules.yaml"
    good.write_text(textwrap.dedent("""\
        rules:
          - name: otan
            keyword: [OTAN, NATO]
          - name: assaut-ukraine
            event: {type: ASSAULT, target: UKR, polarity: asserted}
    """), encoding="utf-8")
    assert [r.name for r in load_rules(str(good))] == ["otan", "assaut-ukraine"]
    cases = {
        "- {name: a, keyword: x, actor: y}": "exactly one of",
        "- {name: a, keywords: x}": "unknown key(s) keywords",
        "- {keyword: x}": "needs a `name`",
        "- {name: a, actor: x, window: 1h}": "`window` goes with",
        "- {name: a, keyword: x, window: 1h, mean_intensity: {below: -5}}": "threshold on events",
        "- {name: a, event: {dyad: [RUS]}}": "two actors",
        "- {name: a, event: {target: UKR, verb: x}}": "unknown event key(s) verb",
        "- {name: a, keyword: x}\n- {name: a, keyword: y}": "repeated: a",
    }
    bad = tmp_path / "bad.yaml"
    for content, message in cases.items():
        bad.write_text(content, encoding="utf-8")
        with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
            load_rules(str(bad))
