"""Quotes found by their marks in every common style, as exact spans where they stand."""

from __future__ import annotations

from summarizer.extract.quotes import find_quotes


def quotes_of(text: str) -> list[str]:
    found = find_quotes(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [q.text for q in found]


def test_every_common_style_of_marks() -> None:
    text = (
        "“Curly double,” he said. \"Straight double,\" she said. ‘Curly single,’ they said. 'Straight single,' I said. "
        "Er sagte „Wir schaffen das“ gestern. Il a dit « nous ne céderons pas » hier. Han sa »vi ger oss aldrig« igår. "
        "Elle a dit ‹ pas question › alors."
    )
    assert quotes_of(text) == [
        "Curly double",
        "Straight double",
        "Curly single",
        "Straight single",
        "Wir schaffen das",
        "nous ne céderons pas",
        "vi ger oss aldrig",
        "pas question",
    ]


def test_an_apostrophe_inside_a_word_never_closes_a_single_quote() -> None:
    text = "The minister was blunt. ‘We don’t accept the workers’ claims,’ she said. In the '90s it was 'quite different here'."
    assert quotes_of(text) == ["We don’t accept the workers’ claims", "quite different here"]


def test_quotes_in_scripts_without_spaces() -> None:
    text = "田中さんは「我们不会放弃」と言った。『よろしく』。"
    found = find_quotes(text)
    assert [(q.text, q.start, q.end) for q in found] == [("我们不会放弃", 6, 12), ("よろしく", 19, 23)]


def test_a_quote_reopened_over_paragraphs_is_one_quote_in_parts() -> None:
    text = "She went on: “The budget is short this year.\n\n“We will need to cut the library hours,” she said."
    found = find_quotes(text)
    assert [q.text for q in found] == ["The budget is short this year.", "We will need to cut the library hours"]
    assert (found[0].closed, found[1].continues) == (False, 0)


def test_a_quote_inside_a_quote_is_kept_whole() -> None:
    text = "“He told me ‘never again’ and left,” she said. \"He said \"no\" to me and left,\" he said."
    assert quotes_of(text) == ["He told me ‘never again’ and left", 'He said "no" to me and left']


def test_the_same_words_earlier_in_the_article_do_not_move_the_span() -> None:
    text = "The plan will fail, officials say.\n\n“The plan will fail,” said John Doe."
    (quote,) = find_quotes(text)
    assert (quote.start, quote.end) == (text.rindex("The plan will fail"), text.rindex("The plan will fail") + 18)


def test_broken_marks_of_real_news_text() -> None:
    assert quotes_of("Intro line.\nNicolás Maduro expressed his strong support for the plan,” the statement indicates.") == [
        "Nicolás Maduro expressed his strong support for the plan"
    ]
    assert quotes_of("He repeated his support for Russia.”Russia has the full support of Venezuela.”according to him.") == [
        "Russia has the full support of Venezuela."
    ]


def test_single_words_and_quoted_titles_are_not_quotes() -> None:
    assert quotes_of("Russia’s “multipolar” world and Maduro’s plan.") == []
    assert quotes_of('On a new website, "The Internet Explorer 6 Countdown", Microsoft launched a campaign.') == []


def test_a_single_quoted_quotation_keeps_the_double_mark_that_closes_a_quotation_inside_it() -> None:
    text = "'Shareholders love the words \"cost discipline\",' she said. 'But players do not,' she added."
    found = [text[q.start : q.end] for q in find_quotes(text)]
    assert found[0] == 'Shareholders love the words "cost discipline"'
