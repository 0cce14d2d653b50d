"""Actors, tenth pass: a text that names no country but French outlets, two known names the model ran
together over "et", the American state of Georgia, a saint named without a hyphen, the bare
"Préfecture", public bodies named "… départemental", a company the model took for a place, the Red
Crescent as a national society, a place after "à" the model took for a person, an outlet named "Le
Média", the euro area, and a few curated actors (Dares, Gucci, Niantic, Irib, John Paul II).

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), most of them of
`gold/actors/dev_tuning_19.yaml`.
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import actor_at as _one

MORANDINI = ("17 octobre 2016. – Alors que la tension au sein de la chaîne d'information en continu I-Télé augmente, "
             "Jean-Marc Morandini a commencé son émission comme si de rien n'était.\n\nPeu après 11 heures, heure locale, la "
             "rédaction de la chaîne vote une grève reconductible de 24 heures. Dans le même temps, le directeur adjoint de la "
             "rédaction, Alexandre Ifi, annonçait son départ de la chaîne pour laquelle il travaillait depuis sa création en "
             "1999.\n\nDans la matinée, les magazines Les Inrockuptibles et Le Point publient un nouveau témoignage.")


def test_a_text_that_names_no_country_takes_the_country_of_the_outlets_it_names():
    out = analyse(MORANDINI, "2016-10-17", "Médias : Morandini à l'antenne sur I-Télé malgré la grève de la rédaction")
    for surface in ("Jean-Marc Morandini", "Alexandre Ifi"):
        actor = _one(out, MORANDINI, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_two_known_names_run_together_over_et_are_two_actors():
    text = ("Ce 26 décembre, la Dares et Pôle emploi dévoilaient les chiffres du chômage pour le mois de novembre 2016. "
            "Malgré une nouvelle baisse de la catégorie A, la totalité des inscrits repart à la hausse.")
    out = analyse(text, "2016-12-26", "France : hausse des inscrits au chômage en novembre")
    for surface in ("Dares", "Pôle emploi"):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_georgia_after_an_american_city_is_the_state_the_caucasus_country_otherwise():
    text = ("1er avril 2017. – Un important incendie, dont l'origine est encore inconnue, s'est déclaré sous un pont à "
            "Atlanta, en Géorgie, dans le sud des États-Unis, ce jeudi.")
    out = analyse(text, "2017-04-01", "États-Unis : un pont s'effondre à la suite d'un incendie")
    actor = _one(out, text, "Géorgie")
    assert (actor["country"], actor["kind"]) == ("USA", "location")
    text = ("17 mars 2018. – En Géorgie, le télésiège d'une petite station de ski très fréquentée est devenu incontrôlable. "
            "Le bilan fait état de huit blessés légers.")
    out = analyse(text, "2018-03-17", "Géorgie : un télésiège devient incontrôlable et blesse huit personnes")
    actor = _one(out, text, "Géorgie")
    assert (actor["country"], actor["kind"]) == ("GEO", "country")


AUSCHWITZ = ("29 juillet 2016, Auschwitz, Pologne. – Le pape François, comme Jean-Paul II et Benoît XVI avant lui, a visité le "
             "camp de la mort d'Auschwitz ce matin. François s'est recueilli en silence dans la cellule du Saint Maximilien "
             "Kolbe, située dans le bâtiment 18.")


def test_a_saint_named_without_a_hyphen_is_a_person_and_john_paul_ii_a_pope():
    out = analyse(AUSCHWITZ, "2016-07-29", "Pologne : visite du pape François à Auschwitz")
    actor = _one(out, AUSCHWITZ, "Saint Maximilien Kolbe")
    assert (actor["country"], actor["kind"]) == ("POL", "person")
    actor = _one(out, AUSCHWITZ, "Jean-Paul II")
    assert (actor["country"], actor["kind"]) == ("VAT", "person")


VENDEE = ("20 décembre 2016. – Un important carambolage s'est produit ce mardi matin sur la route départementale 160 entre La "
          "Roche-sur-Yon et Les Sables-d'Olonne, en Vendée.\n\nSelon un premier bilan de la Préfecture, il y aurait cinq morts "
          "et six blessés graves.\n\nLe ministère de l'Intérieur a précisé que le plan NOVI (nombreuses victimes) a été "
          "déclenché tout comme le Centre Opérationnel départemental.")


def test_the_bare_prefecture_and_a_departmental_centre_are_public_bodies():
    out = analyse(VENDEE, "2016-12-20", "France : plusieurs morts et blessés à la suite d'un carambolage en Vendée")
    for surface in ("Préfecture", "Centre Opérationnel départemental"):
        actor = _one(out, VENDEE, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_a_company_the_model_took_for_a_place_is_a_company_of_the_article_s_country():
    text = ("13 juillet 2016. – Au moins 25 personnes sont mortes dans le sud de l'Italie lorsque deux trains de passagers de "
            "la compagnie ferroviaire Ferrotramviaria, sont entrés en collision alors qu'ils circulaient à grande vitesse.")
    out = analyse(text, "2016-07-13", "Des dizaines de morts dans un accident de train en Italie")
    actor = _one(out, text, "Ferrotramviaria")
    assert (actor["country"], actor["kind"]) == ("ITA", "company")


IRAN = ("25 novembre 2016. – Vers 4 h 20 UTC, deux trains de passagers sont entrés en collision dans la province de Semnan, "
        "dans le nord de l'Iran.\n\nLe premier train se dirigeait à Mashhad depuis Semnan et en aurait percuté un deuxième "
        "immobilisé sur les rails à Amirabad. Selon des images diffusées par Irib, au moins deux voitures du train à l'arrêt "
        "ont pris feux.\n\n« Seul notre hélicoptère a pu atteindre l’endroit de l’accident » a déclaré le directeur du "
        "Croissant-Rouge, Hassan Shokrollahi.")


def test_the_red_crescent_named_alone_is_the_national_society_and_its_director_of_that_country():
    out = analyse(IRAN, "2016-11-25", "Iran : une collision ferroviaire fait des dizaines de morts")
    actor = _one(out, IRAN, "Croissant-Rouge")
    assert (actor["country"], actor["kind"]) == ("IRN", "ngo")
    actor = _one(out, IRAN, "directeur du Croissant-Rouge")
    assert (actor["country"], actor["kind"]) == ("IRN", "person")


def test_the_red_crescent_beside_the_international_committee_keeps_no_country():
    text = ("« Les bus ont commencé à entrer dans les quartiers de Zabdiyé, Salaheddine, al-Machad et al-Ansari dans l’est "
            "d’Alep sous la supervision du Croissant-Rouge et du Comité international de la Croix-Rouge (CICR) », a déclaré "
            "un responsable.")
    out = analyse(text, "2016-12-18", "Syrie : une évacuation chaotique des civils à Alep")
    actor = _one(out, text, "Croissant-Rouge")
    assert (actor["country"], actor["kind"]) == (None, "ngo")


def test_one_word_after_a_noun_and_a_is_a_place_and_irib_the_iranian_broadcaster():
    out = analyse(IRAN, "2016-11-25", "Iran : une collision ferroviaire fait des dizaines de morts")
    actor = _one(out, IRAN, "Amirabad")
    assert (actor["country"], actor["kind"]) == ("IRN", "location")
    actor = _one(out, IRAN, "Irib")
    assert (actor["country"], actor["kind"]) == ("IRN", "media")


def test_an_outlet_named_le_media_is_a_medium():
    text = ("Le second média dernièrement créé sera intitulé « Le Média » et sera lui exclusivement disponible sur internet. "
            "Ses créateurs sont nombreux à venir de La France insoumise, comme Sophia Chikirou.")
    out = analyse(text, "2017-09-29", "France : deux nouveaux médias créés")
    actor = _one(out, text, "Média")
    assert (actor["country"], actor["kind"]) == ("FRA", "media")


def test_the_euro_area_is_the_eu_s_and_a_place():
    text = ("Le taux au sein de la population active de la zone euro seule s'établit à 9,8 %, soit le même que durant le mois "
            "précédent. La plus forte baisse se situe en France.")
    out = analyse(text, "2017-01-09", "Zone euro : chômage stable, en hausse pour les jeunes")
    actor = _one(out, text, "zone euro")
    assert (actor["country"], actor["kind"]) == ("EU", "location")


def test_curated_companies_keep_their_own_country_in_a_foreign_story():
    text = ("Le jeu n'est déployé que progressivement dans le monde, par exemple le Brésil n'a eu accès au jeu que quelques "
            "jours avant le début des Jeux olympiques. D'autre part, le PDG de Niantic évoque l'introduction prochaine "
            "d'emplacements sponsorisés.")
    out = analyse(text, "2016-08-06", "Pokémon Go génère plus de 160 millions de dollars de recettes en moins d'un mois")
    actor = _one(out, text, "Niantic")
    assert (actor["country"], actor["kind"]) == ("USA", "company")
    text = ("La société Gucci qui a comme Société mère Kering est sous le coup d'une enquête de la justice italienne. "
            "L'entreprise aurait soustrait des impôts en France.")
    out = analyse(text, "2018-03-17", "France : le groupe de luxe Kering aurait soustrait des impôts")
    actor = _one(out, text, "Gucci")
    assert (actor["country"], actor["kind"]) == ("ITA", "company")


def test_a_text_naming_no_country_but_the_gendarmerie_is_french():
    text = ("15 février 2018. – Après avoir nié d'abord les faits pendant plusieurs mois, Nordahl Lelandais, un ancien militaire "
            "de 34 ans, a hier avoué avoir tué la fille Maëlys de Araujo en fin août 2017. Il a maintenant dit aux enquêteurs "
            "qu'il a d'abord emmené la fille dans sa voiture vers son domicile à Domessin.\n\nIl y a dix jours, la gendarmerie "
            "a en tout cas trouvé dans le coffre de la voiture du suspect une très petite goutte de sang appartenant à Maëlys.")
    out = analyse(text, "2018-02-15", "Lelandais avoue avoir tué Maëlys de Araujo, les restes de la fille ont été retrouvés")
    for surface, kind in (("Nordahl Lelandais", "person"), ("Maëlys de Araujo", "person"), ("Domessin", "location")):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", kind)


def test_the_country_closing_a_ministers_portfolio_is_a_mention_of_its_own():
    text = ("15 avril 2016. – Dans les premières heures de vendredi, la Corée du Nord a échoué en essayant de lancer un missile "
            "balistique. La tentative a été confirmée par le ministre de la Défense de la Corée du Nord.")
    out = analyse(text, "2016-04-15", "Corée du Nord : échec du lancement d'un missile balistique")
    actor = _one(out, text, "Corée du Nord", 1)
    assert (actor["country"], actor["kind"]) == ("PRK", "country")
    actor = _one(out, text, "Défense de la Corée du Nord")
    assert (actor["country"], actor["kind"]) == ("PRK", "government")


def test_a_name_introduced_once_as_a_company_is_that_company_wherever_the_text_names_it():
    text = ("22 mars 2017. – Le Canard enchaîné a révélé ce mercredi 22 mars que le commissaire européen, le Français Pierre "
            "Moscovici, s’est fait lui aussi offrir des costumes par un ami d’enfance, comme François Fillon, chez le même "
            "tailleur parisien de luxe, Arnys.\n\nLes enquêteurs ont fait cette découverte surprenante lors des perquisitions "
            "effectuées la semaine dernière dans la boutique Arnys, dans le cadre de l'enquête sur l'« affaire Fillon ».")
    out = analyse(text, "2017-03-22", "France : Pierre Moscovici épinglé à son tour pour s'être fait offrir des costumes de luxe")
    for nth in (0, 1):
        actor = _one(out, text, "Arnys", nth)
        assert (actor["country"], actor["kind"]) == ("FRA", "company")


def test_the_treasury_is_the_article_s_countrys_government_not_a_town():
    text = ("« Le processus est engagé depuis longtemps mais la réforme commencera mercredi », a-t-il affirmé lors d'une visite "
            "au département du Trésor. Cette réforme du code fiscal sera la plus importante depuis celles de l'administration "
            "Reagan, d'après le Président et le secrétaire du Trésor Steven Mnuchin.")
    out = analyse(text, "2017-04-22", "États-Unis : Trump présentera sa réforme fiscale mercredi")
    for surface in ("département du Trésor", "Trésor"):
        actor = _one(out, text, surface, 1 if surface == "Trésor" else 0)
        assert (actor["country"], actor["kind"]) == ("USA", "government")


def test_a_name_the_model_called_misc_before_a_persons_noun_is_that_person():
    text = ("Eloge Willy Kaneza est la seule figure publique du collectif alors même qu'il a fait le choix de rester travailler "
            "à Bujumbura.\n\nEsdras Ndikumana, journaliste burundais en exil depuis la crise de 2015 et par ailleurs "
            "correspondant pour l’AFP et RFI, a rappelé en 2016 qu'il ne serait pas capable de fournir quelques informations.")
    out = analyse(text, "2016-10-15", "Burundi : Eloge Willy Kaneza et SOS Media Burundi reçoivent le Prix Peter Mackler 2016")
    actor = _one(out, text, "Esdras Ndikumana")
    assert (actor["country"], actor["kind"]) == ("BDI", "person")


def test_a_name_stops_at_a_quotation_mark():
    text = ("C'est moins que les 100 milliards proposés par François Fillon, mais représente un effort substantiel. Pour réaliser "
            "cette performance, le dirigeant de « En Marche » souhaite se concentrer sur l’État et les collectivités "
            "territoriales.")
    out = analyse(text, "2017-02-16", "France : Macron propose d'importantes économies sur les dépenses publiques")
    actor = _one(out, text, "En Marche")
    assert (actor["country"], actor["kind"]) == ("FRA", "party")


def test_a_known_name_the_model_ran_on_past_into_the_clause_is_cut_there():
    text = ("Vers 09h00, en complément de la mobilisation des Gilets jaunes sur les ronds-points, le secrétaire général de la "
            "CGT, Philippe Martinez appelle à la grève « partout ».")
    out = analyse(text, "2018-12-14", "Gilets jaunes : vendredi 14 décembre 2018")
    actor = _one(out, text, "Gilets jaunes")
    assert (actor["country"], actor["kind"]) == ("FRA", "other")


def test_the_council_of_state_in_lower_case():
    text = ("La nouvelle région vient d'être rebaptisée « Occitanie » après le vote ce vendredi en assemblée plénière. Le nom "
            "doit encore être officialisé par le conseil d'État cet automne.")
    out = analyse(text, "2016-06-24", "France : la nouvelle région Languedoc-Roussillon-Midi-Pyrénées est rebaptisée « Occitanie »")
    actor = _one(out, text, "conseil d'État")
    assert (actor["country"], actor["kind"]) == ("FRA", "government")


def test_a_communes_compound_name_the_model_took_for_a_person_is_a_place():
    text = ("Dans le bus scolaire, il y avait 24 élèves du collège Christian-Bourquin à Millas, qui venaient tous du village "
            "Saint-Féliu-d’Avall. Au vendredi, selon le nouveau bilan fourni, cinq d'eux étaient morts.")
    out = analyse(text, "2017-12-19", "France : confusion autour de l'accident à Millas")
    actor = _one(out, text, "Saint-Féliu-d’Avall")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")


def test_a_fund_and_a_poll_introduce_companies():
    text = ("En 2015, Magento appartenait alors à eBay, et avait été racheté par le fonds d'investissement privé Permira.\n\n"
            "Dans le communiqué, Adobe explique que le « Magento Commerce Cloud » permettra au commerce d'être intégré.")
    out = analyse(text, "2018-05-26", "États-Unis : Adobe Systems rachète Magento Commerce pour 1,68 milliards de dollars US")
    assert _one(out, text, "Permira")["kind"] == "company"
    text = ("Vers 12h00, selon le sondage Odoxa, 59% des Français n'ont pas été convaincus par le président Emmanuel Macron et "
            "54 % souhaite la poursuite du mouvement.")
    out = analyse(text, "2018-12-11", "Gilets jaunes : mardi 11 décembre 2018")
    actor = _one(out, text, "Odoxa")
    assert (actor["country"], actor["kind"]) == ("FRA", "company")


def test_a_name_followed_by_an_association_in_apposition_is_an_ngo():
    text = ("Habituellement calibrée sur une fréquence de 50 hertz, elle est en ce moment de 49,996 hertz, explique un "
            "communiqué de l'Entsoe, l'association regroupant les principaux gestionnaires de réseaux de transport de "
            "l'électricité en Europe.")
    out = analyse(text, "2018-03-08", "Europe : le décalage des horloges branchées sur le secteur est causée par une crise politique")
    assert _one(out, text, "Entsoe")["kind"] == "ngo"
