"""Watchlist rules: what an analyst wants to be told about, read from YAML (see docs/watch.md).

A rule has one selector saying what to look for in a document:

    keyword: [OTAN, NATO]              words in the text (whole words, case and accents ignored)
    actor: Vladimir Putin              entities linked to that actor (or, unlinked, so named)
    country: RUS                       entities whose actor belongs to that country
    event: {type, mode, source, target, dyad, polarity, modality}
    quote: {speaker, country, kind, contains}

and optionally a threshold over a sliding window (`window` with `more_than` articles, or
`mean_intensity: {below|above, min_events}` over events). Matching reads the document object of
the analyze contract (docs/output.md), so it works on whatever the store gives back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import yaml

from veille.watch.config import ConfigError, parse_duration

SELECTORS = ("keyword", "actor", "country", "event", "quote")
EVENT_KEYS = {"type", "mode", "source", "target", "dyad", "polarity", "modality"}
QUOTE_KEYS = {"speaker", "country", "kind", "contains"}
RULE_KEYS = {"name", "window", "more_than", "mean_intensity", *SELECTORS}
DEFAULT_MIN_EVENTS = 3


def fold(value) -> str:
    """Case- and accent-insensitive form: 'Élysée' and 'elysee' compare equal."""
    text = unicodedata.normalize("NFKD", str(value)).casefold()
    return "".join(c for c in text if not unicodedata.combining(c)).strip()


def _values(value) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


@dataclass(frozen=True)
class Evidence:
    """One span that made a rule match, linked to its document."""

    doc_id: str
    kind: str  # keyword | mention | event | quote
    start: int | None
    end: int | None
    text: str | None
    value: float | None = None  # an event's intensity, for mean thresholds

    def key(self) -> str:
        return f"{self.doc_id}:{self.kind}:{self.start}:{self.end}"

    def to_json(self) -> dict:
        data = {"doc_id": self.doc_id, "kind": self.kind, "start": self.start, "end": self.end, "text": self.text}
        if self.value is not None:
            data["value"] = self.value
        return data


@dataclass(frozen=True)
class Rule:
    name: str
    selector: str
    spec: dict = field(hash=False)
    window: float | None = None  # seconds
    more_than: int | None = None  # articles in the window
    mean_below: float | None = None
    mean_above: float | None = None
    min_events: int = DEFAULT_MIN_EVENTS

    @property
    def windowed(self) -> bool:
        return self.window is not None

    @property
    def per_evidence(self) -> bool:
        """Events and quotes alert one by one; words and names once per document."""
        return self.selector in ("event", "quote")

    def matches(self, doc: dict) -> list[Evidence]:
        return _MATCHERS[self.selector](self.spec, doc)


# -- matching ---------------------------------------------------------------------------------


def actor_is(actor: dict | None, wanted: list[str]) -> bool:
    """An actor object (actors contract) named by code, canonical name or id."""
    if not isinstance(actor, dict):
        return False
    names = {fold(actor[k]) for k in ("country", "name", "id") if actor.get(k)}
    return any(fold(w) in names for w in wanted)


def _keyword(spec: list[str], doc: dict) -> list[Evidence]:
    text = doc.get("text") or ""
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in spec) + r")(?!\w)", re.IGNORECASE)
    return [Evidence(doc["id"], "keyword", m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def _mentions(doc: dict) -> list[dict]:
    """Named entities and the actors' other mentions ("le président russe"), each span once, in
    text order; where both give a span, the one that carries an actor."""
    by_span: dict[tuple, dict] = {}
    for mention in [*(doc.get("entities") or []), *(doc.get("actor_mentions") or [])]:
        if not isinstance(mention, dict):
            continue
        span = (mention.get("start") or 0, mention.get("end") or 0)
        if span not in by_span or (mention.get("actor") and not by_span[span].get("actor")):
            by_span[span] = mention
    return [by_span[span] for span in sorted(by_span)]


def _mention(doc: dict, mention: dict) -> Evidence:
    return Evidence(doc["id"], "mention", mention.get("start"), mention.get("end"), mention.get("text"))


def _actor(spec: list[str], doc: dict) -> list[Evidence]:
    wanted = {fold(w) for w in spec}
    return [
        _mention(doc, m) for m in _mentions(doc)
        if actor_is(m.get("actor"), spec) or (m.get("actor") is None and fold(m.get("text", "")) in wanted)
    ]


def _country(spec: list[str], doc: dict) -> list[Evidence]:
    wanted = {fold(w) for w in spec}
    return [
        _mention(doc, m) for m in _mentions(doc)
        if isinstance(m.get("actor"), dict) and fold(m["actor"].get("country") or "") in wanted
    ]


def _any_actor(actors, wanted: list[str]) -> bool:
    return any(actor_is(a, wanted) for a in (actors or []))


def _event_matches(spec: dict, event: dict) -> bool:
    for key in ("type", "mode", "polarity", "modality"):
        if key in spec and fold(event.get(key) or "") not in {fold(v) for v in spec[key]}:
            return False
    if "source" in spec and not _any_actor(event.get("source"), spec["source"]):
        return False
    if "target" in spec and not _any_actor(event.get("target"), spec["target"]):
        return False
    if "dyad" in spec:
        a, b = spec["dyad"]
        source, target = event.get("source"), event.get("target")
        forward = _any_actor(source, [a]) and _any_actor(target, [b])
        backward = _any_actor(source, [b]) and _any_actor(target, [a])
        if not (forward or backward):
            return False
    return True


def _event(spec: dict, doc: dict) -> list[Evidence]:
    return [
        Evidence(doc["id"], "event", e.get("start"), e.get("end"), e.get("text"),
                 float(e["intensity"]) if isinstance(e.get("intensity"), (int, float)) else None)
        for e in doc.get("events") or [] if isinstance(e, dict) and _event_matches(spec, e)
    ]


def _quote_matches(spec: dict, quote: dict) -> bool:
    speaker = quote.get("speaker") or {}
    actor = speaker.get("actor") if isinstance(speaker, dict) else None
    if "speaker" in spec:
        wanted = spec["speaker"]
        if not (actor_is(actor, wanted) or fold(speaker.get("text") or "") in {fold(w) for w in wanted}):
            return False
    if "country" in spec and not (isinstance(actor, dict) and fold(actor.get("country") or "") in {fold(c) for c in spec["country"]}):
        return False
    if "kind" in spec and fold(quote.get("kind") or "") not in {fold(k) for k in spec["kind"]}:
        return False
    if "contains" in spec and not any(fold(c) in fold(quote.get("text") or "") for c in spec["contains"]):
        return False
    return True


def _quote(spec: dict, doc: dict) -> list[Evidence]:
    return [
        Evidence(doc["id"], "quote", q.get("start"), q.get("end"), q.get("text"))
        for q in doc.get("quotes") or [] if isinstance(q, dict) and _quote_matches(spec, q)
    ]


_MATCHERS = {"keyword": _keyword, "actor": _actor, "country": _country, "event": _event, "quote": _quote}


# -- reading rule files -----------------------------------------------------------------------


def load_rules(path: str) -> list[Rule]:
    try:
        with open(path, encoding="utf-8") as stream:
            data = yaml.safe_load(stream)
    except OSError as err:
        raise ConfigError(f"{path}: {err.strerror or err}") from err
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not YAML: {err}") from err
    entries = data.get("rules") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: expected a list of rules under `rules:`")
    rules = [parse_rule(entry, f"{path}: rule {i + 1}") for i, entry in enumerate(entries)]
    names = [r.name for r in rules]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"{path}: rule names must be unique; repeated: {', '.join(duplicates)}")
    return rules


def parse_rule(entry, where: str) -> Rule:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping")
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(RULE_KEYS))}")
    name = entry.get("name")
    if not name or not isinstance(name, str):
        raise ConfigError(f"{where}: every rule needs a `name`")
    where = f"{where} ({name})"
    chosen = [s for s in SELECTORS if s in entry]
    if len(chosen) != 1:
        raise ConfigError(f"{where}: give exactly one of {', '.join(SELECTORS)}")
    selector = chosen[0]
    spec = _spec(selector, entry[selector], where)
    window = parse_duration(entry["window"]) if "window" in entry else None
    more_than = entry.get("more_than")
    mean = entry.get("mean_intensity")
    if (more_than is not None or mean is not None) != (window is not None):
        raise ConfigError(f"{where}: `window` goes with `more_than` or `mean_intensity`, and they with it")
    if more_than is not None and mean is not None:
        raise ConfigError(f"{where}: one threshold per rule: `more_than` or `mean_intensity`")
    if more_than is not None and (not isinstance(more_than, int) or more_than < 0):
        raise ConfigError(f"{where}: `more_than` must be a whole number ≥ 0")
    fields = {}
    if mean is not None:
        if selector != "event":
            raise ConfigError(f"{where}: `mean_intensity` is a threshold on events; use an `event` selector")
        if not isinstance(mean, dict) or not ({"below", "above"} & set(mean)) or set(mean) - {"below", "above", "min_events"}:
            raise ConfigError(f"{where}: `mean_intensity` takes `below` and/or `above`, and optionally `min_events`")
        fields = {"mean_below": _number(mean.get("below"), where), "mean_above": _number(mean.get("above"), where),
                  "min_events": int(mean.get("min_events", DEFAULT_MIN_EVENTS))}
    return Rule(name=name, selector=selector, spec=spec, window=window, more_than=more_than, **fields)


def _number(value, where: str) -> float | None:
    if value is None:
        return None
    try:
        return float(str(value).replace("−", "-"))  # a minus sign typed as such
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not a number") from None


def _spec(selector: str, value, where: str):
    if selector in ("keyword", "actor", "country"):
        values = _values(value)
        if not all(v.strip() for v in values):
            raise ConfigError(f"{where}: `{selector}` needs a non-empty value")
        return values
    allowed = EVENT_KEYS if selector == "event" else QUOTE_KEYS
    if not isinstance(value, dict) or not value:
        raise ConfigError(f"{where}: `{selector}` takes a mapping of {', '.join(sorted(allowed))}")
    unknown = set(value) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown {selector} key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(allowed))}")
    spec = {k: _values(v) for k, v in value.items()}
    if "dyad" in spec and len(spec["dyad"]) != 2:
        raise ConfigError(f"{where}: `dyad` takes two actors, e.g. [RUS, USA]")
    return spec
