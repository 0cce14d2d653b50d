"""Figures on real French news sentences: values, qualifiers, categories, spans, what is not a figure."""

from __future__ import annotations

import pytest

from veille.analyze import nlp as nlp_module
from veille.analyze.context import Context
from veille.analyze.registry import run_all


def figures(text: str) -> list[dict]:
    doc = nlp_module.load()(text)
    result = run_all(doc, Context(date="2016-12-17", date_precision="day"))
    for f in result["figures"]:
        assert text[f["start"]:f["end"]] == f["text"]
    return result["figures"]


def summary(text: str) -> list[tuple]:
    return [(f["text"], f["value"], f["qualifier"], f["category"]) for f in figures(text)]


@pytest.mark.parametrize("text, expected", [
    ("Au moins 13 personnes sont mortes et 55 blessées à 5 h 45 UTC.",
     [("Au moins 13", 13, "at_least", "killed"), ("55", 55, "exact", "wounded")]),
    ("Le bilan s'élève à 13.000 morts et 1,5 million de déplacés.",
     [("13.000", 13_000, "exact", "killed"), ("1,5 million", 1_500_000, "exact", "displaced")]),
    ("Plus de 2 millions de personnes sont évacuées du littoral atlantique.",
     [("Plus de 2 millions", 2_000_000, "more_than", "displaced")]),
    ("Quelque 4 000 soldats seraient maintenant impliqués.", [("Quelque 4 000", 4_000, "about", "troops")]),
    ("Une centaine de policiers ont interpellé 35 personnes.",
     [("Une centaine", 100, "about", "troops"), ("35", 35, "exact", "arrested")]),
    ("Des dizaines de suspects ont été tués et plusieurs milliers de manifestants ont défilé.",
     [("Des dizaines", 20, "at_least", "killed"), ("plusieurs milliers", 2_000, "at_least", "protesters")]),
    ("Le Front al-Nosra compterait entre 5 000 et 10 000 combattants, dont 80 % de Syriens.",
     [("5 000", 5_000, "at_least", "troops"), ("80", 80, "exact", "percent")]),
    ("Soixante voitures ont été incendiées et environ 130 municipalités sont touchées.",
     [("Soixante", 60, "exact", "other"), ("environ 130", 130, "about", "other")]),
    ("La récession a atteint -7,4 % en 2015.", [("-7,4", -7.4, "exact", "percent")]),
    ("Le gouvernement avait annoncé un engagement de plus d'un milliard d'euros.",
     [("plus d'un milliard", 1_000_000_000, "more_than", "money")]),
    ("Ce décès porte à 86 le nombre de personnes tuées.", [("86", 86, "exact", "killed")]),
    ("Le nombre de manifestants s'est élevé à 282 000 environ.", [("282 000", 282_000, "about", "protesters")]),
    ("Il s'agit de cinq hommes et trois femmes âgés de 27 à 37 ans.",
     [("cinq", 5, "exact", "other"), ("trois", 3, "exact", "other")]),
])
def test_values_qualifiers_categories(text, expected):
    assert summary(text) == expected


def test_money_carries_its_currency():
    found = figures("L'UE a interrompu son aide, soit 432 millions d'euros, et un fonds a reçu 125 000 $US de la Norvège.")
    assert [(f["value"], f["category"], f.get("currency")) for f in found] == [
        (432_000_000, "money", "EUR"), (125_000, "money", "USD")]


@pytest.mark.parametrize("text", [
    "Le 12 juin 2014, vers 15h00, l'avion MiG-29 et une Peugeot 307 ont décollé.",
    "Il a été condamné à 30 ans de prison après 500 jours de détention.",
    "Les deux pays ont signé le décret présidentiel 13769 à 220 km/h.",
    "Un homme de 56 ans a été hospitalisé pendant six semaines à 5 h 45.",
    "Il est attendu entre 60 et 100 mm de pluie pour la fin de semaine.",
    "Le numéro deux du régime vit à Colombey-les-deux-Églises depuis 1998.",
])
def test_dates_times_durations_ages_and_identifiers_are_not_figures(text):
    assert figures(text) == []


def test_figure_is_linked_to_the_event_it_quantifies():
    text = "La police turque a arrêté 16 djihadistes présumés dans la province d'Adıyaman."
    doc = nlp_module.load()(text)
    result = run_all(doc, Context(date="2016-03-30", date_precision="day"))
    [figure] = result["figures"]
    assert (figure["value"], figure["category"]) == (16, "arrested")
    event = result["events"][figure["event"]]
    assert (event["type"], event["text"]) == ("COERCE", "arrêté")


def test_figure_in_a_quote_is_claimed_by_its_speaker():
    text = "« Nous avons tué 30 terroristes », a déclaré le porte-parole de l'armée."
    doc = nlp_module.load()(text)
    result = run_all(doc, Context(date="2016-03-30", date_precision="day"))
    [figure] = result["figures"]
    assert (figure["text"], figure["category"]) == ("30", "killed")
    assert figure["claimed_by"] is not None
    assert "porte-parole" in figure["claimed_by"]["text"]
