"""Terminal rendering with rich: an article with its extractions highlighted, and summaries."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

LABEL_STYLES = {
    "PER": "bold black on bright_cyan",
    "ORG": "bold black on bright_yellow",
    "LOC": "bold black on bright_green",
    "MISC": "bold black on bright_magenta",
}


def highlighted(text: str, spans: list[dict]) -> Text:
    rich_text = Text(text)
    for span in spans:
        rich_text.stylize(LABEL_STYLES.get(span.get("label"), "reverse"), span["start"], span["end"])
    return rich_text


def describe_date(doc: dict) -> str:
    if not doc.get("date"):
        estimate = doc.get("date_estimate") or {}
        if estimate.get("value"):  # never shown as if it were the article's own date
            by = "; nearest dated articles: " + ", ".join(
                f"{n['id'] or '?'} ({n['date']})" for n in estimate["neighbours"]) if estimate.get("neighbours") else ""
            return (f"ESTIMATED {estimate['value']} (between {estimate['earliest']} and {estimate['latest']}, "
                    f"confidence {estimate['confidence']:.2f}, from {estimate['basis']}{by})")
        return "date unknown"
    return f"{doc['date']} ({doc['date_precision']} precision)"


def _actor_name(actor) -> str:
    if not actor:
        return ""
    return f"{actor.get('name')} ({actor.get('country') or '?'}, {actor.get('kind')})"


def _actors(actors) -> str:
    return ", ".join(_actor_name(a) for a in actors or [])


def _quote_row(q: dict) -> tuple:
    speaker = q.get("speaker") or {}
    verb = q.get("verb")
    via = q.get("via")
    return (q["kind"], q["text"], speaker.get("text") or "", _actor_name(speaker.get("actor")),
            verb.get("lemma", "") if isinstance(verb, dict) else (verb or ""),
            via.get("text", "") if isinstance(via, dict) else (via or ""))


def _event_row(e: dict) -> tuple:
    return (e["type"], e["text"], _actors(e.get("source")), _actors(e.get("target")),
            f"{e.get('polarity')}/{e.get('modality')}", (e.get("date") or {}).get("value") or "", e.get("intensity"))


# Extraction kinds shown under the article: title, columns, and how a record becomes a row.
SECTIONS = [
    ("entities", "Entities", ("start", "end", "label", "text", "actor"),
     lambda e: (e["start"], e["end"], e["label"], e["text"], _actor_name(e.get("actor")))),
    ("times", "Times", ("start", "end", "type", "text", "value", "earliest", "latest", "anchor"),
     lambda t: tuple(t.get(c) for c in ("start", "end", "type", "text", "value", "earliest", "latest", "anchor"))),
    ("quotes", "Quotes", ("kind", "quote", "speaker", "actor", "verb", "via"), _quote_row),
    ("events", "Events", ("type", "trigger", "source", "target", "polarity/modality", "date", "intensity"), _event_row),
    ("figures", "Figures", ("text", "value", "qualifier", "category"),
     lambda f: (f["text"], f.get("value"), f.get("qualifier"), f.get("category"))),
]


def show_document(console: Console, doc: dict) -> None:
    header = Text(doc.get("title") or "(untitled)", style="bold")
    meta = Text(f"{doc['id']} · {describe_date(doc)} · {doc['source']}", style="dim")
    legend = Text("  ".join(f"[{label}]" for label in LABEL_STYLES))
    for label, style in LABEL_STYLES.items():
        start = legend.plain.index(f"[{label}]")
        legend.stylize(style, start, start + len(label) + 2)
    console.print(Panel(Group(header, meta, legend)))
    text = highlighted(doc["text"], doc.get("entities", []))
    for quote in doc.get("quotes", []):  # quotes in italics, times underlined, over the entities
        text.stylize("italic", quote["start"], quote["end"])
    for time in doc.get("times", []):
        text.stylize("underline", time["start"], time["end"])
    console.print(text)
    for key, title, columns, row in SECTIONS:
        records = doc.get(key) or []
        if not records:
            continue
        if key == "times" and any(t.get("anchor") == "estimate" for t in records):
            title += " (anchored on the ESTIMATED date)"
        table = Table(title=title, show_lines=False)
        for column in columns:
            table.add_column(column)
        for record in records:
            table.add_row(*("" if v is None else str(v) for v in row(record)))
        console.print(table)


def show_stats(console: Console, stats: dict) -> None:
    summary = Table(title="Store", show_header=False)
    for key in ("documents", "sentences", "entities", "rejects"):
        summary.add_row(key, f"{stats[key]:,}")
    console.print(summary)
    months = Table(title="Documents per month")
    months.add_column("month")
    months.add_column("documents", justify="right")
    months.add_column("")
    peak = max((m["documents"] for m in stats["per_month"]), default=1)
    for month in stats["per_month"]:
        months.add_row(month["month"], str(month["documents"]), "█" * max(1, round(30 * month["documents"] / peak)))
    console.print(months)
    top = Table(title="Top entities")
    for column in ("entity", "label", "mentions", "documents"):
        top.add_column(column, justify="right" if column in ("mentions", "documents") else "left")
    for ent in stats["top_entities"]:
        top.add_row(ent["text"], ent["label"], str(ent["mentions"]), str(ent["documents"]))
    console.print(top)
