"""Actors: the home country when several countries are named once each, broken by the one
country whose institutions the registry knows in the text.

Sentences from an article of the corpus `dev` split (French Wikinews, CC BY 2.5), of
`gold/actors/dev_tuning_13.yaml` (wn-fr-2017-03-12-006).
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import mentions


def test_unknown_persons_take_the_country_of_the_only_named_institution_over_countries_named_once():
    text = ("Cet or était « volé peut-être », « à la Banque de France », « lors de la seconde guerre mondiale », "
            "selon elle. Pascal Troadec se serait alors emparé de cet or. « Il a spolié sa sœur Lydie ! », "
            "ajoutant qu' « (il) se vantait d'avoir placé l'or à Monaco et en Andorre ».")
    out = analyse(text, "2017-03-12", "Affaire Troadec : des restes humains retrouvés chez le suspect")
    for surface, country, kind in (("Pascal Troadec", "FRA", "person"), ("Lydie", "FRA", "person"),
                                   ("Monaco", "MCO", "country"), ("Andorre", "AND", "country")):
        [m] = mentions(out, surface)
        assert text[m["start"]:m["end"]] == surface
        assert (m["actor"]["country"], m["actor"]["kind"]) == (country, kind), surface
