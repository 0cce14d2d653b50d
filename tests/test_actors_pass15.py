"""Actors, fifteenth pass: bodies every State has, named in lower case by their function ("la
commission électorale", "les autorités provinciales", "la chambre basse"), a country's press, firms,
associations and opposition named by an adjective, intelligence services, a party its acronym
names, an outlet and its founder run together, public figures with no dated office, the Arab
League's code.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5); the batches they come
from are `gold/actors/dev_tuning_27.yaml` and `gold/actors/dev_tuning_28.yaml`.
"""

from __future__ import annotations

import pytest

from test_actors import analyse
from test_actors_country import actor_at

EGYPT = ("Égypte : le parti des Frères musulmans exige les résultats de l’élection présidentielle", "2012-06-23")
KAPISA = ("Afghanistan : l'armée française transfère le contrôle de la Kapisa à l'armée afghane", "2012-07-04")
OBAMA = ("Barack Obama : « le meilleur reste à venir pour les Etats-Unis ! »", "2012-11-07")
JACQUIER = ("Le journaliste Gilles Jacquier aurait été victime d'une bavure des rebelles syriens", "2012-07-18")
HRW = ("Syrie : Human Rights Watch dénonce les actes de torture", "2012-07-03")
TORTURE = ("L'organisation met également en cause les organismes de renseignement syriens, connus sous le nom de "
           "moukhabarat ; quatre de ces services sont ainsi à la tête de ces centres de torture : le service des "
           "renseignements militaires, la direction de la sécurité politique, la direction des renseignements généraux "
           "et la direction des renseignements aériens.")


@pytest.mark.parametrize("text, title, date, surface, country, kind", [
    ("Le candidat des Frères Musulmans exigent la publication des résultats immédiate par la commission électorale.",
     *EGYPT, "commission électorale", "EGY", "government"),
    # "des" is "de les" here: the province's own authorities, not some authorities
    ("La cérémonie de transfert s'est déroulée dans la ville de Mahmood-e-Raqi, capitale de la province, en présence de "
     "responsable afghans et de l'OTAN, où le drapeau afghan a été hissé sur le mât placé devant le siège des autorités "
     "provinciales, remplaçant celui de l'OTAN.", *KAPISA, "autorités provinciales", "AFG", "government"),
    ("7 novembre 2012. - C’est à Chicago que le président Barack Obama a attendu la proclamation des résultats. Sans la "
     "Floride, où le résultat final n’était pas encore connu hier soir, B. Obama a recueilli 303 grands électeurs.\n\n"
     "Trente-trois sièges étaient à pourvoir au Sénat. L’ensemble des 435 sièges de la chambre basse étaient en jeu. Les "
     "résultats complets seront disponibles dans les prochains jours.", *OBAMA, "chambre basse", "USA", "government"),
])
def test_a_body_every_state_has_is_the_articles_countrys(text, title, date, surface, country, kind):
    actor = actor_at(analyse(text, date, title), text, surface)
    assert (actor["country"], actor["kind"]) == (country, kind)


@pytest.mark.parametrize("surface, kind", [
    ("service des renseignements militaires", "military"),
    ("direction de la sécurité politique", "government"),
    ("direction des renseignements généraux", "government"),
    ("direction des renseignements aériens", "military"),
])
def test_intelligence_services_named_in_lower_case_are_the_states(surface, kind):
    actor = actor_at(analyse(TORTURE, HRW[1], HRW[0]), TORTURE, surface)
    assert (actor["country"], actor["kind"]) == ("SYR", kind)


@pytest.mark.parametrize("text, title, date, surface, country, kind", [
    ("- Le quotidien français Le Figaro annonce mardi soir sur internet que le journaliste de France 2 Gilles Jacquier "
     "aurait été tué le 11 janvier dernier par « un tir d'obus lancé par les rebelles de Homs ».", *JACQUIER,
     "quotidien français", "FRA", "media"),
    ("- Le plan de réduction d'effectifs de l'entreprise américaine Hewlett-Packard (HP), spécialisée dans "
     "l'informatique, se poursuit depuis mai dernier.", "France : Hewlett-Packard va supprimer 520 postes d'ici à 2014",
     "2012-07-02", "entreprise américaine", "USA", "company"),
    ("Selon plusieurs associations croates, cette publication flirte avec la démagogie.",
     "Croatie : publication des noms des plus gros fraudeurs", "2012-08-01", "associations croates", "HRV", "ngo"),
    ("26 juin 2012. - Le Parquet fédéral annonce que des hackers ont volé près de 3 millions d'euros par le truchement de "
     "banques électroniques. Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros ».\n\n"
     "Pour le procureur fédéral, plus de 3 millions d’euros auraient été volés dans les cinq grandes banques belges que "
     "sont Belfius, ING, KBC, BNP Paribas Fortis et AXA.",
     "Banques belges piratées : « Le parquet exagère les chiffres »", "2012-06-26", "fédération des banques", "BEL", "ngo"),
    ("– Le Trophée Tallinn 2018 est une compétition internationale de patinage artistique organisée par la fédération "
     "estonienne de patinage artistique, ayant lieu du 26 novembre au 29 novembre à la patinoire Tondiraba de Tallinn "
     "en Estonie.", "Patinage artistique : résultats du Trophée Tallinn 2018", "2018-11-29",
     "fédération estonienne de patinage artistique", "EST", "ngo"),
    ("Le 27 octobre dernier, la Russie avait rejeté la suggestion de la secrétaire d’Etat américaine Hillary Clinton de "
     "constituer un front élargi de l’opposition syrienne ; c’est un exemple d’ingérence.", "Syrie : nouvelle avancée des rebelles",
     "2012-11-02", "opposition syrienne", "SYR", "other"),
    ("- Cinq hommes et une femme ont été arrêtés dans la capitale britannique sur des soupçons d'implication à des "
     "activités terroristes.", "Jeux Olympiques de 2012 : six terroristes présumés arrêtés à Londres", "2012-07-05",
     "capitale britannique", "GBR", "location"),
])
def test_a_noun_and_a_country_adjective_name_that_countrys_body(text, title, date, surface, country, kind):
    actor = actor_at(analyse(text, date, title), text, surface)
    assert (actor["country"], actor["kind"]) == (country, kind)


def test_a_party_name_many_countries_share_is_the_one_its_acronym_names():
    text = ("- À la suite des élections législatives de dimanche 17 juin, le nouveau premier ministre conservateur Antonis "
            "Samaras a dévoilé la constitution du nouveau gouvernement de coalition, principalement composé des ténors du "
            "parti de droite Nouvelle Démocratie (ND), et soutenu par le Parti socialiste (PASOK) et la Gauche démocratique.")
    out = analyse(text, "2012-06-21", "Grèce : le nouveau gouvernement de coalition formé")
    socialists, acronym = actor_at(out, text, "Parti socialiste"), actor_at(out, text, "PASOK")
    assert socialists["id"] == acronym["id"]
    assert (socialists["country"], socialists["kind"]) == ("GRC", "party")
    assert (actor_at(out, text, "Gauche démocratique")["country"]) == "GRC"


def test_an_outlet_and_its_founder_run_together_are_two_actors():
    text = ("- Rafael Correa, président de la république équatorienne, a décidé hier, jeudi 16 août 2012, d'accorder "
            "l'asile politique, au fondateur de WikiLeaks Julian Assange.")
    out = analyse(text, "2012-08-17", "WikiLeaks : l’Équateur accorde l'asile politique à Julian Assange")
    assert actor_at(out, text, "WikiLeaks")["kind"] == "media"
    founder = actor_at(out, text, "Julian Assange")
    assert (founder["name"], founder["country"], founder["kind"]) == ("Julian Assange", "AUS", "person")
    assert [e["label"] for e in out["entities"] if e["text"] == "Julian Assange"] == ["PER"]


@pytest.mark.parametrize("text, title, date, surface, name, country", [
    ("En effet, un nouveau régime a vu le jour en mars 2011, quelques mois après la libération de la prix Nobel de la paix "
     "Aung San Suu Kyi.", "Birmanie : abolition de la censure", "2012-08-20", "Aung San Suu Kyi", "Aung San Suu Kyi", "MMR"),
    # the head of La Francophonie in 2012: its secretary general, by the registry's dates
    ("Abdou Diouf quitte Québec 48 heures avant son programme officiel.",
     "Québec : le secrétaire général de la Francophonie n'achève pas sa mission au Forum mondial de langue française",
     "2012-07-04", "Abdou Diouf", "Abdou Diouf", "OIF"),
])
def test_public_figures_have_their_country(text, title, date, surface, name, country):
    actor = actor_at(analyse(text, date, title), text, surface)
    assert (actor["name"], actor["country"], actor["kind"]) == (name, country, "person")


def test_a_square_named_without_its_article_is_a_place():
    text = ("À la suite de l'annonce des résultats à 15 h par la commission électorale, les partisans du vainqueur "
            "rassemblés place Tahrir ont laissés exploser leur joie.")
    out = analyse(text, "2012-06-24", "Égypte : Mohamed Morsi élu président")
    start = text.index("Tahrir")
    square = [m for m in out["actor_mentions"] if m["start"] <= start < m["end"]]
    assert [(m["actor"]["country"], m["actor"]["kind"]) for m in square] == [("EGY", "location")]
    assert actor_at(out, text, "commission électorale")["country"] == "EGY"


def test_the_arab_league_has_its_own_code():
    text = ("Un rapport de la Ligue arabe apporte la même conclusion : « Il faudrait noter que les rapports de la Mission "
            "de la Ligue arabe à Homs indiquent que le journaliste français a été tué à la suite des tirs de mortier par "
            "l’opposition ».")
    out = analyse(text, JACQUIER[1], JACQUIER[0])
    for nth in (0, 1):
        actor = actor_at(out, text, "Ligue arabe", nth)
        assert (actor["name"], actor["country"], actor["kind"]) == ("Arab League", "LAS", "igo")
