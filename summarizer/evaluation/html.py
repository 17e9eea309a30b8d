"""A self-contained HTML page for an eval report: no scripts, no external assets.

Shows the metrics, the run's cost, and per article the metrics, every miss,
and the article text with quotes highlighted: gold quotes found (right
source), misattributed or missed; predicted quotes that are not gold quotes;
and, listed under the text, predicted quotes that are not in the article.
"""

from __future__ import annotations

from html import escape
from typing import Any, Mapping

from ..extract.grounding import locate
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
"""
LOW = 0.5


def render_html(report: Mapping[str, Any], texts: Mapping[str, str], *, title: str = "summarizer eval") -> str:
    """The page for `report`; `texts` maps article ids to article text."""
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _run_table(report.get("run", {})),
        "<h2>Metrics (micro-averaged)</h2>",
        _metrics_table(report),
    ]
    for article in report.get("articles", []):
        parts.append(_article(article, texts.get(article["article"], "")))
    parts.append("</body></html>")
    return "\n".join(parts)


def _cell(value: Any) -> str:
    if value is None:
        return "<td class='num null'>–</td>"
    low = " low" if isinstance(value, float) and value < LOW else ""
    return f"<td class='num{low}'>{value:.3f}</td>" if isinstance(value, float) else f"<td class='num'>{escape(str(value))}</td>"


def _run_table(run: Mapping[str, Any]) -> str:
    rows = "".join(f"<tr><th>{escape(str(k))}</th><td>{escape(str(v))}</td></tr>" for k, v in run.items())
    return f"<table>{rows}</table>"


def _metrics_table(report: Mapping[str, Any]) -> str:
    head = "<tr><th>article</th>" + "".join(f"<th>{k}</th>" for k in METRIC_KEYS) + "</tr>"
    rows = ["<tr><th>all</th>" + "".join(_cell(report["metrics"].get(k)) for k in METRIC_KEYS) + "</tr>"]
    for a in report.get("articles", []):
        link = f"<a href='#{escape(a['article'])}'>{escape(a['article'])}</a>"
        rows.append(f"<tr><td>{link}</td>" + "".join(_cell(a["metrics"].get(k)) for k in METRIC_KEYS) + "</tr>")
    return f"<div style='overflow-x:auto'><table>{head}{''.join(rows)}</table></div>"


def _article(article: Mapping[str, Any], text: str) -> str:
    out = [f"<h2 id='{escape(article['article'])}'>{escape(article['article'])}</h2>"]
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
