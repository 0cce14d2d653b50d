"""Fifth-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_4.txt and the earlier tuning sets)."""

from __future__ import annotations

from test_events import analyse, countries, of_type, span


def test_a_list_whose_end_the_parse_holds_goes_on_through_its_commas():
    text = ("Dans la nuit du dimanche, l'Arabie Saoudite, l'Égypte, le Bahreïn, les Émirats Arabes Unis, le Yémen et la Libye "
            "ont rompu leurs relations diplomatiques avec le Qatar.")
    result = analyse(text, date="2017-06-06", title="Asie : divers pays arabes rompent leurs relations diplomatiques avec le Qatar")
    breaks = of_type(result, "SANCTION")
    assert {span(text, e) for e in breaks} == {"rompu"}
    assert sorted(c for e in breaks for c in countries(e["source"])) == ["ARE", "BHR", "EGY", "LBY", "SAU", "YEM"]
    assert all(countries(e["target"]) == ["QAT"] for e in breaks)
    assert all((e["modality"], e["polarity"]) == ("actual", "asserted") for e in breaks)


def test_an_act_no_one_did_is_negated_and_aimed_at_no_place():
    text = "Le ministère de la Défense de Russie a également assuré qu'aucun avion russe n'avait mené de raid mardi."
    result = analyse(text, date="2017-04-04", title="Syrie : une attaque chimique présumée fait des dizaines de morts")
    [raid] = of_type(result, "ASSAULT")
    assert span(text, raid) == "raid"
    assert countries(raid["source"]) == ["RUS"]
    assert raid["target"] == []
    assert raid["polarity"] == "negated"


def test_a_claim_no_one_made_does_not_deny_the_attack():
    # "aucun groupe n'a revendiqué": the attack happened, no one claimed it
    text = ("La seconde s'est produite dans le parc de Macka par un kamikaze. 10 personnes ont été arrêtées en lien avec "
            "cette affaire et ont été placées en garde à vue. Aucun groupe n'a revendiqué l'attaque pour l'instant.")
    result = analyse(text, date="2016-12-10", title="Turquie : deux attentats à la bombe à Istanbul")
    attacks = of_type(result, "ASSAULT")
    assert [span(text, e) for e in attacks] == ["kamikaze", "attaque"]
    assert all((e["modality"], e["polarity"]) == ("actual", "asserted") for e in attacks)


def test_the_conditional_of_the_verb_an_event_noun_is_subject_of_makes_it_alleged():
    text = "Selon les autorités catalanes, les heurts avec la police auraient fait de nombreux blessés."
    result = analyse(text, date="2017-10-01", title="Catalogne : un référendum d'autodétermination organisé malgré l'interdiction par le gouvernement espagnol")
    [clash] = of_type(result, "ASSAULT")
    assert span(text, clash) == "heurts"
    assert (clash["modality"], clash["polarity"]) == ("alleged", "asserted")
    assert "ESP" in countries(clash["target"])


def test_an_acronym_is_no_trigger_and_custody_is_no_warning():
    text = ("C'est la DGSI, appuyé du RAID, qui menée cette arrestation. Le jeune homme a été mis en garde à vue.")
    result = analyse(text, date="2016-09-14", title="France : arrestation d'un adolescent préparant des attaques jihadistes à Paris")
    assert not [e for e in result["events"] if e["text"] == "RAID"]
    assert not of_type(result, "THREATEN")
    [custody] = [e for e in of_type(result, "COERCE") if e["text"] == "garde à vue"]
    assert span(text, custody) == "garde à vue"
    assert countries(custody["source"]) == ["FRA"]


def test_searches_identity_checks_and_retaliation_are_triggers():
    from veille.analyze import nlp as nlp_module
    from veille.analyze.events import find_triggers

    text = ("Une série de fouilles de logements de ressortissants ainsi que de vérifications d'identité se sont déroulées "
            "à Bujumbura ce jeudi 15 décembre. Cette série de vérification policière est selon Deutsche Welle une mesure "
            "de rétorsion du régime de Pierre Nkurunziza envers la Belgique.")
    found = [(span.text, trigger.type) for span, trigger, _ in find_triggers(nlp_module.load()(text))]
    assert found == [("fouilles", "COERCE"), ("vérifications d'identité", "COERCE"), ("rétorsion", "SANCTION")]


def test_ces_derniers_are_the_last_actors_named_before():
    text = ("Le 4 novembre 1979, des partisans radicaux du guide religieux d'alors, l'ayatollah Khomeini, avaient envahi "
            "l'ambassade des Etats-Unis à Téhéran et pris 52 diplomates américaines en otages. Ces derniers n'ont été "
            "libérés qu'en janvier 1981, après avoir été retenus durant 444 jours.")
    result = analyse(text, date="2012-11-02", title="Iran : manifestation anti-américaine dans la capitale")
    [release] = of_type(result, "RETREAT")
    assert span(text, release) == "libérés"
    assert countries(release["target"]) == ["USA"]
    assert [a["mention"]["text"] for a in release["target"]] == ["diplomates américaines"]
    assert (release["modality"], release["polarity"]) == ("actual", "asserted")


def test_a_ban_on_a_political_act_is_the_state_on_its_own_country():
    text = ("Ce référendum a été interdit par le gouvernement espagnol qui a envoyé la police afin de fermer les bureaux "
            "et saisir le matériel de vote.")
    result = analyse(text, date="2017-10-01", title="Catalogne : un référendum d'autodétermination organisé malgré l'interdiction par le gouvernement espagnol")
    [ban] = of_type(result, "COERCE")
    assert span(text, ban) == "interdit"
    assert countries(ban["source"]) == ["ESP"]
    assert countries(ban["target"]) == ["ESP"]
    assert (ban["modality"], ban["polarity"]) == ("actual", "asserted")


def test_a_label_is_no_act_of_its_own():
    text = ("La candidature du président sortant a été rendue possible après un récent changement de Constitution "
            "qualifié de « coup d'État constitutionnel » par ses détracteurs.")
    result = analyse(text, date="2016-03-24", title="Congo : le président Denis Sassou-Nguesso réélu")
    assert of_type(result, "ASSAULT") == []


def test_a_coup_denounced_is_still_an_act():
    # the label rule leaves a coup denounced as one: it is the object of "dénonce", no "qualifié de"
    text = ("Le Premier ministre, Binali Yildirim, dénonce une tentative de coup d'État par un groupe de militaires et averti "
            "que ceux impliqués dans cette action « illégale » paieront « le prix le plus élevé ».")
    result = analyse(text, date="2016-07-15", title="Turquie : tentative de coup d'État")
    [coup] = of_type(result, "ASSAULT")
    assert span(text, coup) == "coup d'État"
    assert coup["modality"] == "actual"


def test_forces_put_on_alert_are_mobilised_by_their_own_state():
    text = ("Bien que l'armée fût mise en état d'alerte pour prévenir des violences post-électorales, peu de militaires "
            "étaient présents dans les rues.")
    result = analyse(text, date="2012-06-24", title="Égypte : Mohamed Morsi élu président")
    [alert] = of_type(result, "MOBILIZE")
    assert span(text, alert) == "état d'alerte"
    assert countries(alert["source"]) == ["EGY"]
    assert alert["target"] == []
    assert (alert["modality"], alert["polarity"]) == ("actual", "asserted")


def test_the_forces_a_state_sends_are_its_own_not_its_target():
    text = ("Ce référendum a été interdit par le gouvernement espagnol qui a envoyé la police afin de fermer les bureaux "
            "et saisir le matériel de vote.")
    result = analyse(text, date="2017-10-01", title="Catalogne : un référendum d'autodétermination organisé malgré l'interdiction par le gouvernement espagnol")
    [sent] = of_type(result, "MOBILIZE")
    assert span(text, sent) == "envoyé"
    assert countries(sent["source"]) == ["ESP"]
    assert sent["target"] == []


def test_about_to_leave_is_future():
    text = ("« Au moment où le Royaume-Uni s’apprête à quitter l’Union européenne [...], la force et la stabilité de notre "
            "union seront plus importantes que jamais » a-t-elle déclaré.")
    result = analyse(text, date="2017-03-28", title="Le gouvernement écossais réclame un nouveau référendum d'indépendance")
    [leaving] = of_type(result, "RETREAT")
    assert span(text, leaving) == "quitter"
    assert countries(leaving["source"]) == ["GBR"]
    assert leaving["modality"] == "future"


def test_a_removal_is_coercion_only_when_armed_people_do_it():
    from veille.analyze import nlp as nlp_module
    from veille.analyze.context import Context
    from veille.analyze.events import _needs_met, find_triggers
    from veille.analyze.events_arguments import Arguments

    nlp = nlp_module.load()
    for text, expected in (("L’église Sainte-Rita (15 e arrondissement de Paris) a été évacuée ce matin par la police.", True),
                           ("Les voisins ont été évacués par précaution.", False)):
        doc = nlp(text)
        [(span_, trigger, head)] = [f for f in find_triggers(doc) if f[1].lemma == "évacuer"]
        assert (trigger.type, span_.text) == ("COERCE", head.text)
        assert _needs_met(trigger, head, Arguments(doc, Context(date="2016-08-03", title=""))) is expected
