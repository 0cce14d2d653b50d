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
            return (f"ESTIMATED {estimate['value']} (between {estimate['earliest']} and {estimate['latest']}, "
                    f"confidence {estimate['confidence']:.2f}, from {estimate['basis']})")
        return "date unknown"
    return f"{doc['date']} ({doc['date_precision']} precision)"


def show_document(console: Console, doc: dict) -> None:
    header = Text(doc.get("title") or "(untitled)", style="bold")
    meta = Text(f"{doc['id']} · {describe_date(doc)} · {doc['source']}", style="dim")
    legend = Text("  ".join(f"[{label}]" for label in LABEL_STYLES))
    for label, style in LABEL_STYLES.items():
        start = legend.plain.index(f"[{label}]")
        legend.stylize(style, start, start + len(label) + 2)
    console.print(Panel(Group(header, meta, legend)))
    console.print(highlighted(doc["text"], doc.get("entities", [])))
    table = Table(title="Entities", show_lines=False)
    for column in ("start", "end", "label", "text"):
        table.add_column(column)
    for ent in doc.get("entities", []):
        table.add_row(str(ent["start"]), str(ent["end"]), ent["label"], ent["text"])
    console.print(table)
    if doc.get("times"):
        times = Table(title="Times" + (" (anchored on the ESTIMATED date)" if any(t.get("anchor") == "estimate" for t in doc["times"]) else ""))
        for column in ("start", "end", "type", "text", "value", "earliest", "latest", "anchor"):
            times.add_column(column)
        for t in doc["times"]:
            times.add_row(*(str(t.get(c)) if t.get(c) is not None else "" for c in ("start", "end", "type", "text", "value", "earliest", "latest", "anchor")))
        console.print(times)


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
