"""Full-text search over articles and quotes: a tantivy index kept beside the DuckDB store.

Why tantivy: a real engine (BM25, positions, snippets) shipped as one wheel, nothing to
download at run time. French text goes through the Snowball French stemmer, then accents are
folded, so "elections", "élection" and "Élections" meet on one term.

Keeping in step with the store: the index remembers a high-water mark (the latest
`ingested_at` it has indexed, and how many documents the store then held) in `state.json`,
written only after the index commit. `sync()` re-indexes every document ingested since that
mark (less a safety margin covering batches committed out of timestamp order), replacing any
copy already there, and falls back to a full rebuild when the counts still disagree. A kill
between the DuckDB commit and the index commit therefore loses nothing: the next sync (after
the next ingest batch, or on the next search) sees the mark behind and catches up.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import tantivy

from veille.serve.records import actor_of, has_table, records
from veille.store import Store

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # bump when the fields change: an index of another version is rebuilt
CATCH_UP_MARGIN = dt.timedelta(minutes=5)  # > the store's lock timeout: a batch stamped before a later one may commit after it
CHUNK = 2000  # documents read per short store connection while indexing
SNIPPET_CHARS = 220
WRITER_HEAP = 64_000_000

FRENCH = "fr_stem_folded"
KEYWORD = "keyword"  # exact filter values, already normalised by `keyword()`


def keyword(value: str) -> str:
    """Filter values as indexed and as queried: accents folded, case folded, spaces squeezed."""
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def index_path(store: Store) -> Path:
    return Path(str(store.path) + ".search")


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("key", stored=True, tokenizer_name="raw")  # doc id, or doc id + "#q" + quote index
    sb.add_text_field("kind", stored=True, tokenizer_name="raw")  # article | quote
    sb.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    sb.add_text_field("title", stored=True, tokenizer_name=FRENCH)
    sb.add_text_field("body", stored=True, tokenizer_name=FRENCH)
    sb.add_text_field("actors", stored=False, tokenizer_name="raw")
    sb.add_text_field("countries", stored=False, tokenizer_name="raw")
    sb.add_date_field("earliest", stored=False, indexed=True, fast=True)
    sb.add_date_field("latest", stored=False, indexed=True, fast=True)
    sb.add_text_field("month", stored=False, tokenizer_name="raw", fast=True)  # YYYY-MM when the date says it
    sb.add_text_field("date", stored=True, tokenizer_name="raw")
    sb.add_text_field("date_precision", stored=True, tokenizer_name="raw")
    sb.add_boolean_field("estimated", stored=True)
    sb.add_text_field("speaker", stored=True, tokenizer_name="raw")
    sb.add_integer_field("start", stored=True)
    sb.add_integer_field("end", stored=True)
    return sb.build()


def _french() -> tantivy.TextAnalyzer:
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(64))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("french"))  # Snowball wants the accents: stem first, fold after
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


@dataclass
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    country: str | None = None
    kind: str | None = None  # article | quote | None for both


@dataclass
class Hit:
    kind: str
    doc_id: str
    title: str | None
    date: str | None
    date_precision: str
    estimated: bool
    score: float
    snippet: str
    highlights: list[list[int]]  # [start, end) code-point ranges in `snippet`
    start: int | None = None  # the quote's span in the article
    end: int | None = None
    speaker: str | None = None


@dataclass
class Results:
    total: int
    hits: list[Hit] = field(default_factory=list)


def _to_datetime(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _char_ranges(fragment: str, byte_ranges) -> list[list[int]]:
    """tantivy highlights in UTF-8 bytes; the API speaks Python code points."""
    raw = fragment.encode("utf-8")
    return [
        [len(raw[: r.start].decode("utf-8", "ignore")), len(raw[: r.end].decode("utf-8", "ignore"))]
        for r in byte_ranges
    ]


class SearchIndex:
    def __init__(self, store: Store):
        self.store = store
        self.path = index_path(store)
        self.schema = _schema()
        if self.path.exists() and self._state().get("schema") != SCHEMA_VERSION:
            shutil.rmtree(self.path)  # an index of older fields: rebuilt from the store by sync()
        self.path.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=str(self.path), reuse=True)
        self.index.register_tokenizer(FRENCH, _french())

    # -- keeping in step --------------------------------------------------------------------

    @property
    def _state_file(self) -> Path:
        return self.path / "state.json"

    def _state(self) -> dict:
        try:
            return json.loads(self._state_file.read_text())
        except (OSError, ValueError):
            return {}

    def stale(self) -> bool:
        with self.store.reading() as con:
            count, latest = con.execute("SELECT count(*), max(ingested_at) FROM documents").fetchone()
        state = self._state()
        return state.get("count") != count or state.get("latest") != (latest.isoformat() if latest else None)

    def sync(self, written: list[str] | None = None) -> int:
        """Index whatever the store holds that the index does not; return how many documents.

        `written`: ids an ingest batch has just committed, indexed first so that a running
        ingest costs one small index commit per batch; the count check then tells whether
        anything else (a killed run's last batch) still needs catching up.
        """
        if not os.path.exists(self.store.path):
            return 0
        state = self._state()
        done = self._reindex(written) if written else 0
        with self.store.reading() as con:
            count, latest = con.execute("SELECT count(*), max(ingested_at) FROM documents").fetchone()
            mark = latest.isoformat() if latest else None
            if state.get("count") == count and state.get("latest") == mark:
                return done
            in_step = bool(written) and self._article_count() == count
            if not in_step:
                since = dt.datetime.fromisoformat(state["latest"]) - CATCH_UP_MARGIN if state.get("latest") else None
                ids = self._ids_since(con, since)
        if not in_step:
            done += self._reindex(ids)
            if self._article_count() != count:  # something older was missed: rebuild rather than guess
                with self.store.reading() as con:
                    ids = self._ids_since(con, None)
                done = self._reindex(ids, clear=True)
        self._state_file.write_text(json.dumps({"schema": SCHEMA_VERSION, "count": count, "latest": mark}))
        return done

    @staticmethod
    def _ids_since(con, since: dt.datetime | None) -> list[str]:
        if since is None:
            return [r[0] for r in con.execute("SELECT id FROM documents ORDER BY id").fetchall()]
        return [r[0] for r in con.execute("SELECT id FROM documents WHERE ingested_at >= ? ORDER BY id", [since]).fetchall()]

    def _article_count(self) -> int:
        self.index.reload()
        query = tantivy.Query.term_query(self.schema, "kind", "article")
        return self.index.searcher().search(query, limit=1, count=True).count

    def _reindex(self, ids: list[str], clear: bool = False) -> int:
        # One writer at a time (tantivy's lock file): a second process trying now gets a
        # ValueError and leaves the catch-up to the holder or to a later call.
        writer = self.index.writer(WRITER_HEAP, 1)
        try:
            if clear:
                writer.delete_all_documents()
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                with self.store.reading() as con:
                    documents = _index_documents(con, chunk)
                if not clear:  # replace any earlier copy: the article and its quotes
                    for doc_id in chunk:
                        writer.delete_documents_by_term("doc_id", doc_id)
                for doc in documents:
                    writer.add_document(tantivy.Document(**{k: v for k, v in doc.items() if v is not None}))
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise
        self.index.reload()
        return len(ids)

    # -- searching --------------------------------------------------------------------------

    def search(self, text: str, filters: Filters = Filters(), limit: int = 20, offset: int = 0) -> Results:
        self.index.reload()
        searcher = self.index.searcher()
        clauses = []
        text_query = None
        if text.strip():
            text_query, _errors = self.index.parse_query_lenient(
                text, ["title", "body"], field_boosts={"title": 2.0}, conjunction_by_default=True
            )
            clauses.append((tantivy.Occur.Must, text_query))
        if filters.kind:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "kind", filters.kind)))
        if filters.actor:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "actors", keyword(filters.actor))))
        if filters.country:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "countries", filters.country.upper())))
        if filters.since:  # the document's interval overlaps [since, until]
            clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(
                self.schema, "latest", tantivy.FieldType.Date, _to_datetime(filters.since), None)))
        if filters.until:
            clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(
                self.schema, "earliest", tantivy.FieldType.Date, None, _to_datetime(filters.until))))
        if not clauses:
            return Results(total=0)
        query = tantivy.Query.boolean_query(clauses)
        if text_query is not None:
            result = searcher.search(query, limit=limit, offset=offset, count=True)
        else:  # filters alone: newest first
            result = searcher.search(query, limit=limit, offset=offset, count=True, order_by_field="latest")
        snippets = None
        if text_query is not None:
            snippets = tantivy.SnippetGenerator.create(searcher, text_query, self.schema, "body")
            snippets.set_max_num_chars(SNIPPET_CHARS)
        hits = []
        for score, address in result.hits:
            stored = searcher.doc(address)
            one = lambda name: (stored.get_all(name) or [None])[0]  # noqa: E731
            body = one("body") or ""
            fragment, ranges = body[:SNIPPET_CHARS], []
            if snippets is not None:
                snippet = snippets.snippet_from_doc(stored)
                if snippet.fragment():
                    fragment, ranges = snippet.fragment(), _char_ranges(snippet.fragment(), snippet.highlighted())
            hits.append(Hit(
                kind=one("kind"), doc_id=one("doc_id"), title=one("title"), date=one("date"),
                date_precision=one("date_precision") or "none", estimated=bool(one("estimated")),
                score=float(score) if text_query is not None else 0.0, snippet=fragment, highlights=ranges,
                start=one("start"), end=one("end"), speaker=one("speaker"),
            ))
        return Results(total=result.count, hits=hits)


@dataclass
class ActorProfile:
    documents: int
    per_month: list[dict]  # {"month", "documents"}
    recent: list[str]  # ids of the latest articles naming the actor, newest first


def _actor_query(schema, name: str):
    return tantivy.Query.boolean_query([
        (tantivy.Occur.Must, tantivy.Query.term_query(schema, "kind", "article")),
        (tantivy.Occur.Must, tantivy.Query.term_query(schema, "actors", keyword(name))),
    ])


def actor_profile(index: "SearchIndex", name: str, recent: int = 200) -> ActorProfile:
    """Articles naming an actor (its id, canonical name or entity text), counted per month by
    the index itself: an actor page without scanning every mention in the store."""
    index.index.reload()
    searcher = index.index.searcher()
    query = _actor_query(index.schema, name)
    found = searcher.search(query, limit=recent, count=True, order_by_field="latest")
    buckets = searcher.aggregate(query, {"m": {"terms": {"field": "month", "size": 100_000}}})["m"]["buckets"]
    per_month = sorted(({"month": b["key"], "documents": b["doc_count"]} for b in buckets), key=lambda b: b["month"])
    ids = [(searcher.doc(address).get_all("doc_id") or [None])[0] for _, address in found.hits]
    return ActorProfile(documents=found.count, per_month=per_month, recent=[i for i in ids if i])


def _index_documents(con, ids: list[str]) -> list[dict]:
    """The index documents (one per article, one per quote) for some store documents."""
    # An undated article may carry the time extractor's estimate (table `date_estimates`).
    estimates = has_table(con, "date_estimates")
    rows = con.execute(
        "SELECT d.id, d.title, d.text, d.date, d.date_precision, d.date_earliest, d.date_latest, "
        + ("e.value, e.earliest, e.latest FROM documents d LEFT JOIN date_estimates e ON e.doc_id = d.id " if estimates
           else "NULL, NULL, NULL FROM documents d ")
        + "WHERE d.id IN (SELECT unnest(?))", [ids]).fetchall()
    actors: dict[str, set[str]] = {}
    countries: dict[str, set[str]] = {}
    for doc_id, text in con.execute(
        "SELECT DISTINCT doc_id, text FROM entities WHERE doc_id IN (SELECT unnest(?)) AND label IN ('PER', 'ORG', 'LOC')", [ids]
    ).fetchall():
        actors.setdefault(doc_id, set()).add(keyword(text))
    for doc_id, record in records(con, "actors", ids):
        actor = actor_of(record)
        if actor:
            actors.setdefault(doc_id, set()).update(keyword(str(actor[k])) for k in ("id", "name") if actor.get(k))
            if actor.get("country"):
                countries.setdefault(doc_id, set()).add(str(actor["country"]).upper())
    out = []
    by_id = {}
    for doc_id, title, text, date, precision, earliest, latest, est_value, est_earliest, est_latest in rows:
        estimated = False
        if date is None and (est_value or est_earliest):
            date, estimated = str(est_value or est_earliest), True
            earliest, latest = _date(est_earliest) or earliest, _date(est_latest) or latest
        same_month = earliest and latest and (earliest.year, earliest.month) == (latest.year, latest.month)
        base = {
            "doc_id": doc_id, "date": date, "date_precision": precision, "estimated": estimated,
            "month": earliest.strftime("%Y-%m") if same_month else None,
            "earliest": _to_datetime(earliest), "latest": _to_datetime(latest),
        }
        by_id[doc_id] = (base, title)
        out.append({
            **base, "key": doc_id, "kind": "article", "title": title, "body": text,
            "actors": sorted(actors.get(doc_id, ())) or None, "countries": sorted(countries.get(doc_id, ())) or None,
        })
    for i, (doc_id, quote) in enumerate(records(con, "quotes", ids)):
        if doc_id not in by_id or not quote.get("text"):
            continue
        base, title = by_id[doc_id]
        speaker = quote.get("speaker") if isinstance(quote.get("speaker"), dict) else {}
        actor = actor_of(speaker) or {}
        names = {keyword(str(v)) for v in (speaker.get("text"), actor.get("id"), actor.get("name")) if v}
        out.append({
            **base, "key": f"{doc_id}#q{quote.get('start', i)}", "kind": "quote", "title": title,
            "body": quote["text"], "speaker": speaker.get("text") or actor.get("name"),
            "start": quote.get("start"), "end": quote.get("end"),
            "actors": sorted(names) or None,
            "countries": [str(actor["country"]).upper()] if actor.get("country") else None,
        })
    return out


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def sync_quietly(store: Store, written: list[str] | None = None) -> None:
    """Catch the index up after an ingest batch; never fail the ingest over it (the next sync repairs)."""
    try:
        SearchIndex(store).sync(written)
    except Exception as err:  # noqa: BLE001 - the store is the truth, the index only follows it
        log.warning("search index not updated (%s); the next sync catches up", err)
