"""Eighth-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_7.txt and the earlier tuning sets)."""

from __future__ import annotations

from test_events import analyse, countries, of_type, span, told


def test_a_threat_targets_whoever_the_threatened_act_is_aimed_at():
    text = ("Le Royaume-Uni avait menacé la veille d'envahir l'ambassade équatorienne pour capturer Julian Assange.")
    result = analyse(text, date="2012-08-17", title="WikiLeaks : l’Équateur accorde l'asile politique à Julian Assange")
    [threat] = of_type(result, "THREATEN")
    assert span(text, threat) == "menacé"
    assert countries(threat["source"]) == ["GBR"] and countries(threat["target"]) == ["ECU"]
    assert told(threat) == ("actual", "asserted")
    [invasion] = of_type(result, "ASSAULT")  # the invasion itself is only threatened
    assert span(text, invasion) == "envahir" and invasion["modality"] != "actual"


def test_blame_laid_for_an_attack_accuses_whom_it_is_laid_on():
    text = ("Les autorités du pouvoir central attribuent les troubles qui ont lieu dans la région autonome du "
            "Xinjiang à des séparatistes islamistes.")
    result = analyse(text, date="2016-12-30", title="Chine : un attentat fait 5 morts")
    [blame] = of_type(result, "ACCUSE")
    assert span(text, blame) == "attribuent"
    assert countries(blame["source"]) == ["CHN"]
    assert told(blame) == ("actual", "asserted")


def test_a_prize_awarded_is_no_blame():
    text = "Le jury du festival a attribué le prix au gouvernement russe."
    assert of_type(analyse(text, date="2017-05-28", title="Russie : un prix"), "ACCUSE") == []


def test_ending_a_collaboration_is_a_sanction_not_a_cooperation():
    text = ("Le secrétaire général appelle le gouvernement du Burundi à continuer son dialogue avec le Haut-Commissariat "
            "alors même que le gouvernement a annoncé de son côté cesser toute collaboration avec le bureau de l'ONU à Bujumbura.")
    result = analyse(text, date="2016-10-13", title="Burundi : Ban Ki-Moon appelle le pays à continuer sa collaboration avec l'ONUB")
    [sanction] = of_type(result, "SANCTION")
    assert span(text, sanction) == "cesser"
    assert countries(sanction["source"]) == ["BDI"]
    assert [e for e in of_type(result, "COOPERATE") if span(text, e) == "collaboration"] == []


def test_a_visit_abroad_is_aimed_at_the_country_visited():
    text = "Hassan Rohani a annoncé se rendre en Italie et en France du 25 au 27 janvier."
    result = analyse(text, date="2016-01-24", title="L’Iran annonce le prochain achat de 114 Airbus")
    [visit] = of_type(result, "CONSULT")
    assert span(text, visit) == "rendre" and visit["mode"] == "visit"
    assert countries(visit["source"]) == ["IRN"] and "ITA" in countries(visit["target"])


def test_an_act_criticised_in_the_passive_accuses_its_doers():
    text = ("Les Américains mènent régulièrement des bombardements à l'aide de drones, visant des groupes islamistes. "
            "Ces bombardements sont d'ailleurs critiqués par des ONG.")
    result = analyse(text, date="2017-01-22", title="Yémen : des membres d’Al-Qaïda tués par des tirs de drones")
    [criticism] = of_type(result, "ACCUSE")
    assert span(text, criticism) == "critiqués"
    assert criticism["source"] == [] and countries(criticism["target"]) == ["USA"]


def test_an_addressee_hung_on_the_object_of_a_verb_phrase_is_the_target():
    text = "Selon ses propres sources, les États-Unis ont intimé l'ordre au premier ministre britannique de le faire."
    result = analyse(text, date="2012-08-17", title="WikiLeaks : l’Équateur accorde l'asile politique à Julian Assange")
    [order] = of_type(result, "REQUEST")
    assert span(text, order) == "intimé l'ordre"
    assert countries(order["source"]) == ["USA"] and countries(order["target"]) == ["GBR"]


def test_a_complement_in_au_or_aux_is_the_addressee():
    text = "Le gouvernement français en appelle au pape François pour sauvegarder ce lieu de culte."
    [appeal] = of_type(analyse(text, date="2016-08-03", title="France : l'église Sainte-Rita évacuée"), "REQUEST")
    assert span(text, appeal) == "appelle"
    assert countries(appeal["source"]) == ["FRA"] and countries(appeal["target"]) == ["VAT"]
    text = "Dans le cadre de son projet Journey to Mars, la NASA lance un appel aux industries américaines."
    [call] = of_type(analyse(text, date="2016-04-25", title="Espace : appel de la NASA auprès de l'industrie"), "REQUEST")
    assert span(text, call) == "appel aux"


def test_a_conditional_the_tagger_calls_a_noun_is_the_verb_alleged():
    text = "Les diplomates russes et américains négocieraient leur reddition en échange de leur transfert."
    result = analyse(text, date="2016-12-12", title="L'armée syrienne entre succès et revers")
    talks = of_type(result, "CONSULT")
    assert {span(text, e) for e in talks} == {"négocieraient"}
    # the coordinated adjective is a side of its own, beside the one the role mention holds
    assert sorted((countries(e["source"])[0], countries(e["target"])[0]) for e in talks) == [("RUS", "USA"), ("USA", "RUS")]
    assert {told(e) for e in talks} == {("alleged", "asserted")}


def test_condolences_support_whom_they_are_offered_to():
    text = "Le président de la Commission européenne, Jean-Claude Juncker, a exprimé ses condoléances au peuple français."
    [condolences] = of_type(analyse(text, date="2018-03-23", title="France : prise d'otages dans un hypermarché à Trèbes"), "SUPPORT")
    assert span(text, condolences) == "condoléances"
    assert countries(condolences["target"]) == ["FRA"]


def test_a_states_intervention_is_a_deployment_in_the_articles_country():
    text = "Revigoré par l'intervention russe en septembre 2015, le pouvoir syrien tente de reprendre la main."
    [intervention] = of_type(analyse(text, date="2016-12-12", title="Syrie : l'armée entre succès et revers"), "MOBILIZE")
    assert span(text, intervention) == "intervention"
    assert countries(intervention["source"]) == ["RUS"] and countries(intervention["target"]) == ["SYR"]
    text = "L'intervention des secours a permis d'évacuer les blessés."
    assert of_type(analyse(text, date="2016-12-12", title="Syrie : un incendie"), "MOBILIZE") == []


def test_whoever_responds_with_an_act_does_it():
    text = ("Les forces de police déployées ont répondu par le jet de gaz lacrymogènes et par des tirs ayant blessé "
            "certains manifestants.")
    [shooting] = of_type(analyse(text, date="2016-09-01", title="Gabon : violences suite à la réélection d'Ali Bongo"), "ASSAULT")
    assert span(text, shooting) == "tirs"
    assert countries(shooting["source"]) == ["GAB"]


def test_forces_counted_by_an_approximate_number_are_the_states():
    text = "Une trentaine de gendarmes ont été mobilisés pour retrouver l'agresseur."
    title = "France : un homme attaque plusieurs personnes au couteau à Tignieu-Jameyzieu"
    [mobilised] = of_type(analyse(text, date="2017-01-20", title=title), "MOBILIZE")
    assert span(text, mobilised) == "mobilisés" and countries(mobilised["source"]) == ["FRA"]


def test_blocking_a_course_of_action_is_a_rejection_not_a_coercion():
    text = "La Russie et la Chine ont précédemment bloqué les efforts du Conseil de sécurité."
    result = analyse(text, date="2012-07-03", title="Syrie : Human Rights Watch dénonce les actes de torture")
    [block] = of_type(result, "REJECT")
    assert span(text, block) == "bloqué" and countries(block["source"]) == ["RUS", "CHN"]
    assert of_type(result, "COERCE") == []
    text = "Les manifestants ont bloqué la route nationale près de Bujumbura."
    assert of_type(analyse(text, date="2016-11-04", title="Burundi : manifestations"), "REJECT") == []


def test_bombs_dropped_and_members_expelled():
    text = "Les États-Unis ont largué une bombe GBU-43 en Afghanistan, dans le cadre d'une opération contre l'organisation État islamique."
    [bombing] = of_type(analyse(text, date="2017-04-13", title="Afghanistan : une bombe GBU-43"), "ASSAULT")
    assert span(text, bombing) == "largué" and countries(bombing["source"]) == ["USA"]
    text = "Le Front national a exclu Jean-Marie Le Pen en août 2015."
    [exclusion] = of_type(analyse(text, date="2018-03-11", title="France : le FN change de statuts"), "SANCTION")
    assert span(text, exclusion) == "exclu" and countries(exclusion["target"]) == ["FRA"]
    text = "Le ministre n'exclut pas une nouvelle hausse des taxes."
    assert of_type(analyse(text, date="2018-03-11", title="France : budget"), "SANCTION") == []


def test_support_offered_to_someone_targets_them():
    text = "Le président français Emmanuel Macron a exprimé son soutien entier à Theresa May."
    [support] = of_type(analyse(text, date="2018-03-24", title="Union européenne : l'ambassadeur en Russie est rappelé"), "SUPPORT")
    assert span(text, support) == "soutien"
    assert countries(support["source"]) == ["FRA"] and countries(support["target"]) == ["GBR"]


def test_who_benefits_from_an_act_does_not_do_it():
    text = "L'Iran a bénéficié de la levée des sanctions internationales."
    result = analyse(text, date="2016-01-24", title="L’Iran annonce le prochain achat de 114 Airbus")
    assert [e for e in of_type(result, "CONCEDE") if "IRN" in countries(e["source"])] == []


def test_a_dismissal_is_a_sanction():
    text = "Andrew G. McCabe a été limogé vendredi par le département de la Justice des États-Unis."
    [dismissal] = of_type(analyse(text, date="2018-03-17", title="États-Unis : le directeur adjoint du FBI limogé"), "SANCTION")
    assert span(text, dismissal) == "limogé" and countries(dismissal["source"]) == ["USA"]
    assert [a["mention"]["text"] for a in dismissal["target"]] == ["Andrew G. McCabe"]
