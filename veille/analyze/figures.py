"""Figures: how many were killed, arrested, deployed, paid — French numbers with what they count.

"13.000", "13 000", "1,5 million", "trois cents" (number words read by text2num), "une centaine",
"des dizaines", "plusieurs milliers"; qualified by "plus de", "au moins", "environ", "près de",
"moins de"... Dates, clock times, durations, ages, distances, ordinals and identifiers ("2014",
"15h00", "90 jours", "MiG-29", "décret 13769") are not figures. The category comes from the
counted noun and the verb it goes with ("12 personnes ont été tuées" -> killed); the event is
the extracted event the figure's phrase hangs from, else the nearest fitting one in its sentence.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import IDX, IS_SPACE, LENGTH
from spacy.tokens import Doc, Token
from text_to_num import text2num

from veille.analyze.context import Context
from veille.analyze.sentences import doc_text, token_sentence
from veille.doc_cache import token_lowers

MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
# Units that make a number a date part, a duration, an age, a distance or a measure.
UNITS = {
    "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures", "h",
    "minute", "minutes", "min", "seconde", "secondes", "nuit", "nuits", "siècle", "siècles", "décennie",
    "décennies", "trimestre", "trimestres", "fois", "km", "kilomètre", "kilomètres", "mètre", "mètres",
    "m", "cm", "mm", "kg", "degré", "degrés", "°", "°c", "km/h", "mile", "miles", "hectare", "hectares",
    "utc", "gmt", "er", "e", "ème", "ans,", "saison", "saisons", "édition", "éditions", "tour", "tours",
}
# Words before a number that make it an identifier ("numéro deux", "catégorie 5", "article 49").
ID_WORDS = {
    "numéro", "n°", "no", "décret", "loi", "article", "catégorie", "magnitude", "vol", "route",
    "niveau", "version", "modèle", "chaîne", "ligne", "page", "alinéa", "division", "groupe",
    "porte", "salle", "tome", "score", "note", "an", "depuis", "dès", "année", "années", "fin",
    "début", "mi", "printemps", "automne", "hiver", "saison", "édition",
}
CURRENCIES = {
    "euro": "EUR", "euros": "EUR", "€": "EUR", "dollar": "USD", "dollars": "USD", "$": "USD",
    "$us": "USD", "us$": "USD", "francs": "FRF", "franc": "FRF", "livres": "GBP", "livre": "GBP",
    "£": "GBP", "yuans": "CNY", "yuan": "CNY", "roubles": "RUB", "rouble": "RUB", "yens": "JPY",
    "yen": "JPY", "dinars": "DZD", "dirhams": "MAD", "fcfa": "XOF",
}
SCALES = {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000, "milliards": 1_000_000_000}
APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000,
}
NUMBER_WORDS = {
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
    "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingts", "trente",
    "quarante", "cinquante", "soixante", "septante", "huitante", "nonante", "cent", "cents", "mille",
}
# Qualifiers before the number, longest first; "environ" may also follow it.
QUALIFIERS = [
    ("pas moins de", "at_least"), ("pas moins d'", "at_least"), ("au moins", "at_least"), ("au minimum", "at_least"),
    ("plus de", "more_than"), ("plus d'", "more_than"), ("au-delà de", "more_than"), ("davantage de", "more_than"),
    ("près de", "about"), ("près d'", "about"), ("environ", "about"), ("quelque", "about"), ("autour de", "about"),
    ("approximativement", "about"), ("à peu près", "about"), ("aux alentours de", "about"), ("de l'ordre de", "about"),
    ("presque", "about"), ("quasiment", "about"), ("moins de", "less_than"), ("moins d'", "less_than"),
    ("jusqu'à", "less_than"), ("au plus", "less_than"), ("au maximum", "less_than"),
]
# Each qualifier as the words just before a number, compiled once (tried for every number).
_QUALIFIER_BEFORE = [(re.compile(r"(?:^|\W)" + re.escape(words) + r"\s*$"), words, qualifier) for words, qualifier in QUALIFIERS]
CATEGORY_WORDS = {
    "killed": {"mort", "morts", "mortes", "tué", "tués", "tuée", "tuées", "décès", "décédé", "décédés", "tuer", "mourir",
               "périr", "décéder", "succomber", "abattre", "exécuter", "massacrer", "cadavre", "corps", "périt", "péri"},
    "wounded": {"blessé", "blessés", "blessée", "blessées", "blesser", "blessure", "blessures"},
    "arrested": {"arrêter", "arrêté", "arrêtés", "interpeller", "interpellé", "interpellés", "interpellées", "détenir",
                 "détenu", "détenus", "emprisonner", "emprisonné", "emprisonnés", "incarcérer", "incarcéré", "arrestation",
                 "interpellation", "garde", "prisonnier", "prisonniers", "écrouer"},
    "displaced": {"évacuer", "évacué", "évacués", "évacuées", "déplacer", "déplacé", "déplacés", "réfugié", "réfugiés",
                  "fuir", "exilé", "sinistré", "sinistrés", "sans-abri"},
    "troops": {"soldat", "soldats", "militaire", "militaires", "combattant", "combattants", "troupe", "troupes", "policier",
               "policiers", "gendarme", "gendarmes", "casque", "casques", "djihadiste", "djihadistes", "rebelle", "rebelles",
               "milicien", "miliciens", "insurgé", "insurgés", "réserviste", "réservistes", "CRS"},
    "protesters": {"manifestant", "manifestants", "manifestante", "manifestantes", "gréviste", "grévistes", "protestataire",
                   "protestataires"},
}
# Verbs whose subject undergoes them ("13 personnes sont mortes", "des milliers ont fui").
_STATES = {"mourir", "périr", "décéder", "succomber", "fuir", "mort"}
_PROTEST_CONTEXT = {"manifestation", "manifester", "mouvement", "rassemblement", "mobilisation", "protester", "défiler", "grève"}
# Which event types a figure of each category quantifies.
EVENT_TYPES = {"killed": {"ASSAULT"}, "wounded": {"ASSAULT"}, "arrested": {"COERCE"}, "displaced": {"ASSAULT", "COERCE"},
               "troops": {"MOBILIZE", "ASSAULT"}, "protesters": {"PROTEST"}}

_DIGITS = re.compile(r"(?<![\w.,\-/])([-−]\s?)?(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(,\d+)?(?![\w\-/]|[.,]\d)")


def _number(text: str) -> float:
    integer, _, decimals = text.partition(",")
    value = int(re.sub(r"[ \u00a0\u202f.]", "", integer))
    return value + float("0." + decimals) if decimals else value


def _tokens_at(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


class _Finder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        # the non-space tokens' indices and offsets, read as one array (Tokens made on demand)
        columns = doc.to_array([IS_SPACE, IDX, LENGTH]).tolist() if len(doc) else []
        self.words = [i for i, (space, _, _) in enumerate(columns) if not space]
        self.starts = [columns[i][1] for i in self.words]
        self.ends = [columns[i][1] + columns[i][2] for i in self.words]

    def next_word(self, end: int, skip: int = 0) -> Token | None:
        """The first token starting at or after `end` (after `skip` more)."""
        i = bisect.bisect_left(self.starts, end) + skip
        return self.doc[self.words[i]] if i < len(self.words) else None

    def prev_word(self, start: int) -> Token | None:
        i = bisect.bisect_right(self.ends, start) - 1
        return self.doc[self.words[i]] if i >= 0 else None

    def qualifier(self, start: int, end: int) -> tuple[str, int]:
        before = self.text[max(0, start - 24): start].lower()
        for pattern, words, qualifier in _QUALIFIER_BEFORE:
            if pattern.search(before):
                return qualifier, start - len(before) + before.rfind(words)
        after = self.text[end: end + 10].lower()
        if re.match(r"\s+environ\b", after):
            return "about", start
        return "exact", start

    def candidates(self):
        """(start, end, value, exact?) for digit numbers, number words and approximate nouns."""
        for m in _DIGITS.finditer(self.text):
            sign = -1 if m.group(1) and (m.start() == 0 or self.text[m.start() - 1].isspace()) else 1
            value = _number(m.group(2) + (m.group(3) or ""))
            yield (m.start(2) if sign > 0 else m.start(1)), m.end(), sign * value, None
        # The forms come as one list (doc_cache.token_lowers): a Token is made only for a word
        # the lists name, not for each of an article's few hundred tokens.
        lowers = token_lowers(self.doc)
        words: list[int] = []
        for i, lower in enumerate(lowers):
            if lower in NUMBER_WORDS or words and lower == "et" or "-" in lower and all(
                part in NUMBER_WORDS or part in ("et", "un", "une") for part in lower.split("-")
            ):
                words.append(i)
                continue
            yield from self._flush(words, lowers)
            words = []
            if lower.rstrip("s") in APPROX_NOUNS:
                yield from self._approx(self.doc[i])
            elif lower in ("un", "une") and i + 1 < len(lowers) and lowers[i + 1] in ("million", "milliard"):
                token = self.doc[i]
                yield token.idx, token.idx + len(token), 1, None  # "plus d'un milliard d'euros"
        yield from self._flush(words, lowers)

    def _flush(self, words: list[int], lowers: list[str]):
        while words and lowers[words[-1]] == "et":
            words = words[:-1]
        if not words:
            return
        text = " ".join(lowers[i] for i in words)
        try:
            value = text2num(text, "fr")
        except ValueError:
            return
        first, last = self.doc[words[0]], self.doc[words[-1]]
        yield first.idx, last.idx + len(last), value, None

    def _approx(self, noun: Token):
        """ "une centaine" (about 100), "des/plusieurs dizaines" (at least 20)."""
        base = APPROX_NOUNS[noun.lower_.rstrip("s")]
        det = self.prev_word(noun.idx)
        if det is None:
            return
        if det.lower_ in ("une", "un", "la", "l'", "d'une", "d'un"):
            value, qualifier, start = base, "about", det.idx
        elif det.lower_ in ("des", "plusieurs", "quelques", "de"):
            value, qualifier, start = 2 * base, "at_least", det.idx
        else:
            return
        end = noun.idx + len(noun)
        # "des dizaines de milliers": the approximation multiplies the next one
        after = self.text[end: end + 14].lower()
        scale = re.match(r"\s+(?:de |d')(milliers|millions)\b", after)
        if scale:
            value *= 1_000 if scale.group(1) == "milliers" else 1_000_000
            end += scale.end()
        yield start, end, value, qualifier


def _excluded(finder: _Finder, start: int, end: int) -> bool:
    text = finder.text
    if start > 0 and text[start - 1] in "-" and start > 1 and text[start - 2].isalpha():
        return True  # "MiG-29", "Colombey-les-deux-Églises"
    if end < len(text) and text[end] == "-" :
        return True
    nxt = finder.next_word(end)
    prev = finder.prev_word(start)
    if nxt is not None and (nxt.lower_ in UNITS or nxt.lower_ in MONTHS or nxt.lower_.startswith(("h", "ans")) and len(nxt) <= 3 and nxt.lower_ not in ("hommes",)):
        return True
    if nxt is not None and re.match(r"\d", nxt.text) and finder.text[end:nxt.idx].strip() == "" and prev is not None and prev.lower_ in ("h",):
        return True
    if prev is not None and prev.lower_ in ("h", ":") and finder.text[prev.idx + len(prev): start].strip() == "":
        return True  # the minutes of "5 h 45"
    if prev is not None and (prev.lower_ in ID_WORDS or prev.pos_ == "PROPN"):
        return True
    if prev is not None and prev.lower_ in ("les", "des", "ces", "tous", "toutes", "nos", "leurs", "ses") and finder.text[start:end].lower() == "deux":
        return True  # "les deux pays": both, not a count
    return False


def _is_year(finder: _Finder, start: int, end: int, value) -> bool:
    raw = finder.text[start:end]
    if not raw.isdigit() or not 1800 <= value <= 2100:
        return False
    nxt = finder.next_word(end)
    prev = finder.prev_word(start)
    counted = nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in MONTHS
    return not counted or prev is not None and prev.lower_ in ("en", "depuis", "de", "à", "dès", "avant", "après", "fin", "début", "mi")


def _counted(finder: _Finder, end: int) -> Token | None:
    """The noun a number counts: "300 réfugiés", "2 millions de personnes", "des dizaines de suspects"."""
    for skip in range(4):
        t = finder.next_word(end, skip)
        if t is None or t.is_punct:
            return None
        if t.lower_ in SCALES or t.lower_ in ("de", "d'", "d’", "autres", "environ"):
            continue
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            return t
        return None
    return None


def _number_of(tokens: list[Token]) -> Token | None:
    """What a bare number counts when its sentence says "le nombre de X" ("porte à 86 le nombre de
    personnes tuées", "le nombre de manifestants s'est élevé à 282 000")."""
    if not tokens:
        return None
    for t in token_sentence(tokens[0]):
        if t.lemma_.lower() in ("nombre", "bilan", "total"):
            counted = next((c for c in t.children if c.dep_.startswith("nmod") and c.pos_ == "NOUN"), None)
            if counted is not None:
                return counted
    return None


def _category(finder: _Finder, noun: Token | None, start: int, end: int) -> tuple[str, str | None]:
    after = finder.text[end: end + 16].lower()
    if re.match(r"\s*(%|pour cent|pourcent)", after):
        return "percent", None
    for word in re.findall(r"[^\s\d.,;:()'’]+", after)[:3]:
        if word in CURRENCIES:
            return "money", CURRENCIES[word]
    if noun is None:
        return "other", None
    for category in ("killed", "wounded", "arrested", "displaced", "protesters"):
        if noun.lower_ in CATEGORY_WORDS[category]:  # "55 blessées", "86 morts"
            return category, None
    # what happened to them: words attached to the noun, then up to the predicate of its clause
    words = {noun.lower_, noun.lemma_.lower()}
    node = noun
    for _ in range(4):
        words |= {c.lemma_.lower() for c in node.children if c.dep_ in ("acl", "amod", "acl:relcl")}
        words |= {c.lower_ for c in node.children if c.dep_ in ("acl", "amod", "acl:relcl")}
        if node.head.i == node.i:
            break
        child, node = node, node.head
        if node.pos_ == "VERB" and child.dep_ == "nsubj" and node.lemma_.lower() not in _STATES:
            break  # "une centaine de policiers ont interpellé": they did it, it was not done to them
        words |= {node.lower_, node.lemma_.lower()}
        if node.pos_ in ("VERB", "ADJ"):
            words |= {c.lemma_.lower() for c in node.children if c.dep_ in ("conj", "xcomp")}
            break
    for category in ("killed", "wounded", "arrested", "displaced"):
        if words & CATEGORY_WORDS[category]:
            return category, None
    if noun.lower_ in CATEGORY_WORDS["protesters"] or noun.lemma_ in ("personne", "gens") and any(
        t.lemma_.lower() in _PROTEST_CONTEXT for t in token_sentence(noun)
    ):
        return "protesters", None
    if noun.lower_ in CATEGORY_WORDS["troops"] or noun.lemma_.lower() in CATEGORY_WORDS["troops"]:
        return "troops", None
    return "other", None


def _event_of(noun: Token | None, start: int, sentence: tuple[int, int], category: str, events: list[dict]) -> int | None:
    """The event the figure's phrase depends on, else the nearest of a fitting type in its sentence."""
    by_start = {e["start"]: i for i, e in enumerate(events)}
    node = noun
    while node is not None:
        if node.idx in by_start:
            return by_start[node.idx]
        if node.head.i == node.i:
            break
        node = node.head
    fitting = EVENT_TYPES.get(category)
    near = [(abs(e["start"] - start), i) for i, e in enumerate(events)
            if sentence[0] <= e["start"] < sentence[1] and (fitting is None or e["type"] in fitting)]
    return min(near)[1] if near and fitting else None


def _claimed_by(start: int, sentence: tuple[int, int], quotes: list[dict], event: dict | None) -> dict | None:
    for quote in quotes:
        if quote["start"] <= start < quote["end"]:
            return quote.get("speaker")
    if event is not None and event["reported_by"]["kind"] != "article":
        return event["reported_by"].get("speaker")
    return None


def extract_figures(doc: Doc, ctx: Context) -> dict:
    finder = _Finder(doc)
    text = finder.text  # `Doc.text` joins every token on each access
    events = ctx.results.get("events") or []
    quotes = ctx.results.get("quotes") or []
    figures = []
    covered: list[tuple[int, int]] = []
    for start, end, value, approx_qualifier in sorted(finder.candidates()):
        if any(s <= start < e for s, e in covered):
            continue  # the second bound of a range or a scale already read
        if approx_qualifier is None and (_excluded(finder, start, end) or _is_year(finder, start, end, value)):
            continue
        if approx_qualifier is None and value in (0, 1) and not re.match(r"\s+milli", text[end: end + 8]):
            continue
        scale = re.match(r"\s+(mille|millions?|milliards?)\b", text[end: end + 12])
        if scale:
            value *= SCALES[scale.group(1)]
            end += scale.end()
        qualifier, q_start = finder.qualifier(start, end)
        if approx_qualifier is not None:
            qualifier = approx_qualifier if qualifier == "exact" else qualifier
        range_end = re.match(r"\s+(?:et|à|ou)\s+([-−]?\d[\d \u00a0\u202f.]*(?:,\d+)?|\w+)", text[end: end + 24])
        before = text[max(0, start - 8): start].lower()
        if range_end and (before.rstrip().endswith(("entre", "de")) or " ou " in range_end.group(0)):
            # "entre 5 000 et 10 000 combattants" -> at least 5 000; "six ou sept" -> about 6
            qualifier = "about" if " ou " in range_end.group(0) else "at_least"
            covered.append((end, end + range_end.end()))
            range_stop = end + range_end.end()
            unit = finder.next_word(range_stop)
            if unit is not None and unit.lower_ in UNITS:
                continue  # "entre 60 et 100 mm", "de 27 à 37 ans"
        else:
            range_stop = end
        noun = _counted(finder, range_stop)
        if approx_qualifier is None and noun is None and not re.match(r"\s*(%|pour cent)", text[range_stop: range_stop + 10]):
            prev = finder.prev_word(start)
            if prev is None or prev.lower_ not in ("à", "contre", "de", "sur", "environ", "plus", "moins", "porté", "porte"):
                currency = re.match(r"\s*(\S+)", text[range_stop: range_stop + 8])
                if not currency or currency.group(1).lower() not in CURRENCIES:
                    continue  # a bare number with nothing counted: an identifier or a score
        if noun is None:
            noun = _number_of(_tokens_at(doc, start, end))
        category, currency = _category(finder, noun, start, range_stop)
        if category == "other" and re.match(r"\s*(%|pour cent)", text[range_stop: range_stop + 10]):
            category = "percent"
        token = _tokens_at(doc, start, end)
        sent = token_sentence(token[0]) if token else None
        sentence = (sent.start_char, sent.end_char) if sent is not None else (start, end)
        event = _event_of(noun, start, sentence, category, events)
        text_start = min(q_start, start)
        record = {
            "start": text_start, "end": end, "text": text[text_start:end], "value": value,
            "qualifier": qualifier, "category": category, "event": event,
            "claimed_by": _claimed_by(start, sentence, quotes, events[event] if event is not None else None),
        }
        if currency:
            record["currency"] = currency
        figures.append(record)
        covered.append((start, end))
    return {"figures": figures}
