"""Sources and targets the parse leaves far from the trigger, on sentences of the corpus dev split
(Wikinews FR, CC BY 2.5): lists, passives, custody, sentences, demands, foiled acts."""

from __future__ import annotations

from test_events import analyse, countries, happened, of_type, span


def test_a_foiled_attack_never_happened():
    text = "Un attentat a été déjoué jeudi à Venise, en Italie."
    result = analyse(text, date="2017-04-02", title="Italie : un projet d'attentat déjoué à Venise")
    assert not [e for e in happened(result) if e["type"] == "ASSAULT"]
    text = "Un attentat contre le ministre de l'Intérieur a été déjoué jeudi."
    [attack] = of_type(analyse(text, date="2017-04-02", title="Italie : un projet d'attentat déjoué à Venise"), "ASSAULT")
    assert span(text, attack) == "attentat"
    assert (attack["modality"], attack["polarity"]) == ("intended", "negated")


def test_every_listed_personality_condemns():
    text = ("Ce double attentat a été condamné par diverses personnalités politiques comme François Fillon, "
            "François Hollande, Donald Trump ou encore l'ONU.")
    result = analyse(text, date="2017-04-10", title="Égypte : deux églises coptes visées par des attentats")
    [condemnation] = of_type(result, "ACCUSE")
    assert span(text, condemnation) == "condamné"
    names = [text[a["mention"]["start"]:a["mention"]["end"]] for a in condemnation["source"]]
    assert names[:3] == ["François Fillon", "François Hollande", "Donald Trump"]
    assert "USA" in countries(condemnation["source"])


def test_an_anti_american_demonstration_is_aimed_at_the_united_states_by_the_place():
    text = "Plusieurs milliers de personnes se sont rassemblées vendredi dans le centre de Téhéran pour une manifestation anti-américaine."
    result = analyse(text, date="2012-11-02", title="Iran : manifestation anti-américaine dans la capitale")
    protests = [e for e in of_type(result, "PROTEST") if e["text"] == "manifestation"]
    assert protests and all(countries(e["target"]) == ["USA"] for e in protests)
    assert all(countries(e["source"]) == ["IRN"] for e in protests)
    [protest] = protests
    mention = protest["target"][0]["mention"]
    assert text[mention["start"]:mention["end"]] == "anti-américaine"


def test_a_sentence_to_prison_is_a_conviction_by_the_state():
    text = "Nolan L. a accepté une peine. Il est donc condamné à trois mois d'emprisonnement avec sursis."
    result = analyse(text, date="2017-01-20", title="France : Valls giflé à Lamballe")
    assert not of_type(result, "ACCUSE")
    [sentence] = of_type(result, "SANCTION")
    assert (span(text, sentence), sentence["mode"]) == ("condamné", "convict")
    assert countries(sentence["source"]) == ["FRA"] and sentence["source"][0]["via"] == "implied state"


def test_who_is_placed_in_custody_undergoes_it():
    text = "Le 20 juillet 2018, Alexandre Benalla a été placé en garde à vue."
    result = analyse(text, date="2018-07-21", title="France : un collaborateur de l'Elysée accusé de violences")
    [custody] = of_type(result, "COERCE")
    assert span(text, custody) == "garde à vue"
    assert [a["name"] for a in custody["target"]] and custody["target"][0]["mention"]["text"] == "Alexandre Benalla"
    assert countries(custody["source"]) == ["FRA"]


def test_people_counted_by_a_numeral_are_the_ones_arrested():
    text = "Lors de l'opération, 21 de ses membres présumés ont été arrêtés, selon le ministre."
    result = analyse(text, date="2017-03-17", title="Cameroun : libération de 5 000 otages de Boko Haram")
    [arrest] = of_type(result, "COERCE")
    assert span(text, arrest) == "arrêtés"
    assert [a["name"] for a in arrest["target"]] == ["membre"]
    assert countries(arrest["source"]) == ["CMR"]


def test_a_movement_demand_without_addressee_goes_to_its_own_state():
    text = "De son côté, le collectif à l'origine de la manifestation réclame des effectifs policiers supplémentaires."
    result = analyse(text, date="2016-09-04", title="France : manifestation à Paris de la communauté chinoise pour plus de sécurité")
    [demand] = of_type(result, "REQUEST")
    assert span(text, demand) == "réclame"
    assert countries(demand["source"]) == ["FRA"]
    assert countries(demand["target"]) == ["FRA"] and demand["target"][0]["via"] == "domestic request"


def test_a_state_of_emergency_is_imposed_on_the_own_country_by_the_agent():
    text = "L'état d'urgence a été instauré par le président Sissi."
    result = analyse(text, date="2017-04-10", title="Égypte : deux églises coptes visées par des attentats")
    [emergency] = of_type(result, "COERCE")
    assert span(text, emergency) == "état d'urgence"
    assert countries(emergency["source"]) == ["EGY"]
    assert countries(emergency["target"]) == ["EGY"]


def test_a_negated_attack_that_names_no_one_is_not_output():
    text = "Le gouvernement n'a pas fait la preuve qu'un étranger d'un des pays incriminés a perpétré un attentat aux États-Unis."
    result = analyse(text, date="2017-02-10", title="États-Unis : la Cour d'appel de San Francisco valide la suspension du décret")
    assert not [e for e in of_type(result, "ASSAULT") if e["polarity"] == "asserted" and e["modality"] == "actual"]


def test_a_passive_infinitive_is_undergone_by_the_subject_of_its_verb():
    text = "L'ancien Premier ministre Manuel Valls vient d'être giflé ce mardi 17 janvier à Lamballe."
    result = analyse(text, date="2017-01-20", title="France : Valls giflé à Lamballe")
    [slap] = of_type(result, "ASSAULT")
    assert (span(text, slap), slap["mode"]) == ("giflé", "beat")
    assert "FRA" in countries(slap["target"])
    assert slap["source"] == [] or all(not a.get("country") for a in slap["source"])


def test_pushing_fighters_back_is_an_assault_pushing_a_proposal_back_a_rejection():
    text = "L'armée camerounaise a repoussé les combattants de Boko Haram hors de la ville."
    [push] = of_type(analyse(text, date="2017-03-17", title="Cameroun : libération de 5 000 otages"), "ASSAULT")
    assert span(text, push) == "repoussé" and countries(push["source"]) == ["CMR"]
    text = "Le Parlement camerounais a repoussé la proposition du gouvernement."
    result = analyse(text, date="2017-03-17", title="Cameroun : le budget en débat")
    assert not of_type(result, "ASSAULT")


def test_a_passive_accusation_of_a_named_actor_is_coded_without_its_accusers():
    text = ("Pendant près de 2 mois, des manifestations monstres ont eu lieu tous les samedis à Séoul contre la chef "
            "de l’État, accusée de corruption et d'abus de pouvoir.")
    result = analyse(text, date="2017-04-01", title="Corée du Sud : l'ancienne présidente arrêtée")
    [accusation] = of_type(result, "ACCUSE")
    assert span(text, accusation) == "accusée"
    assert accusation["source"] == [] and countries(accusation["target"]) == ["KOR"]


def test_talks_held_between_two_capitals_are_between_their_states():
    text = ("Les experts expliquent ce facteur par les négociations sur le programme nucléaire iranien qui se déroulent "
            "entre Washington et Téhéran, selon les médias occidentaux et iraniens.")
    result = analyse(text, date="2012-11-02", title="Iran : manifestation anti-américaine dans la capitale")
    talks, other_way = of_type(result, "CONSULT")  # parties joined by "entre": one event each way
    assert span(text, talks) == span(text, other_way) == "négociations"
    assert (countries(talks["source"]), countries(talks["target"])) == (["USA"], ["IRN"])
    assert (countries(other_way["source"]), countries(other_way["target"])) == (["IRN"], ["USA"])


def test_custody_after_a_coordinated_passive_is_undergone_by_its_subject():
    text = "Le jeune homme a été remis à la gendarmerie et placé en garde à vue."
    [custody] = of_type(analyse(text, date="2017-01-20", title="France : Valls giflé à Lamballe"), "COERCE")
    assert span(text, custody) == "garde à vue"
    assert [a["name"] for a in custody["target"]] == ["homme"] and countries(custody["source"]) == ["FRA"]


def test_protesters_intercepted_by_riot_police_are_coerced_by_the_state():
    text = "Des manifestants ont été brutalement interceptés par les policiers anti-émeute."
    result = analyse(text, date="2017-03-10", title="Corée du Sud : l'ancienne présidente arrêtée")
    [interception] = of_type(result, "COERCE")
    assert span(text, interception) == "interceptés"
    assert (countries(interception["source"]), countries(interception["target"])) == (["KOR"], ["KOR"])


def test_coordinated_demonyms_are_each_a_target():
    text = ("Alors que le président russe Vladimir Poutine annonce le soutien de son pays au président syrien, "
            "Barack Obama a immédiatement réagi en dénonçant le régime et ses alliés russes et iraniens.")
    result = analyse(text, date="2016-12-18", title="Syrie : une évacuation chaotique des civils à Alep")
    [denunciation] = of_type(result, "ACCUSE")
    assert span(text, denunciation) == "dénonçant"
    assert countries(denunciation["source"]) == ["USA"]
    assert set(countries(denunciation["target"])) == {"SYR", "RUS", "IRN"}


def test_an_offensive_killing_jihadists_targets_them_not_the_country():
    text = "L'armée irakienne a lancé l'offensive pour reprendre la ville, tuant jusqu'à 200 djihadistes."
    result = analyse(text, date="2017-09-23", title="Irak : l'armée lance l'offensive à Hawija contre Daech")
    killing = [e for e in of_type(result, "ASSAULT") if e["text"] == "tuant"]
    assert killing and countries(killing[0]["source"]) == ["IRQ"]
    assert [a["name"] for a in killing[0]["target"]] == ["djihadiste"] and countries(killing[0]["target"]) == [None]


def test_the_security_forces_are_the_state_of_the_article():
    text = ("Le véhicule, qui a d'abord forcé un checkpoint à 100 mètres de l'hôtel, a explosé après que les forces de sécurité "
            "aient ouvert le feu en sa direction, a déclaré le policier Mohamed Abdulkadir.")
    result = analyse(text, date="2016-08-30", title="Somalie : au moins 5 morts dans un attentat à la voiture piégée à Mogadiscio")
    [fire] = of_type(result, "ASSAULT")
    assert span(text, fire) == "ouvert le feu"
    assert [a["mention"]["text"] for a in fire["source"]] == ["forces"]
    assert countries(fire["source"]) == ["SOM"]


def test_an_attack_ascribed_to_two_states_is_alleged_against_the_country():
    text = ("L'ONU n'a pas attribué la responsabilité des tirs de missiles, mais plusieurs ONG attribuent cette attaque "
            "au régime syrien et son allié russe.")
    result = analyse(text, date="2016-02-15", title="Des bombardements touchent plusieurs hôpitaux et écoles dans le nord de la Syrie")
    [attack] = [e for e in of_type(result, "ASSAULT") if span(text, e) == "attaque"]
    assert attack["modality"] == "alleged"
    assert countries(attack["source"]) == ["SYR", "RUS"]
    assert countries(attack["target"]) == ["SYR"]


def test_whoever_is_accused_of_being_at_the_origin_of_an_attack_did_it_allegedly():
    text = "Les États-Unis et l'Union européenne ont immédiatement accusé le régime syrien d'être à l'origine de l'attaque."
    result = analyse(text, date="2017-04-04", title="Syrie : une attaque chimique présumée fait des dizaines de morts")
    [attack] = of_type(result, "ASSAULT")
    assert [a["mention"]["text"] for a in attack["source"]] == ["régime syrien"]
    assert attack["modality"] == "alleged"


def test_a_feminine_plural_demonym_names_its_country():
    text = ("Une vague d’attaques palestiniennes non coordonnées, dont les auteurs sont souvent jeunes, a débuté en octobre 2015 "
            "en Israël et en Cisjordanie.")
    [attacks] = of_type(analyse(text, date="2017-01-08", title="Israël : un attentat à Jérusalem fait quatre morts"), "ASSAULT")
    assert [a["mention"]["text"] for a in attacks["source"]] == ["palestiniennes"]
    assert countries(attacks["source"]) == ["PSE"]


def test_unnamed_people_beside_an_actor_of_a_country_are_no_side_of_their_own():
    text = "Samedi, à Jérusalem (Israël), un homme armé d'un couteau a attaqué deux passants et un policier."
    result = analyse(text, date="2017-04-02", title="Israël : un homme attaque trois personnes au couteau à Jérusalem")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "attaqué"
    assert [a["mention"]["text"] for a in attack["target"]] == ["policier"]
    assert countries(attack["target"]) == ["ISR"]


def test_a_coordinated_place_is_where_the_target_is_not_a_second_target():
    text = ("Ce lundi, le Premier ministre du Canada, Justin Trudeau, a annoncé que le Canada cessera ses frappes aériennes "
            "contre l'organisation armée État islamique en Irak et en Syrie d'ici le 22 février.")
    result = analyse(text, date="2016-02-08", title="Canada : fin des frappes aériennes en Irak et en Syrie")
    [strikes] = of_type(result, "ASSAULT")
    assert countries(strikes["source"]) == ["CAN"]
    assert "SYR" not in countries(strikes["target"]) and len(strikes["target"]) == 1


def test_forces_mobilised_need_not_be_named():
    text = "Depuis trois jours, Daech mobilise d'importantes forces pour tenter de prendre enfin l'avantage dans la ville."
    [move] = of_type(analyse(text, date="2017-01-16", title="Syrie : l'armée en difficulté à Deir ez-Zor"), "MOBILIZE")
    assert span(text, move) == "mobilise"
    assert [a["mention"]["text"] for a in move["source"]] == ["Daech"]


def test_police_reinforcements_are_the_article_state_moving_its_forces():
    text = "Des renforts policiers ont d'ailleurs été prévus par crainte d’attaques similaires la semaine prochaine lors de Pessa'h, la Pâque juive."
    result = analyse(text, date="2017-04-02", title="Israël : un homme attaque trois personnes au couteau à Jérusalem")
    [move] = of_type(result, "MOBILIZE")
    assert span(text, move) == "renforts"
    assert countries(move["source"]) == ["ISR"] and move["source"][0]["via"] == "article country"
    assert move["modality"] == "future"


def test_the_counterpart_hung_on_another_complement_is_the_target():
    text = "Le nouveau président français s'est entretenu par téléphone avec la chancelière allemande, Angela Merkel."
    result = analyse(text, date="2017-05-07", title="Élection présidentielle française de 2017 : Emmanuel Macron élu président")
    [talk] = of_type(result, "CONSULT")
    assert span(text, talk) == "entretenu"
    assert (countries(talk["source"]), countries(talk["target"])) == (["FRA"], ["DEU"])


def test_the_city_an_agreement_is_named_after_is_no_party_to_it():
    text = ("La Chine, plus grand émetteur de CO 2 au monde, a ratifié ce matin l'accord de Paris sur le climat, "
            "conclu après les négociations de la COP21 en décembre 2015.")
    result = analyse(text, date="2016-09-03", title="La Chine et les Etats-Unis ratifient l'accord de Paris sur le climat")
    [ratified] = [e for e in of_type(result, "AGREE") if span(text, e) == "ratifié"]
    assert (countries(ratified["source"]), ratified["target"]) == (["CHN"], [])


def test_a_title_prefix_naming_a_city_gives_the_article_country():
    text = "Le second kamikaze de l’aéroport de Zaventem a été identifié comme étant Najim Laachraoui."
    result = analyse(text, date="2016-03-23", title="Attentats de Bruxelles : le second kamikaze a été identifié")
    [attack] = of_type(result, "ASSAULT")
    assert span(text, attack) == "kamikaze"
    assert countries(attack["target"]) == ["BEL"] and attack["target"][0]["via"] == "article country"
