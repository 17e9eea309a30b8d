"""A self-contained HTML page for an eval report: no scripts, no external assets.

Shows the metrics with their 95% bootstrap intervals (all sets, and each gold
set), which parts the gold files label, the run's cost, and per article the
metrics, the parts its gold labels, every miss,
and the article text with quotes highlighted: gold quotes found (right
source), misattributed or missed; predicted quotes that are not gold quotes;
and, listed under the text, predicted quotes that are not in the article.
"""

from __future__ import annotations

from html import escape
from typing import Any, Mapping

from ..extract.grounding import locate
from .gold import PARTS
from .metrics import METRIC_KEYS

__all__ = ["render_html"]

_CLASSES = ("found", "misattributed", "missed", "extra")  # earlier wins where highlights overlap
_LEGEND = {
    "found": "gold quote, attributed to the right source",
    "misattributed": "gold quote, given to another source",
    "missed": "gold quote, not in the brief",
    "extra": "predicted quote that is not a gold quote",
}
_CSS = """
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-bottom:1px solid #ddd}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .6rem;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}.low{background:#fde2e1}.null{color:#999}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;background:#fafafa;max-height:40rem;overflow:auto}
mark{padding:0 .1rem;border-radius:2px}mark.found{background:#c8f0c8}mark.misattributed{background:#ffe08a}
mark.missed{background:#ffc4c4}mark.extra{background:#cfe3ff}
.legend span{display:inline-block;margin-right:1rem}.err{color:#b00020}ul{margin:.2rem 0 .6rem}
details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
.iv{display:block;font-size:.75rem;color:#666;white-space:nowrap}
"""
LOW = 0.5
DEFINITIONS = {
    "actors_precision": "predicted actors that match a gold actor (one that matches an optional gold actor is ignored)",
    "actors_recall": "non-optional gold actors that some predicted actor matches, by name or alias",
    "actors_f1": "harmonic mean of actor precision and recall",
    "actor_kind_accuracy": "matched actors whose kind (person, country, organization, group) equals gold",
    "sources_precision": "predicted sources that match a gold source",
    "sources_recall": "non-optional gold sources that some predicted source matches",
    "sources_f1": "harmonic mean of source precision and recall",
    "affiliation_accuracy": "matched sources with a gold affiliation whose predicted affiliation names the same body",
    "quote_grounding": "predicted quotes found verbatim (quotation marks and whitespace normalised) in the article",
    "quote_attribution": "gold quotes the brief gives to the right source",
    "stance_recall": "gold (holder, target) pairs the brief covers, whatever the label",
    "stance_accuracy": "covered pairs whose label equals gold; stances found and right are recall times accuracy",
    "stance_precision": "the brief's stances that cover a gold pair with its label: how many shown are right",
    "claim_recall": "gold claims some predicted claim matches (content-word F1 of at least 0.4)",
    "schema_validity": "articles that gave a brief valid against the schema",
}
"""What each metric counts (docs/gold-format.md has the matching rules): shown under the page's metrics."""


def render_html(report: Mapping[str, Any], texts: Mapping[Any, str], *, title: str = "summarizer eval") -> str:
    """The page for `report`; `texts` maps `(set name, article id)` (or just the article id) to article text."""
    sets = report.get("sets") or []
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _run_table(report.get("run", {})),
        "<h2>Metrics (micro-averaged, with 95% bootstrap intervals over articles)</h2>",
        _sets_table(report, sets) if len(sets) > 1 else "",
        _metrics_table(report),
        _definitions(),
        _coverage_table(report, sets),
    ]
    for article in report.get("articles", []):
        text = texts.get((article.get("set"), article["article"])) or texts.get(article["article"], "")
        parts.append(_article(article, text, several=len(sets) > 1))
    parts.append("</body></html>")
    return "\n".join(parts)


def _definitions() -> str:
    """A folded table of what each metric counts (`DEFINITIONS`)."""
    rows = "".join(f"<tr><td>{escape(k)}</td><td>{escape(DEFINITIONS.get(k, ''))}</td></tr>" for k in METRIC_KEYS)
    return f"<details><summary>What each metric counts</summary><table><tr><th>metric</th><th>share of</th></tr>{rows}</table></details>"


def _cell(value: Any, interval: Any = None) -> str:
    if value is None:
        return "<td class='num null'>–</td>"
    if not isinstance(value, float):
        return f"<td class='num'>{escape(str(value))}</td>"
    low = " low" if value < LOW else ""
    bounds = f"<span class='iv'>{interval[0]:.3f}–{interval[1]:.3f}</span>" if interval else ""
    return f"<td class='num{low}'>{value:.3f}{bounds}</td>"


def _anchor(article: Mapping[str, Any], several: bool) -> str:
    """The article's id in the page: `set/article` when several sets may share an article id."""
    return f"{article.get('set') or ''}/{article['article']}" if several else str(article["article"])


def _sets_table(report: Mapping[str, Any], sets: list[Mapping[str, Any]]) -> str:
    head = "<tr><th>gold set</th><th>articles</th>" + "".join(f"<th>{k}</th>" for k in METRIC_KEYS) + "</tr>"
    rows = []
    for entry in [*sets, {"name": "all sets", **report, "run": {"articles": len(report.get("articles", []))}}]:
        metrics, intervals = entry.get("metrics", {}), entry.get("intervals") or {}
        cells = "".join(_cell(metrics.get(k), intervals.get(k)) for k in METRIC_KEYS)
        rows.append(f"<tr><th>{escape(str(entry['name']))}</th><td class='num'>{entry.get('run', {}).get('articles', '')}</td>{cells}</tr>")
    return f"<div style='overflow-x:auto'><table>{head}{''.join(rows)}</table></div>"


def _coverage_table(report: Mapping[str, Any], sets: list[Mapping[str, Any]]) -> str:
    """How many gold files label each part, per set and in all."""
    entries = [*sets, {"name": "all sets", "coverage": report.get("coverage")}] if len(sets) > 1 else [
        {"name": "all", "coverage": report.get("coverage")}
    ]
    if not any(e.get("coverage") for e in entries):
        return ""
    head = "<tr><th>gold files that label</th><th>files</th>" + "".join(f"<th>{p}</th>" for p in PARTS) + "</tr>"
    rows = []
    for entry in entries:
        c = entry.get("coverage") or {}
        cells = "".join(f"<td class='num'>{c.get(p, 0)}</td>" for p in ("files", *PARTS))
        rows.append(f"<tr><th>{escape(str(entry['name']))}</th>{cells}</tr>")
    return f"<h3>What the gold labels</h3><table>{head}{''.join(rows)}</table>"


def _run_table(run: Mapping[str, Any]) -> str:
    rows = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(str(v))}</td></tr>" for k, v in run.items())
    return f"<table>{rows}</table>"


def _metrics_table(report: Mapping[str, Any]) -> str:
    several = len(report.get("sets") or []) > 1
    head = "<tr><th>article</th>" + ("<th>set</th>" if several else "") + "".join(f"<th>{k}</th>" for k in METRIC_KEYS) + "</tr>"
    intervals = report.get("intervals") or {}
    total = "".join(_cell(report["metrics"].get(k), intervals.get(k)) for k in METRIC_KEYS)
    rows = ["<tr><th>all</th>" + ("<td></td>" if several else "") + total + "</tr>"]
    for a in report.get("articles", []):
        link = f"<a href='#{escape(_anchor(a, several))}'>{escape(a['article'])}</a>"
        where = f"<td>{escape(str(a.get('set', '')))}</td>" if several else ""
        rows.append(f"<tr><td>{link}</td>{where}" + "".join(_cell(a["metrics"].get(k)) for k in METRIC_KEYS) + "</tr>")
    return f"<div style='overflow-x:auto'><table>{head}{''.join(rows)}</table></div>"


def _labels(article: Mapping[str, Any]) -> str:
    if "labels" not in article:
        return ""
    labels = list(article["labels"])
    missing = [p for p in PARTS if p not in labels]
    text = f"Gold labels: {', '.join(labels) or 'nothing'}" + (f"; not labelled: {', '.join(missing)}" if missing else "")
    return f"<p>{escape(text)}</p>"


def _article(article: Mapping[str, Any], text: str, *, several: bool = False) -> str:
    where = f" <small>({escape(str(article['set']))})</small>" if several and article.get("set") else ""
    out = [f"<h2 id='{escape(_anchor(article, several))}'>{escape(article['article'])}{where}</h2>", _labels(article)]
    if article.get("error"):
        out.append(f"<p class='err'>failed: {escape(article['error'])}</p>")
    metrics = article["metrics"]
    out.append("<table><tr>" + "".join(f"<th>{k}</th>" for k in METRIC_KEYS) + "</tr><tr>")
    out.append("".join(_cell(metrics.get(k)) for k in METRIC_KEYS) + "</tr></table>")
    run = article.get("run") or {}
    if run:
        out.append("<p>" + escape(", ".join(f"{k}: {v}" for k, v in run.items())) + "</p>")
    out.append(_misses(article.get("misses", {})))
    out.append(_matched(article.get("matched", {})))
    out.append(_text(article, text))
    return "\n".join(out)


def _describe(item: Any) -> str:
    if isinstance(item, str):
        return item
    if not isinstance(item, Mapping):
        return str(item)
    return "; ".join(f"{k}: {v}" for k, v in item.items())


def _misses(misses: Mapping[str, list[Any]]) -> str:
    present = {k: v for k, v in misses.items() if v}
    if not present:
        return "<p>No misses.</p>"
    out = ["<h3>Misses</h3>"]
    for key, items in present.items():
        out.append(f"<b>{escape(key.replace('_', ' '))}</b> ({len(items)})<ul>")
        out.extend(f"<li>{escape(_describe(i))}</li>" for i in items)
        out.append("</ul>")
    return "".join(out)


def _matched(matched: Mapping[str, list[Any]]) -> str:
    out = ["<details><summary>Matched items</summary>"]
    for key, items in matched.items():
        out.append(f"<b>{escape(key)}</b> ({len(items)})<ul>")
        out.extend(f"<li>{escape(_describe(i))}</li>" for i in items)
        out.append("</ul>")
    return "".join(out) + "</details>"


def _highlights(article: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    matched, misses, notes = article.get("matched", {}), article.get("misses", {}), article.get("notes", {})
    return {
        "found": matched.get("quotes", []),
        "misattributed": misses.get("misattributed_quotes", []),
        "missed": misses.get("missed_quotes", []),
        "extra": notes.get("extra_quotes", []),
    }


def _text(article: Mapping[str, Any], text: str) -> str:
    if not text:
        return ""
    label: list[int | None] = [None] * len(text)
    tips: dict[tuple[int, int], str] = {}
    for rank, (kind, items) in enumerate(_highlights(article).items()):
        for item in items:
            span = locate(text, item.get("quote") or item.get("text") or "")
            if span is None:
                continue
            tips[(span.start, span.end)] = _describe({k: v for k, v in item.items() if k not in ("quote", "text")})
            for i in range(span.start, span.end):
                if label[i] is None or label[i] > rank:
                    label[i] = rank
    legend = "".join(f"<span><mark class='{c}'>{c}</mark> {escape(_LEGEND[c])}</span>" for c in _CLASSES)
    body = _marked(text, label, tips)
    ungrounded = article.get("misses", {}).get("ungrounded_quotes", [])
    listing = ""
    if ungrounded:
        listing = "<h3>Predicted quotes not in the article (invented)</h3><ul>" + "".join(
            f"<li>{escape(q.get('source', ''))}: “{escape(q.get('text', ''))}”</li>" for q in ungrounded
        ) + "</ul>"
    return f"<h3>Article text</h3><p class='legend'>{legend}</p><div class='article'>{body}</div>{listing}"


def _marked(text: str, label: list[int | None], tips: Mapping[tuple[int, int], str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and label[j] == label[i]:
            j += 1
        chunk = escape(text[i:j])
        if label[i] is None:
            out.append(chunk)
        else:
            tip = next((t for (s, e), t in tips.items() if s <= i < e), "")
            out.append(f"<mark class='{_CLASSES[label[i]]}' title='{escape(tip)}'>{chunk}</mark>")
        i = j
    return "".join(out)
