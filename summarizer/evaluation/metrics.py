"""Score one brief against its gold brief: every metric of docs/gold-format.md, and why.

Each metric is a ratio of counts (`RATIOS`). An article's counts are kept (`ArticleScore.counts`)
so that the gold set's scores are micro-averages: counts are summed over
articles first, then divided. A ratio with nothing to count is `None`.

A part the gold file does not label (docs/gold-format.md, "Partial gold") adds no
counts at all, so its metrics are `None` for that article and the aggregates
count only the articles that label it (`METRIC_PARTS` says which part each
metric needs).

`Scorer` compiles a gold brief once (normalised names, quote spans, content
words), so scoring many briefs against the same gold stays cheap.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..extract.grounding import locate
from ..schema import Brief
from .gold import GoldBrief
from .matching import assign
from .names import NameIndex, NameSet, normalize_name
from .phrases import content_words, opposite, overlap_f1

__all__ = [
    "CLAIM_MIN_OVERLAP",
    "METRIC_KEYS",
    "METRIC_PARTS",
    "RATIOS",
    "QUOTE_OVERLAP_MIN",
    "TARGET_MIN_OVERLAP",
    "ArticleScore",
    "Scorer",
    "aggregate",
    "metrics_from_counts",
    "ratio_terms",
    "score_brief",
]

METRIC_KEYS = (
    "actors_precision",
    "actors_recall",
    "actors_f1",
    "actor_kind_accuracy",
    "sources_precision",
    "sources_recall",
    "sources_f1",
    "affiliation_accuracy",
    "quote_grounding",
    "quote_attribution",
    "stance_recall",
    "stance_accuracy",
    "stance_precision",
    "claim_recall",
    "schema_validity",
)

QUOTE_OVERLAP_MIN = 0.5
"""A predicted quote attributes a gold quote when it covers at least this share of the gold quote's characters."""
TARGET_MIN_OVERLAP = 0.5
"""Least content-word F1 for a topic-phrase stance target to match a gold target."""
CLAIM_MIN_OVERLAP = 0.4
"""Least content-word F1 for a predicted claim to match a gold claim."""
TOPIC_WEIGHT = 0.8  # a topic-phrase match ranks below any name match in the assignment


def _f1(prefix: str) -> tuple[dict[str, int], dict[str, int]]:
    return {f"{prefix}_tp": 2}, {f"{prefix}_tp": 2, f"{prefix}_fp": 1, f"{prefix}_fn": 1}


RATIOS: dict[str, tuple[dict[str, int], dict[str, int]]] = {
    "actors_precision": ({"actors_tp": 1}, {"actors_tp": 1, "actors_fp": 1}),
    "actors_recall": ({"actors_tp": 1}, {"actors_tp": 1, "actors_fn": 1}),
    "actors_f1": _f1("actors"),
    "actor_kind_accuracy": ({"kinds_correct": 1}, {"kinds_scored": 1}),
    "sources_precision": ({"sources_tp": 1}, {"sources_tp": 1, "sources_fp": 1}),
    "sources_recall": ({"sources_tp": 1}, {"sources_tp": 1, "sources_fn": 1}),
    "sources_f1": _f1("sources"),
    "affiliation_accuracy": ({"affiliations_correct": 1}, {"affiliations_scored": 1}),
    "quote_grounding": ({"quotes_grounded": 1}, {"quotes_predicted": 1}),
    "quote_attribution": ({"quotes_attributed": 1}, {"quotes_gold": 1}),
    "stance_recall": ({"stances_covered": 1}, {"stances_gold": 1}),
    "stance_accuracy": ({"stances_correct": 1}, {"stances_covered": 1}),
    "stance_precision": ({"stances_correct": 1}, {"stances_predicted": 1}),
    "claim_recall": ({"claims_matched": 1}, {"claims_gold": 1}),
    "schema_validity": ({"valid": 1}, {"articles": 1}),
}
"""Each metric as (numerator, denominator), each a weighted sum of count keys (F1 = 2tp / (2tp + fp + fn))."""

METRIC_PARTS: dict[str, str | None] = {
    **dict.fromkeys(("actors_precision", "actors_recall", "actors_f1", "actor_kind_accuracy"), "actors"),
    **dict.fromkeys(("sources_precision", "sources_recall", "sources_f1", "quote_attribution"), "sources"),
    "affiliation_accuracy": "affiliations",
    "quote_grounding": None,  # predicted quotes against the article text: needs no gold
    "stance_recall": "stances",
    "stance_accuracy": "stances",
    "stance_precision": "stances",
    "claim_recall": "claims",
    "schema_validity": None,  # did the article produce a brief: needs no gold
}
"""The gold part (`gold.PARTS`) each metric needs; `None` for the two that need only the article."""


def ratio_terms(counts: Mapping[str, int], key: str) -> tuple[int, int]:
    """(numerator, denominator) of metric `key` from an article's (or a sum of articles') counts."""
    numerator, denominator = RATIOS[key]
    return _weighted(counts, numerator), _weighted(counts, denominator)


def _weighted(counts: Mapping[str, int], weights: Mapping[str, int]) -> int:
    return sum(weight * counts.get(name, 0) for name, weight in weights.items())


def metrics_from_counts(c: Mapping[str, int]) -> dict[str, float | None]:
    """The metric table from summed counts; a metric with nothing to count is None."""
    return {key: _ratio(*ratio_terms(c, key)) for key in METRIC_KEYS}


def _ratio(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator / denominator


@dataclass
class ArticleScore:
    """One article's counts, metrics and the items behind them."""

    article: str
    counts: Counter[str]
    details: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    labels: tuple[str, ...] = ()  # the gold parts (gold.PARTS) this article's gold file labels

    @property
    def metrics(self) -> dict[str, float | None]:
        return metrics_from_counts(self.counts)


def aggregate(scores: Iterable[ArticleScore]) -> dict[str, float | None]:
    """Micro-averaged metrics over articles."""
    total: Counter[str] = Counter()
    for score in scores:
        total.update(score.counts)
    return metrics_from_counts(total)


# --------------------------------------------------------------------------- compiled gold


@dataclass(frozen=True)
class _GoldStance:
    holder: str
    target: str
    label: str
    holder_names: NameSet
    target_names: NameSet
    target_words: tuple[frozenset[str], ...]
    target_aliases: tuple[str, ...] = ()


class Scorer:
    """A gold brief compiled for scoring; `score(brief)` scores one prediction."""

    def __init__(self, gold: GoldBrief, article_text: str, article_id: str | None = None) -> None:
        self.gold = gold
        self.text = article_text
        self.article_id = article_id or gold.article.rsplit(".", 1)[0]
        self.labels = gold.labels
        actors, sources = gold.actors or [], gold.sources or []
        self.actors = [a for a in actors if not a.optional]
        self.optional_actors = [a for a in actors if a.optional]
        self.sources = [s for s in sources if not s.optional]
        self.optional_sources = [s for s in sources if s.optional]
        self.actor_index, self.optional_actor_index, self.source_index, self.optional_source_index = (
            NameIndex([NameSet.of(x.name, x.aliases) for x in group])
            for group in (self.actors, self.optional_actors, self.sources, self.optional_sources)
        )
        self._actor_by_form = {form: a for a in actors for form in NameSet.of(a.name, a.aliases).forms}
        self.affiliations = [self._affiliation_names(s.affiliation, s.affiliation_aliases) for s in self.sources]
        spans = {q: _span(locate(article_text, q)) for s in sources for q in s.quotes}
        self.quote_spans = [[(q, spans[q]) for q in s.quotes] for s in self.sources]
        self.all_quote_spans = [span for span in spans.values() if span]
        self.stances = [self._compile_stance(s.holder, s.target, s.target_aliases, s.stance) for s in gold.stances or ()]
        self.holder_index = NameIndex([s.holder_names for s in self.stances])
        self._targets: dict[tuple[str, NameSet, int], float] = {}  # memo of _target_score
        self.claims = gold.claims or []
        self.claim_words = [content_words(c.text) for c in self.claims]

    def _aliases_of(self, name: str) -> list[str]:
        actor = self._actor_by_form.get(normalize_name(name))
        return [actor.name, *actor.aliases] if actor else []

    def _affiliation_names(self, affiliation: str | None, aliases: list[str]) -> NameSet | None:
        if not (affiliation or "").strip():
            return None
        return NameSet.of(affiliation, [*aliases, *self._aliases_of(affiliation)])

    def _compile_stance(self, holder: str, target: str, aliases: list[str], label: str) -> _GoldStance:
        actor = self._actor_by_form.get(normalize_name(holder))
        holder_names = NameSet.of(actor.name, actor.aliases) if actor else NameSet.of(holder)
        target_names = NameSet.of(target, [*aliases, *self._aliases_of(target)])
        words = tuple(w for w in (content_words(t) for t in (target, *aliases)) if w)
        return _GoldStance(holder, target, label, holder_names, target_names, words, tuple(aliases))

    # ------------------------------------------------------------------------- scoring

    def score(self, brief: Brief | None, *, error: str | None = None) -> ArticleScore:
        """Score a brief; `None` (the article failed) scores 0 validity and misses every gold item.

        Parts the gold does not label add no counts (their metrics are None) and list nothing.
        """
        counts: Counter[str] = Counter(articles=1, valid=int(brief is not None))
        details: dict[str, Any] = {}
        empty = Brief(article_id=self.article_id, main_issue="-", summary="-")
        brief = brief or empty
        source_pairs = self._entities(brief, counts, details)
        self._affiliation(brief, source_pairs, counts, details)
        self._quotes(brief, source_pairs, counts, details)
        self._stances(brief, counts, details)
        self._claims(brief, counts, details)
        return ArticleScore(self.article_id, counts, details, error, self.labels)

    def _entities(self, brief: Brief, counts: Counter[str], details: dict[str, Any]) -> dict[int, int]:
        details["actors"], details["sources"] = _not_labelled(), _not_labelled()
        if "actors" in self.labels:
            actor_names = [NameSet.of(a.name, a.aliases) for a in brief.actors]
            report, actor_pairs = _match_entities(
                [a.name for a in brief.actors], actor_names, self.actors, self.actor_index, self.optional_actors, self.optional_actor_index
            )
            _count("actors", report, counts)
            report["wrong_kind"] = [
                {"actor": self.actors[g].name, "gold": self.actors[g].kind, "predicted": brief.actors[p].kind}
                for g, p in sorted(actor_pairs.items())
                if brief.actors[p].kind != self.actors[g].kind
            ]
            counts["kinds_scored"] += len(actor_pairs)
            counts["kinds_correct"] += len(actor_pairs) - len(report["wrong_kind"])
            details["actors"] = report
        if "sources" not in self.labels:
            return {}
        source_names = [NameSet.of(s.name) for s in brief.sources]
        report, source_pairs = _match_entities(
            [s.name for s in brief.sources], source_names, self.sources, self.source_index, self.optional_sources, self.optional_source_index
        )
        _count("sources", report, counts)
        details["sources"] = report
        return source_pairs

    def _affiliation(self, brief: Brief, pairs: dict[int, int], counts: Counter[str], details: dict[str, Any]) -> None:
        wrong, right = [], []
        for g, p in sorted(pairs.items()):
            names = self.affiliations[g]
            if names is None:
                continue
            predicted = brief.sources[p].affiliation
            entry = {"source": self.sources[g].name, "gold": self.sources[g].affiliation, "predicted": predicted}
            (right if _affiliation_ok(predicted, names) else wrong).append(entry)
        counts["affiliations_scored"] += len(wrong) + len(right)
        counts["affiliations_correct"] += len(right)
        details["affiliations"] = {"correct": right, "wrong": wrong}

    def _quotes(self, brief: Brief, pairs: dict[int, int], counts: Counter[str], details: dict[str, Any]) -> None:
        spans: list[list[tuple[int, int]]] = []
        ungrounded = [{"source": u.item, "text": u.text} for u in brief.unverified if u.kind == "quote"]
        grounded = 0
        for source in brief.sources:
            found = []
            for quote in source.quotes:
                span = self._ground(quote.text, quote.start, quote.end)
                if span:
                    found.append(span)
                else:
                    ungrounded.append({"source": source.name, "text": quote.text})
            grounded += len(found)
            spans.append(found)
        counts["quotes_predicted"] += grounded + len(ungrounded)
        counts["quotes_grounded"] += grounded
        attributed, misattributed, missed = [], [], []
        for g, quotes in enumerate(self.quote_spans):
            mine = pairs.get(g)
            for text, gold_span in quotes:
                entry = {"source": self.sources[g].name, "quote": text}
                holder = _covering_source(gold_span, spans, prefer=mine)
                if holder is not None and holder == mine:
                    attributed.append(entry)
                elif holder is not None:
                    misattributed.append({**entry, "predicted_source": brief.sources[holder].name})
                else:
                    missed.append(entry)
        counts["quotes_gold"] += len(attributed) + len(misattributed) + len(missed)
        counts["quotes_attributed"] += len(attributed)
        details["quotes"] = {
            "attributed": attributed,
            "misattributed": misattributed,
            "missed": missed,
            "ungrounded": ungrounded,
            "extra": self._extra_quotes(brief, spans) if "sources" in self.labels else [],
        }

    def _extra_quotes(self, brief: Brief, spans: list[list[tuple[int, int]]]) -> list[dict[str, str]]:
        """Grounded predicted quotes that overlap no gold quote: real words, but not labelled as a quote."""
        extra = []
        for source, found in zip(brief.sources, spans):
            for start, end in found:
                if not any(min(end, e) > max(start, s) for s, e in self.all_quote_spans):
                    extra.append({"source": source.name, "text": self.text[start:end]})
        return extra

    def _ground(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        if text and self.text[start:end] == text:
            return start, end
        return _span(locate(self.text, text))

    def _stances(self, brief: Brief, counts: Counter[str], details: dict[str, Any]) -> None:
        aliases = {form: a for a in brief.actors for form in NameSet.of(a.name, a.aliases).forms}

        def names(text: str) -> NameSet:
            actor = aliases.get(normalize_name(text))
            return NameSet.of(text, [actor.name, *actor.aliases]) if actor else NameSet.of(text)

        predicted = brief.stances
        holders = self.holder_index.scores([names(s.holder) for s in predicted])
        scores = {}
        for (p, g), holder_score in holders.items():
            raw = predicted[p].target
            key = (raw, names(raw), g)
            target_score = self._targets.get(key)
            if target_score is None:
                target_score = self._targets[key] = self._target_score(raw, key[1], self.stances[g])
            if target_score:
                scores[(p, g)] = holder_score * target_score
        pairs = assign(scores)
        covered, missed = [], []
        for g, gold in enumerate(self.stances):
            if g not in pairs:
                missed.append({"holder": gold.holder, "target": gold.target, "stance": gold.label})
                continue
            stance = predicted[pairs[g]]
            covered.append(
                {
                    "holder": gold.holder,
                    "target": gold.target,
                    "stance": gold.label,
                    "predicted_holder": stance.holder,
                    "predicted_target": stance.target,
                    "predicted_stance": stance.label,
                    "correct": stance.label == gold.label,
                }
            )
        used = set(pairs.values())
        if "stances" in self.labels:
            counts["stances_predicted"] += len(predicted)
        counts["stances_gold"] += len(self.stances)
        counts["stances_covered"] += len(covered)
        counts["stances_correct"] += sum(c["correct"] for c in covered)
        details["stances"] = {
            "covered": [c for c in covered if c["correct"]],
            "wrong": [c for c in covered if not c["correct"]],
            "missed": missed,
            "unmatched_predicted": [
                {"holder": s.holder, "target": s.target, "stance": s.label}
                for p, s in enumerate(predicted)
                if p not in used and "stances" in self.labels
            ],
        }

    @staticmethod
    def _target_score(raw: str, names: NameSet, gold: _GoldStance) -> float:
        """How well a predicted target matches the gold target: a name match (1.0 or the fuzzy score), else
        `TOPIC_WEIGHT` times the content-word F1 when it reaches `TARGET_MIN_OVERLAP`. A prediction of the
        opposite direction to the gold target (`lifting X` vs `keeping X`) matches only the labeller's aliases
        that are not opposite to it: gold `cutting the federation's share` with the alias `the proposal`
        matches a predicted `the proposal`, never `keeping the federation's share`."""
        if opposite(raw, gold.target):
            forms = [a for a in gold.target_aliases if not opposite(raw, a)]
            if not forms:
                return 0.0
            target_names, target_words = NameSet.of(forms[0], forms[1:]), tuple(w for w in map(content_words, forms) if w)
        else:
            target_names, target_words = gold.target_names, gold.target_words
        score = names.score(target_names)
        if score or _a_name_only(raw):
            return score  # 'Veltrexa' names the drug, not 'raising the price of Veltrexa': a name matches only as a name
        words = content_words(raw)
        best = max((overlap_f1(words, w) for w in target_words), default=0.0)
        return TOPIC_WEIGHT * best if best >= TARGET_MIN_OVERLAP else 0.0

    def _claims(self, brief: Brief, counts: Counter[str], details: dict[str, Any]) -> None:
        predicted = [content_words(c.text) for c in brief.claims]
        overlaps = {
            (p, g): overlap_f1(pw, gw) if not pw.isdisjoint(gw) else 0.0
            for p, pw in enumerate(predicted)
            for g, gw in enumerate(self.claim_words)
        }
        pairs = assign({k: v for k, v in overlaps.items() if v >= CLAIM_MIN_OVERLAP})
        matched, missed = [], []
        for g, claim in enumerate(self.claims):
            if g in pairs:
                p = pairs[g]
                matched.append({"gold": claim.text, "predicted": brief.claims[p].text, "overlap": round(overlaps[(p, g)], 3)})
                continue
            best = max(range(len(predicted)), key=lambda p: overlaps[(p, g)], default=None)
            near = {"closest": brief.claims[best].text, "overlap": round(overlaps[(best, g)], 3)} if best is not None else {}
            missed.append({"gold": claim.text, "by": claim.by, **near})
        counts["claims_gold"] += len(self.claims)
        counts["claims_matched"] += len(matched)
        details["claims"] = {"matched": matched, "missed": missed}


def _a_name_only(target: str) -> bool:
    """Whether a target is a proper name alone, every word capitalised after an opening 'the' ('Veltrexa', 'the
    European Union', 'Kestrel Social'): a stance toward it is toward that actor or thing, so it matches a gold
    target by name (`NameSet.score`), never by sharing words with an act on it ('raising the price of Veltrexa';
    docs/gold-format.md asks labellers to name the act, since the label's meaning depends on it)."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", target)
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(w[0].isupper() for w in words)


def score_brief(gold: GoldBrief, article_text: str, brief: Brief | None) -> ArticleScore:
    """Score one brief against its gold (compiles the gold; use `Scorer` to score many)."""
    return Scorer(gold, article_text).score(brief)


# --------------------------------------------------------------------------- helpers


def _not_labelled() -> dict[str, list[Any]]:
    """The entity report of a part the gold does not label: nothing matched, missed or invented."""
    return {"matched": [], "missed": [], "invented": [], "ignored_optional": [], "wrong_kind": []}


def _span(span: Any) -> tuple[int, int] | None:
    return (span.start, span.end) if span is not None else None


def _match_entities(
    labels: list[str],
    predicted: list[NameSet],
    gold: list[Any],
    gold_index: NameIndex,
    optional: list[Any],
    optional_index: NameIndex,
) -> tuple[dict[str, Any], dict[int, int]]:
    scores = gold_index.scores(predicted)
    pairs = assign(scores)
    used = set(pairs.values())
    leftover = [p for p in range(len(predicted)) if p not in used]
    optional_hits = optional_index.scores([predicted[p] for p in leftover]) if optional and leftover else {}
    ignored = {leftover[i]: optional[g].name for (i, g) in sorted(optional_hits)}
    duplicates = {p: gold[g].name for (p, g) in sorted(scores) if p not in used}
    report = {
        "matched": [{"gold": gold[g].name, "predicted": labels[p]} for g, p in sorted(pairs.items())],
        "missed": [gold[g].name for g in range(len(gold)) if g not in pairs],
        "invented": [
            {"predicted": labels[p], **({"duplicate_of": duplicates[p]} if p in duplicates else {})}
            for p in leftover
            if p not in ignored
        ],
        "ignored_optional": [{"predicted": labels[p], "gold": name} for p, name in ignored.items()],
    }
    return report, pairs


def _count(prefix: str, report: dict[str, Any], counts: Counter[str]) -> None:
    counts[f"{prefix}_tp"] += len(report["matched"])
    counts[f"{prefix}_fp"] += len(report["invented"])
    counts[f"{prefix}_fn"] += len(report["missed"])


def _affiliation_ok(predicted: str, gold: NameSet) -> bool:
    names = NameSet.of(predicted)
    if not names.forms:
        return False
    if names.score(gold):
        return True
    padded = f" {names.primary} "
    return any(f" {form} " in padded for form in gold.forms)


def _covering_source(gold: tuple[int, int] | None, spans: list[list[tuple[int, int]]], prefer: int | None) -> int | None:
    """The predicted source whose quotes cover the gold quote (its matched source first)."""
    if gold is None:
        return None
    need = QUOTE_OVERLAP_MIN * (gold[1] - gold[0])
    covering = [p for p, found in enumerate(spans) for start, end in found if min(end, gold[1]) - max(start, gold[0]) >= need]
    if not covering:
        return None
    return prefer if prefer in covering else covering[0]
