"""Code-based quote finding and speaker proposals on messy news text."""

from __future__ import annotations

from summarizer.extract.quotes import attribute, find_quotes, reported_sources


def quotes_of(text: str) -> list[str]:
    found = find_quotes(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    return [q.text for q in found]


def speakers_of(text: str) -> list[str | None]:
    return [a.named for a in attribute(text, find_quotes(text))]


def test_balanced_curly_quotes_with_said_after() -> None:
    text = "“We will not back down,” said Jane Doe, the minister."
    assert quotes_of(text) == ["We will not back down"]
    assert speakers_of(text) == ["Jane Doe"]


def test_straight_quotes_and_subject_verb_after() -> None:
    text = 'Talks failed. "War comes when politics fails," Joseph Humire warned.'
    assert quotes_of(text) == ["War comes when politics fails"]
    assert speakers_of(text) == ["Joseph Humire"]


def test_pronoun_takes_the_previous_speaker() -> None:
    text = "“First point here,” Maria Lopez said.\n“Second point here,” he added."
    assert speakers_of(text) == ["Maria Lopez", "Maria Lopez"]


def test_closing_mark_without_opening_starts_at_the_paragraph() -> None:
    text = "Intro line.\nNicolás Maduro expressed his strong support for the plan,” the statement indicates."
    assert quotes_of(text) == ["Nicolás Maduro expressed his strong support for the plan"]


def test_backwards_mark_between_words_opens_a_quote() -> None:
    text = "He repeated his support for Russia.”Russia has the full support of Venezuela.”according to the country."
    assert quotes_of(text) == ["Russia has the full support of Venezuela."]


def test_quote_left_open_runs_to_the_paragraph_end_and_is_split_into_sentences() -> None:
    text = '"They are playing for the Caribbean. I do not see where they are losing.\n"The rest," says Joseph Humire.'
    assert quotes_of(text)[:2] == ["They are playing for the Caribbean.", "I do not see where they are losing."]
    assert speakers_of(text)[0] == "Joseph Humire"


def test_dash_attribution_gives_title_and_organisation() -> None:
    text = "Expert Insight: “The situation is a powder keg.” – Dr. Anya Petrova, Geopolitical Analyst, Institute for Strategic Studies."
    (a,) = attribute(text, find_quotes(text))
    assert a.named == "Anya Petrova"
    assert a.details == ["Geopolitical Analyst", "Institute for Strategic Studies"]


def test_descriptor_is_left_for_the_model() -> None:
    text = "“We must use this opportunity to win,” the former parliamentarian said in a statement."
    (a,) = attribute(text, find_quotes(text))
    assert a.named is None
    assert "former parliamentarian" in a.cue


def test_single_words_and_apostrophes_are_not_quotes() -> None:
    assert quotes_of("Russia’s “multipolar” world and Maduro’s plan.") == []


def test_reported_sources_find_media_and_according_to() -> None:
    text = (
        "A US mission is heading to Venezuela, according to the American newspaper The New York Times.\n"
        "As reported by the Russian news agency Interfax, the call took place. Recent reports say otherwise."
    )
    names = set(reported_sources(text))
    assert {"New York Times", "Interfax"} <= names
    assert "Recent" not in names
