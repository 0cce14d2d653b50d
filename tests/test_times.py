"""Time expressions: spans, TIMEX3 values, honest intervals, anchoring, tense, dating, storage.

Sentences are written in the style of the corpus's dev articles (Wikinews, agency copy); the
seed article is the real one of ../shared/corpus/seed_format/ with its true day from index.tsv.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veille.analyze import dating, nlp, registry
from veille.analyze.context import Context
from veille.analyze.times import extract_times
from veille.analyze.timex import grammar
from veille.analyze.timex import semantics as sem


@pytest.fixture(scope="module")
def model():
    return nlp.load()


def times_of(model, text: str, date: str | None = "2021-12-08", precision: str = "day") -> list[dict]:
    if date is None:
        precision = "none"
    found = extract_times(model(text), Context(date=date, date_precision=precision))["times"]
    for t in found:
        assert text[t["start"]:t["end"]] == t["text"]
    return found


def by_text(found: list[dict]) -> dict[str, dict]:
    return {t["text"]: t for t in found}


def test_absolute_french_dates(model):
    text = ("Le sommet s'est tenu le 7 décembre 2021 à Bruxelles. Le décret du 07/12/2021 entre en vigueur "
            "le 1er mai. Les travaux reprendront mi-juin, avant une livraison début 2022, vingt ans après "
            "la crise de la fin des années 1990.")
    found = by_text(times_of(model, text))
    assert found["le 7 décembre 2021"]["value"] == "2021-12-07"
    assert found["le 7 décembre 2021"]["anchor"] is None
    assert found["07/12/2021"]["value"] == "2021-12-07"
    assert found["le 1er mai"]["value"] == "2022-05-01"  # "entre en vigueur": present, nearest 1 May
    assert (found["mi-juin"]["value"], found["mi-juin"]["mod"]) == ("2022-06", "MID")
    assert (found["mi-juin"]["earliest"], found["mi-juin"]["latest"]) == ("2022-06-11", "2022-06-20")
    assert (found["début 2022"]["value"], found["début 2022"]["mod"]) == ("2022", "START")
    assert (found["début 2022"]["earliest"], found["début 2022"]["latest"]) == ("2022-01-01", "2022-05-01")  # first third
    late_90s = found["la fin des années 1990"]
    assert (late_90s["value"], late_90s["mod"], late_90s["latest"]) == ("199", "END", "1999-12-31")


def test_dateline_and_relative_expressions(model):
    text = ("8 décembre 2021. – Le Premier ministre a démissionné hier, deux jours après le vote d'avant-hier. "
            "La semaine dernière, il avait promis des réformes. Il y a trois ans, il était déjà contesté. "
            "Les exportations, en hausse depuis 2014, ont reculé l'an dernier et encore ce mois-ci.")
    found = by_text(times_of(model, text))
    assert found["8 décembre 2021"]["value"] == "2021-12-08"
    assert (found["hier"]["value"], found["hier"]["anchor"]) == ("2021-12-07", "document")
    assert found["avant-hier"]["value"] == "2021-12-06"
    assert found["La semaine dernière"]["value"] == "2021-W48"
    assert (found["La semaine dernière"]["earliest"], found["La semaine dernière"]["latest"]) == ("2021-11-29", "2021-12-05")
    assert found["Il y a trois ans"]["value"] == "2018"
    assert found["2014"]["value"] == "2014"
    assert found["l'an dernier"]["value"] == "2020"
    assert found["ce mois-ci"]["value"] == "2021-12"


def test_tense_decides_the_weekday(model):
    # 2021-12-08 is a Wednesday.
    text = ("Le ministre a assuré lundi que le conseil se réunira jeudi. "
            "La commission va se prononcer mardi prochain, après le vote de vendredi dernier.")
    found = by_text(times_of(model, text))
    assert found["lundi"]["value"] == "2021-12-06"
    assert found["jeudi"]["value"] == "2021-12-09"
    assert found["mardi prochain"]["value"] == "2021-12-14"
    assert found["vendredi dernier"]["value"] == "2021-12-03"


def test_month_precision_gives_an_honest_interval(model):
    found = times_of(model, "Le ministre de l'Intérieur a démissionné mardi.", date="2021-12", precision="month")
    tuesday = found[0]
    # The article may be any day of December 2021: the Tuesday before it lies between these.
    assert (tuesday["earliest"], tuesday["latest"]) == ("2021-11-30", "2021-12-28")
    assert tuesday["value"] == "2021-1X-XX"  # nothing more is known
    for bound in (tuesday["earliest"], tuesday["latest"]):
        assert dt.date.fromisoformat(bound).isoweekday() == 2


def test_narrative_anchoring(model):
    text = ("Le 3 mars 2018, un attentat a frappé la capitale. La veille, la police avait reçu des menaces. "
            "Deux jours plus tard, un suspect a été arrêté, et le lendemain matin il a été inculpé.")
    found = times_of(model, text)
    values = {t["text"]: (t["value"], t["anchor"]) for t in found}
    assert values["Le 3 mars 2018"] == ("2018-03-03", None)
    assert values["La veille"] == ("2018-03-02", "time:0")
    assert values["Deux jours plus tard"] == ("2018-03-05", "time:0")
    assert values["le lendemain matin"][0] == "2018-03-06TMO"


def test_parts_of_day_and_clock_times(model):
    text = ("Mardi soir, les manifestants se sont dispersés en fin d'après-midi. L'explosion a eu lieu "
            "vers 15H00 GMT, et le président parlera à 15h30 heure de Paris.")
    found = by_text(times_of(model, text))
    assert (found["Mardi soir"]["type"], found["Mardi soir"]["value"]) == ("TIME", "2021-12-07TEV")
    assert (found["Mardi soir"]["earliest"], found["Mardi soir"]["latest"]) == ("2021-12-07T18:00", "2021-12-07T23:59")
    late = found["fin d'après-midi"]
    assert (late["type"], late["mod"]) == ("TIME", "END")
    gmt = found["vers 15H00 GMT"]
    assert (gmt["value"], gmt["mod"], gmt["earliest"]) == ("2021-12-08T15:00Z", "APPROX", "2021-12-08T15:00Z")
    assert found["15h30 heure de Paris"]["value"] == "2021-12-08T15:30+01:00"  # winter time


def test_durations_and_sets(model):
    text = ("Les négociations ont duré pendant deux heures. Le pays est en guerre depuis huit ans et "
            "le conseil se réunit chaque mardi, deux fois par mois, pendant plus de trois ans.")
    found = by_text(times_of(model, text))
    assert (found["deux heures"]["type"], found["deux heures"]["value"]) == ("DURATION", "PT2H")
    assert found["huit ans"]["value"] == "P8Y"
    assert found["deux heures"]["earliest"] is None
    assert (found["chaque mardi"]["type"], found["chaque mardi"]["value"]) == ("SET", "XXXX-WXX-2")
    assert found["deux fois par mois"]["value"] == "P1M"
    assert (found["plus de trois ans"]["value"], found["plus de trois ans"]["mod"]) == ("P3Y", "MORE_THAN")


@pytest.mark.parametrize("text", [
    "Le séisme a fait 13.000 morts selon le bilan officiel.",
    "Le Boeing 737 de la compagnie s'est posé sans encombre.",
    "L'équipe s'est imposée 2 à 1 face à Lyon.",
    "La 2014e édition du tournoi a été annulée.",
    "Un homme de 45 ans a été interpellé, ainsi que Jean Dupont, 38 ans.",
    "Le chanteur est mort à 88 ans dans sa maison de Genève.",
    "Entre 2000 et 3000 manifestants ont défilé.",
    "La sonde doit atteindre Mars dans sa trajectoire actuelle.",
])
def test_no_false_alarms(model, text):
    assert times_of(model, text) == []


def test_apposed_day_names_make_one_expression(model):
    found = by_text(times_of(model, "Le Parlement a voté hier mardi, et la nuit de lundi à mardi a été agitée."))
    assert found["hier mardi"]["value"] == "2021-12-07"
    assert found["la nuit de lundi à mardi"]["value"] == "2021-12-06TNI"


def test_seed_article_against_its_true_day(model, seed_dir):
    index = {row.split("\t")[0]: row.split("\t") for row in (seed_dir / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    true_day = index["001.txt"][2]
    lines = (seed_dir / "001.txt").read_text(encoding="utf-8")
    body = lines.split(" date 2012-06 ", 1)[1]
    month = by_text(times_of(model, body, date="2012-06", precision="month"))
    exact = by_text(times_of(model, body, date=true_day))
    friday = "ce vendredi"  # "se sont rassemblées ce vendredi": the Friday before 2012-06-23
    assert exact[friday]["value"] == "2012-06-22"
    assert month[friday]["earliest"] <= exact[friday]["value"] <= month[friday]["latest"]
    assert month[friday]["value"] == "2012-06-XX"


def test_undated_article_is_dated_and_times_anchored_on_the_estimate(model):
    text = ("Le Parlement a adopté le 14 mars 2017 la loi sur le renseignement. "
            "Le lendemain, l'opposition a saisi le Conseil constitutionnel, qui rendra sa décision mardi.")
    result = registry.run_all(model(text), Context(date=None, date_precision="none"))
    estimate = result["date_estimate"]
    assert (estimate["value"], estimate["basis"], estimate["earliest"], estimate["latest"]) == ("2017-03-14", "day", "2017-03-14", "2017-03-21")
    assert estimate["evidence"][0]["text"] == "le 14 mars 2017"
    found = by_text(result["times"])
    assert found["Le lendemain"]["value"] == "2017-03-15"
    assert found["mardi"]["anchor"] == "estimate"


def test_dateline_dates_an_undated_article(model):
    text = "26 juillet 2016, Cracovie. – Le pape est arrivé hier soir en Pologne."
    result = extract_times(model(text), Context())
    assert result["date_estimate"]["value"] == "2016-07-26"
    assert result["date_estimate"]["basis"] == "dateline"
    assert by_text(result["times"])["hier soir"]["value"] == "2016-07-25TEV"


def test_dated_article_has_no_estimate(model):
    assert extract_times(model("Il est arrivé hier."), Context(date="2021-12-08", date_precision="day"))["date_estimate"] is None


def test_times_and_estimate_are_stored_and_shown_as_estimated(tmp_path):
    from rich.console import Console

    from veille.jobs import ingest
    from veille.query.documents import get_document
    from veille.render import describe_date, show_document
    from veille.store import Store

    article = tmp_path / "undated.txt"
    article.write_text("3 mai 2017. – Le président a été élu dimanche, après une campagne de six mois.\n", encoding="utf-8")
    store = Store(str(tmp_path / "t.duckdb"))
    ingest([str(article)], store)
    with store.reading() as con:
        doc_id = con.execute("SELECT id FROM documents").fetchone()[0]
    doc = get_document(store, doc_id)
    assert doc["date"] is None
    assert doc["date_estimate"]["value"] == "2017-05-03" and doc["date_estimate"]["basis"] == "dateline"
    values = {t["text"]: t["value"] for t in doc["times"]}
    assert values == {"3 mai 2017": "2017-05-03", "dimanche": "2017-04-30", "six mois": "P6M"}
    assert describe_date(doc).startswith("ESTIMATED 2017-05-03")
    console = Console(record=True, width=160)
    show_document(console, doc)
    assert "ESTIMATED" in console.export_text()


def estimate_of(model, text: str) -> dict:
    result = registry.run_all(model(text), Context(date=None, date_precision="none"))
    for evidence in result["date_estimate"]["evidence"]:
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    return result["date_estimate"]


def test_the_text_can_say_its_own_day(model):
    # wn-fr-kp-44940 (2012-08-17), dateline cut: "hier, jeudi 16 août 2012" was written the 17th.
    text = ("Rafael Correa, président de la république équatorienne, a décidé hier, jeudi 16 août 2012, "
            "d'accorder l'asile politique, au fondateur de WikiLeaks Julian Assange.")
    estimate = estimate_of(model, text)
    assert (estimate["value"], estimate["earliest"], estimate["latest"]) == ("2012-08-17", "2012-08-17", "2012-08-17")
    assert (estimate["basis"], estimate["evidence"][0]["text"]) == ("stated_day", "hier, jeudi 16 août 2012")


def test_weekday_and_date_choose_the_year(model):
    # wn-fr-2017-01-14-002: Friday 13 January is a Friday in 2006, 2012, 2017 and 2023; no year is
    # named, so the corpus years break the tie (2017), and "hier" puts the writing on the 14th.
    text = "L'astronaute français Thomas Pesquet a réalisé hier, vendredi 13 janvier, sa première sortie dans l'espace."
    estimate = estimate_of(model, text)
    assert (estimate["value"], estimate["basis"]) == ("2017-01-14", "stated_day")


def test_a_full_date_outweighs_the_years_of_history(model):
    # The lead of wn-fr-2017-01-25-004 with its year, then background years further on.
    text = ("Le Conseil constitutionnel français a implicitement reconnu, mardi 24 janvier 2017, non conforme "
            "à la loi la pratique des procureurs de la République requérant des contrôles d'identité « au faciès ». "
            "Les textes de loi qui lui étaient soumis datent de 1993 et de 2011, et avaient été modifiés "
            "en 2012 puis en 2014.")
    estimate = estimate_of(model, text)
    assert (estimate["value"], estimate["basis"]) == ("2017-01-24", "day")
    assert (estimate["earliest"], estimate["latest"]) == ("2017-01-24", "2017-01-31")


def test_a_day_said_past_only_bounds_the_article(model):
    # wn-fr-2016-07-30-002's lead, with the weekday added: "le mardi 24 mai dernier" is some time
    # before the article (a Tuesday in 2011, 2016 and 2022: the corpus years break the tie).
    text = ("Béatrice Négrier, vice-présidente de la région Occitanie et maire de Plaissan, dans l'Hérault, "
            "a été condamnée le mardi 24 mai dernier pour abus de confiance.")
    estimate = estimate_of(model, text)
    assert (estimate["value"], estimate["basis"]) == ("2016-05-24", "day_before")
    assert (estimate["earliest"], estimate["latest"]) == ("2016-05-25", "2016-09-21")


def test_office_holders_vote_by_how_the_text_names_them():
    obama = ((dt.date(2009, 1, 20), dt.date(2017, 1, 20)),)
    in_office = dating.Term(obama, "office")
    former = dating.Term(obama, "former")
    # "mercredi 9 novembre": a Wednesday in 2011 and 2016 (and 2005, 2022); named in office, the
    # president makes 2016 likelier than 2022; named as former, he makes 2022 likelier.
    wednesday = sem.PartialDate(11, 9, 3)
    assert dating._year_likelihood(2016, [], [wednesday], [in_office]) > dating._year_likelihood(2022, [], [wednesday], [in_office])
    assert dating._year_likelihood(2022, [], [wednesday], [former]) > dating._year_likelihood(2016, [], [wednesday], [former])


def test_named_as_reads_the_words_before_the_name():
    text = "Le président américain Barack Obama a reçu l'ancien Premier ministre Manuel Valls et Angela Merkel."
    entity = lambda name: {"start": text.index(name), "end": text.index(name) + len(name)}
    assert dating._named_as(text, entity("Barack Obama")) == "office"
    assert dating._named_as(text, entity("Manuel Valls")) == "former"
    assert dating._named_as(text, entity("Angela Merkel")) == "name"
    # The office in apposition before "M." (a dev article of 2012).
    text = "Hier mardi, le chef du gouvernement français, M. Ayrault, a prononcé un discours, puis l'ancien président, M. Sarkozy."
    assert dating._named_as(text, entity("Ayrault")) == "office"
    assert dating._named_as(text, entity("Sarkozy")) == "former"


def test_a_leap_day_needs_a_leap_year():
    leap_day = sem.PartialDate(2, 29)
    assert dating._falls_on(leap_day, 2016) and not dating._falls_on(leap_day, 2017)


def test_dated_article_keeps_its_date_and_times(model):
    text = ("Rafael Correa, président de la république équatorienne, a décidé hier, jeudi 16 août 2012, "
            "d'accorder l'asile politique, au fondateur de WikiLeaks Julian Assange.")
    result = extract_times(model(text), Context(date="2012-08-17", date_precision="day"))
    assert result["date_estimate"] is None
    assert [(t["text"], t["value"], t["anchor"]) for t in result["times"]] == [("hier, jeudi 16 août 2012", "2012-08-16", "document")]


def test_a_dated_event_gives_year_and_month(model):
    # wn-fr-2016-08-09-005 (2016-08-09): no date at all, but the Rio Games are named.
    text = ("La judoka Rafaela Silva, qui a grandi dans une favela de Rio, a remporté le titre olympique en "
            "judo - de 57 kg et offre au Brésil une première médaille d'or pour cette olympiade.")
    estimate = estimate_of(model, text)
    assert (estimate["value"], estimate["basis"], estimate["evidence"][0]["text"]) == ("2016-08", "event", "Rio")
    assert (estimate["earliest"], estimate["latest"]) == ("2016-08-05", "2016-08-28")


def test_a_day_told_ahead_dates_the_month_before_it(model):
    # wn-fr-2018-02-23-001's lead: only a day ahead ("lancera ... le 17 avril") in 2018, the year
    # before the European elections of 2019 and in Emmanuel Macron's term.
    text = ("Initiative phare de son ambition pour « relancer l'Europe » avant les élections européennes de 2019, "
            "Emmanuel Macron lancera les « consultations citoyennes » le 17 avril, jour où il s'exprimera devant "
            "le Parlement européen, pour débattre de l'avenir de l'Europe à Strasbourg, a indiqué ce vendredi l'Élysée.")
    estimate = estimate_of(model, text)
    assert (estimate["value"], estimate["basis"], estimate["evidence"][0]["text"]) == ("2018-04", "day_ahead", "le 17 avril")
    assert (estimate["earliest"], estimate["latest"]) == ("2018-03-17", "2018-04-17")


def test_en_before_a_year_marks_history():
    def where(text: str) -> str:
        candidate = grammar.find(text)[0]
        return dating._where(text, dating.Clue(candidate, candidate.meaning, 0))

    assert where("La députée a été élue en 2015.") == "past"
    assert where("Le bilan 2015 de la délinquance a été publié.") == "lead"


def test_a_first_of_the_month_whose_er_came_apart(model):
    # HTML "1<sup>er</sup> février" stripped of its tags (a dev article: "survenue le 1 er février").
    text = ("Plusieurs semaines après la mort d'Étienne Tshisekedi, survenue le 1 er février, l'inquiétude monte. "
            "Les comptes du 1 er semestre 2017 seront publiés en juillet.")
    found = by_text(times_of(model, text, date="2017-02-22"))
    assert found["le 1 er février"]["value"] == "2017-02-01"
    assert found["1 er semestre 2017"]["value"] == "2017-H1"
