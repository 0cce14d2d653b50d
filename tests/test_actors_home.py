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


# Sentences of `gold/actors/dev_tuning_7.yaml`.

def test_state_outlet_named_by_what_it_is():
    text = ("À l'occasion du 32e anniversaire de la télévision nationale (créée en 1984), le ministre a annoncé que le "
            "réseau est installé. La radio publique allemande a confirmé l'information.")
    out = analyse(text, "2016-12-04", "Burundi : la Chine promet de fournir 300 000 décodeurs numériques")
    assert actor(out, "télévision nationale") == ("BDI", "media")
    assert actor(out, "radio publique allemande") == ("DEU", "media")


def test_curated_names_written_in_lower_case():
    text = ("C'est le troisième week-end de mobilisation pour les « gilets jaunes » en France. Les taliban quant à eux "
            "ont tué à peu près 60 policiers.")
    out = analyse(text, "2018-12-01", "\"Gilets jaunes\" : troisième week-end de mobilisation")
    [vests] = mentions(out, "gilets jaunes")
    assert (vests["start"], vests["end"]) == at(text, "gilets jaunes")
    assert (vests["actor"]["country"], vests["actor"]["kind"]) == ("FRA", "other")
    assert actor(out, "taliban") == ("AFG", "other")


def test_unknown_places_take_the_country_their_context_states():
    text = ("Vendredi, ils sont apparus à Bruxelles (carrefour Arts-Loi), où 60 personnes ont été interpellées. "
            "Des manifestants sont apparus aussi dans quelques villes néerlandaises (La Haye, Nimègue, Maastricht).")
    out = analyse(text, "2018-12-01", "\"Gilets jaunes\" : troisième week-end de mobilisation en France")
    for surface in ("Nimègue", "Maastricht"):
        assert actor(out, surface) == ("NLD", "location")
    arts = [m for m in out["actor_mentions"] if m["text"].startswith("carrefour Arts") or m["text"] == "Arts-Loi"]
    assert arts and all(m["actor"]["country"] == "BEL" for m in arts)


def test_a_name_followed_by_a_place_noun_is_a_place():
    text = ("Le mardi 11 septembre, un attentat-suicide à Momand Dara, une région rurale dans la province afghane de "
            "Nangarhar, a fait au moins 68 morts.")
    out = analyse(text, "2018-09-22", "Afghanistan : un attentat-suicide contre une foule de manifestants")
    assert actor(out, "Momand Dara") == ("AFG", "location")


def test_former_holders_named_by_their_office():
    text = ("L'ex-président français Nicolas Sarkozy a été placé en garde à vue mardi à Nanterre. Michel Rocard est "
            "décédé hier. L'ancien premier ministre aura également été député des Yvelines.")
    out = analyse(text, "2018-03-20", "France : Nicolas Sarkozy arrêté par la police")
    [ex] = mentions(out, "ex-président français")
    assert ex["actor"]["country"] == "FRA" and ex["actor"]["kind"] == "person"
    [former] = mentions(out, "premier ministre")  # "L'ancien premier ministre": a former holder
    assert former["actor"]["country"] == "FRA" and former["actor"]["role"].startswith("former")


def test_a_ministers_portfolio_is_the_ministry():
    text = ("Plus tôt dans la journée, le ministre de l'intérieur français, Christophe Castaner avait indiqué sur Twitter "
            "l'arrestation de 39 personnes.")
    out = analyse(text, "2018-12-01", "\"Gilets jaunes\" : troisième week-end de mobilisation")
    assert actor(out, "ministre de l'intérieur français") == ("FRA", "person")
    assert actor(out, "intérieur") == ("FRA", "government")
    assert actor(out, "Christophe Castaner") == ("FRA", "person")


def test_house_of_commons_is_the_article_countrys():
    text = ("Le tout devrait entrer en vigueur d'ici juillet 2018, après un vote à la Chambre des communes et au "
            "Sénat. Les CRS ont débloqué l'accès.")
    out = analyse(text, "2017-04-13", "Canada : le gouvernement va légaliser la marijuana pour les 18 ans et plus")
    assert actor(out, "Chambre des communes") == ("CAN", "government")
    assert actor(out, "CRS") == ("FRA", "government")  # the curated French riot police


def test_party_in_brackets_gives_a_persons_country():
    text = ("Ce projet ne manque pas d'en inquiéter certains, en particulier des élus, comme par exemple Pascal Julien "
            "(EELV) et Yves Pozzo di Borgo (UDI), qui craignent que la tour ne devienne une « forteresse ».")
    out = analyse(text, "2017-02-10", "La tour Eiffel devrait être bientôt protégée par un mur de verre antiballes")
    assert actor(out, "Pascal Julien") == ("FRA", "person")
    assert actor(out, "Yves Pozzo di Borgo") == ("FRA", "person")


def test_institution_a_person_is_presented_with_gives_the_country():
    text = ("« Il s’agit d’une des plus grandes découvertes dans le domaine des planètes extrasolaires. », estime "
            "Didier Queloz, de l’Université de Genève.")
    out = analyse(text, "2017-02-23", "Sept exoplanètes de la taille de la Terre découvertes par la NASA")
    assert actor(out, "Didier Queloz") == ("CHE", "person")


def test_official_of_a_company_named_in_the_role():
    text = ("La grève perlée à la SNCF annoncée par les syndicats commencera dès le lundi 2 avril. Guillaume Pepy, "
            "président de la SNCF, a annoncé sur France Inter que la grève sera suivie. En revanche, le PDG de la "
            "SNCF a annoncé une solution alternative.")
    out = analyse(text, "2018-03-30", "Grève à la SNCF dès le lundi 2 avril")
    for surface in ("président de la SNCF", "PDG de la SNCF"):
        assert actor(out, surface) == ("FRA", "person")
    assert actor(out, "Guillaume Pepy") == ("FRA", "person")


def test_capital_after_a_noun_of_its_acts_is_its_government():
    text = ("La Corée du Sud parle d'un « montage » et exige que les provocations de Pyongyang « cessent ». Du côté de "
            "Washington, le Congrès est contrôlé par une majorité républicaine. Il est arrivé à Washington hier.")
    out = analyse(text, "2016-09-03", "Corée du Nord : un nouvel essai de missile")
    assert actor(out, "Pyongyang") == ("PRK", "government")
    acting, place = mentions(out, "Washington")
    assert (acting["actor"]["country"], acting["actor"]["kind"]) == ("USA", "government")
    assert (place["actor"]["country"], place["actor"]["kind"]) == ("USA", "location")  # "arrivé à Washington"


def test_one_word_company_named_as_a_proper_noun_mid_sentence():
    text = ("Face à la pression, il a dévoilé trois de ses clients : la société d'assurance Axa, la banque Oddo et Cie "
            "et Fimalac. Il a été rémunéré par Axa entre 2012 et 2014.")
    out = analyse(text, "2017-02-08", "France : Fillon soupçonné de conflits d'intérêts")
    companies = [m for m in out["actor_mentions"] if m["text"] == "Axa"]
    assert companies and all((m["actor"]["country"], m["actor"]["kind"]) == ("FRA", "company") for m in companies)


def test_a_portfolio_the_model_tags_as_an_organisation_is_the_ministry():
    text = ("Dans le dossier de la santé c'est l'ancien ministre des Transports, André Fortin, qui sera chargé de "
            "critiquer le gouvernement.")
    out = analyse(text, "2018-10-22", "Québec : les partis d'opposition nomment leur cabinet fantôme")
    transports = [m for m in out["actor_mentions"] if m["text"] == "Transports"]
    assert transports and all((m["actor"]["country"], m["actor"]["kind"]) == ("CAN", "government") for m in transports)
    assert actor(out, "André Fortin") == ("CAN", "person")
