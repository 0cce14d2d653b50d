"""The small store the explore tests (search, API, dashboard) share, built once per session.

A dozen real articles of the corpus dev split go through the real ingest (spaCy, every
extractor, store, search index). Three articles are added: one realistic dispatch about Moscow and
Washington whose quote, event, time and actor records are then replaced by hand-written ones in
the contract's shape (docs/output.md), stored through the real writers, so that the quote,
event, actor and dyad views are tested on known values whatever the extractors find; one
hostile article carrying markup; and one real article whose date is withheld.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import corpus_articles

DYAD_TEXT = (
    "7 décembre 2021. – Moscou accuse Washington de préparer une provocation à la frontière ukrainienne. "
    "« Nous ne menacerons personne », a déclaré Dmitri Peskov, le porte-parole du Kremlin.\n\n"
    "Les États-Unis ont annoncé mardi de nouvelles sanctions contre la Russie. "
    "Joe Biden et Vladimir Poutine ont tenu une vidéoconférence de deux heures."
)
DYAD_DOC = {"id": "dyad-2021-12-07", "date": "2021-12-07", "title": "Moscou et Washington s'affrontent sur l'Ukraine", "text": DYAD_TEXT}

XSS_TITLE = "<script>alert('titre')</script> Un ministre piégé"
XSS_DOC = {
    "id": "xss-2020-01-10", "date": "2020-01-10", "title": XSS_TITLE,
    "text": "10 janvier 2020. – Le ministre a publié <script>alert('corps')</script> puis "
            "<img src=x onerror=alert(2)> sur le site du gouvernement français.",
}

RUS = {"id": "RUS", "name": "Russia", "country": "RUS", "kind": "government", "role": None}
USA = {"id": "USA", "name": "United States", "country": "USA", "kind": "government", "role": None}
PESKOV = {"id": "Q4166009", "name": "Dmitry Peskov", "country": "RUS", "kind": "person", "role": "spokesperson"}


UNDATED_ID = "undated-dev-13"


def undated_document(store) -> dict:
    """The 13th dev article, analysed, then stripped of its date and given a date estimate in
    the contract's shape (what the time extractor does for an undated article)."""
    import calendar

    from veille.jobs import analyze_paths

    article = dict(corpus_articles("dev", limit=13)[12], id=UNDATED_ID)
    source = Path(store.path).with_name("undated.jsonl")
    source.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    doc = next(d for d in analyze_paths([str(source)]) if isinstance(d, dict))
    year, month = int(article["date"][:4]), int(article["date"][5:7])
    doc.update(date=None, date_precision="none", date_estimate={
        "value": f"{year:04d}-{month:02d}", "earliest": f"{year:04d}-{month:02d}-01",
        "latest": f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}",
        "confidence": 0.8, "basis": "dateline", "evidence": []})
    return doc


def span(text: str, part: str, after: int = 0) -> dict:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def sentence_of(text: str, start: int) -> list[int]:
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    right = text.find(". ", start)
    return [left, right + 1 if right >= 0 else len(text)]


def dyad_records(doc_id: str) -> list[tuple[str, dict]]:
    t = DYAD_TEXT
    accuse = span(t, "accuse")
    sanctions = span(t, "sanctions")
    quote = span(t, "Nous ne menacerons personne")
    return [
        ("actors", {"actor": RUS, "mentions": 2, "first": span(t, "Moscou")}),
        ("actors", {"actor": USA, "mentions": 2, "first": span(t, "Washington")}),
        ("actors", {"actor": PESKOV, "mentions": 1, "first": span(t, "Dmitri Peskov")}),
        ("actor_mentions", {**span(t, "Moscou"), "via": "metonymy", "entity": None, "actor": RUS}),
        ("actor_mentions", {**span(t, "Washington"), "via": "metonymy", "entity": None, "actor": USA}),
        ("actor_mentions", {**span(t, "Dmitri Peskov"), "via": "name", "entity": None, "actor": PESKOV}),
        ("actor_mentions", {**span(t, "États-Unis"), "via": "name", "entity": None, "actor": USA}),
        ("actor_mentions", {**span(t, "Russie"), "via": "name", "entity": None, "actor": RUS}),
        ("quotes", {**quote, "kind": "direct", "speaker": {**span(t, "Dmitri Peskov"), "actor": PESKOV},
                    "verb": {**span(t, "a déclaré"), "lemma": "déclarer"}, "via": None, "date": None}),
        ("events", {**accuse, "type": "ACCUSE", "mode": None, "sentence": sentence_of(t, accuse["start"]),
                    "source": [RUS], "target": [USA], "polarity": "asserted", "modality": "actual",
                    "date": {"value": "2021-12-07", "earliest": "2021-12-07", "latest": "2021-12-07"},
                    "location": None, "intensity": -2.0, "reported_by": None}),
        ("events", {**sanctions, "type": "SANCTION", "mode": None, "sentence": sentence_of(t, sanctions["start"]),
                    "source": [USA], "target": [RUS], "polarity": "asserted", "modality": "actual",
                    "date": {"value": "2021-12-07", "earliest": "2021-12-07", "latest": "2021-12-07"},
                    "location": None, "intensity": -5.0, "reported_by": None}),
        ("times", {**span(t, "mardi"), "type": "DATE", "value": "2021-12-07", "earliest": "2021-12-07",
                   "latest": "2021-12-07", "anchor": "document"}),
    ]


def build_store(folder: Path) -> str:
    """Ingest the articles, add the contract-shaped records, sync the index; return the db path."""
    from veille.jobs import ingest
    from veille.query.documents import get_document
    from veille.search import SearchIndex
    from veille.store import Store

    db = folder / "explore.duckdb"
    if db.exists():
        return str(db)
    folder.mkdir(parents=True, exist_ok=True)
    articles = corpus_articles("dev", limit=12) + [DYAD_DOC, XSS_DOC]
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    store = Store(str(db))
    ingest([str(source)], store)
    doc_id = doc_id_of(str(db), DYAD_DOC["id"])
    doc = get_document(store, doc_id)
    for kind in ("quotes", "events", "times", "actors", "actor_mentions"):
        doc[kind] = []
    for kind, record in dyad_records(doc_id):
        doc[kind].append(record)
    doc.pop("ingested_at"), doc.pop("analyser_version")
    undated = undated_document(store)
    store.write([doc, undated], [], "explore-tests", replace=True)  # through the real writers: typed tables and extractions
    SearchIndex(store).sync(written=[doc_id, undated["id"]])
    return str(db)


def doc_id_of(db: str, source_id: str) -> str:
    from veille.store import Store

    with Store(db).reading() as con:
        return con.execute("SELECT id FROM documents WHERE source_id = ?", [source_id]).fetchone()[0]
