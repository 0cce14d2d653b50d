"""Quotes: direct, mixed and indirect speech with speaker, verb, relay and date, on French news text.

The sentences are written in the style of the dev split of the Wikinews corpus (none comes from
the test split, which holds the quote gold). Every span is checked against the text it claims.
"""

from __future__ import annotations

import pytest

from veille.analyze import nlp, registry
from veille.analyze.context import Context
from veille.analyze.quotes_marks import scan

PIPELINE = ("sentences", "entities", "actors", "times", "quotes")


def analyse(text: str, date: str = "2022-02-21") -> list[dict]:
    doc = nlp.load()(text)
    ctx = Context(date=date, date_precision="day")
    for name in PIPELINE:
        ctx.results.update(registry.get(name).fn(doc, ctx))
    quotes = ctx.results["quotes"]
    for quote in quotes:
        for part in (quote, quote["speaker"], quote["verb"], quote["via"], quote["date"], *quote.get("parts", [])):
            if part:
                assert text[part["start"]:part["end"]] == part["text"]
    return quotes


def span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


# -- quotation marks, without the parser --------------------------------------------------------


def test_marks_nest_and_skip_inch_marks():
    text = 'Il aurait « crié "Allah Akbar" avant de tomber », selon X. Chrono : 19"78 pour « une course folle ».'
    found = scan(text)
    assert [text[q.start:q.end] for q in found] == ['« crié "Allah Akbar" avant de tomber »', "« une course folle »"]


def test_marks_follow_a_quote_reopened_in_each_paragraph():
    text = "Il a dit : « Premier paragraphe.\n\n« Second paragraphe. » Fin."
    (quote,) = scan(text)
    assert [text[s:e] for s, e in quote.pieces] == [" Premier paragraphe.", " Second paragraphe. "]
    assert text[quote.end - 1] == "»"


def test_marks_close_an_unfinished_quote_with_its_paragraph():
    text = "Il a dit : « rien de plus\n\nLe lendemain, la séance a repris."
    (quote,) = scan(text)
    assert text[quote.inner_start:quote.inner_end] == " rien de plus" and not quote.closed


# -- direct and mixed quotes ----------------------------------------------------------------------


def test_mixed_quote_with_inverted_speaker_and_relay():
    text = ("Le Kremlin a réuni le Conseil de sécurité lundi. Cette vidéoconférence \"durera autant de temps "
            "qu'il le faudra\", a prévenu Dmitri Peskov, le porte-parole du Kremlin, cité par l'agence TASS.")
    (quote,) = analyse(text)
    assert quote["kind"] == "mixed"
    assert (quote["start"], quote["end"]) == span(text, "Cette vidéoconférence \"durera autant de temps qu'il le faudra\"")
    assert quote["speaker"]["text"] == "Dmitri Peskov"
    assert quote["speaker"]["actor"]["country"] == "RUS"
    assert (quote["verb"]["text"], quote["verb"]["lemma"]) == ("prévenu", "prévenir")
    assert quote["via"]["text"] == "l'agence TASS"


def test_direct_quote_cut_by_an_incise_resolves_the_pronoun_and_the_date():
    text = ("Le président ukrainien Volodymyr Zelensky s'est adressé à la nation. "
            "« Nous ne reculerons pas, a-t-il déclaré lundi, car la situation est grave. »")
    (quote,) = analyse(text)
    assert quote["kind"] == "direct"
    assert quote["text"] == "Nous ne reculerons pas, a-t-il déclaré lundi, car la situation est grave."
    assert [p["text"] for p in quote["parts"]] == ["Nous ne reculerons pas", "car la situation est grave."]
    assert quote["speaker"]["text"] == "Volodymyr Zelensky"
    assert quote["speaker"]["mention"]["text"] == "-il"
    assert quote["verb"]["lemma"] == "déclarer"
    assert quote["date"]["text"] == "lundi" and quote["date"]["value"] == "2022-02-21"


def test_direct_quote_over_two_paragraphs_after_a_colon():
    text = ("Le maire de la ville, Jean Dupont, a déclaré devant le conseil municipal : « Nous avons reçu "
            "les premiers résultats de l'enquête. Ils sont préoccupants.\n\n« Nous allons fermer l'usine "
            "jusqu'à nouvel ordre. »")
    (quote,) = analyse(text)
    assert quote["kind"] == "direct"
    assert quote["text"].startswith("Nous avons reçu") and quote["text"].endswith("jusqu'à nouvel ordre.")
    assert [p["text"] for p in quote["parts"]] == [
        "Nous avons reçu les premiers résultats de l'enquête. Ils sont préoccupants.",
        "Nous allons fermer l'usine jusqu'à nouvel ordre.",
    ]
    assert quote["speaker"]["text"] == "Jean Dupont"
    assert quote["verb"]["lemma"] == "déclarer"


def test_quote_before_inverted_role_subject_names_the_apposed_person():
    text = ("« Si c'est ça, c'est une décision injuste pour tout le club », a réagi son entraîneur, "
            "Philippe Martin, après la rencontre.")
    (quote,) = analyse(text)
    assert quote["kind"] == "direct"
    assert quote["text"] == "Si c'est ça, c'est une décision injuste pour tout le club"
    assert quote["speaker"]["text"] == "Philippe Martin"
    assert quote["verb"]["lemma"] == "réagir"


def test_selon_introduces_a_direct_quote():
    text = ("Selon le président du comité d'organisation, Christophe Martin, « il y a eu un bug, rien de plus. "
            "Les résultats ont été corrigés dans la soirée ».")
    (quote,) = analyse(text)
    assert quote["kind"] == "direct"
    assert quote["text"] == "il y a eu un bug, rien de plus. Les résultats ont été corrigés dans la soirée"
    assert quote["speaker"]["text"] == "Christophe Martin"
    assert quote["verb"] is None


def test_short_quoted_fragment_in_reported_speech_is_a_mixed_quote():
    text = "Les causes de l'accident « restent encore à déterminer », selon la compagnie ferroviaire."
    (quote,) = analyse(text)
    assert quote["kind"] == "mixed"
    assert quote["text"] == "Les causes de l'accident « restent encore à déterminer »"
    assert quote["speaker"]["text"] == "la compagnie ferroviaire"


@pytest.mark.parametrize("text", [
    'Washington a fixé des "lignes rouges" au régime.',
    'La réunion s\'est tenue dans la "Situation Room" de la Maison-Blanche.',
    "Le marché reste « stable » malgré la crise.",
    "Les « Gilets jaunes » manifestent à nouveau à Paris.",
    "Le film « La Vie est belle » ressort en salles.",
])
def test_scare_quotes_names_and_titles_are_not_quotes(text):
    assert analyse(text) == []


# -- indirect speech ---------------------------------------------------------------------------


def test_indirect_speech_que_clause_with_date():
    text = "Le ministre des Affaires étrangères, Sergueï Lavrov, a affirmé mardi que la Russie ne cherchait pas la guerre."
    (quote,) = analyse(text)
    assert quote["kind"] == "indirect"
    assert quote["text"] == "la Russie ne cherchait pas la guerre"
    assert quote["speaker"]["text"] == "Sergueï Lavrov"
    assert (quote["verb"]["text"], quote["verb"]["lemma"]) == ("affirmé", "affirmer")
    assert quote["date"]["text"] == "mardi" and quote["date"]["value"] == "2022-02-15"


def test_selon_an_agency_is_speaker_and_relay():
    text = "Selon l'AFP, des colonnes de blindés ont franchi la frontière dans la nuit."
    (quote,) = analyse(text)
    assert quote["text"] == "des colonnes de blindés ont franchi la frontière dans la nuit"
    assert quote["speaker"]["text"] == "AFP"
    assert quote["via"]["text"] == "l'AFP"


def test_inverted_attribution_after_the_content():
    text = "Trois civils ont été tués dans le bombardement, a annoncé la police régionale."
    (quote,) = analyse(text)
    assert quote["kind"] == "indirect"
    assert quote["text"] == "Trois civils ont été tués dans le bombardement"
    assert quote["speaker"]["text"] == "la police régionale"
    assert quote["verb"]["lemma"] == "annoncer"


def test_announced_object_is_the_reported_content():
    text = "Le groupe Airbus a annoncé jeudi la suppression de 2 300 postes en Europe."
    (quote,) = analyse(text)
    assert quote["kind"] == "indirect"
    assert quote["text"] == "la suppression de 2 300 postes en Europe"
    assert quote["speaker"]["text"] == "Airbus"
    assert quote["date"]["text"] == "jeudi"


def test_agencies_relay_inverted_announcement():
    text = "Les troupes se sont retirées de la ville dans la matinée, ont annoncé les agences russes."
    (quote,) = analyse(text)
    assert quote["text"] == "Les troupes se sont retirées de la ville dans la matinée"
    assert quote["via"]["text"] == "les agences russes"


def test_role_noun_stands_for_the_person_named_beside_it_earlier():
    text = ("Le candidat de la droite, François Fillon, a tenu un meeting à Nantes. "
            "Le candidat a estimé que la campagne ne faisait que commencer.")
    (quote,) = analyse(text)
    assert quote["text"] == "la campagne ne faisait que commencer"
    assert quote["speaker"]["text"] == "François Fillon"
    assert quote["speaker"]["mention"]["text"] == "Le candidat"


def test_dialogue_dash_line_is_a_direct_quote_but_a_signature_is_not():
    text = ("Le ministre est arrivé en retard à la conférence de presse.\n\n"
            "— Nous n'avons rien à cacher, a-t-il lancé aux journalistes.\n\n"
            "— Barack Obama, président des États-Unis")
    (quote,) = analyse(text)
    assert quote["kind"] == "direct"
    assert quote["text"] == "Nous n'avons rien à cacher, a-t-il lancé aux journalistes."
    assert [p["text"] for p in quote["parts"]] == ["Nous n'avons rien à cacher"]
    assert quote["verb"]["lemma"] == "lancer"


# -- second pass: attribution across clauses, pronouns and role nouns (dev-split sentences) ------


def test_inverted_speaker_after_a_date_and_an_adjective():
    text = ("Ce nom appartient au ballon qui est « peut-être celui qui sera utilisé pour le premier match de la "
            "Coupe du monde », a déclaré le 20 mars le cosmonaute russe Oleg Artemiev lors de sa dernière "
            "conférence de presse avant le décollage.")
    (quote,) = analyse(text)
    assert (quote["start"], quote["end"]) == span(text, "Ce nom appartient au ballon qui est « peut-être celui qui sera utilisé pour le premier match de la Coupe du monde »")
    assert quote["kind"] == "mixed"
    assert quote["speaker"]["text"] == "Oleg Artemiev"
    assert quote["speaker"]["mention"]["text"] == "le cosmonaute"


def test_inverted_pronoun_skips_the_subject_inside_the_quote():
    text = ("« Je suis prêt à verser mon sang pour protéger la démocratie libre » a déclaré Bae Soo-rok, un soldat "
            "retraité de 58 ans. « La présidente Park est en train d'être sacrifiée par un tribunal fantôche », poursuit-il.")
    first, second = analyse(text)
    assert (second["start"], second["end"]) == span(text, "La présidente Park est en train d'être sacrifiée par un tribunal fantôche")
    assert first["speaker"]["text"] == second["speaker"]["text"] == "Bae Soo-rok"
    assert second["speaker"]["mention"]["text"] == "-il"
    assert second["verb"]["lemma"] == "poursuivre"


def test_pronoun_agrees_in_gender_with_the_person_it_stands_for():
    text = ("Le ministre Jean Dupont a reçu la chercheuse Marie Lambert lundi à Paris. "
            "« Nous avons beaucoup travaillé ensemble sur ce projet », a-t-elle déclaré à la presse.")
    (quote,) = analyse(text)
    assert quote["speaker"]["text"] == "Marie Lambert"


def test_gerund_speaks_for_the_subject_and_closes_the_quote_before_it():
    text = ("Le président du directoire de PSA, Philippe Varin, a précisé que « personne ne sera laissé au bord du "
            "chemin » an ajoutant : « nous sommes conscients de nos responsabilités au cœur du tissu industriel français ».")
    first, second = analyse(text)
    assert (first["start"], first["end"], first["kind"]) == (*span(text, "personne ne sera laissé au bord du chemin"), "direct")
    assert (second["start"], second["end"]) == span(text, "nous sommes conscients de nos responsabilités au cœur du tissu industriel français")
    assert first["speaker"]["text"] == second["speaker"]["text"] == "Philippe Varin"
    assert (first["verb"]["lemma"], second["verb"]["lemma"]) == ("préciser", "ajouter")


def test_tout_en_disant_speaks_for_the_main_subject():
    text = ("La coalition a annoncé avoir ouvert une enquête, tout en disant « [prendre] toutes les précautions "
            "raisonnables pour réduire le risque de toucher des civils ».")
    quotes = analyse(text)
    quote = next(q for q in quotes if q["verb"]["lemma"] == "dire")
    assert (quote["start"], quote["end"]) == span(text, "[prendre] toutes les précautions raisonnables pour réduire le risque de toucher des civils")
    assert quote["speaker"]["text"] == "La coalition"


def test_role_noun_without_a_name_beside_it_takes_the_earlier_subject():
    text = ("Guillaume Pepy, président de la SNCF, a annoncé sur France Inter aujourd'hui que la grève va beaucoup "
            "perturber la vie des Français.\n\nEn revanche, le PDG de la SNCF a annoncé que le « la solution "
            "alternative, maintenant, c'est le co-voiturage », avant de préciser que « la très bonne nouvelle, "
            "c'est que les sites de co-voiturage seront gratuits pendant la grève ».")
    quote = next(q for q in analyse(text) if q["text"].startswith("la très bonne"))
    assert quote["speaker"]["text"] == "Guillaume Pepy"
    assert quote["speaker"]["mention"]["text"] == "le PDG de la SNCF"


def test_colon_quote_without_verb_takes_the_subject_of_its_sentence():
    text = ("L'évêque Gervais Banshimiyubusa s'est de son côté étonné d'une telle demande ponctuant sa réponse de "
            "cette question quelque peu sarcastique : « Pourquoi ? Les réfugiés ont peur de rentrer ? »")
    (quote,) = analyse(text)
    assert (quote["start"], quote["end"]) == span(text, "Pourquoi ? Les réfugiés ont peur de rentrer ?")
    assert quote["speaker"]["text"] == "Gervais Banshimiyubusa"


def test_selon_phrase_runs_to_its_comma_or_sits_inside_the_clause():
    text = ("Selon un rapport établi par l'INSEE sur « Les revenus et le patrimoine des ménages », la crise économique "
            "et financière de 2009 a touché principalement les ménages français les plus désargentés, mais aussi les plus aisés.")
    (quote,) = analyse(text)
    assert (quote["start"], quote["end"], quote["kind"]) == (*span(text, "la crise économique et financière de 2009 a touché principalement les ménages français les plus désargentés, mais aussi les plus aisés"), "indirect")
    text = "Cette série de vérification policière est selon Deutsche Welle une mesure de rétorsion du régime envers la Belgique."
    (quote,) = analyse(text)
    assert (quote["start"], quote["end"]) == span(text, "Cette série de vérification policière est selon Deutsche Welle une mesure de rétorsion du régime envers la Belgique")
    assert quote["speaker"]["text"] == "Deutsche Welle"


def test_verbless_term_and_unnamed_polls_are_no_quotes():
    assert analyse("Jean-Pierre Coffe, animateur de radio et de télévision, célèbre pour ses « coups de gueule » et sa "
                   "lutte inlassable contre la « malbouffe », est mort dans la nuit du 28 au 29 mars 2016.") == []
    assert analyse("Environ 77% des citoyens étaient favorables à son départ définitif selon divers sondages.") == []


def test_standalone_quote_after_indirect_speech_keeps_its_speaker():
    text = ("Le ministre de l'Économie, Bruno Le Maire, a expliqué mardi que la réforme était nécessaire. "
            "« Nous n'avons pas le choix, il faut agir maintenant pour sauver le système. »")
    quote = next(q for q in analyse(text) if q["kind"] == "direct")
    assert (quote["start"], quote["end"]) == span(text, "Nous n'avons pas le choix, il faut agir maintenant pour sauver le système.")
    assert quote["speaker"]["text"] == "Bruno Le Maire"


def test_verb_with_its_own_content_does_not_sign_the_quote_before_it():
    text = ("Pour Jérémie Zimmermann, « Ce vote est une immense victoire ! » Le porte-parole du collectif la Quadrature "
            "du Net, se félicite notamment que « le texte a permis d'ouvrir un grand débat public ».\n\n"
            "Pour la principale association de promotion et la défense du logiciel libre, l'April : « Le vote "
            "d'aujourd'hui et le rejet d'ACTA constituent une formidable victoire pour les citoyens du monde entier. »")
    first, second, third = analyse(text)
    assert (first["start"], first["end"], first["kind"]) == (*span(text, "Ce vote est une immense victoire !"), "direct")
    assert first["verb"] is None and first["speaker"]["text"] == "Jérémie Zimmermann"
    assert second["verb"]["lemma"] == "se féliciter"
    assert (third["start"], third["end"]) == span(text, "Le vote d'aujourd'hui et le rejet d'ACTA constituent une formidable victoire pour les citoyens du monde entier.")
    assert third["speaker"]["text"] == "April"


def test_role_noun_repeats_an_earlier_unnamed_mention_and_plural_roles_stay_plural():
    text = ("Plusieurs statues représentant le candidat républicain Donald Trump ont été érigées à New York. Un porte-parole "
            "du collectif Indecline a expliqué au Washington Post que cette exposition sauvage a été inspirée par un conte "
            "d'Andersen. Le porte-parole explique également que le projet veut moquer la tendance des dirigeants à ériger des monuments.")
    second = analyse(text)[1]
    assert (second["start"], second["end"]) == span(text, "le projet veut moquer la tendance des dirigeants à ériger des monuments")
    assert second["speaker"]["text"] == "Un porte-parole du collectif Indecline"
    assert second["speaker"]["mention"]["text"] == "Le porte-parole"
    text = ("Le juge James Robart a émis une injonction qui bloque temporairement le décret présidentiel. Les avocats qui "
            "représentent Trump arguent que le président est dans son droit.")
    (quote,) = analyse(text)
    assert quote["speaker"]["text"] == "Les avocats" and "mention" not in quote["speaker"]


def test_role_noun_named_in_the_next_sentence():
    text = ("La gardienne de l'équipe américaine a qualifié ses adversaires de « bande de lâches » estimant que les "
            "« Suédoises n'ont rien essayé, n'ont pas pressé ». Hope Solo, poursuivant sa déclaration, en estime que "
            "les Suédoises ne « vont aller [pas] loin » dans la compétition.")
    quote = next(q for q in analyse(text) if "rien essayé" in q["text"])
    assert (quote["start"], quote["end"], quote["kind"]) == (*span(text, "les « Suédoises n'ont rien essayé, n'ont pas pressé »"), "mixed")
    assert quote["speaker"]["text"] == "Hope Solo"
    assert quote["speaker"]["mention"]["text"] == "La gardienne de l'équipe américaine"


def test_que_clause_stops_where_a_colon_opens_a_quote():
    text = ("Le physicien Thomas Hans Hansson précise que les lauréats sont récompensés pour la « beauté » de leurs "
            "travaux théoriques et les « implications profondes » qu'ils avaient pour la physique : « Cela a mené à "
            "des prévisions très surprenantes qui ont été vérifiées expérimentalement » explique Hans Hansson.")
    first, second = analyse(text)
    assert (first["start"], first["end"], first["kind"]) == (*span(text, "les lauréats sont récompensés pour la « beauté » de leurs travaux théoriques et les « implications profondes » qu'ils avaient pour la physique"), "mixed")
    assert first["speaker"]["text"] == "Thomas Hans Hansson"
    assert (second["start"], second["end"]) == span(text, "Cela a mené à des prévisions très surprenantes qui ont été vérifiées expérimentalement")


def test_impersonal_looking_il_of_a_reporting_verb_is_its_speaker():
    text = ("L'usine produira 200 millions de produits en 2013, explique Jean-Paul Agon, le président de L'Oréal. "
            "Il précise que la construction a nécessité « 100 millions d'euros » d'investissement.")
    quote = analyse(text)[1]
    assert quote["kind"] == "mixed" and quote["text"].startswith("la construction a nécessité « 100 millions d'euros »")
    assert quote["speaker"]["text"] == "Jean-Paul Agon"
    assert quote["verb"]["lemma"] == "préciser"


def test_reaffirmer_reports_speech():
    text = ("François Fillon estime être victime d'une enquête « exclusivement à charge ». "
            "Il a réaffirmé lundi qu'il irait au bout de sa campagne.")
    quote = next(q for q in analyse(text, "2017-03-15") if q["kind"] == "indirect")
    assert (quote["start"], quote["end"]) == span(text, "il irait au bout de sa campagne")
    assert quote["speaker"]["text"] == "François Fillon"
    assert quote["verb"]["lemma"] == "réaffirmer" and quote["date"]["text"] == "lundi"


# -- speakers in runs of quotes, spans the parse cuts -------------------------------------------


def test_pronoun_in_a_run_of_quotes_is_the_last_speaker_and_selon_lui_repeats_the_verb():
    text = ("Ces éléments ont poussé le candidat centriste, François Bayrou, à critiquer ce conflit d'intérêts, "
            "affirmant que « jamais un candidat n'a été ainsi sous l'influence des puissances d'argent ». "
            "Il a précédemment expliqué que, selon lui, « de très grandes sociétés se payent des hommes politiques ».")
    first, second = analyse(text, "2017-02-08")
    assert first["speaker"]["text"] == "François Bayrou" and first["verb"]["lemma"] == "affirmer"
    assert (second["start"], second["end"]) == span(text, "de très grandes sociétés se payent des hommes politiques")
    assert second["speaker"]["text"] == "François Bayrou" and second["speaker"]["mention"]["text"] == "Il"
    assert second["verb"]["lemma"] == "expliquer"


def test_a_name_in_the_complement_of_the_speaker_is_someone_else():
    text = ("La mère de Pascal Troadec a confirmé qu'un trésor d'or était la cause du drame. « Cette affaire "
            "terrifiante trouve son origine dans un trésor que mon mari avait caché », ajoute-t-elle.")
    indirect, direct = analyse(text, "2017-03-12")
    assert indirect["speaker"]["text"] == "La mère de Pascal Troadec"
    assert direct["speaker"]["text"] == "La mère de Pascal Troadec" and direct["speaker"]["mention"]["text"] == "-elle"


def test_quote_inside_the_clause_of_an_inverted_attribution_is_mixed():
    text = ("Il pourrait s'agir de « l'une des plus importantes tragédies en mer » depuis le début de la crise "
            "des migrants, a précisé M. Di Giacomo.")
    (quote,) = analyse(text, "2016-05-27")
    assert quote["kind"] == "mixed"
    assert (quote["start"], quote["end"]) == span(text, "Il pourrait s'agir de « l'une des plus importantes tragédies en mer » depuis le début de la crise des migrants")
    assert quote["speaker"]["text"].endswith("Di Giacomo") and quote["verb"]["lemma"] == "préciser"


def test_que_clause_read_off_the_text_when_the_parse_loses_it():
    text = ("La compagnie annonce aujourd'hui dans un communiqué qu'elle rembourserait les billets de ses clients "
            "« dans les plus brefs délais ». Les États-Unis ne confirment que la mort de 220 civils.")
    quotes = analyse(text, "2016-02-16")
    assert [(q["start"], q["end"], q["kind"]) for q in quotes] == [
        (*span(text, "elle rembourserait les billets de ses clients « dans les plus brefs délais »"), "mixed")]
    assert quotes[0]["verb"]["lemma"] == "annoncer"


def test_a_passage_read_in_a_document_is_the_document_s():
    text = ("« Le manque de disponibilité d'Internet dans le pays est constant en raison des filtres utilisés » "
            "peut-on lire dans le communiqué de Turkey Blocks.")
    (quote,) = analyse(text, "2017-04-29")
    assert "communiqué" in quote["speaker"]["text"]


def test_a_speaker_named_by_title_or_surname_gets_the_full_name():
    text = ("« Les survivants nous ont parlé d'une centaine de disparus » a déclaré Flavio Di Giacomo, porte-parole "
            "de l'OIM en Italie. Il pourrait s'agir de « l'une des plus importantes tragédies en mer », a précisé "
            "M. Di Giacomo.")
    first, second = analyse(text, "2016-05-27")
    assert first["speaker"]["text"] == second["speaker"]["text"] == "Flavio Di Giacomo"
    assert second["speaker"]["mention"]["text"] == "M. Di Giacomo"


def test_a_role_phrase_the_actors_extractor_resolves_gets_the_article_s_name():
    text = "Le président russe a déclaré lundi : « Nous ne reculerons pas ». Vladimir Poutine s'exprimait devant la Douma."
    (quote,) = analyse(text)
    assert quote["speaker"]["text"] == "Vladimir Poutine"
    assert quote["speaker"]["mention"]["text"] == "Le président russe"


# -- speakers across sentences (dev articles of the random.seed(49) tuning batch) -----------------


def test_a_participle_the_lemmatiser_left_alone_still_reports_after_its_auxiliary():
    text = ("Pour la première fois, des membres des Forces de Défense irlandaises ont assisté au rassemblement annuel "
            "dans leurs uniformes militaires, a rapporté le quotidien britannique The Independent. « Joyeuse Pride tout "
            "le monde ! Passez une belle journée à célébrer l'égalité, l'inclusivité et l'amour », a tweeté le ministre "
            "de la Santé Simon Harris.")
    quote = next(q for q in analyse(text, "2018-07-04") if q["kind"] == "direct")
    assert quote["verb"]["text"] == "tweeté" and quote["verb"]["lemma"] == "tweeter"
    assert quote["speaker"]["text"] == "Simon Harris"


def test_a_title_after_a_determiner_gives_way_to_the_name_beside_it():
    text = ("Le 19 juin, le Taoiseach irlandais Leo Varadkar, qui est le premier Taoiseach ouvertement gai du pays, "
            "s'est adressé au Dáil en disant : « Aujourd'hui, les gens auxquels je veux rendre un hommage spécial sont "
            "les héros inconnus, les milliers de personnes dont nous ne connaissons pas le nom ».")
    (quote,) = analyse(text, "2018-07-04")
    assert quote["speaker"]["text"] == "Leo Varadkar"


def test_a_gerund_after_an_inverted_attribution_speaks_through_its_speaker():
    text = ("Le Manchester Arena indique que l'incident a eu lieu dans un espace public en dehors du bâtiment.\n\n"
            "« Nous travaillons à établir tous les détails », a déclaré la première ministre britannique Theresa May, "
            "en ajoutant qu'il s'agissait d' « une attaque terroriste épouvantable ».")
    quotes = analyse(text, "2017-05-23")
    mixed = next(q for q in quotes if q["kind"] == "mixed")
    assert text[mixed["start"]:mixed["end"]].endswith("« une attaque terroriste épouvantable »")
    assert mixed["verb"]["lemma"] == "ajouter" and mixed["speaker"]["text"] == "Theresa May"


def test_a_detached_participle_does_not_hide_the_speaker_nor_a_name_later_in_the_sentence():
    text = ("Interrogé vendredi à Bordeaux, Alain Juppé, éliminé au deuxième tour de la primaire en novembre, a affirmé "
            "qu'il ne serait pas « une solution de repêchage » dans le cas où Fillon renoncerait à la présidentielle. "
            "« Non, c’est clairement non, certes, la polémique est préoccupante, mais cela ne change rien à ma "
            "décision. », a-t-il ajouté.")
    quotes = analyse(text, "2017-01-28")
    assert [q["kind"] for q in quotes] == ["mixed", "direct"]
    assert [q["speaker"]["text"] for q in quotes] == ["Alain Juppé", "Alain Juppé"]
    assert quotes[1]["speaker"]["mention"]["text"] == "-il"


def test_the_pronoun_after_a_selon_attribution_is_its_source():
    text = ("Si, en 2014, 51 % des Australiens étaient favorables au régime en vigueur, l'opinion pourrait évoluer "
            "lorsque le prince Charles montera sur le trône.\n\nSelon le Premier ministre d'Australie-Méridonale, Jay "
            "Weatherill, Elizabeth II devrait présider elle-même au changement de régime. « C'est quelque chose qu'elle "
            "pourrait faire, avec l'élégance et l'expertise dont elle a toujours fait preuve dans sa relation à "
            "l'Australie en tant que souverain » explique-t-il.")
    direct = next(q for q in analyse(text, "2016-02-02") if q["kind"] == "direct")
    assert direct["speaker"]["text"] == "Jay Weatherill" and direct["verb"]["lemma"] == "expliquer"


def test_pour_lui_before_a_quote_is_the_last_speaker():
    text = ("Il maintient cependant sa contestation, affirmant qu'il n'y avait « pas le moindre doute » sur l’emploi "
            "de sa femme. Il a aussi ajouté que « Ce travail est réel, je m’en expliquerai évidemment avec la justice » "
            "et que Penelope Fillon travaillait pour lui « depuis toujours ».\n\nPour lui, « on voit bien que, derrière "
            "ça, la vraie question c’est comment combattre celui qui a gagné la primaire de la droite et du centre ».")
    text = "L'ex-Premier ministre français François Fillon a assuré sur TF1 être prêt à renoncer à sa candidature.\n\n" + text
    last = analyse(text, "2017-01-28")[-1]
    assert last["text"].startswith("on voit bien que") and last["speaker"]["text"] == "François Fillon"
    assert last["speaker"]["mention"]["text"] == "lui"


def test_an_indefinite_subject_before_a_colon_is_a_new_source():
    text = ("« Les analyses balistiques et les renseignements recueillis sur place par nos sources juste après le drame "
            "indiquent que Jacquier a été tué d'un tir d'obus de mortier » indique le quotidien.\n\nGilles Jacquier "
            "serait donc victime de tirs des forces anti-régime. Un rapport de la Ligue arabe apporte la même "
            "conclusion : « Il faudrait noter que les rapports de la Mission de la Ligue arabe à Homs indiquent que le "
            "journaliste français a été tué à la suite des tirs de mortier par l’opposition ».")
    last = analyse(text, "2012-07-18")[-1]
    assert last["text"].startswith("Il faudrait noter") and "Ligue arabe" in last["speaker"]["text"]


def test_a_role_with_its_own_complement_is_not_a_person_of_another_office():
    text = ("Pour le journal Le Monde, ce blocage est « intolérable » et Louis Dreyfus, président du directoire du "
            "journal, estime qu' « en d'autres temps, on aurait appelé ça de la censure ».\n\nLors d'une interview sur "
            "la radio France Inter, ce jeudi matin, le secrétaire général de la CGT du livre affirme qu'il n'y a eu "
            "« ni exigence, ni diktat ». Par ailleurs, il estime que « la liberté de la presse et la démocratie doivent "
            "se faire dans les deux sens ».")
    quotes = {q["text"]: q["speaker"]["text"] for q in analyse(text, "2016-05-26") if q["speaker"]}
    assert quotes["en d'autres temps, on aurait appelé ça de la censure"] == "Louis Dreyfus"
    assert quotes["il n'y a eu « ni exigence, ni diktat »"] == "le secrétaire général de la CGT du livre"
    assert quotes["la liberté de la presse et la démocratie doivent se faire dans les deux sens"] == "le secrétaire général de la CGT du livre"


def test_a_role_of_the_same_organisation_is_the_person_named_with_it():
    text = ("Guillaume Pepy, président de la SNCF, a annoncé sur France Inter aujourd'hui que « la grève va beaucoup "
            "perturber la vie des Français, je le regrette ».\n\nEn revanche, le PDG de la SNCF a annoncé que « la "
            "solution alternative, maintenant, c'est le co-voiturage ».")
    quotes = analyse(text, "2018-03-30")
    assert [q["speaker"]["text"] for q in quotes] == ["Guillaume Pepy", "Guillaume Pepy"]


def test_a_name_in_apposition_to_his_relation_is_not_the_pronoun():
    text = ("Le journaliste et commentateur sportif Thierry Roland s'est éteint dans la nuit de vendredi à samedi. "
            "Commentateur mythique des matchs internationaux de football avec son complice de toujours, Jean-Michel "
            "Larqué, sa disparition a plongé le monde du sport dans une grande tristesse. Son franc-parler lors des "
            "matchs internationaux lui a valu quelques ennuis auprès des chaînes de télévision. Dès 1976, il fit parler "
            "de lui lors du match éliminatoire Bulgarie – France. Alors que l'arbitre avait généreusement accordé un "
            "penalty en toutes dernières minutes aux Bulgares, il avait alors lâché : « M. Foote, vous êtes un salaud ! »")
    (quote,) = analyse(text, "2012-06-16")
    assert quote["speaker"]["text"] == "Thierry Roland" and quote["verb"]["lemma"] == "lâcher"


def test_an_incise_between_auxiliary_and_participle_keeps_the_name_before():
    text = ("D'après le ministre du budget, Jérôme Cahuzac, « il y a bien une ardoise cachée que nous devons honorer » ; "
            "le ministre des finances, Pierre Moscovici, a pour sa part ajouté : « C'est d'une France affaiblie sur le plan "
            "économique dont nous héritons ».")
    quotes = analyse(text, "2012-07-04")
    assert [q["speaker"]["text"] for q in quotes] == ["Jérôme Cahuzac", "Pierre Moscovici"]
    assert quotes[1]["verb"]["text"] == "ajouté"


def test_an_infinitive_after_an_inverted_attribution_is_not_the_medium_s():
    text = ("Il consacre alors sa vie à la peinture. « Tout artiste a la Terre ou son imagination pour inspirer ses "
            "peintures », a-t-il expliqué en 1994 au New York Times, avant d'ajouter : « J'ai la Terre et mon imagination, "
            "et je suis le premier à avoir aussi la Lune ».")
    text = "Alan Bean a pris sa retraite en 1981, à l'âge de 49 ans. " + text
    quotes = analyse(text, "2018-06-01")
    assert [q["speaker"]["text"] for q in quotes] == ["Alan Bean", "Alan Bean"]
    assert quotes[1]["verb"]["lemma"] == "ajouter"


def test_a_paragraph_break_ends_the_sentence_a_pronoun_looks_back_into():
    text = ("Miguet, président du Rassemblement du contribuable français et homme d'affaires controversé, avait alors "
            "porté plainte contre Benoît Hamon pour « injure publique ». Hamon, qui a depuis remporté la primaire de la "
            "gauche, avait alors été mis en examen pour « injure publique » le 7 décembre 2016.\n\nMiguet, quant à lui, "
            "s'insurge et fait sans hésitation le parallèle avec les affaires concernant le FN et les Républicains. « Même "
            "si je n'ai pas la prétention d'être le nombril du monde, je note que, le concernant, la justice va moins vite "
            "que dans les dossiers qui concernent Marine Le Pen et François Fillon. Il y a une justice à deux vitesses », "
            "fustige-il.")
    direct = next(q for q in analyse(text, "2017-03-12") if q["kind"] == "direct")
    assert direct["speaker"]["text"] == "Miguet" and direct["speaker"]["mention"]["text"] == "-il"


def test_a_name_tagged_as_an_organisation_after_a_role_noun_is_a_person():
    text = ("L'entraineur Patrice Canayer espère que la performance du jour fera émerger un nouveau leadership.\n\n"
            "L'entraineur parisien, Staffan Olsson, juge que le résultat d'aujourd'hui doit servir de réveil au PSG. « La "
            "plus grande différence était en terme d'attitude, en attaque et en défense » a-t-il expliqué. Interrogé sur "
            "les nombreux buts encaissés par Thierry Omeyer, il explique qu'au-delà du gardien, « la défense n'était pas "
            "si bonne ».")
    quotes = [q for q in analyse(text, "2016-03-13") if q["kind"] != "indirect"]
    assert [q["speaker"]["text"] for q in quotes] == ["Staffan Olsson", "Staffan Olsson"]


def test_a_pronoun_skips_something_just_brought_in_for_the_person_named():
    text = ("Publiée au début du mois de janvier 2016, la vidéo de Khaled Freak n'est restée que faiblement visionnée "
            "jusqu'à ce qu'un site de rap la relaye en février dernier. « J'ai reçu beaucoup d'encouragements à continuer "
            "et je compte bien le faire », dit-il selon Francetv info.")
    (quote,) = analyse(text, "2016-06-12")
    assert quote["speaker"]["text"] == "Khaled Freak"


def test_a_verb_tagged_as_a_noun_after_a_closing_mark_reports():
    text = ("Les agresseurs ont été interpellés à Lyon. « Ces actes d'une extrême violence sont inadmissibles », juge le "
            "ministère de l'Intérieur.")
    (quote,) = analyse(text, "2012-07-05")
    assert quote["verb"]["text"] == "juge" and quote["verb"]["lemma"] == "juger"
    assert quote["speaker"]["text"] == "ministère de l'Intérieur"


def test_a_name_hung_on_the_medium_after_the_verb_is_the_speaker():
    text = ("« Les résultats sont alarmants. On observe deux à trois fois plus de tumeurs », a expliqué à l'AFP "
            "Gilles-Éric Séralini, professeur à l'université de Caen.")
    (quote,) = analyse(text, "2012-09-21")
    assert quote["speaker"]["text"] == "Gilles-Éric Séralini"


def test_a_finite_verb_read_as_a_modifier_speaks_through_its_noun_phrase():
    text = ("Une source proche du dossier ajoute à Presse Océan que « [certaines] traces ont été sommairement essuyées ». "
            "Le Parisien précise que les draps étaient tachés.")
    quotes = analyse(text, "2017-02-08")
    assert quotes[0]["speaker"]["text"].startswith("Une source") and quotes[0]["verb"]["lemma"] == "ajouter"


def test_comme_le_rappelle_x_attributes_the_quote_after_it():
    text = ("L'ONG a demandé au Conseil de sécurité d'adopter une résolution, bien que, comme le rappelle HRW, « la Russie "
            "et la Chine ont précédemment bloqué les efforts du Conseil de sécurité ».")
    direct = next(q for q in analyse(text, "2012-07-03") if q["kind"] == "direct")
    assert direct["speaker"]["text"] == "HRW" and direct["verb"]["lemma"] == "rappeler"


def test_an_initial_does_not_end_the_clause_a_source_phrase_qualifies():
    text = ("Selon le texte, A. Coulibaly doit « proposer un nouveau gouvernement dans les meilleurs délais ». La "
            "nomination survient après celle de son prédécesseur.")
    (quote,) = analyse(text, "2017-01-11")
    assert quote["kind"] == "mixed" and quote["text"].startswith("A. Coulibaly doit «")
    assert quote["speaker"]["text"] == "le texte"  # the clause's subject is no apposition of the source


def test_a_name_after_par_is_an_agent_not_an_inverted_subject():
    text = ("Nathalie Kosciusko-Morizet avait été sortie de la direction du parti d'opposition en décembre dernier, "
            "accusée par Nicolas Sarkozy de prendre trop souvent des positions divergentes.")
    (quote,) = analyse(text, "2016-03-08")
    assert quote["text"] == "de prendre trop souvent des positions divergentes"
    assert quote["speaker"]["text"] == "Nicolas Sarkozy"


def test_the_agent_after_a_passage_a_participle_of_speech_governs_said_it():
    text = ("Les Troadec sont décrits comme « des gens réservés, [qui] étaient là depuis au moins 10 ans, des gens qui ne "
            "se mélangeaient pas » par une voisine, qui a ajouté qu'ils étaient discrets.")
    quotes = analyse(text, "2017-02-08")
    assert [q["speaker"]["text"] for q in quotes] == ["une voisine", "une voisine"]
    text = ("Qualifié de journal qui « s'est couché » par le directeur de Libération, Laurent Joffrin, L'Humanité s'est "
            "défendu en précisant que le journal publiait « bien volontiers » cette tribune.")
    first = analyse(text, "2016-05-26")[0]
    assert first["text"] == "s'est couché" and first["speaker"]["text"] == "Laurent Joffrin"
    # a classification is nobody's words
    assert analyse("Le VX est d'ailleurs classé comme « arme de destruction massive » par les Nations unies.") == []


def test_a_passage_running_straight_into_an_attributed_one_shares_its_speaker():
    text = ("Sept autres personnes ont également été blessées.\n\n« J'ai vu et entendu une horde d'élèves courir dans la "
            "rue. J'ai vu des élèves sauter ». « C'était la panique totale », ont confié des témoins.")
    quotes = analyse(text, "2017-03-17")
    assert [q["text"][:10] for q in quotes] == ["J'ai vu et", "C'était la"]
    assert [q["speaker"]["text"] for q in quotes] == ["des témoins", "des témoins"]


# -- speakers across sentences (dev articles of the random.seed(51) tuning batch) -----------------


def test_an_object_clitic_before_an_inverted_verb_does_not_hide_its_subject():
    text = ("« C'est la grande bourgeoisie qui s'exprime quand je vous vois », lui avait dit Christian Jacob, président "
            "du groupe UMP à l'Assemblée nationale, avant de poursuivre « Vous êtes une héritière, qui vivez dans votre "
            "château de Saint-Cloud ».")
    quotes = analyse(text, "2012-07-06")
    assert [q["text"][:12] for q in quotes] == ["C'est la gra", "Vous êtes un"]
    assert [q["speaker"]["text"] for q in quotes] == ["Christian Jacob", "Christian Jacob"]
    assert quotes[0]["verb"]["lemma"] == "dire"


def test_a_subject_after_tout_comme_keeps_its_name_not_its_apposition_s():
    text = ("Jean-Luc Mélenchon, le candidat du Front de gauche à l'élection présidentielle avait appelé Marine Le Pen « la "
            "bourgeoise du château de Montretout », en référence à la propriété familiale dans les Hauts-de-Seine. Tout "
            "comme Nadine Morano, ex-députée UMP, l'avait appelé la « châtelaine de Montretout ».")
    quote = next(q for q in analyse(text, "2012-07-06") if q["text"] == "châtelaine de Montretout")
    assert quote["speaker"]["text"] == "Nadine Morano"


def test_a_pronoun_the_parse_calls_impersonal_still_carries_the_speaker():
    text = ("Dans les colonnes du Times, l'ancien leader frontiste Jean-Marie Le Pen décrit sa fille, Marine Le Pen, comme "
            "« petite-bourgeoise ». « Je suis un homme du peuple. Je viens d'une famille de paysans et de pêcheurs », "
            "explique-t-il. Il renchérit que le succès de la « dédiabolisation » du Front national est du fait que Marine "
            "Le Pen « est une femme ».\n\n« Mon image de diable s'est méthodiquement et avec ténacité imposée dans le "
            "monde politique français. Ma réputation d'antisémite a été créée artificiellement », indique-t-il.")
    quote = next(q for q in analyse(text, "2012-07-06") if q["text"].startswith("Mon image"))
    assert quote["speaker"]["text"] == "Jean-Marie Le Pen" and quote["speaker"]["mention"]["text"] == "-il"


def test_a_bare_office_is_not_someone_the_article_gives_another_office():
    text = ("Le Premier ministre Bernard Cazeneuve a, dès mercredi, acté la création d'un tribunal de grande instance et "
            "d’un centre pénitentiaire à Saint-Laurent-du-Maroni, deuxième ville du département.\n\nEn matière de police, "
            "le préfet a annoncé depuis lundi le renfort de 25 policiers et de 23 gendarmes ainsi que la fidélisation "
            "d’un escadron de gendarmes mobiles à Cayenne.")
    quote = next(q for q in analyse(text, "2017-04-02") if q["verb"]["lemma"] == "annoncer")
    assert quote["text"].startswith("le renfort de 25 policiers") and quote["speaker"]["text"] == "le préfet"


def test_elle_after_a_source_of_its_gender_is_that_source():
    text = ("« Il n’est pas confirmé qu’il s’agit d’un attentat terroriste », selon une source proche de l’enquête. Les "
            "premières explications du suspect « n’avaient aucun sens », précise-t-elle, tandis qu'une autre source a "
            "suggéré que des chefs d’inculpation larges avaient été choisis par précaution.")
    quotes = analyse(text, "2017-03-25")
    mixed = next(q for q in quotes if q["kind"] == "mixed")
    assert mixed["text"] == "Les premières explications du suspect « n’avaient aucun sens »"
    assert mixed["speaker"]["text"] == "une source proche de l’enquête" and mixed["speaker"]["mention"]["text"] == "-elle"


def test_a_name_right_after_a_generic_noun_is_the_speaker_even_when_the_parse_drops_it():
    text = ("Elle était connue pour ses interviews incisives, surtout par « sa prise de bec avec María Dolores de Cospedal, "
            "secrétaire générale du PP », écrit notamment le quotidien El Punt Avui.")
    (quote,) = analyse(text, "2012-08-07")
    assert quote["kind"] == "mixed" and quote["speaker"]["text"] == "El Punt Avui"


def test_an_apposition_to_a_source_is_not_its_content_and_trouver_la_mort_reports_nothing():
    text = ("Ses funérailles ont eu lieu le 29 août. D'après un communiqué de presse de Amaq, l'agence de presse de "
            "l'organisation terroriste, il aurait trouvé la mort « en supervisant les opérations destinées à repousser "
            "les campagnes militaires contre Alep » lors d'une inspection de ses troupes.")
    (quote,) = analyse(text, "2016-08-31")
    assert quote["kind"] == "mixed" and quote["text"].startswith("il aurait trouvé la mort « en supervisant")
    assert quote["speaker"]["text"] == "un communiqué de presse de Amaq" and quote["verb"] is None


def test_pour_sa_part_and_pour_with_an_infinitive_are_no_sources():
    text = ("L’hebdomadaire souligne surtout que la loi aurait pu permettre d'enterrer un certain nombre d'affaires de "
            "corruption. Mediapart y voit pour sa part une « vraie prime à la fraude financière ».")
    assert all(q["speaker"]["text"] != "sa part" for q in analyse(text, "2017-02-17"))
    text = ("Le code ColorADD, conçu par le graphiste portugais Miguel Neiva après huit ans de recherches, est basé sur la "
            "représentation des couleurs par des symboles. Pour construire ce code, le graphiste s'est basé sur le "
            "raisonnement suivant : « Dans les écoles, on donne aux enfants cinq tubes de gouache : les trois couleurs "
            "primaires, le noir et le blanc, qui permettent d'obtenir toutes les nuances. Je suis parti de là, en "
            "associant à chacune de ces couleurs un symbole ».")
    (quote,) = analyse(text, "2012-06-22")
    assert quote["speaker"]["text"] == "Miguel Neiva" and quote["speaker"]["mention"]["text"] == "le graphiste"


def test_pour_a_named_role_keeps_its_name_not_the_one_in_its_apposition():
    text = ("Pour le député Yann Galut, soutien de Benoît Hamon à la primaire, le « candidat Valls s'est trompé d'agenda. "
            "Il se croit le 1 er avril en annonçant la suppression du 49-3 dont il a tant abusé »")
    (quote,) = analyse(text, "2016-12-17")
    assert quote["speaker"]["text"] == "Yann Galut"


def test_a_long_unattributed_passage_in_mid_sentence_goes_on_with_its_paragraph_s_speaker():
    text = ("D'après le communiqué du ministère de l'Intérieur, « Les identités des deux agresseurs sont connues grâce à "
            "l'action en gare de la police ferroviaire ». L'agression a été particulièrement violente, « seule "
            "l'intervention d'un passager et des contrôleurs de la SNCF a pu mettre un terme aux violences », et le "
            "jeune, qui a déposé plainte dans la nuit, souffre d'une interruption temporaire de travail de huit jours.")
    quotes = analyse(text, "2012-07-05")
    assert [q["text"][:12] for q in quotes] == ["Les identité", "seule l'inte"]
    assert [q["speaker"]["text"] for q in quotes] == ["le communiqué du ministère de l'Intérieur"] * 2


def test_a_verb_right_after_an_opening_mark_is_no_inverted_attribution():
    text = ("Le ministre de la justice Jean-Jacques Urvoas, à l'origine de la proposition, récuse pour sa part toute "
            "volonté de « défendre la délinquance en col blanc » mais veut « assurer la lisibilité juridique » pour le "
            "monde des affaires.")
    quotes = analyse(text, "2017-02-17")
    assert quotes and all(q["speaker"]["text"] == "Jean-Jacques Urvoas" for q in quotes)


def test_a_role_s_name_at_the_end_of_its_long_phrase_is_the_speaker():
    text = ("L'ancien candidat à la primaire de la droite et du centre Alain Juppé a annoncé lundi matin qu'il ne serait "
            "pas un « plan B » pour la candidature de la droite à la présidentielle dans le cas où François Fillon "
            "jetterait l'éponge.")
    (quote,) = analyse(text, "2017-03-11")
    assert quote["speaker"]["text"] == "Alain Juppé" and quote["speaker"]["mention"]["text"] == "L'ancien candidat"
    text = ("Le président élu Donald Trump a annoncé hier soir que l'opérateur de téléphonie mobile Sprint et le fabricant "
            "de satellites OneWeb, filiales de la firme japonaise SoftBank, allaient relocaliser 8 000 emplois aux États-Unis.")
    (quote,) = analyse(text, "2016-12-29")
    assert quote["speaker"]["text"] == "Donald Trump"
    # the complement's own name is someone else
    text = "L'avocat de Donald Trump a annoncé hier soir que son client ferait appel de la décision."
    (quote,) = analyse(text, "2016-12-29")
    assert quote["speaker"]["text"] != "Donald Trump"


def test_a_medium_s_name_after_its_noun_and_adjective_is_the_speaker():
    text = ("Pour la première fois, des membres des Forces de Défense irlandaises ont assisté au rassemblement annuel dans "
            "leurs uniformes militaires, a rapporté le quotidien britannique The Independent.")
    (quote,) = analyse(text, "2018-07-04")
    assert quote["speaker"]["text"] == "The Independent"


def test_an_organisation_between_commas_after_a_source_noun_speaks():
    text = ("Le Parquet fédéral annonce que des hackers ont volé près de 3 millions d'euros par le truchement de banques "
            "électroniques. Selon la fédération des banques, Febelfin, « le montant est plutôt de 700 000 euros ».")
    quote = next(q for q in analyse(text, "2012-06-26") if "700 000" in q["text"])
    assert quote["kind"] == "direct" and quote["text"] == "le montant est plutôt de 700 000 euros"
    assert quote["speaker"]["text"] == "Febelfin"


# -- seed-52 dev batch (pronoun speakers) -------------------------------------------------------


def test_a_causative_faire_opens_an_inverted_attribution():
    text = ("Toutefois, les textes de l’UA impliquent le respect par chaque membres de la souveraineté des autres États, "
            "fait remarquer Mohamed Salem Ould Salek, le ministre des affaires étrangères de la RASD. « Concrètement, le "
            "Maroc a accepté sans conditions les principes et les objectifs contenus dans l’acte constitutif, et c’est pour "
            "cela que nous avons accepté qu’il intègre l’UA. » a-t-il déclaré.")
    indirect, direct = analyse(text, "2017-01-31")
    assert indirect["kind"] == "indirect" and text[indirect["start"]:indirect["end"]].endswith(
        "les textes de l’UA impliquent le respect par chaque membres de la souveraineté des autres États")
    assert indirect["verb"]["lemma"] == "remarquer"
    assert text[direct["start"]:direct["end"]].startswith("Concrètement, le Maroc a accepté")
    assert [q["speaker"]["text"] for q in (indirect, direct)] == ["Mohamed Salem Ould Salek"] * 2


def test_an_incise_between_commas_inside_the_verb_group_keeps_the_subject():
    text = ("L'une des rares voix discordantes au Parlement cependant, Iouri Sineltchikov, a, quant à lui, dénoncé ce projet "
            "de loi en insistant sur le fait que « les traditions russes ne reposent pas sur l’éducation des femmes par le "
            "fouet comme certains essaient de nous en convaincre ».")
    quote = next(q for q in analyse(text, "2017-01-27") if q["kind"] == "direct")
    assert text[quote["start"]:quote["end"]] == ("les traditions russes ne reposent pas sur l’éducation des femmes par le "
                                                "fouet comme certains essaient de nous en convaincre")
    assert quote["speaker"]["text"] == "Iouri Sineltchikov"


def test_a_name_described_by_a_role_of_an_organisation_speaks_not_the_organisation():
    # (the parse runs the sentence before on across the paragraph break and makes the name its object)
    text = ("« Pour l'heure, nous étudions les principales théories de cet accident d'avion à Rostov-sur-le-Don : une "
            "erreur de pilotage liée à la dégradation des conditions météo ou une erreur technique », a déclaré une "
            "représentante du comité russe d'investigation, Oksana Kovrijnaïa. "
            "Elle précise également que de puissantes rafales de vent balayaient la région de Rostov au moment du drame.\n\n"
            "Ghaith al Ghaith, le PDG de la compagnie Flydubai, a annoncé qu'il était trop tôt pour déterminer les causes de "
            "l'accident : « Nous aurons des informations sur les circonstances de l'accident et la boîte noire », a-t-il "
            "déclaré lors d'une conférence de presse.")
    quotes = analyse(text, "2016-03-20")
    indirect = next(q for q in quotes if q["text"].startswith("il était trop tôt"))
    direct = next(q for q in quotes if q["text"].startswith("Nous aurons"))
    assert text[indirect["start"]:indirect["end"]] == "il était trop tôt pour déterminer les causes de l'accident"
    assert text[direct["start"]:direct["end"]] == "Nous aurons des informations sur les circonstances de l'accident et la boîte noire"
    assert indirect["speaker"]["text"] == direct["speaker"]["text"] == "Ghaith al Ghaith"


def test_the_pronoun_after_a_selon_source_is_that_source():
    text = ("« Les opérations de secours se poursuivent et de nombreuses personnes se trouvent encore sous les gravats » a "
            "déclaré Anurag Gupta, responsable de l’autorité nationale de gestion des catastrophes.\n\nSelon un ouvrier du "
            "chantier, des boulons se sont mis à sortir des poutres en cours d'installation peu avant l'incident. « Nous "
            "étions en train de coller deux poutres métalliques pour les piliers, mais les poutres ne supportaient pas le "
            "poids du ciment » a-t-il déclaré.")
    quote = next(q for q in analyse(text, "2016-03-31") if q["text"].startswith("Nous étions"))
    assert text[quote["start"]:quote["end"]] == ("Nous étions en train de coller deux poutres métalliques pour les piliers, "
                                                "mais les poutres ne supportaient pas le poids du ciment")
    assert quote["speaker"]["text"] == "un ouvrier du chantier" and quote["speaker"]["mention"]["text"] == "-il"


def test_l_universitaire_is_the_professor_named_before():
    text = ("« Les résultats sont alarmants. On observe par exemple deux à trois fois plus de mortalité chez les femelles "
            "traitées », a expliqué à l'AFP Gilles-Éric Séralini, professeur à l'université de Caen, qui a chapeauté "
            "l'étude.\n\n« Les résultats révèlent des mortalités bien plus rapides et plus fortes au cours de la "
            "consommation de chacun des deux produits », résume l'universitaire.")
    quote = next(q for q in analyse(text, "2012-09-21") if q["text"].startswith("Les résultats révèlent"))
    assert text[quote["start"]:quote["end"]] == ("Les résultats révèlent des mortalités bien plus rapides et plus fortes au "
                                                "cours de la consommation de chacun des deux produits")
    assert quote["speaker"]["text"] == "Gilles-Éric Séralini" and quote["speaker"]["mention"]["text"] == "l'universitaire"


def test_a_plural_pronoun_is_no_singular_speaker():
    text = ("La première version du texte mettait même en avant la « préservation des valeurs traditionnelles familiales », "
            "appelant à s’écarter des « valeurs occidentales ».\n\nCette décision a provoqué la colère des féministes ainsi "
            "que des défenseurs des droits de l'homme. Pour eux, « le pouvoir veut faire trois pas en arrière en "
            "dépénalisant complètement la violence et en retirant aux victimes leur seul mécanisme de protection ».")
    quote = next(q for q in analyse(text, "2017-01-27") if q["text"].startswith("le pouvoir"))
    assert text[quote["start"]:quote["end"]] == ("le pouvoir veut faire trois pas en arrière en dépénalisant complètement "
                                                "la violence et en retirant aux victimes leur seul mécanisme de protection")
    assert "féministes" in quote["speaker"]["text"] and quote["speaker"]["mention"]["text"] == "eux"


def test_a_quote_after_a_channel_s_qualification_is_the_channel_s():
    text = ("La télévision d'État syrienne a immédiatement qualifié les frappes d' « agression », en évoquant des "
            "« pertes », sans en préciser la nature. « Cette agression américaine vient après la campagne médiatique de "
            "dénigrement menée par des pays (...) après ce qui s'est passé à Khan Cheikhoun »\n\nPlus tôt dans la journée, "
            "la Russie avait mis en garde les États-Unis.")
    quote = next(q for q in analyse(text, "2017-04-07") if q["kind"] == "direct")
    assert text[quote["start"]:quote["end"]] == ("Cette agression américaine vient après la campagne médiatique de "
                                                "dénigrement menée par des pays (...) après ce qui s'est passé à Khan Cheikhoun")
    assert quote["speaker"]["text"] == "La télévision d'État syrienne"


def test_a_participle_describing_a_study_attributes_no_speech():
    text = ("Selon une étude publiée par la Monthly Notices of the Royal Astronomical Society, François Hammer, astrophysicien "
            "de l'Observatoire de Paris, et son équipe franco-chinoise sont parvenus à cette conclusion en traitant environ "
            "un téraoctet de données. « Il y a 5 ou 6 ans, une telle découverte aurait été impossible. En 2010, nous avions "
            "tenté de publier une étude sur le sujet, mais avec 100 fois moins d'éléments ! »")
    quote = next(q for q in analyse(text, "2018-02-19") if q["kind"] == "direct")
    assert text[quote["start"]:quote["end"]].startswith("Il y a 5 ou 6 ans, une telle découverte aurait été impossible.")
    assert quote["speaker"] is None or "Monthly" not in quote["speaker"]["text"]


# -- seed-53 dev batch (speakers named in another sentence) ------------------------------------


def test_a_role_tagged_as_an_adjective_is_the_inverted_subject_and_an_apposed_role_makes_a_person():
    text = ("En effet, depuis le Printemps arabe et la chute du régime Moubarak, c’est l’armée qui contrôle le pays. « Les "
            "militaires ne doivent plus jouer de rôle politique, ils doivent renouer avec leur fonction de base qui est de "
            "protéger le pays », affirme un jeune manifestant, Abdel Nasser. « Tous ces retards dans la publications des "
            "résultats, cela pose beaucoup de questions », ajoute Hassan, un autre manifestant. « Moi, dit-il, j’ai "
            "l’impression que le conseil militaire est en train de se servir de la constitution, afin d‘éviter de rendre "
            "le pouvoir ».")
    quotes = [q for q in analyse(text, "2012-06-23") if q["kind"] == "direct"]
    assert [text[q["start"]:q["end"]][:24] for q in quotes] == ["Les militaires ne doiven", "Tous ces retards dans la",
                                                                 "Moi, dit-il, j’ai l’impr"]
    assert [q["speaker"]["text"] for q in quotes] == ["Abdel Nasser", "Hassan", "Hassan"]
    assert quotes[0]["speaker"]["mention"]["text"] == "un jeune manifestant"


def test_a_time_after_pour_is_no_source_and_an_initial_opens_a_pour_source():
    text = ("Mais pour Obama, « le problème est que tout le monde connaît déjà sa stratégie » : « Lors de la première "
            "période, il augmente les impôts de près de 2 000 dollars en moyenne sur les foyers avec enfants, pour pouvoir "
            "donner des cadeaux fiscaux massifs aux multimillionnaires » dénonce le Président-candidat. Et pour la "
            "dernière période, « il veut une apothéose : mettre fin à Medicare et le remplacer par un système de coupons » "
            "qui plafonneraient les dépenses. Pour B. Obama, avec un tel coach, les Américains « ne gagneront pas la "
            "saison ».")
    text = "C'est dans l'Ohio que Barack Obama s'adresse à la foule pour démonter la stratégie Romney. " + text
    quotes = analyse(text, "2012-09-04")
    apotheose = next(q for q in quotes if "apothéose" in q["text"])
    saison = next(q for q in quotes if "saison" in q["text"])
    assert text[apotheose["start"]:apotheose["end"]] == ("il veut une apothéose : mettre fin à Medicare et le remplacer "
                                                         "par un système de coupons")
    assert "ne gagneront pas la saison" in text[saison["start"]:saison["end"]]
    assert "Obama" in apotheose["speaker"]["text"] and saison["speaker"]["text"] == "Barack Obama"


def test_an_initial_and_a_surname_is_the_name_given_in_full():
    text = ("Des poils trouvés en Sibérie appartiendraient au mythique yéti avec une probabilité de 60 à 70 %, indique une "
            "analyse de l'ADN effectuée en Russie et aux États-Unis, a annoncé à l'agence RIA Novosti Valentine Sapounov, "
            "de l'Université d'État d'hydrométéorologie de Russie.\n\n« Dans le domaine scientifique, rien ne peut être sûr "
            "à 100 %. Mais nous pouvons confirmer à 95 % que les traces découvertes dans la grotte d'Azass appartiennent au "
            "yéti » a indiqué V. Sapounov.")
    quote = next(q for q in analyse(text, "2012-10-31") if q["kind"] == "direct")
    assert text[quote["start"]:quote["end"]].startswith("Dans le domaine scientifique, rien ne peut être sûr à 100 %.")
    assert quote["speaker"]["text"] == "Valentine Sapounov" and quote["speaker"]["mention"]["text"] == "V. Sapounov"


def test_pour_and_a_pronoun_with_its_relative_clause_is_a_source():
    text = ("Marie-Amélie Le Fur a décroché hier soir la deuxième d'or de la délégation française aux Jeux paralympiques de "
            "Rio à l'épreuve du saut en longueur. Amputée de son avant-jambe gauche, Le Fur à battu le record du monde lors "
            "de son premier saut (5,75 mètres) avant de le dépasser à nouveau : elle saute deux fois à 5,83 mètres. Pour "
            "elle, qui avait obtenu l'argent à Pékin en 2008 et le bronze quatre ans plus tard à Londres, sa médaille « a "
            "le goût du plaisir et de la satisfaction après tant d'années de travail. »")
    (quote,) = analyse(text, "2016-09-10")
    assert text[quote["start"]:quote["end"]] == "a le goût du plaisir et de la satisfaction après tant d'années de travail."
    assert quote["speaker"]["text"] == "Marie-Amélie Le Fur"


def test_pour_and_a_noun_without_determiner_is_a_charge_not_a_source():
    text = ("L'ex-président français Nicolas Sarkozy été placé en garde à vue mardi à Nanterre par les policiers de l'Office "
            "central de lutte contre la corruption. Il est visé par une enquête pour détournements de fonds publics, "
            "corruption et « financement illégal de campagne électorale ».")
    assert analyse(text, "2018-03-20") == []


def test_a_name_described_by_two_conjoined_roles_is_the_subject_the_parse_lost():
    from veille.analyze.quotes_frames import verb_frames

    # (the parse runs the first sentence on across the paragraph break, making the name its object)
    text = ("19 mars 2017. – L’avocat Robert Bourgi a bien réglé les deux costumes Arnys de François Fillon, le candidat LR à la "
            "présidentielle française.\n\nRobert Bourgi, pilier des réseaux de la « Françafrique » et ami de longue date de "
            "François Fillon, a reconnu auprès de l’Agence France-Presse avoir acheté pour 13 000 euros de vêtements à "
            "Fillon, confirmant les révélations du « Monde ».")
    doc = nlp.load()(text)
    frame = next(f for f in verb_frames(doc) if f.lemma == "reconnaître")
    assert frame.speaker is not None and frame.speaker.idx == text.index("Robert Bourgi, pilier")


def test_relater_reports_speech():
    text = ("L'intéressé en a profité pour formellement démentir toute accolade dans la salle de commandement au soir du 1er "
            "mai. « Il l'a salué comme toutes les personnes présentes », a relaté le chef de cabinet.")
    quote = next(q for q in analyse(text, "2018-07-30") if q["kind"] == "direct")
    assert text[quote["start"]:quote["end"]] == "Il l'a salué comme toutes les personnes présentes"
    assert quote["verb"]["lemma"] == "relater" and quote["speaker"]["text"] == "le chef de cabinet"


# -- seed-54 dev batch (pronoun speakers, second draw) ------------------------------------------


def test_a_verb_joined_to_one_inside_a_quote_takes_the_subject_outside():
    text = ("François Fillon, cependant, refuse de se « [laisser] abattre » par ces accusations et annonce vouloir se battre "
            "« jusqu'au bout » face aux « forces » qui « sont à l’œuvre pour (le) faire taire ».")
    quote = next(q for q in analyse(text, "2017-01-31") if "jusqu'au bout" in q["text"])
    assert quote["kind"] == "mixed" and text[quote["start"]:quote["end"]].startswith("vouloir se battre « jusqu'au bout »")
    assert quote["speaker"]["text"] == "François Fillon" and quote["verb"]["lemma"] == "annoncer"


def test_faire_savoir_reports_speech():
    text = ("Toutes les stations ont été fermées jusqu'à nouvel ordre. Aucune revendication n'a été donnée, mais "
            "l’organisation État islamique a déjà fait savoir qu'elle souhaitait frapper le pays en raison de son soutien "
            "aux forces de Bachar al-Assad en Syrie depuis 2015.")
    (quote,) = analyse(text, "2017-04-03")
    assert text[quote["start"]:quote["end"]] == ("elle souhaitait frapper le pays en raison de son soutien aux forces de "
                                                "Bachar al-Assad en Syrie depuis 2015")
    assert quote["verb"]["lemma"] == "faire savoir" and quote["speaker"]["text"] == "État islamique"


def test_a_name_between_commas_after_a_role_is_a_person_even_tagged_as_a_place():
    text = ("L’ancien porte-parole de la mission onusienne en Syrie, Timor Goksel, aujourd’hui professeur à l’université "
            "américaine de Beyrouth, a indiqué que les exécutions sommaires ne sont pas inhabituelles au Moyen-Orient. "
            "Toutefois, si il s'avérait que celles d’hier aient bien eu lieu, elles seraient particulièrement cavalières, "
            "dit-il.")
    text = ("Rami Abd al-Rahman a fait état de l’exécution, jeudi, par les rebelles, de 28 soldats gouvernementaux lors des "
            "combats ayant abouti à la prise de Saraqeb.\n\n" + text)
    quotes = analyse(text, "2012-11-02")
    first = next(q for q in quotes if q["text"].startswith("les exécutions sommaires"))
    second = next(q for q in quotes if q["text"].startswith("Toutefois"))
    assert text[first["start"]:first["end"]] == "les exécutions sommaires ne sont pas inhabituelles au Moyen-Orient"
    assert text[second["start"]:second["end"]] == ("Toutefois, si il s'avérait que celles d’hier aient bien eu lieu, elles "
                                                  "seraient particulièrement cavalières")
    assert first["speaker"]["text"] == second["speaker"]["text"] == "Timor Goksel"


def test_a_role_mentioned_before_without_a_name_goes_back_to_the_name():
    text = ("Hier mardi, le chef du gouvernement français, M. Ayrault, sur le point d’investir son nouveau gouvernement "
            "(Ayrault 2), a prononcé un discours devant l’Assemblée nationale nouvellement constituée. Cette assemblée, dont "
            "la majorité socialiste a de nombreuses fois acclamé le nouveau premier ministre, écouta un discours reprenant "
            "les principaux points du programme de campagne de François Hollande.\n\nCependant, l’ex-maire de Nantes dût "
            "faire face à une opposition très mécontente, qui, à la fin du discours de J-M Ayrault, a quitté la salle assez "
            "rapidement. Mais le premier ministre, malgré cette division politique, avait clairement affirmé qu’il ne "
            "baissera pas les bras : « […] non, nous ne renoncerons pas ! ».")
    quote = next(q for q in analyse(text, "2012-07-04") if q["kind"] == "direct")
    assert text[quote["start"]:quote["end"]] == "[…] non, nous ne renoncerons pas !"
    assert "Ayrault" in quote["speaker"]["text"] and quote["speaker"]["mention"]["text"].endswith("le premier ministre")


def test_after_selon_a_news_agency_the_subject_of_the_verb_speaks():
    text = ("Mais l’ancien porte-parole de la mission onusienne en Syrie fait remarquer que les combattants dans les conflits "
            "peuvent agir de manière débridée.\n\nSelon l’AFP, le Conseil national syrien, principale coalition de "
            "l’opposition, a appelé à ce que les rebelles qui commettent ces exécutions en soient tenus responsables.")
    quote = next(q for q in analyse(text, "2012-11-02") if "rebelles" in q["text"])
    assert text[quote["start"]:quote["end"]] == "les rebelles qui commettent ces exécutions en soient tenus responsables"
    assert quote["speaker"]["text"] == "Conseil national syrien" and quote["verb"]["lemma"] == "appeler"


# -- seed-55 dev batch (speakers named in another sentence, second draw) -----------------------


def test_a_verb_and_a_colon_opening_a_quote_win_over_the_next_sentence():
    text = ("Surpris par la politique linguistique du président José Ramón Bauzà, il déclara : « Il est évident que je ne "
            "pensais pas que le PP pût prendre une décision comme celle-ci concernant la langue. » Le PP a considéré "
            "qu'Antoni Pastor avait commis une faute très grave justifiant ainsi sa décision.")
    text = ("Le Parti populaire espagnol a exclu, hier, à l'unanimité, Antoni Pastor, député-maire de Manacor. Il fut déjà "
            "exclu de son groupe parlementaire ces jours-là et déclara alors : « Quand on affronte une situation limite, il "
            "faut savoir quel est le scénario limite. » " + text)
    quote = next(q for q in analyse(text, "2012-08-22") if q["text"].startswith("Il est évident"))
    assert quote["kind"] == "direct" and text[quote["start"]:quote["end"]] == (
        "Il est évident que je ne pensais pas que le PP pût prendre une décision comme celle-ci concernant la langue.")
    assert quote["speaker"]["text"] == "Antoni Pastor" and quote["verb"]["lemma"] == "déclarer"


def test_c_est_ce_qu_a_annonce_x_attributes_the_sentence_before():
    text = ("Le Gouvernement régional de la Vallée d'Aoste a décidé de prendre directement en main la gestion du Plan de "
            "développement de l'aéroport régional Conrad Gex d'Aoste afin de « revoir les objectifs stratégiques permettant "
            "de valoriser les investissements réalisés et sa vocation touristique ». C'est ce qu'a annoncé aujourd'hui le "
            "président de la Région Auguste Rollandin, soulignant que « l'objectif est de compléter la structure et de la "
            "rendre efficace ».")
    first, second = analyse(text, "2016-04-03")
    assert first["kind"] == "mixed" and text[first["start"]:first["end"]] == text[:text.index(" C'est ce")].rstrip(".")
    assert first["speaker"]["text"] == "Auguste Rollandin" and first["verb"]["lemma"] == "annoncer"
    assert second["speaker"]["text"] == "Auguste Rollandin"


def test_eux_de_ajouter_speaks_for_the_two_people_named_before():
    text = ("Même si le recruteur présumé de leur fils a déjà été placé en détention, Thierry et Véronique Roy rapportent que "
            "« d'autres recruteurs-rabatteurs-endoctrineurs sévissent » toujours dans le quartier de Rougemont.\n\nEux "
            "d'ajouter à destination de Stéphane Gatignon que « votre statut [...] aurait dû vous imposer le dépôt d'une "
            "plainte auprès du procureur de la République contre ces mouvances radicales extrémistes qui veulent nous "
            "soumettre ».")
    quote = next(q for q in analyse(text, "2016-03-08") if q["text"].startswith("votre statut"))
    assert text[quote["start"]:quote["end"]] == ("votre statut [...] aurait dû vous imposer le dépôt d'une plainte auprès du "
                                                "procureur de la République contre ces mouvances radicales extrémistes qui "
                                                "veulent nous soumettre")
    assert "Thierry" in quote["speaker"]["text"] and quote["speaker"]["mention"]["text"] == "Eux"


def test_quoted_words_are_no_antecedent_of_a_plural_pronoun():
    text = ("« Nous, les parents, n'en pouvons plus de voir partir nos jeunes radicalisés, dont l'avenir se résume à la mort "
            "certaine dans des conditions effroyables », écrivent les parents de Quentin Roy, jeune homme de 23 ans tué en "
            "Syrie, dans cette lettre qu’ils ont transmise lundi dernier à l’Agence France Presse. Elle s’adresse, « au nom "
            "de tous les parents » de Sevran, aux maires de France mais surtout à Stéphane Gatignon, maire (UDE) de cette "
            "commune du département de Seine-Saint-Denis.\n\nLe couple y déplore l’ « immobilisme » du premier magistrat "
            "de la ville face à la montée en force de la radicalisation des jeunes dans certains quartiers. Jusqu’à ce "
            "jour, pas moins de six jeunes Sevranais ont en effet déjà perdu la vie en Syrie et en Irak, indiquent-ils.")
    quote = next(q for q in analyse(text, "2016-03-08") if q["text"].startswith("Jusqu’à ce jour"))
    assert text[quote["start"]:quote["end"]] == ("Jusqu’à ce jour, pas moins de six jeunes Sevranais ont en effet déjà "
                                                "perdu la vie en Syrie et en Irak")
    assert "tous les parents" not in quote["speaker"]["text"]
