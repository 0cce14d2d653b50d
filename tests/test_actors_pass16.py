"""Actors, sixteenth pass: curated places the model left untagged, a seat of power it called a
person, a person named again by the first name, bodies named after a person or an office holder
("le lycée Jean-Pierre Timbaud", "le cabinet du ministre", "la mairie de Paris"), outlets whose name
opens with an article ("l'Obs", "du Point"), American politicians named by their party, and the
bodies and firms of the batches' articles.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5); the batches they come
from are `gold/actors/dev_tuning_29.yaml` and `gold/actors/dev_tuning_30.yaml` (and `_27` for the
Le Pen quotation).
"""

from __future__ import annotations

import pytest

from test_actors import analyse, nlp
from test_actors_country import actor_at

GILETS = ("Gilets jaunes : lundi 3 décembre 2018", "2018-12-03")
PRESS = ("France : la crise de la presse s'approfondit", "2017-01-05")
LE_ROUX = ("France : soupçons d'emplois fictifs concernant Bruno Le Roux", "2017-03-22")
UNEDIC = ("France : le chômage va repartir à la hausse entre 2017 et 2019, selon l'Unédic", "2016-09-21")
NUCLEAR = ("L'énergie nucléaire dans une crise inédite", "2017-10-09")
TRUMP = ("Des statues de Donald Trump nu font leur apparition dans plusieurs villes américaines", "2016-08-23")

LYCEES = ("Vers 11h15, le ministère de l’Éducation nationale annonce que plus d'une centaine de lycées en France sont "
          "bloqués, au moins partiellement. Des lycéens, qui protestent contre les réformes du baccalauréat, du lycée et "
          "Parcoursup, manifestent avec les Gilets jaunes, bloquant le réseau de bus de Toulouse ou le pont de pierre à "
          "Bordeaux.")
FUEL = ("Vers 20h00, près de 75 stations-service Total font l'objet d'une pénurie totale de carburant (notamment au "
        "Finistère, Côtes-d'Armor et Morbihan) et 225 partiellement.")
CAUCHY = ("Vers 14h20 puis à 15h00, Benjamin Cauchy, Gilet jaune « modéré » de Haute-Garonne et fondateur du mouvement "
          "« gilets jaunes libres » et « Citron », annonce que « la trentaine de menaces de mort » de « groupuscules » "
          "qu'il a reçu, le bloque pour rencontrer Edouard Philippe à Matignon mardi.")
SALES = ("Les autres titres connaissent des difficultés bien plus sérieuses, Aujourd'hui en France baissant de 6 % et "
         "Libération de 19 %. La presse magazine fait face à une situation encore plus préoccupante : sur deux ans, les "
         "ventes de l'Obs, du Point et de l'Express ont chuté de 10 à 30 % environ.")


@pytest.mark.parametrize("text, title, date, surface, country, kind", [
    # untagged by the model: curated places after a preposition, in a list
    (LYCEES, *GILETS, "Toulouse", "FRA", "location"),
    (FUEL, *GILETS, "Côtes-d'Armor", "FRA", "location"),
    # the model calls Matignon a person here: a seat of power, the government where it receives
    (CAUCHY, *GILETS, "Matignon", "FRA", "government"),
    ("Plus d'une centaine de lycées en France sont bloqués. Peu avant 8h00 et jusqu'à 10h00, à Aubervilliers, des lycéens du lycée Jean-Pierre Timbaud se sont confrontés "
     "aux forces de l'ordre.", *GILETS, "lycée Jean-Pierre Timbaud", "FRA", "other"),
    ("Vers 11h00, la remise en état des « mobiliers urbains » (hormis commerces et Arc de triomphe) vandalisés samedi "
     "est évalué de 3 à 4 millions d'euros (mairie de Paris).", *GILETS, "mairie de Paris", "FRA", "government"),
    ("Vers 8h00, d'après l'enquête Harris Interactive, 72% des Français soutiennent les Gilets jaunes.", *GILETS,
     "Harris Interactive", "FRA", "company"),
    (SALES, *PRESS, "Aujourd'hui en France", "FRA", "media"),
    (SALES, *PRESS, "Obs", "FRA", "media"),
    (SALES, *PRESS, "Point", "FRA", "media"),
    (SALES, *PRESS, "l'Express", "FRA", "media"),  # split off "Point et de l'Express", the model's one span
    ("Les derniers chiffres donnés par l'ACPM confirment la chute des ventes durant l'année 2016.", *PRESS,
     "ACPM", "FRA", "ngo"),
    ("Le ministre de l'Intérieur français Bruno Le Roux a employé ses deux filles comme collaboratrices parlementaires. "
     "Le cabinet du ministre a confirmé cette information survenant en pleine affaire Fillon.", *LE_ROUX,
     "cabinet du ministre", "FRA", "government"),
    ("En effet, l'aînée était en même temps en stage chez Yves Rocher à plein-temps en Belgique et l'autre était "
     "pendant ce temps en classe préparatoire à Paris.", *LE_ROUX, "Yves Rocher", "FRA", "company"),
    ("Ainsi, les chiffres d'Eurostat estiment eux à l'inverse du BIT pris en référence par l'Unédic, que le chômage a "
     "continué de progresser en France en 2016.", *UNEDIC, "Eurostat", "EU", "igo"),
    ("Par ailleurs, France Stratégie estime dans sa note d'analyse de juillet 2016 que 15 % des emplois français actuels "
     "sont automatisables.", *UNEDIC, "France Stratégie", "FRA", "government"),
    ("Numéro un mondial historique, l'américain Westinghouse, filiale du japonais Toshiba, a fait faillite et depuis "
     "aucun projet n'est envisagé aux États-Unis.", *NUCLEAR, "Westinghouse", "USA", "company"),
    ("23 février 2016. – L'Armée nationale populaire (Algérie) a déployé des drones tout le long de sa frontière avec "
     "la Libye.", "L'armée algérienne envoie des drones à la frontière avec la Libye", "2016-02-23",
     "Armée nationale populaire", "DZA", "military"),
    ("Quelques 2 700 000 de Libyens sont appelés aux urnes afin de choisir un « Congrès national général » de 200 "
     "membres.", "Libye : l'ouverture des bureaux de vote provoque des incidents", "2012-07-07",
     "Congrès national général", "LBY", "government"),
    # a town or state a body's name ends with is a place of its own, as where the text names it alone
    ("À la suite de l'injonction émise par un juge de l'État de Washington qui suspendait temporairement le décret "
     "présidentiel 13769, la Cour fédérale d'appel de San Francisco a confirmé le gel.",
     "États-Unis : la Cour d'appel de San Francisco valide la suspension du décret sur l'immigration", "2017-02-10",
     "Washington", "USA", "location"),
    ("Vice-présidente du Conseil de Ville de Montréal, Mme Plante, 42 ans, est porte-parole de Projet Montréal.",
     "Québec : Valérie Plante est élue chef de Projet Montréal", "2016-12-05", "Montréal", "CAN", "location"),
    # "porte-parole" after a name and a comma, which the tagger calls a pronoun
    ("Vers 6h15, selon le baromètre mensuel YouGov, Emmanuel Macron a 18% d'opinions favorables. Vers 22h12, Benjamin "
     "Grivaux, porte-parole du gouvernement, demande aux télévisions « de ne pas donner la position des forces de "
     "l’ordre ».", *GILETS, "porte-parole du gouvernement", "FRA", "person"),
    ("Vers 6h15, selon le baromètre mensuel YouGov, Emmanuel Macron a 18% d'opinions favorables, Edouard Philippe 21% et "
     "le gouvernement 17%.", *GILETS, "YouGov", "FRA", "company"),
    ("Vers 20h00, TF1 a annoncé qu'un délinquant multirécidiviste a été interpellé après avoir revendu sur le site "
     "internet Le Bon Coin, des articles de luxe volés près des Champs-Élysées.", "Gilets jaunes : jeudi 27 décembre 2018",
     "2018-12-27", "Le Bon Coin", "FRA", "company"),
    ("19 septembre 2017. – La compagnie japonaise pionnière du jeu vidéo Nintendo voit sa situation s'améliorer depuis "
     "la sortie de sa dernière console de salon.", "Japon : Nintendo va mieux", "2017-09-19", "compagnie japonaise", "JPN", "company"),
    ("1er juin 2018. – L'agence spatiale américaine a communiqué ce samedi 26 mai le décès d'Alan Bean.",
     "États-Unis : décès de l'astronaute Alan Bean", "2018-06-01", "agence spatiale américaine", "USA", "government"),
    ("L'astronaute américain termine sa carrière en ayant cumulé 69 jours 15 h 45 min dans l'espace.",
     "États-Unis : décès de l'astronaute Alan Bean", "2018-06-01", "astronaute américain", "USA", "person"),
    ("L'oligarque russe qui détient le journal veut mettre fin à la crise qui secoue le titre.",
     "« The Independent » va cesser ses éditions papiers", "2016-02-16", "oligarque russe", "RUS", "person"),
    ("La cause la plus vraisemblable de l'accident est le verglas en France. La préfecture départementale a de surcroît "
     "demandé aux habitants de Saône-et-Loire d'éviter les déplacements sur les routes.",
     "France : plusieurs morts dans un accident de bus en Saône-et-Loire", "2017-01-08", "préfecture départementale", "FRA", "government"),
    ("Un viaduc en construction s'est effondré dans un quartier peuplé de Calcutta, dans l'est de l'Inde. « Les opérations "
     "de secours se poursuivent » a déclaré Anurag Gupta, responsable de l’autorité nationale de gestion des catastrophes.",
     "Inde : une centaine de victimes dans l'effondrement d'un viaduc", "2016-03-31", "autorité nationale", "IND", "government"),
    ("Il avait dirigé la Chase Manhattan Bank (aujourd'hui JPMorgan Chase) pendant près de 35 ans. Sa fortune a été "
     "estimée à 3,3 milliards de dollars par le dernier classement des milliardaires publié lundi par Forbes.",
     "États-Unis : décès de David Rockefeller", "2017-03-21", "Chase Manhattan Bank", "USA", "company"),
    ("Sa fortune a été estimée à 3,3 milliards de dollars par le dernier classement des milliardaires publié lundi par "
     "Forbes.", "États-Unis : décès de David Rockefeller", "2017-03-21", "Forbes", "USA", "media"),
])
def test_sixteenth_pass_actor(text, title, date, surface, country, kind):
    actor = actor_at(analyse(text, date, title), text, surface)
    assert (actor["country"], actor["kind"]) == (country, kind), actor


def test_the_first_name_of_a_person_of_the_article_is_that_person():
    text = ("Emmanuel Macron a obtenu 23,8 % des voix. La deuxième candidate qualifiée est Marine Le Pen (FN).\n\n"
            "Emmanuel Macron 23,86 %\n\nMarine Le Pen 21,43 %")
    out = analyse(text, "2017-04-23", "Élection présidentielle française de 2017 : Macron et Le Pen en tête au premier tour")
    # the model tags the second "Marine" alone, as an organisation: stretched over the full name
    assert actor_at(out, text, "Marine Le Pen", 1)["name"] == "Marine Le Pen"
    quote = ("Jean-Marie Le Pen décrit sa fille, Marine Le Pen, comme « petite-bourgeoise ». « Moi je suis né dans un "
             "milieu populaire et Marine est née dans un milieu bourgeois », explique-t-il.")
    actor = actor_at(analyse(quote, "2012-07-06", "Jean-Marie Le Pen traite sa fille de « petite-bourgeoise »"), quote, "Marine", 1)
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_a_party_adjective_makes_an_american_politician_only_in_an_american_story():
    text = ("Plusieurs statues représentants le candidat républicain Donald Trump nu ont été érigées dans plusieurs villes "
            "à travers les Etats-Unis ces derniers jours.")
    mentions = [m for m in analyse(text, *TRUMP[::-1])["actor_mentions"] if text[m["start"]:m["end"]].startswith("candidat")]
    assert mentions and all((m["actor"]["country"], m["actor"]["kind"]) == ("USA", "person") for m in mentions)
    french = "Le candidat républicain à la présidentielle a présenté son programme à Paris devant ses militants."
    out = analyse(french, "2016-11-20", "France : la primaire de la droite")
    assert not any(m["actor"]["country"] == "USA" for m in out["actor_mentions"] if m.get("actor"))


@pytest.mark.parametrize("text, place, expected", [
    ("Les lycéens bloquent le réseau de bus de Toulouse ou le pont de pierre.", "Toulouse", True),
    ("notamment au Finistère, Côtes-d'Armor et Morbihan", "Côtes-d'Armor", True),
    ("Toulouse a gagné hier soir contre Lyon.", "Toulouse", False),  # a sentence's first word may be a club
    ("Les supporters de Toulouse Métropole ont voté.", "Toulouse", False),  # the head of a longer name
    ("Il a titré « Toulouse » son dernier roman.", "Toulouse", False),  # a title in quotation marks
])
def test_a_curated_place_is_added_only_where_nothing_else_is_meant(text, place, expected):
    from veille.actors.repair import NerRepair
    start = text.index(place)
    span = nlp.load()(text).char_span(start, start + len(place))
    assert span is not None and span.text == place
    assert NerRepair._lone_place(span) is expected
