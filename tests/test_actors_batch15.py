"""Actors, seventh pass: persons listed among known persons, a country in brackets after a place,
security forces, outlets "de la <country>", a place in brackets is no acronym, roles in brackets
after a name, city adjectives of courts, introducers ("l'organisation", "la revue"), a name and its
spelled-out form keep their introducer's kind, parties in brackets after a politician, groups
presented as a branch, police chiefs, "la Macédoine", roles the model cut short, names inside
"anti-X", stadiums, organisations named again, institutions tagged as persons, observatories,
streets named after a people.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), most of them of
`gold/actors/dev_tuning_15.yaml` and `dev_tuning_16.yaml`, the others of earlier tuning sets.
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import actor_at as _one


def test_unknown_persons_listed_among_known_ones_take_their_country():
    text = ("10 avril 2017. – Deux jours seulement après l'attentat survenu à Stockholm (Suède), c'est au tour de "
            "l’Égypte d'être visée. Ce double attentat a été condamné par diverses personnalités politiques comme "
            "François Fillon, François Hollande, Marine Le Pen, Benoît Hamon, Jean-Marc Ayrault, Manuel Valls, "
            "Donald Trump ou encore l'ONU. L'état d'urgence a été instauré en Égypte par le président Sissi.")
    out = analyse(text, "2017-04-10", "Égypte : deux églises coptes visées par des attentats")
    for surface in ("Marine Le Pen", "Benoît Hamon"):
        actor = _one(out, text, surface)
        assert (actor["country"], actor["kind"]) == ("FRA", "person")
    trump = _one(out, text, "Donald Trump")
    assert (trump["country"], trump["kind"]) == ("USA", "person")


def test_country_in_brackets_after_a_place():
    text = ("Le navire, qui battait pavillon bolivien, a été arraisonné au large de la ville de Tobrouk (est de "
            "la Libye), a précisé le ministère de l'Intérieur turc aujourd'hui. Les autorités turques ont saisi "
            "13 tonnes de marijuana. La Turquie et la police turque s'en félicitent.")
    out = analyse(text, "2016-01-06", "Turquie : les autorités saisissent 13 tonnes de marijuana au large de la Libye")
    actor = _one(out, text, "Tobrouk")
    assert (actor["country"], actor["kind"]) == ("LBY", "location")


def test_security_forces_with_a_country_adjective_are_its_government():
    text = ("Dans la soirée d'hier, les forces de sécurité turques ont saisi 13 tonnes de marijuana à bord d'une "
            "embarcation près des côtes libyennes.")
    out = analyse(text, "2016-01-06", "Turquie : les autorités saisissent 13 tonnes de marijuana au large de la Libye")
    actor = _one(out, text, "forces de sécurité turques")
    assert (actor["country"], actor["kind"]) == ("TUR", "government")


def test_news_agency_of_a_named_country_is_an_outlet():
    text = ("Le président de la Corée du Nord Kim Jong-un a décidé d'arrêter ses programmes nucléaires. L'agence "
            "de presse de la Corée du Nord KCNA a annoncé que le site nucléaire sera démantelé.")
    out = analyse(text, "2018-04-21", "Corée du Nord : le pays suspend ses programmes nucléaires")
    actor = _one(out, text, "agence de presse de la Corée du Nord")
    assert (actor["country"], actor["kind"]) == ("PRK", "media")
    country = _one(out, text, "Corée du Nord", 1)
    assert (country["country"], country["kind"]) == ("PRK", "country")


def test_place_in_brackets_after_an_institution_is_no_acronym():
    text = ("23 mars 2017. – Le bilan de l'attaque terroriste au Parlement de Londres (Royaume-Uni) survenue "
            "hier s'est précisé.")
    out = analyse(text, "2017-03-23", "Royaume-Uni : bilan de l'attaque terroriste au parlement de Londres")
    actor = _one(out, text, "Parlement de Londres")
    assert (actor["country"], actor["kind"]) == ("GBR", "government")
    country = _one(out, text, "Royaume-Uni")
    assert (country["country"], country["kind"]) == ("GBR", "country")


def test_role_in_brackets_after_a_name_is_definite():
    text = ("À la suite du mouvement social ayant eu lieu depuis plus de 10 jours en Guyane, les ministres "
            "français Matthias Fekl (ministre de l'Intérieur) et Ericka Bareigts (ministre des outre-mer), ont "
            "entamé jeudi des négociations avec les chefs de la mobilisation.")
    out = analyse(text, "2017-04-02", "Négociations en Guyane après le mouvement social et excuses de la ministre des outre-mer")
    actor = _one(out, text, "ministre des outre-mer")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")


def test_court_with_a_city_adjective_is_that_country_government():
    text = ("Ce dimanche 1 er octobre, 17 Égyptiens de 17 à 35 ans ont comparu pour « débauche » devant un "
            "tribunal cairote.")
    out = analyse(text, "2017-10-01", "Égypte : 17 hommes jugés pour homosexualité")
    actor = _one(out, text, "tribunal cairote")
    assert (actor["country"], actor["kind"]) == ("EGY", "government")


def test_organisation_introduced_right_before_its_name_is_an_ngo():
    text = ("Plus de 2 700 civils auraient été tués en Syrie et en Irak par les bombardements de la coalition "
            "internationale depuis l'été 2014, selon l'organisation Airwars.")
    out = analyse(text, "2017-03-30", "Irak : mort de dizaines de civils dans l'effondrement d'immeubles")
    actor = _one(out, text, "Airwars")
    assert actor["kind"] == "ngo"


def test_name_and_spelled_out_form_keep_the_introducer_kind_and_revue_is_an_outlet():
    text = ("Un porte-parole de l'entreprise RTE (Réseau de Transport d'Électricité), chargée du transport du "
            "courant sur le territoire français, a expliqué à la revue Sciences et Avenir que « cela fait "
            "plusieurs semaines que la fréquence demeure sous les 50 hertz ».")
    out = analyse(text, "2018-03-08", "Europe : le décalage des horloges branchées sur le secteur est causée par une crise politique")
    for surface in ("RTE", "Réseau de Transport d'Électricité"):
        assert _one(out, text, surface)["kind"] == "company"
    assert _one(out, text, "Sciences et Avenir")["kind"] == "media"


def test_party_in_brackets_after_a_politician():
    text = ("Le premier ministre slovaque Robert Fico (Smer-DS) a dit en conférence de presse en parlant des "
            "journalistes « certains des vôtres sont des sales prostituées anti-slovaques ». Ces paroles ont été "
            "prononcées dans une conférence de presse organisée pour la défense du ministre des affaires "
            "étrangères Miroslav Lajčák (Smer-DS) accusé d'avoir surfacturé des événements.")
    out = analyse(text, "2016-11-23", "Slovaquie : le premier ministre Robert Fico traite des journalistes de « sales prostituées antislovaques »")
    for nth in (0, 1):
        actor = _one(out, text, "Smer-DS", nth)
        assert (actor["country"], actor["kind"]) == ("SVK", "party")


def test_group_presented_as_a_branch_is_no_place():
    text = ("L'armée égyptienne annonce aujourd'hui avoir mené des frappes qui ont permis de tuer Abou Douaa "
            "al-Ansari, présenté comme le chef d'Ansar Beït al-Maqdess, la branche de l'organisation État "
            "islamique dans la péninsule du Sinaï.")
    out = analyse(text, "2016-08-04", "L'armée égyptienne annonce avoir tué Abou Douaa al-Ansari")
    actor = _one(out, text, "Ansar Beït al-Maqdess")
    assert (actor["country"], actor["kind"]) == ("EGY", "other")


def test_police_chief_of_no_city_is_of_the_article_country():
    text = ("Ce samedi 23 juin, lors d'un rassemblement politique à Addis-Abeba, Abiy Ahmed, Premier ministre "
            "éthiopien depuis plusieurs mois, a été agressé. Neuf policiers ont été arrêtés, dont le chef adjoint "
            "de la police.")
    out = analyse(text, "2018-06-24", "Éthiopie : attaque à Addis-Abeba contre le Premier ministre Ahmed")
    actor = _one(out, text, "chef adjoint de la police")
    assert (actor["country"], actor["kind"]) == ("ETH", "person")


def test_macedonia_is_the_country():
    text = ("Dans le communiqué, l'association européenne précise que ce décalage de fréquence a pour origine la "
            "région des Balkans où se trouvent la Serbie, la Macédoine, le Monténégro et le Kosovo.")
    out = analyse(text, "2018-03-08", "Europe : le décalage des horloges branchées sur le secteur est causée par une crise politique")
    actor = _one(out, text, "Macédoine")
    assert (actor["country"], actor["kind"]) == ("MKD", "country")


def test_role_cut_short_by_the_model_is_no_name_and_its_portfolio_stops_before_a_name():
    text = ("La ministre de l’Éducation Najat Vallaud-Belkacem a estimé sur BFMTV qu' « une digue semble avoir "
            "sauté ».")
    out = analyse(text, "2017-03-12", "France : six mineurs mis en examen après les violences en Seine-Saint-Denis")
    actor = _one(out, text, "ministre de l’Éducation")
    assert (actor["country"], actor["kind"]) == ("FRA", "person")
    assert not [e for e in out["entities"] if e["text"].startswith("ministre")]


def test_name_inside_anti_is_the_actor():
    text = ("11 novembre 2016. – Depuis trois jours, des milliers de personnes se réunissent dans plusieurs villes "
            "américaines pour protester contre la victoire inattendue de Donald Trump à l'élection présidentielle.\n\n"
            "Manifestations anti-Trump dans différentes villes des États-Unis.")
    out = analyse(text, "2016-11-11", "États-Unis : une manifestation anti-Trump tourne à l'émeute")
    actor = _one(out, text, "Trump", 1)
    assert (actor["id"], actor["country"], actor["kind"]) == ("person:donald-trump", "USA", "person")
    text = ("30 mars 2017. – Un bombardement effectué par la coalition internationale anti-EI a causé l'effondrement "
            "d'un ensemble d’immeubles à Mossoul, en Irak.")
    out = analyse(text, "2017-03-30", "Irak : mort de dizaines de civils dans l'effondrement d'immeubles")
    actor = _one(out, text, "EI")
    assert (actor["country"], actor["kind"]) == (None, "other")


def test_stadium_named_after_a_company_is_a_place():
    text = ("À 19 h 30 UTC samedi, deux explosions ont retenti à Istanbul dans le quartier de Besiktas. La première "
            "explosion serait dû à une voiture piégée qui aurait explosé à proximité de véhicules de la police postés "
            "près du stade de football Vodafone Arena.")
    out = analyse(text, "2016-12-10", "Turquie : deux attentats à la bombe à Istanbul")
    actor = _one(out, text, "Vodafone Arena")
    assert (actor["country"], actor["kind"]) == ("TUR", "location")


def test_unknown_organisation_named_again_keeps_its_introduced_kind():
    text = ("Le président élu Donald Trump a annoncé hier soir que l'opérateur de téléphonie mobile Sprint et le "
            "fabricant de satellites OneWeb, filiales de la firme japonaise SoftBank, allaient relocaliser 8 000 "
            "emplois aux États-Unis. Sprint a déclaré vouloir engager « immédiatement » des discussions afin de "
            "définir le lieu de relocalisation de ces emplois.")
    out = analyse(text, "2016-12-29", "États-Unis : Trump annonce la création de 8 000 emplois")
    first, again = _one(out, text, "Sprint"), _one(out, text, "Sprint", 1)
    assert (first["kind"], again["kind"]) == ("company", "company")
    assert (first["country"], again["country"]) == ("USA", "USA")


def test_institution_tagged_as_a_person_is_the_institution():
    text = ("En revanche, la commission des lois de Sénat, constituée en commission d'enquête pour six mois, continue "
            "ses auditions, diffusées en direct sur la chaîne Public Sénat et sur le site internet du Sénat.")
    out = analyse(text, "2018-07-30", "France : l'affaire Benalla")
    actor = _one(out, text, "Sénat", 2)
    assert (actor["country"], actor["kind"]) == ("FRA", "government")
    assert _one(out, text, "Public Sénat")["kind"] == "media"


def test_unknown_observatory_is_an_ngo():
    text = ("Les conditions de détention sont remises en question par les commentateurs de France Info, dont "
            "François Bes, de l'Observatoire International des Prisons.")
    out = analyse(text, "2018-08-09", "France : mutinerie dans une prison")
    actor = _one(out, text, "Observatoire International des Prisons")
    assert (actor["country"], actor["kind"]) == ("FRA", "ngo")


def test_people_named_in_a_street_name_is_a_street():
    text = ("Mardi 21 mars, la présence d'une bombe a alerté le pôle financier de la rue des Italiens, dans le 9 e "
            "arrondissement de Paris.")
    out = analyse(text, "2017-03-21", "France : alerte à la bombe au pôle financier de Paris")
    actor = _one(out, text, "rue des Italiens")
    assert (actor["country"], actor["kind"]) == ("FRA", "location")
