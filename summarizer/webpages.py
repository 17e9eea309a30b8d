"""The article text of a web page: quotation markup kept, boilerplate checked against the page.

1. Quotation markup. Browsers draw the marks of `<q>` from CSS, so its text has
   none, and extractors cut it onto a line of its own. Each `<q>` becomes its
   text between quotation marks, inline (“…”, ‘…’ when nested). A
   `<blockquote>` becomes one quoted paragraph with its credit (`<footer>`,
   `<cite>`, the `<figcaption>` of its `<figure>`, or a last line starting with
   a dash) after a dash: `“…” – Name, Title`, the form attribution reads. A
   `<div>` of running text among paragraphs becomes a paragraph
   (`paragraph_divs`: pages set a quote's translation so, and the extractor's
   precision settings drop text outside paragraphs).
2. Consent and cookie dialogs and modal dialogs are dropped (`drop_consent_dialogs`);
   trafilatura extracts the main text with its precision settings and its
   fallback extractors (readability, jusText).
3. The result is checked against the page's own article region (schema.org
   `itemprop=articleBody`, else `<article>`, else `<main>` / `role=main`): text
   that covers little of the region, or lies mostly outside it (consent banners,
   menus, subscription prompts), is extracted again from the region alone, and
   if that fails too, the region's own paragraphs are used. Lines that lie
   outside the region and the page's headline (a subscription prompt) go.
4. A JSON-LD `articleBody` that is longer than what the page shows (a teaser
   page) is the full text and wins.

A paragraph repeated word for word is kept once; when repeats make up most of
the text, every copy goes. A page left with fewer than `MIN_WORDS` words is
refused with one line.
"""

from __future__ import annotations

import json
import re
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from .errors import InputError

__all__ = ["MIN_WORDS", "PageText", "drop_consent_dialogs", "inline_credit", "mark_quotations", "page_text", "paragraph_divs", "word_count"]

MIN_WORDS = 20  # fewer words extracted from a page are menus and banners, not an article
MIN_COVERAGE = 0.6  # share of the article region an extraction must hold, and share of it that must be in the region
MAX_REPEATED = 0.5  # share of a text in repeated paragraphs above which the repeats are boilerplate
SHINGLE = 4  # tokens per shingle when comparing texts

_QUOTES = (("“", "”"), ("‘", "’"))  # outer and nested marks, as browsers draw <q> by default
_DASHES = "—–―-~"
_LINE_BREAKS = frozenset(
    "p div section article main header h1 h2 h3 h4 h5 h6 ul ol li pre dl dd dt table tr td th figure figcaption "
    "blockquote br hr address".split()
)
_NOT_TEXT = frozenset("script style noscript template nav aside footer form button select svg iframe".split())
_REGION_TIERS = (
    "//*[@itemprop='articleBody']",
    "//article",
    "//main | //*[@role='main']",
)
# A token is a word of a spaced script or one character of a script written without spaces.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0e7f]|\w+")


@dataclass(frozen=True)
class PageText:
    """What a page (or a Markdown file, `markdown_text`) gives: its article text and metadata where found."""

    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    how: str = "trafilatura"  # trafilatura | region | json-ld | markdown (`markdown_text`): which step gave the text
    author: str | None = None
    outlet: str | None = None  # the publication: a page's site name (`og:site_name`, JSON-LD's publisher)


def page_text(html: str, where: str) -> PageText:
    """The article text of an HTML page; InputError (one line, naming `where`) when it holds none."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise InputError(f"{where}: not an HTML page")
    drop_consent_dialogs(tree)
    drop_advertisements(tree)
    mark_quotations(tree)
    paragraph_divs(tree)
    meta = trafilatura.extract_metadata(deepcopy(tree))  # title, url, date, author (the byline), sitename
    date = _publication_date(tree, getattr(meta, "date", None) if meta is not None else None)
    found = _checked_text(tree)
    body = json_ld_body(tree)
    if body and word_count(body) >= MIN_WORDS and len(body) > len(found.text):
        found = PageText(body, how="json-ld")
    _refuse_short(found.text, where)
    get = (lambda k: getattr(meta, k, None)) if meta is not None else (lambda k: None)
    outlet = get("sitename") or _site_name_in_title(tree, get("title"))
    return PageText(found.text, get("title"), get("url"), date, found.how, _as_written(get("author"), html), outlet)


MAX_SITE_NAME_WORDS = 6
"""Most words of a site's name read from a page's title ('The Saltcoast Gazette', 'Global Voices Online'): a
longer part of a title is a headline or its subtitle."""


def _site_name_in_title(tree: Any, headline: str | None) -> str | None:
    """The site's name a page's `<title>` gives after or before its headline ('Reddish takes charge ... | The
    Saltcoast Gazette'), the convention of news pages: trafilatura splits the title at its field mark
    (`trafilatura.metadata.examine_title_element`: ' | ', ' - ', ' – ' ...) but takes a part for the site's name
    only when it holds a stop (a domain, 'example.com'). The other part is the site's name when every word of one
    part is a word of the headline trafilatura read (`headline`: the page's `<h1>`, which the title may shorten)
    and the other is shorter, at most MAX_SITE_NAME_WORDS words opening with a capital (trafilatura reads 'Global
    Voices Online' as the headline of 'Global Voices Online » Air Bus AF 447: Sorrow, lack of information and
    sensationalism', whose longer part is no site's name); None otherwise (a page whose `og:site_name` or JSON-LD
    publisher names it never gets here)."""
    from trafilatura.metadata import examine_title_element

    if not headline:
        return None
    _, first, second = examine_title_element(tree)
    words = set(headline.casefold().split())
    for part, other in ((first, second), (second, first)):
        if part and other and set(part.casefold().split()) <= words:  # the headline, or the page's shorter form of it
            name = " ".join(other.split())
            short = len(name) < len(part) and len(name.split()) <= MAX_SITE_NAME_WORDS
            return name if short and name[:1].isupper() else None
    return None


def _as_written(author: str | None, html: str) -> str | None:
    """The author's name as the page writes it: trafilatura's metadata drops the stop after an initial ('Jerome A.
    Tan' read as 'Jerome A Tan'), so the page's own form, each one-letter word with or without its stop, is taken
    back when the page holds one; the name as read otherwise. A byline that names a desk or title after a comma
    ('By Marta Quellen, Staff Reporter') is the name before it, as a text's byline is (`articles`), and one that
    goes on after a field mark (' · ', ' | ', ' • ') is its first field."""
    if not author:
        return author
    author = re.split(r"\s[·|•]\s", author)[0].strip()  # 'By our Athens staff · Last updated 18:40 EEST': the
    # byline's first field; a name holds no field mark
    parts = author.split("; ")
    second = parts[1].split()[:1] if len(parts) > 1 else []  # its first word: 'Retail Correspondent. March 4', read
    # by trafilatura as 'Retail Correspondent March 4', is written with a stop the metadata drops
    if second and re.search(r"(?<![\w.])" + _written(parts[0]) + r"\s*[,|·•]\s*" + re.escape(second[0]) + r"(?![\w])", html):
        author = parts[0]  # 'By Marta Quellen, Staff Reporter', which trafilatura splits at its comma into two
        # authors ('Marta Quellen; Staff Reporter'): the name is up to the comma, as in a text's byline; and 'By
        # Jonah Pell | March 16, 2026', split at its field mark and its comma ('Jonah Pell; March'): the first field
    found = re.search(r"(?<![\w.])" + _written(author) + r"(?![\w])", html)
    return " ".join(found.group(0).split()) if found else author


def _written(name: str) -> str:
    """A pattern of `name` as a page may write it: any white space between words, a one-letter word with or
    without its stop."""
    return r"\s+".join(re.escape(w) + (r"\.?" if len(w) == 1 and w.isalpha() else "") for w in name.split())


def _publication_date(tree: Any, found: str | None) -> str | None:
    """The page's date as trafilatura's metadata (htmldate's extensive search) found it, unless that search read no
    more than a year: htmldate turns a year alone, such as a footer's '© 2024 The Northern Record', into January 1
    of it (its copyright fallback), which would date the article and every 'on 1 October' in it wrongly. Then only
    the page's markup (meta tags, `<time>`, the URL) dates it, and None when it does not."""
    if found is None or not found.endswith("-01-01"):
        return found
    import trafilatura

    strict = trafilatura.extract_metadata(deepcopy(tree), extensive=False)
    return getattr(strict, "date", None) if strict is not None else None


def _checked_text(tree: Any) -> PageText:
    """trafilatura's text, redone from the page's article region when it missed the article, and kept to
    what lies in that region (or the page's headings)."""
    text = _extract(tree)
    region = article_region(tree)
    if region is None:
        return PageText(text)
    expected = block_text(region)
    if word_count(expected) < MIN_WORDS:
        return PageText(text)
    how = "trafilatura"
    if not _fits(text, expected):
        again = _extract(_as_page(region))
        text, how = (again if _fits(again, expected) else expected), "region"
    headings = "\n".join(block_text(h) for h in tree.xpath("//h1"))
    return PageText(_within(text, f"{expected}\n{headings}"), how=how)


def _within(text: str, allowed: str) -> str:
    """The lines of `text` that lie mostly in `allowed` (a banner or prompt outside the article goes)."""
    have = _shingles(allowed)
    kept = [line for line in text.splitlines() if _share_in(line, have, allowed) >= MIN_COVERAGE]
    return "\n".join(kept)


def _share_in(line: str, shingles: set[tuple[str, ...]], allowed: str) -> float:
    own = _shingles(line)
    if not own:
        return 1.0
    if len(_TOKEN.findall(line)) < SHINGLE:  # too short for shingles: the words must occur in order
        return 1.0 if " ".join(line.split()).lower() in " ".join(allowed.split()).lower() else 0.0
    return len(own & shingles) / len(own)


def _fits(text: str, expected: str) -> bool:
    """`text` holds most of `expected` and most of `text` is in `expected` (shingle overlap)."""
    have, want = _shingles(text), _shingles(expected)
    if not have or not want:
        return False
    common = len(have & want)
    return common >= MIN_COVERAGE * len(want) and common >= MIN_COVERAGE * len(have)


def _extract(tree: Any) -> str:
    """trafilatura with precision settings and its fallbacks, paragraphs on lines, repeats handled by `without_repeats`."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        deepcopy(tree), favor_precision=True, fast=False, include_comments=False, include_tables=True
    )
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    return without_repeats(text)


def without_repeats(text: str) -> str:
    """Paragraphs repeated word for word kept once (a pull quote); when repeats are most of the text
    (a banner or menu drawn many times), every copy of them goes."""
    lines = text.splitlines()
    keys = [" ".join(line.split()).lower() for line in lines]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, n in counts.items() if n > 1 and len(key.split()) > 5}
    total = sum(map(len, keys)) or 1
    if sum(len(key) for key in keys if key in repeated) / total > MAX_REPEATED:
        return "\n".join(line for line, key in zip(lines, keys) if key not in repeated)
    seen: set[str] = set()
    kept = []
    for line, key in zip(lines, keys):
        if key in repeated and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return "\n".join(kept)


def _refuse_short(text: str, where: str) -> None:
    words = word_count(text)
    if words < MIN_WORDS:
        detail = f" (only {words} words of page text)" if words else ""
        raise InputError(f"{where}: no article text found in the HTML{detail}")


# --------------------------------------------------------------------------- the page's own structure


def article_region(tree: Any) -> Any | None:
    """The element the page marks as its article: the longest of the most specific kind that has one."""
    for xpath in _REGION_TIERS:
        candidates = [e for e in tree.xpath(xpath) if word_count(block_text(e)) >= MIN_WORDS]
        if candidates:
            return max(candidates, key=lambda e: len(block_text(e)))
    return None


def block_text(element: Any) -> str:
    """The visible text of an element, a line per paragraph, heading, list item or `<br>` (scripts,
    menus, forms and asides left out)."""
    parts: list[str] = []
    _render(element, parts, root=element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _render(node: Any, parts: list[str], *, root: Any) -> None:
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag and tag not in _NOT_TEXT:
        breaks = tag in _LINE_BREAKS
        parts.append("\n" if breaks else "")
        parts.append(node.text or "")
        for child in node:
            _render(child, parts, root=root)
        parts.append("\n" if breaks else "")
    if node is not root:
        parts.append(node.tail or "")


def _as_page(element: Any) -> Any:
    """A page holding only `element`, for a second extraction."""
    from lxml import html as lxml_html

    page = lxml_html.document_fromstring("<html><body></body></html>")
    page.find("body").append(deepcopy(element))
    return page


def json_ld_body(tree: Any) -> str | None:
    """The longest schema.org `articleBody` in the page's JSON-LD (also inside @graph lists), if any."""
    bodies: list[str] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        _collect_bodies(data, bodies)
    return max(bodies, key=len).strip() if bodies else None


def _collect_bodies(node: Any, out: list[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect_bodies(item, out)
    elif isinstance(node, dict):
        body = node.get("articleBody")
        if isinstance(body, str) and body.strip():
            out.append(body)
        for value in node.values():
            if isinstance(value, (list, dict)):
                _collect_bodies(value, out)


# --------------------------------------------------------------------------- quotation markup


MIN_DIV_WORDS = 8  # a bare <div> among paragraphs with fewer words is a label or a widget, not prose


_CONSENT_WORDS = frozenset({"consent", "cookie", "cookies", "gdpr", "cmp"})
"""Words in the id or class of a consent manager's dialog (IAB TCF consent-management platforms and others:
OneTrust's `onetrust-consent-sdk`, Quantcast's `qc-cmp2-container`, Cookiebot's `CybotCookiebotDialog`, a site's
own `consent-wall`)."""


def _named_words(element: Any) -> set[str]:
    """The words, lower case, of an element's id and class, split at hyphens, underscores, spaces and changes of
    case ('CybotCookiebotDialog' -> cybot, cookiebot, dialog; 'ad ad-inline' -> ad, inline)."""
    names = f"{element.get('id', '')} {element.get('class', '')}"
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", names)}


def drop_consent_dialogs(tree: Any) -> None:
    """Remove, in place, the page's consent and cookie dialogs and its modal dialogs (`role="dialog"`,
    `aria-modal="true"`): what they say is about the reader's data, not the story, and a page that is nothing but
    one (a consent wall saved in place of the article) is then refused as holding no article text. An element
    that holds the page's article (`<article>`, `itemprop="articleBody"`), or lies inside it, is never removed."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        modal = element.get("role") in ("dialog", "alertdialog") or element.get("aria-modal") == "true"
        if not (_named_words(element) & _CONSENT_WORDS or modal):
            continue
        inside = element.xpath("ancestor-or-self::article | ancestor::*[@itemprop='articleBody']")
        if inside or element.xpath(".//article | .//*[@itemprop='articleBody']") or element.tag in ("html", "body"):
            continue  # the article itself, or a part of it ('<div class="cookie-recipe">' in a food story)
        element.drop_tree()  # lxml.html: its tail text stays in the page


_AD_WORDS = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "sponsored", "promo"})
"""Words in the id or class of an advertisement's slot (`ad ad-inline`, `ad-slot`, Google's `adsbygoogle`,
`sponsored-content`, `promo-box`): markup names ads so that ad blockers and the site's own scripts can find them."""
MAX_AD_PARAGRAPHS = 2
"""Most paragraphs an element named as an ad may hold; one that holds more is a part of the page named otherwise
('ad-free-article'), never removed."""


def drop_advertisements(tree: Any) -> None:
    """Remove, in place, the elements whose id or class names an advertisement (`_AD_WORDS`), also inside the
    article (`<div class="ad ad-inline">Advertisement: Switch your business energy ...</div>` between two of its
    paragraphs): an ad is no part of the story wherever it is placed. Not an element that holds the article, or
    more than MAX_AD_PARAGRAPHS paragraphs."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or element.tag in ("html", "body", "article"):
            continue
        if not _named_words(element) & _AD_WORDS:
            continue
        if element.xpath(".//article | .//*[@itemprop='articleBody']") or len(element.xpath(".//p")) > MAX_AD_PARAGRAPHS:
            continue
        element.drop_tree()  # lxml.html: its tail text stays in the page


def paragraph_divs(tree: Any) -> None:
    """A `<div>` that holds only running text (no block inside it), at least MIN_DIV_WORDS words of it and
    ending as a sentence does, set among `<p>` siblings, becomes a `<p>`: pages set translations and notes so
    (`<div class="translation">` after a `<blockquote>`), and trafilatura's precision settings drop text that
    sits directly in a `<div>`."""
    for div in list(tree.iter("div")):
        parent = div.getparent()
        if parent is None or not any(child.tag == "p" for child in parent):
            continue
        if any(isinstance(child.tag, str) and child.tag in _LINE_BREAKS for child in div.iterdescendants()):
            continue
        text = " ".join(div.text_content().split())
        if word_count(text) >= MIN_DIV_WORDS and text.rstrip("”\"’')]").endswith((".", "!", "?", "…")):
            div.tag = "p"
            div.attrib.clear()


def mark_quotations(tree: Any) -> None:
    """`<q>` -> its text between quotation marks, inline; `<blockquote>` -> one quoted paragraph with its credit."""
    for q in reversed(list(tree.iter("q"))):
        _mark_q(q)
    for quote in list(tree.iter("blockquote")):
        if quote.getparent() is not None and not _inside_blockquote(quote):
            if _pull_quote(tree, quote):
                _drop_keeping_tail(quote)  # the body already holds these words where they were said
                continue
            _flatten_blockquote(quote)


_PULL_MIN_WORDS = 6
"""Fewest words a block quotation must have for its repeating the body to mark it a pull quote (a short
slogan quoted twice may be said twice)."""


def _pull_quote(tree: Any, quote: Any) -> bool:
    """Whether a `<blockquote>` is a pull quote: its words (without its credit, quotation marks and punctuation, at
    least `_PULL_MIN_WORDS` of them) stand in the page's text a second time, outside it, as a page repeats a line of
    the story in large type. Kept, the story would quote its speaker twice."""
    credit = " ".join(c.text_content() for c in quote.xpath(".//footer|.//cite"))
    text = " ".join(quote.text_content().split())
    if credit.strip():
        text = text.replace(" ".join(credit.split()), " ")
    said, _ = inline_credit(text)
    words = _bare_words(said)
    if len(words) < _PULL_MIN_WORDS:
        return False
    page = f" {' '.join(_bare_words(tree.text_content()))} "
    return page.count(f" {' '.join(words)} ") >= 2


def _bare_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.casefold())


def _drop_keeping_tail(element: Any) -> None:
    holder = element.getparent()
    if holder.tag == "figure" and len(holder) == 1 and not (holder.text or "").strip():
        element, holder = holder, holder.getparent()
    element.drop_tree()


def _mark_q(q: Any) -> None:
    depth = sum(1 for a in q.iterancestors("q"))
    opening, closing = _QUOTES[depth % 2]
    q.text = opening + (q.text or "")
    if len(q):
        q[-1].tail = (q[-1].tail or "") + closing
    else:
        q.text += closing
    q.drop_tag()


def _inside_blockquote(quote: Any) -> bool:
    return any(True for _ in quote.iterancestors("blockquote"))


def _flatten_blockquote(quote: Any) -> None:
    credit = _take_credit(quote)
    lines = block_text(quote).splitlines()
    if credit is None and len(lines) > 1 and lines[-1][:1] in _DASHES:
        credit = lines.pop()  # an embedded post: "— Name (@handle) date" on the last line
    said = " ".join(line for line in lines if line)
    if not said:
        return
    if credit is None:
        said, credit = inline_credit(said)  # '... neither navy can end. – Halden Centre for Maritime Security'
    paragraph = quote.makeelement("p", {})
    paragraph.text = _quoted(said) + (f" – {_clean_credit(credit)}" if credit and _clean_credit(credit) else "")
    holder = quote.getparent()
    if holder.tag == "figure" and len(holder) == 1 and not (holder.text or "").strip():
        quote, holder = holder, holder.getparent()  # the figure only framed the quote: the paragraph replaces it
    paragraph.tail = quote.tail
    holder.replace(quote, paragraph)


def _take_credit(quote: Any) -> str | None:
    """Remove and return the credit of a blockquote: its footer, a cite element, or its figure's caption."""
    for xpath in ("./footer", ".//footer", ".//cite"):
        found = quote.xpath(xpath)
        if found:
            credit = " ".join(" ".join(e.text_content().split()) for e in found)
            for element in found:
                element.drop_tree()
            return credit
    figure = quote.getparent()
    if figure is not None and figure.tag == "figure":
        captions = figure.findall("figcaption")
        if captions:
            credit = " ".join(" ".join(c.text_content().split()) for c in captions)
            for caption in captions:
                caption.drop_tree()
            return credit
    return None


_INLINE_CREDIT = re.compile(r"^(?P<said>.*?[.!?…][”\"’»]?)\s+[—–―]\s*(?P<credit>[^\W\d_][^.!?…—–―“”\"]{1,120}?)\.?\s*$", re.S)
"""A quotation's closing sentence followed on its own line's end by a dash and a credit: '... neither navy can
end. – Halden Centre for Maritime Security' (an en or em dash, as a pull quote or block quotation credits its
source; a hyphen joins words)."""
MAX_CREDIT_WORDS = 12


def inline_credit(said: str) -> tuple[str, str | None]:
    """(the quoted words, the credit) of a block quotation's text that ends in a dash and a credit of at most
    `MAX_CREDIT_WORDS` words that opens with a capital; (said, None) when it ends in none."""
    m = _INLINE_CREDIT.match(said)
    if m is None or len(m.group("credit").split()) > MAX_CREDIT_WORDS or not m.group("credit")[:1].isupper():
        return said, None
    return m.group("said"), m.group("credit").strip()


def _clean_credit(credit: str) -> str:
    return credit.strip().lstrip(_DASHES + " \u00a0").strip()


def _quoted(text: str) -> str:
    """`text` between quotation marks, unless it already opens and closes with them or opens with a quotation
    of its own that closes inside it (a pull quote written as prose: '"These were not accidents," the judge
    said.'). A quotation further in ('the campaign "Mega Não" grew') is part of the quoted words."""
    if text[:1] in "“\"«„‘'「『" and text[-1:] in "”\"»“’'」』":
        return text
    if re.match(r"[“\"«„「『][^“”\"«»„「」『』]+[”\"»“」』]", text):
        return text
    return f"“{text}”"


def word_count(text: str) -> int:
    """Words in `text`: runs of word characters, and one per character in scripts written without spaces."""
    return len(_TOKEN.findall(text))


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
