"""Seventh-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_6.txt and the earlier tuning sets)."""

from __future__ import annotations

from test_events import analyse, countries, of_type, span, told


def test_a_pronoun_in_a_reported_clause_is_the_reporter():
    text = ("Nicolas Hulot, ministre d'État, ministre de la Transition écologique et solidaire, a annoncé sur France Inter "
            "ce matin, qu'il quittait le gouvernement d'Édouard Philippe.")
    result = analyse(text, date="2018-08-28", title="Nicolas Hulot : « Je prends la décision de quitter le gouvernement »")
    [resignation] = of_type(result, "RETREAT")
    assert span(text, resignation) == "quittait"
    assert [a["mention"]["text"] for a in resignation["source"]] == ["Nicolas Hulot"]
    assert countries(resignation["source"]) == ["FRA"] and resignation["target"] == []
    assert told(resignation) == ("actual", "asserted")


def test_a_pronoun_of_another_number_is_left_alone():
    text = "Les ministres ont annoncé qu'il quittait le gouvernement."
    result = analyse(text, date="2018-08-28", title="France : remaniement")
    assert of_type(result, "RETREAT") == []


def test_the_country_as_subject_is_the_title_country():
    text = "Cette annonce fait suite à celle annonçant que le pays souhaite se retirer de la Cour pénale internationale (CPI)."
    result = analyse(text, date="2016-10-11",
                     title="Burundi : trois experts des droits de l'homme de l'ONU interdits d'entrer sur le territoire")
    [withdrawal] = of_type(result, "RETREAT")
    assert span(text, withdrawal) == "retirer"
    assert countries(withdrawal["source"]) == ["BDI"]
    assert withdrawal["source"][0]["mention"]["text"] == "pays"
    assert told(withdrawal) == ("intended", "asserted")


def test_a_relative_pronoun_the_parser_left_unattached_is_the_actor_before_it():
    text = ("Il succède à Park Geun-hye qui a été emprisonnée à la suite de sa destitution par l'Assemblée nationale "
            "le 9 décembre 2016, puis par la Cour constitutionnelle le 10 mars 2017 en raison d'un scandale de corruption.")
    result = analyse(text, date="2017-05-09", title="Corée du Sud : Moon Jae-in élu président")
    [jailed] = [e for e in of_type(result, "COERCE") if span(text, e) == "emprisonnée"]
    assert [a["mention"]["text"] for a in jailed["target"]] == ["Park Geun-hye"]
    assert countries(jailed["target"]) == ["KOR"] and countries(jailed["source"]) == ["KOR"]
    assert told(jailed) == ("actual", "asserted")


def test_whom_a_video_shows_doing_something_does_it():
    text = ("Le journal Le Monde, dans un article du 18 juillet 2018, a révélé une vidéo prise lors des manifestations du 1er mai "
            "2018 par un militant de La France Insoumise, montrant un collaborateur de l'Élysée, Alexandre Benalla, adjoint au "
            "chef de cabinet du Président de la République, frapper un jeune manifestant à terre préalablement maîtrisé par les "
            "forces de l'ordre.")
    result = analyse(text, date="2018-07-21",
                     title="France : un collaborateur de l'Elysée accusé de violences lors des manifestations du 1er mai")
    [blow] = [e for e in of_type(result, "ASSAULT") if span(text, e) == "frapper"]
    assert [a["mention"]["text"] for a in blow["source"]] == ["Élysée"]  # not the newspaper that shows the video
    assert countries(blow["source"]) == ["FRA"]


def test_an_origin_is_not_the_country_of_the_attacker():
    text = ("Des agents de police ont aussi déclaré que l'individu d'origine algérienne aurait attaqué l'officier de police, "
            "au motif que celui-ci « représente la France ».")
    result = analyse(text, date="2016-08-30", title="France : un policier poignardé dans un commissariat à Toulouse")
    [attack] = [e for e in of_type(result, "ASSAULT") if span(text, e) == "attaqué"]
    assert countries(attack["source"]) == [None]
    assert [a["mention"]["text"] for a in attack["source"]] == ["individu"]
    assert told(attack) == ("alleged", "asserted")


def test_concluding_a_campaign_is_no_agreement_and_winning_states_no_abduction():
    text = ("Il conclura sa campagne lundi soir à Des Moines, dans l'Iowa. "
            "A défaut, il devrait enlever quasiment tous les autres Etats clés.")
    result = analyse(text, date="2012-11-02",
                     title="Élection présidentielle américaine de 2012 : Obama et Romney s'affrontent sur le chômage")
    assert of_type(result, "AGREE") == [] and of_type(result, "ASSAULT") == []
    text = "Le gouvernement pakistanais vient de conclure un recensement officiel historique, le premier depuis 1998."
    assert of_type(analyse(text, date="2017-09-16", title="Pakistan : recensement historique et boom démographique"), "AGREE") == []


def test_a_coup_is_aimed_at_its_own_country():
    text = ("Le Premier ministre, Binali Yildirim, dénonce une tentative de coup d'État par un groupe de militaires et averti "
            "que ceux impliqués dans cette action « illégale » paieront « le prix le plus élevé ».")
    result = analyse(text, date="2016-07-15", title="Turquie : tentative de coup d'État")
    [coup] = of_type(result, "ASSAULT")
    assert span(text, coup) == "coup d'État"
    assert countries(coup["source"]) == ["TUR"] and countries(coup["target"]) == ["TUR"]
    assert coup["target"][0]["via"] == "own country"


def test_damage_told_without_a_doer_in_a_disaster_report_is_no_attack():
    text = ("Le cyclone avait abordé les terres mardi à Ampahana, sur la côte nord-est de l'île, dans la région productrice de "
            "vanille. Les terres ont été inondées et la quasi-totalité des cultures ont été détruites.")
    assert of_type(analyse(text, date="2017-03-11", title="Un cyclone frappe Madagascar"), "ASSAULT") == []
    # the same sentence under a title of conflict stays an attack on the place
    [attack] = of_type(analyse(text, date="2017-03-11", title="Madagascar : des villages attaqués"), "ASSAULT")
    assert span(text, attack) == "détruites"


def test_fighting_a_thing_is_no_attack():
    text = ("Le ministère s'est dit déterminé à « à combattre toutes les résurgences de ce mal profond qu'est l'antisémitisme, "
            "[...] une offense aux valeurs et à l'histoire ».")
    result = analyse(text, date="2012-07-05", title="France : agression antisémite contre un lycéen entre Toulouse et Lyon")
    assert of_type(result, "ASSAULT") == []
    # fighting people stays one
    text = "Les forces de sécurité ont combattu les rebelles pendant trois jours."
    [fight] = of_type(analyse(text, date="2012-07-05", title="Mali : combats dans le nord"), "ASSAULT")
    assert span(text, fight) == "combattu"


def test_a_by_agent_after_another_preposition_and_the_peacekeepers_of_the_police():
    text = "L'auteur, Mohamed Lahouaiej Bouhlel, a été tué peu après par des gardiens de la paix."
    result = analyse(text, date="2016-10-15",
                     title="France : la cérémonie en hommage aux victimes de l'attentat du 14-Juillet en direct sur France 2")
    [killing] = of_type(result, "ASSAULT")
    assert span(text, killing) == "tué"
    assert [a["mention"]["text"] for a in killing["source"]] == ["gardiens"]
    assert countries(killing["source"]) == ["FRA"] and killing["source"][0]["kind"] == "government"
    assert [a["mention"]["text"] for a in killing["target"]] == ["auteur"] and countries(killing["target"]) == [None]


def test_dont_names_the_undergoer_and_the_deputies_are_the_state():
    text = ("Park Geun-hye, dont la destitution avait été massivement votée début décembre par les députés, "
            "a été arrêtée ce matin.")
    result = analyse(text, date="2017-04-01", title="Corée du Sud : l'ancienne présidente arrêtée")
    [removal] = of_type(result, "SANCTION")
    assert span(text, removal) == "destitution"
    assert [a["mention"]["text"] for a in removal["source"]] == ["députés"] and countries(removal["source"]) == ["KOR"]
    assert [a["mention"]["text"] for a in removal["target"]] == ["Park Geun-hye"] and countries(removal["target"]) == ["KOR"]


def test_a_demand_with_no_addressee_is_aimed_at_whom_it_asks_to_act():
    text = ("Selon l’AFP, le Conseil national syrien, principale coalition de l’opposition, a appelé à ce que les rebelles "
            "qui commettent ces exécutions en soient tenus responsables.")
    result = analyse(text, date="2012-11-02", title="Syrie : nouvelle avancée des rebelles")
    [demand] = of_type(result, "REQUEST")
    assert span(text, demand) == "appelé"
    assert countries(demand["source"]) == ["SYR"]
    assert [a["mention"]["text"] for a in demand["target"]] == ["rebelles"] and countries(demand["target"]) == [None]


def test_the_sides_of_a_clash_told_by_a_clause_on_its_noun():
    text = ("Des spéculations sont pourtant apparues ces derniers mois selon lesquelles le chef militaire pourrait se maintenir "
            "face aux forts affrontements que le pays connait avec l'Inde depuis la fin de l'été.")
    result = analyse(text, date="2016-12-02", title="Pakistan : l'armée a un nouveau chef")
    clashes = of_type(result, "ASSAULT")
    assert [span(text, e) for e in clashes] == ["affrontements", "affrontements"]
    assert {(countries(e["source"])[0], countries(e["target"])[0]) for e in clashes} == {("PAK", "IND"), ("IND", "PAK")}
    text = ("Ainsi, rien qu'en ce début d'année, le 31 janvier et du 20 au 22 février, de violents affrontements opposant "
            "l’armée nationale à des factions rebelles ont eu lieu.")
    [clash] = of_type(analyse(text, date="2017-03-02", title="Un Français enlevé en RDC"), "ASSAULT")
    assert [a["mention"]["text"] for a in clash["source"]] == ["armée"]
    assert [a["mention"]["text"] for a in clash["target"]] == ["factions"]
