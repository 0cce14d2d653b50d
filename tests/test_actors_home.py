"""Actors, fourth pass: roles and institutions of the article's own country, outlets introduced
as such, names the model mislabels beside a role.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5), those of
`gold/actors/dev_tuning_6.yaml`.
"""

from __future__ import annotations

from test_actors import analyse
from test_actors_country import at, mentions


def actor(out: dict, surface: str) -> tuple[str | None, str]:
    [m] = mentions(out, surface)
    return m["actor"]["country"], m["actor"]["kind"]


def test_unqualified_prime_minister_is_the_home_countrys_on_the_day():
    text = ("Le Premier ministre, Manuel Valls, a activé la cellule interministérielle de crise au sein du "
            "ministère de l'Intérieur à Paris.")
    out = analyse(text, "2016-07-14", "France : un camion fonce sur la foule à Nice")
    [role] = mentions(out, "Premier ministre")
    assert (role["start"], role["end"]) == at(text, "Premier ministre")
    assert role["actor"]["id"] == "person:manuel-valls" and role["actor"]["country"] == "FRA"


def test_president_of_the_republic_alone_is_the_home_head_of_state():
    text = ("Le palais de l'Élysée a annoncé ce matin la démission surprise de Christiane Taubira. La garde des Sceaux "
            "s'opposait au projet de déchéance de nationalité porté par le Président de la République.")
    out = analyse(text, "2016-01-27", "France : démission de Christiane Taubira")
    [president] = mentions(out, "Président de la République")
    assert president["actor"]["id"] == "person:francois-hollande"
    # The palace is the seat of the presidency; "garde des Sceaux" is the French minister of justice,
    # not the town of Sceaux.
    assert actor(out, "palais de l'Élysée") == ("FRA", "government")
    [keeper] = mentions(out, "garde des Sceaux")
    assert (keeper["start"], keeper["end"]) == at(text, "garde des Sceaux")
    assert (keeper["actor"]["country"], keeper["actor"]["kind"], keeper["actor"]["role"]) == ("FRA", "person", "minister")
    assert not [e for e in out["entities"] if e["text"] == "Sceaux"]


def test_minister_with_a_lower_case_portfolio_is_the_home_countrys():
    text = ("Déjà, en janvier 2017, l'exécutif européen avait adressé un avertissement au gouvernement italien. "
            "Le ministre de l'économie a promis d'implémenter les mesures exigées.")
    out = analyse(text, "2017-02-22", "Italie : l'Union européenne menace le pays de sanctions")
    [minister] = mentions(out, "ministre de l'économie")
    assert (minister["actor"]["country"], minister["actor"]["kind"], minister["actor"]["role"]) == ("ITA", "person", "minister")


def test_role_of_the_country_or_the_province_the_text_refers_back_to():
    text = ("L'explosion a eu lieu à Viranşehir, dans une province située non loin de la frontière syrienne, selon le "
            "gouverneur de la province, Güngör Azim Tuna, cité par Anatolie (une agence pro-gouvernementale). "
            "Le ministre de la justice du pays, Bekir Bozdag, a malgré tout affirmé être déterminé.")
    out = analyse(text, "2017-02-18", "Turquie : au moins un mort dans un attentat")
    assert actor(out, "ministre de la justice du pays") == ("TUR", "person")
    assert actor(out, "Bekir Bozdag") == ("TUR", "person")
    # The model tags the governor's name as a place; beside the role, it is a person.
    assert actor(out, "gouverneur de la province") == ("TUR", "person")
    assert actor(out, "Güngör Azim Tuna") == ("TUR", "person")
    assert [e["label"] for e in out["entities"] if e["text"] == "Güngör Azim Tuna"] == ["PER"]
    # An outlet introduced by the apposition after it, of the article's country.
    assert actor(out, "Anatolie") == ("TUR", "media")


def test_outlet_introduced_as_one_wins_over_a_place_of_the_same_name():
    text = ("Dans l'article 68, le projet définit le mariage comme une « union consentie volontairement entre deux "
            "personnes, sans préciser le sexe » a rapporté le quotidien Granma.")
    out = analyse(text, "2018-07-22", "Cuba : vers l'ouverture du mariage homosexuel avec la nouvelle constitution")
    assert actor(out, "Granma") == ("CUB", "media")


def test_a_media_word_after_a_person_noun_does_not_make_an_outlet():
    text = "Il se marie avec l'animatrice de télévision Julie Snyder en juillet 2015, mais ils divorcent 6 mois plus tard."
    out = analyse(text, "2016-05-02", "Québec : Pierre Karl Péladeau quitte ses fonctions de chef de l'Opposition officielle")
    assert actor(out, "Julie Snyder") == ("CAN", "person")


def test_prefecture_and_sub_prefect_of_a_department():
    text = ("Des témoins évoquent de nombreux blessés et la préfecture des Alpes-Maritimes demande aux habitants de "
            "rester cloîtrés chez eux. Le sous-préfet des Alpes-Maritimes annonce que le chauffeur a été abattu.")
    out = analyse(text, "2016-07-14", "France : un camion fonce sur la foule à Nice")
    assert actor(out, "préfecture des Alpes-Maritimes") == ("FRA", "government")
    assert actor(out, "sous-préfet des Alpes-Maritimes") == ("FRA", "person")


def test_the_only_country_named_is_the_documents_even_once():
    text = ("Les autorités ont annoncé que la députée Jo Cox a succombé à ses blessures, après avoir été attaquée à "
            "Birstall. Elle militait pour le maintien du Royaume-Uni dans l'Union européenne.")
    out = analyse(text, "2016-06-16", "Jo Cox a succombé à ses blessures")
    assert actor(out, "Birstall") == ("GBR", "location")


def test_lower_case_words_inside_names_are_no_outlets_nor_organisations():
    text = ("Le samedi 29 octobre, six membres de l'ancien mouvement d'opposition des Forces nationales de libération "
            "ont été pris à partie. SOS Médias Burundi précise : « Les jeunes CNDD-FDD ont violemment battu les "
            "militants FNL. L'un d'eux est mort des suites des coups reçus. »")
    out = analyse(text, "2016-11-02", "Burundi : les Imbonerakure assassinent encore")
    country, kind = actor(out, "Forces nationales de libération")
    assert country == "BDI" and kind != "media"  # "libération" is not the newspaper Libération
    assert actor(out, "SOS Médias Burundi") == ("BDI", "media")
    assert not [m for m in out["actor_mentions"] if m["text"] == "L'un"]  # "L'un d'eux" is not the UN


def test_institutions_named_in_lower_case_are_the_home_countrys():
    text = ("Les exactions de ce groupe ponctuent l'actualité (les Imbonerakure agiraient de concert avec le "
            "service national de renseignement).")
    out = analyse(text, "2016-11-02", "Burundi : les Imbonerakure assassinent encore")
    [service] = mentions(out, "service national de renseignement")
    assert (service["start"], service["end"]) == at(text, "service national de renseignement")
    assert (service["actor"]["country"], service["actor"]["kind"]) == ("BDI", "government")


def test_lower_case_etat_is_no_state():
    text = ("Le projet de loi prendra le chemin du Sénat. Une grande partie des sénateurs, dont des républicains, "
            "considère le texte inacceptable en l'état.")
    out = analyse(text, "2017-05-04", "États-Unis : le remplacement de l'Obamacare approuvé par la Chambre des représentants")
    assert not [m for m in out["actor_mentions"] if m["text"] == "état"]


def test_official_of_an_organisation_named_in_the_role():
    text = ("En 2015, Zeid Ra'ad Zeid Al-Hussein, Haut-Commissaire des Nations unies aux droits de l'homme, utilise "
            "le mot « milice ».")
    out = analyse(text, "2016-11-02", "Burundi : les Imbonerakure assassinent encore")
    assert actor(out, "Haut-Commissaire des Nations unies") == ("UN", "person")
    assert actor(out, "Nations unies") == ("UN", "igo")
    assert actor(out, "Zeid Al-Hussein") == ("UN", "person")


def test_country_inside_an_institutions_name_is_a_mention():
    text = "La Chambre des représentants des États-Unis a approuvé de justesse un texte visant à abroger la loi."
    out = analyse(text, "2017-05-04", "États-Unis : le remplacement de l'Obamacare approuvé")
    assert actor(out, "Chambre des représentants des États-Unis") == ("USA", "government")
    [country] = mentions(out, "États-Unis")
    assert (country["start"], country["end"]) == at(text, "États-Unis")
    assert country["actor"]["kind"] == "country"


def test_short_names_of_a_country_and_of_a_prince():
    text = ("Le passeport portait des visas pour l'Arabie saoudite, un permis de résident et une carte bancaire des "
            "Émirats. L'opinion pourrait évoluer lorsque le prince Charles montera sur le trône.")
    out = analyse(text, "2017-02-04", "France : des militaires agressés au Louvre")
    assert actor(out, "Émirats") == ("ARE", "country")
    assert actor(out, "prince Charles") == ("GBR", "person")
