"""Actors, fifth pass: French overseas departments, chambers named bare, the country of the known
actors of a text that names none.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), those of
`gold/actors/dev_tuning_8.yaml`.
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import at, mentions


def test_overseas_department_is_a_french_place_and_its_people_french():
    text = ("Le sénateur Paul Vergès, figure politique majeure réunionnaise, est mort samedi à l'âge 91 ans, "
            "dans un hôpital de l'île. Il était le fondateur du Parti communiste réunionnais (PCR).")
    out = analyse(text, "2016-11-15", "La Réunion : décès du sénateur Paul Vergès")
    [person] = mentions(out, "Paul Vergès")
    assert (person["start"], person["end"]) == at(text, "Paul Vergès")
    assert (person["actor"]["country"], person["actor"]["kind"]) == ("FRA", "person")
    [party] = mentions(out, "Parti communiste réunionnais")
    assert (party["actor"]["country"], party["actor"]["kind"]) == ("FRA", "party")


def test_guyane_is_a_location_of_france_not_a_country():
    text = ("Le collectif ouvre les barrages « jusqu'à nouvel ordre », dans le cadre du mouvement de contestation "
            "qui secoue la Guyane depuis plus de trois semaines.")
    out = analyse(text, "2017-04-16", "Guyane : ouverture de barrages dans le cadre du mouvement social")
    [place] = mentions(out, "Guyane")
    assert (place["start"], place["end"]) == at(text, "Guyane")
    assert (place["actor"]["country"], place["actor"]["kind"]) == ("FRA", "location")


def test_bare_chamber_is_the_articles_countrys():
    text = ("Son parti de la droite conservatrice réussit à décrocher 311 sièges sur les 465 que compte la "
            "Chambre des représentants.")
    out = analyse(text, "2017-10-22", "Japon : la droite au pouvoir remporte les élections")
    [chamber] = mentions(out, "Chambre des représentants")
    assert (chamber["actor"]["country"], chamber["actor"]["kind"]) == ("JPN", "government")


def test_chamber_in_a_text_about_the_united_states_stays_american():
    text = ("Paul Ryan, le président républicain de la Chambre des représentants, ne disposait en effet pas des "
            "216 voix nécessaires pour faire avancer le texte jusqu’au Sénat.")
    out = analyse(text, "2017-03-26", "États-Unis : revers cuisant de Donald Trump sur la réforme de la santé")
    [chamber] = mentions(out, "Chambre des représentants")
    assert (chamber["actor"]["country"], chamber["actor"]["kind"]) == ("USA", "government")


def test_text_naming_no_country_takes_that_of_its_known_party():
    text = ("Florian Philippot, qui est depuis des années le numéro deux du Front national comme le bras droit "
            "de Marine le Pen, a annoncé ce matin qu'il quitte le parti.")
    out = analyse(text, "2017-09-21", "Florian Philippot démissionne du Front national")
    [person] = mentions(out, "Florian Philippot")
    assert (person["start"], person["end"]) == at(text, "Florian Philippot")
    assert (person["actor"]["country"], person["actor"]["kind"]) == ("FRA", "person")


def test_organisation_name_stops_before_a_present_participle():
    text = ("Pour rappel, le Colonel Désiré Uwamahoro est inscrit sur la liste du 30 septembre 2016 émise par le "
            "conseil des droits de l'homme des Nations unies visant douze personnalités burundaises soupçonnées de "
            "crimes contre l'humanité.")
    out = analyse(text, "2016-11-07", "Burundi : le pays au cœur d'un trafic d'or international")
    [un] = mentions(out, "Nations unies")
    assert (un["start"], un["end"]) == at(text, "Nations unies")
    assert (un["actor"]["country"], un["actor"]["kind"]) == ("UN", "igo")


def test_turkish_telecommunications_authority_by_its_acronym():
    text = ("Cette fermeture a été confirmée par l'AFP et l'Autorité des technologies de Communication et "
            "d'Information (BTK). « Après une analyse technique et une considération juridique basée sur la loi "
            "Nr. 5651, une mesure administrative a été prise pour le site internet wikipedia.org » a déclaré BTK.")
    out = analyse(text, "2017-04-29", "L'accès à Wikipédia bloqué en Turquie")
    acronyms = [m for m in out["actor_mentions"] if m["text"] == "BTK"]
    assert len(acronyms) == 2 and all((m["actor"]["country"], m["actor"]["kind"]) == ("TUR", "government") for m in acronyms)


def test_un_human_rights_council_is_the_uns():
    text = ("Rappelons que le contexte actuel est particulièrement tendu avec la coupure des relations avec le "
            "Conseil des droits de l'homme des Nations unies et la récente sortie de la Cour pénale internationale (CPI).")
    out = analyse(text, "2016-10-16", "Burundi : le patron du CNDD-FDD, Évariste Ndayishimiye, critique vivement l'UE et l'ONU")
    council = [m for m in out["actor_mentions"] if m["text"].startswith("Conseil des droits")]
    assert council and all((m["actor"]["country"], m["actor"]["kind"]) == ("UN", "igo") for m in council)
    assert (council[0]["start"], council[0]["end"]) == at(text, "Conseil des droits de l'homme des Nations unies")


def test_office_of_a_country_named_in_the_apposition():
    text = ("« Nous pouvons passer à la prochaine étape pour l'établissement d'un nouveau service de passagers vers "
            "Montréal. » a déclaré Patrick Leahy, sénateur du Vermont. Un jour, possiblement, la mesure s'étendra aux "
            "voies routières transfrontalières.\n\n— David MacNaughton, ambassadeur du Canada aux États-Unis")
    out = analyse(text, "2016-12-11", "Les contrôles frontaliers vont être simplifiés à la frontière canado-américaine")
    [person] = mentions(out, "David MacNaughton")
    assert (person["start"], person["end"]) == at(text, "David MacNaughton")
    assert (person["actor"]["country"], person["actor"]["kind"]) == ("CAN", "person")
    # Where the office is held is not its country: the senator of Vermont is American.
    assert actor_of(out, "Patrick Leahy") == ("USA", "person")


def actor_of(out: dict, surface: str) -> tuple[str | None, str]:
    [m] = mentions(out, surface)
    return m["actor"]["country"], m["actor"]["kind"]


def test_mayor_of_the_capital_whose_adjective_names_the_country():
    text = ("D'abord, le suspect aurait été sommé par la police de partir. Selon Philippe Close, le bourgmestre de la "
            "capitale belge, il s'agit d'un sans-abri né en 1975.")
    out = analyse(text, "2018-09-17", "Bruxelles : un policier a été attaqué au couteau près du parc Maximilien")
    [mayor] = [m for m in out["actor_mentions"] if m["text"].startswith("bourgmestre")]
    assert (mayor["start"], mayor["end"]) == at(text, "bourgmestre de la capitale belge")
    assert (mayor["actor"]["country"], mayor["actor"]["kind"], mayor["actor"]["role"]) == ("BEL", "person", "mayor")


def test_minister_after_a_possessive_is_the_home_countrys():
    text = ("Le gouvernement du Burundi, par la voix de son ministre des affaires étrangères Alain Aimé Nyamitwe, a "
            "annoncé interdire l'accès au territoire à trois experts des droits de l'homme de l'ONU.")
    out = analyse(text, "2016-10-11", "Burundi : trois experts des droits de l'homme de l'ONU interdits d'entrer sur le territoire")
    [minister] = [m for m in out["actor_mentions"] if m["text"].startswith("ministre")]
    assert (minister["start"], minister["end"]) == at(text, "ministre des affaires étrangères")
    assert (minister["actor"]["country"], minister["actor"]["kind"], minister["actor"]["role"]) == ("BDI", "person", "minister")
