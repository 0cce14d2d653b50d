"""Sixth-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_5.txt and the earlier tuning sets) or one written in their
style."""

from __future__ import annotations

from test_events import analyse, countries, of_type, span, told


def test_an_announced_withdrawal_is_still_to_come():
    text = ("Alors que les États-Unis ont signé en décembre 2015 le premier accord universel sur le climat de l'histoire, "
            "Donald Trump a annoncé le retrait du pays après des semaines de sursis.")
    result = analyse(text, date="2017-06-01", title="Trump annonce le retrait des États-Unis de l'accord de Paris sur le climat")
    [withdrawal] = of_type(result, "RETREAT")
    assert span(text, withdrawal) == "retrait"
    assert countries(withdrawal["source"]) == ["USA"]
    assert told(withdrawal) == ("future", "asserted")
    # an agreement signed is no announcement: it stays actual
    assert {told(e) for e in of_type(result, "AGREE") if span(text, e) == "signé"} == {("actual", "asserted")}


def test_a_promise_to_do_is_an_agreement_still_to_be_carried_out():
    text = ("Le ministre de l'Intérieur Bernard Cazeneuve s'est engagé à renforcer les effectifs policiers à Aubervilliers. "
            "Le ministre de l'économie a promis d'implémenter les mesures exigées.")
    result = analyse(text, date="2016-09-04", title="France : manifestation à Paris de la communauté chinoise pour plus de sécurité")
    promises = of_type(result, "AGREE")
    assert [span(text, e) for e in promises] == ["engagé", "promis"]
    assert countries(promises[0]["source"]) == ["FRA"]
    assert {told(e) for e in promises} == {("intended", "asserted")}


def test_a_possibility_is_hypothetical():
    text = "Le suspect n'a toujours pas été arrêté. Il est possible que Chekatt ait déjà quitté la France."
    result = analyse(text, date="2018-12-13", title="L'auteur de l'attentat à Strasbourg est toujours en fuite")
    [left] = of_type(result, "RETREAT")
    assert span(text, left) == "quitté"
    assert told(left) == ("hypothetical", "asserted")


def test_a_past_obligation_tells_what_happened_and_a_conditional_one_what_did_not():
    text = ("Matteo Renzi a dû démissionner en décembre à la suite de l'échec de son référendum. "
            "Selon l'opposition, le ministre italien aurait dû démissionner.")
    result = analyse(text, date="2017-02-22", title="Italie : l'Union européenne menace le pays de sanctions")
    resignations = of_type(result, "RETREAT")
    assert [span(text, e) for e in resignations] == ["démissionner", "démissionner"]
    assert [told(e)[0] for e in resignations] == ["actual", "hypothetical"]


def test_the_presumed_author_does_not_make_the_attack_alleged():
    text = "Chérif Chekatt, l'auteur présumé de l'attentat de mardi soir à Strasbourg, est toujours en fuite."
    result = analyse(text, date="2018-12-13", title="L'auteur de l'attentat à Strasbourg est toujours en fuite")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "attentat"
    assert told(attack) == ("actual", "asserted")
    assert countries(attack["target"]) == ["FRA"]


def test_only_forces_and_weapons_are_deployed():
    text = ("Un écran géant était déployé sur la place de la République, à Paris. "
            "L'Armée nationale populaire (Algérie) a déployé des drones tout le long de sa frontière avec la Libye.")
    result = analyse(text, date="2016-02-23", title="Algérie : l'armée déploie des drones à la frontière libyenne")
    [deployment] = of_type(result, "MOBILIZE")
    assert span(text, deployment) == "déployé"
    assert deployment["start"] > text.index("Libye") - 80
    assert countries(deployment["source"]) == ["DZA"]


def test_a_signal_sent_is_no_force_and_commitments_kept_are_no_new_agreement():
    text = ("Bruxelles a salué la création de ce nouveau gouvernement y voyant un signe de « détermination » des Grecs à "
            "« respecter leurs engagements ». Barroso pense que « cela envoie un signal clair de la détermination de la Grèce ». "
            "Le gouvernement grec a signé un engagement avec le FMI.")
    result = analyse(text, date="2012-06-21", title="Grèce : le nouveau gouvernement de coalition formé")
    assert not of_type(result, "MOBILIZE")
    agreements = of_type(result, "AGREE")
    assert {span(text, e) for e in agreements} == {"signé", "engagement"}
    assert all(e["start"] > text.index("FMI") - 60 for e in agreements)
    assert {c for e in agreements for c in countries(e["source"])} == {"GRC"}


def test_a_stalled_procedure_is_no_blockade():
    text = ("Au 4e jour de blocage consécutif de la révision constitutionnelle, la ministre de la Justice française Nicole "
            "Belloubet a annoncé la suspension de l'examen du texte. "
            "Des agriculteurs français ont poursuivi le blocage des raffineries de Normandie.")
    result = analyse(text, date="2018-07-22", title="France : le gouvernement suspend l'examen de la révision constitutionnelle")
    [blockade] = of_type(result, "PROTEST")
    assert span(text, blockade) == "blocage"
    assert blockade["start"] == text.index("le blocage des raffineries") + 3
    assert countries(blockade["source"]) == ["FRA"]


def test_a_stance_shown_is_no_demonstration():
    text = ("Des syndicats ont manifesté leur opposition à la réforme du gouvernement français. "
            "Des milliers de syndicalistes ont manifesté à Paris contre la réforme du gouvernement français. "
            "Quelques élus ont manifesté leur intérêt pour le sommet.")
    result = analyse(text, date="2016-03-09", title="France : manifestation contre la loi travail")
    [protest] = of_type(result, "PROTEST")
    assert protest["start"] == text.index("manifesté à Paris")
    [rejection] = of_type(result, "REJECT")
    assert span(text, rejection) == "manifesté"
    assert rejection["start"] == text.index("manifesté leur opposition")
    assert countries(rejection["source"]) == ["FRA"]
    assert not [e for e in result["events"] if e["start"] == text.index("manifesté leur intérêt")]


def test_a_virulent_attack_is_one_of_words():
    text = ("C'est donc du parti au pouvoir plus que du gouvernement burundais lui-même, qu'est venue l'attaque la plus "
            "virulente contre l'UE et l'ONU. Le gouvernement burundais a dénoncé l'attaque contre l'ONU à Bujumbura.")
    result = analyse(text, date="2016-10-16", title="Burundi : le patron du CNDD-FDD, Évariste Ndayishimiye, critique vivement l'UE et l'ONU")
    attacks = of_type(result, "ASSAULT")
    assert [e["start"] for e in attacks] == [text.index("attaque contre l'ONU")]
    assert not [e for e in result["events"] if e["start"] == text.index("attaque la plus")]


def test_people_who_took_to_the_streets_protest_and_demand_but_do_not_resign():
    text = ("Pour une sixième semaine consécutive, des centaines de milliers de Sud-Coréens sont descendus dans les rues "
            "samedi pour réclamer la démission de la présidente Park Geun-hye accusée de trafic d’influence.")
    result = analyse(text, date="2016-12-04", title="Corée du Sud : manifestation massive contre la présidente")
    [protest] = of_type(result, "PROTEST")
    assert span(text, protest) == "descendus dans les rues"
    assert (countries(protest["source"]), countries(protest["target"])) == (["KOR"], ["KOR"])
    [demand] = of_type(result, "REQUEST")
    assert span(text, demand) == "réclamer"
    assert (countries(demand["source"]), countries(demand["target"])) == (["KOR"], ["KOR"])
    assert told(demand) == ("actual", "asserted")
    assert not of_type(result, "RETREAT")  # the resignation is asked for, not told


def test_descendre_with_etre_is_active_and_with_ete_passive():
    from veille.analyze import nlp as nlp_module
    from veille.analyze.context import Context
    from veille.analyze.events_arguments import Arguments
    doc = nlp_module.load()("Des étudiants sont descendus dans la rue. Un avion syrien a été descendu par des rebelles près d'Alep.")
    args = Arguments(doc, Context(date="2016-11-01"))
    walked, downed = [t for t in doc if t.lemma_ == "descendre"]
    assert (walked.text, args.is_passive(walked)) == ("descendus", False)
    assert (downed.text, args.is_passive(downed)) == ("descendu", True)


def test_acts_about_to_be_done_or_ready_to_be_done_have_not_happened():
    text = ("L'adolescent était sur le point de commettre un attentat à Paris. "
            "La Russie s'est dite prête à envoyer des troupes en Syrie.")
    result = analyse(text, date="2016-09-14", title="France : arrestation d'un adolescent préparant des attaques jihadistes à Paris")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "attentat"
    assert told(attack) == ("intended", "asserted")
    [sending] = of_type(result, "MOBILIZE")
    assert span(text, sending) == "envoyer"
    assert told(sending) == ("intended", "asserted")


def test_a_threat_the_parser_hung_elsewhere_still_governs_the_act():
    # "menace" is parsed as an adjective of "groupe", the infinitive as the noun's clause
    text = "Le groupe menace de commettre un attentat à Paris."
    result = analyse(text, date="2016-09-14", title="France : menaces d'attentat")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "attentat"
    assert told(attack) == ("hypothetical", "asserted")


def test_a_case_a_possibility_not_excluded_and_any_such_act_are_hypothetical():
    text = ("En cas d'attaque contre la Turquie, l'OTAN interviendra. La France n'exclut pas des frappes en Syrie. "
            "La Turquie a mis en garde contre toute offensive russe en Syrie. "
            "Toutes les attaques russes en Syrie ont été condamnées par la Turquie.")
    result = analyse(text, date="2017-03-01", title="Turquie : tensions avec la Russie")
    by_start = {e["start"]: e for e in of_type(result, "ASSAULT")}
    assert told(by_start[text.index("attaque contre")]) == ("hypothetical", "asserted")
    assert told(by_start[text.index("frappes")]) == ("hypothetical", "asserted")
    assert told(by_start[text.index("offensive")]) == ("hypothetical", "asserted")
    assert told(by_start[text.index("attaques russes")]) == ("actual", "asserted")


def test_a_visit_called_off_or_put_off_has_not_happened():
    text = "Le président turc a annulé sa visite en Russie. La visite du président turc en Iran a été reportée."
    result = analyse(text, date="2017-03-01", title="Turquie : tensions avec la Russie")
    visits = of_type(result, "CONSULT")
    assert [span(text, e) for e in visits] == ["visite", "visite"]
    assert [told(e) for e in visits] == [("intended", "negated"), ("future", "asserted")]


def test_a_noun_point_is_no_negation():
    text = "Le point de passage de Kilis a été attaqué par les rebelles."
    result = analyse(text, date="2016-02-15", title="Turquie : un poste-frontière attaqué")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "attaqué"
    assert told(attack) == ("actual", "asserted")


def test_the_country_is_the_one_the_title_names():
    text = ("L’exécutif européen reproche au pays de ne pas respecter sa feuille de route de désendettement. "
            "Le pays des cèdres a été critiqué par la Commission européenne.")
    result = analyse(text, date="2017-02-22", title="Italie : l'Union européenne menace le pays de sanctions")
    accusations = of_type(result, "ACCUSE")
    reproach = next(e for e in accusations if span(text, e) == "reproche")
    assert countries(reproach["target"]) == ["ITA"]
    assert reproach["target"][0]["via"] == "article country"
    # a country described by a complement of its own is another one, left unknown
    assert not any("ITA" in countries(e["target"]) for e in accusations if e["start"] > text.index("cèdres"))


def test_an_act_addressed_through_a_support_verb_names_its_addressee_with_a():
    text = ("Déjà, en janvier 2017, l'exécutif européen avait adressé un avertissement au gouvernement italien "
            "et demandé des économies sur son budget.")
    result = analyse(text, date="2017-02-22", title="Italie : l'Union européenne menace le pays de sanctions")
    [warning] = of_type(result, "THREATEN")
    assert span(text, warning) == "avertissement"
    assert countries(warning["target"]) == ["ITA"]
    assert [a["kind"] for a in warning["source"]] == ["igo"]


def test_a_person_leaving_a_country_is_a_journey_a_state_leaving_a_pact_a_withdrawal():
    text = ("Chérif Chekatt a quitté la France. Les troupes françaises ont quitté le Mali. "
            "Les États-Unis quitteront l'accord de Paris sur le climat.")
    result = analyse(text, date="2018-12-13", title="Monde : départs")
    withdrawals = of_type(result, "RETREAT")
    assert [span(text, e) for e in withdrawals] == ["quitté", "quitteront"]
    troops, pact = withdrawals
    assert troops["start"] == text.index("quitté le Mali")
    assert (countries(troops["source"]), countries(troops["target"])) == (["FRA"], ["MLI"])
    assert countries(pact["source"]) == ["USA"]
    assert told(pact) == ("future", "asserted")  # "quitteront", tagged as a present
    assert not of_type(result, "AGREE")  # the pact left is no new agreement


def test_not_yet_signed_is_negated_and_a_feared_offensive_hypothetical():
    text = ("La Turquie n'a pas encore signé l'accord avec la Syrie. L'ONU redoute une offensive turque en Syrie. "
            "L'EI a revendiqué pas plus tôt que jeudi l'assassinat de deux policiers russes.")
    result = analyse(text, date="2017-03-01", title="Syrie : la Turquie menace")
    signed = next(e for e in of_type(result, "AGREE") if span(text, e) == "signé")
    assert told(signed) == ("actual", "negated")
    [feared, murder] = of_type(result, "ASSAULT")
    assert span(text, feared) == "offensive"
    assert told(feared) == ("hypothetical", "asserted")
    assert span(text, murder) == "assassinat"
    assert told(murder) == ("actual", "asserted")  # "pas plus tôt que jeudi" negates nothing


def test_an_alternative_not_taken_did_not_happen():
    text = "Plutôt que de négocier, la Russie a envoyé des troupes en Ukraine. Au lieu d'attaquer l'Ukraine, la Russie a négocié."
    result = analyse(text, date="2017-03-01", title="Russie : tensions avec l'Ukraine")
    talks = of_type(result, "CONSULT")
    assert [(span(text, e), told(e)) for e in talks] == [("négocier", ("actual", "negated")), ("négocié", ("actual", "asserted"))]
    [sending] = of_type(result, "MOBILIZE")
    assert told(sending) == ("actual", "asserted")
    [attack] = of_type(result, "ASSAULT")
    assert (span(text, attack), told(attack)) == ("attaquer", ("actual", "negated"))


def test_an_attack_to_be_feared_or_strikes_to_come_have_not_happened():
    text = "Un attentat contre la France est à craindre."
    [feared] = of_type(analyse(text, date="2017-03-01", title="France : menace terroriste"), "ASSAULT")
    assert (span(text, feared), told(feared)) == ("attentat", ("hypothetical", "asserted"))
    text = "Les frappes russes à venir en Syrie inquiètent la Turquie."
    [coming] = of_type(analyse(text, date="2017-03-01", title="Syrie : la Turquie s'inquiète"), "ASSAULT")
    assert (span(text, coming), told(coming)) == ("frappes", ("future", "asserted"))
    assert countries(coming["source"]) == ["RUS"]


def test_a_participle_describing_a_noun_is_not_reached_by_the_demand_over_it():
    text = ("Des centaines de milliers de Sud-Coréens sont descendus dans les rues samedi pour réclamer la démission "
            "de la présidente Park Geun-hye accusée de trafic d’influence.")
    result = analyse(text, date="2016-12-04", title="Corée du Sud : manifestation massive contre la présidente")
    [accusation] = of_type(result, "ACCUSE")
    assert span(text, accusation) == "accusée"
    assert countries(accusation["target"]) == ["KOR"]
    assert told(accusation) == ("actual", "asserted")
