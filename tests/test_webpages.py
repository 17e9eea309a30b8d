"""Web pages as people save them: boilerplate that outweighs the article, quotation markup, JSON-LD bodies.

Unit tests of `summarizer.webpages`, then the real CLI on local page files against the local
OpenAI-compatible test server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from openai_server import OpenAIServer
from summarizer.articles import load_path
from summarizer.cli import app
from summarizer.errors import InputError
from summarizer.extract.analysis import analyze
from summarizer.webpages import page_text, without_repeats

CONSENT = (
    "We and our partners use cookies and similar technologies to store and access information on your device, "
    "to personalise content and ads, provide social media features and analyse our traffic. By clicking Accept all "
    "you consent to the processing of your personal data by us and our 143 partners, including for precise "
    "geolocation data and identification through device scanning. You can change your choices at any time."
)
SUBSCRIBE = "Subscribe to City News for unlimited access to local journalism. Already a subscriber? Log in. Cancel anytime."
MENU = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(40))
DEPOT = [
    "The city council voted 7-2 on Tuesday to build a new electric bus depot on the former rail yard, ending a two-year dispute over the site.",
    "Councillor Maria Lopez, who led the opposition, said the vote ignored residents' concerns about traffic and noise near the school.",
    "Construction is expected to start in the spring and to cost about 40 million euros, most of it from a regional transport grant.",
]


def page(body: str, *, head: str = "", title: str = "Council approves new bus depot") -> str:
    return f"<html><head><title>{title} - City News</title>{head}</head><body>{body}</body></html>"


def consent_page(*, region: str = "main", banners: int = 12) -> str:
    """A short article under a long menu and a consent banner drawn twelve times, with no class names to go by."""
    article = "<article><h1>Council approves new bus depot</h1>" + "".join(f"<p>{p}</p>" for p in DEPOT) + "</article>"
    banner = "".join(f'<div class="x{i}q"><p>{CONSENT}</p><button>Accept all</button></div>' for i in range(banners))
    wrapped = f"<{region}>{article}</{region}>" if region else article
    return page(f"<header><ul>{MENU}</ul></header>{banner}{wrapped}<div class='p7'><p>{SUBSCRIBE}</p></div>")


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- boilerplate


@pytest.mark.parametrize("region", ["main", "div"])
def test_an_article_outweighed_by_a_consent_banner_is_the_article(region: str) -> None:
    found = page_text(consent_page(region=region), "page.html")
    assert found.text.splitlines() == ["Council approves new bus depot", *DEPOT]
    assert "cookies" not in found.text and "Subscribe" not in found.text
    assert found.title == "Council approves new bus depot"


def test_a_page_of_banners_and_menus_is_refused_in_one_line() -> None:
    html = page(f"<header><ul>{MENU}</ul></header>" + f"<div><p>{CONSENT}</p></div>" * 12 + f"<div><p>{SUBSCRIBE}</p></div>")
    with pytest.raises(InputError) as error:
        page_text(html, "banners.html")
    assert str(error.value).startswith("banners.html: no article text found in the HTML (only ")
    assert "\n" not in str(error.value)


def test_repeats_are_kept_once_unless_they_are_most_of_the_text() -> None:
    pull_quote = "We have waited twenty years for this depot, said one resident."
    assert without_repeats("\n".join([DEPOT[0], pull_quote, DEPOT[1], pull_quote])) == "\n".join([DEPOT[0], pull_quote, DEPOT[1]])
    assert without_repeats("\n".join([CONSENT] * 5 + [DEPOT[0]])) == DEPOT[0]


def test_text_much_shorter_than_the_article_element_is_taken_from_it() -> None:
    """An extraction that misses most of the <article> (here: paragraphs in bare divs with line breaks) is redone."""
    lines = [f"Paragraph {n}: the port authority said on Monday that container traffic rose by {n} per cent." for n in range(12)]
    body = "<article><div>" + "<br>".join(lines) + "</div></article>"
    found = page_text(page(f"<nav><ul>{MENU}</ul></nav>{body}"), "port.html")
    assert [line for line in found.text.splitlines() if line.startswith("Paragraph")] == lines


def test_json_ld_article_body_wins_where_it_is_the_full_text() -> None:
    full = " ".join(f"Sentence {n} of the full story says reservoir levels fell to a decade low this spring." for n in range(10))
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "articleBody": full}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    teaser = "<article><h1>Reservoirs at decade low</h1><p>Reservoir levels fell to a decade low. Subscribe to read the full story, cancel anytime.</p></article>"
    found = page_text(page(teaser, head=head, title="Reservoirs at decade low"), "ld.html")
    assert (found.text, found.how) == (full, "json-ld")


def test_a_short_json_ld_summary_does_not_replace_the_page() -> None:
    ld = {"@type": "NewsArticle", "articleBody": "The council approved a depot. It will cost 40 million euros, officials said on Tuesday."}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = "<article><h1>Council approves new bus depot</h1>" + "".join(f"<p>{p}</p>" for p in DEPOT) + "</article>"
    found = page_text(page(article, head=head), "p.html")
    assert found.text.splitlines()[1:] == DEPOT


# --------------------------------------------------------------------------- quotation markup

QUOTES_PAGE = page(
    "<article><h1>Council finds money for bus depot</h1>"
    "<p>The city council will build the electric bus depot after all. <q>We have found the money</q>, said Councillor "
    "Ana Ruiz, who chairs the transport committee, on Tuesday evening after a long meeting.</p>"
    "<p>Her deputy was less sure. <q>The budget says <q>provisional</q> on every line</q>, said Tom Birch, adding that "
    "the grant had not yet been confirmed by the region.</p>"
    "<blockquote><p>This depot will take forty diesel buses off our streets.</p><p>It is the biggest change to the "
    "network in a generation.</p><footer>— <cite>Maria Lopez</cite>, director of the regional transport authority</footer></blockquote>"
    "<figure><blockquote><p>We will hold the council to its promise.</p></blockquote>"
    "<figcaption>Joe Park, chair of the residents' association</figcaption></figure>"
    "<p>Construction is expected to start in the spring and to cost about 40 million euros.</p></article>"
)


def test_q_elements_become_quotation_marks_inline() -> None:
    lines = page_text(QUOTES_PAGE, "q.html").text.splitlines()
    assert lines[1] == (
        "The city council will build the electric bus depot after all. “We have found the money”, said Councillor "
        "Ana Ruiz, who chairs the transport committee, on Tuesday evening after a long meeting."
    )
    assert lines[2].startswith("Her deputy was less sure. “The budget says ‘provisional’ on every line”, said Tom Birch,")


def test_a_blockquote_is_a_quoted_paragraph_with_its_credit() -> None:
    lines = page_text(QUOTES_PAGE, "q.html").text.splitlines()
    assert lines[3] == (
        "“This depot will take forty diesel buses off our streets. It is the biggest change to the network in a "
        "generation.” – Maria Lopez, director of the regional transport authority"
    )
    assert lines[4] == "“We will hold the council to its promise.” – Joe Park, chair of the residents' association"


def test_a_blockquote_s_credit_after_a_dash_on_its_last_line_is_its_credit() -> None:
    page = (
        "<html><head><title>Sea dispute</title></head><body><article><h1>Sea dispute</h1><p>The envoy has offered a "
        "shared zone to both governments, and the analysts have weighed in on it at length this week.</p>"
        "<blockquote><p>Both capitals should take the envoy's offer. – Halden Centre for Maritime Security</p>"
        "</blockquote><p>The talks resume next month in Geneva, where both delegations are expected to attend.</p>"
        "</article></body></html>"
    )
    text = page_text(page, "s.html").text
    assert "“Both capitals should take the envoy's offer.” – Halden Centre for Maritime Security" in text


def test_quotes_from_markup_are_found_and_attributed() -> None:
    text = page_text(QUOTES_PAGE, "q.html").text
    speakers = {text[q.start : q.end]: q.speaker for q in analyze(text).quotes}
    assert speakers["We have found the money"] == "Ana Ruiz"  # the title the entity recogniser keeps is left out
    assert speakers["The budget says ‘provisional’ on every line"] == "Tom Birch"
    assert speakers["We will hold the council to its promise."] == "Joe Park"
    assert "Maria Lopez" in {speakers[q] for q in speakers if q.startswith("This depot")}


def test_an_embedded_post_keeps_its_dash_credit() -> None:
    post = (
        '<blockquote class="post"><p>The depot vote is a win for clean air in our city, and for every family '
        "living next to the ring road.</p>— Clean Air Now (@cleanairnow) May 2, 2024</blockquote>"
    )
    article = "<article><h1>Council approves new bus depot</h1>" + "".join(f"<p>{p}</p>" for p in DEPOT) + post + "</article>"
    text = page_text(page(article), "post.html").text
    assert text.splitlines()[-1] == (
        "“The depot vote is a win for clean air in our city, and for every family living next to the ring road.” "
        "– Clean Air Now (@cleanairnow) May 2, 2024"
    )


# --------------------------------------------------------------------------- the CLI


@pytest.fixture
def brief_cli(openai_server: OpenAIServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    config = write(tmp_path, "config.toml", "[summarizer]\ntimeout = 3\nmax_seconds = 20\nmax_attempts = 2\nstrategy = 'single'\n")
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))

    def run(*paths: Path):
        flags = ["--format", "json", "--base-url", openai_server.url, "--model", "test-model"]
        return CliRunner().invoke(app, ["brief", *map(str, paths), *flags], catch_exceptions=False)

    return run


def test_cli_briefs_the_article_not_the_cookie_banner(brief_cli, openai_server: OpenAIServer, tmp_path: Path) -> None:
    result = brief_cli(write(tmp_path, "depot.html", consent_page()))
    assert result.exit_code == 0, result.stderr
    [brief] = [json.loads(line) for line in result.stdout.splitlines()]
    sent = openai_server.completions[0].user_text
    assert "cookies" not in sent and DEPOT[0] in sent
    assert brief["main_issue"] == "What the article says about Council approves new bus depot The city council"
    assert brief["claims"][0]["evidence"]["text"].startswith("Council approves new bus depot\nThe city council voted 7-2")


def test_cli_refuses_a_banner_page_in_one_line_and_briefs_the_others(brief_cli, tmp_path: Path) -> None:
    banners = page(f"<header><ul>{MENU}</ul></header>" + f"<div><p>{CONSENT}</p></div>" * 12)
    result = brief_cli(write(tmp_path, "banners.html", banners), write(tmp_path, "depot.html", consent_page()))
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "banners.html: no article text found in the HTML" in lines[0]
    assert [json.loads(line)["article_id"] for line in result.stdout.splitlines()] == ["depot"]


def test_cli_grounds_quotes_written_with_q_and_blockquote(brief_cli, tmp_path: Path) -> None:
    result = brief_cli(write(tmp_path, "quotes.html", QUOTES_PAGE))
    assert result.exit_code == 0, result.stderr
    [brief] = [json.loads(line) for line in result.stdout.splitlines()]
    [article] = load_path(tmp_path / "quotes.html")
    quotes = [q for s in brief["sources"] for q in s["quotes"]]
    assert [q["text"] for q in quotes] == ["We have found the money", "The budget says ‘provisional’ on every line"]
    assert all(article.text[q["start"] : q["end"]] == q["text"] for q in quotes)
    assert brief["unverified"] == []


def test_a_translation_set_in_a_bare_div_after_a_blockquote_is_kept_and_a_short_widget_is_not() -> None:
    html = page(
        "<article><h1>Bloggers fight the cybercrime bill</h1>"
        "<p>Activists in São Paulo marched against the cybercrime bill on Thursday, and bloggers wrote about it all week.</p>"
        "<p>Ana Souza explains on her blog why she joined the march:</p>"
        "<blockquote><p>Participei de três atos este ano contra o projeto, e a Rede foi importante para todos eles.</p></blockquote>"
        "<div class=\"translation\">I took part in three protests against the bill this year, and the Internet was important for all of them.</div>"
        "<div class=\"share\">Share this post</div>"
        "<p>The Senate is expected to vote on the bill before the end of the month, its leaders said on Friday.</p></article>"
    )
    lines = page_text(html, "t.html").text.splitlines()
    assert "I took part in three protests against the bill this year, and the Internet was important for all of them." in lines
    assert "Share this post" not in lines


def test_a_blockquote_holding_its_own_quotation_is_kept_as_written() -> None:
    body = (
        "<p>Judge Ann Cole fined the company on Tuesday after a six-week trial at Leeds Crown Court.</p>"
        "<blockquote>\"These were not accidents. The company chose profit over our rivers,\" the judge said.</blockquote>"
        "<p>The company said it would appeal the fine and invest in its treatment works this year.</p>"
    )
    text = page_text(page(body), "p.html").text
    assert "\n\"These were not accidents. The company chose profit over our rivers,\" the judge said.\n" in text
    quote = next(q for q in analyze(text).quotes if text[q.start : q.end].startswith("These were"))
    assert text[quote.start : quote.end] == "These were not accidents. The company chose profit over our rivers"


# --------------------------------------------------------------------------- dates


def test_a_copyright_year_in_the_footer_does_not_date_the_article() -> None:
    article = "<article><h1>Council approves new bus depot</h1>" + "".join(f"<p>{p}</p>" for p in DEPOT) + "</article>"
    footer = "<footer><p>&copy; 2024 City News. All rights reserved.</p></footer>"
    assert page_text(page(article + footer), "page.html").date is None
    dated = page(article + footer, head='<meta property="article:published_time" content="2024-01-01T09:00:00Z">')
    assert page_text(dated, "page.html").date == "2024-01-01"  # a real 1 January in the markup is kept
    dated = page(article + footer, head='<meta property="article:published_time" content="2023-06-14T09:00:00Z">')
    assert page_text(dated, "page.html").date == "2023-06-14"


def test_a_consent_wall_saved_in_place_of_the_article_is_refused() -> None:
    paragraphs = (
        "<p>The Harbour Times and our 600 advertising partners use cookies and similar technologies to store and "
        "access information on your device, to personalise ads and content and to measure their performance.</p>"
        "<p>With your permission we and our partners may use precise location data. You may click to consent to "
        "our processing as described above, or change your preferences before consenting.</p>"
        "<p>Some processing of your personal data may not require your consent, but you have a right to object. "
        "You can change your preferences at any time by visiting our privacy policy.</p>"
    )
    html = f'<html><body><div id="consent-wall"><h1>Your privacy matters</h1>{paragraphs}<button>Accept</button></div></body></html>'
    with pytest.raises(InputError, match="no article text"):
        page_text(html, "wall.html")


def test_a_cookie_banner_beside_the_article_is_left_out_and_the_article_kept() -> None:
    story = "<p>The council voted on Tuesday to close the library on Elm Street, citing a budget gap of two million pounds.</p>"
    banner = '<div class="cookie-banner"><p>We use cookies to improve your experience on this site and to show you ads.</p></div>'
    page = page_text(f"<html><body>{banner}<article><h1>Library to close</h1>{story * 3}</article></body></html>", "page.html")
    assert "cookies" not in page.text and "close the library" in page.text


def test_a_pull_quote_that_repeats_the_body_is_dropped_and_a_block_quotation_of_its_own_is_kept() -> None:
    from summarizer.webpages import page_text

    body = (
        "<p>Dr Helen Marsh defended the method on Tuesday at length before the committee of the regional assembly. "
        "“If you only count the big ones, of course you will find almost nothing,” she said.</p>"
        "<p>The utility said its own tests had found fewer than two particles per litre in every sample it took.</p>"
    )
    pull = "<blockquote>If you only count the big ones, of course you will find almost nothing. — Dr Helen Marsh</blockquote>"
    own = "<blockquote>We will not let the river run dry while we wait.<footer>Anna Reyes</footer></blockquote>"
    page = f"<html><head><title>T</title></head><body><article><h1>Study row</h1>{body}{pull}{own}<p>Talks resume next week, officials said on Friday.</p></article></body></html>"
    text = page_text(page, "x").text
    assert text.count("If you only count the big ones") == 1
    assert "“We will not let the river run dry while we wait.” – Anna Reyes" in text


# --------------------------------------------------------------------------- the outlet


def test_the_site_s_name_after_the_headline_in_the_page_title_is_the_outlet() -> None:
    article = "<article><h1>Council approves new bus depot</h1>" + "".join(f"<p>{p}</p>" for p in DEPOT) + "</article>"
    assert page_text(page(article), "depot.html").outlet == "City News"
    first = f"<html><head><title>The Harbour Standard | Council approves new bus depot</title></head><body>{article}</body></html>"
    assert page_text(first, "depot.html").outlet == "The Harbour Standard"
    longer = article.replace("Council approves new bus depot", "Council approves new bus depot as residents object")
    assert page_text(page(longer), "depot.html").outlet == "City News"  # the title shortens the page's headline
    site = '<meta property="og:site_name" content="Harbour Standard Online">'
    assert page_text(page(article, head=site), "depot.html").outlet == "Harbour Standard Online"


def test_a_title_part_longer_than_the_headline_read_is_no_outlet() -> None:
    article = "<article><h2>News</h2>" + "".join(f"<p>{p}</p>" for p in DEPOT) + "</article>"
    html = f"<html><head><title>City News » Council approves new bus depot after two-year dispute</title></head><body>{article}</body></html>"
    found = page_text(html, "depot.html")
    assert found.outlet != "Council approves new bus depot after two-year dispute"


def test_an_advertisement_inside_the_article_is_no_part_of_its_text() -> None:
    ad = '<div class="ad ad-inline">Advertisement: Switch your business energy and save up to 20%. Terms apply.</div>'
    article = "<article><h1>Council approves new bus depot</h1>" + f"<p>{DEPOT[0]}</p>{ad}<p>{DEPOT[1]}</p><p>{DEPOT[2]}</p>" + "</article>"
    text = page_text(page(article), "depot.html").text
    assert "Advertisement" not in text and DEPOT[1] in text
    kept = '<div class="ad-free-story">' + "".join(f"<p>{p}</p>" for p in DEPOT) + "</div>"  # a part of the page named otherwise
    assert DEPOT[2] in page_text(page(f"<article><h1>Council approves new bus depot</h1>{kept}</article>"), "depot.html").text
