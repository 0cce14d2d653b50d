"""Actors, ninth pass: armed forces named by their branch ("Force aérienne royale thaïlandaise",
"Forces de Défense irlandaises", "l'armée de l'air"), a name the model took for a place in
apposition to a function word, a capital one travels to ("faire escale à Bichkek", "se rendait à
Islamabad"), the head of a known company ("X, le PDG de la compagnie Flydubai"), the civil aviation,
airlines, the European Space Agency, the Dáil.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), most of them of
`gold/actors/dev_tuning_18.yaml`.
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import actor_at as _one

THAI = ("15 janvier 2017. – Un avion de chasse s'est écrasé à l'aéroport international de Hat Yai (province de Songkhla, "
        "Thaïlande) samedi matin, lors d'un spectacle aérien annuel à l'occasion de la Journée de l'enfance. Le pilote n'a "
        "pas survécu.\n\nLa Force aérienne royale thaïlandaise a demandé que les images de l'accident ne soient pas "
        "diffusées, mais cela n'a pas empêché la presse de le faire. Le porte-parole de l'armée de l'air, Pongsak Semachai, "
        "a déclaré qu'une commission d'enquête serait formée.")


def test_an_air_force_named_with_its_country_adjective_is_that_countrys_military():
    out = analyse(THAI, "2017-01-15", "Thaïlande : un avion de combat s'est écrasé lors d'un spectacle aérien")
    actor = _one(out, THAI, "La Force aérienne royale thaïlandaise")
    assert (actor["country"], actor["kind"]) == ("THA", "military")


def test_the_army_s_air_branch_named_alone_is_the_article_s_countrys_military():
    out = analyse(THAI, "2017-01-15", "Thaïlande : un avion de combat s'est écrasé lors d'un spectacle aérien")
    actor = _one(out, THAI, "armée de l'air")
    assert (actor["country"], actor["kind"]) == ("THA", "military")


def test_a_name_taken_for_a_place_in_apposition_to_a_spokesperson_is_a_person():
    out = analyse(THAI, "2017-01-15", "Thaïlande : un avion de combat s'est écrasé lors d'un spectacle aérien")
    actor = _one(out, THAI, "Pongsak Semachai")
    assert (actor["country"], actor["kind"]) == ("THA", "person")


def test_defence_forces_with_and_without_their_adjective():
    text = ("Pour la première fois, des membres des Forces de Défense irlandaises ont assisté au rassemblement annuel dans "
            "leurs uniformes militaires, a rapporté le quotidien britannique The Independent. Les Forces de Défense étaient "
            "dirigées par le vice-amiral Mark Mellett.")
    out = analyse(text, "2018-07-04", "Irlande : la Dublin Pride 2018 attire des dizaines de milliers de personnes")
    for surface in ("Forces de Défense irlandaises", "Forces de Défense"):
        actor = _one(out, text, surface, 1 if surface == "Forces de Défense" else 0)
        assert (actor["country"], actor["kind"]) == ("IRL", "military")


def test_the_dail_is_the_irish_parliament():
    text = ("Le 19 juin, le Taoiseach irlandais Leo Varadkar, qui est le premier Taoiseach ouvertement gai du pays, s'est "
            "adressé au Dáil en disant : « Aujourd'hui, les gens auxquels je veux rendre un hommage spécial sont les héros "
            "inconnus ».")
    out = analyse(text, "2018-07-04", "Irlande : la Dublin Pride 2018 attire des dizaines de milliers de personnes")
    actor = _one(out, text, "Dáil")
    assert (actor["country"], actor["kind"]) == ("IRL", "government")


def test_an_aviation_named_by_a_people_is_an_air_force_the_civil_aviation_a_government_service():
    text = ("L'ONU n'a pas attribué la responsabilité des tirs de missiles, mais plusieurs ONG attribuent cette attaque au "
            "régime syrien et son allié russe.\n\nAviation Russe, 22 octobre 2015.")
    out = analyse(text, "2016-02-15", "Des bombardements touchent plusieurs hôpitaux et écoles dans le nord de la Syrie")
    actor = _one(out, text, "Aviation Russe")
    assert (actor["country"], actor["kind"]) == ("RUS", "military")
    text = ("En effet, le syndicat professionnel UNSA ICNA, qui représente 20 % des 4 000 contrôleurs aériens français, avait "
            "déposé un préavis de grève le 3 mars pour protester contre les conditions de travail. Il demande que le temps "
            "de travail soit pris en compte par l'Aviation civile.")
    out = analyse(text, "2017-03-06", "Le trafic aérien est perturbé par une grève des contrôleurs en France")
    actor = _one(out, text, "Aviation civile")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_the_french_civil_security_is_a_government_service():
    text = ("6 août 2016. – Tous les avions bombardiers d'eau de la Sécurité civile française sont immobilisés après qu'un "
            "des Canadair CL-415 a rompu son train d'atterrissage lundi 1 er août, alors qu'il allait décoller de "
            "l'aéroport d'Ajaccio.")
    out = analyse(text, "2016-08-06", "Les 12 Canadair français cloués au sol après un incident")
    actor = _one(out, text, "Sécurité civile française")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_a_capital_one_stops_at_or_travels_to_is_a_place():
    text = ("L'appareil, qui appartient à ACT Airlines avait décollé de Hong Kong et devait faire escale à Bichkek puis "
            "repartir pour Istanbul.")
    out = analyse(text, "2017-01-16", "Un Boeing 747 s'écrase au Kirghizistan")
    actor = _one(out, text, "Bichkek")
    assert (actor["country"], actor["kind"]) == ("KGZ", "location")
    text = ("L'appareil, qui avait décollé de Chitral au nord, transportait 47 personnes et se rendait à Islamabad, la "
            "capitale.")
    out = analyse(text, "2016-12-07", "Un avion de ligne pakistanais s'écrase")
    actor = _one(out, text, "Islamabad")
    assert (actor["country"], actor["kind"]) == ("PAK", "location")
    # an act addressed to the capital still makes it the government
    text = "Le Pakistan a demandé à Islamabad de réagir."
    out = analyse(text, "2016-12-07", "Pakistan")
    actor = _one(out, text, "Islamabad")
    assert actor["kind"] == "government"


def test_airlines_and_the_head_of_a_known_company_take_its_country():
    text = ("20 mars 2016. – Un avion de la compagnie aérienne low-cost Flydubai s'est écrasé samedi en tentant d'atterrir à "
            "l'aéroport de Rostov-sur-le-Don, en Russie.\n\nGhaith al Ghaith, le PDG de la compagnie Flydubai, a annoncé "
            "qu'il était trop tôt pour déterminer les causes de l'accident. La police russe a écarté la piste terroriste.")
    out = analyse(text, "2016-03-20", "Un avion de Flydubai s'écrase dans le sud de la Russie, 62 morts")
    for nth in (0, 1):
        actor = _one(out, text, "Flydubai", nth)
        assert (actor["country"], actor["kind"]) == ("ARE", "company")
    actor = _one(out, text, "Ghaith al Ghaith")
    assert (actor["country"], actor["kind"]) == ("ARE", "person")
    text = ("16 janvier 2017. – Un avion-cargo 747-400F qui effectuait le vol TK6491 de la compagnie Turkish Airlines s'est "
            "écrasé à 01 h 30 UTC dans le village de Datcha-Suu à 25 km au nord-ouest de Bichkek, la capitale.")
    out = analyse(text, "2017-01-16", "Un Boeing 747 s'écrase au Kirghizistan")
    actor = _one(out, text, "Turkish Airlines")
    assert (actor["country"], actor["kind"]) == ("TUR", "company")


def test_the_european_space_agency_and_its_acronym():
    text = ("14 mars 2018. – Après l'annonce de la perte de contrôle de la station spatiale Tiangong-1 par l'administration "
            "chinoise en 2016, le bureau des débris spatiaux de l'agence spatiale européenne (ESA) a récemment affûté les "
            "estimations. L'ESA indique qu'elle ne peut pas prévoir aujourd'hui l'heure et l'emplacement précis de cette "
            "rentrée.")
    out = analyse(text, "2018-03-14", "Espace : la station spatiale chinoise Tiangong-1 retombera sur Terre début avril")
    for surface, nth in (("agence spatiale européenne", 0), ("ESA", 0), ("ESA", 1)):
        actor = _one(out, text, surface, nth)
        assert (actor["country"], actor["kind"]) == ("ESA", "igo")


def test_the_congress_named_alone_is_the_article_s_own_country_s():
    text = ("Cette première version laissait augurer une forte hausse du nombre de personnes non assurées (environ 24 à 26 "
            "millions), selon un office d'évaluation du Congrès.")
    out = analyse(text, "2017-05-04", "États-Unis : le remplacement de l'Obamacare approuvé par la Chambre des représentants")
    actor = _one(out, text, "Congrès")
    assert (actor["country"], actor["kind"]) == ("USA", "government")
    # the same bare name in an article about Brazil that names no United States: Brazil's (a guard, not a dev sentence)
    text = "Le Brésil est en crise. Le Congrès a voté la destitution de la présidente."
    out = analyse(text, "2016-09-01", "Brésil : Dilma Rousseff destituée")
    actor = _one(out, text, "Congrès")
    assert (actor["country"], actor["kind"]) == ("BRA", "government")


def test_a_police_station_tagged_as_a_place_is_the_police():
    text = ("14 juin 2016. – Peu avant 21 heures, ce lundi 13 juin, Jean-Baptiste Salvaing, chef adjoint au commissariat des "
            "Mureaux âgé de 42 ans, a été tué, alors qu'il s'apprêtait à rentrer chez lui, dans un quartier de Magnanville "
            "(Yvelines).")
    out = analyse(text, "2016-06-14", "France : un couple de policiers tué dans leur quartier à Magnanville (Yvelines)")
    actor = _one(out, text, "commissariat des Mureaux")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_french_public_bodies_named_by_short_names_and_acronyms():
    text = ("Une dizaine de milliers de personnes a défilé en France, dont 15 000 à Paris (6 000 selon la Préfecture de "
            "police), 400 à Rennes et 500 au Puy-en-Velay (Haute-Loire).\n\nVers 21h, les fonctionnaires de la Cnaf à Bercy "
            "ont affirmé qu'il faudrait six mois pour que la hausse de 100 euros des primes d'activité soit effective.")
    out = analyse(text, "2018-12-14", "Gilets jaunes : vendredi 14 décembre 2018")
    for surface in ("Préfecture de police", "Cnaf"):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_the_burundian_intelligence_service_by_its_acronym():
    text = ("Toujours est-il que le mouvement Imbonerakure est fréquemment soupçonné de participer, conjointement ou non avec "
            "les services de renseignements (SNR), à des arrestations arbitraires.")
    out = analyse(text, "2016-11-04", "Burundi : tensions entre Sindumuja et Imbonerakure à Berlin")
    actor = _one(out, text, "SNR")
    assert (actor["country"], actor["kind"]) == ("BDI", "government")


def test_the_president_of_a_chamber_or_of_a_central_bank_is_no_head_of_state():
    text = ("Vers 6h15, selon le baromètre mensuel YouGov, Emmanuel Macron a 18% d'opinions favorables, Edouard Philippe 21% "
            "et le gouvernement 17%.\n\nCe matin, Vers 14h30, à Limoges, un vigile de 35 ans proche de l'ultra-droite "
            "radicale, a été interpellé à la sortie de son domicile.\n\nVers 7h35, Richard Ferrand, président de "
            "l'Assemblée nationale, appelle à ne pas céder à la tentation du chaos.")
    out = analyse(text, "2018-12-06", "Gilets jaunes : jeudi 6 décembre 2018")
    actor = _one(out, text, "président de l'Assemblée nationale")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")
    assert actor["id"] != "person:emmanuel-macron"
    assert _one(out, text, "Richard Ferrand")["id"] != "person:emmanuel-macron"
    text = ("Donald Trump a en effet déjà signé un décret en ce sens, et compte faire pression sur la présidente de la Réserve "
            "fédérale américaine Janet Yellen afin d'abandonner les réglementations internationales.")
    out = analyse(text, "2017-02-07", "États-Unis : la dérégulation financière inquiète")
    # the model stops the name before "américaine"
    actor = _one(out, text, "présidente de la Réserve fédérale")
    assert (actor["country"], actor["kind"]) == ("USA", "person")
    assert actor["id"] != "person:donald-trump"
    actor = _one(out, text, "Réserve fédérale")
    assert (actor["country"], actor["kind"]) == ("USA", "government")


def test_a_chamber_named_with_its_country_adjective_keeps_that_country():
    # a guard, not a dev sentence: in an article about France, the chamber its adjective names stays
    # American (the bare "Sénat" of such an article is France's)
    text = "Le Sénat américain a voté la loi."
    out = analyse(text, "2017-02-07", "France : la réforme du travail")
    assert (_one(out, text, "Sénat américain")["country"]) == "USA"
    text = "Le Sénat a voté la loi."
    out = analyse(text, "2017-02-07", "France : la réforme du travail")
    assert (_one(out, text, "Sénat")["country"]) == "FRA"


def test_french_associations_keep_france():
    text = ("14 juin 2016, France. – L'association Médecins du monde n'a pas pu placarder ses affiches sur les espaces "
            "publicitaires de JCDecaux. Selon la présidente de Médecins du monde, Françoise Sivignon, l'autorité a "
            "également fait part « des risques de réaction ».")
    out = analyse(text, "2016-06-14", "Une campagne de Médecins du monde censurée")
    for nth in (0, 1):
        actor = _one(out, text, "Médecins du monde", nth)
        assert (actor["country"], actor["kind"]) == ("FRA", "ngo")


def test_plural_adjectives_the_sources_list_in_the_singular_and_a_coordinated_complement():
    # "burkinabés": the country sources list "burkinabé" only; the adjective qualifies "sécurité",
    # coordinated with "défense", the complement of "forces"
    text = ("Deux groupes d'assaillants ont attaqué à la mi-journée l'ambassade de France et l'État-major des armées. Les "
            "forces de défense et de sécurité burkinabés ont riposté, abattant les 8 assaillants.")
    out = analyse(text, "2018-03-03", "Burkina-Faso : double attaque à Ouagadougou contre l'ambassade de France et "
                                      "l'État-major")
    actor = _one(out, text, "forces de défense et de sécurité burkinabés")
    assert (actor["country"], actor["kind"]) == ("BFA", "military")


def test_adjectives_the_country_sources_lack():
    text = ("Ces deux produits sont la propriété de la multinationale étasunienne Monsanto. Le maïs a été incorporé dans un "
            "régime équilibré.")
    out = analyse(text, "2012-09-21", "Santé : les OGM pourraient augmenter le risque de cancer")
    assert _one(out, text, "Monsanto")["country"] == "USA"
    from veille.actors import registry
    r = registry.load()
    assert [r.adjective(w) for w in ("ivoiriennes", "serbes", "birmans", "qatari", "thaïe", "martiniquaises")] == \
        ["CIV", "SRB", "MMR", "QAT", "THA", "FRA"]


def test_the_institution_inside_a_person_s_role_is_a_mention_of_its_own():
    text = ("À son arrestation, il déclare à la police « Il est mieux que les handicapés disparaissent. » Dans une lettre "
            "adressée au président de la chambre basse du Japon, il écrit : « Mon objectif est un monde meilleur ».")
    out = analyse(text, "2016-07-26", "Japon : l'attaque au couteau la plus meurtrière depuis 1945")
    assert (_one(out, text, "président de la chambre basse du Japon")["kind"]) == "person"
    actor = _one(out, text, "chambre basse du Japon")
    assert (actor["country"], actor["kind"]) == ("JPN", "government")
    text = ("Il peut décider, au choix, de revenir à la légalité ou de prolonger l’instabilité ». Le chef du gouvernement "
            "espagnol est soutenu en ce sens par la vaste majorité du Parlement espagnol.")
    out = analyse(text, "2017-10-11", "Espagne : indépendance de la Catalogne différée, Madrid menace")
    actor = _one(out, text, "chef du gouvernement espagnol")
    assert (actor["country"], actor["kind"]) == ("ESP", "person")
    actor = _one(out, text, "gouvernement espagnol")
    assert (actor["country"], actor["kind"]) == ("ESP", "government")


def test_a_known_surname_tagged_as_a_place_is_the_person_unless_an_article_makes_a_place_of_it():
    text = ("« La question n'est pas encore tranchée et seul Emmanuel Macron a la réponse » a assuré un proche de Macron au "
            "quotidien du soir. La position définitif de l'ancien protégé de Hollande devrait être connue d'ici le 10 "
            "décembre.")
    out = analyse(text, "2016-11-08", "L'entourage d'Emmanuel Macron annonce qu'il sera candidat en 2017... puis dément")
    actor = _one(out, text, "Hollande")
    assert (actor["country"], actor["kind"], actor["id"]) == ("FRA", "person", "person:francois-hollande")
    text = "Il a longtemps vécu en Hollande."
    out = analyse(text, "2016-11-08", "Voyages")
    assert _one(out, text, "Hollande")["kind"] == "location"
