"""Actors, eighth pass: a place noun the model took into a name ("ville de Rome"), the city a role's
"la ville" refers to, a country right after a place, an unknown place named again, buildings named
after a town, NGOs introduced with a country and a cause, airlines, French overseas collectivities,
a place after "ministre de", a party opening "(X, <country>)" after a name, a full name repeated
under another label, chiefs of staff, periphrases of countries, consulates named alone, fleets,
churches.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), most of them of
`gold/actors/dev_tuning_17.yaml`.
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import actor_at as _one


def test_a_place_noun_in_the_name_is_cut_and_the_city_is_no_government():
    text = ("22 septembre 2016. – Tout comme pour Munich (hiver 2022) ou Québec (hiver 2026), la ville de Rome a retiré "
            "hier sa candidature pour les Jeux olympiques d'été de 2024. Le même résultat est visible à Sotchi, où la "
            "Russie avait payé 37 milliards d'euros. Ce sont désormais les pays en émergence tels que le Brésil, la Russie, "
            "la Chine ou le Qatar qui se portent candidats. Après l'avoir promis dans sa campagne électorale, la nouvelle "
            "maire de la ville, Virginia Raggi, a officialisé la fin de la candidature de Rome.")
    out = analyse(text, "2016-09-22", "Jeux olympiques de 2024 : Rome retire sa candidature")
    rome = _one(out, text, "Rome")
    assert (rome["country"], rome["kind"]) == ("ITA", "location")
    # "la ville" is the city the text names most, Rome, not the country it names most (Russia)
    for surface in ("maire de la ville", "Virginia Raggi"):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("ITA", "person")


def test_a_country_right_after_a_place_and_the_place_named_again():
    text = ("28 janvier 2016. – Le Concile panorthodoxe se tiendra du 16 au 23 juin 2016 à Crète en Grèce. La date a été "
            "annoncée lors de la réunion des primats des Églises orthodoxes tenue à Chambésy en Suisse ce mercredi 27 "
            "janvier. Toutes les Églises orthodoxes étaient représentées à la réunion de Chambésy.")
    out = analyse(text, "2016-01-28", "La date du Concile panorthodoxe est annoncée")
    for nth in (0, 1):
        actor = _one(out, text, "Chambésy", nth)
        assert (actor["country"], actor["kind"]) == ("CHE", "location")


def test_a_building_named_after_a_known_town_is_of_its_country():
    text = ("Le consul de France à Jérusalem, Pierre Cochard, a conclu son discours du 14 juillet, applaudi par tous ceux "
            "qui étaient présents dans les jardins de la basilique Sainte-Anne de Jérusalem pour la fête nationale. "
            "Vive la France !")
    out = analyse(text, "2018-07-19", "Coupe du monde de football 2018 : célébrations du 14 juillet à Jérusalem")
    actor = _one(out, text, "basilique Sainte-Anne de Jérusalem")
    assert (actor["country"], actor["kind"]) == ("ISR", "location")


def test_a_consulate_named_alone_is_the_post_of_the_consul_named_before():
    text = ("19 juillet 2018. – « Vive la République ! Vive la France ! Et allez les Bleus ! » Le consul de France à "
            "Jérusalem, Pierre Cochard, a ainsi conclu son discours du 14 juillet par une légère entorse protocolaire en "
            "référence à la finale de la Coupe du monde de football.\n\nLe dimanche 15 juillet, une autre réception a "
            "rassemblé à l’invitation du Consul général et de son épouse dans les jardins du Consulat général un public "
            "notamment constitué de membres de la communauté française inscrite dans la circonscription consulaire. Avant "
            "la célébration proprement dite, le Consulat venait ce soir-là d’accueillir de nombreux supporters.")
    out = analyse(text, "2018-07-19", "Coupe du monde de football 2018 : célébrations du 14 juillet à Jérusalem sur fond "
                                      "de victoire au mondial")
    for surface, nth in (("Consulat général", 0), ("Consulat", 1)):
        actor = _one(out, text, surface, nth)
        assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_an_ngo_introduced_with_a_country_adjective_and_a_cause():
    text = ("C'est d'ailleurs l'analyse de Gabriel Ruyiri, le président-fondateur de l'organisation burundaise "
            "anti-corruption Olucome : « Le gouvernement du Burundi veut faire contribuer les citoyens. »")
    out = analyse(text, "2016-11-26", "Burundi : hausse planifiée des recettes intérieures de 6 %")
    actor = _one(out, text, "Olucome")
    assert (actor["country"], actor["kind"]) == ("BDI", "ngo")


def test_an_organisation_ending_in_airlines_is_a_company():
    text = ("À la suite de l'écrasement du vol 2933 LaMia Airlines le lundi 28 novembre en Colombie, le bilan officiel "
            "était initialement de 75 morts.")
    out = analyse(text, "2016-11-30", "Colombie : 71 morts lors du crash du vol 2933 LaMia Airlines")
    assert _one(out, text, "LaMia Airlines")["kind"] == "company"


def test_french_overseas_collectivities_are_places_of_france():
    text = ("La France est également touchée puisque les départements français de Guyane, Martinique, Guadeloupe et de "
            "Saint-Martin recensent quelques dizaines de cas.")
    out = analyse(text, "2016-01-21", "Brésil : l'épidémie de Zika provoque de plus en plus de malformations")
    actor = _one(out, text, "Saint-Martin")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")


def test_a_place_after_ministre_de_is_no_ministry():
    text = ("18 janvier 2018. – La première ministre de l'Angleterre, Theresa May, a annoncé jeudi matin que la France va "
            "prêter au Royaume-Uni, d'ici cinq ans, la fameuse Tapisserie de Bayeux, dans le cadre d'un programme "
            "d’échange d’œuvres. Cette décision a été prise par le président français Macron lors d'une rencontre "
            "diplomatique avec May à Académie royale militaire de Sandhurst, le 35e sommet franco-britannique.")
    out = analyse(text, "2018-01-18", "La Tapisserie de Bayeux va être prêtée au Royaume-Uni")
    actor = _one(out, text, "Angleterre")
    assert (actor["country"], actor["kind"]) == ("GBR", "location")


def test_a_group_opening_the_brackets_after_a_candidate_and_the_name_repeated():
    text = ("Sept candidats sont en lice pour succéder à Martin Schultz : Antonio Tajani (PPE, Italie), Gianni Pittella "
            "(PSE, Italie), Guy Verhofstadt (ALDE, Belgique), Helga Stevens (ERC, Belgique), Eleonora Forenza (GUE/NGL, "
            "Italie), Jean Lambert (Verts/ALE, Royaume-Uni) et Laurenţiu Rebega (ENL, Roumanie).\n\nEleonora Forenza "
            "(GUE/NGL, Italie)\n\nJean Lambert (Greens/EFA, Royaume-Uni)\n\nGianni Pittella (PSE, Italie)\n\nLaurenţiu "
            "Rebega (ENL, Roumanie)\n\nHelga Stevens (ERC, Belgique)\n")
    out = analyse(text, "2017-01-17", "Union européenne : une élection disputée pour la présidence du Parlement")
    party = _one(out, text, "ERC")
    assert (party["country"], party["kind"]) == ("BEL", "party")  # the country its brackets give
    # the model tags the second "Laurenţiu Rebega" as a place: the full name met before is the person
    actor = _one(out, text, "Laurenţiu Rebega", 1)
    assert (actor["country"], actor["kind"]) == ("ROU", "person")


def test_the_chief_of_defence_staff_is_a_person_of_the_article_country():
    text = ("19 juillet 2017. – Le Chef d'état-major des armées Pierre de Villiers a annoncé la démission de son poste. "
            "Le général français n'est pas satisfait des économies au sein de l'armée.")
    out = analyse(text, "2017-07-19", "France : démission du chef des armées")
    actor = _one(out, text, "Chef d'état-major des armées")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_a_periphrasis_names_its_country_and_a_fleet_with_an_adjective_is_its_military():
    text = ("À cela s'ajoute la fermeture par l'Égypte du détroit de Tiran aux navires marchands israéliens. Face à tous "
            "ces éléments, l'État hébreux a commencé l'opération Foco qui a détruit la majeure partie de la flotte "
            "aérienne égyptienne. Israël a annexé le Plateau du Golan.")
    out = analyse(text, "2017-06-07", "Israël : cinquantième anniversaire du début de la guerre des Six Jours")
    actor = _one(out, text, "État hébreux")
    assert (actor["country"], actor["kind"]) == ("ISR", "country")
    fleet = _one(out, text, "flotte aérienne égyptienne")
    assert (fleet["country"], fleet["kind"]) == ("EGY", "military")
    golan = _one(out, text, "Plateau du Golan")
    assert (golan["country"], golan["kind"]) == ("SYR", "location")


def test_the_anglican_communion_is_a_church_of_no_country():
    text = ("Les primats de la Communion anglicane réunis à Canterbury en Angleterre le 14 janvier 2016 ont voté pour "
            "suspendre l'Église épiscopale des États-Unis.")
    out = analyse(text, "2016-01-26", "L'Église épiscopale des États-Unis est suspendue de la Communion anglicane")
    actor = _one(out, text, "Communion anglicane")
    assert (actor["country"], actor["kind"]) == (None, "other")


def test_lands_with_a_country_adjective_are_places_of_that_country():
    text = ("16 janvier 2017. – Le groupe État islamique (Daech) est repassé à l'offensive depuis le 14 janvier 2017 à Deir "
            "ez-Zor, grande ville de l'est du désert syrien. L'armée syrienne et les milices alliées y sont assiégées "
            "depuis deux ans dans cette zone.")
    out = analyse(text, "2017-01-16", "Syrie : l'armée en difficulté à Deir ez-Zor")
    actor = _one(out, text, "désert syrien")
    assert (actor["country"], actor["kind"]) == ("SYR", "location")
    text = ("Selon le gouvernement canadien, « rien n’indique que les voyageurs canadiens à Cuba » courent un « risque ». "
            "En revanche, les États-Unis invitent les ressortissants américains à éviter de se rendre sur l'île cubaine.")
    out = analyse(text, "2018-04-17", "Canada : les familles des diplomates à Cuba seront rapatriées")
    actor = _one(out, text, "île cubaine")
    assert (actor["country"], actor["kind"]) == ("CUB", "location")


def test_a_known_place_after_a_misc_head_of_no_name_is_the_place():
    text = ("19 décembre 2016. – Un camion a foncé ce lundi soir sur un trottoir du marché de Noël de Berlin (Allemagne). "
            "On recense au moins neuf morts et une cinquantaine de blessés. La piste de l'attentat est privilégiée par "
            "l'agence allemande DPA.")
    out = analyse(text, "2016-12-19", "Allemagne : un camion fonce sur la foule du marché de Noël de Berlin")
    actor = _one(out, text, "Berlin")
    assert (actor["country"], actor["kind"]) == ("DEU", "location")


def test_a_country_named_in_lower_case_inside_a_role():
    text = ("11 mars 2018. – L'Assemblée nationale populaire a voté pour l’abolition de la limite des mandats présidentiels, "
            "qui avait été établie en 1982. C'est avec 2958 voix pour, deux contre et trois abstentions, que l'Assemblée "
            "nationale populaire a modifié la Constitution de la république populaire de Chine afin que le Président de "
            "la république populaire de Chine puisse être élu à vie.")
    out = analyse(text, "2018-03-11", "Chine : Xi Jinping peut être président à vie")
    actor = _one(out, text, "république populaire de Chine", 1)
    assert (actor["country"], actor["kind"]) == ("CHN", "country")


def test_the_pope_is_the_vatican_head_of_state_whatever_the_article_country():
    text = ("À l’extérieur, d’autres élus comme Philippe Goujon, député-maire Les Républicains du 15 e arrondissement de "
            "Paris, et Frédéric Lefebvre, député LR, tentaient de faire barrage. Ce dernier en appelle au Pape François « "
            "pour sauvegarder ce lieu de culte ».")
    out = analyse(text, "2016-08-03", "Paris : l'église Sainte-Rita évacuée par la police")
    actor = _one(out, text, "Pape François")
    assert (actor["country"], actor["kind"]) == ("VAT", "person")
    text = "Le pape François est arrivé ce vendredi à Auschwitz, en Pologne. Le souverain pontife a prié en silence."
    out = analyse(text, "2016-07-29", "Pologne : visite du pape François à Auschwitz")
    actor = _one(out, text, "souverain pontife")
    assert (actor["country"], actor["kind"]) == ("VAT", "person")


def test_an_administration_named_after_its_leader_is_the_leader_country_government():
    text = ("Pourtant, à ce même moment, l'administration Obama décidait de sanctionner la Russie pour son ingérence "
            "supposée dans les élections américaines.")
    out = analyse(text, "2017-02-15", "États-Unis : démission du conseiller de Trump à la sécurité nationale")
    actor = _one(out, text, "administration Obama")
    assert (actor["country"], actor["kind"]) == ("USA", "government")
    leader = _one(out, text, "Obama")
    assert (leader["country"], leader["kind"]) == ("USA", "person")


def test_unknown_guards_and_departments_take_the_kind_of_their_first_word():
    text = ("4 avril 2018. – Dans le but de venir en aide aux services des gardes-frontières et contenir l'immigration "
            "clandestine, l'administration des États-Unis a ordonné le déploiement de la Garde nationale à la frontière "
            "mexicaine.")
    out = analyse(text, "2018-04-04", "États-Unis : la Garde nationale envoyée à la frontière mexicaine")
    actor = _one(out, text, "Garde nationale")
    assert (actor["country"], actor["kind"]) == ("USA", "military")
    text = ("17 mars 2018. – L'ancien directeur adjoint du Federal Bureau of Investigation Andrew G. McCabe a été limogé "
            "le vendredi 16 mars 2018 par le département de la Justice des États-Unis.")
    out = analyse(text, "2018-03-17", "États-Unis : l'ancien numéro deux du FBI licencié deux jours avant sa retraite")
    actor = _one(out, text, "département de la Justice des États-Unis")
    assert (actor["country"], actor["kind"]) == ("USA", "government")


def test_the_syrian_observatory_and_a_consul_with_the_country_he_represents():
    text = ("Selon des propos de Rami Abdel Rahmane, directeur de l’OSDH, rapportés par l'AFP, « moins de 24 heures après "
            "la défaite de l’EI, un kamikaze a visé deux sièges des rebelles ».")
    out = analyse(text, "2017-02-24", "Syrie : un attentat suicide fait 29 morts")
    actor = _one(out, text, "OSDH")
    assert (actor["country"], actor["kind"]) == ("SYR", "ngo")
    text = ("Les logements étant proches les uns des autres, le consul de Belgique présent au moment des fouilles a "
            "obtenu que les policiers pénètrent non-armés dans l'immeuble principal.")
    out = analyse(text, "2016-12-17", "Burundi : contrôle d'identité de ressortissants belges")
    belgium = _one(out, text, "Belgique")
    assert (belgium["country"], belgium["kind"]) == ("BEL", "country")


def test_a_region_right_after_a_place_and_a_person_from_a_place():
    text = ("6 janvier 2017. – Un individu armé a ouvert le feu dans le terminal 2 de l'aéroport de Fort Lauderdale en "
            "Floride à 12 h 55 UTC-5. Au moins 5 morts et 13 blessés ont été rapportés. L'assaillant a été arrêté et "
            "identifié comme étant Esteban Santiago, un homme de 26 ans en provenance d'Alaska. « Tout le monde s’est mis "
            "à se jeter par terre », a raconté une Canadienne qui attendait son vol vers Toronto.")
    out = analyse(text, "2017-01-06", "Une fusillade éclate dans un aéroport en Floride")
    airport = _one(out, text, "aéroport de Fort Lauderdale")
    assert (airport["country"], airport["kind"]) == ("USA", "location")
    person = _one(out, text, "Esteban Santiago")
    assert (person["country"], person["kind"]) == ("USA", "person")


def test_a_role_after_alors_is_definite():
    text = ("Par conséquent, Bernard Cazeneuve, alors ministre du budget, reprend la réplique du député en lui répondant.")
    out = analyse(text, "2016-06-12", "Insolite : un clash remixé de l'Assemblée entre Dominique Dord et Bernard Cazeneuve")
    actor = _one(out, text, "ministre du budget")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_the_ministry_named_after_its_country_adjective():
    text = ("Un porte-parole du ministère français des Affaires étrangères a aussi confirmé à Reuters ce jeudi « la "
            "présence d'un ressortissant français ».")
    out = analyse(text, "2017-03-02", "Un Français enlevé en RDC")
    actor = _one(out, text, "Affaires étrangères")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_a_capital_after_what_a_government_wants_or_does_is_the_government():
    text = ("Les raisons pour lesquelles les marins se trouvaient dans les eaux territoriales iraniennes n'ont pas été "
            "expliquées et rien n'indique qu'il puisse s'agir d'un acte hostile de la part de Téhéran.")
    out = analyse(text, "2016-01-12", "Iran : dix marins américains arrêtés")
    actor = _one(out, text, "Téhéran")
    assert (actor["country"], actor["kind"]) == ("IRN", "government")


def test_a_sentence_opening_on_a_known_place_gives_its_unknown_places_their_country():
    text = ("5 février 2018. – Au Palais de justice de Bruxelles, 20 ans de prison ont été requis pour Salah Abdeslam et "
            "Soufien Ayari pour leur participation dans une fusillade avec la police dans la rue du Dries à Forest en mars "
            "2016. Il n'y a pas de connexion immédiate entre ce procès et les attentats du 13 novembre 2015 en "
            "Île-de-France. Au 15 mars 2016, les polices française et belge étaient encore à la recherche d'Abdeslam.")
    out = analyse(text, "2018-02-05", "20 ans de prison requis pour Abdeslam et Ayari")
    # the model tags the court as a person: a building named after a town is a place of the town's country
    for surface in ("Palais de justice de Bruxelles", "rue du Dries", "Forest"):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("BEL", "location"), surface


def test_curated_movements_and_associations_named_in_dev_articles():
    text = ("Des milliers de personnes se sont rassemblées ce vendredi sur la place Tahrir au Caire, à l’appel de Frères "
            "musulmans et de plusieurs mouvements politiques.")
    out = analyse(text, "2012-06-23", "Égypte : le parti des Frères musulmans exige les résultats de l’élection présidentielle")
    actor = _one(out, text, "Frères musulmans")
    assert (actor["country"], actor["kind"]) == ("EGY", "other")
    text = ("Fondateur, en 1954, d'Emmaüs et grande figure du social en France, l'abbé Pierre s'est éteint le 22 janvier "
            "2007 à l'âge de 94 ans.")
    out = analyse(text, "2017-01-23", "France : de nombreux hommages rendus à l'abbé Pierre")
    actor = _one(out, text, "Emmaüs")
    assert (actor["country"], actor["kind"]) == ("FRA", "ngo")


def test_places_of_conflicts_the_country_sources_lack():
    text = ("Il s'agissait de Laurent Meurice, agronome travaillant pour le CICR, kidnappé dans l’est du pays par un groupe "
            "soudanais du Darfour baptisé les « Aigles de libération de l’Afrique », avant d'être libéré 89 jours plus "
            "tard, le 6 février 2010.")
    out = analyse(text, "2017-03-23", "Un Français enlevé au Tchad")
    actor = _one(out, text, "Darfour")
    assert (actor["country"], actor["kind"]) == ("SDN", "location")


def test_a_known_place_of_two_words_tagged_as_a_person_is_the_place():
    text = ("« Cette agression américaine vient après la campagne médiatique de dénigrement menée par des pays (...) après "
            "ce qui s'est passé à Khan Cheikhoun »\n\nPlus tôt dans la journée, la Russie avait mis en garde les "
            "États-Unis contre une possible opération militaire.")
    out = analyse(text, "2017-04-07", "Les États-Unis bombardent une base syrienne")
    actor = _one(out, text, "Khan Cheikhoun")
    assert (actor["country"], actor["kind"]) == ("SYR", "location")
