"""Ninth-pass rules of the events extractor, each on a sentence of the corpus dev split (Wikinews
FR, CC BY 2.5; gold/events/dev_tuning_11.txt and the earlier tuning sets)."""

from __future__ import annotations

from test_events import analyse, countries, of_type, span, told


def test_summoning_ambassadors_is_a_protest_at_each_of_their_countries():
    text = ("Pierre Nkurunziza excédé par les sanctions décidées par l'organisation européenne a décidé de convoquer "
            "les ambassadeurs de l'Allemagne, de la Belgique, de la France, des Pays-Bas et de l'UE.")
    result = analyse(text, date="2016-12-17", title="Burundi : convocation d'ambassadeurs de pays de l'UE")
    [summons] = of_type(result, "ACCUSE")
    assert span(text, summons) == "convoquer"
    assert countries(summons["source"]) == ["BDI"]
    # the parser hangs the repeated "de" complements on the verb; the list goes on all the same
    assert countries(summons["target"]) == ["DEU", "BEL", "FRA", "NLD", "EU"]
    assert [a["mention"]["text"] for a in summons["target"]][1:3] == ["Belgique", "France"]


def test_summoning_the_press_is_no_protest():
    text = "Le président a convoqué la presse et les syndicats à l'Élysée."
    assert of_type(analyse(text, date="2016-12-17", title="France : réunion"), "ACCUSE") == []


def test_an_act_done_at_someones_request_is_asked_of_its_doer():
    text = ("Ainsi, en 1968, sa pièce La Passion en violet, jaune et rouge, représentant le général Franco, est censurée "
            "par le général de Gaulle, qui qualifie Gatti de « poète surchauffé », à la demande du gouvernement espagnol.")
    result = analyse(text, date="2017-04-09", title="France : décès d'Armand Gatti, figure du théâtre")
    [request] = of_type(result, "REQUEST")
    assert span(text, request) == "demande"
    assert countries(request["source"]) == ["ESP"] and countries(request["target"]) == ["FRA"]
    [censorship] = of_type(result, "COERCE")  # and de Gaulle's censorship is France's, at home
    assert span(text, censorship) == "censurée"
    assert countries(censorship["source"]) == ["FRA"] and countries(censorship["target"]) == ["FRA"]


def test_a_request_whose_addressee_is_unnamed_is_kept_without_target():
    text = ("La coalition a confirmé le 25 mars être à l'origine de ce bombardement, survenu quelques jours plus tôt, "
            "« à la demande des forces de sécurité irakiennes ».")
    result = analyse(text, date="2017-03-30", title="Irak : mort de dizaines de civils dans l'effondrement d'immeubles")
    [request] = of_type(result, "REQUEST")
    assert span(text, request) == "demande"
    assert countries(request["source"]) == ["IRQ"] and request["target"] == []
    assert told(request) == ("actual", "asserted")


def test_a_state_blocking_access_at_home_censors_its_own_country():
    text = ("En Algérie, pour éviter de nouvelles fuites des sujets à l'examen du baccalauréat, les autorités ont décidé "
            "de bloquer l'accès aux réseaux sociaux (Twitter, Facebook et Instagram) temporairement.")
    result = analyse(text, date="2016-06-19", title="Algérie : blocage des réseaux sociaux pour empêcher les fuites au baccalauréat")
    [block] = of_type(result, "COERCE")
    assert span(text, block) == "bloquer"
    assert countries(block["source"]) == ["DZA"] and countries(block["target"]) == ["DZA"]


def test_the_place_of_what_is_opposed_is_not_where_the_protest_is():
    text = ("Certains commentateurs voit la polémique lancé par Sean Spicer comme un contre-feu pour concurrencer "
            "l'information principale du jour : les millions de personnes ayant défilé dans la capitale fédérale et dans "
            "les grandes villes du pays pour montrer leur opposition aux lignes politiques prônées par Trump. "
            "Ces rassemblements d'ampleur inédites dépassent même les rassemblements contre la guerre en Irak sous "
            "l'administration de George W. Bush.")
    result = analyse(text, date="2017-01-22", title="Le porte-parole de la Maison Blanche attaque les médias lors de sa première allocution")
    protests = [p for p in of_type(result, "PROTEST") if span(text, p) == "rassemblements"]
    assert protests and all(p["location"] is None or p["location"]["text"] != "Irak" for p in protests)
    # (the sides then come from the article's country: the United States in the whole article)
    assert all(a.get("via") != "location" for p in protests for a in p["source"] + p["target"])


def test_building_up_arms_is_an_intended_mobilisation():
    text = ("Donald Trump a annoncé hier sur son compte Twitter sa volonté de renforcer la capacité nucléaire de son pays. "
            "Ce tweet est précédé de quelques heures par le discours de Vladimir Poutine à Moscou portant sur la nécessité "
            "de développer l'arsenal nucléaire de la Russie.")
    result = analyse(text, date="2016-12-23", title="Donald Trump veut renforcer la capacité nucléaire des États-Unis")
    build_ups = of_type(result, "MOBILIZE")
    assert [span(text, m) for m in build_ups] == ["renforcer", "développer"]
    assert [countries(m["source"]) for m in build_ups] == [["USA"], ["RUS"]]
    assert [m["modality"] for m in build_ups] == ["intended", "intended"]  # a will, a necessity: not done


def test_strengthening_ties_is_no_mobilisation():
    text = "Le président français a promis de renforcer les liens économiques avec le Maroc."
    assert of_type(analyse(text, date="2016-12-23", title="France : visite"), "MOBILIZE") == []


def test_entendre_before_an_infinitive_is_an_intention_not_before_a_noun():
    text = ("Le Premier ministre entend réformer la constitution japonaise pour supprimer son caractère pacifique, "
            "et développer l'armée nationale.")
    [build_up] = of_type(analyse(text, date="2017-10-22", title="Japon : victoire de Shinzō Abe"), "MOBILIZE")
    assert span(text, build_up) == "développer" and build_up["modality"] == "intended"
    heard = "Les habitants ont entendu des bombardements toute la nuit à Alep."
    [strikes] = of_type(analyse(heard, date="2017-10-22", title="Syrie : Alep"), "ASSAULT")
    assert strikes["modality"] == "actual"


def test_a_state_leaving_a_court_it_belonged_to_is_the_leaver_not_the_court():
    text = ("Le compte Twitter de la présidence du Burundi (@BdiPresidence) a annoncé cet après-midi la promulgation de la loi "
            "adoptée récemment par l'Assemblée nationale et par le Sénat, qui acte le retrait du Statut de Rome et donc de la "
            "Cour pénale internationale (CPI).")
    result = analyse(text, date="2016-10-18", title="Burundi : la loi actant la sortie du statut de Rome promulguée aujourd'hui")
    [withdrawal] = of_type(result, "RETREAT")
    assert span(text, withdrawal) == "retrait"
    assert countries(withdrawal["source"]) == ["BDI"]  # the court is what is left, Burundi the leaver
    assert [a["country"] for a in withdrawal["target"]] == ["ICC"]


def test_leaving_a_union_is_a_withdrawal_leaving_a_room_is_not():
    text = ("Les raisons évoquées sont le ralentissement économique suite à la sortie du Royaume-Uni de l'Union européenne "
            "et la hausse de la population active.")
    [brexit] = of_type(analyse(text, date="2016-09-21", title="France : le chômage va repartir à la hausse"), "RETREAT")
    assert span(text, brexit) == "sortie"
    assert countries(brexit["source"]) == ["GBR"] and [a["country"] for a in brexit["target"]] == ["EU"]
    text = "À la sortie de la salle, le ministre a salué les journalistes."
    assert of_type(analyse(text, date="2016-09-21", title="France : conférence"), "RETREAT") == []


def test_deaths_in_an_accident_are_no_assault_but_an_attack_the_same_day_is():
    title = "Iran : une collision ferroviaire fait des dizaines de morts"
    assert of_type(analyse("Au moins 36 personnes ont été tuées selon un bilan provisoire.", date="2016-11-25", title=title), "ASSAULT") == []
    text = ("Le pays a connu le même jour un attentat-suicide dans lequel au moins quinze personnes ont perdu la vie à "
            "proximité d'une église au nord-est du Nigeria.")
    [bombing] = of_type(analyse(text, date="2012-06-03", title="Nigeria : crash d'un avion avec 153 personnes à bord à Lagos"), "ASSAULT")
    assert span(text, bombing) == "attentat"
    # the country that "connaît" an attack undergoes it
    assert bombing["source"] == [] and countries(bombing["target"]) == ["NGA"]


def test_a_blocked_factory_is_no_censorship():
    text = ("À titre d'exemple, l’usine d’Ivry-sur-Seine, la plus importante en Ile-de-France, est bloquée depuis dix jours "
            "par des éboueurs et des agents de la Ville de Paris.")
    result = analyse(text, date="2016-06-12", title="France : grève des éboueurs protestant contre la loi-travail")
    assert of_type(result, "COERCE") == []  # strikers blocking a plant: not the state censoring France


def test_a_pronoun_after_a_misparsed_que_is_the_one_who_announced():
    text = ("Pierre Karl Péladeau a annoncé lundi, en retenant ses larmes, qu'il démissionnait de ses fonctions à "
            "l'assemblée nationale ainsi qu'au Parti québécois (PQ).")
    result = analyse(text, date="2016-05-02", title="Québec : Pierre Karl Péladeau quitte ses fonctions de chef de l'Opposition officielle et de député")
    [resignation] = of_type(result, "RETREAT")
    assert span(text, resignation) == "démissionnait"
    assert [a["mention"]["text"] for a in resignation["source"]] == ["Pierre Karl Péladeau"]
    assert countries(resignation["source"]) == ["CAN"]


def test_a_participle_on_the_name_before_a_subjectless_verb_does_not_hide_the_doer():
    text = ("Ali Abdella, un Somalien déjà connu des services de police, s'est déguisé en infirmier le 2 janvier pour tenter "
            "de violer une femme enceinte.")
    result = analyse(text, date="2018-01-14", title="Italie : un Somalien se déguise en infirmier et tente de violer une femme")
    [assault] = of_type(result, "ASSAULT")
    assert span(text, assault) == "violer"
    # the parser leaves "déguisé" without subject; the nearest actor before it is past "connu": the
    # apposition that names his nationality
    assert [a["mention"]["text"] for a in assault["source"]] == ["Somalien"] and countries(assault["source"]) == ["SOM"]


def test_a_misparsed_il_opening_a_sentence_is_the_main_subject_before():
    text = ("Déjà en 2015, lorsque Pierre Nkurunziza envisageait de prétendre à un troisième mandat, Benjamin Mkapa avait "
            "tenté, sans succès, de réconcilier les différents points de vue. S'il va rencontrer le Président ainsi qu'un "
            "certain nombre d'ambassadeurs au Burundi, il ne devrait pas rencontrer les représentants de la Cnared.")
    result = analyse(text, date="2016-12-09", title="Burundi : le facilitateur Benjamin Mkapa à nouveau à Bujumbura")
    # the parser calls "il" of "S'il va" an expletive; the previous sentence has two subjects, and the
    # main clause's (Mkapa, not Nkurunziza of the "lorsque" clause) is who "il" is
    start = text.index("S'il") + 2
    [il] = [m for m in result["actor_mentions"] if m["start"] == start]
    assert text[il["start"]:il["end"]] == "il" and il["actor"]["name"] == "Benjamin Mkapa"
    meeting = [e for e in of_type(result, "CONSULT") if span(text, e) == "rencontrer"][0]
    assert countries(meeting["source"]) == ["TZA"]


def test_forces_leaving_a_region_of_their_own_country_retreat_at_home():
    text = ("Alors que l'armée irakienne en déroute quitte le nord de l'Irak, les forces kurdes irakiennes, les Peshmergas, "
            "prennent certaines des régions qu'ils revendiquaient.")
    result = analyse(text, date="2017-09-28", title="Le Kurdistan irakien vers l'indépendance")
    [retreat] = [e for e in of_type(result, "RETREAT") if span(text, e) == "quitte"]
    assert countries(retreat["source"]) == ["IRQ"] and retreat["target"] == []  # not a withdrawal from Iraq
