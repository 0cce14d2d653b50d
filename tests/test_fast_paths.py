"""The analysis's fast paths give what the plain code gives: each is checked against it on real text."""

from __future__ import annotations

import re

import pytest

from veille.actors import key_prefixes
from veille.actors.normalize import key, key_of_folded, fold, word_occurrences
from veille.analyze.context import Context
from veille.analyze.entities import extract_entities
from veille.analyze.actors import extract_actors
from veille.analyze.timex import grammar
from veille.analyze.timex.first_chars import first_class
from veille.doc_cache import doc_text, sentence_start_chars, sentences, token_sentence, token_starts

from conftest import corpus_articles


@pytest.fixture(scope="module")
def dev_texts():
    return [a["text"] for a in corpus_articles("dev", limit=40)]


def test_first_class_of_time_fragments():
    weekday = first_class(rf"(?:{grammar.WEEKDAY})", re.IGNORECASE)
    assert weekday == "[djlmsv]"  # dimanche, jeudi, lundi, mardi, mercredi, samedi, vendredi
    clock = first_class(r"(?:(?P<approx>[Vv]ers)\s+)?(?P<h>[01]?\d|2[0-3])\s?h")
    assert set(re.findall(r"\\d|[^\[\]\\]", clock)) == {"V", "v", "0", "1", "2", "\\d"}
    assert first_class(r"(?:le\s+)?") is None  # may match nothing: no gate
    assert first_class(r"[^a-z]+") is None  # a negated class is not followed


def test_gated_patterns_match_what_the_plain_ones_match(dev_texts):
    bodies = [
        rf"(?:(?P<approx>{grammar.APPROX})\s+)?(?P<num>{grammar.NUM})\s+(?P<unit>{grammar.DURATION_UNITS})",
        rf"(?:(?P<day>{grammar.DAYNUM})\s+)?(?P<month>{grammar.MONTH})(?:\s+(?P<year>{grammar.YEAR}))?",
        rf"(?P<wd>{grammar.WEEKDAY})(?:\s+(?P<part>matin|soir))?",
    ]
    for body in bodies:
        plain = re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)
        gated = re.compile(rf"(?<![\w])(?={first_class(body, re.IGNORECASE)}){body}(?![\w])", re.IGNORECASE)
        found = 0
        for text in dev_texts:
            spans = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in gated.finditer(text)] == spans
            found += len(spans)
        assert found > 0  # the comparison saw matches


def test_number_word_trie_matches_the_flat_alternation(dev_texts):
    words = ["vingt", "vingt-deux", "vingt deux", "deux", "deux cents", "cent"]
    flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    text = "Vingt-deux soldats, deux cents civils et vingt deux otages ; cent jours."
    for pattern in (flat, grammar._alt(words)):
        spans = [m.group() for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", text, re.IGNORECASE)]
        assert spans == ["Vingt-deux", "deux cents", "vingt deux", "cent"]
    flat_numbers = "|".join(sorted(map(re.escape, grammar.lx.NUMBER_WORDS), key=len, reverse=True))
    plain = re.compile(rf"(?<!\w)(?:{flat_numbers})(?!\w)", re.I)
    trie = re.compile(rf"(?<!\w)(?:{grammar._alt(grammar.lx.NUMBER_WORDS)})(?!\w)", re.I)
    for text in dev_texts:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_occurrences_is_the_boundary_regex():
    text = "Yahya Jammeh a cédé. Jammeh-Barrow, les Jammehs, puis Jammeh : « Jammeh »."
    for start in (0, 6, 21):
        expected = [(start + m.start(), start + m.end()) for m in re.finditer(r"(?<![\w-])Jammeh(?![\w-])", text[start:])]
        assert list(word_occurrences(text, "Jammeh", start)) == expected
    assert [text[a:b] for a, b in word_occurrences(text, "Jammeh")] == ["Jammeh"] * 3
    after_colon = text.index("puis Jammeh") + len("puis ")
    assert list(word_occurrences(text, "Jammeh", 7))[0] == (after_colon, after_colon + 6)  # not "Jammeh-", "Jammehs"
    # the search start is a boundary, as the start of a sliced string is to the regex
    assert list(word_occurrences(text, "ammeh", 7))[0] == (7, 12) and list(word_occurrences(text, "ammeh"))[:1] == []


def test_key_of_a_prefix_begins_the_key_of_the_run():
    # the pruning's premise: a run's key starts with the key of its first tokens (no article)
    runs = [["Union ", "africaine"], ["d'", "Arabie ", "saoudite"], ["Maison-", "Blanche"], ["M. ", "Samaras"]]
    for tokens in runs:
        whole = key_of_folded("".join(fold(t) for t in tokens))
        assert whole == key("".join(tokens))
        for n in range(1, len(tokens)):
            assert whole.startswith(key_of_folded("".join(fold(t) for t in tokens[:n])))


def test_key_prefixes():
    index = key_prefixes.KeyPrefixes(["union africaine", "union europeenne", "otan"])
    assert index.begins_any("union") and index.begins_any("union e") and index.begins_any("otan")
    assert not index.begins_any("unione") and not index.begins_any("zz")


def test_pruned_name_scan_finds_what_the_full_scan_finds(nlp, monkeypatch):
    articles = corpus_articles("dev", limit=30)

    def run():
        out = []
        for a in articles:
            doc = nlp(a["text"])
            ctx = Context(date=a["date"], date_precision="day", title=a["title"])
            ctx.results.update(extract_entities(doc, ctx))
            out.append(extract_actors(doc, ctx))
        return out

    pruned = run()
    everything = type("Everything", (), {"begins_any": staticmethod(lambda prefix: True)})()
    monkeypatch.setattr(key_prefixes, "of", lambda registry: (everything, everything))
    assert run() == pruned
    assert sum(len(r["entities"]) for r in pruned) > 300


def test_doc_cache_gives_spacy_values(nlp, dev_texts):
    doc = nlp(dev_texts[0])
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert sentence_start_chars(doc) == [s.start_char for s in doc.sents]
    assert token_starts(doc) == [t.idx for t in doc]
    assert all(token_sentence(doc[i]) == doc[i].sent for i in range(0, len(doc), 7))


def test_every_time_rule_match_holds_one_of_the_words_its_gate_needs():
    # the premise of `Rule.needs`: a rule skipped for want of its words could not have matched.
    # Over the 40 dev texts and sentences made to hold each gated rule's rarer forms.
    made = ("Au XIXe siècle, au premier trimestre 2020, dans les années 1990, l'hiver dernier, à Noël, "
            "le jour de l’an, le lendemain, la veille, ce jour-là, deux jours plus tard, mardi matin, "
            "en fin d'après-midi, vers midi et demie, trois heures et quart, une demi-journée, les "
            "trois derniers mois, chaque mardi, deux fois par semaine, un rapport mensuel, le quinquennat, "
            "les lundis, hier, aujourd’hui jeudi, pour l'instant, à l'heure actuelle, de nos jours, "
            "le 3 janv. 2021, début mars, au milieu du mois, le 07/12/2021, le 2021-12-07, à 15h30 et 9 h.")
    texts = [a["text"] for a in corpus_articles("dev", limit=40)] + [made]
    gated = [rule for rule in grammar.RULES if rule.needs or rule.gate]
    assert len(gated) >= 28
    seen = set()
    for text in texts:
        for rule in gated:
            for match in rule.pattern.finditer(text):
                if match.end() > match.start():
                    read = text[max(0, match.start() - 4):match.end()].lower()  # with what a lookbehind reads ("par ")
                    assert not rule.needs or any(word in read for word in rule.needs), (rule.name, match.group())
                    assert rule.gate is None or rule.gate.search(match.group()), (rule.name, match.group())
                    seen.add(rule.name)
    assert len(seen) >= 22  # most gated rules were seen matching, so the check had something to check


def test_rules_skip_articles_without_their_words():
    century = next(rule for rule in grammar.RULES if rule.name == "century")
    assert not century.may_match("le 3 mai, à paris.", "") and century.may_match("au xixe siècle", "")
    numeric = next(rule for rule in grammar.RULES if rule.name == "numeric_date")
    assert not numeric.may_match("", "Le 3 mai 2021.") and numeric.may_match("", "Le 03/05/2021.")
    text = "Au XIXe siècle, puis le 3 mai."
    assert [text[c.start:c.end] for c in grammar.find(text)] == ["XIXe siècle", "le 3 mai"]
