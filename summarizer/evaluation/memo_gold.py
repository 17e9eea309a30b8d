"""Memo gold: what a memo of a set of articles must say, and its scores (format: evals/MEMO_GOLD.md).

A memo gold file lists the articles (in memo order, A1, A2, ...), the facts a
bottom line must carry, the stances the default matrix must show (and others
that are right when shown), and names that must never be resolved to one
entity. `score_memo` gives:

- `fact_recall`: gold facts carried by some bottom-line sentence (a sentence
  that has a term of every one of the fact's term groups and cites one of its
  articles) / gold facts;
- `sentence_precision`: bottom-line sentences whose every name, stance and
  number is in the gold of the articles they cite / sentences (a place needs
  only to be named by a cited article; a quotation must be its words);
- `matrix_precision`: default-view rows that are right (a gold stance, an
  also-right stance, or a stance of the gold briefs of the row's articles, with
  the row's label) / default-view rows;
- `matrix_recall`: gold stances shown by a default-view row with their label
  / gold stances;
- `wrong_merges`: `apart` pairs the memo resolved to one entity.

Names are matched as the brief eval matches them (`names.NameSet`: folded,
titles dropped, fuzzy); topic phrases by their content words (`phrases`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from unidecode import unidecode

from ..articles import Article, load_path
from ..errors import InputError
from ..extract.entities import country_of_demonym
from ..memos.language import inventory
from ..memos.schema import Memo, StanceRow
from ..schema import StanceLabel
from .gold import GoldBrief, load_gold
from .names import NameSet, normalize_name
from .phrases import content_words, opposite, overlap_f1

__all__ = [
    "MEMO_METRICS",
    "MEMO_TARGETS",
    "MemoGold",
    "MemoGoldError",
    "MemoGoldSet",
    "MemoScore",
    "load_memo_gold",
    "load_memo_gold_set",
    "score_memo",
]

MEMO_METRICS = ("fact_recall", "sentence_precision", "matrix_precision", "matrix_recall", "wrong_merges")
MEMO_TARGETS: dict[str, tuple[str, float]] = {
    "fact_recall": (">=", 0.6),
    "sentence_precision": (">=", 1.0),
    "matrix_precision": (">=", 0.85),
    "wrong_merges": ("<=", 0),
}
"""The targets of the memo issue (issue 13): direction and bound."""
_PLACES = frozenset({"GPE", "LOC", "FAC"})
"""Entity types of places: a place a cited article names may be named, though its gold lists only actors."""
TARGET_MIN_OVERLAP = 0.5
"""Least content-word F1 for a topic-phrase target to match a gold target (as in the brief eval)."""


class MemoGoldError(InputError):
    """A memo gold file is unreadable, malformed, or does not fit its articles."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MemoGoldFact(_Gold):
    id: str = Field(min_length=1)
    fact: str = Field(min_length=1, description="The fact in words, for the reader of the gold file and the report.")
    articles: list[str] = Field(min_length=1, description="Labels (A1, A2, ...) of the articles that state it.")
    terms: list[list[str]] = Field(min_length=1, description="Groups of words or phrases; a sentence needs one of each group.")
    ordered: bool = Field(default=False, description="The groups must come in this order (who, then the stance, then toward whom).")


class MemoGoldStance(_Gold):
    holder: str = Field(min_length=1)
    target: str = Field(min_length=1)
    target_aliases: list[str] = Field(default_factory=list)
    label: StanceLabel


class MemoGold(_Gold):
    name: str = Field(min_length=1)
    articles: list[str] = Field(min_length=1, description="Article files in memo order: A1, A2, ...")
    gold_briefs: str | None = Field(default=None, description="Folder of the articles' gold briefs, relative to this file.")
    facts: list[MemoGoldFact] = Field(default_factory=list)
    stances: list[MemoGoldStance] = Field(default_factory=list)
    also_right: list[MemoGoldStance] = Field(default_factory=list)
    apart: list[tuple[str, str]] = Field(default_factory=list)


@dataclass
class MemoGoldSet:
    """A memo gold file with its articles (in memo order) and their gold briefs (by label, where there are any)."""

    path: Path
    gold: MemoGold
    articles: list[Article]
    briefs: dict[str, GoldBrief] = field(default_factory=dict)

    def label(self, article_id: str) -> str:
        return next((f"A{n}" for n, a in enumerate(self.articles, 1) if a.id == article_id), article_id)


def load_memo_gold(path: str | Path) -> MemoGold:
    """Read and validate one memo gold file; errors name the file and what is wrong."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise MemoGoldError(f"{path}: cannot read ({e.strerror or e})") from e
    except yaml.YAMLError as e:
        raise MemoGoldError(f"{path}: invalid YAML ({' '.join(str(e).split())})") from e
    if not isinstance(data, dict):
        raise MemoGoldError(f"{path}: expected a mapping with keys name, articles, facts, stances, also_right, apart")
    try:
        gold = MemoGold.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MemoGoldError(f"{path}: {where}: {first['msg']}") from e
    labels = {f"A{n}" for n in range(1, len(gold.articles) + 1)}
    for fact in gold.facts:
        unknown = sorted(set(fact.articles) - labels)
        if unknown:
            raise MemoGoldError(f"{path}: fact '{fact.id}' cites {', '.join(unknown)}, not one of A1..A{len(gold.articles)}")
    return gold


def load_memo_gold_set(path: str | Path, articles_dir: str | Path) -> MemoGoldSet:
    """The memo gold at `path`, its articles read from `articles_dir`, and its gold briefs when it names a folder."""
    path, articles_dir = Path(path), Path(articles_dir)
    gold = load_memo_gold(path)
    articles = []
    for name in gold.articles:
        file = articles_dir / name
        if not file.is_file():
            raise MemoGoldError(f"{path}: article '{name}' not found in {articles_dir}")
        loaded = load_path(file)
        if len(loaded) != 1:
            raise MemoGoldError(f"{path}: '{name}' holds {len(loaded)} articles; a memo gold names one file per article")
        articles.append(loaded[0])
    briefs: dict[str, GoldBrief] = {}
    if gold.gold_briefs:
        folder = (path.parent / gold.gold_briefs).resolve()
        for n, name in enumerate(gold.articles, 1):
            file = folder / (Path(name).stem + ".yaml")
            if file.is_file():
                briefs[f"A{n}"] = load_gold(file)
    return MemoGoldSet(path, gold, articles, briefs)


# --------------------------------------------------------------------------- scoring


@dataclass
class MemoScore:
    metrics: dict[str, float | int | None]
    details: dict[str, Any]

    def meets_targets(self) -> dict[str, bool]:
        out = {}
        for key, (direction, bound) in MEMO_TARGETS.items():
            value = self.metrics.get(key)
            out[key] = value is not None and (value >= bound if direction == ">=" else value <= bound)
        return out


def score_memo(memo: Memo, gold_set: MemoGoldSet) -> MemoScore:
    """Score a memo of the gold set's articles (see the module docstring)."""
    labels = {a.id: gold_set.label(a.id) for a in memo.articles}
    entities = _EntityNames(memo)
    facts = _facts(memo, gold_set, labels)
    sentences = _sentences(memo, gold_set, labels)
    rows, shown = _matrix(memo, gold_set, labels, entities)
    merges = _merges(memo, gold_set)
    metrics = {
        "fact_recall": _ratio(sum(f["carried"] for f in facts), len(facts)),
        "sentence_precision": _ratio(sum(s["ok"] for s in sentences), len(sentences)) if gold_set.briefs else None,
        "matrix_precision": _ratio(sum(r["right"] for r in rows), len(rows)),
        "matrix_recall": _ratio(sum(s["shown"] for s in shown), len(shown)),
        "wrong_merges": len(merges),
    }
    return MemoScore(metrics, {"facts": facts, "sentences": sentences, "rows": rows, "stances": shown, "wrong_merges": merges})


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


# -- facts ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w.]+", " ", unidecode(text).casefold()).split())


def _term_at(text: str, term: str, start: int = 0) -> int | None:
    """Where a term ends in the folded `text` from `start`, found at the start of a word (`support` finds supports); None if absent."""
    match = re.compile(rf"(?<![\w.]){re.escape(_fold(term))}").search(_fold(text), start)
    return match.end() if match else None


def _carries(text: str, fact: MemoGoldFact) -> bool:
    """One term of every group in `text` (in the groups' order when the fact is ordered)."""
    position = 0
    for group in fact.terms:
        ends = [end for t in group if (end := _term_at(text, t, position if fact.ordered else 0)) is not None]
        if not ends:
            return False
        position = min(ends)
    return True


def _facts(memo: Memo, gold_set: MemoGoldSet, labels: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for fact in gold_set.gold.facts:
        carried_by = [
            n for n, s in enumerate(memo.bottom_line, 1)
            if {labels.get(a) for a in s.articles} & set(fact.articles) and _carries(s.text, fact)
        ]  # fmt: skip
        out.append({"id": fact.id, "fact": fact.fact, "carried": bool(carried_by), "by_sentences": carried_by})
    return out


# -- sentences -------------------------------------------------------------------------------


def _sentences(memo: Memo, gold_set: MemoGoldSet, labels: dict[str, str]) -> list[dict[str, Any]]:
    texts = {gold_set.label(a.id): a.text for a in gold_set.articles}
    out = []
    for sentence in memo.bottom_line:
        cited = [labels.get(a, a) for a in sentence.articles]
        problems = _sentence_problems(sentence.text, cited, gold_set, texts)
        out.append({"text": sentence.text, "articles": cited, "by": sentence.by, "ok": not problems, "problems": problems})
    return out


def _sentence_problems(text: str, cited: list[str], gold_set: MemoGoldSet, texts: dict[str, str]) -> list[str]:
    """What in `text` the gold of the `cited` articles does not have: names, stances, numbers, quotes."""
    briefs = [gold_set.briefs[c] for c in cited if c in gold_set.briefs]
    names = _gold_names(briefs)
    stated = inventory(text, tuple(sorted({n for b in briefs for n in _surface_names(b)}, key=len, reverse=True)))
    problems = []
    for name, kind in stated.names:
        if re.fullmatch(r"A\d+", name):
            continue  # the memo's own article label ('A2 is about ...'), not a name
        place = kind in _PLACES and any(_phrase_in(name, texts.get(c, "")) for c in cited)
        if not place and not _named_in_gold(name, kind, names):
            problems.append(f"names '{name}', which no cited article's gold has")
    for label in sorted(stated.labels):
        if not _stance_in_gold(text, label, briefs, gold_set):
            problems.append(f"says '{label}' of no holder and target a cited article's gold gives that stance")
    numbers = _gold_numbers(briefs, [texts[c] for c in cited if c in texts]) | {float(len(cited))}
    for number in sorted(stated.numbers - numbers):
        problems.append(f"gives the number {number:g}, which no cited article's gold has")
    for quoted in stated.quotes:
        if not any(_squash(quoted) in _squash(texts.get(c, "")) for c in cited):
            problems.append(f"quotes “{quoted}”, which no cited article has")
    return problems


def _surface_names(brief: GoldBrief) -> list[str]:
    out = []
    for item in (*brief.actors, *brief.sources):
        out.extend([item.name, *item.aliases])
    for source in brief.sources:
        if source.affiliation:
            out.extend([source.affiliation, *source.affiliation_aliases])
    return [n for n in out if n and n[:1].isupper() and len(n) > 2]


def _gold_names(briefs: list[GoldBrief]) -> list[NameSet]:
    sets = []
    for brief in briefs:
        for item in (*brief.actors, *brief.sources):
            sets.append(NameSet.of(item.name, item.aliases))
        for source in brief.sources:
            if source.affiliation:
                sets.append(NameSet.of(source.affiliation, source.affiliation_aliases))
        for stance in brief.stances:
            sets.append(NameSet.of(stance.target, stance.target_aliases))
    return sets


def _named_in_gold(name: str, kind: str, gold: list[NameSet]) -> bool:
    """A gold name (fuzzy), its country for a nationality, or two or more whole words of one (`Gay Armenia`)."""
    candidates = [name]
    if kind == "NORP":
        country = country_of_demonym(name) or country_of_demonym(name.rstrip("s"))
        candidates += [country] if country else []
    if any(NameSet.of(c).score(g) for c in candidates for g in gold):
        return True
    folded = normalize_name(name)
    return len(folded.split()) >= 2 and any(f" {folded} " in f" {form} " for g in gold for form in g.forms)


def _stance_in_gold(text: str, label: str, briefs: list[GoldBrief], gold_set: MemoGoldSet) -> bool:
    """Some gold stance of the cited articles (or of the memo gold) with `label` has its holder and target in `text`.

    A gold stance labelled mixed covers a sentence that says either side of it.
    """
    stances = [(s.holder, [s.target, *s.target_aliases], s.stance, b) for b in briefs for s in b.stances]
    stances += [(s.holder, [s.target, *s.target_aliases], s.label, None) for s in (*gold_set.gold.stances, *gold_set.gold.also_right)]
    for holder, targets, gold_label, brief in stances:
        if gold_label != label and not (gold_label == "mixed" and label in ("supports", "opposes")):
            continue
        holders = [holder, *_aliases(brief, holder)]
        targets = targets + [alias for t in targets for alias in _aliases(brief, t)]
        if any(_phrase_in(h, text) for h in holders) and any(_phrase_in(t, text) for t in targets):
            return True
    return False


def _aliases(brief: GoldBrief | None, name: str) -> list[str]:
    """The gold brief's actor names for `name` (none when it is not an actor of the brief)."""
    if brief is None:
        return []
    key = normalize_name(name)
    for actor in brief.actors:
        if key in {normalize_name(n) for n in (actor.name, *actor.aliases)}:
            return [actor.name, *actor.aliases]
    return []


def _phrase_in(phrase: str, text: str) -> bool:
    """A name as written (folded) or, for a topic phrase, most of its content words are in `text`."""
    if re.search(rf"(?<![\w.]){re.escape(_fold(phrase))}(?!\w)", _fold(text)):
        return True
    words = content_words(phrase)
    return len(words) >= 2 and 2 * len(words & content_words(text)) >= len(words)


def _gold_numbers(briefs: list[GoldBrief], texts: list[str]) -> set[float]:
    blob = " ".join([*texts, *(c.text for b in briefs for c in b.claims), *(b.main_issue for b in briefs)])
    numbers = set()
    for token in re.findall(r"\d[\d,]*(?:\.\d+)?", blob):
        try:
            numbers.add(float(token.replace(",", "")))
        except ValueError:
            continue
    words = "zero one two three four five six seven eight nine ten eleven twelve".split()
    numbers |= {float(n) for n, w in enumerate(words) if re.search(rf"\b{w}\b", blob, re.I)}
    return numbers


def _squash(text: str) -> str:
    return re.sub(r"[^\w]+", " ", unidecode(text).casefold()).strip()


# -- the matrix ------------------------------------------------------------------------------------


class _EntityNames:
    """Every name the memo resolved to each entity display name."""

    def __init__(self, memo: Memo) -> None:
        self.names = {e.name: [e.name, *e.names] for e in memo.entities}

    def of(self, name: str) -> NameSet:
        names = self.names.get(name, [name])
        return NameSet.of(names[0], names[1:])


def _row_label(row: StanceRow) -> str:
    counts: dict[str, tuple[int, int]] = {}
    for c in row.cells:
        n, stated = counts.get(c.label, (0, 0))
        counts[c.label] = (n + 1, stated + (c.basis == "stated"))
    return max(counts, key=lambda label: counts[label])


def _matrix(memo: Memo, gold_set: MemoGoldSet, labels: dict[str, str], entities: _EntityNames) -> tuple[list[dict], list[dict]]:
    default = [r for r in memo.stances if r.default_view]
    rows = []
    for row in default:
        label = _row_label(row)
        articles = [labels.get(c.article, c.article) for c in row.cells]
        candidates = [*gold_set.gold.stances, *gold_set.gold.also_right]
        briefs = [(s, gold_set.briefs[a]) for a in articles if a in gold_set.briefs for s in gold_set.briefs[a].stances]
        right = any(_row_matches(row, label, s.holder, [s.target, *s.target_aliases], s.label, entities) for s in candidates) or any(
            _row_matches(row, label, s.holder, [s.target, *s.target_aliases, *_aliases(b, s.target)], s.stance, entities, _aliases(b, s.holder))
            for s, b in briefs
        )
        rows.append({"holder": row.holder, "target": row.target, "label": label, "articles": articles, "right": right})
    shown = []
    for stance in gold_set.gold.stances:
        hit = next((r for r in default if _row_matches(r, _row_label(r), stance.holder, [stance.target, *stance.target_aliases], stance.label, entities)), None)
        shown.append({"holder": stance.holder, "target": stance.target, "label": stance.label, "shown": hit is not None, "row": f"{hit.holder} → {hit.target}" if hit else None})
    return rows, shown


def _row_matches(
    row: StanceRow, label: str, holder: str, targets: list[str], gold_label: str, entities: _EntityNames, holder_aliases: list[str] = ()
) -> bool:
    if label != gold_label:
        return False
    if not entities.of(row.holder).score(NameSet.of(holder, list(holder_aliases))):
        return False
    if row.target_is_entity:  # a named target matches by its names, never by a shared word ('Armenia' is not the ARF)
        return bool(entities.of(row.target).score(NameSet.of(targets[0], targets[1:])))
    words = content_words(row.target)
    return any(not opposite(row.target, t) and overlap_f1(words, content_words(t)) >= TARGET_MIN_OVERLAP for t in targets) or (
        not row.target_is_entity and NameSet.of(row.target).score(NameSet.of(targets[0], targets[1:])) > 0
    )


# -- merges -----------------------------------------------------------------------------------------


def _merges(memo: Memo, gold_set: MemoGoldSet) -> list[dict[str, Any]]:
    """`apart` pairs whose two names are both names of one entity of the memo (compared once normalised)."""
    out = []
    for a, b in gold_set.gold.apart:
        for entity in memo.entities:
            forms = set(NameSet.of(entity.name, entity.names).forms)
            if normalize_name(a) in forms and normalize_name(b) in forms:
                out.append({"names": [a, b], "entity": entity.name, "entity_names": entity.names})
    return out
