"""Sixth-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_5.txt and the earlier tuning sets) or one written in their
style."""

from __future__ import annotations

from test_events import analyse, countries, of_type


def span(text: str, event: dict) -> str:
    return text[event["start"]:event["end"]]


def told(event: dict) -> tuple[str, str]:
    return event["modality"], event["polarity"]


def test_an_announced_withdrawal_is_still_to_come():
    text = ("Alors que les États-Unis ont signé en décembre 2015 le premier accord universel sur le climat de l'histoire, "
            "Donald Trump a annoncé le retrait du pays après des semaines de sursis.")
    result = analyse(text, date="2017-06-01", title="Trump annonce le retrait des États-Unis de l'accord de Paris sur le climat")
    [withdrawal] = of_type(result, "RETREAT")
    assert span(text, withdrawal) == "retrait"
    assert countries(withdrawal["source"]) == ["USA"]
    assert told(withdrawal) == ("future", "asserted")
    # an agreement signed is no announcement: it stays actual
    assert {told(e) for e in of_type(result, "AGREE") if span(text, e) == "signé"} == {("actual", "asserted")}


def test_a_promise_to_do_is_an_agreement_still_to_be_carried_out():
    text = ("Le ministre de l'Intérieur Bernard Cazeneuve s'est engagé à renforcer les effectifs policiers à Aubervilliers. "
            "Le ministre de l'économie a promis d'implémenter les mesures exigées.")
    result = analyse(text, date="2016-09-04", title="France : manifestation à Paris de la communauté chinoise pour plus de sécurité")
    promises = of_type(result, "AGREE")
    assert [span(text, e) for e in promises] == ["engagé", "promis"]
    assert countries(promises[0]["source"]) == ["FRA"]
    assert {told(e) for e in promises} == {("intended", "asserted")}


def test_a_possibility_is_hypothetical():
    text = "Le suspect n'a toujours pas été arrêté. Il est possible que Chekatt ait déjà quitté la France."
    result = analyse(text, date="2018-12-13", title="L'auteur de l'attentat à Strasbourg est toujours en fuite")
    [left] = of_type(result, "RETREAT")
    assert span(text, left) == "quitté"
    assert told(left) == ("hypothetical", "asserted")


def test_a_past_obligation_tells_what_happened_and_a_conditional_one_what_did_not():
    text = ("Matteo Renzi a dû démissionner en décembre à la suite de l'échec de son référendum. "
            "Selon l'opposition, le ministre italien aurait dû démissionner.")
    result = analyse(text, date="2017-02-22", title="Italie : l'Union européenne menace le pays de sanctions")
    resignations = of_type(result, "RETREAT")
    assert [span(text, e) for e in resignations] == ["démissionner", "démissionner"]
    assert [told(e)[0] for e in resignations] == ["actual", "hypothetical"]


def test_the_presumed_author_does_not_make_the_attack_alleged():
    text = "Chérif Chekatt, l'auteur présumé de l'attentat de mardi soir à Strasbourg, est toujours en fuite."
    result = analyse(text, date="2018-12-13", title="L'auteur de l'attentat à Strasbourg est toujours en fuite")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "attentat"
    assert told(attack) == ("actual", "asserted")
    assert countries(attack["target"]) == ["FRA"]
