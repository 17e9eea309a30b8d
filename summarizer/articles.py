"""Articles and their loaders: .txt, .html, .json, .jsonl, folders and stdin.

This is an edge module: it reads files. Everything below it takes an
`Article` and never touches the file system for article text.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field, computed_field
from pygments.lexers import find_lexer_class_for_filename

from .errors import InputError
from .markdown_text import markdown_text
from .webpages import PageText, page_text

__all__ = [
    "Article",
    "LoadFailure",
    "MANIFEST_SUFFIX",
    "MAX_ARTICLE_CHARS",
    "SUFFIXES",
    "article_from_text",
    "load_articles",
    "load_path",
]

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MANIFEST_SUFFIX = ".manifest.jsonl"
"""The ending of the run manifests `summarizer brief` and `memo` write beside `-o`: a folder of articles may hold
one (a memo written into its own input folder), and it is never an article."""
MAX_ARTICLE_CHARS = 1_000_000
_TITLE_MAX = 200
_WRAPPED = 100
"""Characters: a second line longer than this is a paragraph on one line, not hard-wrapped text (which wraps at
72 to 80 characters)."""
_BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]*\s+[A-Z]")
"""A byline: 'By' and a capitalised name of two words or more."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Article(BaseModel):
    """One article: its text is the reference for every character span."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="Stable id: the file stem, a JSON id, or a content-hash id.")
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = Field(default=None, description="Where it was read from.")
    author: str | None = Field(default=None, description="Who wrote it (the byline), where the input says.")
    outlet: str | None = Field(
        default=None, description="The publication, where the input names it (a JSON record's or front matter's, a page's site name)."
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class LoadFailure:
    """An input that could not become an article, with a one-line reason."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    source: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
    author: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Build an article from text; a leading title line is recognised when no title is given."""
    text = text.lstrip("\ufeff")
    where = source or id or "text"
    if not text.strip():
        raise InputError(f"{where}: article is empty")
    if max_chars and len(text) > max_chars:
        raise InputError(
            f"{where}: article has {len(text):,} characters, over the limit of {max_chars:,} "
            "(raise it with --max-chars or SUMMARIZER_MAX_CHARS)"
        )
    return Article(
        id=id or f"text-{content_hash(text)[:12]}",
        text=text,
        title=title if title is not None else guess_title(text),
        url=url,
        published=published,
        source=source,
        author=author if author is not None else guess_author(text),
        outlet=outlet or None,
    )


MASTHEAD_FIELDS = re.compile(r"\s[|•]\s")
"""What a web page's masthead line puts between its fields: 'WCLX News 8 | By Jenna Morales, Consumer Reporter |
Posted March 5, 2026'."""


def masthead_line(line: str) -> bool:
    """Whether a line is a page's masthead: fields parted by ' | ' or ' • ', one of them a byline ('Radio Don Valley
    | By Sam Okafor | Posted 12 May 2026')."""
    fields = MASTHEAD_FIELDS.split(line)
    return len(fields) > 1 and any(f.strip().startswith("By ") for f in fields)


_BYLINE_LINE = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[Bb]y|BY)\s+(?P<name>[A-Z][^,|•\n]{1,80}?)\s*(?:,|\s[|•–—-]\s|$)")
"""A byline at the start of a line or a masthead field: 'By' (or 'Analysis by') and a capitalised name, up to the
comma, bar or dash that parts it from a desk, an outlet or a date ('By Paul Whitaker, Front Range Public Radio')."""
_BYLINE_LINES = 4  # lines after the headline a byline may stand on (a masthead or a date line may come first)
_BYLINE_MAX = 120  # characters: a byline with a name, a desk and a date


def guess_author(text: str) -> str | None:
    """Who wrote a plain-text or Markdown article, as its byline under the headline gives it: within the first
    `_BYLINE_LINES` non-blank lines after the title, a line of at most `_BYLINE_MAX` characters that opens with
    'By' and a capitalised name ('By Paul Whitaker, Front Range Public Radio': 'Paul Whitaker'; 'Analysis by Ayşe
    Kaplan-Moreau, 12 March 2025'), or a masthead line with such a field ('WCLX News 8 | By Jenna Morales,
    Consumer Reporter | Posted ...', `masthead_line`); None when there is none (a sentence that opens with 'By'
    runs longer or ends as a sentence does)."""
    lines = [line.strip().lstrip("*_# ").rstrip("*_ ") for line in text.lstrip().splitlines() if line.strip()]
    for line in lines[: _BYLINE_LINES + 1]:
        masthead = masthead_line(line)
        if len(line) > _BYLINE_MAX or not masthead and line.endswith((".", "!", "?", ":")):
            continue
        for field in MASTHEAD_FIELDS.split(line) if masthead else [line]:
            found = _BYLINE_LINE.match(field.strip())
            name = _without_job_title(found.group("name").strip()) if found else ""
            if name and all(w[:1].isupper() or w in _NAME_JOINERS for w in name.split()):
                return name.title() if name.isupper() else name
    return None


def _without_job_title(name: str) -> str:
    """A byline's name without the job title written after it with no comma ('James Carter Senior News Editor' ->
    'James Carter'): from the first of two or more last words that opens and ends with a title word in
    nameparser's list ('senior', 'editor', 'correspondent', 'writer'), the name keeping two words or more ('By John
    Major' keeps its surname)."""
    from nameparser.config import CONSTANTS

    words = name.split()
    for k in range(2, len(words) - 1):
        rest = [w.lower().strip(".,") for w in words[k:]]
        if rest[0] in CONSTANTS.titles and rest[-1] in CONSTANTS.titles:
            return " ".join(words[:k])
    return name


_NAME_JOINERS = frozenset("and & de da das do dos du del della der den van von bin ibn al el la le di y".split())
"""Lower-case words a byline's names may hold: a conjunction between two authors and the particles of surnames
('By Jane Roe and John Doe', 'By Ana de la Cruz'); any other lower-case word makes the line a sentence ('By
Tuesday the plan was dead')."""


_MONTHS = "|".join(calendar.month_name[1:] + calendar.month_abbr[1:])
_DATE_AT_END = re.compile(
    rf"(?:^|[\s,|·•–—-])(?:\d{{1,2}}\s+(?:{_MONTHS})\.?|(?:{_MONTHS})\.?\s+\d{{1,2}},?)\s+\d{{4}}(?P<rest>[^\n]*)$"
)


def date_line(line: str) -> bool:
    """Whether a line only dates the article: at most 80 characters ending in a full date ('3 March 2025', 'March 5,
    2026'; the month's names are the standard library's `calendar`, in English) and at most a time after it, with no
    sentence's end before it ('Meridian News Service - Monday, 3 March 2025', 'Karelund Press Agency (KPA) - 15 May
    2025 - 16:05'), as wires and pages print the outlet and the date above or under the headline."""
    line = line.strip().strip("*_")
    found = _DATE_AT_END.search(line)
    if len(line) > 80 or found is None or len(found.group("rest").strip(" .,-–—|")) > 12:
        return False
    return not re.search(r"[.!?]\s", line[: found.start()])


def guess_title(text: str) -> str | None:
    """A first line that reads like a headline: at most `_TITLE_MAX` characters, not ending as a sentence or a
    phrase does ('.', ':', ';', ',', a closing quotation mark; a question or exclamation is a headline: 'Brenford
    incinerator: what is the row about?'), followed by a blank line or straight away by a paragraph on one line
    (longer than `_WRAPPED` characters and than twice the headline) or by a byline ('By Aisha Kamara, BBC Look
    North'); a masthead line above it (`masthead_line`) is passed over, and so is an outlet's date line
    (`date_line`) when a headline follows it. A first line followed by another short line is hard-wrapped text,
    not a headline."""
    lines = text.lstrip().splitlines()
    if lines and masthead_line(lines[0]):  # a masthead above the headline is none: the headline follows it
        lines = "\n".join(lines[1:]).lstrip().splitlines()
    if lines and date_line(lines[0]) and (below := guess_title("\n".join(lines[1:]))) is not None:
        return below  # 'Meridian News Service - Monday, 3 March 2025' above the headline: the outlet's date line
    if len(lines) < 2:
        return None
    first, second = lines[0].strip(), lines[1].strip()
    if second and not len(second) > max(_WRAPPED, 2 * len(first)) and not _BYLINE.match(second):
        return None
    if not first or len(first) > _TITLE_MAX or first[-1] in ".\"”:;,":
        return None
    if " » " in first:  # a breadcrumb trail: "Home » world » Headline"
        first = first.rsplit(" » ", 1)[-1].strip()
    return first or None


def decode(data: bytes, where: str) -> str:
    """UTF-8 first, then Windows-1252 / Latin-1; UTF-16 with its byte-order mark (Windows 'Unicode' text);
    binary data is refused."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"{where}: cannot decode as UTF-16 text") from e
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{where}: cannot decode as text")  # pragma: no cover - latin-1 decodes all


def load_path(path: str | Path, *, max_chars: int = MAX_ARTICLE_CHARS) -> list[Article]:
    """Load one file (a .json/.jsonl file may hold several articles). Raises InputError for a file that cannot be
    read as articles, and for a record of a JSON or JSON-lines file that is no article (`load_articles` keeps the
    file's other records then, and reports each bad one)."""
    articles, failures = _load_file(path, max_chars)
    if failures:
        raise InputError(str(failures[0]))
    return articles


def _load_file(path: str | Path, max_chars: int) -> tuple[list[Article], list[LoadFailure]]:
    """The articles of one file, and a failure for each record of a JSON or JSON-lines file that is none (a line
    cut off in the middle, a record without a text): one bad record never loses the others. Raises InputError
    when the file as a whole cannot be read."""
    path = Path(path)
    where = str(path)
    if not path.exists():
        raise InputError(f"{where}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{where}: is a folder; use load_articles for folders")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{where}: cannot read ({e.strerror or e})") from e
    suffix = path.suffix.lower()
    document = _document_format(data, suffix)
    if document:
        hint = " (for a PDF: pdftotext)" if document == "PDF" else ""
        raise InputError(f"{where}: a {document} file, not text; save the article as text or HTML first{hint}")
    if suffix not in SUFFIXES:
        refusal = _not_prose(path)
        if refusal:
            raise InputError(f"{where}: {refusal}")
    text = decode(data, where)
    if suffix in (".html", ".htm") or suffix not in (".json", ".jsonl") and looks_like_html(text):
        return [_from_html(text, path, max_chars)], []  # 'page.txt' holding '<!DOCTYPE html>...': a saved page
    if suffix in MARKDOWN_SUFFIXES:
        article = _from_markdown(text, path, max_chars)
        _long_enough(article.text, where)
        return [article], []
    if suffix == ".json":
        return _from_json_records(_parse_json(text, where), path, max_chars)
    if suffix == ".jsonl":
        records, failures = _parse_jsonl(text, where)
        articles, more = _from_json_records(records, path, max_chars, lines=len(records) + len(failures))
        return articles, failures + more
    _long_enough(text, where)
    return [article_from_text(unwrap_lines(text), id=path.stem, source=where, max_chars=max_chars)], []


def _long_enough(text: str, where: str) -> None:
    """Raises InputError for a text or Markdown file of fewer than MIN_TEXT_WORDS words (and MIN_TEXT_CHARS
    characters): a label or a note kept beside the articles ('just some notes'), no article. An empty one is left
    to `article_from_text`, which says so."""
    words = len(text.split())
    if text.strip() and words < MIN_TEXT_WORDS and len(text.strip()) < MIN_TEXT_CHARS:  # chars: scripts without spaces
        raise InputError(f"{where}: {words} word{'s' * (words != 1)}, too short to be an article (at least {MIN_TEXT_WORDS})")


_HTML_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML document whatever its file is called: it opens (after a byte-order mark, white
    space and comments) with a doctype or an `<html>`, `<head>` or `<body>` tag, the document-level signatures
    of the WHATWG MIME Sniffing Standard (section 7.1, "text/html")."""
    return bool(_HTML_START.match(text))


MIN_TEXT_WORDS = 5
"""Fewer words in a text file are a word or a label, not an article (a one-sentence news brief has more). A page
must hold four times as many (`webpages.MIN_WORDS`): menus and banners are longer than a label."""
MIN_TEXT_CHARS = 40
"""...and fewer characters: Chinese or Japanese text has few spaces, so its words are not counted by them."""
_DOCUMENT_SUFFIXES = {".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument", ".rtf": "RTF", ".epub": "EPUB"}
_DOCUMENT_MAGIC = ((b"%PDF-", "PDF"), (b"{\\rtf", "RTF"))


_TABLE_SUFFIXES = {".csv": "CSV", ".tsv": "TSV", ".tab": "TSV"}
_PROSE_LEXERS = frozenset({"TextLexer", "MarkdownLexer", "RstLexer", "OrgLexer", "EmailLexer", "TexLexer", "HtmlLexer"})
"""Pygments lexers of formats an article may be written in: plain text, lightweight markup, an e-mail, LaTeX."""


def _not_prose(path: Path) -> str:
    """Why a file named with a suffix outside `SUFFIXES` is no article ('' when it may be one).

    A table (.csv, .tsv) or a program or data file in a language Pygments knows by its name (`script.py`,
    `config.yaml`, `Makefile`) holds no article to brief; any other name (`story`, `notes.text`) is read as text.
    """
    table = _TABLE_SUFFIXES.get(path.suffix.lower())
    if table:
        return f"a {table} table, not an article; to brief its rows, write them as JSON lines with a 'text' field"
    lexer = find_lexer_class_for_filename(path.name)
    if lexer is None or lexer.__name__ in _PROSE_LEXERS:
        return ""
    return f"a {lexer.name} file, not an article; save the article as text, Markdown, HTML or JSON lines"


def _document_format(data: bytes, suffix: str) -> str:
    """The name of a document format `data` is in, by its suffix or its first bytes ('' for text)."""
    for magic, name in _DOCUMENT_MAGIC:
        if data.startswith(magic):
            return name
    return _DOCUMENT_SUFFIXES.get(suffix, "")


def _from_html(html: str, path: Path, max_chars: int) -> Article:
    """The page's article text (`webpages.page_text`: quotation markup kept, boilerplate checked)."""
    return _from_page(page_text(html, str(path)), path, max_chars)


def _from_markdown(text: str, path: Path, max_chars: int) -> Article:
    """The article a Markdown file holds (`markdown_text`: the words without the markup, front matter's metadata);
    InputError when it holds no words."""
    return _from_page(markdown_text(text, str(path)), path, max_chars)


def _from_page(page: PageText, path: Path, max_chars: int) -> Article:
    """The article of a page's or a Markdown file's text and metadata."""
    return article_from_text(
        page.text,
        id=path.stem,
        title=page.title,
        url=page.url,
        published=page.date,
        source=str(path),
        max_chars=max_chars,
        author=page.author,
        outlet=page.outlet,
    )


def _parse_json(text: str, where: str) -> list[tuple[str, object]]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: invalid JSON at line {e.lineno} ({e.msg})") from e
    records = value if isinstance(value, list) else [value]
    return [(f"{where}[{i}]", r) for i, r in enumerate(records)]


def _parse_jsonl(text: str, where: str) -> tuple[list[tuple[str, object]], list[LoadFailure]]:
    """The records of a JSON-lines text, each with where it was read ('file:3'), and a failure for each line that is
    not JSON (the others are kept)."""
    records, failures = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((f"{where}:{lineno}", json.loads(line)))
        except json.JSONDecodeError as e:
            at = "" if e.msg.endswith(" at") else " at"  # 'Unterminated string starting at', 'Expecting value'
            failures.append(LoadFailure(f"{where}:{lineno}", f"invalid JSON: {e.msg}{at} column {e.colno}"))
    return records, failures


def _from_json_records(
    records: list[tuple[str, object]], path: Path, max_chars: int, lines: int | None = None
) -> tuple[list[Article], list[LoadFailure]]:
    """The articles of a JSON file's records, and a failure for each record that is none. `lines`: how many
    records the file held, bad ones included; a record with no id of its own is the file's name when the file
    held one, else the file's name and its place among the records read ('feed-2'). Raises InputError for a
    file with no records at all."""
    total = len(records) if lines is None else lines
    if total == 0:
        raise InputError(f"{path}: no records")
    articles, failures = [], []
    for n, (where, record) in enumerate(records):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            failures.append(LoadFailure(where, "expected an object with a string 'text' field"))
            continue
        default_id = path.stem if total == 1 else f"{path.stem}-{n + 1}"
        try:
            articles.append(
                article_from_text(
                    record["text"],
                    id=str(record.get("id") or default_id),
                    title=record.get("title"),
                    url=record.get("url"),
                    published=_first(record, _DATE_FIELDS),
                    source=where,
                    max_chars=max_chars,
                    author=_first(record, _AUTHOR_FIELDS),
                    outlet=_outlet(record),
                )
            )
        except InputError as e:
            failures.append(LoadFailure(where, _reason(e, where)))
    return articles, failures


_DATE_FIELDS = ("published", "date", "published_at", "publication_date", "datePublished", "pubDate")
"""A record's date under the names feeds and exports use: ours, then common ones (schema.org's `datePublished`,
RSS's `pubDate`)."""
_AUTHOR_FIELDS = ("author", "authors", "byline", "creator")
"""A record's author under the names feeds and exports use (RSS and Dublin Core's `creator`)."""


_OUTLET_FIELDS = ("outlet", "publisher", "publication", "site_name", "source_name", "source")
"""A record's publication under the names feeds and exports use (NewsAPI's `source` object, schema.org's
`publisher`, Open Graph's `site_name`)."""


def _outlet(record: dict[str, object]) -> str | None:
    """The publication a record names (`_OUTLET_FIELDS`: a name, or an object with a `name`); a web address is no
    outlet's name (feeds put the link under `source` too)."""
    found = _first(record, _OUTLET_FIELDS)
    return None if found is None or re.match(r"(?i)https?://|www\.", found) else found


def _first(record: dict[str, object], fields: tuple[str, ...]) -> str | None:
    """The first of `fields` the record holds a value for, as text; a list of names ('authors') joined by commas,
    and a schema.org object by its `name` (`{"@type": "Person", "name": "Sofia Marques"}`); None for none."""
    for field in fields:
        value = record.get(field)
        values = value if isinstance(value, list) else [value]
        names = [str(v.get("name") or "") if isinstance(v, dict) else str(v) for v in values if v not in (None, "")]
        text = ", ".join(n for n in names if n)
        if text:
            return text
    return None


def _expand(path: Path) -> list[Path]:
    """The files a folder's articles are read from: every file with an article suffix (`SUFFIXES`), and every
    document (`report.pdf`, `story.docx`: most likely an article in a format we do not read), so that it is
    reported as a failure that says what to do instead of being passed over in silence; anything else (a
    table of metadata, images, hidden files) is no article. A file is itself. Raises InputError for a folder
    with neither."""
    if path.is_dir():
        wanted = {*SUFFIXES, *_DOCUMENT_SUFFIXES}
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted and not p.name.endswith(MANIFEST_SUFFIX))
        if not files:
            raise InputError(f"{path}: folder holds no articles ({', '.join(SUFFIXES)})")
        return files
    return [path]


WRAP_MAX = 100
"""Characters: the longest line of hard-wrapped text (e-mail and wire copy wrap at 65 to 80; RFC 5322 asks for at
most 78)."""
WRAP_FILLED = 0.75
"""Share of the widest line a hard-wrapped line reaches before it breaks (a ragged right margin)."""


def unwrap_lines(text: str) -> str:
    """`text` with hard-wrapped paragraphs joined: when its paragraphs (blocks parted by blank lines) break into
    lines at a fixed width, each line break inside a paragraph becomes a space, so a sentence or a quotation
    broken across lines is one again; character offsets are unchanged. Hard-wrapped: two paragraphs or more, at
    least three lines that another line of their paragraph follows, the widest line at most WRAP_MAX characters,
    and seven in ten of those lines at least WRAP_FILLED of its width. A line opening a list item ('- ', '* ',
    '• ', '1. ') keeps its break. Other text is returned as it is."""
    blocks = re.split(r"\n[ \t]*\n", text)
    lines = [block.split("\n") for block in blocks]
    inner = [  # lines another line of their paragraph follows; a list item and the line before one break anyway
        line
        for block in lines
        for line, after in zip(block, block[1:])
        if line.strip() and not _LIST_ITEM.match(line.lstrip()) and not _LIST_ITEM.match(after.lstrip())
    ]
    widest = max((len(line.rstrip()) for block in lines if len(block) > 1 for line in block), default=0)
    if len(blocks) < 2 or len(inner) < 3 or widest > WRAP_MAX:
        return text
    if sum(len(line.rstrip()) >= WRAP_FILLED * widest for line in inner) < 0.7 * len(inner):
        return text
    out = list(text)
    for match in re.finditer(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)", text):
        after = text[match.end() :].lstrip(" \t")
        if not _LIST_ITEM.match(after):
            out[match.end() - 1] = " "
    return "".join(out)


_LIST_ITEM = re.compile(r"(?:[-*•]|\d{1,2}[.)])\s")


def _read_stdin() -> str:
    """Standard input as text, decoded from its bytes as a file is (`decode`: UTF-8, then Windows-1252 and Latin-1),
    whatever the locale's encoding: Windows-1252 text piped in had reached the pipeline as lone surrogates."""
    buffer = getattr(sys.stdin, "buffer", None)
    return decode(buffer.read(), "stdin") if buffer is not None else sys.stdin.read()


def _from_json_stdin(text: str, max_chars: int) -> tuple[list[Article], list[LoadFailure]]:
    """The articles of JSON piped in: one JSON document (an object or a list of objects) when the whole text parses
    as one, else JSON Lines, a failure for each line that does not parse ('stdin:2: invalid JSON: ...')."""
    try:
        return _from_json_records(_parse_json(text, "stdin"), Path("stdin"), max_chars)
    except InputError:
        records, failures = _parse_jsonl(text, "stdin")
        articles, more = _from_json_records(records, Path("stdin"), max_chars, lines=len(records) + len(failures))
        return articles, failures + more


def load_articles(
    paths: Iterable[str | Path],
    *,
    stdin_text: str | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> tuple[list[Article], list[LoadFailure]]:
    """Load every path ('-' is stdin); one bad input never stops the others."""
    articles: list[Article] = []
    failures: list[LoadFailure] = []
    for raw in paths:
        if str(raw) == "-":
            try:
                text = stdin_text if stdin_text is not None else _read_stdin()
                if looks_like_html(text):  # a page piped in ('curl ... | summarizer brief -')
                    articles.append(_from_html(text, Path("stdin"), max_chars))
                elif text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):  # JSON or JSON Lines piped in: no
                    found, bad = _from_json_stdin(text, max_chars)  # article's text opens with a brace or bracket
                    articles += found
                    failures += bad
                else:
                    articles.append(article_from_text(unwrap_lines(text), source="stdin", max_chars=max_chars))
            except InputError as e:
                failures.append(LoadFailure("stdin", _reason(e, "stdin")))
            continue
        try:
            files = _expand(Path(raw)) if Path(raw).exists() else [Path(raw)]
        except InputError as e:
            failures.append(LoadFailure(str(raw), _reason(e, str(raw))))
            continue
        for file in files:
            try:
                found, bad = _load_file(file, max_chars)
            except InputError as e:
                failures.append(LoadFailure(str(file), _reason(e, str(file))))
                continue
            articles.extend(found)
            failures.extend(bad)
    return _dedupe_ids(articles), failures


def _reason(error: InputError, where: str) -> str:
    message = str(error)
    return message[len(where) + 2 :] if message.startswith(where + ": ") else message


def _dedupe_ids(articles: list[Article]) -> list[Article]:
    """Two inputs with the same stem in different folders get distinct ids."""
    original = {a.id for a in articles}
    used: set[str] = set()
    out = []
    for article in articles:
        new_id, n = article.id, 1
        while new_id in used or (n > 1 and new_id in original):
            n += 1
            new_id = f"{article.id}~{n}"
        used.add(new_id)
        out.append(article if new_id == article.id else article.model_copy(update={"id": new_id}))
    return out

