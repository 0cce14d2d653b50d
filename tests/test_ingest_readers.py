"""Readers: the record format, encodings, tables, HTML, and every kind of bad input."""

from __future__ import annotations

import io
import json
import os
import unicodedata

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from veille.ingest import Fields, Record, Reject, document_id, parse_date, read_sources
from veille.ingest.decoding import decode
from veille.ingest.sources import read_stream
from veille.ingest.textfile import parse_record_text

BODY = (
    "Joe Biden et Vladimir Poutine ont entamé mardi un échange à haut risque sur l'Ukraine.\n\n"
    "« Nous ne voulons pas la guerre », a prévenu Dmitri Peskov, le porte-parole du Kremlin."
)


def records(paths, **kwargs):
    return list(read_sources([str(p) for p in paths], **kwargs))


@pytest.mark.parametrize(
    "header, date, precision",
    [(" date 2021-12 ", "2021-12", "month"), ("date 2021-12-07 ", "2021-12-07", "day"), ("\tdate 2021 ", "2021", "year")],
)
def test_record_header_with_first_paragraph_on_the_same_line(header, date, precision):
    first, rest = BODY.split("\n\n")
    record = parse_record_text(header + first + "\n\n" + rest + "\n", "a.txt")
    assert isinstance(record, Record)
    assert (record.date, record.date_precision) == (date, precision)
    assert record.text == BODY
    assert record.text.startswith("Joe Biden")


def test_record_without_header_has_unknown_date():
    record = parse_record_text(BODY, "a.txt")
    assert (record.date, record.date_precision, record.text) == (None, "none", BODY)


def test_seed_files_parse(seed_dir):
    found = records([seed_dir])
    assert len(found) == 20, "index.tsv in the folder must not be taken for an article"
    assert all(isinstance(r, Record) and r.date_precision == "month" for r in found)
    first = found[0]
    assert first.source.endswith("001.txt")
    assert first.text.startswith("Une semaine après les élections présidentielles en Égypte")


@pytest.mark.parametrize("value, reason", [("2021-13", "month 13"), ("2021-02-30", "has 28 days"), ("hier", "unreadable date")])
def test_impossible_dates_are_rejected(value, reason):
    with pytest.raises(ValueError, match=reason):
        parse_date(value)
    reject = parse_record_text(f" date {value} {BODY}", "bad.txt")
    assert isinstance(reject, Reject)
    assert reject.locator == "line 1" and reason in reject.reason


def test_encodings_decode_to_the_same_nfc_text(tmp_path):
    text = " date 2017-04 " + BODY
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "nfd.txt").write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    found = records(sorted(tmp_path.iterdir()))
    assert [r.text for r in found] == [BODY] * 4
    assert len({r.id for r in found}) == 1


def test_latin1_detection_keeps_accents():
    text, encoding = decode("Le président français a dénoncé l'opération à Alep.".encode("latin-1"))
    assert encoding == "cp1252"
    assert "président français a dénoncé" in text


def test_identity_ignores_whitespace_but_not_source_id():
    assert document_id(None, "Moscou  accuse\nWashington") == document_id(None, "Moscou accuse Washington")
    assert document_id("a", "Moscou accuse Washington") != document_id("b", "Moscou accuse Washington")


def test_jsonl_streams_records_and_rejects_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "date": "2021-12-07", "title": "Ukraine", "text": BODY, "url": "http://x/1"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a2", "date": "2021-12-07", "text": "  "}),
        "",
        json.dumps({"id": "a3", "date": "2021-13", "text": BODY}, ensure_ascii=False),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = records([path])
    assert isinstance(out[0], Record)
    assert (out[0].source, out[0].source_id, out[0].title, out[0].url, out[0].record) == (f"{path}#1", "a1", "Ukraine", "http://x/1", 1)
    rejects = out[1:]
    assert all(isinstance(r, Reject) for r in rejects)
    assert [(r.locator, r.reason.split(":")[0]) for r in rejects] == [
        ("line 2", "not JSON"),
        ("line 3", "record has no text in field 'text'"),
        ("line 5", "impossible date '2021-13'"),
        ("line 6", "JSON line is not an object"),
    ]
    assert rejects[0].message().startswith(f"{path}#2:line 2: not JSON")


def test_field_options_name_other_columns(tmp_path):
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"uid": "x", "published": "2018-06", "body": BODY}, ensure_ascii=False) + "\n", encoding="utf-8")
    (record,) = records([path], fields=Fields(id="uid", date="published", text="body"))
    assert (record.source_id, record.date, record.date_precision, record.text) == ("x", "2018-06", "month", BODY)


def test_csv_and_parquet(tmp_path):
    csv_path = tmp_path / "a.csv"
    csv_path.write_bytes(('id,date,text\nc1,2016-01-04,"' + BODY.replace('"', '""') + '"\nc2,2016-01-05,\n').encode("cp1252"))
    parquet_path = tmp_path / "a.parquet"
    pq.write_table(pa.table({"id": ["p1"], "date": ["2016-01"], "text": [BODY]}), parquet_path)
    out = records([csv_path, parquet_path])
    assert isinstance(out[0], Record) and out[0].text == BODY and out[0].date == "2016-01-04"
    assert out[0].locator == "line 2"
    assert isinstance(out[1], Reject) and out[1].locator == "line 5"  # the body spans lines 2-4
    assert isinstance(out[2], Record) and out[2].source == f"{parquet_path}#1" and out[2].date_precision == "month"


def test_html_page_main_text(tmp_path):
    page = tmp_path / "article.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    page.write_text(
        "<html><head><title>Ukraine : échange à haut risque</title>"
        '<meta property="article:published_time" content="2021-12-07"></head>'
        f"<body><nav>Accueil | Monde | Sport</nav><article><h1>Ukraine : échange à haut risque</h1>{paragraphs}</article>"
        "<footer>Mentions légales</footer></body></html>",
        encoding="utf-8",
    )
    (record,) = records([page])
    assert "Joe Biden et Vladimir Poutine ont entamé mardi" in record.text
    assert "Mentions légales" not in record.text
    assert record.title == "Ukraine : échange à haut risque"
    assert (record.date, record.date_precision) == ("2021-12-07", "day")


def test_bad_files_are_rejected_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_junk.txt").write_bytes(bytes(range(256)) * 8)
    os.symlink(tmp_path / "missing.txt", tmp_path / "c_dangling.txt")
    (tmp_path / "d_good.txt").write_text(" date 2021-12 " + BODY, encoding="utf-8")
    out = records([tmp_path, tmp_path / "does-not-exist.jsonl"])
    assert [type(r).__name__ for r in out] == ["Reject", "Reject", "Reject", "Record", "Reject"]
    assert out[0].reason == "empty file"
    assert "binary" in out[1].reason
    assert out[2].reason.startswith("unreadable file")
    assert out[4].reason.startswith("unreadable file")


def test_stdin_sniffs_jsonl_and_record_format():
    jsonl = io.BufferedReader(io.BytesIO(json.dumps({"text": BODY, "date": "2021"}, ensure_ascii=False).encode() + b"\n"))
    (record,) = list(read_stream(jsonl, "<stdin>", Fields()))
    assert record.source == "<stdin>#1" and record.date_precision == "year"
    plain = io.BufferedReader(io.BytesIO((" date 2021-12-07 " + BODY).encode()))
    (record,) = list(read_stream(plain, "<stdin>", Fields()))
    assert record.source == "<stdin>" and record.date == "2021-12-07"
