"""Actors: registry, linking, roles by date, metonymy, coreference, NER repair, store and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.actors import registry
from veille.actors.linker import link
from veille.analyze import nlp
from veille.analyze.actors import extract_actors
from veille.analyze.context import Context
from veille.analyze.entities import extract_entities

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def analyse(text: str, date: str | None = None, title: str | None = None) -> dict:
    doc = nlp.load()(text)
    ctx = Context(date=date, title=title)
    ctx.results.update(extract_entities(doc, ctx))
    out = extract_actors(doc, ctx)
    for m in out["actor_mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    for e in out["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    return out


def mention(out: dict, text: str, nth: int = 0) -> dict:
    found = [m for m in out["actor_mentions"] if m["text"] == text]
    assert len(found) > nth, f"no mention {text!r} in {[m['text'] for m in out['actor_mentions']]}"
    return found[nth]


def test_role_resolves_against_the_article_date():
    text = "Le président américain a promis de nouvelles sanctions contre la Russie."
    assert mention(analyse(text, "2017-03-06"), "président américain")["actor"]["name"] == "Donald Trump"
    assert mention(analyse(text, "2021-12-03"), "président américain")["actor"]["name"] == "Joe Biden"
    # No date: no office holder is guessed, the role stays a person of that country.
    undated = mention(analyse(text), "président américain")["actor"]
    assert undated["country"] == "USA" and undated["kind"] == "person" and undated["id"].startswith("local:")


def test_head_of_the_kremlin_and_former_president():
    out = analyse("Le chef du Kremlin a reçu l'ancien président français à Moscou.", "2016-05-10")
    assert mention(out, "chef du Kremlin")["actor"]["id"] == "person:vladimir-putin"
    former = mention(out, "président français")["actor"]
    assert former["country"] == "FRA" and former["name"] != "François Hollande"


def test_capitals_act_as_governments_and_stay_places_as_places():
    out = analyse("Moscou reproche à Washington son soutien à Kiev. Le ministre est arrivé à Moscou mardi, "
                  "puis il est reparti vers Pékin.", "2016-04-02")
    assert mention(out, "Moscou")["actor"]["id"] == "gov:RUS"
    assert mention(out, "Moscou")["via"] == "metonymy"
    assert mention(out, "Washington")["actor"]["id"] == "gov:USA"
    assert mention(out, "Moscou", 1)["actor"]["kind"] == "location"
    assert mention(out, "Moscou", 1)["actor"]["country"] == "RUS"
    assert mention(out, "Pékin")["actor"]["kind"] == "location"
    places = analyse("Les diplomates en poste à La Havane ont été rappelés. L'ancien secrétaire général est mort "
                     "à New York, puis ses cendres ont été portées à Genève.", "2017-10-01")
    assert [mention(places, t)["actor"]["kind"] for t in ("La Havane", "New York", "Genève")] == ["location"] * 3
    assert mention(places, "La Havane")["actor"]["country"] == "CUB"


def test_seats_of_power_and_brussels_by_context():
    out = analyse("Le Kremlin dément, tandis que la Maison Blanche se tait.", "2017-01-10")
    assert mention(out, "Kremlin")["actor"]["id"] == "gov:RUS"
    assert mention(out, "Maison Blanche")["actor"]["id"] == "gov:USA"
    eu = analyse("Bruxelles a proposé aux États membres de l'Union européenne un nouveau plan.", "2016-03-01")
    assert mention(eu, "Bruxelles")["actor"]["country"] == "EU"
    belgium = analyse("Bruxelles a rappelé son ambassadeur au Burundi.", "2016-03-01")
    assert mention(belgium, "Bruxelles")["actor"]["id"] == "gov:BEL"


def test_adjectival_institutions():
    out = analyse("Les troupes russes se sont retirées, l'armée ukrainienne avance et les autorités turques "
                  "ont fermé la frontière. Le ministère russe de la Défense a démenti.", "2016-02-01")
    assert mention(out, "troupes russes")["actor"]["id"] == "mil:RUS"
    assert mention(out, "armée ukrainienne")["actor"]["id"] == "mil:UKR"
    assert mention(out, "autorités turques")["actor"] == {"id": "gov:TUR", "name": "Government of Türkiye", "country": "TUR", "kind": "government", "role": None}
    assert mention(out, "ministère russe de la Défense")["actor"]["id"] == "gov:RUS"


def test_apposition_gives_an_unknown_person_a_country_and_a_role():
    out = analyse("Dmitri Peskov, le porte-parole du Kremlin, a démenti ces informations.", "2016-10-12")
    person = mention(out, "Dmitri Peskov")["actor"]
    assert person["country"] == "RUS" and person["kind"] == "person" and person["role"] == "spokesperson"
    assert mention(out, "porte-parole du Kremlin")["actor"]["id"] == person["id"]
    assert mention(out, "porte-parole du Kremlin")["via"] == "apposition"


def test_coreference_of_a_name_within_the_document():
    out = analyse("Joe Biden a rencontré Emmanuel Macron. Selon Biden, les deux pays sont d'accord. "
                  "J. Biden a ensuite quitté Paris. Il a parlé aux journalistes. "
                  "Le président américain a promis de revenir.", "2021-10-29")
    ids = {mention(out, t)["actor"]["id"] for t in ("Joe Biden", "Biden", "J. Biden", "Il", "président américain")}
    assert ids == {"person:joe-biden"}
    assert mention(out, "Biden")["via"] == "coreference"
    assert mention(out, "Il")["via"] == "coreference"
    record = next(a for a in out["actors"] if a["actor"]["id"] == "person:joe-biden")
    assert record["mentions"] == 5 and record["first"]["text"] == "Joe Biden"
    assert record["actor"]["role"] == "President"


def test_ner_repair_relabels_what_the_registry_knows():
    text = "Selon l'AFP, Moscou a convoqué l'ambassadeur."
    doc = nlp.load()(text)
    entities = [{"start": text.index("AFP"), "end": text.index("AFP") + 3, "text": "AFP", "label": "MISC"},
                {"start": text.index("Moscou"), "end": text.index("Moscou") + 6, "text": "Moscou", "label": "PER"}]
    result = link(doc, entities, registry.load(), "2016-01-05")
    labels = {e["text"]: e["label"] for e in result.entities}
    assert labels == {"AFP": "ORG", "Moscou": "LOC"}
    assert result.entities[0]["actor"]["kind"] == "media" and result.entities[0]["actor"]["country"] == "FRA"


def test_registry_names_the_model_missed_are_added():
    text = "Les ministres de l'OTAN se réuniront en Estonie."
    doc = nlp.load()(text)
    result = link(doc, [], registry.load(), "2016-06-01")
    assert [(e["text"], e["label"]) for e in result.entities] == [("OTAN", "ORG"), ("Estonie", "LOC")]
    assert result.entities[0]["actor"]["country"] == "NATO"


def test_user_actor_file(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(
        "- name: Jean Dupont-Moreau\n  aliases: [Dupont-Moreau]\n  country: FRA\n  kind: person\n"
        "- name: Ada Lindqvist\n  country: SWE\n  kind: person\n  role: prime minister\n  from: 2030-01-01\n",
        encoding="utf-8",
    )
    reg = registry.load((str(path),))
    assert reg.lookup("Jean Dupont-Moreau")[0].country == "FRA"
    text = "Le Premier ministre suédois a reçu Jean Dupont-Moreau."
    result = link(nlp.load()(text), [], reg, "2030-05-01")
    by_text = {m.text: m.actor for m in result.mentions}
    assert by_text["Premier ministre suédois"].name == "Ada Lindqvist"
    assert by_text["Jean Dupont-Moreau"].country == "FRA"
    csv_path = tmp_path / "actors.csv"
    csv_path.write_text("name,aliases,country,kind\nOrganisation Fictive du Nord,OFN|O.F.N.,NOR,ngo\n", encoding="utf-8")
    assert registry.load((str(csv_path),)).lookup("OFN")[0].kind == "ngo"


def test_seed_article_end_to_end():
    """A dev article: the US strike on a Syrian base (2017-04), as the pipeline sees it."""
    raw = (SHARED / "corpus" / "seed_format" / "015.txt").read_text(encoding="utf-8")
    date, text = raw[len(" date "):raw.index(" ", len(" date "))], raw[raw.index(" ", len(" date ")) + 1:]
    out = analyse(text.strip(), date)
    persons = {a["actor"]["name"]: a["actor"] for a in out["actors"] if a["actor"]["kind"] == "person"}
    assert persons["Donald Trump"]["country"] == "USA"
    assert persons["Bashar al-Assad"]["country"] == "SYR"
    for e in out["entities"]:
        assert "actor" in e


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from veille.cli import cli

    db = tmp_path_factory.mktemp("actors") / "t.duckdb"
    seeds = SHARED / "corpus" / "seed_format"
    result = CliRunner().invoke(cli, ["ingest", str(seeds / "012.txt"), str(seeds / "015.txt"), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


def test_cli_actors_and_actor(store):
    from veille.cli import cli

    runner = CliRunner()
    listed = runner.invoke(cli, ["actors", "--db", str(store), "--kind", "person", "--country", "USA", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert rows and all(r["country"] == "USA" and r["kind"] == "person" for r in rows)
    trump = next(r for r in rows if r["id"] == "person:donald-trump")
    assert trump["documents"] == 2
    shown = runner.invoke(cli, ["actor", "Trump", "--db", str(store), "--json"])
    assert shown.exit_code == 0, shown.output
    report = json.loads(shown.output)
    assert report["actor"]["id"] == "person:donald-trump"
    assert {"Donald Trump", "Trump"} <= {a["text"] for a in report["aliases"]}
    assert [m["month"] for m in report["per_month"]] == ["2017-02", "2017-04"]


def test_stored_document_keeps_entity_actors(store):
    from veille.query.documents import get_document
    from veille.store import Store

    import duckdb

    con = duckdb.connect(str(store), read_only=True)
    doc_id = con.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()[0]
    con.close()
    doc = get_document(Store(str(store)), doc_id)
    assert any(e["actor"] for e in doc["entities"])
    assert doc["actors"] and doc["actor_mentions"]


def test_actor_mentions_are_typed_rows_and_stay_in_extractions(store):
    import duckdb

    con = duckdb.connect(str(store), read_only=True)
    typed = con.execute("SELECT doc_id, idx, start_char, end_char, text, actor_id, country FROM actor_mentions "
                        "ORDER BY doc_id, idx").fetchall()
    as_json = con.execute("SELECT doc_id, idx, start_char, end_char, text, json_extract_string(data, '$.actor.id'), "
                          "json_extract_string(data, '$.actor.country') FROM extractions "
                          "WHERE kind = 'actor_mentions' ORDER BY doc_id, idx").fetchall()
    texts = dict(con.execute("SELECT id, text FROM documents").fetchall())
    con.close()
    assert typed and typed == as_json
    assert all(texts[doc][start:end] == text for doc, _, start, end, text, _, _ in typed)
    assert ("person:donald-trump", "USA") in {(actor, country) for *_, actor, country in typed}


def test_unknown_persons_take_their_country_from_the_text():
    out = analyse("Hier, Leopoldo Ferraz, le chef de file de l'opposition vénézuélienne, a été libéré. "
                  "L'Algérien Karim Oussedik et Reina Gansu (Bénin) siègent à la commission. "
                  "Selon Leopoldo Ferraz, rien n'a changé.", "2017-07-09")
    assert mention(out, "Leopoldo Ferraz")["actor"]["country"] == "VEN"
    assert mention(out, "Leopoldo Ferraz", 1)["actor"]["id"] == mention(out, "Leopoldo Ferraz")["actor"]["id"]
    assert mention(out, "Karim Oussedik")["actor"]["country"] == "DZA"
    assert mention(out, "Reina Gansu")["actor"]["country"] == "BEN"
    # Nothing in the text: the country of the title's prefix, if any.
    titled = analyse("Le juge Carlos Mendonça Filho a rejeté le recours.", "2016-09-01", "Brésil : le recours rejeté")
    assert mention(titled, "Carlos Mendonça Filho")["actor"]["country"] == "BRA"
    assert mention(analyse("Le juge Carlos Mendonça Filho a rejeté le recours.", "2016-09-01"), "Carlos Mendonça Filho")["actor"]["country"] is None


def test_unknown_organisations_introduced_by_what_they_are():
    out = analyse("Le constructeur automobile japonais Kanto Motors a annoncé des pertes. L'ONG Terre Solidaire "
                  "dénonce la décision. Le quotidien allemand Frankfurter Rundschau le confirme.", "2017-07-09")
    assert mention(out, "Kanto Motors")["actor"]["kind"] == "company"
    assert mention(out, "Kanto Motors")["actor"]["country"] == "JPN"
    assert mention(out, "Terre Solidaire")["actor"]["kind"] == "ngo"
    assert mention(out, "Frankfurter Rundschau")["actor"] == {
        "id": "media:frankfurter-rundschau", "name": "Frankfurter Rundschau", "country": "DEU", "kind": "media", "role": None}
