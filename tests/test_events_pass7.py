"""Seventh-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_6.txt and the earlier tuning sets)."""

from __future__ import annotations

from test_events import analyse, countries, of_type


def span(text: str, event: dict) -> str:
    return text[event["start"]:event["end"]]


def told(event: dict) -> tuple[str, str]:
    return event["modality"], event["polarity"]


def test_a_pronoun_in_a_reported_clause_is_the_reporter():
    text = ("Nicolas Hulot, ministre d'État, ministre de la Transition écologique et solidaire, a annoncé sur France Inter "
            "ce matin, qu'il quittait le gouvernement d'Édouard Philippe.")
    result = analyse(text, date="2018-08-28", title="Nicolas Hulot : « Je prends la décision de quitter le gouvernement »")
    [resignation] = of_type(result, "RETREAT")
    assert span(text, resignation) == "quittait"
    assert [a["mention"]["text"] for a in resignation["source"]] == ["Nicolas Hulot"]
    assert countries(resignation["source"]) == ["FRA"] and resignation["target"] == []
    assert told(resignation) == ("actual", "asserted")


def test_a_pronoun_of_another_number_is_left_alone():
    text = "Les ministres ont annoncé qu'il quittait le gouvernement."
    result = analyse(text, date="2018-08-28", title="France : remaniement")
    assert of_type(result, "RETREAT") == []


def test_the_country_as_subject_is_the_title_country():
    text = "Cette annonce fait suite à celle annonçant que le pays souhaite se retirer de la Cour pénale internationale (CPI)."
    result = analyse(text, date="2016-10-11",
                     title="Burundi : trois experts des droits de l'homme de l'ONU interdits d'entrer sur le territoire")
    [withdrawal] = of_type(result, "RETREAT")
    assert span(text, withdrawal) == "retirer"
    assert countries(withdrawal["source"]) == ["BDI"]
    assert withdrawal["source"][0]["mention"]["text"] == "pays"
    assert told(withdrawal) == ("intended", "asserted")


def test_a_relative_pronoun_the_parser_left_unattached_is_the_actor_before_it():
    text = ("Il succède à Park Geun-hye qui a été emprisonnée à la suite de sa destitution par l'Assemblée nationale "
            "le 9 décembre 2016, puis par la Cour constitutionnelle le 10 mars 2017 en raison d'un scandale de corruption.")
    result = analyse(text, date="2017-05-09", title="Corée du Sud : Moon Jae-in élu président")
    [jailed] = [e for e in of_type(result, "COERCE") if span(text, e) == "emprisonnée"]
    assert [a["mention"]["text"] for a in jailed["target"]] == ["Park Geun-hye"]
    assert countries(jailed["target"]) == ["KOR"] and countries(jailed["source"]) == ["KOR"]
    assert told(jailed) == ("actual", "asserted")
