"""Events on real French news sentences: types, actors, modality, polarity, dates, spans."""

from __future__ import annotations

import pytest

from veille.analyze import nlp as nlp_module
from veille.analyze.context import Context
from veille.analyze.events import extract_events
from veille.analyze.events_lexicon import intensity
from veille.analyze.registry import run_all


def analyse(text: str, date: str = "2021-12-07", precision: str = "day", title: str | None = None) -> dict:
    doc = nlp_module.load()(text)
    ctx = Context(date=date, date_precision=precision, title=title)
    result = run_all(doc, ctx)
    for event in result["events"]:  # every span is exact
        assert text[event["start"]:event["end"]] == event["text"]
        assert event["sentence"][0] <= event["start"] < event["end"] <= event["sentence"][1]
    return result


def countries(actors: list[dict]) -> list[str | None]:
    return [a["country"] for a in actors]


def span(text: str, event: dict) -> str:
    return text[event["start"]:event["end"]]


def told(event: dict) -> tuple[str, str]:
    return event["modality"], event["polarity"]


def of_type(result: dict, type_: str) -> list[dict]:
    return [e for e in result["events"] if e["type"] == type_]


def happened(result: dict) -> list[dict]:
    return [e for e in result["events"] if e["modality"] == "actual" and e["polarity"] == "asserted"]


def test_denial_is_a_rejection_never_an_assault():
    result = analyse("Le Kremlin dément tout projet d'invasion.")
    [reject] = of_type(result, "REJECT")
    assert reject["text"] == "dément"
    assert countries(reject["source"]) == ["RUS"]
    assert reject["modality"] == "actual"
    assert all(e["type"] != "ASSAULT" for e in happened(result))
    # the invasion has no actor, so it is not coded at all; were it coded, it would be denied
    assert all(e["modality"] == "denied" for e in of_type(result, "ASSAULT"))


def test_wanting_to_avoid_is_an_intention():
    result = analyse("Washington veut éviter une escalade.")
    [escalation] = result["events"]
    assert escalation["text"] == "escalade"
    assert escalation["modality"] == "intended"
    assert escalation["polarity"] == "negated"
    assert happened(result) == []


def test_never_intended_to_attack_is_negated():
    result = analyse("La Russie n'a jamais eu l'intention d'attaquer l'Ukraine.")
    [attack] = of_type(result, "ASSAULT")
    assert attack["text"] == "attaquer"
    assert attack["polarity"] == "negated"
    assert attack["modality"] == "intended"
    assert countries(attack["source"]) == ["RUS"]
    assert countries(attack["target"]) == ["UKR"]


def test_accusation_has_three_sources_and_an_alleged_mobilisation():
    text = "Washington, l'OTAN et Kiev accusent Moscou de masser des troupes à la frontière."
    result = analyse(text)
    [accuse] = of_type(result, "ACCUSE")
    assert accuse["text"] == "accusent" and accuse["modality"] == "actual"
    assert countries(accuse["source"]) == ["USA", "NATO", "UKR"]
    assert [a["mention"]["text"] for a in accuse["source"]] == ["Washington", "OTAN", "Kiev"]
    assert countries(accuse["target"]) == ["RUS"]
    [mobilize] = of_type(result, "MOBILIZE")
    assert (mobilize["text"], mobilize["mode"], mobilize["modality"]) == ("masser", "troops", "alleged")
    assert countries(mobilize["source"]) == ["RUS"]
    assert text[mobilize["sentence"][0]:mobilize["sentence"][1]].endswith("à la frontière.")


def test_nominal_events_take_their_actors_from_adjectives_and_complements():
    result = analyse("L'annexion russe de la Crimée a été condamnée par l'Union européenne.")
    [annexion] = of_type(result, "ASSAULT")
    assert annexion["text"] == "annexion"
    assert countries(annexion["source"]) == ["RUS"]
    assert [a["mention"]["text"] for a in annexion["target"]] == ["Crimée"]
    [condemn] = of_type(result, "ACCUSE")
    assert (condemn["text"], condemn["mode"]) == ("condamnée", "disapprove")
    assert countries(condemn["source"]) == ["EU"]


def test_summit_in_person_in_geneva_is_a_future_consultation_with_its_date_and_place():
    text = "Joe Biden et Vladimir Poutine tiendront un sommet en personne à Genève le 16 juin."
    result = analyse(text, date="2021-06-07")
    # a meeting of coordinated parties is coded one event each way
    summit, other_way = of_type(result, "CONSULT")
    assert summit["text"] == other_way["text"] == "sommet"
    assert (countries(summit["source"]), countries(summit["target"])) == (["USA"], ["RUS"])
    assert (countries(other_way["source"]), countries(other_way["target"])) == (["RUS"], ["USA"])
    assert summit["location"]["text"] == "Genève"
    assert summit["modality"] == "future"
    assert summit["date"]["value"] == "2021-06-16"
    assert summit["date"]["source"] == "text"


def test_videoconference_is_a_remote_consultation_dated_by_the_article_otherwise():
    result = analyse("Joe Biden et Vladimir Poutine ont entamé une vidéoconférence.", date="2021-12", precision="month")
    call, other_way = of_type(result, "CONSULT")  # one event each way between the two
    assert (call["text"], call["mode"]) == ("vidéoconférence", "phone")
    assert (countries(call["source"]), countries(other_way["source"])) == (["USA"], ["RUS"])
    assert call["intensity"] == intensity("CONSULT", "phone") == 1.5
    assert call["date"] == {"value": "2021-12", "earliest": "2021-12-01", "latest": "2021-12-31",
                            "source": "article", "precision": "month"}


def test_passive_voice_swaps_source_and_target():
    result = analyse("Le président a été destitué par le Parlement sud-coréen.", title="Corée du Sud : crise politique")
    [sanction] = of_type(result, "SANCTION")
    assert (sanction["text"], sanction["mode"]) == ("destitué", "convict")
    assert countries(sanction["source"]) == ["KOR"]
    assert sanction["source"][0]["mention"]["text"].startswith("Parlement")


def test_a_hurricane_kills_but_assaults_nobody():
    result = analyse("L'ouragan Matthew a tué plus de 100 personnes dans les Caraïbes.")
    assert of_type(result, "ASSAULT") == []


def test_attack_without_named_victim_targets_the_country_it_happens_in():
    result = analyse("Une voiture piégée a explosé près d'un bus de l'armée à Kayseri.",
                     title="Turquie : attentat contre un bus de l'armée")
    [attack] = of_type(result, "ASSAULT")
    assert (attack["text"], attack["mode"]) == ("voiture piégée", "explosives")
    assert countries(attack["target"]) == ["TUR"]
    assert attack["target"][0]["via"] in ("location", "article country")
    assert attack["intensity"] == -9.0


def test_conditional_in_a_si_clause_is_hypothetical_and_journalistic_conditional_is_alleged():
    hypothesis = analyse("Si les forces russes franchissaient la frontière, l'OTAN riposterait.")
    [riposte] = of_type(hypothesis, "ASSAULT")
    assert (riposte["text"], riposte["modality"]) == ("riposterait", "hypothetical")
    alleged = analyse("Neuf enfants auraient été torturés par des soldats.")
    [torture] = of_type(alleged, "ASSAULT")
    assert (torture["text"], torture["mode"], torture["modality"]) == ("torturés", "torture", "alleged")


def test_event_told_inside_a_quote_is_reported_by_the_quote():
    text = "« L'armée a bombardé nos villages », a déclaré le porte-parole des rebelles."
    result = analyse(text)
    [bombing] = of_type(result, "ASSAULT")
    assert (bombing["text"], bombing["mode"], bombing["intensity"]) == ("bombardé", "aerial", -9.5)
    assert bombing["reported_by"]["kind"] == "quote"
    quote = result["quotes"][bombing["reported_by"]["quote"]]
    assert quote["start"] <= bombing["start"] < quote["end"]


def test_works_without_actors_times_or_quotes():
    """Run alone after entities only: the events still come, with entity names and the article date."""
    doc = nlp_module.load()("Vladimir Poutine a rencontré Emmanuel Macron à Moscou.")
    ctx = Context(date="2022-02-07", date_precision="day")
    from veille.analyze.entities import extract_entities

    ctx.results.update(extract_entities(doc, ctx))
    [meeting] = extract_events(doc, ctx)["events"]
    assert (meeting["type"], meeting["text"]) == ("CONSULT", "rencontré")
    assert [a["name"] for a in meeting["source"]] == ["Vladimir Poutine"]
    assert [a["name"] for a in meeting["target"]] == ["Emmanuel Macron"]
    assert meeting["date"]["value"] == "2022-02-07"
    assert meeting["reported_by"] == {"kind": "article"}


@pytest.mark.parametrize("text", [
    "Il a réussi à l'aide de ses amis.",
    "Les deux hommes sont d'accord sur le fond.",
    "Le ministre a tenu une conférence de presse.",
])
def test_fixed_expressions_are_not_events(text):
    assert analyse(text)["events"] == []


def test_claimed_attack_is_done_by_its_claimant_and_a_relative_pronoun_by_its_antecedent():
    claimed = analyse("L'attentat, revendiqué par le groupe État islamique, a fait 86 morts.")
    [attack] = of_type(claimed, "ASSAULT")
    assert attack["text"] == "attentat"
    assert [a["mention"]["text"] for a in attack["source"]] == ["État islamique"]
    fire = analyse("Le massacre avait pris fin après l'intervention de la police qui a fait feu sur le camion.")
    # the police fired; the massacre it ended is not theirs (no re-mention taken from a verb)
    assert [(e["text"], e["source"][0]["mention"]["text"]) for e in of_type(fire, "ASSAULT")] == [("fait feu", "police")]


def test_a_nominal_re_mention_takes_the_actors_of_the_earlier_mention():
    result = analyse("Les frappes russes ont visé Alep mardi. Ces frappes ont fait dix morts.")
    first, second = of_type(result, "ASSAULT")
    assert countries(first["source"]) == ["RUS"]
    assert second["coreference"] == result["events"].index(first)
    assert second["source"] == first["source"]


def test_killed_in_an_ambush_is_an_assault_killed_in_an_accident_is_not():
    ambush = analyse("Deux militaires français ont été tués mercredi lors d'une embuscade.")
    [killing] = [e for e in of_type(ambush, "ASSAULT") if e["text"] == "tués"]
    assert countries(killing["target"]) == ["FRA"]
    accident = analyse("Trois personnes ont été tuées dans un accident de la route.")
    assert of_type(accident, "ASSAULT") == []


def test_arrests_without_agent_are_done_by_the_state_of_the_place():
    result = analyse("Lundi soir, 35 personnes ont été interpellées devant le commissariat.",
                     title="France : un rassemblement dégénère à Paris")
    [arrest] = of_type(result, "COERCE")
    assert (arrest["text"], arrest["mode"]) == ("interpellées", "arrest")
    assert countries(arrest["source"]) == ["FRA"]
    assert arrest["source"][0]["via"] == "implied state" and arrest["source"][0]["mention"] is None
    assert [(a["mention"]["text"], a["country"]) for a in arrest["target"]] == [("personnes", None)]


def test_a_date_resolved_against_an_estimated_article_date_says_so():
    text = ("Le Parlement ukrainien a adopté le 14 mars 2017 une loi sur la langue. Mardi, la Russie a accusé l'Ukraine "
            "de discriminer les russophones.")
    undated = run_all(nlp_module.load()(text), Context(date=None, date_precision="none"))
    assert undated["date_estimate"]["value"] == "2017-03-14"  # the article's own date is only estimated
    accuse = of_type(undated, "ACCUSE")[0]
    assert text[accuse["date"]["time"]["start"]:accuse["date"]["time"]["end"]] == "Mardi"
    assert (accuse["date"]["earliest"], accuse["date"]["latest"], accuse["date"]["estimated"]) == ("2017-03-14", "2017-03-21", True)
    dated = of_type(analyse(text, "2017-03-16"), "ACCUSE")[0]  # the same "Mardi" in a dated article
    assert dated["date"]["earliest"] == "2017-03-14" and "estimated" not in dated["date"]
