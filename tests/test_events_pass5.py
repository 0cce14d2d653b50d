"""Fifth-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_4.txt and the earlier tuning sets)."""

from __future__ import annotations

from test_events import analyse, countries, of_type


def span(text: str, event: dict) -> str:
    return text[event["start"]:event["end"]]


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
    text = "Une attaque a frappé un commissariat de Diyarbakir. Aucun groupe n'a revendiqué l'attaque."
    result = analyse(text, date="2016-12-10", title="Turquie : une attaque à Diyarbakir")
    assert all(e["polarity"] == "asserted" for e in of_type(result, "ASSAULT"))


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
