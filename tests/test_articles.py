"""Article loaders: text, HTML, JSON, JSON lines, folders, stdin and bad inputs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.articles import (
    Article,
    LoadFailure,
    article_from_text,
    guess_title,
    load_articles,
    load_path,
)
from summarizer.errors import ConfigError, InputError

BODY = "The council voted on Tuesday. “We will not back down,” the mayor said.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- text


def test_txt_with_headline_gets_title_and_stem_id(tmp_path: Path) -> None:
    [article] = load_path(write(tmp_path / "council.txt", f"Council defies governor\n\n{BODY}"))
    assert article.id == "council"
    assert article.title == "Council defies governor"
    assert article.text.startswith("Council defies governor")
    assert article.source == str(tmp_path / "council.txt")


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # no blank line after the first line
        "This first line ends like a sentence.\n\nBody.",
        "Kelsford City Council wants to build a segregated cycle lane along Ashcombe\nRoad, paid for with a grant.\n",
        "x" * 300 + "\n\nBody.",
        "One line only",
    ],
)
def test_no_title_when_first_line_is_not_a_headline(text: str) -> None:
    assert guess_title(text) is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("Brenford incinerator: what is the row about?\n\nBody.", "Brenford incinerator: what is the row about?"),
        ("Kelsford lime trees: what is the row about?\nBy Aisha Kamara, BBC Look North\n\nBody.", "Kelsford lime trees: what is the row about?"),
        ("Campaigners vow to fight felling of lime trees\nKELSFORD, March 3 (Northern Wire Service) - Residents in the "
         "market town of Kelsford have launched a legal challenge against a council plan.\n", "Campaigners vow to fight felling of lime trees"),
    ],
)  # fmt: skip
def test_a_question_headline_and_a_headline_straight_above_its_first_paragraph_are_titles(text: str, title: str) -> None:
    assert guess_title(text) == title


def test_breadcrumb_title_keeps_the_last_crumb() -> None:
    assert guess_title("Home » World » Talks collapse\n\nBody.") == "Talks collapse"


def test_content_hash_is_sha256_of_the_text() -> None:
    import hashlib

    article = article_from_text(BODY)
    assert article.content_hash == hashlib.sha256(BODY.encode()).hexdigest()
    assert article.id == f"text-{article.content_hash[:12]}"
    assert article_from_text(BODY).id == article.id, "ids of raw text are stable"


def test_bom_is_stripped(tmp_path: Path) -> None:
    [article] = load_path(write(tmp_path / "bom.txt", "\ufeff".encode() + BODY.encode()))
    assert not article.text.startswith("\ufeff")


def test_latin1_and_cp1252_are_decoded(tmp_path: Path) -> None:
    [article] = load_path(write(tmp_path / "latin.txt", "Le président a parlé à Bogotá.".encode("latin-1")))
    assert "président" in article.text and "Bogotá" in article.text
    [quoted] = load_path(write(tmp_path / "cp.txt", "“Quoted” – a dash, said the mayor.".encode("cp1252")))
    assert quoted.text == "“Quoted” – a dash, said the mayor."


def test_utf16_text_with_its_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    text = "Le président a parlé à Bogotá hier soir."
    for encoding in ("utf-16", "utf-16-be"):
        data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
        [article] = load_path(write(tmp_path / f"{encoding}.txt", data))
        assert article.text == text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.pdf", b"hi", "a PDF file, not text; save the article as text or HTML first"),
        ("paper.txt", b"%PDF-1.7\n1 0 obj", "a PDF file, not text"),  # what it is, whatever its name
        ("story.docx", b"PK\x03\x04 word/document.xml", "a Word file, not text"),
        ("note.txt", b"Draft: check this", "3 words, too short to be an article (at least 5)"),
        ("notes.md", b"just some notes", "3 words, too short to be an article (at least 5)"),  # a note kept beside them
        ("people.csv", b"name,role,quote\nAnn Lee,mayor,We will rebuild the bridge this year\n", "a CSV table, not an article"),
        ("scores.tsv", b"team\tpoints\nRovers\t3\nUnited\t1\nCity\t0\n", "a TSV table, not an article"),
        ("clean.py", b"import re\n\ndef clean(text):\n    return re.sub(r'\\s+', ' ', text)\n", "a Python file, not an article"),
        ("settings.yaml", b"model: local\nmax_chars: 20000\nretries: 3\nbackend: openai\n", "a YAML file, not an article"),
    ],
)
def test_a_document_format_or_a_note_is_refused_in_one_line(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=re.escape(reason)):
        load_path(write(tmp_path / name, data))


@pytest.mark.parametrize("name", ["story", "story.text", "notes.rst", "release.eml"])
def test_a_name_that_is_no_program_or_table_is_read_as_text(tmp_path: Path, name: str) -> None:
    [article] = load_path(write(tmp_path / name, BODY))
    assert article.text == BODY


@pytest.mark.parametrize("data", [b"", b"   \n\t \n", b"\xef\xbb\xbf  \n"])
def test_empty_or_blank_file_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        load_path(write(tmp_path / "empty.txt", data))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        load_path(write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


def test_size_limit_gives_a_clear_message(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 1000)
    with pytest.raises(InputError, match=r"5,000 characters, over the limit of 100"):
        load_path(path, max_chars=100)
    assert load_path(path, max_chars=0)[0].text.startswith("word"), "0 means no limit"


def test_missing_path_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_path(tmp_path)


def test_input_error_is_a_config_error() -> None:
    assert issubclass(InputError, ConfigError)


def test_article_is_frozen_and_strict() -> None:
    article = article_from_text(BODY)
    with pytest.raises(Exception):
        article.text = "changed"  # type: ignore[misc]
    with pytest.raises(Exception):
        Article(id="a", text="t", colour="red")  # type: ignore[call-arg]


# --------------------------------------------------------------------------- html


HTML = """<html><head><title>Port strike spreads | Daily Wire Service</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now! Cookie settings</nav>
<article><h1>Port strike spreads</h1>
<p>Dock workers in three cities joined the strike on Monday, halting most container traffic.</p>
<p>"We are not going back until the contract is signed," said union leader Maria Lopez.</p>
<p>The port authority said talks would resume on Thursday and that it hoped for a quick deal.</p>
</article><footer>Copyright 2024. All rights reserved. Privacy policy. Terms of use.</footer></body></html>"""


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    [article] = load_path(write(tmp_path / "strike.html", HTML))
    assert article.id == "strike"
    assert "Dock workers in three cities" in article.text
    assert "Maria Lopez" in article.text
    assert "Cookie settings" not in article.text and "All rights reserved" not in article.text
    assert article.title and "Port strike spreads" in article.title


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article text"):
        load_path(write(tmp_path / "empty.html", "<html><head><script>var x = 1;</script></head><body></body></html>"))


# --------------------------------------------------------------------------- json


def test_json_object_and_list(tmp_path: Path) -> None:
    record = {"text": BODY, "title": "T", "url": "https://example.org/a", "published": 2024}
    [one] = load_path(write(tmp_path / "one.json", json.dumps(record)))
    assert (one.id, one.title, one.url, one.published) == ("one", "T", "https://example.org/a", "2024")
    many = load_path(write(tmp_path / "many.json", json.dumps([record, {**record, "id": "custom"}])))
    assert [a.id for a in many] == ["many-1", "custom"]


def test_jsonl_skips_blank_lines_and_names_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"text": BODY, "id": "a"}), "", json.dumps({"text": BODY + "2", "id": "b"})]
    assert [a.id for a in load_path(write(tmp_path / "feed.jsonl", "\n".join(lines)))] == ["a", "b"]
    with pytest.raises(InputError, match=r"bad\.jsonl:2: invalid JSON"):
        load_path(write(tmp_path / "bad.jsonl", lines[0] + "\n{not json\n"))


def test_a_bad_line_of_a_jsonl_file_is_one_failure_and_keeps_the_others(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY, "id": "a"}),
        '{"id": "cut", "text": "The bank raised its rate to',
        json.dumps({"id": "no-text"}),
        json.dumps({"text": BODY + "2", "id": "b"}),
    ]
    feed = write(tmp_path / "feed.jsonl", "\n".join(lines))
    articles, failures = load_articles([feed])
    assert [a.id for a in articles] == ["a", "b"]
    assert [str(f) for f in failures] == [
        f"{feed}:2: invalid JSON: Unterminated string starting at column 23",
        f"{feed}:3: expected an object with a string 'text' field",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON at line 1"),
        ("[]", "no records"),
        ('{"body": "no text field"}', "expected an object with a string 'text' field"),
        ('[{"text": 3}]', "expected an object with a string 'text' field"),
        ('{"text": "   "}', "empty"),
    ],
)
def test_bad_json_records(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_path(write(tmp_path / "bad.json", content))


# --------------------------------------------------------------------------- many


def test_folder_is_sorted_recursive_and_filtered(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", BODY)
    write(tmp_path / "a.md", BODY + " A")
    write(tmp_path / "sub" / "c.jsonl", json.dumps({"text": BODY + " C", "id": "c"}))
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / "index.csv", "id,title\n")
    articles, failures = load_articles([tmp_path])
    assert [a.id for a in articles] == ["a", "b", "c"]
    # a document in the folder is most likely an article in a format we do not read: said, not passed over
    assert [(Path(f.source).name, f.reason.split(";")[0]) for f in failures] == [("notes.pdf", "a PDF file, not text")]


def test_one_bad_input_never_stops_the_others(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", BODY)
    empty = write(tmp_path / "empty.txt", "")
    nofolder = tmp_path / "nothing"
    nofolder.mkdir()
    articles, failures = load_articles([good, empty, tmp_path / "missing.txt", nofolder])
    assert [a.id for a in articles] == ["good"]
    assert [f.source for f in failures] == [str(empty), str(tmp_path / "missing.txt"), str(nofolder)]
    reasons = [f.reason for f in failures]
    assert reasons[0] == "article is empty"
    assert reasons[1] == "no such file or folder"
    assert reasons[2].startswith("folder holds no articles")
    assert str(failures[0]) == f"{empty}: article is empty"


def test_stdin(tmp_path: Path) -> None:
    articles, failures = load_articles(["-"], stdin_text=BODY)
    assert len(articles) == 1 and articles[0].source == "stdin" and not failures
    articles, failures = load_articles(["-"], stdin_text="  ")
    assert not articles and failures == [LoadFailure("stdin", "article is empty")]


def test_json_lines_piped_in_are_records_and_a_broken_line_is_a_failure_not_an_article() -> None:
    good = json.dumps({"title": "Libraries", "text": BODY})
    articles, failures = load_articles(["-"], stdin_text=f'{good}\n{{"text": "cut off')
    assert [a.title for a in articles] == ["Libraries"] and articles[0].text == BODY
    assert [f.source for f in failures] == ["stdin:2"] and failures[0].reason.startswith("invalid JSON")
    articles, failures = load_articles(["-"], stdin_text='{"text": "x"')  # never briefed as the text '{"text": "x"'
    assert not articles and failures[0].reason.startswith("invalid JSON")
    articles, failures = load_articles(["-"], stdin_text=json.dumps([{"text": BODY}]))  # one JSON document
    assert [a.text for a in articles] == [BODY] and not failures


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path: Path) -> None:
    first = write(tmp_path / "x" / "story.txt", BODY)
    second = write(tmp_path / "y" / "story.txt", BODY + " more")
    articles, _ = load_articles([first, second])
    assert [a.id for a in articles] == ["story", "story~2"]


def test_deduped_ids_never_collide_with_existing_ones(tmp_path: Path) -> None:
    paths = [
        write(tmp_path / "x" / "story.txt", BODY),
        write(tmp_path / "y" / "story.txt", BODY + " 2"),
        write(tmp_path / "story~2.txt", BODY + " 3"),
    ]
    articles, _ = load_articles(paths)
    ids = [a.id for a in articles]
    assert len(set(ids)) == len(ids), ids


def test_a_run_manifest_in_a_folder_of_articles_is_no_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ministers clash over the budget\n\nThe finance minister resigned on Monday.", encoding="utf-8")
    (tmp_path / "memo.md.manifest.jsonl").write_text('{"article": "a", "ok": true}\n', encoding="utf-8")
    articles, failures = load_articles([tmp_path])
    assert [a.id for a in articles] == ["a"] and failures == []


def test_a_document_s_refusal_suggests_pdftotext_only_for_a_pdf(tmp_path: Path) -> None:
    write(tmp_path / "story.docx", b"PK\x03\x04 word")
    write(tmp_path / "story.pdf", b"%PDF-1.4")
    reasons = {Path(f.source).suffix: f.reason for f in load_articles([tmp_path])[1]}
    assert reasons[".pdf"].endswith("(for a PDF: pdftotext)") and "pdftotext" not in reasons[".docx"]


def test_a_masthead_line_above_the_headline_is_not_the_title() -> None:
    from summarizer.articles import guess_title

    text = (
        "Radio Don Valley | By Sam Okafor | Posted 12 May 2026\n\n"
        "'They can't just switch off a town': Tinsley strike enters day two\n\n"
        "Several hundred people gathered outside the Brightwell Components plant in Tinsley on Tuesday morning as the strike entered its second day.\n"
    )
    assert guess_title(text) == "'They can't just switch off a town': Tinsley strike enters day two"


def test_an_outlet_s_date_line_above_the_headline_is_not_the_title_but_a_dated_headline_is() -> None:
    from summarizer.articles import guess_title

    text = (
        "Meridian News Service - Monday, 3 March 2025\n\n"
        "High court strikes down Portvale's ban on short-term holiday rentals\n\n"
        "PORTVALE, 3 March 2025 (Meridian News Service) - Casmeria's High Court on Monday struck down the city of "
        "Portvale's two-year-old ban on short-term holiday rentals.\n"
    )
    assert guess_title(text) == "High court strikes down Portvale's ban on short-term holiday rentals"
    dated = (
        "Election set for 3 March 2025\n\n"
        "PORTVALE - The election will be held on 3 March 2025, the commission said on Monday after a long meeting "
        "with all the parties in the capital and the regions.\n"
    )
    assert guess_title(dated) == "Election set for 3 March 2025"  # no headline under it: it is the headline


def test_a_record_s_author_and_date_are_read_under_the_names_feeds_use(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "title": "Pension ruling", "text": "The court struck down the rise on Tuesday.", "author": "Sofia Marques", "date": "2025-03-05"},
        {"id": "b", "text": "The minister said he would appeal the decision.", "authors": ["Ana Lopes", "Rui Dias"], "datePublished": "2025-03-06"},
        {"id": "c", "text": "Retirees gathered outside the court to celebrate.", "byline": "By Clara Mendes", "published": "2025-03-07"},
        {"id": "d", "text": "The minister will appeal the ruling, his office said.", "author": {"@type": "Person", "name": "Rui Dias"}},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    found = {a.id: (a.author, a.published) for a in load_articles([feed])[0]}
    assert found == {
        "a": ("Sofia Marques", "2025-03-05"),
        "b": ("Ana Lopes, Rui Dias", "2025-03-06"),
        "c": ("By Clara Mendes", "2025-03-07"),
        "d": ("Rui Dias", None),  # a schema.org object by its name
    }


def test_the_outlet_is_read_from_records_front_matter_and_pages_and_shown(tmp_path: Path) -> None:
    from summarizer.render import brief_markdown
    from summarizer.schema import Brief

    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "text": "The court struck down the rise on Tuesday.", "source": "The Harbour Standard"},
        {"id": "b", "text": "The minister said he would appeal the decision.", "source": {"id": "hs", "name": "The Harbour Standard"}},
        {"id": "c", "text": "Retirees gathered outside the court to celebrate.", "source": "https://example.org/story"},
        {"id": "d", "text": "The minister will appeal the ruling, his office said.", "publisher": "Meridian News Service"},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    found = {a.id: a.outlet for a in load_articles([feed])[0]}
    assert found == {"a": "The Harbour Standard", "b": "The Harbour Standard", "c": None, "d": "Meridian News Service"}
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Ban struck down\noutlet: Casmeria Legal Review\n---\n\nThe court struck down the ban on Monday.\n", encoding="utf-8")
    assert load_articles([note])[0][0].outlet == "Casmeria Legal Review"
    page = _page(tmp_path, head='<meta property="og:site_name" content="Casmeria Legal Review">')
    assert load_articles([page])[0][0].outlet == "Casmeria Legal Review"
    brief = Brief(article_id="a", title="Ban struck down", outlet="The Harbour Standard", main_issue="A ban", summary="A ban.")
    assert "The Harbour Standard" in brief_markdown(brief).splitlines()[2]


def _page(tmp_path: Path, head: str = "", byline: str = "") -> Path:
    """A page of a council story, with `head` in its head and `byline` before its one paragraph."""
    page = tmp_path / "page.html"
    body = " ".join(["The council approved the scheme on Monday after a long debate about traffic and trade."] * 4)
    page.write_text(
        f"<html><head><title>Car ban approved</title>{head}</head>"
        f"<body><article><h1>Car ban approved</h1>{byline}<p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    return page


@pytest.mark.parametrize("author", ["Sam Okoro", "Jerome A. Tan"])  # the stop after an initial kept
def test_a_page_s_byline_is_its_author(tmp_path: Path, author: str) -> None:
    page = _page(tmp_path, head=f'<meta name="author" content="{author}">')
    (article,) = load_articles([page])[0]
    assert article.author == author


def test_a_page_s_byline_that_goes_on_after_a_field_mark_is_its_first_field(tmp_path: Path) -> None:
    page = _page(tmp_path, byline='<p class="byline">By our Athens staff · Last updated 18:40 EEST</p>')
    (article,) = load_articles([page])[0]
    assert article.author is not None and "updated" not in article.author.lower()


def test_a_page_s_byline_with_a_date_after_a_field_mark_is_the_name_before_it(tmp_path: Path) -> None:
    page = _page(tmp_path, byline='<p class="byline">By Tomas Ekberg | April 2, 2026</p>')
    (article,) = load_articles([page])[0]
    assert article.author == "Tomas Ekberg"  # had been 'Tomas Ekberg; April', the date's month read as a second author


def test_a_page_s_byline_with_a_title_after_a_comma_is_the_name_before_it(tmp_path: Path) -> None:
    page = _page(tmp_path, byline='<p class="byline">By Marta Quellen, Staff Reporter</p>')
    (article,) = load_articles([page])[0]
    assert article.author == "Marta Quellen"  # had been 'Marta Quellen; Staff Reporter', two authors


def test_a_page_s_byline_with_a_title_and_a_date_after_a_comma_is_the_name_before_it(tmp_path: Path) -> None:
    page = _page(tmp_path, byline='<p class="byline">By Daniel Esterhazy, Retail Correspondent. March 4</p>')
    (article,) = load_articles([page])[0]
    assert article.author == "Daniel Esterhazy"  # nu134: had been 'Daniel Esterhazy; Retail Correspondent March 4'


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("By Paul Whitaker, Front Range Public Radio", "Paul Whitaker"),
        ("WCLX News 8 | By Jenna Morales, Consumer Reporter | Posted March 5, 2026, 6:15 p.m.", "Jenna Morales"),
        ("Analysis by Ayşe Kaplan-Moreau, 12 March 2025", "Ayşe Kaplan-Moreau"),
        ("*By Jane Roe and John Doe*", "Jane Roe and John Doe"),
        ("BY ANA DE LA CRUZ", "Ana De La Cruz"),
        ("By the end of the year, prices had doubled.", None),
        ("By Tuesday the plan was dead", None),
        ("by James Carter Senior News Editor", "James Carter"),  # a job title after the name, with no comma
        ("By John Major", "John Major"),  # a surname that is a title word stays
    ],
)
def test_a_text_article_s_byline_under_its_headline_is_its_author(tmp_path: Path, head: str, author: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Landlords weigh lawsuit\n\n{head}\n\nThe association said it had hired a law firm on Monday.\n", encoding="utf-8")
    (article,) = load_articles([path])[0]
    assert article.author == author
    assert article_from_text("Landlords weigh lawsuit\n\nBy Paul Whitaker\n\nText.", author="Desk").author == "Desk"  # given wins


def test_a_brief_s_header_names_its_author() -> None:
    from summarizer.render import brief_markdown
    from summarizer.schema import Brief

    brief = Brief(article_id="a", title="Pension ruling", author="Sofia Marques", published="2025-03-05", main_issue="x", summary="x")
    assert "By Sofia Marques · Published 2025-03-05" in brief_markdown(brief)
    assert "By " not in brief_markdown(brief.model_copy(update={"author": None}))


PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Library to close | The Elm Street Courier</title>"
    '<meta name="author" content="Rachel Simmonds"></head><body><nav><a href="/">Home</a></nav><article>'
    "<h1>Library to close</h1><p>The council voted on Tuesday to close the library on Elm Street, citing a budget "
    "gap of two million pounds.</p><p>“We had no choice,” said council leader Anna Berg. Residents said they would "
    "protest at the next meeting in May.</p></article></body></html>"
)


def test_a_page_saved_as_text_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = load_path(path)
    assert "<" not in article.text and "close the library" in article.text
    assert article.author == "Rachel Simmonds"


def test_a_page_piped_in_is_read_as_html() -> None:
    articles, failures = load_articles(["-"], stdin_text=PAGE)
    assert not failures and "<" not in articles[0].text and "council leader Anna Berg" in articles[0].text


def test_text_that_only_mentions_a_tag_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Web developers still write <html> by hand, a survey of 2,000 coders found this week.", encoding="utf-8")
    (article,) = load_path(path)
    assert article.text.startswith("Web developers")


# --------------------------------------------------------------------------- Markdown


def test_markdown_is_read_as_the_text_it_renders_with_its_title_and_front_matter(tmp_path: Path) -> None:
    source = (
        "---\ntitle: Counting the cost\ndate: 2025-03-12\nauthor: Ayşe Kaplan-Moreau\n---\n"
        "# Counting the cost: why the appeal hinges on two numbers\n\n"
        "*Analysis* by the desk. The [commission](https://example.org/c) found **four** breaches:\n\n"
        "- exceeding the permitted loss;\n- recording wages as academy spending.\n\n"
        "On Tuesday the league issued the following statement:\n\n"
        "> The League notes the decision to appeal.\n\n"
        "```\nprint('no prose')\n```\n"
    )
    [article] = load_path(write(tmp_path / "analysis.md", source))
    assert article.title == "Counting the cost" and article.published == "2025-03-12" and article.author == "Ayşe Kaplan-Moreau"
    assert article.text.split("\n\n") == [
        "Counting the cost: why the appeal hinges on two numbers",
        "Analysis by the desk. The commission found four breaches:",
        "exceeding the permitted loss;",
        "recording wages as academy spending.",
        "On Tuesday the league issued the following statement:",
        "“The League notes the decision to appeal.”",
    ]


def test_markdown_without_front_matter_takes_its_opening_heading_as_the_title(tmp_path: Path) -> None:
    [article] = load_path(write(tmp_path / "note.markdown", f"# Council defies governor\n\n{BODY}"))
    assert article.title == "Council defies governor" and "#" not in article.text
    with pytest.raises(InputError, match="no text"):
        load_path(write(tmp_path / "empty.md", "```\ncode only\n```\n"))


def test_a_markdown_block_quotation_s_dash_credit_stays_outside_its_marks(tmp_path: Path) -> None:
    from summarizer.extract.analysis import analyze

    body = (
        "# Analysis\n\nThe envoy has offered a shared zone.\n\n> Both capitals should take the envoy's offer. The "
        "alternative is a standoff. – Halden Centre for Maritime Security\n"
    )
    [article] = load_path(write(tmp_path / "analysis.md", body))
    assert "“Both capitals should take the envoy's offer. The alternative is a standoff.” – Halden Centre for Maritime Security" in article.text
    assert [q.speaker for q in analyze(article.text).quotes] == ["Halden Centre for Maritime Security"]


def test_windows_1252_text_piped_in_is_decoded_from_its_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    data = "Council defies governor\n\nThe council voted on Tuesday. “We will not back down,” the mayor said at the café.\n".encode("cp1252")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape"))
    [article], failures = load_articles(["-"])
    assert not failures and "“We will not back down,” the mayor said at the café." in article.text


def test_hard_wrapped_text_is_joined_into_its_paragraphs_with_offsets_kept(tmp_path: Path) -> None:
    from summarizer.articles import unwrap_lines

    wrapped = (
        "Rail yard vote leaves traffic questions unanswered\n\n"
        "By Jordan Ellis, Staff Writer, April 9, 2026\n\n"
        "SPRINGFIELD -- Two days after the City Council voted 5-4 to rezone the\n"
        "former Cedar Street rail yard for 1,200 apartments, the question hanging\n"
        "over the Eastside is the same one that dominated the five-hour hearing.\n\n"
        '"Nobody on the Eastside takes the No. 9 bus to Costco," said Okafor. "The\n'
        'city\'s study counts the cars it wants to see." The association lists its\n'
        "demands:\n"
        "- a new traffic study paid for by the developer;\n"
        "- a second access road.\n"
    )
    [article] = load_path(write(tmp_path / "ledger.txt", wrapped))
    assert len(article.text) == len(wrapped) and article.title == "Rail yard vote leaves traffic questions unanswered"
    assert '"The city\'s study counts the cars it wants to see."' in article.text
    assert "demands:\n- a new traffic study paid for by the developer;\n- a second access road." in article.text
    one_line_paragraphs = "Title\n\nThe council voted on Tuesday.\nThe mayor said it would not back down.\nShort.\n\nMore text here.\n"
    assert unwrap_lines(one_line_paragraphs) == one_line_paragraphs  # lines of ragged lengths: no wrapping
