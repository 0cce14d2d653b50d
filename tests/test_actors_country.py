"""Actors, second pass: country and kind of named actors the registry alone does not know.

Sentences from articles of the corpus `dev` split (French Wikinews, CC BY 2.5).
"""

from __future__ import annotations

from test_actors import analyse  # the same analysis and span checks as the first pass


def mentions(out: dict, text: str) -> list[dict]:
    found = [m for m in out["actor_mentions"] if m["text"] == text]
    assert found, f"no mention {text!r} in {[m['text'] for m in out['actor_mentions']]}"
    return found


def at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def actor_at(out: dict, text: str, surface: str, nth: int = 0) -> dict:
    """The actor of the one mention spanning the nth `surface` of the text."""
    start, end = at(text, surface, nth)
    found = [m for m in mentions(out, surface) if (m["start"], m["end"]) == (start, end)]
    assert len(found) == 1, found
    assert text[found[0]["start"]:found[0]["end"]] == surface
    return found[0]["actor"]


def test_curated_unions_and_parties_have_their_country_and_kind():
    text = ("La Confédération générale du travail (CGT) se félicite de cette mobilisation, alors que Force ouvrière (FO) "
            "et la Confédération française démocratique du travail (CFDT) n'avaient pas appelé à manifester. "
            "La CGT a donné rendez-vous le 21 septembre, alors que la France insoumise entend manifester le 23 septembre.")
    out = analyse(text, "2017-09-12", "France : mobilisation contre les ordonnances travail")
    for surface in ("CGT", "Force ouvrière", "CFDT"):
        for m in mentions(out, surface):
            assert (m["actor"]["country"], m["actor"]["kind"]) == ("FRA", "ngo"), m
    # The model tags "France" alone; the entity is stretched over the party's name.
    [party] = mentions(out, "France insoumise")
    assert (party["start"], party["end"]) == at(text, "France insoumise")
    assert (party["actor"]["country"], party["actor"]["kind"]) == ("FRA", "party")


def test_acronym_and_short_form_of_an_organisation_named_before():
    text = ("Ce mardi 23 octobre, la Commission européenne a rejeté le budget proposé pour 2019 de l'Italie. "
            "À partir de maintenant, le gouvernement Conte a trois semaines pour reviser son budget et soumettre "
            "un nouveau plan à la CE. Matteo Salvini refuse de s'incliner à la décision de la CE.")
    out = analyse(text, "2018-10-27", "Le plan budgétaire de l'Italie est rejeté par la CE")
    [commission] = mentions(out, "Commission européenne")
    acronyms = mentions(out, "CE")
    assert [(m["start"], m["end"]) for m in acronyms] == [at(text, "CE", 0), at(text, "CE", 1)]
    assert all(m["actor"]["id"] == commission["actor"]["id"] and m["actor"]["country"] == "EU" for m in acronyms)
    assert all(m["via"] == "coreference" for m in acronyms)


def test_unknown_person_defaults_to_the_country_the_article_is_about():
    text = ("Le plan de budget italien maintenant rejeté comprenait une hausse des pensions. Le gouvernement de "
            "l'Italie refuse de céder. Angelo Ciocca, eurodéputé, a écrasé avec sa chaussure les notes de la conférence.")
    out = analyse(text, "2018-10-27", "Le plan budgétaire de l'Italie est rejeté par la CE")
    [ciocca] = mentions(out, "Angelo Ciocca")
    assert ciocca["actor"]["id"].startswith("local:") and ciocca["actor"]["country"] == "ITA"


def test_no_default_country_when_no_country_leads():
    text = "Amaury Triaud a déclaré que la découverte était importante, selon Michel Durand."
    out = analyse(text, "2017-02-23", "Sept exoplanètes de la taille de la Terre découvertes")
    assert mentions(out, "Amaury Triaud")[0]["actor"]["country"] is None


def test_surname_repeated_after_the_full_name_is_the_same_person():
    text = ("Le nouveau président gambien Adama Barrow, successeur de Yahya Jammeh, est revenu de son exil au Sénégal. "
            "Jammeh, qualifié de dictateur, est finalement parti pour la Guinée équatoriale. "
            "Barrow est revenu le jeudi 26, dans l'après-midi. Barrow a été acclamé.")
    out = analyse(text, "2017-01-28", "Gambie : le président rentre au pays")
    barrows = [m for m in out["actor_mentions"] if m["text"] == "Barrow"]
    assert [(m["start"], m["end"]) for m in barrows] == [at(text, "Barrow", 1), at(text, "Barrow", 2)]
    assert all(m["actor"]["country"] == "GMB" and m["actor"]["kind"] == "person" for m in barrows)
    [jammeh] = mentions(out, "Jammeh")
    assert jammeh["actor"]["id"] == mentions(out, "Yahya Jammeh")[0]["actor"]["id"]


def test_outlets_named_inside_longer_names_and_stretched_names():
    text = ("Le journal satirique Le Canard enchaîné a dévoilé mercredi un document de Bercy. "
            "Canal+ a décidé de couper le signal des chaînes diffusées par le Groupe TF1.")
    out = analyse(text, "2016-06-09", "France : de grandes fortunes bénéficient d'importantes réductions sur l'ISF")
    [canard] = mentions(out, "Le Canard enchaîné")
    assert (canard["start"], canard["end"]) == at(text, "Le Canard enchaîné")
    assert (canard["actor"]["country"], canard["actor"]["kind"]) == ("FRA", "media")
    assert (mentions(out, "Canal+")[0]["actor"]["kind"], mentions(out, "Groupe TF1")[0]["actor"]["kind"]) == ("media", "media")
    assert mentions(out, "Groupe TF1")[0]["actor"]["country"] == "FRA"


def test_country_stated_inside_an_unknown_organisation_name():
    text = "Il est chef de la Ligue démocratique du Pakistan depuis 1990, selon la presse locale."
    out = analyse(text, "2017-09-18")
    [league] = [m for m in out["actor_mentions"] if m["text"].startswith("Ligue")]
    assert league["actor"]["country"] == "PAK"
    # and its head, named by the role, is of that country too
    [head] = [m for m in out["actor_mentions"] if m["text"].startswith("chef de la Ligue")]
    assert (head["actor"]["country"], head["actor"]["kind"]) == ("PAK", "person")


def test_the_country_of_a_role_wins_over_the_document_default_in_an_apposition():
    text = ("Le Congrès américain a adopté le projet de loi. Les États-Unis et le Canada s'en félicitent, "
            "comme les sénateurs des États-Unis. — David MacNaughton, ambassadeur du Canada aux États-Unis")
    out = analyse(text, "2016-12-11")
    assert mentions(out, "David MacNaughton")[0]["actor"]["country"] == "CAN"
    congress = mentions(out, "Congrès américain")[0]["actor"]
    assert (congress["country"], congress["kind"]) == ("USA", "government")


def test_democratic_republic_of_congo_acronym():
    text = "Plus de 300 000 Burundais se sont réfugiés dans les pays limitrophes, RDC, Rwanda et Tanzanie."
    out = analyse(text, "2016-11-24", "Burundi : le pouvoir appelle à l'aide l'Église catholique")
    [rdc] = mentions(out, "RDC")
    assert (rdc["actor"]["country"], rdc["actor"]["kind"]) == ("COD", "country")
