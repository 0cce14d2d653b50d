"""Actors, eleventh pass: the press's adjectives of English and of the nations within a state, Guyana
beside French Guiana, "les républicains" of an American article, a company in apposition, the
department or city after the State's local offices, the councils of a region or department, the
Republic of a title, a surname opening on "al-", a child named with a parent's surname, and a few
curated actors (Business France, IGF, Freedom Caucus, FLNKS, the Belgian SPF, L'Orient-Le Jour…).

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), most of them of
`gold/actors/dev_tuning_20.yaml`.
"""

from __future__ import annotations

import pytest

from test_actors import analyse
from test_actors_country import actor_at as _one
from veille.actors import registry


@pytest.mark.parametrize("words, code", [
    ("anglais anglaise anglaises", "GBR"), ("écossais écossaise écossaises gallois galloise galloises", "GBR"),
    ("québécois québécoise québécoises", "CAN"), ("corse corses", "FRA"),
    ("flamand flamande flamands flamandes wallon wallonne wallons wallonnes", "BEL"),
])
def test_the_press_adjectives_of_english_and_of_nations_within_a_state_give_the_state(words, code):
    reg = registry.load()
    for word in words.split():
        assert reg.adjective(word) == code, word


def test_an_english_outlet_or_person_is_british():
    text = ("Un mutisme que Gabe Newell, cofondateur et directeur de Valve Corporation, a cassé lors d'une mini-conférence "
            "rapportée par la revue anglaise PC Gamer.")
    out = analyse(text, "2018-03-09", "Valve : de nouveaux jeux annoncés après plusieurs années sans sorties")
    actor = _one(out, text, "PC Gamer")
    assert (actor["country"], actor["kind"]) == ("GBR", "media")
    text = "24 janvier 2017. – Un randonneur anglais d'une soixantaine d'années a trouvé la mort en Haute-Savoie."
    out = analyse(text, "2017-01-24", "France : un randonneur meurt à Abondance")
    actor = _one(out, text, "randonneur anglais")
    assert (actor["country"], actor["kind"]) == ("GBR", "person")


def test_a_nations_own_office_is_of_its_state_but_not_the_states_office_holder():
    # adapted from the dev article "Le gouvernement écossais réclame un nouveau référendum d'indépendance"
    text = ("Trois ans après le référendum sur la souveraineté de l'Écosse, la première ministre écossaise réclame une "
            "nouvelle consultation populaire. Le gouvernement écossais réclame un nouveau référendum.")
    out = analyse(text, "2017-03-28", "Le gouvernement écossais réclame un nouveau référendum d'indépendance")
    actor = _one(out, text, "première ministre écossaise")
    assert (actor["country"], actor["kind"]) == ("GBR", "person")
    assert "may" not in actor["id"]  # not Theresa May, the British head of government that day
    actor = _one(out, text, "gouvernement écossais")
    assert (actor["country"], actor["kind"]) == ("GBR", "government")


CARIBBEAN = ("En plus des îles, la Guyane, le Suriname et la Guyane française sont touchés. Entre autres, l'organisation "
             "d'aide américaine USAID est présente dans les Bahamas, la Barbade, la Guyane, la Jamaïque, le Suriname et le "
             "Trinidad-et-Tobago.")


def test_guyane_beside_french_guiana_is_guyana_and_trinidad_a_country():
    out = analyse(CARIBBEAN, "2018-06-24", "Caraïbes : le VIH prend des proportions épidémiques")
    for nth in (0, 2):
        actor = _one(out, CARIBBEAN, "Guyane", nth)
        assert (actor["country"], actor["kind"]) == ("GUY", "country")
    actor = _one(out, CARIBBEAN, "Trinidad-et-Tobago")
    assert (actor["country"], actor["kind"]) == ("TTO", "country")
    actor = _one(out, CARIBBEAN, "USAID")
    assert (actor["country"], actor["kind"]) == ("USA", "government")


def test_guyane_alone_stays_the_french_department():
    text = ("8 avril 2017. – Un commissaire a été gravement blessé hier au soir, en Guyane, lors d'une manifestation dans le "
            "cadre du mouvement social.")
    out = analyse(text, "2017-04-08", "Guyane : incidents en marge d'un rassemblement")
    actor = _one(out, text, "Guyane")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")


def test_republicans_and_democrats_in_lower_case_are_the_american_parties_in_an_american_article():
    text = ("Le président a demandé de passer au vote pour mettre au défi les républicains de montrer leur impuissance. "
            "Il a aussi estimé qu'en ne faisant rien, cela contraindrait les démocrates à négocier avec les républicains une "
            "réforme bipartisane. Même parmi les électeurs républicains, le taux de soutien n'atteignait que 41 %. "
            "Les élus du Freedom Caucus jugeaient le texte trop proche de l'« Obamacare ».")
    out = analyse(text, "2017-03-26", "États-Unis : revers cuisant de Donald Trump sur la réforme de la santé")
    for surface, nth in (("républicains", 0), ("démocrates", 0), ("républicains", 1), ("républicains", 2), ("Freedom Caucus", 0)):
        actor = _one(out, text, surface, nth)
        assert (actor["country"], actor["kind"]) == ("USA", "party"), (surface, nth)


def test_republicans_in_lower_case_need_an_american_article():
    text = ("Il a aussi estimé qu'en ne faisant rien, cela contraindrait les démocrates à négocier avec les républicains une "
            "réforme bipartisane.")
    out = analyse(text, "2017-03-26", "Politique : revers cuisant sur la réforme de la santé")
    assert not [m for m in out["actor_mentions"] if m["text"] in ("républicains", "démocrates")]


def test_a_name_in_apposition_to_la_filiale_is_a_company():
    text = ("« Nous sommes en contact avec le SPF Affaires étrangères et notre attention se porte sur l'accueil des passagers "
            "et de leur famille », précise un porte-parole de Linden Cars, la filiale exploitant le véhicule.")
    out = analyse(text, "2018-04-02", "Allemagne : accident d'un bus belge, au moins douze blessés, le conducteur décédé")
    assert _one(out, text, "Linden Cars")["kind"] == "company"
    actor = _one(out, text, "SPF Affaires étrangères")
    assert (actor["country"], actor["kind"]) == ("BEL", "government")


def test_a_department_after_the_prefecture_is_a_place_and_the_prefecture_its_states():
    text = ("Par ailleurs, une cellule de crise a été ouverte à la préfecture du Var. La ministre de la défense Florence Parly "
            "a fait part de sa « très vive émotion » sur Twitter.")
    out = analyse(text, "2018-02-02", "France : au moins cinq morts dans un accident d'hélicoptères dans le Var")
    actor = _one(out, text, "Var")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")
    actor = _one(out, text, "préfecture du Var")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_a_departmental_or_regional_council_is_a_government():
    text = ("« Pour les Landais, c’est un grand vide qui se présente devant nous », a déclaré Xavier Fortinon, vice-président "
            "du conseil départemental des Landes, lors d’une séance consacrée au budget.")
    out = analyse(text, "2017-03-21", "France : décès de l'homme politique Henri Emmanuelli")
    actor = _one(out, text, "conseil départemental des Landes")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")
    actor = _one(out, text, "Landes")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")


def test_the_republic_of_a_title_is_no_place():
    text = ("Pour le procureur de la République de Clermont-Ferrand, Eric Maillaud, il n'était pas utile de prolonger le "
            "dispositif.")
    out = analyse(text, "2017-04-06", "France : levée du dispositif Alerte enlèvement concernant un enfant de cinq ans")
    actor = _one(out, text, "Clermont-Ferrand")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")
    assert not [m for m in out["actor_mentions"] if m["text"].startswith("République")]
    text = ("Ce n'est pas servir les Gilets jaunes que de laisser désigner à la vindicte, dans un trouble amalgame, un "
            "président de la République trop arrogant, des patrons trop puissants. Le cortège est parti de Paris.")
    out = analyse(text, "2018-12-26", "Gilets jaunes : mercredi 26 décembre 2018")
    actor = _one(out, text, "président de la République")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_a_surname_opening_on_al_is_the_person_again_even_capitalised():
    text = ("Le 28 juillet 2016, lors d'une rare allocution télévisée, le chef du Front al-Nosra, Abou Mohammed al-Joulani, "
            "annonce la rupture de ses liens structurels avec le commandement central d'Al-Qaida. Al-Joulani indique "
            "notamment que cette décision a été prise pour « protéger la révolution ».")
    out = analyse(text, "2016-07-29", "Syrie : le Front Al-Nosra rompt ses liens avec Al-Qaïda")
    actor = _one(out, text, "Al-Joulani")
    assert (actor["country"], actor["kind"]) == ("SYR", "person")


def test_a_child_named_with_the_parents_surname_is_a_person_not_a_town():
    text = ("Le dispositif a été déclenché après l'enlèvement à Clermont-Ferrand (Puy-de-Dôme) de Vicente, un garçon de 5,5 "
            "ans, par son père Jason Lopez. Vicente Lopez est d’ailleurs toujours recherché dans « le grand quart sud-ouest » "
            "du pays.")
    out = analyse(text, "2017-04-06", "France : levée du dispositif Alerte enlèvement concernant un enfant de cinq ans")
    actor = _one(out, text, "Vicente Lopez")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_curated_french_bodies_and_companies_of_the_favouritism_affair():
    text = ("Business France, organisme associé au ministère de l’Économie, est en effet accusé de « favoritisme » pour avoir "
            "demandé à la société Havas d'organiser un événement sans appel d'offres. Selon l'IGF, Business France pourrait "
            "être incriminé. Le PNF a indiqué que « le parquet national financier a pris connaissance de l'article ».")
    out = analyse(text, "2017-03-12", "France : soupçons de favoritisme autour d'Emmanuel Macron")
    for surface, kind in (("Business France", "government"), ("Havas", "company"), ("IGF", "government"),
                          ("parquet national financier", "government")):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", kind), surface


def test_curated_caledonian_parties_and_the_lebanese_daily():
    text = ("Père de trois enfants, il fut professeur dans l'enseignement catholique, membre de l'Union calédonienne "
            "(FLNKS), et nommé en 1984 secrétaire général du gouvernement provisoire de Kanaky.")
    out = analyse(text, "2016-06-12", "Nouvelle-Calédonie : une figure politique retrouvée morte, assassinée")
    for surface in ("Union calédonienne", "FLNKS"):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", "party"), surface
    text = ("Plusieurs hypothèses ont été avancées. Pour L'Orient-Le Jour, une victoire de l’État islamique à Deir ez-Zor "
            "permettrait à l'organisation d'évacuer plus facilement Mossoul en Irak.")
    out = analyse(text, "2016-09-19", "Syrie : la coalition occidentale tue près d'une centaine de soldats syriens")
    actor = _one(out, text, "Orient-Le Jour")  # the article "L'" is no part of the name
    assert (actor["country"], actor["kind"]) == ("LBN", "media")


def test_the_prefect_of_the_department_named_alone_is_the_articles_countrys():
    text = ("Le lycée a été évacué et fouillé. L'antenne de Nice du Raid a été mobilisée. Le préfet du département a ensuite "
            "certifié que les élèves étaient en sécurité.")
    out = analyse(text, "2017-03-17", "France : une fusillade à Grasse fait plusieurs blessés")
    actor = _one(out, text, "préfet du département")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_the_state_department_is_no_division_of_the_articles_country():
    text = ("Les États-Unis ont rapidement réagi par la voix du porte-parole du département d'État, John Kirby, qui indique "
            "qu'il ne voit « aucune raison de penser que leurs actions aient changé ».")
    out = analyse(text, "2016-07-29", "Syrie : le Front Al-Nosra rompt ses liens avec Al-Qaïda")
    assert not [m for m in out["actor_mentions"] if m["text"] == "porte-parole du département" or m["actor"]["country"] == "SYR"]


def test_a_role_after_etre_is_the_subjects_office():
    text = ("Après les révélations du Canard enchaîné concernant un déplacement à Las Vegas d'Emmanuel Macron alors qu'il "
            "était ministre de l'économie, des soupçons de favoritisme planent désormais sur lui.")
    out = analyse(text, "2017-03-12", "France : soupçons de favoritisme autour d'Emmanuel Macron")
    actor = _one(out, text, "ministre de l'économie")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_an_unknown_english_association_is_an_ngo():
    text = ("En se concentrant sur le Suriname et les Antilles néerlandaises, les médecins ont fondé il y a un an la Dutch "
            "Caribbean Association of Professionals in HIV-care (DCAPH).")
    out = analyse(text, "2018-06-24", "Caraïbes : le VIH prend des proportions épidémiques")
    assert _one(out, text, "Dutch Caribbean Association of Professionals in HIV-care")["kind"] == "ngo"
    actor = _one(out, text, "Antilles néerlandaises")
    assert (actor["country"], actor["kind"]) == ("NLD", "location")


def test_a_town_tagged_once_is_the_same_place_where_the_model_misses_it_again():
    text = ("Quatre personnes ont été tuées mardi lorsqu'un train de cargaison est entré en collision avec un autobus à "
            "Biloxi, dans le Mississippi. « Nous ne savons pas ce qui s'est réellement passé » a déclaré le chef de police de "
            "Biloxi, John Miller.")
    out = analyse(text, "2017-03-08", "États-Unis : un train percute un autobus dans le Mississippi")
    for nth in (0, 1):
        actor = _one(out, text, "Biloxi", nth)
        assert (actor["country"], actor["kind"]) == ("USA", "location")
