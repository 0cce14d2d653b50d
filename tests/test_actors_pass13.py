"""Actors, thirteenth pass: the bodies and firms of science, culture and local news the registry lacked
(Comac, the Jet Propulsion Laboratory, the US Air Force, the Comédie-Française, the Fédération française
de rugby, WWE, Snecma, Enedis/ERDF, THQ Nordic, the ONF, Environnement Canada, the Observatoire royal
de Belgique, LVMH's full name, HI-SEAS, the USGS as "institut américain de géophysique", Presse Océan), and a
known firm the model ran together with its country ("Comac de la République populaire de Chine").

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), of
`gold/actors/dev_tuning_23.yaml` and `gold/actors/dev_tuning_24.yaml`.
"""

from __future__ import annotations

import pytest

from test_actors import analyse
from test_actors_country import actor_at as _one


@pytest.mark.parametrize("text, date, title, surface, country, kind", [
    ("20 septembre 2017. – L'avionneur Comac de la République populaire de Chine engrange les commandes concernant son "
     "dernier modèle phare.", "2017-09-20", "Chine : l’avionneur Comac engrange les commandes", "Comac", "CHN", "company"),
    ("Sous la direction du programme d'exploration de Mars de la NASA, ce projet est chapeauté par le Jet Propulsion "
     "Laboratory (JPL) de Pasadena.", "2016-04-25", "Espace : appel de la NASA auprès de l'industrie pour un orbiteur martien",
     "JPL", "USA", "government"),
    ("OSIRIS-REx est une sonde américaine lancée dans la nuit du 8 au 9 septembre 2016 à partir de la station de l'US Air "
     "Force de Cap Canaveral, en Floride.", "2016-10-01", "Espace : OSIRIS-REx commence son voyage vers l’astéroïde Bénou",
     "US Air Force", "USA", "military"),
    ("Parmi les temps forts prévus lors de cette 70 ème édition : le retour de la Comédie-Française, après 25 ans d'absence, "
     "pour une création Les Damnés.", "2016-03-24", "France : conférence de presse du Festival d'Avignon 2016",
     "Comédie-Française", "FRA", "other"),
    ("Ce décès provoque une vive émotion dans le monde du rugby français entraînant nombre de réactions dont celle de la "
     "fédération française de rugby.", "2018-08-11", "Rugby à XV : décès de Louis Fajfrowski, jeune espoir de 21 ans",
     "fédération française de rugby", "FRA", "ngo"),
    ("Le catcheur sud-africain Adam Rose envisagerait d'y ramener son ancien gimmick de « fêtard » utilisé à la WWE.",
     "2016-06-06", "Catch : nouveau nom mais même gimmick pour Adam Rose", "WWE", "USA", "company"),
    ("4 février 2016. – CFM International, une coentreprise entre Snecma et General Electric, a prévu de livrer à Airbus les "
     "premiers moteurs LEAP.", "2016-02-04", "LEAP : un pari digne de l'industrie aéronautique", "Snecma", "FRA", "company"),
    ("250 000 foyers sont ainsi privés d’électricité en Gironde et dans les deux Charentes, selon Enedis (anciennement "
     "ERDF).", "2017-02-05", "France : une tempête sévit dans l'Ouest", "ERDF", "FRA", "company"),
    ("Ce ne sera pas le cas de THQ Nordic cette année. Le studio autrichien, issu de l'acquisition de la marque THQ par "
     "l'équipe Nordic Games, ne sera pas présent.", "2018-04-17", "E3 2018 : le studio THQ Nordic ne prendra pas part à cet "
     "évènement", "THQ Nordic", "AUT", "company"),
    ("Aucun traitement efficace n'a été réellement trouvé et les services de l'ONF travaillent également sur ce sujet.",
     "2016-08-16", "Savoie : une chenille prolifère vigoureusement en dévorant la flore sur le bassin du lac du Bourget",
     "ONF", "FRA", "government"),
    ("Dans les provinces de l'Alberta, de la Saskatchewan et du Manitoba, la température oscille entre -21 et -27°C selon "
     "Environnement Canada.", "2016-12-19", "Vague de froid intense au Canada et au Nord des États-Unis",
     "Environnement Canada", "CAN", "government"),
    ("28 septembre 2016. – Le phénomène d'évapotranspiration des plantes est au cœur de l'attention à l'Observatoire royal de "
     "Belgique depuis qu'une étude belgo-française met en corrélation des variations de pesanteur.", "2016-09-28",
     "Écologie : des variations de la pesanteur permettent de quantifier l'évapotranspiration",
     "Observatoire royal de Belgique", "BEL", "government"),
    ("En 1952, il fonde sa maison de couture. En 1998, il la vend à LVMH - Moët Hennessy Louis Vuitton, mais il en reste "
     "directeur artistique.", "2018-03-12", "France : le couturier Hubert de Givenchy est décédé",
     "Moët Hennessy Louis Vuitton", "FRA", "company"),
    ("Cette expérience d’isolement, la plus longue jusqu’à maintenant, fait partie du programme HI-SEAS (Hawaii Space "
     "Exploration Analog and Simulation), financé par la NASA.", "2016-09-09",
     "Une année à saveur martienne s’achève pour 6 scientifiques", "HI-SEAS", "USA", "other"),
    ("L'épicentre est situé à 90 kilomètres au sud de Porgera. Selon l'institut américain de géophysique (USGS), la région "
     "touchée « abrite un mélange de constructions ».", "2018-02-25",
     "Papouasie-Nouvelle-Guinée : séisme de magnitude 7,5, pas d'alerte au tsunami", "institut américain de géophysique",
     "USA", "government"),
    ("Une source proche du dossier ajoute à Presse Océan que « [certaines] traces ont été sommairement essuyées ».",
     "2017-02-08", "France : disparition d'une famille à Orvault, près de Nantes", "Presse Océan", "FRA", "media"),
])
def test_curated_bodies_and_firms_have_their_country_and_kind(text, date, title, surface, country, kind):
    out = analyse(text, date, title)
    actor = _one(out, text, surface)
    assert (actor["country"], actor["kind"]) == (country, kind)


def test_a_known_firm_run_together_with_its_country_is_the_firm_then_the_country():
    text = ("20 septembre 2017. – L'avionneur Comac de la République populaire de Chine engrange les commandes concernant son "
            "dernier modèle phare, le Comac C919.")
    out = analyse(text, "2017-09-20", "Chine : l’avionneur Comac engrange les commandes")
    actor = _one(out, text, "Comac")
    assert (actor["country"], actor["kind"]) == ("CHN", "company")
    actor = _one(out, text, "République populaire de Chine")
    assert (actor["country"], actor["kind"]) == ("CHN", "country")


def test_the_adjective_after_a_ministers_portfolio_gives_the_country():
    text = ("Il est même surnommé par certain le « Ben Laden » de par sa forte utilisation dans les réseaux terroristes. Le "
            "ministre des Finances françaises, Michel Sapin, affirmait récemment que ce « billet de 500 euros est plus "
            "utilisé pour dissimuler ».")
    out = analyse(text, "2016-05-04", "Zone euro : la disparition du billet de 500 euros actée")
    actor = _one(out, text, "ministre des Finances")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


CADIEUX = ("2 février 2016. – Ce mardi, le pape François a accepté la démission de M gr Vincent Cadieux qui était évêque du "
           "diocèse de Moosonee ainsi que du diocèse de Hearst qui lui était uni en sa personne.")


@pytest.mark.parametrize("surface", ["diocèse de Moosonee", "diocèse de Hearst"])
def test_a_diocese_is_an_organisation_of_its_towns_country(surface):
    out = analyse(CADIEUX, "2016-02-02", "Canada : nouvel évêque du diocèse de Hearst et administrateur apostolique du "
                  "diocèse de Moosonee")
    actor = _one(out, CADIEUX, surface)
    assert (actor["country"], actor["kind"]) == ("CAN", "other")


def test_the_town_of_a_diocese_stays_a_place():
    text = "Au moment de sa nomination, l'abbé Bourgon était vicaire général du diocèse de Sault-Sainte-Marie."
    out = analyse(text, "2016-02-02", "Canada : nouvel évêque du diocèse de Hearst et administrateur apostolique du "
                  "diocèse de Moosonee")
    actor = _one(out, text, "Sault-Sainte-Marie")
    assert (actor["country"], actor["kind"]) == ("CAN", "location")


BAC = ("Cette décision, émise par l'académie de Grenoble, ferait suite à des anomalies détectées dans le déroulement de "
       "l'épreuve officielle. Ainsi, le rectorat de Grenoble, n'ayant que peu d'informations quant au déroulement exact des "
       "faits, a décidé.")


@pytest.mark.parametrize("surface, kind", [("académie de Grenoble", "government"), ("rectorat de Grenoble", "government"),
                                           ("Grenoble", "location")])
def test_the_academie_and_the_rectorat_of_a_town_are_the_states_education_office(surface, kind):
    out = analyse(BAC, "2016-06-01", "France : une centaine d'élèves devront repasser une épreuve orale du bac à Chambéry")
    actor = _one(out, BAC, surface)
    assert (actor["country"], actor["kind"]) == ("FRA", kind)


def test_a_communaute_dagglomeration_is_a_local_government():
    text = ("En présence de Cécile Helle, maire d'Avignon, de Jean-Marc Roubaud, président de la Communauté d'agglomération du "
            "Grand Avignon, d'Élisabeth Amoros, déléguée à la culture du Conseil départemental de Vaucluse.")
    out = analyse(text, "2016-03-24", "France : conférence de presse du Festival d'Avignon 2016")
    actor = _one(out, text, "Communauté d'agglomération du Grand Avignon")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_a_stade_named_after_its_towns_people_is_a_club():
    text = ("11 août 2018. – Louis Fajfrowski, joueur du Stade aurillacois Cantal Auvergne est décédé hier en marge d'un match "
            "amical d'avant-saison disputé avec son club. Ce décès provoque une vive émotion dans le monde du rugby français "
            "entraînant nombre de réactions dont celle de la fédération française de rugby.")
    out = analyse(text, "2018-08-11", "Rugby à XV : décès de Louis Fajfrowski, jeune espoir de 21 ans")
    actor = _one(out, text, "Stade aurillacois Cantal Auvergne")
    assert (actor["country"], actor["kind"]) == ("FRA", "other")


def test_a_businessman_of_a_country_is_a_person_of_that_country():
    text = ("Il aurait touché 50 000 dollars par l’intermédiaire de sa société de conseil 2F pour mettre en relation un homme "
            "d’affaires libanais et Vladimir Poutine.")
    out = analyse(text, "2017-03-25", "France : François Fillon s'est fait offrir une montre de plus de 10 000 euros")
    actor = _one(out, text, "homme d’affaires libanais")
    assert (actor["country"], actor["kind"]) == ("LBN", "person")


def test_a_manufacturer_introduced_with_its_countrys_adjective_is_a_company_of_that_country():
    text = ("Il confie enfin que la deuxième montre lui a été offerte en 2013 par le manufacturier suisse Rebellion. Un membre "
            "de l'entreprise affirme que cela a été fait dans un geste « très amical ».")
    out = analyse(text, "2017-03-25", "France : François Fillon s'est fait offrir une montre de plus de 10 000 euros")
    actor = _one(out, text, "Rebellion")
    assert (actor["country"], actor["kind"]) == ("CHE", "company")
