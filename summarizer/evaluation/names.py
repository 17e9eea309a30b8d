"""Name normalisation and alias-aware, fuzzy name matching.

Two names are the same when their normalised forms are equal, or when a fuzzy
ratio says they are near-misses of each other (`Sergey Lavrov` ~ `Sergei
Lavrov`). Normalisation folds case, accents and punctuation, and drops a
leading article and leading titles (`Mr`, `President`, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process
from unidecode import unidecode

__all__ = [
    "FUZZY_NAME_MIN",
    "FUZZY_MIN_CHARS",
    "NameIndex",
    "NameSet",
    "normalize_name",
    "name_score",
    "match_scores",
]

FUZZY_NAME_MIN = 88.0
"""Least rapidfuzz ratio (0-100) for two different normalised names to count as one."""
FUZZY_MIN_CHARS = 5
"""Names shorter than this must match exactly (`Iran` is not `Iraq`)."""

EXACT_PRIMARY = 1.0
EXACT_ALIAS = 0.95
FUZZY_WEIGHT = 0.9

TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame madam president vice senator sen rep
    representative gov governor minister ambassador chancellor king queen prince princess sheikh
    pope rev reverend lord lady col colonel lt capt captain adm admiral comrade premier""".split()
)
_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVE = re.compile(r"['’]s\b")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold case, accents, punctuation; drop a leading article and titles (kept if nothing else remains)."""
    text = _POSSESSIVE.sub("", unidecode(name).lower())
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    tokens = _NON_WORD.sub(" ", text).split()
    start = 0
    while start < len(tokens) - 1 and (tokens[start] in TITLES or tokens[start] in _ARTICLES):
        start += 1
    return " ".join(tokens[start:])


def name_score(a: str, b: str) -> float:
    """How well two normalised names match: 1.0 equal, a fuzzy score, or 0.0."""
    if a == b:
        return 1.0 if a else 0.0
    if min(len(a), len(b)) < FUZZY_MIN_CHARS:
        return 0.0
    ratio = fuzz.token_sort_ratio(a, b)
    return ratio / 100.0 if ratio >= FUZZY_NAME_MIN else 0.0


@dataclass(frozen=True)
class NameSet:
    """One item's normalised name and aliases, primary first."""

    forms: tuple[str, ...]

    @classmethod
    def of(cls, name: str, aliases: Iterable[str] = ()) -> "NameSet":
        return _nameset(name, tuple(aliases))

    @property
    def primary(self) -> str:
        return self.forms[0] if self.forms else ""

    @property
    def long_forms(self) -> tuple[str, ...]:
        """The forms long enough to match fuzzily."""
        return tuple(f for f in self.forms if len(f) >= FUZZY_MIN_CHARS)

    def score(self, other: "NameSet") -> float:
        """Best match between any two forms; exact primary-to-primary scores highest."""
        if not self.forms or not other.forms:
            return 0.0
        if self.forms[0] == other.forms[0]:
            return EXACT_PRIMARY
        if not set(self.forms).isdisjoint(other.forms):
            return EXACT_ALIAS
        choices = other.long_forms
        best = 0.0
        for form in self.long_forms if choices else ():
            hit = process.extractOne(form, choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_NAME_MIN)
            if hit and hit[1] > best:
                best = hit[1]
        return FUZZY_WEIGHT * best / 100.0


@lru_cache(maxsize=65536)
def _nameset(name: str, aliases: tuple[str, ...]) -> NameSet:
    seen: dict[str, None] = {}
    for raw in (name, *aliases):
        form = normalize_name(raw)
        if form:
            seen.setdefault(form, None)
    return NameSet(tuple(seen))


class NameIndex:
    """Gold name sets compiled for matching many predictions: exact forms in a dict, fuzzy hits memoised."""

    def __init__(self, gold: list[NameSet]) -> None:
        self.owners: dict[str, list[tuple[int, bool]]] = {}
        self.choices: list[str] = []
        self.choice_owner: list[int] = []
        for g, names in enumerate(gold):
            for k, form in enumerate(names.forms):
                self.owners.setdefault(form, []).append((g, k == 0))
                if len(form) >= FUZZY_MIN_CHARS:
                    self.choices.append(form)
                    self.choice_owner.append(g)
        self._fuzzy: dict[str, list[tuple[int, float]]] = {}
        self._hits: dict[NameSet, dict[int, float]] = {}

    def fuzzy(self, form: str) -> list[tuple[int, float]]:
        """(gold index, score) of every gold form within the fuzzy threshold of `form`."""
        hits = self._fuzzy.get(form)
        if hits is None:
            found = process.extract(form, self.choices, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_NAME_MIN, limit=None)
            hits = [(self.choice_owner[i], FUZZY_WEIGHT * ratio / 100.0) for _, ratio, i in found]
            self._fuzzy[form] = hits
        return hits

    def scores(self, predicted: list[NameSet]) -> dict[tuple[int, int], float]:
        """Sparse scores {(predicted index, gold index): score} for every pair that matches at all."""
        scores: dict[tuple[int, int], float] = {}
        for p, names in enumerate(predicted):
            hits = self._hits.get(names)
            if hits is None:
                hits = self._hits[names] = self._match(names)
            for g, value in hits.items():
                scores[(p, g)] = value
        return scores

    def _match(self, names: NameSet) -> dict[int, float]:
        """Gold items matching one predicted name set. An exact hit on any form ends the search:
        an exact name is evidence enough of which item it is, so no fuzzy search follows."""
        hits: dict[int, float] = {}
        for k, form in enumerate(names.forms):
            for g, primary in self.owners.get(form, ()):
                value = EXACT_PRIMARY if (primary and k == 0) else EXACT_ALIAS
                if hits.get(g, 0.0) < value:
                    hits[g] = value
        if hits or not self.choices:
            return hits
        for form in names.long_forms:
            for g, value in self.fuzzy(form):
                if hits.get(g, 0.0) < value:
                    hits[g] = value
        return hits


def match_scores(predicted: list[NameSet], gold: list[NameSet]) -> dict[tuple[int, int], float]:
    """Sparse scores of predicted against gold name sets (compile a `NameIndex` to match many)."""
    return NameIndex(gold).scores(predicted)
