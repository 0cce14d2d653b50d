"""Actors, sixth pass: a surname the model took for a place, nationalities in appositions, person
nouns with a country adjective, security services, police units, officials of the IOM and the UN.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), most of them of
`gold/actors/dev_tuning_9.yaml`.
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import actor_at as _one


def test_surname_taken_for_a_place_is_the_person_named_in_full():
    text = ("13 décembre 2018. – Chérif Chekatt, l'auteur présumé de l'attentat de mardi soir sur le "
            "Christkindelsmärik, le marché de Noël de Strasbourg, est toujours en fuite. Plus de 700 policiers, "
            "gendarmes et militaires ont été mobilisés et sont à la chasse pour retrouver Chekatt. Il est possible que "
            "Chekatt ait déjà quitté la France.")
    out = analyse(text, "2018-12-13", "L'auteur de l'attentat à Strasbourg est toujours en fuite")
    full = _one(out, text, "Chérif Chekatt")
    assert (full["country"], full["kind"]) == ("FRA", "person")
    alone = _one(out, text, "Chekatt", 1)
    assert (alone["id"], alone["country"], alone["kind"]) == (full["id"], "FRA", "person")


def test_security_services_with_a_country_adjective_are_its_government():
    text = ("L'armée syrienne a toutefois démenti toute implication en rejetant la faute sur les rebelles. Selon un "
            "haut responsable des services de sécurité syriens « il s'agit d'une calomnie ».")
    out = analyse(text, "2017-04-04", "Syrie : une attaque chimique présumée fait des dizaines de morts")
    actor = _one(out, text, "services de sécurité syriens")
    assert (actor["id"], actor["country"], actor["kind"]) == ("gov:SYR", "SYR", "government")


def test_coast_guards_are_military():
    text = ("Un autre naufrage a fait de 20 à 30 morts jeudi et plus de 4000 personnes ont été secourues pour cette "
            "seule journée. Les gardes-côtes italiens évoquent qu'il y aurait 350 personnes à la mer.")
    out = analyse(text, "2016-05-27", "Des milliers de personnes secourues en mer Méditerranée")
    actor = _one(out, text, "gardes-côtes italiens")
    assert (actor["country"], actor["kind"]) == ("ITA", "military")


def test_country_adjective_tagged_as_a_verb_still_qualifies():
    text = ("Les forces spéciales afghanes ne sont intervenus que quelques heures plus tard pour arrêter le "
            "carnage.")
    out = analyse(text, "2017-04-22", "Afghanistan : un attentat contre une base militaire fait des dizaines de morts")
    actor = _one(out, text, "forces spéciales afghanes")
    assert (actor["country"], actor["kind"]) == ("AFG", "military")


def test_forces_of_order_are_the_police():
    text = ("S'en suit une prise d'otage jusqu'à 5 heures et l'intervention des équipes du SWAT. Durant leur "
            "intervention, les forces de l'ordre américaines ont abattu l'auteur de la tuerie.")
    out = analyse(text, "2016-06-12", "États-Unis : 50 morts et 53 blessés dans une fusillade à Orlando")
    actor = _one(out, text, "forces de l'ordre américaines")
    assert (actor["id"], actor["country"], actor["kind"]) == ("gov:USA", "USA", "government")


def test_regime_of_a_titled_leader_is_his_government():
    text = ("Les actions du Haut-Commissariat des Nations unies aux droits de l'homme irritent le régime du "
            "président Pierre Nkurunziza qui a récemment annoncé couper tout dialogue avec cette instance.")
    out = analyse(text, "2016-10-14", "Burundi : le conseil de sécurité de l'ONU envoie un émissaire à Bujumbura")
    actor = _one(out, text, "régime du président Pierre Nkurunziza")
    assert (actor["id"], actor["country"], actor["kind"]) == ("gov:BDI", "BDI", "government")


def test_person_noun_with_a_country_adjective_is_one_person_of_it():
    text = ("L'enquête n'a pas encore permis de trouver d'éléments prouvant une éventuelle participation de "
            "l'islamiste irakien de 25 ans, arrêté mercredi, à l'attentat contre le Borussia Dortmund.")
    out = analyse(text, "2017-04-16", "Allemagne : l'enquête sur les explosions de Dortmund piétine")
    actor = _one(out, text, "islamiste irakien")
    assert (actor["country"], actor["kind"]) == ("IRQ", "person")


def test_plural_person_noun_is_no_actor():
    text = "Les islamistes irakiens ont revendiqué l'attaque."
    out = analyse(text, "2017-04-16", None)
    assert not [m for m in out["actor_mentions"] if m["text"].startswith("islamistes")]


def test_name_with_an_age_and_a_nationality_is_a_person_of_it():
    text = ("L'homme a été identifié avec le nom Farid, 40 ans, ressortissant algérien, qui soutenait un doctorat "
            "ès sciences de l'information à l'Université de Metz.")
    out = analyse(text, "2017-06-09", "France : un policier attaqué au marteau sur le parvis de la cathédrale de Notre-Dame de Paris")
    actor = _one(out, text, "Farid")
    assert (actor["country"], actor["kind"]) == ("DZA", "person")


def test_nationality_is_the_people_named_not_the_origin():
    text = ("D'après les informations des médias américains, le suspect se dénommerait Omar Mateen, un Américain "
            "d'origine afghane, vivant à Port Sainte Lucie, en Floride et né en 1986.")
    out = analyse(text, "2016-06-12", "États-Unis : 50 morts et 53 blessés dans une fusillade à Orlando")
    actor = _one(out, text, "Omar Mateen")
    assert (actor["country"], actor["kind"]) == ("USA", "person")


def test_spokesperson_of_the_iom_acts_for_it():
    text = ("« Les survivants nous ont parlé d’une centaine de disparus, restés bloqués dans la coque » a déclaré "
            "Flavio Di Giacomo, porte-parole de l’OIM en Italie.")
    out = analyse(text, "2016-05-27", "Des milliers de personnes secourues en mer Méditerranée")
    org = _one(out, text, "OIM")
    assert (org["country"], org["kind"]) == ("IOM", "igo")
    person = _one(out, text, "Flavio Di Giacomo")
    assert (person["country"], person["kind"]) == ("IOM", "person")


def test_un_special_adviser_acts_for_the_un():
    text = ("En effet, Jamal Benomar devrait se rendre rapidement au Burundi de manière à réactiver le dialogue avec "
            "les autorités du pays.")
    out = analyse(text, "2016-10-14", "Burundi : le conseil de sécurité de l'ONU envoie un émissaire à Bujumbura")
    actor = _one(out, text, "Jamal Benomar")
    assert (actor["country"], actor["kind"]) == ("UN", "person")


def test_operation_sentinelle_is_french_military():
    text = ("Ce samedi 18 mars, un homme a été abattu en fin de matinée à l'aéroport d'Orly Sud, après avoir tenté "
            "de dérober l'arme d'un soldat de l'Opération Sentinelle, selon Reuters.")
    out = analyse(text, "2017-03-19", "France : un homme abattu à Orly alors qu'il tentait de dérober l'arme d'un soldat")
    actor = _one(out, text, "Opération Sentinelle")
    assert (actor["country"], actor["kind"]) == ("FRA", "military")


def test_national_daily_l_opinion_is_a_french_outlet():
    text = ("Pour L'Opinion, il s'agit d'une « intrusion scandaleuse du syndicat dans les contenus des médias ».")
    out = analyse(text, "2016-05-26", "France : la CGT empêche la publication des journaux qui ne relaient pas un appel du syndicat")
    actor = _one(out, text, "L'Opinion")
    assert (actor["country"], actor["kind"]) == ("FRA", "media")


def test_police_brigade_named_by_its_complement_is_the_home_government():
    text = ("Une enquête a été ouverte, confiée au SRT Evangile, le pôle d’investigation de la brigade des réseaux "
            "ferrés.")
    out = analyse(text, "2017-01-21", "France : plusieurs personnes poignardées dans le métro parisien")
    found = [m for m in out["actor_mentions"] if m["text"].startswith("brigade")]
    assert len(found) == 1
    assert text[found[0]["start"]:found[0]["end"]] == found[0]["text"] == "brigade des réseaux ferrés"
    assert (found[0]["actor"]["id"], found[0]["actor"]["country"], found[0]["actor"]["kind"]) == ("gov:FRA", "FRA", "government")


def test_known_place_closing_a_lower_case_misc_is_a_place():
    text = ("Malgré l'attentat de Strasbourg survenu hier soir mardi, les Gilets jaunes sont toujours présents au bord "
            "des routes dans de nombreuses régions.")
    out = analyse(text, "2018-12-12", "Gilets jaunes : mercredi 12 décembre 2018")
    actor = _one(out, text, "Strasbourg")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")
    assert not [e for e in out["entities"] if e["text"] == "attentat de Strasbourg"]


def test_country_after_a_full_stop_inside_a_misc_is_the_country():
    text = ("La communauté internationale a également vivement critiqué l'essai de la bombe H. La Corée du Sud a "
            "annoncé « prendre toutes les mesures nécessaires ».")
    out = analyse(text, "2016-01-10", "La Corée du Nord annonce avoir tiré un nouveau missile balistique")
    actor = _one(out, text, "Corée du Sud")
    assert (actor["country"], actor["kind"]) == ("KOR", "country")


# Seventh pass: rules written on the errors of `gold/actors/dev_tuning_10.yaml`.

def test_role_in_apposition_without_article_is_definite():
    text = ("Ce résultat n'est pas étranger avec la sortie du Royaume-Uni de l'Union européenne.\n\n"
            "— Nicola Sturgeon, première ministre\n\n"
            "Mme Sturgeon doit maintenant obtenir le feu vert du Parlement de Westminster.")
    out = analyse(text, "2017-03-28", "Le gouvernement écossais réclame un nouveau référendum d'indépendance")
    role = _one(out, text, "première ministre")
    assert (role["country"], role["kind"]) == ("GBR", "person")
    person = _one(out, text, "Nicola Sturgeon")
    assert (person["country"], person["kind"]) == ("GBR", "person")


def test_kurdish_forces_are_the_articles_countrys():
    text = ("Cette dernière n'a pas encore été reprise, mais ce 23 novembre les milices ont fait leur jonction avec les "
            "forces kurdes au nord-ouest du pays, après avoir repris l'aéroport de la ville.")
    out = analyse(text, "2016-11-23", "Irak : Daech encerclé à Mossoul")
    actor = _one(out, text, "forces kurdes")
    assert (actor["country"], actor["kind"]) == ("IRQ", "military")


def test_unknown_place_of_a_sentence_opening_on_a_country_is_of_it():
    text = ("Les routes d'approvisionnement de Daech avec le reste de l'Irak sont désormais coupées. En Syrie voisine, "
            "les forces rebelles soutenues par la Turquie sont en passe de reprendre al-Bab.")
    out = analyse(text, "2016-11-23", "Irak : Daech encerclé à Mossoul")
    actor = _one(out, text, "al-Bab")
    assert (actor["country"], actor["kind"]) == ("SYR", "location")


def test_east_african_assembly_is_the_eacs():
    text = ("Jean Marie Muhirwa a été élu hier député à l'assemblée législative est-africaine (EALA) en remplacement "
            "d'Hafsa Mossi assassinée le 13 juillet 2016.")
    out = analyse(text, "2016-10-20", "Burundi : Jean Marie Muhirwa remplace Hafsa Mossi à l'EALA")
    actor = _one(out, text, "EALA")
    assert (actor["country"], actor["kind"]) == ("EAC", "igo")


def test_curated_french_party_and_association():
    text = ("Elle s’adresse, « au nom de tous les parents » de Sevran, aux maires de France mais surtout à Stéphane "
            "Gatignon, maire (UDE) de cette commune du département de Seine-Saint-Denis. Cette campagne suit celle de "
            "la Ligue contre le cancer en avril contre le coût des traitements.")
    out = analyse(text, "2016-03-08", "France : les parents d'un jihadiste menacent de porter plainte contre le maire de Sevran")
    party = _one(out, text, "UDE")
    assert (party["country"], party["kind"]) == ("FRA", "party")
    league = _one(out, text, "Ligue contre le cancer")
    assert (league["country"], league["kind"]) == ("FRA", "ngo")


def test_popular_mobilisation_units_in_lower_case_are_iraqi():
    text = ("Dans le partage des taches entre les différentes forces irakiennes, les controversées milices chiites des "
            "« unités de mobilisation populaire » sont certainement celles qui ont été les plus efficaces.")
    out = analyse(text, "2016-11-23", "Irak : Daech encerclé à Mossoul")
    actor = _one(out, text, "unités de mobilisation populaire")
    assert (actor["country"], actor["kind"]) == ("IRQ", "other")


def test_prosecutor_of_the_republic_is_a_person_of_the_articles_country():
    text = ("Il risque la réclusion criminelle à perpétuité pour ce meurtre « hors norme », selon les mots du "
            "procureur de la République Pierre Sennès.")
    out = analyse(text, "2017-03-08", "France : le beau-frère de Pascal Troadec avoue avoir tué la famille")
    role = _one(out, text, "procureur de la République")
    assert (role["country"], role["kind"]) == ("FRA", "person")
    person = _one(out, text, "Pierre Sennès")
    assert (person["country"], person["kind"]) == ("FRA", "person")


# Eighth pass: rules written on the errors of `gold/actors/dev_tuning_11.yaml`.

def test_role_after_an_adjective_and_coordinated_roles_are_definite():
    text = ("Arnaud Montebourg, l'emblématique ministre du redressement productif puis ministre de l'économie, avait été "
            "le troisième homme avec près de 17 % des voix lors de la primaire de 2011. Depuis des années, il défend le "
            "retour à une production en France grâce à un protectionnisme.")
    out = analyse(text, "2017-01-22", "Primaire socialiste : Hamon et Valls qualifiés, Montebourg éliminé")
    first = _one(out, text, "ministre du redressement productif")
    assert (first["country"], first["kind"]) == ("FRA", "person")
    second = _one(out, text, "ministre de l'économie")
    assert (second["country"], second["kind"]) == ("FRA", "person")


def test_new_president_beside_his_name_is_his():
    text = ("Si ces frappes sont bien d'origine américaine, il s’agirait des premières autorisées par le nouveau président "
            "Donald Trump, qui n'a pas encore précisé quelle serait sa politique en la matière.")
    out = analyse(text, "2017-01-22", "Yémen : des membres d’Al-Qaïda tués par des tirs de drones")
    role = _one(out, text, "président")
    assert (role["country"], role["kind"]) == ("USA", "person")


def test_former_prime_minister_of_a_named_leader_is_of_the_home_country():
    text = ("L'ancien Premier ministre de François Hollande Manuel Valls, qui avait démissionné le 6 décembre dernier "
            "pour se présenter à cette échéance, jouera son avenir politique la semaine prochaine. Depuis des années, "
            "Arnaud Montebourg défend le retour à une production en France.")
    out = analyse(text, "2017-01-22", "Primaire socialiste : Hamon et Valls qualifiés, Montebourg éliminé")
    role = _one(out, text, "Premier ministre")
    assert (role["country"], role["kind"]) == ("FRA", "person")


def test_vice_president_named_alone_is_of_the_home_country():
    text = "Flynn avait pourtant démenti et convaincu le vice-président Mike Pence, qui l'avait défendu."
    out = analyse(text, "2017-02-15", "États-Unis : démission du conseiller de Trump à la sécurité nationale")
    role = _one(out, text, "vice-président")
    assert (role["country"], role["kind"]) == ("USA", "person")
    person = _one(out, text, "Mike Pence")
    assert (person["country"], person["kind"]) == ("USA", "person")


def test_police_prefect_is_of_the_home_country():
    text = ("En ce qui concerne le port d'arme d'Alexandre Benalla, refusé par le ministère de l'Intérieur mais accordé "
            "par le préfet de police, les intéressés ont fait mine de ne pas savoir. Toutefois, le conseiller de "
            "l'Élysée ayant manifesté par voie de presse sa volonté de se présenter devant les parlementaires, Philippe "
            "Bas a annoncé que cette éventualité sera abordée dans une réunion avec les deux co-rapporteurs.")
    out = analyse(text, "2018-07-30", "Affaire Benalla : mise en difficulté de plusieurs personnes auditionnées devant le Sénat")
    role = _one(out, text, "préfet de police")
    assert (role["country"], role["kind"]) == ("FRA", "person")


def test_news_agency_with_a_country_adjective_is_its_outlet():
    text = "D'après l'agence de presse allemande, la piste terroriste n'est pas privilégiée."
    out = analyse(text, "2016-06-23", "Allemagne : fusillade dans un cinéma de Viernheim")
    actor = _one(out, text, "agence de presse allemande")
    assert (actor["country"], actor["kind"]) == ("DEU", "media")


def test_curated_outlet_party_of_batch_11():
    text = ("Selon Le Monde, il était même régulièrement sollicité par la chaîne Russia Today, financée par le Kremlin, "
            "lors de sa nomination.")
    out = analyse(text, "2017-02-15", "États-Unis : démission du conseiller de Trump à la sécurité nationale")
    outlet = _one(out, text, "Russia Today")
    assert (outlet["country"], outlet["kind"]) == ("RUS", "media")
    text = ("Valérie Plante a été élue le dimanche 4 décembre 2016 à la tête du parti Projet Montréal, l'opposition "
            "officielle à la Ville de Montréal.")
    out = analyse(text, "2016-12-05", "Québec : Valérie Plante est élue chef de Projet Montréal")
    party = _one(out, text, "Projet Montréal")
    assert (party["country"], party["kind"]) == ("CAN", "party")


# Ninth pass: rules written on the errors of `gold/actors/dev_tuning_12.yaml`.

def test_plural_of_a_role_with_a_country_adjective_is_its_government():
    text = ("Les députés français ont voté ce 25 janvier l'interdiction de l'exploration et de l’exploitation des gaz de "
            "schiste sur le sol français.")
    out = analyse(text, "2017-01-25", "France : les députés favorables à l'interdiction des gaz de schiste")
    actor = _one(out, text, "députés français")
    assert (actor["id"], actor["country"], actor["kind"]) == ("gov:FRA", "FRA", "government")


def test_rebels_with_a_country_adjective_are_its_armed_groups():
    text = ("29 personnes au minimum sont mortes dans le nord de la Syrie dans l'explosion d'une voiture piégée par un "
            "kamikaze ce vendredi. Il s'agit principalement de rebelles syriens.")
    out = analyse(text, "2017-02-24", "Syrie : un attentat suicide fait 29 morts")
    actor = _one(out, text, "rebelles syriens")
    assert (actor["country"], actor["kind"]) == ("SYR", "other")


def _nissim():
    """A dev article on a Geneva engineer, under a title naming two countries."""
    text = ("L'ingénieur genevois Chaïm Nissim, qui avait avoué être l'auteur des tirs contre la centrale nucléaire de "
            "Creys-Malville, est mort mardi en Suisse, à l'âge de 67 ans. Originaire d'Israël, il avait publié en 2003 "
            "un livre.")
    return text, analyse(text, "2017-04-16", "France/Suisse : mort de l'auteur des tirs de 1982 contre la centrale de Creys-Malville")


def test_city_adjective_before_a_name_gives_its_country():
    text, out = _nissim()
    actor = _one(out, text, "Chaïm Nissim")
    assert (actor["country"], actor["kind"]) == ("CHE", "person")


def test_title_naming_two_countries_gives_the_first():
    text, out = _nissim()
    actor = [m["actor"] for m in out["actor_mentions"] if m["text"].endswith("Creys-Malville")][0]
    assert (actor["country"], actor["kind"]) == ("FRA", "location")


def test_unknown_place_said_to_be_in_a_known_province_is_of_its_country():
    text = ("Selon des officiers américains, la bombe ciblait des tunnels et des militants de l'organisation « État "
            "islamique » à Achin, dans la province de Nangarhâr (est du pays).")
    out = analyse(text, "2017-04-13", "Les États-Unis font usage d'une GBU-43/B pour la première fois en Afghanistan")
    actor = _one(out, text, "Achin")
    assert (actor["country"], actor["kind"]) == ("AFG", "location")


# Tenth pass: rules written on the errors of `gold/actors/dev_tuning_13.yaml`.

def test_unqualified_roles_of_a_text_naming_only_places_are_of_their_country():
    text = ("Vers 14h00, dans le Gard, les Gilets jaunes ont fait plusieurs blocages : à Aimargues, à Nîmes, à Alès. "
            "Vers 20h00, le président Emmanuel Macron a déclaré que « le smic augmentera de 100 euros par mois dès "
            "2019 ». Vers 22h25, selon Olivier Dussopt, secrétaire d'Etat auprès du ministre de l'action et des comptes "
            "publics, les mesures annoncées par Emmanuel Macron représentent un coût de 8 à 10 milliards d'euros.")
    out = analyse(text, "2018-12-10", "Gilets jaunes : lundi 10 décembre 2018")
    president = _one(out, text, "président")
    assert (president["country"], president["kind"]) == ("FRA", "person")
    secretary = _one(out, text, "secrétaire d'Etat")
    assert (secretary["country"], secretary["kind"]) == ("FRA", "person")


def test_attorney_general_is_of_the_home_country():
    text = ("L'ancien directeur adjoint du Federal Bureau of Investigation Andrew G. McCabe a été limogé le vendredi 16 "
            "mars 2018 par le département de la Justice des États-Unis. Le procureur général Jeff Sessions l'accuse de "
            "manque d’honnêteté.")
    out = analyse(text, "2018-03-17", "États-Unis : l'ancien numéro deux du FBI licencié deux jours avant sa retraite")
    role = _one(out, text, "procureur général")
    assert (role["country"], role["kind"]) == ("USA", "person")


def test_tax_office_and_criminal_court_named_alone_are_the_home_governments():
    text = ("Il a ainsi vu sa peine initiale (le Parquet avait requis 30 mois avec sursis et le tribunal correctionnel "
            "avait prononcé en novembre 2015 une peine de deux ans intégralement assortie d'un sursis) être aggravée. "
            "Cet argent n'avait pas, non plus, été déclaré au fisc.")
    out = analyse(text, "2017-01-24", "France : Claude Guéant condamné par la justice")
    court = [m["actor"] for m in out["actor_mentions"] if m["text"].startswith("tribunal")]
    assert [(a["id"], a["kind"]) for a in court] == [("gov:FRA", "government")]
    tax = _one(out, text, "fisc")
    assert (tax["id"], tax["kind"]) == ("gov:FRA", "government")


def test_department_in_brackets_after_a_town_is_of_the_towns_country():
    text = ("Dans la nuit du samedi 15 au dimanche 16 décembre, à Oiry (Marne), trois Gilets jaunes ont été blessés "
            "par vingt à vingt-cinq individus armés de battes de base-ball. "
            "En France, ce dimanche, seulement quelques points de blocages ont été recensés. "
            "Vers 23h00, à Châtellerault (Vienne), priés de libérer le rond-point qu'ils occupaient depuis le 17 "
            "novembre, les Gilets jaunes ont mis le feu à leur baraquement avant de partir.")
    out = analyse(text, "2018-12-16", "Gilets jaunes : dimanche 16 décembre 2018")
    actor = _one(out, text, "Vienne")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")


# Eleventh pass: rules written on the errors of `gold/actors/dev_tuning_14.yaml`.

def test_origin_in_an_apposition_without_a_people_is_the_nationality():
    text = ("La manifestation est une réaction à l'assassinat à Aubervilliers en août de Zang Chaolin, un père de famille "
            "d'origine chinoise de 49 ans, ainsi qu'à une série d'agressions.")
    out = analyse(text, "2016-09-04", "France : manifestation à Paris de la communauté chinoise pour plus de sécurité")
    actor = _one(out, text, "Zang Chaolin")
    assert (actor["country"], actor["kind"]) == ("CHN", "person")


def test_town_before_a_region_in_brackets_is_of_the_regions_country():
    text = ("Elle était en train de signer des autographes quand un jeune homme de 27 ans originaire de St. Petersburg "
            "(Floride), Kevin James Loibl, lui a tiré dessus.")
    out = analyse(text, "2016-06-12", "États-Unis : une ancienne candidate de l'émission The Voice meurt assassinée")
    town = _one(out, text, "St. Petersburg")
    assert (town["country"], town["kind"]) == ("USA", "location")
    region = _one(out, text, "Floride")
    assert (region["country"], region["kind"]) == ("USA", "location")


def test_preposition_before_a_country_name_is_trimmed():
    text = ("Les logements étant proches les uns des autres, le consul de Belgique présent au moment des fouilles a obtenu "
            "que les policiers pénètrent non-armés dans l'immeuble principal.")
    out = analyse(text, "2016-12-17", "Burundi : contrôle d'identité de ressortissants belges sur fond de tension diplomatique")
    actor = _one(out, text, "Belgique")
    assert (actor["country"], actor["kind"]) == ("BEL", "country")
    assert not [e for e in out["entities"] if e["text"] == "de Belgique"]


def test_curated_outlet_and_region_of_batch_14():
    text = ("Cette série de vérification policière est selon Deutsche Welle une mesure de rétorsion du régime de Pierre "
            "Nkurunziza envers la Belgique.")
    out = analyse(text, "2016-12-17", "Burundi : contrôle d'identité de ressortissants belges sur fond de tension diplomatique")
    outlet = _one(out, text, "Deutsche Welle")
    assert (outlet["country"], outlet["kind"]) == ("DEU", "media")
    text = ("C'est ce qu'a annoncé aujourd'hui le président de la Région Auguste Rollandin, soulignant que « l'objectif est "
            "de compléter la structure et de la rendre efficace ».")
    out = analyse(text, "2016-04-03", "Vallée d'Aoste : la Région prend en main la gestion de l'aéroport")
    person = _one(out, text, "Auguste Rollandin")
    assert (person["country"], person["kind"]) == ("ITA", "person")
