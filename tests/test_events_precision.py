"""Precision rules of the events extractor, on sentences of the corpus dev split (Wikinews FR,
CC BY 2.5): what is not an event, who did it when the parse says little, and when not to guess."""

from __future__ import annotations

from test_events import analyse, countries, of_type

from veille.analyze.events_actors import Mention, as_actor


def span(text: str, event: dict) -> str:
    return text[event["start"]:event["end"]]


def test_past_ability_is_what_happened_not_a_hypothesis():
    text = "Les djihadistes ont pu facilement fuir la ville, alors qu'une route avait été laissée ouverte par l'armée syrienne plus au sud."
    [flight] = of_type(analyse(text, date="2017-02-24"), "RETREAT")
    assert span(text, flight) == "fuir"
    assert (flight["modality"], flight["polarity"]) == ("actual", "asserted")


def test_an_attack_that_targets_something_is_not_an_intention():
    # "viser" as intention ("vise à") does not qualify its own subject
    text = "L'attentat a visé une manifestation pacifique, où environ 400 manifestants demandaient la révocation d'un chef de police."
    result = analyse(text, date="2018-09-22", title="Afghanistan : un attentat-suicide contre une foule de manifestants")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "attentat"
    assert attack["modality"] == "actual"
    assert countries(attack["target"]) == ["AFG"]


def test_intention_cue_left_unlemmatised_still_counts():
    text = "La Turquie cherche alors à négocier avec les grandes puissances sa participation à l'offensive de Raqqa."
    [talks] = of_type(analyse(text, date="2017-02-24"), "CONSULT")
    assert span(text, talks) == "négocier"
    assert countries(talks["source"]) == ["TUR"]
    assert talks["modality"] == "intended"


def test_a_clock_time_of_the_article_day_does_not_make_the_event_future():
    text = ("Ce matin, un double attentat suicide près du siège des services des renseignements afghans à Kaboul, "
            "la capitale d'Afghanistan, a coûté la vie à au moins 25 personnes et blessé 49 autres. "
            "La première attaque avait lieu vers 8 heures du matin.")
    result = analyse(text, date="2018-04-30", title="Afghanistan : un double attentat suicide près du siège des renseignements afghans")
    attacks = of_type(result, "ASSAULT")
    assert [span(text, e) for e in attacks if e["text"] in ("attentat", "attaque")] == ["attentat", "attaque"]
    assert all(e["modality"] == "actual" for e in attacks)
    # the attack is not its own doer, nor is the country named in the place phrase
    assert all("AFG" not in countries(e["source"]) for e in attacks)


def test_attackers_shot_dead_by_unnamed_forces_are_shot_by_the_state():
    text = "Les forces de défense et de sécurité burkinabés ont riposté, abattant les 8 assaillants et en capturant 2."
    result = analyse(text, date="2018-03-03", title="Burkina-Faso : double attaque à Ouagadougou contre l'EMA et l'ambassade de France")
    [shot] = [e for e in of_type(result, "ASSAULT") if e["text"] == "abattant"]
    assert span(text, shot) == "abattant"
    assert countries(shot["source"]) == ["BFA"]
    assert [a["mention"]["text"] for a in shot["target"]] == ["assaillants"]


def test_protesters_address_their_own_state():
    text = ("La RTBF rapporte que 5 000 à 7 000 militaires manifestent ce mardi dans les rues de la capitale belge. "
            "Si les militaires belges n'ont pas le droit de grève, ils ont le droit de manifester en civil.")
    result = analyse(text, date="2016-11-15", title="Les militaires belges manifestent dans les rues de Bruxelles")
    protest = of_type(result, "PROTEST")[0]
    assert span(text, protest) == "manifestent"
    assert (countries(protest["source"]), countries(protest["target"])) == (["BEL"], ["BEL"])


def test_overseas_department_is_coded_as_the_state_that_governs_it():
    text = ("Un commissaire a été gravement blessé hier au soir, en Guyane, lors d'une manifestation dans le cadre "
            "du mouvement social qui a lieu depuis deux semaines.")
    result = analyse(text, date="2017-04-08", title="Guyane : incidents en marge d'un rassemblement")
    [protest] = of_type(result, "PROTEST")
    assert span(text, protest) == "manifestation"
    assert countries(protest["target"]) == ["FRA"]  # the registry's French places include Guyane


def test_a_territory_with_its_own_code_is_coded_as_the_state_that_governs_it():
    # Territories the registry still lists under their own ISO code ("Porto Rico" PRI) are coded as
    # their sovereign, the territory kept apart, so that dyads are counted between states.
    actor = {"id": "country:PRI", "name": "Puerto Rico", "country": "PRI", "kind": "country", "role": None}
    coded = as_actor(Mention(31, 41, "Porto Rico", actor))
    assert (coded["country"], coded["territory"]) == ("USA", "PRI")
    assert coded["mention"] == {"start": 31, "end": 41, "text": "Porto Rico"}
    assert "territory" not in as_actor(Mention(0, 6, "France", {**actor, "country": "FRA"}))


def test_a_predicate_noun_is_a_characterisation_not_an_event():
    text = "L'armée demeure aussi encore une menace, bien que ses principaux responsables aient accompagné l'ancien président Jammeh dans son exil."
    result = analyse(text, date="2017-01-28", title="Gambie : le président rentre au pays")
    assert of_type(result, "THREATEN") == []


def test_an_ordered_strike_is_the_strike_not_a_request():
    text = "Le président américain Donald Trump a ordonné une frappe militaire sur une base aérienne en Syrie."
    result = analyse(text, date="2017-04-07")
    assert of_type(result, "REQUEST") == []
    [strike] = of_type(result, "ASSAULT")
    assert span(text, strike) == "frappe"
    assert (countries(strike["source"]), countries(strike["target"])) == (["USA"], ["SYR"])


def test_driven_out_of_a_town_is_an_assault_not_an_expulsion():
    text = "Déjà il y a à peine un mois, l'armée syrienne avait été expulsée de Palmyre suite à une offensive surprise de Daech."
    result = analyse(text, date="2017-01-16", title="Syrie : l'armée en difficulté à Deir ez-Zor")
    assert of_type(result, "SANCTION") == []
    [driven] = [e for e in of_type(result, "ASSAULT") if e["text"] == "expulsée"]
    assert countries(driven["target"]) == ["SYR"]


def test_deployed_forces_are_the_source_of_their_deployment():
    text = "Près de 17 000 policiers étaient déployés dans les rues d'Istanbul pour le passage à la nouvelle année."
    result = analyse(text, date="2017-01-01", title="Turquie : des dizaines de morts dans l'attaque d'une boîte de nuit à Istanbul")
    [deployed] = of_type(result, "MOBILIZE")
    assert span(text, deployed) == "déployés"
    assert countries(deployed["source"]) == ["TUR"]
    assert deployed["target"] == []


def test_a_statement_by_actors_of_unknown_country_is_not_coded():
    text = "Les journalistes en question ont démenti le soir même ces allégations."
    assert of_type(analyse(text, date="2017-03-25"), "REJECT") == []


def test_an_accusation_aimed_at_no_one_is_not_coded():
    text = "En ce jour de la fête du Roi, les militaires veulent dénoncer le relèvement de l'âge de la pension de 56 ans à 63 ans."
    result = analyse(text, date="2016-11-15", title="Les militaires belges manifestent dans les rues de Bruxelles")
    assert of_type(result, "ACCUSE") == []


def test_etre_with_participle_is_a_passive_and_a_named_group_stays_the_target():
    text = "Daech est ainsi largement expulsé du nord de la Syrie, et les rebelles ont solidifié leurs positions."
    result = analyse(text, date="2017-02-24", title="Expulsé d'al-Bab, Daech perd le nord de la Syrie")
    [driven] = of_type(result, "ASSAULT")
    assert span(text, driven) == "expulsé"
    assert [a["mention"]["text"] for a in driven["target"]] == ["Daech"]
    assert countries(driven["target"]) == [None]  # an armed group of no country, not Syria
    assert driven["source"] == []


def test_only_sources_of_known_country_are_kept_for_statements():
    text = "Les journalistes en question, ainsi que l'Élysée, ont démenti le soir même ces allégations."
    [denial] = of_type(analyse(text, date="2017-03-25", title="France : François Fillon accuse l'Élysée"), "REJECT")
    assert span(text, denial) == "démenti"
    assert [a["mention"]["text"] for a in denial["source"]] == ["Élysée"]
    assert countries(denial["source"]) == ["FRA"]


def test_a_deployment_targets_the_foreign_country_named_deep_in_its_phrase():
    text = ("Le groupe, considérablement affaibli depuis 2007 par le déploiement de la mission de l'Union africaine "
            "en Somalie, a juré la perte du gouvernement somalien.")
    [deployment] = of_type(analyse(text, date="2017-01-25"), "MOBILIZE")
    assert span(text, deployment) == "déploiement"
    assert [a["kind"] for a in deployment["source"]] == ["igo"]
    assert countries(deployment["target"]) == ["SOM"]
    assert deployment["location"]["text"] == "Somalie"


def test_an_event_noun_classifying_a_thing_is_no_event():
    text = "En effet, le Canada compte rapatrier ses six avions de combat CF-18."
    assert of_type(analyse(text, date="2016-02-08", title="Canada : fin des frappes aériennes en Irak et en Syrie"), "ASSAULT") == []


def test_a_struggle_against_no_one_does_not_attack_its_country():
    text = "La Ligue du Nord base sa campagne sur l'euroscepticisme et le combat contre l'immigration."
    assert of_type(analyse(text, date="2018-03-05", title="Italie : des élections très serrées"), "ASSAULT") == []


def test_rebels_named_by_a_demonym_are_an_armed_group_of_no_country():
    text = "Depuis le 20 janvier, les rebelles syriens s'affrontent dans la région d'Idleb, principal fief de l'opposition armée."
    [clash] = of_type(analyse(text, date="2017-02-03", title="Syrie : affrontements et recompositions parmi les rebelles"), "ASSAULT")
    assert span(text, clash) == "affrontent"
    assert countries(clash["source"]) == [None]
    assert [a["mention"]["text"] for a in clash["source"]] == ["rebelles"]
    assert countries(clash["target"]) == ["SYR"]  # fought in Syria


def test_coordinated_signatories_agree_with_each_other():
    text = "Le Canada et l'Union européenne ont signé dimanche une entente globale de libre-échange."
    deals = of_type(analyse(text, date="2016-10-30"), "AGREE")
    assert [span(text, d) for d in deals] == ["signé", "signé"]
    assert [(countries(d["source"]), countries(d["target"])) for d in deals] == [(["CAN"], ["EU"]), (["EU"], ["CAN"])]


def test_a_summit_held_with_someone_is_not_reversed():
    text = "La CEDEAO a organisé un sommet à Ouagadougou avec des représentants du Mali."
    [summit] = of_type(analyse(text, date="2012-07-08"), "CONSULT")
    assert (countries(summit["source"]), countries(summit["target"])) == (["ECOWAS"], ["MLI"])


def test_a_hostage_taking_written_with_a_typographic_apostrophe():
    text = "Une prise d’otage a fait plusieurs morts dont le suspect dans une maison de retraite réservée aux anciens combattants."
    [taking] = of_type(analyse(text, date="2018-03-10", title="États-Unis : prise d'otage en Californie dans une maison de retraite"), "ASSAULT")
    assert (span(text, taking), taking["mode"]) == ("prise d’otage", "abduct")
    assert countries(taking["target"]) == ["USA"]


def test_an_army_overthrowing_governments_assaults_its_own_state():
    text = "En effet, l'armée toute puissante a déjà renversé trois gouvernements civils."
    [coup] = of_type(analyse(text, date="2016-12-02", title="Pakistan : l'armée a un nouveau chef"), "ASSAULT")
    assert span(text, coup) == "renversé"
    assert (countries(coup["source"]), countries(coup["target"])) == (["PAK"], ["PAK"])


def test_the_police_catching_the_killer_is_an_arrest():
    text = "La police a ainsi attrapé le tueur avec l'aide de renforts."
    [arrest] = of_type(analyse(text, date="2016-07-26", title="Japon : l'attaque au couteau la plus meurtrière depuis 1945"), "COERCE")
    assert (span(text, arrest), arrest["mode"]) == ("attrapé", "arrest")
    assert countries(arrest["source"]) == ["JPN"]
    assert [a["mention"]["text"] for a in arrest["target"]] == ["tueur"]


def test_a_political_rally_is_no_protest_unless_the_text_says_so():
    text = ("Ce samedi 23 juin, lors d'un rassemblement politique de masse sur une place de la capitale éthiopienne Addis-Abeba "
            "réunissant des dizaines de milliers de personnes, Abiy Ahmed, Premier ministre éthiopien depuis plusieurs mois, a été agressé.")
    result = analyse(text, date="2018-06-24", title="Éthiopie : attaque à Addis-Abeba contre le Premier ministre Ahmed")
    assert of_type(result, "PROTEST") == []
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "agressé"


def test_leaving_power_is_not_aimed_at_the_country():
    text = ("Adama Barrow s'était en effet exilé au Sénégal en attendant que Jammeh, qu'il a battu aux élections du mois dernier, "
            "accepte de quitter le pouvoir et le pays.")
    result = analyse(text, date="2017-01-28", title="Gambie : le président rentre au pays")
    assert [e for e in of_type(result, "RETREAT") if e["target"]] == []


def test_a_trigger_next_to_a_fixed_expression_is_still_a_trigger():
    from test_events import nlp_module
    from veille.analyze.events import find_triggers
    text = "Les américains sont en effet habitués à mener régulièrement des bombardements à l'aide de drones."
    found = [(span.text, trigger.type) for span, trigger, _ in find_triggers(nlp_module.load()(text))]
    assert ("bombardements", "ASSAULT") in found
    assert all(word != "aide" for word, _ in found)  # "à l'aide de" is no aid


def test_a_ratification_announced_is_the_announcer_agreeing():
    text = ("À la mi-journée, les États-Unis ont également annoncé leur ratification dans un communiqué commun, "
            "à la veille du sommet du G20 de Pékin.")
    result = analyse(text, date="2016-09-03", title="La Chine et les Etats-Unis ratifient l'accord de Paris sur le climat")
    [deal] = of_type(result, "AGREE")
    assert span(text, deal) == "ratification"
    assert countries(deal["source"]) == ["USA"]
