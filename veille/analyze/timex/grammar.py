"""The French time grammar: one rule per kind of expression, each a regular expression over the
text and a builder turning its match into a meaning (`semantics.py`).

Extents follow the ISO-TimeML French guidelines (Bittar 2010): the noun phrase with its
determiner and modifiers ("le 2 février", "la veille", "plus de trois ans", "la fin de l'année"),
without the preposition in front ("en", "depuis", "pendant", "à", "vers"). Two deliberate
departures, both documented in docs/output.md: "il y a trois ans" and "dans deux jours" are
tagged whole as dates (the point in time is what a reader wants), and "N jours plus tard" is a
date anchored on the narrative.

A builder returns None to reject a match (a year with no temporal cue around it, "Mars" the
planet); `find()` keeps the longest non-overlapping matches.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from dateutil.easter import easter

from veille.analyze.timex import calendar as cal
from veille.analyze.timex import lexicon as lx
from veille.analyze.timex import semantics as sem
from veille.analyze.timex.first_chars import first_class


def _alt(words) -> str:
    """An alternation of words, longest first, written as a trie ("vingt(?:-(?:deux|trois))?…").

    It matches what the flat "longest|…|shortest" alternation matches, in the same order: the
    words that match at one position are prefixes of one another, and the trie tries the longer
    continuation before stopping. But the regex engine then tests one character per position
    instead of each of the 168 number words in turn, which made number-led rules the time
    extractor's main cost. Words equal but for case keep the flat form: under IGNORECASE two
    branches of the trie could both match, and the order would no longer be by length."""
    words = set(words)
    if "" in words or len({w.casefold() for w in words}) < len(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + "|".join(branches) + ")?"  # greedy: the longer word first, then the word ending here


AP = "['’]"
MONTH = _alt(lx.MONTHS)
WEEKDAY = _alt(lx.WEEKDAYS)
# "1 er février": the "er" of an HTML "1<sup>er</sup>" comes apart once the tags are stripped
# (26 times in the corpus `dev` split).
FIRST = "1[ \u00a0\u202f]?er"
DAYNUM = rf"{FIRST}|premier|[12]\d|3[01]|0?[1-9]"
YEAR = r"(?:1[5-9]|20)\d\d"
# "octobre 98", "le 10 novembre 93": a two-digit year, only where nothing follows it.
SHORT_YEAR = r"['’]?(?P<short>\d\d)(?=\s*(?:[,.;:)]|$))"
NUM = _alt(lx.NUMBER_WORDS) + r"|\d+(?:[.,]\d+)?"
APPROX = _alt(lx.APPROXIMATORS)
DURATION_UNITS = _alt(lx.UNITS)
CAL_UNITS = r"jours?|semaines?|mois|ans?|années?|décennies|décennie|siècles?|week-ends?"
DECADE_WORDS = {"vingt": 192, "trente": 193, "quarante": 194, "cinquante": 195, "soixante": 196,
                "soixante-dix": 197, "quatre-vingt": 198, "quatre-vingts": 198, "quatre-vingt-dix": 199}

# A bare year ("2014") is a date only after one of these words; elsewhere it is too often a
# number ("2000 manifestants"), a model or a score.
YEAR_CUES = {
    "en", "depuis", "dès", "de", "d'", "avant", "après", "jusqu'en", "jusqu'à", "vers", "et", "à",
    "entre", "pour", "au", "du", "fin", "début", "mi", "milieu", "courant", "été", "hiver",
    "printemps", "automne", "saison", "ou", "puis", "(", ",", "in", "l'an", "année", "janvier",
} | set(lx.MONTHS)
# Words that may follow a year ("le bilan 2001 de la délinquance", "en 2014, il a ...").
FUNCTION_WORDS = {
    "de", "du", "des", "d'", "d’", "et", "à", "au", "aux", "ou", "en", "pour", "par", "sur", "contre", "avec",
    "dans", "qui", "que", "qu'", "qu’", "a", "est", "sont", "ont", "était", "sera", "se", "s'", "s’", "ne", "n'", "n’",
    "il", "elle", "ils", "elles", "on", "le", "la", "les", "l'", "l’", "un", "une", "ce", "cette", "avait", "avaient",
    "alors", "puis", "lors", "après", "avant", "depuis", "jusqu'à", "jusqu’à", "où", "mais", "car", "donc",
}
# Nouns after a number that make it a count, not a year.
COUNT_NOUNS = re.compile(
    r"\s+(?:personnes|morts|blessés|habitants|euros|dollars|francs|km|kilomètres|mètres|m|kg|tonnes|voix|"
    r"exemplaires|emplois|salariés|soldats|hommes|femmes|enfants|manifestants|participants|policiers|"
    r"réfugiés|migrants|victimes|cas|sièges|points|litres|hectares|logements|fois)\b",
    re.IGNORECASE,
)
AGE_CONTEXT = re.compile(
    r"(?:[âa]gée?s?|l['’]âge|homme|femme|garçon|fille|fillette|enfant|bébé|jeune|adolescente?|victime|"
    r"retraitée?|personne|militante?|ressortissante?|joueur|joueuse|athlète|conducteur|conductrice|"
    r"suspecte?|mère|père|fils|étudiante?|patiente?|ans,)\s+de\s+$",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    start: int
    end: int
    type: str                    # DATE, TIME, DURATION, SET
    meaning: sem.Meaning
    rule: str


@dataclass
class Rule:
    name: str
    type: str
    pattern: re.Pattern
    build: Callable[[re.Match, str], sem.Meaning | None]
    # Lower-case words one of which every match contains: a rule whose words are all absent from
    # an article is not scanned at all (most articles hold no "siècle", "trimestre", "fois"...).
    needs: tuple[str, ...] = ()
    # For rules built on digits: a small pattern every match contains ("\\d[/.]\\d" for 07/12/2021),
    # searched once before the rule's own scan.
    gate: re.Pattern | None = None

    def may_match(self, lowered: str, text: str) -> bool:
        if self.needs and not any(word in lowered for word in self.needs):
            return False
        return self.gate is None or self.gate.search(text) is not None


def _previous_word(text: str, start: int) -> str:
    before = text[max(0, start - 30):start].rstrip()
    if before.endswith(("(", ",")):
        return before[-1]
    match = re.search(r"([\w'’-]+)$", before)
    return match.group(1).lower().replace("’", "'") if match else ""


def _day_number(word: str) -> int:
    return 1 if re.sub(r"\s", "", word.lower()) in ("1er", "premier") else int(word)


def _month_number(word: str) -> int:
    return lx.MONTHS[word.lower()]


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= cal.last_day(year, month)


def _related(meaning: sem.Meaning, word: str | None) -> sem.Meaning:
    """Apply "dernier"/"prochain" (and their synonyms) to a meaning."""
    if word:
        word = word.lower()
        if word.startswith(("dernier", "dernière", "passé", "écoulé")):
            meaning.relation = -1
        elif word.startswith("prochain"):
            meaning.relation = 1
    return meaning


# -- dates -------------------------------------------------------------------------------------

def _year_of(m) -> int | None:
    groups = m.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("short"):
        short = int(groups["short"])
        return short + (2000 if short < 50 else 1900)
    return None


def build_full_date(m, text):
    d, month = _day_number(m["day"]), _month_number(m["month"])
    wd = m.groupdict().get("wd")
    weekday = lx.WEEKDAYS[wd.lower()] if wd else None
    y = _year_of(m)
    if y is not None:
        if not _valid(y, month, d):
            return None
        return sem.Absolute(cal.day(dt.date(y, month, d)))
    if d > 31 or (month == 2 and d > 29) or (month in (4, 6, 9, 11) and d > 30):
        return None
    return _related(sem.PartialDate(month, d, weekday), m.groupdict().get("rel"))


def build_weekday_daynum(m, text):
    return sem.PartialDate(None, _day_number(m["day"]), lx.WEEKDAYS[m["wd"].lower()])


def build_numeric_date(m, text):
    y = int(m["year"])
    if len(m["year"]) == 2:
        y += 2000 if y < 50 else 1900
    month, d = int(m["month"]), int(m["day"])
    if not _valid(y, month, d):
        return None
    return sem.Absolute(cal.day(dt.date(y, month, d)))


def build_month_year(m, text):
    return sem.Absolute(cal.month(_year_of(m), _month_number(m["month"])), unit="month")


def build_month(m, text):
    word = m["month"]
    capitalised = word[0].isupper() and not word.isupper()
    cued = m["det"] or m["rel"] or _previous_word(text, m.start()) in YEAR_CUES | {"d'ici", "mois"}
    if capitalised and not m["det"]:
        return None  # "Mars" the planet, "Mai" a name: months are written in lower case
    if word.lower() == "mars" and not cued:
        return None
    return _related(sem.PartialDate(_month_number(word)), m["rel"])


def build_year(m, text):
    if not m["det"]:
        previous = _previous_word(text, m.start())
        # "1982-1990", "2015/2016": a range of years (not "31/02/2021", an impossible date)
        in_range = re.search(rf"(?<!\d){YEAR}[-–/]$", text[max(0, m.start() - 6):m.start()]) or re.match(rf"[-–/]{YEAR}(?!\d)", text[m.end():])
        if COUNT_NOUNS.match(text, m.end()):
            return None
        if not in_range and re.search(r"\d[/.]$", text[max(0, m.start() - 3):m.start()]):
            return None  # the tail of "31/02/2021", a date that does not exist
        following = re.match(r"\s+([a-zà-ÿ'’]+)", text[m.end():])
        if previous not in YEAR_CUES and not in_range and following and following.group(1) not in FUNCTION_WORDS:
            return None  # "2000 manifestants": a count; "le bilan 2001 de ..." passes
        # "entre 2000 et 3000 personnes": a range of counts, not of years.
        after = re.match(r"\s*(?:et|à|ou|-)\s*(\d+)", text[m.end():])
        if after and not re.fullmatch(YEAR, after.group(1)):
            return None
        before = re.search(r"(\d+)\s*(?:et|à|ou|-)\s*$", text[max(0, m.start() - 12):m.start()])
        if before and not re.fullmatch(YEAR, before.group(1)):
            return None
    return sem.Absolute(cal.year(int(m["year"])), unit="year")


def build_decade(m, text):
    token = m["dec"].lower()
    if token in DECADE_WORDS:
        prefix = DECADE_WORDS[token]
    elif len(token) == 4:
        prefix = int(token) // 10
    else:
        prefix = 190 + int(token) // 10
    return sem.Absolute(cal.decade(prefix), unit="decade")


def build_century(m, text):
    token = m["num"]
    n = int(token) if token.isdigit() else lx.roman_to_int(token)
    if not 1 <= n <= 21:
        return None
    return sem.Absolute(cal.century(n - 1), unit="century")


def build_season(m, text):
    code = lx.SEASONS[m["season"].lower()]
    if m["year"]:
        return sem.Absolute(cal.season(int(m["year"]), code), unit="season")
    if not (m["det"] or m["rel"]):
        if _previous_word(text, m.start()) not in {"en", "au", "cet", "cette"}:
            return None
        if code == "SU" and _previous_word(text, m.start()) != "en":
            return None  # "été" is also the participle of être
    meaning = sem.Yearly(f"XXXX-{code}", lambda y, c=code: cal.season(y, c), unit="season")
    if m["det"] and m["det"].strip().lower() in ("ce", "cet", "cette"):
        meaning.relation = 0
    return _related(meaning, m["rel"])


ORDINAL_PART = {"premier": 1, "1er": 1, "deuxième": 2, "2e": 2, "second": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4}


def build_quarter(m, text):
    unit = m["unit"].lower()
    index = ORDINAL_PART.get(re.sub(r"\s", "", m["ord"].lower()))
    if index is None or (unit == "semestre" and index > 2):
        return None
    make = (lambda y, i=index: cal.quarter(y, i)) if unit == "trimestre" else (lambda y, i=index: cal.half(y, i))
    year = m["year"] or m["year2"]
    if year:
        return sem.Absolute(make(int(year)), unit="quarter")
    return sem.Yearly(f"XXXX-{'Q' if unit == 'trimestre' else 'H'}{index}", make, unit="quarter")


DEICTIC_DAYS = {"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2}


def build_deictic(m, text):
    word = m["w"].lower().replace("’", "'")
    meaning = sem.Shift("day", DEICTIC_DAYS[word])
    # "Aujourd'hui, la ville compte 3000 habitants": untensed, it means "nowadays".
    meaning.present_when_untensed = word == "aujourd'hui"
    return meaning


REFERENCES = {"actuellement": "PRESENT_REF", "désormais": "PRESENT_REF", "dorénavant": "PRESENT_REF",
              "maintenant": "PRESENT_REF", "l'heure actuelle": "PRESENT_REF", "nos jours": "PRESENT_REF",
              "pour l'instant": "PRESENT_REF", "pour le moment": "PRESENT_REF", "l'avenir": "FUTURE_REF",
              "auparavant": "PAST_REF", "autrefois": "PAST_REF", "jadis": "PAST_REF"}


def build_reference(m, text):
    word = re.sub(r"\s+", " ", m[0].lower().replace("’", "'"))
    if word == "maintenant" and _previous_word(text, m.start()) == "en":
        return None  # "en maintenant": the verb maintenir
    return sem.Reference(REFERENCES[word])


UNIT_GRANULARITY = {
    "semaine": "week", "mois": "month", "an": "year", "année": "year", "week-end": "weekend",
    "weekend": "weekend", "trimestre": "quarter", "siècle": "century", "décennie": "decade", "jour": "day",
}


def build_relative_unit(m, text):
    groups = m.groupdict()
    det = (groups["det"] or "").lower().replace("’", "'")
    unit = UNIT_GRANULARITY[m["unit"].lower()]
    rel = re.sub(r"\s+", " ", (groups["rel"] or "").lower())
    demonstrative = det in ("ce", "cet", "cette")
    if (groups.get("ci") or "").lower() == "là" or rel == "même":
        return sem.Shift(unit, 0, "narrative")
    if rel.startswith(("précédent", "d'avant")):
        return sem.Shift(unit, -1, "narrative")
    if rel.startswith("suivant"):
        return sem.Shift(unit, 1, "narrative")
    if rel.startswith(("dernier", "dernière", "passé", "écoulé")):
        return sem.Shift(unit, -1)
    if rel.startswith("prochain"):
        return sem.Shift(unit, 1)
    if demonstrative or rel == "en cours":
        return sem.Shift(unit, 0)
    return None  # "la semaine", "le mois" alone: no anchor said


def build_weekday(m, text):
    meaning = sem.Weekday(lx.WEEKDAYS[m["wd"].lower()])
    rel = (m["rel"] or "").lower()
    if rel in ("précédent", "suivant"):
        meaning.base = "narrative"
        meaning.relation = -1 if rel == "précédent" else 1
        return meaning
    return _related(meaning, rel)


def build_mod_unit(m, text):
    meaning = build_relative_unit(m, text) if m["rel"] else sem.Shift(UNIT_GRANULARITY[m["unit"].lower()], 0)
    if meaning is None:
        return None
    meaning.mod = lx.POSITION_MODIFIERS[m["mod"].lower()]
    return meaning


# -- times of day ------------------------------------------------------------------------------

DAY_PREFIX = (
    rf"avant-hier|après-demain|hier|demain|aujourd{AP}hui|le\s+lendemain|la\s+veille|"
    rf"(?:(?:le|ce)\s+)?(?:{WEEKDAY})(?:\s+(?:{DAYNUM})(?:\s+(?:{MONTH}))?(?:\s+{YEAR})?)?"
    rf"(?:\s+(?:dernier|prochain))?"
)


def parse_day(phrase: str) -> sem.Meaning | None:
    """The meaning of a day phrase embedded in a larger expression ("mardi" in "mardi soir")."""
    phrase = phrase.strip()
    lowered = re.sub(r"\s+", " ", phrase.lower().replace("’", "'"))
    if lowered == "le lendemain":
        return sem.Shift("day", 1, "narrative")
    if lowered == "la veille":
        return sem.Shift("day", -1, "narrative")
    for rule in DAY_RULES:
        match = rule.pattern.fullmatch(phrase)
        if match:
            return rule.build(match, phrase)
    return None


def build_day_then_part(m, text):
    day = parse_day(m["pre"])
    if day is None:
        return None
    meaning = sem.DayPart(lx.DAY_PARTS[m["part"].lower()], day=day)
    if m["mod"]:
        meaning.mod = lx.POSITION_MODIFIERS[m["mod"].lower()]
    return meaning


def build_part_of_day(m, text):
    det = (m["det"] or "").lower().replace("’", "'")
    rel = (m["rel"] or "").lower().strip().lstrip("-")
    if not (det or m["mod"] or m["day"]):
        return None  # bare "nuit", "soir": "boîte de nuit"
    if m["part"][0].isupper() and not m["part"].isupper():
        return None  # "Le Soir", the newspaper
    code = lx.DAY_PARTS[m["part"].lower()]
    if m["day"]:
        day = parse_day(m["day"])
        if day is None:
            return None
    elif rel.startswith("derni"):
        day = sem.Shift("day", -1)
    elif rel in ("même", "là"):
        day = None  # the day in context
    elif rel.startswith(("suivant", "précédent")):
        day = sem.Shift("day", 1 if rel.startswith("suivant") else -1, "narrative")
    elif det in ("ce", "cette", "cet"):
        day = sem.Shift("day", 0)
    else:
        day = None
    meaning = sem.DayPart(code, day=day)
    if m["mod"]:
        meaning.mod = lx.POSITION_MODIFIERS[m["mod"].lower()]
    return meaning


def _zone(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if any(z in word for z in ("gmt", "utc", "tu")):
        return "UTC"
    if "paris" in word or "français" in word or "métropole" in word:
        return "PARIS"
    return None


CLOCK_CUES = {"vers", "environ", "à", "vers", "dès", "jusqu'à", "avant", "après", "depuis", "entre", "est", "et", "de", "à partir de", "aux", "partir"}
DURATION_CUES = {"pendant", "durant", "en", "plus", "moins", "près", "bout", "environ", "durée", "quelque", "presque"}


def _clock_meaning(m, text, hour: int, minute: int) -> sem.Meaning | None:
    if m["sfx"]:
        suffix = m["sfx"].lower()
        if ("soir" in suffix or "après-midi" in suffix) and hour < 12:
            hour += 12
    meaning = sem.ClockTime(hour, minute, _zone(m["zone"]))
    if m["approx"]:
        meaning.mod = "APPROX"  # "vers 15 h": kept in the span, as TimeML keeps modifiers
    return meaning


def build_clock(m, text):
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if m["sep"] == ":" and not m["m"]:
        return None
    previous = _previous_word(text, m.start("h"))
    if not m["m"] and previous in DURATION_CUES:
        return None  # "pendant 3 h": a duration
    return _clock_meaning(m, text, hour, minute)


def build_clock_words(m, text):
    hour = lx.number_value(m["h"])
    if not isinstance(hour, int) or hour > 24:
        return None
    previous = _previous_word(text, m.start("h"))
    if previous not in CLOCK_CUES:
        return None  # "deux heures" alone is a duration
    if previous == "de" and not re.match(r"\s*(?:à|au|jusqu)", text[m.end():]):
        return None
    minute = {"et quart": 15, "et demie": 30, "moins le quart": -15}.get(
        re.sub(r"\s+", " ", (m["frac"] or "").lower()), int(m["min"]) if m["min"] else 0)
    if minute < 0:
        hour, minute = hour - 1, 60 + minute
    return _clock_meaning(m, text, hour % 24, minute)


def build_named_time(m, text):
    if not m["named"].islower():
        return None  # "le Midi", the south of France
    hour, minute = lx.NAMED_TIMES[m["named"]]
    if m["frac"]:
        minute = 30 if "demi" in m["frac"] else 15
    return sem.ClockTime(hour, minute, None)


# -- durations and sets ------------------------------------------------------------------------

def _count(m) -> int | float | str | None:
    count = lx.number_value(m["num"])
    if count is None:
        return None
    if m.groupdict().get("half"):
        count = count + 0.5 if not isinstance(count, str) else count
    return count


def _is_age(m, text) -> bool:
    """"un homme de 45 ans", "Jean Dupont, 38 ans,", "(54 ans)": an age, not a duration."""
    if m["unit"].lower() not in ("ans", "an", "mois") or m["approx"]:
        return False
    before = text[max(0, m.start() - 40):m.start()]
    if AGE_CONTEXT.search(before):
        return True
    if re.search(r"[,(]\s*$", before) and re.match(r"\s*[,).]", text[m.end():]):
        return True
    if m["unit"].lower() == "mois":
        return False  # months are an age only after the words above ("un bébé de six mois")
    if re.search(r"\bà\s+$", before) and not re.match(r"\s+(?:de|d['’]|du|des|avant|après|près)\b", text[m.end():]):
        return True  # "mort à 88 ans", "à 20 ans, il ..." (but "à deux ans de l'élection")
    # "<det> <noun> [adjective | de <noun>] de N ans" is an age ("un électricien allemand de 37
    # ans", "un chauffeur de bus de 38 ans") unless a noun measures time ("une peine de 10 ans").
    head = re.search(r"(?:\b(?:un|une|le|la|les|des|du|ce|cette)\s+|^|[,;]\s*)((?:[\w-]+\s+){1,3})de\s+$", before, re.IGNORECASE)
    if not head:
        return False
    words = {w.lower() for w in head.group(1).split()}
    return not words & TIME_MEASURING_NOUNS and not words & {"plus", "moins", "près", "pendant", "durant", "depuis"}


TIME_MEASURING_NOUNS = {
    "peine", "durée", "période", "prison", "réclusion", "mandat", "contrat", "délai", "retard", "absence",
    "attente", "règne", "exil", "carrière", "moyenne", "espace", "intervalle", "bail", "plan", "programme",
    "guerre", "conflit", "travail", "service", "emprisonnement", "détention", "suspension", "interdiction",
    "campagne", "enquête", "procès", "processus", "projet", "chantier", "moratoire", "trêve", "grève",
    "séjour", "voyage", "stage", "formation", "crise", "occupation", "siège", "blocus", "sursis", "vie",
}


def build_duration(m, text):
    if _is_age(m, text):
        return None
    count = _count(m)
    if count is None or count == 0:
        return None
    letter, in_time, factor = lx.UNITS[m["unit"].lower()]
    if factor != 1 and not isinstance(count, str):
        count *= factor
    meaning = sem.Duration(sem.duration_value(count, letter, in_time))
    if m["approx"]:
        meaning.mod = lx.APPROXIMATORS[re.sub(r"\s+", " ", m["approx"].lower())]
    return meaning


def build_vague_duration(m, text):
    letter, in_time, _ = lx.UNITS[m["unit"].lower()]
    return sem.Duration(sem.duration_value("X", letter, in_time))


HALF_UNITS = {"heure": "PT30M", "journée": "PT12H", "siècle": "P50Y", "heures": "PT30M"}


def build_half_duration(m, text):
    return sem.Duration(HALF_UNITS[m["unit"].lower()])


def build_last_n(m, text):
    number = m["num"] or m["num2"]
    count = lx.number_value(number) if number else "X"
    letter, in_time, factor = lx.UNITS[m["unit"].lower()]
    if factor != 1 and not isinstance(count, str):
        count *= factor
    return sem.Duration(sem.duration_value(count, letter, in_time))


def _unit_granularity(word: str) -> str:
    word = word.lower()
    for stem, granularity in (("jour", "day"), ("semaine", "week"), ("mois", "month"), ("an", "year"),
                              ("décenni", "decade"), ("siècle", "century"), ("week-end", "weekend")):
        if word.startswith(stem):
            return granularity
    raise ValueError(word)


def build_ago_generic(m, text):
    count = lx.number_value(m["num"])
    if not isinstance(count, int):
        return None
    pre = re.sub(r"\s+", " ", m["pre"].lower().replace("’", "'"))
    sign = 1 if pre in ("dans", "d'ici") else -1
    unit = _unit_granularity(m["unit"])
    if unit == "week":
        return sem.Shift("day", sign * 7 * count)  # "il y a une semaine": that day a week ago
    return sem.Shift(unit, sign * count)


def build_later(m, text):
    count = lx.number_value(m["num"])
    if not isinstance(count, int):
        return None
    later = re.sub(r"\s+", " ", m["dir"].lower()).startswith(("plus tard", "après"))
    return sem.Shift(_unit_granularity(m["unit"]), count if later else -count, "narrative")


NARRATIVE_DAYS = {"lendemain": 1, "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
                  "le même jour": 0, "ce jour-là": 0, "le jour même": 0}


def build_narrative_day(m, text):
    key = re.sub(r"\s+", " ", m[0].lower().replace("’", "'"))
    return sem.Shift("day", NARRATIVE_DAYS[key], "narrative")


SET_UNIT_VALUES = {"jour": ("D", False), "semaine": ("W", False), "mois": ("M", False), "an": ("Y", False),
                   "année": ("Y", False), "heure": ("H", True), "minute": ("M", True), "siècle": ("CE", False)}


def build_set(m, text):
    unit = m["unit"].lower()
    singular = unit[:-1] if unit.endswith("s") and unit != "mois" else unit
    if singular in lx.WEEKDAYS:
        return sem.Recurrence(f"XXXX-WXX-{lx.WEEKDAYS[singular]}")
    if singular in lx.DAY_PARTS:
        return sem.Recurrence(f"XXXX-XX-XXT{lx.DAY_PARTS[singular]}")
    if singular == "week-end":
        return sem.Recurrence("XXXX-WXX-WE")
    letter, in_time = SET_UNIT_VALUES[singular]
    count = lx.number_value(m["num"]) if m["num"] else 1
    if not isinstance(count, int):
        return None
    return sem.Recurrence(sem.duration_value(count, letter, in_time))


def build_times_per(m, text):
    letter, in_time = SET_UNIT_VALUES[m["unit"].lower()]
    return sem.Recurrence(sem.duration_value(1, letter, in_time))


# Adjectives of frequency (the guidelines' "journalier, hebdomadaire, mensuelle").
FREQUENCY_ADJECTIVES = {"quotidien": "P1D", "journalier": "P1D", "hebdomadaire": "P1W", "mensuel": "P1M",
                        "trimestriel": "P3M", "semestriel": "P6M", "annuel": "P1Y", "bisannuel": "P2Y"}


def build_frequency_adjective(m, text):
    word = m["adj"].lower()
    stem = re.sub(r"(?:le|les|s|e|es)$", "", word) if word not in FREQUENCY_ADJECTIVES else word
    for base, value in FREQUENCY_ADJECTIVES.items():
        if stem == base or word.startswith(base):
            if _previous_word(text, m.start()) in {"le", "du", "au", "un", "ce", "les", "des", "aux"} and word.startswith("quotidien"):
                return None  # "le quotidien Le Monde": the newspaper
            return sem.Recurrence(value)
    return None


PER_UNIT = {"an": "P1Y", "année": "P1Y", "mois": "P1M", "semaine": "P1W", "jour": "P1D", "heure": "PT1H", "minute": "PT1M"}


def build_per_unit(m, text):
    return sem.Recurrence(PER_UNIT[m["unit"].lower()])


TERMS_OF_OFFICE = {"quinquennat": "P5Y", "septennat": "P7Y", "un quart de siècle": "P25Y", "un demi-siècle": "P50Y"}


def build_term(m, text):
    return sem.Duration(TERMS_OF_OFFICE[re.sub(r"\s+", " ", m[0].lower())])


def build_plural_weekday(m, text):
    return sem.Recurrence(f"XXXX-WXX-{lx.WEEKDAYS[m['wd'].lower()[:-1]]}")


# -- holidays ----------------------------------------------------------------------------------

def _easter_offset(days: int):
    return lambda y: cal.day(easter(y) + dt.timedelta(days=days))


def _fixed(month: int, day: int):
    return lambda y: cal.day(dt.date(y, month, day))


HOLIDAYS = {
    "noël": ("XXXX-12-25", _fixed(12, 25)), "pâques": ("XXXX-XX-XX", _easter_offset(0)),
    "pentecôte": ("XXXX-XX-XX", _easter_offset(49)), "ascension": ("XXXX-XX-XX", _easter_offset(39)),
    "toussaint": ("XXXX-11-01", _fixed(11, 1)), "saint-sylvestre": ("XXXX-12-31", _fixed(12, 31)),
    "nouvel an": ("XXXX-01-01", _fixed(1, 1)), "jour de l'an": ("XXXX-01-01", _fixed(1, 1)),
    "saint-valentin": ("XXXX-02-14", _fixed(2, 14)), "assomption": ("XXXX-08-15", _fixed(8, 15)),
}


def build_holiday(m, text):
    name = re.sub(r"\s+", " ", m["name"].lower().replace("’", "'"))
    if name == "noël" and not (m["det"] or m["year"]) and _previous_word(text, m.start()) not in {"à", "de", "avant", "après", "depuis", "pour"}:
        return None
    if name == "noël" and re.match(r"\s+[A-Z]", text[m.end():]):
        return None  # "Noël Mamère"
    label, span_in = HOLIDAYS[name]
    if m["year"]:
        return sem.Absolute(span_in(int(m["year"])))
    return sem.Yearly(label, span_in)


# -- the rules ---------------------------------------------------------------------------------

def _rule(name: str, type_: str, pattern: str, build, flags=re.IGNORECASE, needs=(), contains: str | None = None) -> Rule:
    # At a word start, then gated on the characters a match can begin with (see first_chars). The
    # group makes both word-boundary guards hold for every alternative of a rule written as one.
    first = first_class(pattern, flags)
    gate = f"(?={first})" if first else ""
    return Rule(name, type_, re.compile(rf"(?<![\w]){gate}(?:{pattern})(?![\w])", flags), build, tuple(needs),
                re.compile(contains) if contains else None)


# The words behind `needs`: what a match must contain, whatever else it holds.
MONTH_WORDS = tuple(sorted({m.rstrip(".") for m in lx.MONTHS}))
WEEKDAY_WORDS = tuple(lx.WEEKDAYS)
DEICTIC_WORDS = ("aujourd", "hier", "demain")


DAY_RULES = [
    _rule("full_date", "DATE", rf"(?:(?P<det>le|ce)\s+)?(?:(?P<wd>{WEEKDAY})\s+)?(?P<day>{DAYNUM})\s+(?P<month>{MONTH})(?:\s+(?:(?P<year>{YEAR})|{SHORT_YEAR})|\s+(?P<rel>derniers?|prochains?))?", build_full_date, needs=MONTH_WORDS),
    _rule("weekday_daynum", "DATE", rf"(?:(?P<det>le|ce)\s+)?(?P<wd>{WEEKDAY})\s+(?P<day>{DAYNUM})(?!\s*(?:h\b|heures?|:|[.,]\d))", build_weekday_daynum, needs=WEEKDAY_WORDS),
    _rule("weekday", "DATE", rf"(?:(?P<det>le|ce)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<rel>dernier|prochain|passé|précédent|suivant))?", build_weekday, needs=WEEKDAY_WORDS),
    _rule("deictic_day", "DATE", rf"(?P<w>aujourd{AP}hui|avant-hier|après-demain|hier|demain)", build_deictic, needs=DEICTIC_WORDS),
    # "hier mardi", "aujourd'hui vendredi 3 mai": one day, said twice.
    _rule("deictic_weekday", "DATE", rf"(?P<w>aujourd{AP}hui|avant-hier|après-demain|hier|demain),?\s+(?:{WEEKDAY})(?:\s+(?:{DAYNUM})\s+(?:{MONTH})(?:\s+{YEAR})?)?", build_deictic, needs=DEICTIC_WORDS),
]

RULES = DAY_RULES + [
    _rule("numeric_date", "DATE", r"(?<![\d.,/])(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{4}|\d{2})(?![\d.,/]\d)", build_numeric_date, contains=r"\d[/.][01]?\d[/.]\d"),
    _rule("iso_date", "DATE", rf"(?P<year>{YEAR})-(?P<month>[01]\d)-(?P<day>[0-3]\d)", build_numeric_date, contains=r"\d-[01]\d-[0-3]\d"),
    _rule("month_year", "DATE", rf"(?:(?P<det>(?:le\s+)?mois\s+d{AP}\s*|(?:le\s+)?mois\s+de\s+))?(?P<month>{MONTH})\s+(?:de\s+l{AP}année\s+)?(?:(?P<year>{YEAR})|{SHORT_YEAR})", build_month_year, needs=MONTH_WORDS),
    _rule("month", "DATE", rf"(?:(?P<det>(?:(?:le|ce)\s+)?mois\s+d{AP}\s*|(?:(?:le|ce)\s+)?mois\s+de\s+))?(?P<month>{MONTH})(?:\s+(?P<rel>derniers?|prochains?))?", build_month, needs=MONTH_WORDS),
    _rule("year", "DATE", rf"(?:(?P<det>l{AP}an|l{AP}année)\s+)?(?<![\d.,])(?P<year>{YEAR})(?![.,]\d)", build_year),
    _rule("decade", "DATE", rf"(?:(?P<det>les)\s+)?années\s+(?P<dec>(?:1[5-9]|20)\d0|[1-9]0|{_alt(DECADE_WORDS)})", build_decade, needs=("années",)),
    _rule("century", "DATE", r"(?:(?P<det>le|ce)\s+)?(?P<num>[IVXLC]+|\d{1,2})(?:e|è|ème|eme)\s+siècle", build_century, needs=("siècle",)),
    _rule("season", "DATE", rf"(?:(?P<det>l{AP}|cet\s+|ce\s+|cette\s+))?(?P<season>printemps|été|automne|hiver)(?:\s+(?P<year>{YEAR})|\s+(?P<rel>dernier|prochain))?", build_season, needs=("printemps", "été", "automne", "hiver")),
    _rule("quarter", "DATE", rf"(?:(?P<det>le|ce)\s+)?(?P<ord>premier|{FIRST}|deuxième|2e|second|troisième|3e|quatrième|4e)\s+(?P<unit>trimestre|semestre)(?:\s+(?P<year>{YEAR})|\s+de\s+l{AP}année\s+(?P<year2>{YEAR}))?", build_quarter, needs=("trimestre", "semestre")),
    # The guidelines' temporal adverbs; "l'instant", "le moment", "l'avenir" only after the
    # preposition that makes them temporal ("pour l'instant", "à l'avenir").
    _rule("reference", "DATE", rf"actuellement|désormais|dorénavant|maintenant|auparavant|autrefois|jadis|(?<=à\s)l{AP}heure\s+actuelle|(?<=de\s)nos\s+jours|pour\s+l{AP}instant|pour\s+le\s+moment|(?<=à\s)l{AP}avenir|(?<=dans\s)l{AP}avenir", build_reference, needs=("actuellement", "désormais", "dorénavant", "maintenant", "auparavant", "autrefois", "jadis", "heure", "jours", "instant", "moment", "avenir")),
    _rule("relative_unit", "DATE", rf"(?P<det>le|la|l{AP}|ce|cet|cette)\s*(?P<unit>semaine|mois|an|année|week-end|weekend|trimestre|siècle|décennie|jour)(?:-(?P<ci>ci|là))?(?:\s+(?P<rel>dernier|dernière|prochain|prochaine|passé|passée|précédent|précédente|suivant|suivante|en\s+cours|écoulé|écoulée|même|d{AP}avant))?", build_relative_unit),
    _rule("mod_unit", "DATE", rf"(?:(?P<det>la|le)\s+)?(?P<mod>début|fin|milieu|courant)\s+(?:de\s+l{AP}|de\s+la\s+|du\s+|d{AP}|de\s+)(?P<unit>année|an|mois|semaine|week-end|siècle|décennie|trimestre)(?:\s+(?P<rel>dernier|dernière|prochain|prochaine|précédent|précédente|suivant|suivante|en\s+cours))?", build_mod_unit, needs=("début", "fin", "milieu", "courant")),
    _rule("narrative_day", "DATE", rf"(?<=au\s)lendemain|(?<=du\s)lendemain|la\s+veille|l{AP}avant-veille|le\s+lendemain|le\s+surlendemain|le\s+même\s+jour|ce\s+jour-là|le\s+jour\s+même", build_narrative_day, needs=("lendemain", "veille", "jour")),
    _rule("ago", "DATE", rf"(?P<pre>il\s+y\s+a|voici|cela\s+fait|ça\s+fait|dans|d{AP}ici)\s+(?P<num>{NUM})\s+(?P<unit>{CAL_UNITS})", build_ago_generic),
    _rule("later", "DATE", rf"(?P<num>{NUM})\s+(?P<unit>{CAL_UNITS})\s+(?P<dir>plus\s+tard|plus\s+tôt|auparavant|après|avant)(?=\s*(?:[,.;:)!?]|$))", build_later, needs=("tard", "tôt", "avant", "après")),
    _rule("later_strong", "DATE", rf"(?P<num>{NUM})\s+(?P<unit>{CAL_UNITS})\s+(?P<dir>plus\s+tard|plus\s+tôt|auparavant)", build_later, needs=("tard", "tôt", "auparavant")),
    _rule("holiday", "DATE", rf"(?:(?P<det>le\s+jour\s+de|la\s+fête\s+de|la|l{AP})\s+)?(?P<name>Noël|Pâques|Pentecôte|Ascension|Toussaint|Saint-Sylvestre|Nouvel\s+An|jour\s+de\s+l{AP}an|Saint-Valentin|Assomption)(?:\s+(?P<year>{YEAR}))?", build_holiday, needs=("noël", "pâques", "pentecôte", "ascension", "toussaint", "sylvestre", "nouvel", "l'an", "l’an", "valentin", "assomption")),
    # times of day
    _rule("day_then_part", "TIME", rf"(?P<pre>{DAY_PREFIX})\s+(?:(?:en\s+)?(?P<mod>début|fin|milieu)\s+(?:de\s+|d{AP}))?(?P<part>matin|matinée|après-midi|soir|soirée|nuit)", build_day_then_part, needs=("matin", "après-midi", "soir", "nuit")),
    _rule("part_of_day", "TIME", rf"(?:(?P<mod>début|fin|milieu)\s+(?:de\s+|d{AP}))?(?P<det>ce|cette|cet|le|la|l{AP})?\s*(?P<part>matinée|matin|après-midi|soirée|soir|nuit|journée)(?P<rel>-là|\s+même|\s+dernière|\s+dernier|\s+suivante|\s+suivant|\s+précédente|\s+précédent)?(?:\s+(?:de|du)\s+(?P<day>{DAY_PREFIX}|(?:{DAYNUM})\s+(?:{MONTH})(?:\s+{YEAR})?)(?:\s+(?:à|au)\s+(?:{WEEKDAY}|{DAYNUM}(?:\s+(?:{MONTH}))?))?)?", build_part_of_day, needs=("matin", "après-midi", "soir", "nuit", "journée")),
    _rule("clock", "TIME", rf"(?:(?P<approx>[Vv]ers|[Ee]nviron|aux\s+alentours\s+de|autour\s+de)\s+)?(?<![\d,.])(?P<h>[01]?\d|2[0-3])\s?(?P<sep>h|H|:)\s?(?P<m>[0-5]\d)?(?:\s+(?P<sfx>du\s+matin|du\s+soir|de\s+l{AP}après-midi))?(?:\s+(?P<zone>GMT|UTC|TU|heure\s+de\s+Paris|heure\s+française|heures?\s+locales?|locales?|heure\s+de\s+la\s+métropole))?", build_clock, flags=0, contains=r"\d\s?[hH:]"),
    _rule("clock_words", "TIME", rf"(?:(?P<approx>vers|environ)\s+)?(?P<h>{NUM})\s+heures?(?:\s+(?P<frac>et\s+quart|et\s+demie|moins\s+le\s+quart)|\s+(?P<min>[0-5]\d))?(?:\s+(?P<sfx>du\s+matin|du\s+soir|de\s+l{AP}après-midi))?(?:\s+(?P<zone>GMT|UTC|TU|heure\s+de\s+Paris|heure\s+française|heure\s+locale))?", build_clock_words, needs=("heure",)),
    _rule("named_time", "TIME", r"(?<!-)(?P<named>midi|minuit)(?:\s+(?P<frac>et\s+demie|et\s+quart))?", build_named_time, flags=0, needs=("midi", "minuit")),
    # durations
    _rule("duration", "DURATION", rf"(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})\s+(?P<unit>{DURATION_UNITS})(?P<half>\s+et\s+demie?)?", build_duration),
    _rule("vague_duration", "DURATION", rf"(?:quelques|plusieurs|de\s+nombreuses|de\s+nombreux|de\s+longues|de\s+longs|des)\s+(?P<unit>secondes|minutes|heures|jours|semaines|mois|années|décennies|siècles)(?!\s+(?:\d|{_alt(DECADE_WORDS)}))", build_vague_duration),
    _rule("half_duration", "DURATION", r"(?:une|un)\s+demi-(?P<unit>heure|journée|siècle)", build_half_duration, needs=("demi-",)),
    _rule("last_n", "DURATION", rf"(?:les|ces)\s+(?:(?P<num>{NUM})\s+)?(?:derniers|dernières|prochains|prochaines)\s+(?:(?P<num2>{NUM})\s+)?(?P<unit>secondes|minutes|heures|jours|semaines|mois|années|ans|décennies|siècles)", build_last_n, needs=("dernier", "dernière", "prochain")),
    # sets
    _rule("set", "SET", rf"(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>{NUM})\s+)?(?P<unit>jours?|semaines?|mois|ans|an|années?|heures?|minutes?|matins?|soirs?|nuits?|week-ends?|siècles?|(?:{WEEKDAY})s?)", build_set, needs=("chaque", "tous", "toutes")),
    _rule("times_per", "SET", rf"(?:{NUM})\s+fois\s+par\s+(?P<unit>jour|semaine|mois|an|année|heure|minute)", build_times_per, needs=("fois",)),
    # ("quotidiens" is left out: "les grands quotidiens" are newspapers.)
    _rule("frequency_adjective", "SET", r"(?P<adj>quotidienne?s?(?<!quotidiens)|(?:journalier|hebdomadaire|mensuel|trimestriel|semestriel|annuel|bisannuel)(?:le|les|s|e|es)?)", build_frequency_adjective, needs=("quotidien", "journalier", "hebdomadaire", "mensuel", "trimestriel", "semestriel", "annuel")),
    # "0,38 % par an": the rate's period (the preposition stays out, as everywhere).
    _rule("per_unit", "SET", r"(?<=par\s)(?P<unit>an|année|mois|semaine|jour|heure|minute)(?!\s+(?:de|d['’]|du|des)\s)", build_per_unit, needs=("par",)),
    _rule("term", "DURATION", r"quinquennat|septennat|un\s+quart\s+de\s+siècle|un\s+demi-siècle", build_term, needs=("quinquennat", "septennat", "siècle")),
    _rule("plural_weekday", "SET", rf"les\s+(?P<wd>{_alt(w + 's' for w in lx.WEEKDAYS)})", build_plural_weekday, needs=WEEKDAY_WORDS),
]


def find(text: str) -> list[Candidate]:
    """Every time expression in the text: the longest non-overlapping rule matches, in order."""
    found = []
    lowered = text.lower()
    for priority, rule in enumerate(RULES):
        if not rule.may_match(lowered, text):
            continue
        for match in rule.pattern.finditer(text):
            if match.end() == match.start():
                continue
            meaning = rule.build(match, text)
            if meaning is not None:
                found.append((match.start(), match.end(), priority, rule, meaning))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[Candidate] = []
    for start, end, _, rule, meaning in found:
        if any(start < c.end and c.start < end for c in taken):
            continue
        taken.append(Candidate(start, end, rule.type, meaning, rule.name))
    taken.sort(key=lambda c: c.start)
    return [_with_position_modifier(text, c) for c in taken]


# "début 2022", "mi-juin", "fin des années 1990", "à la fin du mois de mai": the modifier joins the
# expression (TimeML `mod`), the preposition before it stays out.
POSITION_PREFIX = re.compile(
    rf"(?:(?:la|le)\s+)?(?P<mod>début|fin|mi|milieu|courant)(?:\s*-\s*|\s+(?:de\s+l{AP}|de\s+la\s+|du\s+|des\s+|d{AP}|de\s+)?)$",
    re.IGNORECASE,
)
MODIFIABLE = {"month", "year", "decade", "century", "season", "quarter", "week", "weekend"}


def _with_position_modifier(text: str, candidate: Candidate) -> Candidate:
    meaning = candidate.meaning
    if candidate.type != "DATE" or meaning.mod or meaning.granularity not in MODIFIABLE:
        return candidate
    match = POSITION_PREFIX.search(text[max(0, candidate.start - 24):candidate.start])
    if not match:
        return candidate
    meaning.mod = lx.POSITION_MODIFIERS[match["mod"].lower()]
    start = candidate.start - (len(match[0]))
    return Candidate(start, candidate.end, candidate.type, meaning, candidate.rule)
