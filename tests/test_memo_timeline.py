"""Timeline dates written without a year: placed from the article's date or its text, else listed last."""

from __future__ import annotations

import pytest

from summarizer.articles import Article
from summarizer.llm.backends.fake import FakeBackend
from summarizer.memos.build import memo
from summarizer.memos.render import memo_html, memo_markdown
from summarizer.memos.text import find_timeline_dates
from summarizer.schema import BriefDraft


def placed(text: str, published: str | None = None) -> list[tuple[str, str, str]]:
    return [(d.date, d.sort_key, d.year_from) for d in find_timeline_dates(text, published)]


def test_the_articles_date_gives_the_year():
    assert placed("Talks resumed on March 5. A deal was signed on 7 April.", "2022-03-09") == [
        ("March 5", "2022-03-05", "article_date"),
        ("7 April", "2022-04-07", "article_date"),
    ]


@pytest.mark.parametrize(
    "published, year",
    [("2022-01-10T08:00:00Z", "2021"), ("10 January 2022", "2021"), ("2022-06-30", "2021"), ("2022", "2022")],
)
def test_a_date_late_in_the_year_before_the_article_is_last_year(published, year):
    # 'began': past, so in an article of 30 June not the December to come
    assert placed("The strike began on December 28.", published) == [("December 28", f"{year}-12-28", "article_date")]


def test_a_month_last_or_next_year_is_counted_from_the_articles_year():
    text = "The waiting list has grown since March last year. Talks resume in May of next year. Prices rose in June this year."
    assert placed(text, "2025-10-16") == [
        ("March", "2024-03", "article_date"),
        ("May", "2026-05", "article_date"),
        ("June", "2025-06", "article_date"),
    ]


def test_the_articles_date_beats_a_year_in_the_text():
    text = "In 2019 the embassy closed. On March 5 the envoys arrived."
    assert placed(text, "2022-03-07")[1] == ("March 5", "2022-03-05", "article_date")


def test_without_the_articles_date_a_year_in_the_same_sentence_or_the_one_before():
    text = "The embassy closed in 2019. On March 5 the staff left. In 2020, on May 3, they came back."
    assert placed(text) == [
        ("2019", "2019", "stated"),
        ("March 5", "2019-03-05", "preceding_sentence"),
        ("2020", "2020", "stated"),
        ("May 3", "2020-05-03", "same_sentence"),
    ]


def test_a_year_further_back_is_not_borrowed():
    text = "The embassy closed in 2019. Much has changed since. In January, troops were offered."
    assert placed(text)[-1] == ("January", "--01", "not_stated")


def test_a_range_shares_its_year():
    assert placed("The talks ran from March 3 to March 5, 2019.", "2024-01-01")[0] == ("March 3", "2019-03-03", "stated")
    assert placed("The talks ran March 3–5, 2020.")[0] == ("March 3", "2020-03-03", "stated")


def test_numbers_and_verbs_are_not_dates():
    assert placed("May 2 million people leave? They may. In Mayfield, on 5 Marches, nothing.") == []


def test_dates_with_a_year_are_unchanged():
    assert placed("On 3 March 2022 and March 5, 2021.", "2024-01-01") == [
        ("3 March 2022", "2022-03-03", "stated"),
        ("March 5, 2021", "2021-03-05", "stated"),
    ]


# --------------------------------------------------------------------------- in a memo

TEXT = "Envoys met in Caracas.\n\nOn March 5, envoys flew to Caracas.\n\nIn 2019 the embassy closed.\n\nLater, on 9 June, it was looted."


def timeline_memo(published: str | None):
    article = Article(id="t1", text=TEXT, title="Envoys", published=published)
    backend = FakeBackend(responder=lambda request: BriefDraft(main_issue="Envoys in Caracas", summary="Envoys flew to Caracas."))
    return memo([article], backend=backend, use_cache=False)


def test_a_memo_places_yearless_dates_by_the_articles_date():
    m = timeline_memo("2022-03-07")
    assert [(e.date, e.sort_key, e.year_from) for e in m.timeline] == [
        ("2019", "2019", "stated"),
        ("9 June", "2021-06-09", "article_date"),  # 'it was looted': past, so not three months after the article
        ("March 5", "2022-03-05", "article_date"),
    ]
    assert "| March 5 (2022, from the article's date) |" in memo_markdown(m)


def test_a_memo_lists_dates_without_a_year_after_the_dated_ones():
    m = timeline_memo(None)
    assert [(e.date, e.sort_key, e.year_from) for e in m.timeline] == [
        ("2019", "2019", "stated"),
        ("9 June", "2019-06-09", "preceding_sentence"),
        ("March 5", "--03-05", "not_stated"),
    ]
    text = memo_markdown(m)
    assert "| 9 June (2019, from the sentence before) |" in text and "| March 5 (year not stated) |" in text
    assert text.index("9 June") < text.index("March 5 (year not stated)")
    assert "March 5 (year not stated)</td>" in memo_html(m)


def test_a_dateline_dates_the_article_and_is_no_event():
    from summarizer.articles import article_from_text
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.memos.text import dateline
    from summarizer.schema import Brief

    text = (
        "Council approves bus lane\n\nby\nJane Roe\n\n"
        "RIVERTON, March 12, 2024 — The council voted 5-4 on Tuesday to approve the lane. "
        "A second vote is set for March 26.\n"
    )
    found = dateline(text, "Council approves bus lane")
    assert found and text[found[0] : found[1]] == "RIVERTON, March 12, 2024 — " and found[2].date == "March 12, 2024"
    assert dateline("Title\n\nWASHINGTON (Reuters) - The senate voted on 3 March 2022.", "Title") is None  # no date in it
    assert dateline("Title\n\nThe council voted on March 3, 2022 - a first.", "Title") is None  # no place in capitals
    article = article_from_text(text, id="a1")
    m = build_memo([Outcome(article=article, brief=Brief(article_id="a1", main_issue="A bus lane.", summary="-"))])
    assert m.articles[0].published == "2024-03-12"  # ISO 8601, as a page's metadata gives it
    assert [(e.date, e.year_from) for e in m.timeline] == [("Tuesday", "article_date"), ("March 26", "article_date")]
    assert m.timeline[0].sort_key == "2024-03-12"  # the vote, on the day of the article's date (a Tuesday)


def test_a_wire_dateline_without_a_year_is_no_event_either():
    from summarizer.articles import article_from_text
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.memos.text import dateline, dateline_span
    from summarizer.schema import Brief

    text = (
        "Campaigners vow to fight felling of lime trees\n"
        "KELSFORD, March 3 (Northern Wire Service) - Residents have launched a legal challenge against the council's plan. "
        "The cabinet votes on March 14.\n"
    )  # fmt: skip
    title = "Campaigners vow to fight felling of lime trees"
    span = dateline_span(text, title)
    assert span and text[span[0] : span[1]] == "KELSFORD, March 3 (Northern Wire Service) - "
    assert dateline(text, title) is None  # it gives no year, so it dates nothing
    m = build_memo([Outcome(article=article_from_text(text, id="a1"), brief=Brief(article_id="a1", main_issue="Trees.", summary="-"))])
    assert [e.date for e in m.timeline] == ["March 14"]


def test_a_line_that_is_only_the_date_dates_the_article_and_is_no_event():
    from summarizer.articles import article_from_text
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.memos.text import dateline
    from summarizer.schema import Brief

    text = "Villagers fight quarry expansion\n\nBy Helen Carver, UK News Agency\n5 March 2025\n\nThe committee meets on 12 March.\n"
    found = dateline(text, "Villagers fight quarry expansion")
    assert found and text[found[0] : found[1]] == "5 March 2025" and found[2].sort_key == "2025-03-05"
    assert dateline("Title\n\n5 March 2025 was the day the committee met.", "Title") is None  # a sentence, not a date line
    m = build_memo([Outcome(article=article_from_text(text, id="a1"), brief=Brief(article_id="a1", main_issue="A quarry.", summary="-"))])
    assert m.articles[0].published == "2025-03-05"
    assert [(e.date, e.sort_key) for e in m.timeline] == [("12 March", "2025-03-12")]


def test_one_dateline_reader_for_the_date_and_the_lead():
    from summarizer.memos.text import dateline_at

    def head(text: str) -> str | None:
        found = dateline_at(text)
        return text[: found[0]] if found else None

    assert head("BRASÍLIA, Brazil — The senate voted.") == "BRASÍLIA, Brazil — "  # capitals beyond ASCII
    assert head("Porto Alegre, June 3 – Protesters marched.") == "Porto Alegre, June 3 – "  # title case, then a date
    assert head("WASHINGTON (AP) -- The senate voted.") == "WASHINGTON (AP) -- "
    assert head("Linda Okafor — the mayor — said no.") is None  # a name in title case with no date is the sentence's
    found = dateline_at("RIVERTON, March 12, 2024 — The council voted.")
    assert found and found[1] is not None and found[1].date == "March 12, 2024"
    assert dateline_at("RIVERTON, March 12 — The council voted.")[1] is None  # no year: no date for the article


@pytest.mark.parametrize(
    "text",
    [
        "Prices have risen since 2019. On March 5 they fell.",
        "It was the deepest cut since the fishery was first managed by quota in 2003. On March 5 it takes effect.",
    ],
)
def test_a_date_a_duration_is_counted_from_is_no_event_and_lends_no_year(text):
    assert placed(text) == [("March 5", "--03-05", "not_stated")]


def test_a_range_under_between_is_one_event_at_its_end():
    text = "Rents rose 31 percent between 2021 and 2025, according to the union. Talks ran between March 2019 and June 2020."
    assert [d[0] for d in placed(text)] == ["2025", "June 2020"]
    assert [d[0] for d in placed("Trade between Britain and France fell in 2020.")] == ["2020"]


def test_a_day_of_the_week_is_dated_by_the_article_s_date_and_its_tense():
    from summarizer.memos.text import find_timeline_dates

    text = (
        "The council voted 5-4 late Tuesday to approve the cap. The mayor signed the ordinance on Thursday afternoon. "
        "The council will meet again on Monday. Last Wednesday, tenants rallied. Shops open every Friday. "
        "Sales peaked on Black Friday. “I intend to sign it on Friday,” the mayor said. "
        "“Every strike day is a lost Saturday for us,” a shopkeeper said. "
        "Since the cuts, pensioners have lost their Friday lunch club and the Sunday market."
    )
    found = [(m.date, m.sort_key) for m in find_timeline_dates(text, "2026-03-12")]  # a Thursday
    assert found == [
        ("Tuesday", "2026-03-10"), ("Thursday", "2026-03-12"), ("Monday", "2026-03-16"), ("Last Wednesday", "2026-03-11"),
        ("Friday", "2026-03-13"),  # no tense says which: the nearer
    ]
    assert find_timeline_dates(text) == []  # no article date: no day to count from


def test_a_day_in_a_reduced_relative_clause_of_a_passive_is_past():
    from summarizer.memos.text import find_timeline_dates

    text = (
        "The drug cut migraine days by 4.1 a month, according to results published on Tuesday in the Northern "
        "Journal of Medicine. A vote scheduled for Thursday was put off."
    )
    found = [(m.date, m.sort_key) for m in find_timeline_dates(text, "2025-05-12")]  # a Monday
    assert found == [("Tuesday", "2025-05-06"), ("Thursday", "2025-05-15")]  # not the Tuesday after (nu138); the day
    # a vote is set for is no past one (the nearer Thursday, not the 8th)


def test_a_day_of_what_could_happen_is_ahead_and_a_day_modifying_a_time_with_an_article_is_any_one():
    from summarizer.memos.text import find_timeline_dates

    text = (
        "The river rose on Sunday. She said a further 40 to 60 millimetres could fall on Tuesday. "
        "\u201cA watch-and-act message at 11 o'clock on a Friday night is not a warning to leave,\u201d he said. "
        "The service issued its first warning at 11 p.m. on Friday."
    )
    found = [(m.date, m.sort_key) for m in find_timeline_dates(text, "2025-02-09")]  # a Sunday
    assert found == [("Sunday", "2025-02-09"), ("Tuesday", "2025-02-11"), ("Friday", "2025-02-07")]  # Tuesday had been
    # the 4th, the nearer day the tense did not say; 'a Friday night' had been a date


def test_a_day_of_the_week_shows_its_whole_date_in_the_timeline():
    from summarizer.memos.render import year_note
    from summarizer.memos.schema import Passage, TimelineEvent

    passage = Passage(article="a1", text="The council voted late Tuesday.", start=0, end=31)
    event = TimelineEvent(date="Tuesday", sort_key="2026-03-10", year_from="article_date", passage=passage)
    assert year_note(event) == " (2026-03-10, from the article's date)"
    assert year_note(event.model_copy(update={"date": "March 10", "sort_key": "2026-03-10"})) == " (2026, from the article's date)"


def test_a_year_not_under_since_still_dates_its_sentence():
    text = "The fishery has been managed by quota since the 1990s, and in 2003 the limit was halved. On March 5 it rose."
    assert [d[0] for d in placed(text)] == ["2003", "March 5"]


def test_a_date_line_may_name_the_day_of_the_week():
    from summarizer.memos.text import dateline

    for line, key in (("Tuesday 3 June 2025", "2025-06-03"), ("Tue, June 3, 2025", "2025-06-03")):
        text = f"Garsby divided as decision day nears\n\nBy Helen Crossley, Westmoor Gazette\n\n{line}\n\nResidents met on Monday.\n"
        found = dateline(text, "Garsby divided as decision day nears")
        assert found and text[found[0] : found[1]] == line and found[2].sort_key == key
    assert dateline("Title\n\nTuesday was the day the committee met.", "Title") is None


def test_a_place_or_outlet_and_a_date_on_a_line_of_their_own_are_a_dateline_and_no_event():
    from summarizer.articles import article_from_text
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.memos.text import dateline_span
    from summarizer.schema import Brief

    wire = "Karvenia accuses Valmora\n\nBy Marta Quill, Meridian News Service\nLODRAVA, March 14\n\nThe council meets on March 20.\n"
    paper = "Water war of words\n\nHarriet Ashdown, Environment Correspondent\nThe Northern Ledger, 15 March\n\nTalks resume on 18 March.\n"
    for text, line in ((wire, "LODRAVA, March 14"), (paper, "The Northern Ledger, 15 March")):
        span = dateline_span(text, text.split("\n")[0])
        assert span and text[span[0] : span[1]] == line
    assert dateline_span("Title\n\nResidents met on March 14\n\nMore.", "Title") is None  # a sentence, not a dateline
    found = [Outcome(article=article_from_text(t, id=i), brief=Brief(article_id=i, main_issue="A dam.", summary="-")) for i, t in (("a1", wire), ("a2", paper))]
    assert sorted(e.date for e in build_memo(found).timeline) == ["18 March", "March 20"]


@pytest.mark.parametrize(
    ("text", "title", "published", "event"),
    [
        (
            "What the proposed limit means for your tap water\n\n"
            "WCLX News 8 | By Jenna Morales, Consumer Reporter | Posted March 5, 2026, 6:15 p.m.\n\n"
            "The agency will take comments until May 4.\n",
            "What the proposed limit means for your tap water", "2026-03-05", ("May 4", "2026-05-04"),
        ),
        (  # a byline that ends with the date ('Analysis by ..., 12 March 2025')
            "Counting the cost\n\nAnalysis by Ayşe Kaplan-Moreau, 12 March 2025\n\n"
            "The appeal board is due to sit on 15 April.\n",
            "Counting the cost", "2025-03-12", ("15 April", "2025-04-15"),
        ),
        (  # above the headline: no title either
            "Radio Don Valley | By Sam Okafor | Posted 12 May 2026\n\nTinsley strike enters day two\n\n"
            "Several hundred people gathered outside the plant on Tuesday. Talks resume on 20 May.\n",
            "Tinsley strike enters day two", "2026-05-12", ("20 May", "2026-05-20"),
        ),
        (  # a wire's date line with its initials and the time, above a yearless dateline (no event either)
            "NURSES SUSPEND STRIKE\n\nKarelund Press Agency (KPA) - 15 May 2025 - 16:05\n\n"
            "ARNHOLT, May 15 (KPA) - Nurses suspended a strike on Thursday. The ballot closes on June 2.\n",
            "NURSES SUSPEND STRIKE", "2025-05-15", ("June 2", "2025-06-02"),
        ),
        (  # a magazine's date line with the interviewer's byline after the date
            "Nurses' leader on the strike\n\n*The Karelund Review, 19 May 2025. Interview by Pavel Drummond.*\n\n"
            "Four days after the strike, the union's leader spoke to us. The ballot closes on 2 June.\n",
            "Nurses' leader on the strike", "2025-05-19", ("2 June", "2025-06-02"),
        ),
    ],
)
def test_the_date_of_a_masthead_line_or_a_byline_dates_the_article_and_is_no_event(text, title, published, event):
    from summarizer.articles import article_from_text
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.schema import Brief

    m = build_memo([Outcome(article=article_from_text(text, id="a1"), brief=Brief(article_id="a1", main_issue="News.", summary="-"))])
    assert (m.articles[0].title, m.articles[0].published) == (title, published)
    events = [(e.date, e.sort_key) for e in m.timeline if any(ch.isdigit() for ch in e.date)]  # a weekday ('on
    assert events == [event]  # Tuesday') is dated by the article's date too; the masthead's date is no event


def test_an_article_is_dated_by_its_source_else_by_its_dateline_in_iso_form():
    from summarizer.extract.dates import article_date

    text = "Strike talks collapse\n\nLEEDS, 14 October 2025 – Talks between the union and the ministry collapsed.\n"
    assert article_date(text, "Strike talks collapse") == "2025-10-14"
    assert article_date(text, "Strike talks collapse", "2025-10-15T08:00:00Z") == "2025-10-15T08:00:00Z"
    assert article_date("Strike talks collapse\n\nTalks collapsed on 14 October 2025.\n", "Strike talks collapse") is None


def test_the_tense_of_a_dates_clause_puts_it_before_or_after_the_articles_date():
    text = "The council rejected the drug. The council next meets in March. The appeal will be heard on December 3."
    assert placed(text, "2026-11-17") == [
        ("March", "2027-03", "article_date"),  # 'next meets': ahead of a November article
        ("December 3", "2026-12-03", "article_date"),
    ]
    assert placed("The council voted in March. It will meet again in December.", "2026-01-10") == [
        ("March", "2025-03", "article_date"),  # 'voted': behind a January article
        ("December", "2026-12", "article_date"),  # 'will meet': ahead of it, not last December
    ]
    assert placed("A deal was signed on 7 April.", "2022-03-09") == [("7 April", "2022-04-07", "article_date")]  # a month: a page's first date


def test_a_sentence_with_dates_of_two_years_is_two_events_each_under_its_year():
    from summarizer.articles import article_from_text
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.schema import Brief

    text = (
        "Rovers plan a new ground\n\nThe plan was unveiled in November, and the trust will hold an open meeting on "
        "19 February and a march on 7 March.\n"
    )
    article = article_from_text(text, id="a1", published="2026-02-05")
    m = build_memo([Outcome(article=article, brief=Brief(article_id="a1", main_issue="A ground.", summary="-"))])
    assert [(e.date, e.sort_key) for e in m.timeline] == [("November", "2025-11"), ("19 February; 7 March", "2026-02-19")]


def test_a_month_of_what_happens_every_year_is_no_event():
    text = (
        '"In good weather it is 55 minutes to Castleford. In January, on Route 9, it can be an hour and a half," '
        "Ostrander said. Fishermen sail every March. The board will vote in January."
    )
    found = [(d.date, d.sort_key) for d in find_timeline_dates(text, "2025-11-18")]
    assert found == [("January", "2026-01")]


def test_a_year_that_names_a_thing_lends_no_year_to_a_month_beside_it():
    text = (
        "The spokesperson said the schedule had been shared in January and would keep releases above the flows "
        "agreed in a 2019 technical framework. The talks began in March 2019 and resumed in June."
    )
    found = {d.date: (d.sort_key, d.year_from) for d in find_timeline_dates(text, None)}
    assert found["January"] == ("--01", "not_stated")  # not 2019: the framework's year
    assert found["June"] == ("2019-06", "same_sentence")


def test_a_timeline_event_inside_a_quotation_of_several_sentences_shows_no_unpaired_mark():
    text = '"The canals are low. At this rate they will be dry by mid-August," Nyambura said.\n\nThe talks resume on August 3.'
    article = Article(id="t2", text=text, title="Canals", published="2026-07-16")
    backend = FakeBackend(responder=lambda request: BriefDraft(main_issue="Canals run low", summary="Canals run low."))
    m = memo([article], backend=backend, use_cache=False)
    passages = [e.passage for e in m.timeline]
    assert passages and all(p.text.count('"') % 2 == 0 and text[p.start : p.end] == p.text for p in passages)


def test_the_month_of_a_date_a_duration_is_counted_from_is_no_yearless_date():
    text = "Its shares have fallen 41 per cent since January 2023. The union was formed in March."
    assert [(d.date, d.sort_key) for d in find_timeline_dates(text, "2025-10-15")] == [("March", "2025-03")]


def test_a_date_stamping_an_editor_s_note_is_no_event_but_a_date_alone_before_a_colon_is():
    text = (
        "The ban starts on 1 April 2026.\nMarch 3: Parliament votes on the scheme.\n"
        "Correction, 15 October 2025: An earlier version said 6am.\nUpdate, March 5: The vote moved.\n"
    )
    assert [text[m.start : m.end] for m in find_timeline_dates(text, "2025-10-14")] == ["1 April 2026", "March 3"]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic saw 410 patients last year, down from 520 in 2016. On March 5 it closed.",
        "The ferry carried fewer cars than in 2018. On March 5 it stopped.",
        "Turnout was 61%, compared with 2017, when it was higher. On March 5 the count ended.",
    ],
)
def test_the_date_of_what_a_figure_is_compared_with_is_no_event_and_lends_no_year(text):
    assert placed(text) == [("March 5", "--03-05", "not_stated")]


def test_an_article_given_twice_is_told_once_and_its_copy_listed_as_dropped():
    from summarizer.articles import article_from_text

    text = "Canals run low\n\nFarmers in the valley said on Monday that the canals were running low."
    articles = [article_from_text(text, id="wire"), article_from_text(text, id="copy"), article_from_text(text + " More.", id="other")]
    backend = FakeBackend(responder=lambda request: BriefDraft(main_issue="Canals run low", summary="Canals run low."))
    m = memo(articles, backend=backend, use_cache=False, strategy="single")
    assert [a.id for a in m.articles] == ["wire", "other"]
    (copy,) = [d for d in m.method.dropped if d.kind == "article"]
    assert (copy.article, copy.reason) == ("copy", "the same text as wire: told once")


def test_the_date_that_ends_an_embedded_posts_credit_is_no_event():
    text = (
        "Nowak went further on social media:\n"
        "“€48m is pocket change for Clipzy. I am calling for a ban.” – Katarzyna Nowak MEP (@KNowakMEP) March 3, 2026\n"
        "The regulator announced the fine on March 2, 2026, after a two-year inquiry."
    )
    assert [text[m.start : m.end] for m in find_timeline_dates(text)] == ["March 2, 2026"]


def test_a_conditions_past_tense_tells_of_no_past_event():
    text = (
        "Asked whether her party would scrap the charge if it won control of the council in May, she said yes. "
        "The council voted in May to cut funding."
    )
    assert [(d.date, d.sort_key) for d in find_timeline_dates(text, "2026-03-12")] == [("May", "2026-05"), ("May", "2025-05")]


def test_a_date_something_is_put_off_to_is_ahead_of_the_article():
    text = (
        "The county council has postponed its planning decision on the reservoir until January. "
        "The hearing was delayed until March. "
        "The council voted in January to cut funding."
    )
    assert [(d.date, d.sort_key) for d in find_timeline_dates(text, "2025-08-20")] == [
        ("January", "2026-01"),
        ("March", "2026-03"),
        ("January", "2025-01"),
    ]


def test_a_yearless_month_a_duration_is_counted_from_lies_behind_the_article():
    # 'since October' in an article of March: last October, whatever the tense of the clause ('It is ...')
    text = "It is the third stoppage on the line since October. Talks resume on 20 March."
    assert placed(text, "2026-03-10") == [("October", "2025-10", "article_date"), ("20 March", "2026-03-20", "article_date")]


def test_the_bound_of_a_class_of_things_is_no_event_but_a_law_passed_in_a_year_is() -> None:
    text = "The council voted to cap rents for most apartments built before 2010. The law passed in 2019 requires caps. Prices rose after 2015."
    assert [m.date for m in find_timeline_dates(text)] == ["2019", "2015"]


def test_an_outlet_and_a_date_on_a_line_under_the_headline_date_the_article_and_are_no_event() -> None:
    from summarizer.extract.dates import article_date, dateline

    text = "Developers warn of pullback\n\n*Tri-County Courier — December 11, 2025*\n\nRidgeport adopted a rent cap on Tuesday."
    assert article_date(text, "Developers warn of pullback") == "2025-12-11"
    assert dateline(text, "Developers warn of pullback")[:2] == (29, 69)  # the whole line, emphasis marks too
    assert dateline("Headline\n\nThe vote happened on March 4, 2026\n\nText.", "Headline") is None  # a sentence, no masthead


def test_a_masthead_line_parted_by_a_middle_dot_dates_the_article_and_names_no_actor() -> None:
    from summarizer.extract.analysis import analyze
    from summarizer.extract.dates import article_date

    text = (
        "Council split as wind farm row reaches town hall\n\nBy Jenny Cartwright, Local Democracy Reporter\n\n"
        "Saltby Gazette · 9 March 2026\n\nTempers flared at Saltby Town Hall on Monday night. Council leader Margaret "
        "Owusu said the council was not against wind."
    )
    assert article_date(text, "Council split as wind farm row reaches town hall") == "2026-03-09"
    assert [a.name for a in analyze(text).actors if "Gazette" in a.name] == []  # the recogniser tags 'Gazette' a person


def test_a_past_counterfactual_and_a_timetabled_present_are_dated_as_they_mean():
    """'If this bill had been law in February, I would have had one tool fewer' tells of a February behind the
    article (a past perfect under 'if'; the main clause's 'would' had put it ahead); 'The new policy takes effect
    Monday' tells of the Monday ahead (a timetabled present), but a headline's present tells of the past."""
    text = (
        "Board votes Wednesday to suspend exemptions\n\n"
        "The board voted early Wednesday to suspend the exemptions. The new policy takes effect Monday. "
        "\u201cIf this bill had been law in February, I would have had one tool fewer,\u201d Castellanos said. "
        "We would have acted in January. The mayor says Tuesday was a hard day."
    )
    found = [(m.date, m.sort_key) for m in find_timeline_dates(text, "2026-03-11")]  # a Wednesday
    assert found == [
        ("Wednesday", "2026-03-11"), ("Wednesday", "2026-03-11"), ("Monday", "2026-03-16"),
        ("February", "2026-02"), ("Tuesday", "2026-03-10"),
    ]  # 'We would have acted in January': what was not done then is no event (`_realised`)


def test_a_day_of_the_week_beside_another_date_in_one_row_shows_its_own_date():
    """'voted early Wednesday to suspend the exemptions through June 30': one row with two dates, written
    'Wednesday (2026-03-11); June 30', never 'Wednesday, June 30' (one date that is neither)."""
    from summarizer.articles import article_from_text
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.schema import Brief

    text = "Board suspends exemptions\n\nThe board voted early Wednesday to suspend the exemptions through June 30.\n"
    article = article_from_text(text, id="a1", published="2026-03-11")
    brief = Brief(article_id="a1", main_issue="exemptions", summary="The board suspended exemptions.")
    m = build_memo([Outcome(article, brief)])
    assert [e.date for e in m.timeline] == ["Wednesday (2026-03-11); June 30"]


def test_a_wire_dateline_without_a_year_takes_the_year_of_the_story_s_other_articles():
    from summarizer.articles import article_from_text
    from summarizer.extract.dates import dateline_day
    from summarizer.extract.pipeline import Outcome
    from summarizer.memos.build import build_memo
    from summarizer.schema import Brief

    wire = (
        "UK and Netherlands clash over grid subsidy\n\n"
        "LONDON, 3 March (Reuters) - Britain and the Netherlands were at odds on Tuesday over a planned subsidy for "
        "the offshore wind hub.\n"
    )
    assert dateline_day(wire, "UK and Netherlands clash over grid subsidy") == (3, 3)
    dated = "Dutch fishers weigh in\n\nMarch 5, 2026\n\nDutch fishing groups joined the protest on Wednesday.\n"
    later = "Ferry strike ends\n\nJune 30, 2019\n\nThe ferry strike ended on Friday.\n"

    def outcome(text: str, aid: str) -> Outcome:
        return Outcome(article=article_from_text(text, id=aid), brief=Brief(article_id=aid, main_issue="A subsidy.", summary="-"))

    m = build_memo([outcome(wire, "a1"), outcome(dated, "a2")])
    assert (m.articles[0].published, m.articles[0].published_from) == ("2026-03-03", "other_articles")
    assert m.articles[1].published_from == "article"
    assert ("Tuesday", "2026-03-03") in [(e.date, e.sort_key) for e in m.timeline]  # its 'on Tuesday' is placed
    # no other article of the story near it: no year is guessed
    m = build_memo([outcome(wire, "a1"), outcome(later, "a2")])
    assert m.articles[0].published is None
    assert m.articles[0].published_from is None


def test_a_day_that_dates_a_noun_whose_own_clause_is_past_is_behind_the_article() -> None:
    """'The delay follows an editorial in the Hunter Herald on Saturday that accused the government ...', in an
    article of Tuesday 16 March 2027: the editorial's Saturday is 13 March, told by its relative clause ('accused'),
    not a Saturday ahead for the present 'follows'."""
    from summarizer.memos.text import find_timeline_dates

    text = "The delay follows an editorial in the Hunter Herald on Saturday that accused the government of losing control."
    assert [(m.date, m.sort_key) for m in find_timeline_dates(text, "2027-03-16")] == [("Saturday", "2027-03-13")]


def test_a_month_under_would_is_ahead_of_the_article():
    text = "If approved, the charge would take effect in January. The minister said the line would open in March."
    assert placed(text, "2025-04-08") == [("January", "2026-01", "article_date"), ("March", "2026-03", "article_date")]


def test_an_interview_s_question_is_no_timeline_event_and_its_label_no_part_of_one():
    text = (
        "The nurses' leader on the vote\n\n"
        "We spoke to Renata Solberg-Kahl about the ballot.\n\n"
        "Q: Will you strike again on Monday?\n\n"
        "A: Not before the ballot.\n\n"
        'Q: Last Monday you called the offer "an insult".\n\n'
        "A: It was one.\n"
    )
    article = Article(id="t3", text=text, title="Interview", published="2025-05-20")
    backend = FakeBackend(responder=lambda request: BriefDraft(main_issue="Nurses' ballot", summary="A ballot."))
    m = memo([article], backend=backend, use_cache=False)
    assert [e.passage.text for e in m.timeline] == ['Last Monday you called the offer "an insult".']
    assert [f.passage.text for f in m.framing if f.term == "an insult"] == ['Last Monday you called the offer "an insult".']


def test_what_should_or_could_have_happened_on_a_date_is_no_event():
    text = (
        '"Joost is a decent man. The chairman should have acted in November," Furlong said. The club sacked him in '
        "December. The deal could have been signed in 2019; it was signed in March 2021."
    )
    found = [text[m.start : m.end] for m in find_timeline_dates(text, "2024-12-09")]
    assert found == ["December", "March 2021"]  # not November, not 2019
    ahead = "The council will vote in March 2026."
    assert [ahead[m.start : m.end] for m in find_timeline_dates(ahead)] == ["March 2026"]


def test_one_event_two_articles_tell_on_one_date_is_one_row_naming_both():
    texts = {
        "a1": "Harvest rejects bid\n\nUnder British takeover rules, Morgan Reyes has until March 28 to make a firm offer or walk away.",
        "a2": "Watchdog opens review\n\nMorgan Reyes has until March 28 to make a firm offer or walk away. The regulator will report on March 28.",
    }
    articles = [Article(id=k, text=v, title=v.split("\n")[0], published="2025-03-04") for k, v in texts.items()]
    backend = FakeBackend(responder=lambda request: BriefDraft(main_issue="A takeover bid", summary="A bid."))
    m = memo(articles, backend=backend, use_cache=False)
    rows = [(e.date, e.passage.article, [p.article for p in e.also]) for e in m.timeline]
    assert rows == [("March 28", "a1", ["a2"]), ("March 28", "a2", [])]  # the regulator's report is another event
    assert "; also A2 " in memo_markdown(m) and "; also <a" in memo_html(m)


def test_one_day_an_article_gives_no_year_is_the_day_another_gives_one():
    # nu142: the paper had no date, the wire did; 'November 14' was two rows
    texts = {
        "a1": "Club board backs sale\n\nShareholders will vote on the proposal on November 14.",
        "a2": "Trust rejects sale\n\nShareholders vote on the proposal on November 14.",
    }
    articles = [
        Article(id="a1", text=texts["a1"], title="Club board backs sale", published="2025-10-21"),
        Article(id="a2", text=texts["a2"], title="Trust rejects sale"),
    ]
    backend = FakeBackend(responder=lambda request: BriefDraft(main_issue="A takeover bid", summary="A bid."))
    m = memo(articles, backend=backend, use_cache=False)
    rows = [(e.date, e.year_from, e.passage.article, [p.article for p in e.also]) for e in m.timeline]
    assert rows == [("November 14", "article_date", "a1", ["a2"])]
