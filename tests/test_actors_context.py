"""Actors, third pass: country and kind from the document's context (title, places, neighbouring
words) when the registry does not know the name.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5).
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import at, mentions


def country_kind(m: dict) -> tuple[str | None, str]:
    return m["actor"]["country"], m["actor"]["kind"]


def test_a_region_in_the_title_gives_the_home_country():
    text = ("Notons que le chef intérimaire du Parti libéral du Québec, Pierre Arcand, a nommé l'ancien ministre "
            "des Finances, Carlos Leitão, dans le dossier des finances.")
    out = analyse(text, "2018-10-22", "Québec : les partis d'opposition nomment leur cabinet fantôme")
    assert country_kind(mentions(out, "Carlos Leitão")[0]) == ("CAN", "person")
    assert country_kind(mentions(out, "Parti libéral du Québec")[0]) == ("CAN", "party")


def test_a_title_taken_into_a_name_is_cut_off():
    text = "Le 26 novembre, le Premier ministre Nawaz Sharif a annoncé son choix : Qamar Javed Bajwa."
    out = analyse(text, "2016-12-02", "Pakistan : l'armée a un nouveau chef")
    [sharif] = [e for e in out["entities"] if e["text"] == "Nawaz Sharif"]
    assert (sharif["start"], sharif["end"], sharif["label"]) == (*at(text, "Nawaz Sharif"), "PER")
    assert country_kind(mentions(out, "Nawaz Sharif")[0]) == ("PAK", "person")


def test_a_role_goes_to_the_name_right_after_it_and_an_official_to_the_organisation():
    text = ("Le président de la Commission de l'Union africaine Moussa Faki, le premier ministre burkinabè Paul Kaba "
            "Thiéba ainsi que le président français Emmanuel Macron ont condamné les attentats.")
    out = analyse(text, "2018-03-03", "Burkina-Faso : double attaque à Ouagadougou")
    assert country_kind(mentions(out, "Paul Kaba Thiéba")[0]) == ("BFA", "person")
    assert country_kind(mentions(out, "Moussa Faki")[0]) == ("AU", "person")


def test_a_role_and_a_place_complement_before_the_name():
    text = ("On ne sait pas à ce stade quelle sera la position de la Russie, mais l'ambassadeur russe à l'ONU, "
            "Vitali Tchourkine a déclaré que la Russie avait déjà mis en œuvre tout ce que le projet semblait prévoir.")
    out = analyse(text, "2016-12-18", "Syrie : une évacuation chaotique des civils à Alep")
    assert country_kind(mentions(out, "Vitali Tchourkine")[0]) == ("RUS", "person")


def test_a_government_named_after_its_leader():
    text = ("Le gouvernement Assad a déclaré que les rebelles essayaient de prendre des armes lourdes. "
            "Hier, le gouvernement de Justin Trudeau a annoncé qu'il est interdit aux diplomates d'accompagner leurs familles.")
    out = analyse(text, "2016-12-18")
    [assad] = mentions(out, "gouvernement Assad")
    assert (assad["start"], assad["end"]) == at(text, "gouvernement Assad")
    assert country_kind(assad) == ("SYR", "government")
    assert country_kind(mentions(out, "gouvernement de Justin Trudeau")[0]) == ("CAN", "government")


def test_unqualified_head_of_state_and_army_are_the_home_countrys():
    text = "Contrairement à un certain nombre de ministres, Bernard Cazeneuve n'a jamais publiquement défié le chef de l’État."
    out = analyse(text, "2016-12-06", "France : Bernard Cazeneuve remplace Manuel Valls comme premier ministre")
    [head] = mentions(out, "chef de l’État")
    assert (head["start"], head["end"]) == at(text, "chef de l’État")
    assert country_kind(head) == ("FRA", "person")
    text = "L'armée ne tient depuis tout ce temps que par les ravitaillements par largages aériens."
    out = analyse(text, "2017-01-16", "Syrie : l'armée en difficulté à Deir ez-Zor")
    assert country_kind(mentions(out, "armée")[0]) == ("SYR", "military")


def test_regional_adjective_and_city_court():
    out = analyse("Le 27 octobre 2017, le parlement catalan déclare l'indépendance de la Catalogne.", "2017-10-27")
    assert country_kind(mentions(out, "parlement catalan")[0]) == ("ESP", "government")
    text = "Le tribunal de commerce de Tarbes (Hautes-Pyrénées) a prononcé hier la liquidation d'Air Méditerranée."
    out = analyse(text, "2016-02-16", "Air Méditerranée placée en liquidation judiciaire")
    [court] = mentions(out, "tribunal de commerce de Tarbes")
    assert (court["start"], court["end"]) == at(text, "tribunal de commerce de Tarbes")
    assert country_kind(court) == ("FRA", "government")
    # No country named: the French departments the text names make it France; "Air …" a company.
    assert country_kind(mentions(out, "Air Méditerranée")[0]) == ("FRA", "company")


def test_two_countries_named_as_often_the_first_one_leads():
    text = ("Un Français a été enlevé tôt ce jeudi au Tchad, a confirmé le ministère des affaires étrangères français. "
            "« Nous sommes mobilisés avec les autorités tchadiennes », a-t-il communiqué. "
            "Il s'agissait de Laurent Meurice, agronome travaillant pour le CICR.")
    out = analyse(text, "2017-03-23", "Un Français enlevé au Tchad")
    assert country_kind(mentions(out, "Laurent Meurice")[0]) == ("FRA", "person")


def test_places_the_model_takes_for_names():
    text = ("Dans la ville de Hilla, située à 80 kilomètres au sud de la capitale Bagdad, c'est la mosquée "
            "Ammar ben Yasser qui a été attaquée peu après minuit.")
    out = analyse(text, "2016-01-04", "Irak : deux mosquées sunnites visées par des attentats")
    [hilla] = mentions(out, "Hilla")
    assert (hilla["start"], hilla["end"]) == at(text, "Hilla")
    assert country_kind(hilla) == ("IRQ", "location")


def test_country_inside_a_role_and_a_name_stretched_to_the_left():
    text = "Avec cette victoire, le président élu Duque deviendra le plus jeune Président de la Colombie depuis 1872."
    out = analyse(text, "2018-06-23", "Colombie : le conservateur Iván Duque remporte l'élection présidentielle")
    [colombia] = mentions(out, "Colombie")
    assert (colombia["start"], colombia["end"]) == at(text, "Colombie")
    assert country_kind(colombia) == ("COL", "country")
    text = "5 000 otages de Boko Haram ont été libérés au Cameroun au terme d'une opération militaire."
    out = analyse(text, "2017-03-17", "Cameroun : libération de 5 000 otages de Boko Haram")
    [boko] = mentions(out, "Boko Haram")
    assert (boko["start"], boko["end"]) == at(text, "Boko Haram")
    assert country_kind(boko) == ("NGA", "other")


def test_a_noun_complement_is_not_an_introducer_and_an_emir_is_a_head_of_state():
    out = analyse("Les deux plus grands partis du Parlement népalais sont parvenus à un accord pour s'unir lundi.", "2018-02-22")
    assert country_kind(mentions(out, "Parlement népalais")[0]) == ("NPL", "government")
    text = ("Le média public qatari, Al Jazeera, a diffusé quelques unes des déclarations de l'émir du Qatar, "
            "Tamim bin Hamad Al Zani, qui a critiqué fortement l'Arabie Saoudite.")
    out = analyse(text, "2017-06-06")
    [emir] = mentions(out, "émir du Qatar")
    assert country_kind(emir) == ("QAT", "person")


def test_acronyms_beside_their_name():
    text = ("Le Tribunal Supérieur Électoral (TSE) a donné suite aux demandes de recherche présentées par le PT. "
            "Le journaliste a été libéré après avoir été maintenu en détention une nuit par le SNR (service national "
            "de renseignement).")
    out = analyse(text, "2018-10-29", "Brésil : Jair Bolsonaro est élu président")
    [tse] = mentions(out, "TSE")
    assert (tse["start"], tse["end"]) == at(text, "TSE")
    assert country_kind(tse) == ("BRA", "government")
    assert mentions(out, "SNR")[0]["actor"]["kind"] == "government"


def test_a_surname_after_the_full_name_is_the_person_whatever_the_models_label():
    text = ("Le candidat de l'extrême droite Jair Bolsonaro du Parti Social Libéral (PSL), a été élu nouveau président "
            "du Brésil. Lors du second tour des élections qui a eu lieu le 28 octobre 2018, Bolsonaro a battu le "
            "candidat du centre-gauche Fernando Haddad.")
    out = analyse(text, "2018-10-29", "Jair Bolsonaro est élu président du Brésil")
    [surname] = mentions(out, "Bolsonaro")
    assert (surname["start"], surname["end"]) == at(text, "Bolsonaro", 1)
    assert surname["actor"]["id"] == mentions(out, "Jair Bolsonaro")[0]["actor"]["id"]
    assert country_kind(surname) == ("BRA", "person")


def test_officials_of_an_organisation_named_in_their_role():
    text = ("Arrivé depuis le lundi à Kinshasa pour un séjour de cinq jours, le chef des Opérations de maintien de "
            "la Paix aux Nations-Unies, Jean-Pierre Lacroix (diplomate) a rencontré hier les acteurs politiques.")
    out = analyse(text, "2017-06-15", "RDC : Jean-Pierre Lacroix poursuit son séjour à Kinshasa")
    assert country_kind(mentions(out, "Jean-Pierre Lacroix")[0]) == ("UN", "person")


def test_a_bare_nationality_after_the_name_and_an_acronym_named_in_full():
    text = "Il s'agit de Mohamed Ramdani, 39 ans, français d'origine tunisienne, arrêté à Anvers jeudi."
    out = analyse(text, "2017-03-25", "Belgique : un homme tente de foncer sur la foule à Anvers")
    assert country_kind(mentions(out, "Mohamed Ramdani")[0]) == ("FRA", "person")
    text = ("Le Maroc a été réadmis dans l'Union africaine lundi. Le Royaume avait claqué la porte de l'UA en 1984, "
            "car il était opposé à l'admission de la République arabe sahraouie démocratique.")
    out = analyse(text, "2017-01-31")
    [ua] = mentions(out, "UA")
    assert (ua["start"], ua["end"]) == at(text, "UA")
    assert country_kind(ua) == ("AU", "igo")


def test_a_holder_of_an_eu_office_acts_for_the_eu_and_a_bracket_gives_a_country():
    text = ("Le PPE préside désormais les trois principaux organes de l'Union avec Donald Tusk au Conseil européen. "
            "Candidats : Jean Lambert (Greens/EFA, Royaume-Uni), Helga Stevens (CRE, Belgique).")
    out = analyse(text, "2017-01-17", "Union européenne : Antonio Tajani élu président du Parlement européen")
    assert country_kind(mentions(out, "Donald Tusk")[0]) == ("EU", "person")
    assert country_kind(mentions(out, "PPE")[0]) == ("EU", "party")
    assert country_kind(mentions(out, "Union")[0]) == ("EU", "igo")
    assert country_kind(mentions(out, "Jean Lambert")[0]) == ("GBR", "person")
    assert country_kind(mentions(out, "Helga Stevens")[0]) == ("BEL", "person")


def test_a_name_after_a_civility_and_a_minister_tagged_as_one_name():
    text = ("Le commissaire européen, le Français Pierre Moscovici, s'est fait offrir des costumes. "
            "Ces cadeaux ont été faits à M. Moscovici par Laurent Max, négociant en vins.")
    out = analyse(text, "2017-03-22", "France : Pierre Moscovici épinglé à son tour")
    [civil] = mentions(out, "M. Moscovici")
    assert (civil["start"], civil["end"]) == at(text, "M. Moscovici")
    assert civil["actor"]["id"] == mentions(out, "Pierre Moscovici")[0]["actor"]["id"]
    assert country_kind(mentions(out, "Pierre Moscovici")[0]) == ("EU", "person")
    text = ("Le ministre de la Défense, Steven Vandeput, a adressé une lettre ouverte aux militaires hier pour "
            "souligner la nécessité des mesures.")
    out = analyse(text, "2016-11-15", "Belgique : les militaires manifestent dans les rues de Bruxelles")
    assert country_kind(mentions(out, "Steven Vandeput")[0]) == ("BEL", "person")
    ministry = [m for m in out["actor_mentions"] if m["text"] == "Défense"]
    assert ministry and country_kind(ministry[0]) == ("BEL", "government")


def test_companies_have_their_home_country_not_the_documents():
    text = ("Magento propose différents services utilisés par de nombreuses entreprises telles que Nestlé, "
            "Coca-Cola, Warner Music et Canon. Ce lundi, PSA et General Motors ont officialisé l'acquisition d'Opel, "
            "la filiale de l’entreprise américaine.")
    out = analyse(text, "2018-05-26", "États-Unis : Adobe Systems rachète Magento Commerce")
    for surface, country in (("Nestlé", "CHE"), ("Canon", "JPN"), ("General Motors", "USA"), ("Opel", "DEU")):
        [company] = mentions(out, surface)
        assert (company["start"], company["end"]) == at(text, surface)
        assert country_kind(company) == (country, "company"), surface


def test_home_institutions_named_alone():
    text = ("La ministre a annoncé que le ministère de l'éducation allait rétablir l'accès à internet. "
            "L'État reste actionnaire de l'opérateur.")
    out = analyse(text, "2018-06-24", "Algérie : coupure d'internet pendant les examens du baccalauréat")
    [ministry] = mentions(out, "ministère de l'éducation")
    assert (ministry["start"], ministry["end"]) == at(text, "ministère de l'éducation")
    assert country_kind(ministry) == ("DZA", "government")
    assert country_kind(mentions(out, "État")[0]) == ("DZA", "government")


def test_organisations_named_after_a_city_or_in_lower_case():
    text = ("Didier Queloz, de l'Université de Genève, a salué la découverte. Le Burundi ne reconnaîtra plus "
            "aucune autorité juridique à la cour pénale internationale.")
    out = analyse(text, "2017-02-23")
    assert country_kind(mentions(out, "Université de Genève")[0]) == ("CHE", "other")
    [court] = mentions(out, "cour pénale internationale")
    assert (court["start"], court["end"]) == at(text, "cour pénale internationale")
    assert country_kind(court) == ("ICC", "igo")
