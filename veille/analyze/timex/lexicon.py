"""French words the time grammar is built from: months, weekdays, numbers, units, parts of the day.

Each table maps a surface form (lower case, accents as written; unaccented spellings added where
news copy drops them) to what it means. The grammar (`grammar.py`) turns the keys into regular
expression alternations, longest first.
"""

from __future__ import annotations

MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "mars": 3, "avril": 4,
    "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11,
    "décembre": 12, "decembre": 12, "déc.": 12,
}

WEEKDAYS = {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7}

# TIMEX3 codes for parts of the day, and the clock hours each stands for (start, end inclusive).
DAY_PARTS = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV",
    "nuit": "NI", "journée": "DT",
}
DAY_PART_HOURS = {"MO": (6, 11), "AF": (12, 17), "EV": (18, 23), "NI": (0, 5), "DT": (6, 17)}

# Clock times said as words.
NAMED_TIMES = {"midi": (12, 0), "minuit": (0, 0)}

SEASONS = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
# Astronomical bounds (month, day) of each season; winter runs into the next year.
SEASON_BOUNDS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 19))}

# Calendar units: the TIMEX3 duration letter, whether it sits after the "T", and how many of the
# letter one unit is (a decade is 10 years).
UNITS = {
    "seconde": ("S", True, 1), "secondes": ("S", True, 1),
    "minute": ("M", True, 1), "minutes": ("M", True, 1),
    "heure": ("H", True, 1), "heures": ("H", True, 1),
    "jour": ("D", False, 1), "jours": ("D", False, 1), "journée": ("D", False, 1), "journées": ("D", False, 1),
    "semaine": ("W", False, 1), "semaines": ("W", False, 1),
    "quinzaine": ("D", False, 15),
    "mois": ("M", False, 1),
    "trimestre": ("M", False, 3), "trimestres": ("M", False, 3),
    "semestre": ("M", False, 6), "semestres": ("M", False, 6),
    "an": ("Y", False, 1), "ans": ("Y", False, 1), "année": ("Y", False, 1), "années": ("Y", False, 1),
    "décennie": ("Y", False, 10), "décennies": ("Y", False, 10),
    "siècle": ("Y", False, 100), "siècles": ("Y", False, 100),
}

_ONES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def _number_words() -> dict[str, int]:
    """French number words 1-99 in their usual spellings (with and without hyphens)."""
    words = dict(_ONES)
    for tens_word, tens in _TENS.items():
        words[tens_word] = tens
        for ones_word, ones in _ONES.items():
            if ones > 9 and tens != 60:
                continue
            if ones == 1:
                words[f"{tens_word} et un"] = words[f"{tens_word}-et-un"] = tens + 1
                words[f"{tens_word} et une"] = words[f"{tens_word}-et-une"] = tens + 1
            else:
                words[f"{tens_word}-{ones_word}"] = words[f"{tens_word} {ones_word}"] = tens + ones
    words["quatre-vingt"] = words["quatre-vingts"] = 80
    for ones_word, ones in _ONES.items():
        words[f"quatre-vingt-{ones_word}"] = 80 + ones
    words["cent"] = 100
    return words


NUMBER_WORDS = _number_words()
# Vague quantities: the count is unknown (TIMEX3 "X").
VAGUE_QUANTITIES = {"quelques": "X", "plusieurs": "X", "des": "X", "de nombreux": "X", "de nombreuses": "X"}

# Modifiers kept inside a time expression (TimeML `mod`), and how they narrow its interval.
POSITION_MODIFIERS = {
    "début": "START", "fin": "END", "mi": "MID", "milieu": "MID", "courant": "MID",
}
APPROXIMATORS = {
    "environ": "APPROX", "près de": "APPROX", "presque": "LESS_THAN", "quelque": "APPROX",
    "plus de": "MORE_THAN", "moins de": "LESS_THAN", "au moins": "EQUAL_OR_MORE",
    "pas moins de": "EQUAL_OR_MORE", "au plus": "EQUAL_OR_LESS", "à peine": "LESS_THAN",
    "une bonne": "MORE_THAN", "un peu plus de": "MORE_THAN", "un peu moins de": "LESS_THAN",
    "vers": "APPROX", "aux alentours de": "APPROX", "autour de": "APPROX",
}

# Roman numerals for centuries ("le XXe siècle").
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(numeral: str) -> int:
    total = 0
    values = [ROMAN[c] for c in numeral.upper()]
    for i, value in enumerate(values):
        total += -value if i + 1 < len(values) and values[i + 1] > value else value
    return total


def number_value(word: str) -> int | float | str | None:
    """'trois' -> 3, '12' -> 12, '2,5' -> 2.5, 'quelques' -> 'X'; None when not a number."""
    word = word.lower().strip()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    if word in VAGUE_QUANTITIES:
        return "X"
    cleaned = word.replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if cleaned.isdigit():
        return int(cleaned)
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return None

# One-off events the news names without their date (public record: first and last day). An event
# is named when both patterns match somewhere in the text: the games and their city. Dating reads
# them like office terms (`dating.py`): of 33 dev articles naming the Rio Games, 32 are of 2016,
# 23 of August.
DATED_EVENTS = [
    # (name, pattern, second pattern or None, first day, last day)
    ("Jeux olympiques de Londres", r"\b(?:[Oo]lympiques?|JO)\b", r"\bLondres\b", (2012, 7, 27), (2012, 8, 12)),
    ("Jeux olympiques de Rio", r"\b(?:[Oo]lympiques?|JO)\b", r"\bRio\b", (2016, 8, 5), (2016, 8, 21)),
    ("Jeux paralympiques de Rio", r"\b[Pp]aralympiques?\b", r"\bRio\b", (2016, 9, 7), (2016, 9, 18)),
    ("Jeux olympiques de Pyeongchang", r"\b(?:[Oo]lympiques?|JO)\b", r"\bPyeong[Cc]hang\b", (2018, 2, 9), (2018, 2, 25)),
    ("Euro 2016", r"\bEuro 2016\b", None, (2016, 6, 10), (2016, 7, 10)),
]
