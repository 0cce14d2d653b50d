"""/api/documents: the stored articles, one by one with every extraction and span."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request

from veille.query.documents import get_document
from veille.search import Filters
from veille.serve import queries
from veille.serve.routers.common import Country, Limit, Offset, Since, Text, Until, check_range, ctx, not_found
from veille.store import StoreError

router = APIRouter(tags=["documents"])

DocId = Annotated[str, Path(pattern=r"^[0-9a-f]{4,16}$", description="document id (16 hex characters) or a unique prefix")]


@router.get("/documents", summary="List documents, newest first, with filters and pagination")
def list_documents(request: Request, since: Since = None, until: Until = None, actor: Text = None,
                   country: Country = None, limit: Limit = 20, offset: Offset = 0):
    check_range(since, until)
    c = ctx(request)
    if actor or country:  # actor and country filters come from the search index
        found = c.index.search("", Filters(since=since, until=until, actor=actor, country=country, kind="article"), limit=limit, offset=offset)
        ids = [h.doc_id for h in found.hits]
        with c.reading() as con:
            page = queries.list_documents(con, ids=ids, limit=limit)
        return {**page, "total": found.total, "offset": offset}
    return c.cached(("documents", since, until, limit, offset),
                    lambda con: queries.list_documents(con, since=since, until=until, limit=limit, offset=offset))


def document_with_records(c, doc_id: str) -> dict:
    """The stored document as `veille show --json` prints it, plus records of typed tables that
    reader does not know yet; cached per store version (callers must not modify it)."""
    def load(con) -> dict:
        try:
            doc = get_document(c.store, doc_id)
        except StoreError as err:
            if "no document" in str(err) or "ambiguous" in str(err):
                raise not_found("document", "doc_id", doc_id) from err
            raise
        doc.update(queries.missing_records(con, doc))
        return doc

    return c.cached(("document", doc_id), load)


@router.get("/documents/{doc_id}", summary="One document with all its extractions and their spans")
def one_document(request: Request, doc_id: DocId):
    return document_with_records(ctx(request), doc_id)
