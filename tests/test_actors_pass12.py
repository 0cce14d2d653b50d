"""Actors, twelfth pass: the long tail of named bodies and outlets (Internews, BuzzFeed, The Tablet, the
Revue des deux Mondes, pollsters, USGS, Canada's BST, the Peshmergas, the FFTri…), "vice-ministre", the
"Amérique" of the United States' own words, a person's university, a State's police and civil protection
named by their function, the militias of a people of no one State, "le président élu américain", the
Mairie and the Ville de Paris, the university tagged as a place, the capitalised "Démocrates" of an
American story, Arabic place names tagged as persons, and the prefect "de la Manche".

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), most of them of
`gold/actors/dev_tuning_21.yaml` and `gold/actors/dev_tuning_22.yaml`.
"""

from __future__ import annotations

import pytest

from test_actors import analyse
from test_actors_country import actor_at as _one


@pytest.mark.parametrize("text, date, title, surface, country, kind", [
    ("« Après réhabilitation, cette station peut atteindre quelque 93 000 personnes supplémentaires », a déclaré "
     "Ben Noble, le représentant de Internews en Haïti.", "2017-03-24",
     "Le PAM aide à rouvrir les radios haïtiennes endommagées par l'ouragan Matthew", "Internews", "USA", "ngo"),
    ("18 janvier 2016. – Des documents analysés par la BBC et Buzzfeed révèlent que plus de 70 joueurs sont soupçonnés "
     "d'avoir pris part à des matchs truqués.", "2016-01-18", "Tennis : soupçons de matchs truqués au niveau mondial",
     "Buzzfeed", "USA", "media"),
    ("Selon The Tablet, cette éviction aurait été motivée par la distribution de préservatifs à des personnes porteuses "
     "du VIH.", "2017-01-28", "Le grand-maître de l’Ordre de Malte contraint à la démission par le pape François",
     "The Tablet", "GBR", "media"),
    ("Dans un autre domaine, elle aurait aussi perçu 100 000 euros comme conseillère littéraire à la Revue des deux Mondes "
     "en ayant produit seulement trois notes de lecture.", "2017-01-26",
     "François Fillon et sa femme accusés de détournement de fonds publics", "Revue des deux Mondes", "FRA", "media"),
    ("Vers 17h00, selon le sondage de l'Elabe, réalisé les 18 et 19 décembre, 70% des Français approuvent le mouvement "
     "des Gilets jaunes.", "2018-12-19", "Gilets jaunes : mercredi 19 décembre 2018", "Elabe", "FRA", "company"),
    ("Vers 12h30, à Narbonne, un routier a crevé trois pneus et après avoir appelé des renforts routiers, un Gilet jaune "
     "a été frappé et emmené aux urgences.", "2018-12-19", "Gilets jaunes : mercredi 19 décembre 2018",
     "Gilet jaune", "FRA", "other"),
    ("Pour l'Unédic, l'année 2016 devrait malgré tout enregistrer une baisse du chômage, avant de repartir nettement à "
     "la hausse de 2017 à 2019.", "2016-09-27", "France : le chômage repart fortement à la hausse en août",
     "Unédic", "FRA", "government"),
    ("– Ce matin, l'Institut d'études géologiques des États-Unis a enregistré un séisme de magnitude 7,9 dans le Golfe "
     "d'Alaska.", "2018-01-23", "Séisme de magnitude 7,9 dans le Golfe de l'Alaska",
     "Institut d'études géologiques des États-Unis", "USA", "government"),
    ("Le Bureau de la sécurité des transports (BST) est actuellement sur place pour enquêter.", "2016-03-30",
     "Québec : écrasement d'avion aux Îles-de-la-Madeleine", "BST", "CAN", "government"),
    ("Alors que l'armée irakienne en déroute quitte le nord de l'Irak, les forces kurdes irakiennes, les Peshmergas, "
     "prennent certaines des régions qu'ils revendiquaient.", "2017-09-28", "Le Kurdistan irakien vers l'indépendance",
     "Peshmergas", "IRQ", "military"),
    ("20 septembre 2016. – La Fédération française de triathlon (FFTri) à communiqué sur son organe officiel que les "
     "épreuves de triathlon de Nice sont annulées.", "2016-09-20", "Triathlon : le Grand Prix FFTri à Nice annulé",
     "FFTri", "FRA", "ngo"),
])
def test_curated_bodies_outlets_and_firms_have_their_country_and_kind(text, date, title, surface, country, kind):
    out = analyse(text, date, title)
    actor = _one(out, text, surface)
    assert (actor["country"], actor["kind"]) == (country, kind)


def test_rojava_is_in_syria():
    text = ("Ailleurs, l'émergence de Daech a aussi permis la constitution d'une région autonome kurde en Syrie, le Rojava. "
            "Les Kurdes d'Irak obtiennent en 2005 un Gouvernement régional autonome.")
    out = analyse(text, "2017-09-28", "Le Kurdistan irakien vers l'indépendance")
    assert _one(out, text, "Rojava")["country"] == "SYR"


def test_a_vice_minister_is_a_person_of_the_adjectives_country():
    text = ("Des troupes américaines sont arrivées en Pologne. Le vice-ministre russe des Affaires étrangères, Alexeï Mechkov, "
            "a déclaré que les troupes et les véhicules entrants étaient un « facteur de déstabilisation ».")
    out = analyse(text, "2017-01-21", "Pologne : le Premier Ministre Beata Szydło accueille les troupes américaines")
    for surface in ("vice-ministre russe des Affaires étrangères", "Alexeï Mechkov"):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("RUS", "person"), surface


def test_amerique_in_a_quotation_is_the_united_states():
    text = ("Les troupes américaines sont arrivées en Pologne. « C'est la force de combat la plus capable de l'Amérique : une "
            "brigade blindée américaine hautement qualifiée », selon Paul James, ambassadeur américain en Pologne.")
    out = analyse(text, "2017-01-21", "Pologne : le Premier Ministre Beata Szydło accueille les troupes américaines")
    actor = _one(out, text, "Amérique")
    assert (actor["country"], actor["kind"]) == ("USA", "country")


def test_amerique_in_an_american_article_is_the_united_states():
    text = ("Donald Trump a prêté serment à Washington. Il s'est notamment engagé à ce que sa présidence montre la voie pour "
            "l’Amérique et pour le monde « pour des années ».")
    out = analyse(text, "2017-01-21", "États-Unis : Trump devient le nouveau président")
    actor = _one(out, text, "Amérique")
    assert (actor["country"], actor["kind"]) == ("USA", "country")


def test_amerique_among_continents_is_the_continent_of_no_country():
    text = ("Mais le virus est également fortement présent en Afrique, en Méditerranée orientale et en Amérique. Les "
            "Philippines lancent la campagne de vaccination.")
    out = analyse(text, "2016-04-07", "Philippines : le pays lance la première campagne de vaccination anti-dengue au monde")
    actor = _one(out, text, "Amérique")
    assert (actor["country"], actor["kind"]) == (None, "location")


FLAMANVILLE = ("« Tout incident de cette nature dans une centrale nucléaire est très sérieux », estime pour sa part Neil Hyatt, "
               "professeur de gestion des déchets nucléaires à l'université britannique de Sheffield. Barry Marsden, "
               "professeur de technologie nucléaire à l'université de Manchester (Royaume-Uni), est quant à lui plus mesuré.")


def test_a_persons_university_in_apposition_gives_the_country():
    out = analyse(FLAMANVILLE, "2017-02-10", "France : incident à la centrale nucléaire de Flamanville")
    for surface in ("Neil Hyatt", "Barry Marsden"):
        actor = _one(out, FLAMANVILLE, surface)
        assert (actor["country"], actor["kind"]) == ("GBR", "person"), surface


def test_a_university_tagged_as_a_place_is_an_organisation():
    out = analyse(FLAMANVILLE, "2017-02-10", "France : incident à la centrale nucléaire de Flamanville")
    actor = _one(out, FLAMANVILLE, "université de Manchester")
    assert (actor["country"], actor["kind"]) == ("GBR", "other")


def test_the_prefect_de_la_department_is_a_person_of_its_country():
    text = ("Selon ce qu'a confié à France Info Jacques Witkowski, préfet de la Manche, « [on] a eu un début d'incendie sur un "
            "réseau de gaines électriques ».")
    out = analyse(text, "2017-02-10", "France : incident à la centrale nucléaire de Flamanville")
    actor = _one(out, text, "préfet de la Manche")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


@pytest.mark.parametrize("text, date, title, surface, country, kind", [
    ("Vers 6 h 10 ce mercredi 9 novembre, un tramway est sorti de ses rails à Croydon, au sud de Londres. « Nous pouvons "
     "confirmer la mort d'au moins sept personnes », a indiqué la police des transports.", "2016-11-12",
     "De nombreux morts dans un accident de tramway à Londres", "police des transports", "GBR", "government"),
    ("24 août 2016. – Un nouveau bilan de la protection civile dénombre au moins 37 morts et 150 disparus, après le séisme "
     "qui a frappé le centre de l'Italie cette nuit.", "2016-08-24", "Séisme en Italie : le bilan monte à 37 morts",
     "protection civile", "ITA", "government"),
    ("La ligne assurait la liaison entre Indore et Patna, en Inde. Selon le directeur général de la police, de nombreux "
     "secouristes sont sur place.", "2016-11-20", "Inde : des dizaines de morts dans un accident de train",
     "directeur général de la police", "IND", "person"),
])
def test_a_states_police_and_civil_protection_named_by_their_function_are_the_articles_country(text, date, title, surface,
                                                                                               country, kind):
    out = analyse(text, date, title)
    actor = _one(out, text, surface)
    assert (actor["country"], actor["kind"]) == (country, kind)


def test_the_police_of_a_place_or_a_country_keeps_it():
    text = "Le chef de la police de Biloxi, dans le Mississippi, a parlé. La police turque a arrêté deux hommes à Ankara."
    out = analyse(text, "2017-01-24", "Monde : deux arrestations")
    assert _one(out, text, "police turque")["country"] == "TUR"
    assert not [m for m in out["actor_mentions"] if m["text"] == "chef de la police" and m["actor"]["country"] != "USA"]


def test_the_militias_of_a_people_of_no_state_are_the_articles_country():
    text = ("En effet, la coalition des FDS est largement dominée par les milices kurdes des YPG et YPJ, accusées de volonté "
            "hégémonique sur les zones qu'elles contrôlent en Syrie.")
    out = analyse(text, "2016-12-21", "Syrie : Daech recule autour de Raqqa")
    actor = _one(out, text, "milices kurdes")
    assert (actor["country"], actor["kind"]) == ("SYR", "other")


def test_the_president_elect_with_an_adjective_after_the_participle():
    text = ("Des troupes américaines sont arrivées en Pologne. Le directeur sortant de la CIA, John Brennan, a exprimé des "
            "inquiétudes quant à la spontanéité du président élu américain qui nuirait à la sécurité nationale américaine.")
    out = analyse(text, "2017-01-21", "Pologne : le Premier Ministre Beata Szydło accueille les troupes américaines")
    actor = _one(out, text, "président élu américain")
    assert (actor["country"], actor["kind"]) == ("USA", "person")


def test_democrates_capitalised_where_the_text_speaks_of_the_united_states():
    text = ("Des troupes américaines sont arrivées en Pologne. Un rapport de la CIA a conclu que le gouvernement russe a "
            "piraté des serveurs appartenant aux Démocrates.")
    out = analyse(text, "2017-01-21", "Pologne : le Premier Ministre Beata Szydło accueille les troupes américaines")
    actor = _one(out, text, "Démocrates")
    assert (actor["country"], actor["kind"]) == ("USA", "party")


def test_the_mairie_and_the_ville_de_paris_are_the_towns_government():
    text = ("À titre d'exemple, l’usine d’Ivry-sur-Seine est bloquée depuis dix jours par des éboueurs et des agents de la "
            "Ville de Paris. La Mairie précise que les arrondissements touchés sont ceux où la collecte est assurée par les "
            "services municipaux.")
    out = analyse(text, "2016-06-12", "France : grève des éboueurs protestant contre la loi-travail")
    for surface in ("Ville", "Mairie"):
        mention = next(m for m in out["actor_mentions"] if surface in m["text"])
        assert text[mention["start"]:mention["end"]] in (surface, "La Mairie")
        assert (mention["actor"]["country"], mention["actor"]["kind"]) == ("FRA", "government"), surface


def test_a_name_opening_on_an_arabic_place_word_is_a_place():
    text = ("L'armée syrienne est aussi repassée à l'offensive, s'emparant de dizaines de localités à l'est d'Alep, se "
            "rapprochant de Dayr Hafir, qui est située sur la route menant à Raqqa.")
    out = analyse(text, "2017-02-20", "Daech acculé sur tous les fronts")
    actor = _one(out, text, "Dayr Hafir")
    assert (actor["country"], actor["kind"]) == ("SYR", "location")


def test_a_states_agencies_qualified_by_its_adjective_are_its_government():
    text = ("Le président a voulu rassurer l'agence de renseignement après les dernières semaines tendues, où il a remis en "
            "cause la compétence des agences américaines.")
    out = analyse(text, "2017-01-22", "Le porte-parole de la Maison Blanche attaque les médias lors de sa première allocution")
    actor = _one(out, text, "agences américaines")
    assert (actor["country"], actor["kind"]) == ("USA", "government")


def test_the_emergency_telecommunications_cluster_is_the_wfps():
    text = ("Le projet est mis en œuvre par Internews, le PAM, le leader mondial du Secteur des Télécommunications d'Urgence "
            "(ETC, pour son sigle en anglais). « Le travail effectué par l'ETC permettra aux Haïtiens de partager des "
            "nouvelles », a déclaré Enrica Porcari, responsable de l'ETC.")
    out = analyse(text, "2017-03-24", "Le PAM aide à rouvrir les radios haïtiennes endommagées par l'ouragan Matthew")
    for surface, nth in (("Secteur des Télécommunications d'Urgence", 0), ("ETC", 0), ("ETC", 1)):
        actor = _one(out, text, surface, nth)
        assert (actor["country"], actor["kind"]) == ("WFP", "igo"), (surface, nth)


def test_a_square_named_after_a_country_is_a_place_of_the_articles_country():
    text = ("Toujours selon le même chauffeur, un soir, vers la Place d’Italie, dans le XIII e arrondissement de Paris, une "
            "dizaine de jeunes serait montée dans le bus. Le Quai d’Orsay a réagi.")
    out = analyse(text, "2017-01-28", "France : forte hausse de la délinquance dans les transports en commun en 2016")
    actor = _one(out, text, "Place d’Italie")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")


def test_the_ypj_are_syrian():
    text = ("En effet, la coalition des FDS est largement dominée par les milices kurdes des YPG et YPJ, accusées de volonté "
            "hégémonique sur les zones qu'elles contrôlent.")
    out = analyse(text, "2016-12-21", "Syrie : Daech recule autour de Raqqa")
    actor = _one(out, text, "YPJ")
    assert (actor["country"], actor["kind"]) == ("SYR", "other")


def test_the_government_spokesperson_coordinated_with_minister_is_a_person_of_the_articles_country():
    text = ("Vers 12h35, lors du compte rendu du conseil des ministres à l’Elysée, le ministre et porte-parole du gouvernement, "
            "Benjamin Griveaux, confirme la suppression du 5ème thème de la grande concertation nationale en France.")
    out = analyse(text, "2018-12-19", "Gilets jaunes : mercredi 19 décembre 2018")
    actor = _one(out, text, "porte-parole du gouvernement")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")
