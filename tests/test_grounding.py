"""Grounding: every quote and evidence becomes an exact span, or is listed as unverified."""

from __future__ import annotations

import pytest

from summarizer.extract.grounding import NormalizedText, ground, in_article_scripts, locate, occurs
from summarizer.schema import BriefDraft, Usage

ARTICLE = (
    "Caracas — The visit of White House emissaries to Caracas cannot be read as distancing "
    "Nicolás Maduro from Russia, analysts said on Monday.\n\n"
    "“Russia and China act together,” said Joseph Humire, executive director of the Center for a "
    "Secure Free Society. \"The sanctions, applied disproportionately, lose their effect and impact.\"\n"
    "Maduro,   the Venezuelan leader, did not comment. The U.S. State Department declined to say more."
)


def assert_exact(span, article: str = ARTICLE) -> None:
    assert span is not None
    assert article[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "passage",
    [
        "Russia and China act together",
        '"Russia and China act together,"',  # straight quotes for curly ones
        "‘Russia and China act together’",
        "russia AND china act together",  # case
        "Maduro, the Venezuelan leader",  # whitespace collapsed in the article
        "Maduro,\nthe   Venezuelan\tleader",
        "The sanctions … lose their effect and impact",  # ellipsis: omitted words
        "The sanctions... lose their effect",
        "The sanctions [...] lose their effect",
        "Caracas - The visit",  # dash styles
    ],
)
def test_tolerant_exact_location(passage: str) -> None:
    span = locate(ARTICLE, passage)
    assert_exact(span)


def test_single_guillemets_are_single_quotation_marks() -> None:
    article = "Il a dit : «Nous disons ‹non› à la réforme», selon l’agence."
    span = locate(article, "Nous disons 'non' à la réforme")
    assert_exact(span, article)
    assert locate("He said 'we stay' twice.", "He said ‹we stay› twice") is not None


def test_span_carries_the_article_text_not_the_model_text() -> None:
    span = locate(ARTICLE, '"russia and china act together"')
    assert span.text == "Russia and China act together"
    assert ARTICLE.index("Russia and China") == span.start


def test_ellipsis_span_covers_the_omitted_words() -> None:
    span = locate(ARTICLE, "The sanctions … lose their effect")
    assert span.text == "The sanctions, applied disproportionately, lose their effect"


@pytest.mark.parametrize(
    "passage",
    [
        "Russia and China always act together",  # a changed word is never tolerated in a quote
        "Moscow and Beijing act together",
        "",
        '  "" ',
        "a … b",  # ellipsis pieces too short to mean anything
        "lose their effect … The sanctions",  # pieces out of order
    ],
)
def test_quotes_are_never_fuzzy(passage: str) -> None:
    assert locate(ARTICLE, passage) is None


def test_evidence_may_align_fuzzily_to_the_closest_passage() -> None:
    passage = "the visit of the White House emisaries to Caracas cannot be read as distancing"
    assert locate(ARTICLE, passage) is None
    span = locate(ARTICLE, passage, fuzzy=True)
    assert_exact(span)
    assert "White House emissaries" in span.text
    assert not span.text[0].isspace() and span.text[-1].isalnum(), "snapped to word boundaries"


def test_fuzzy_alignment_refuses_short_or_unrelated_passages() -> None:
    assert locate(ARTICLE, "Russia agrees", fuzzy=True) is None
    assert locate(ARTICLE, "The prime minister of Japan opened a new bridge in Osaka today", fuzzy=True) is None


def test_normalized_text_maps_back_to_original_indices() -> None:
    text = "A  “b”…c"
    norm = NormalizedText.of(text)
    assert norm.text == 'a "b"...c'
    assert len(norm.index) == len(norm.text)
    assert norm.original_span(norm.text.index("..."), norm.text.index("c") + 1) == (text.index("…"), len(text))


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("Maduro", True),
        ("maduro", True),
        ("Nicolas Maduro", True),  # accents folded
        ("Madur", False),  # whole words only
        ("Putin", False),
        ("", False),
        ("U.S. State Department", True),
    ],
)
def test_occurs(phrase: str, found: bool) -> None:
    assert occurs(ARTICLE, phrase) is found


def brief_of(draft: dict):
    return ground(BriefDraft.model_validate(draft), ARTICLE, article_id="a1", title="T", usage=Usage(calls=1))


DRAFT = {
    "main_issue": "US-Venezuela contacts",
    "summary": "Emissaries visited Caracas. Analysts doubt a shift.",
    "actors": [
        {"name": " Nicolás Maduro ", "aliases": ["Maduro", "Maduro", "El Jefe", " ", "Nicolás Maduro"], "kind": "person"},
        {"name": "  ", "kind": "person"},
    ],
    "stances": [
        {"holder": "Humire", "target": "sanctions", "label": "opposes",
         "evidence": "sanctions, applied disproportionately, lose their effect"},
        {"holder": "Maduro", "target": "Russia", "label": "supports", "evidence": "Maduro pledged eternal loyalty"},
    ],
    "sources": [
        {"name": "Joseph Humire", "type": "expert", "affiliation": "Center for a Secure Free Society",
         "quotes": ["Russia and China act together", "“Russia and China act together,”", "Russia wins"],
         "statements": ["  Sanctions backfire. ", ""]},
    ],
    "claims": [
        {"text": "The visit is no break with Russia", "evidence": "cannot be read as distancing Nicolás Maduro from Russia"},
        {"text": "   ", "evidence": "x"},
        {"text": "Nobody commented", "by": " ", "evidence": ""},
    ],
}


def test_ground_turns_passages_into_spans_and_lists_the_rest() -> None:
    brief = brief_of(DRAFT)
    assert (brief.article_id, brief.title, brief.usage.calls) == ("a1", "T", 1)

    [actor] = brief.actors
    assert actor.name == "Nicolás Maduro"
    assert actor.aliases == ["Maduro"], "duplicates, blanks, the name itself and unfound aliases are dropped"

    [source] = brief.sources
    assert [q.text for q in source.quotes] == ["Russia and China act together"], "same span kept once"
    for q in source.quotes:
        assert_exact(q)
    assert source.statements == ["Sanctions backfire."]

    grounded, ungrounded = brief.stances
    assert_exact(grounded.evidence)
    assert ungrounded.evidence is None

    assert [c.text for c in brief.claims] == ["The visit is no break with Russia", "Nobody commented"]
    assert_exact(brief.claims[0].evidence)
    assert brief.claims[1].by == "author" and brief.claims[1].evidence is None

    unverified = {(u.kind, u.text) for u in brief.unverified}
    assert unverified == {
        ("alias", "El Jefe"),
        ("evidence", "Maduro pledged eternal loyalty"),
        ("quote", "Russia wins"),
    }
    assert {u.item for u in brief.unverified} == {
        "actor 'Nicolás Maduro'", "stance 'Maduro -> Russia'", "source 'Joseph Humire'"
    }


def test_every_span_in_a_grounded_brief_is_exact() -> None:
    brief = brief_of(DRAFT)
    spans = [q for s in brief.sources for q in s.quotes]
    spans += [x.evidence for x in brief.stances + brief.claims if x.evidence]
    assert spans
    for span in spans:
        assert_exact(span)


def test_an_answer_ends_before_a_letter_of_a_script_the_article_does_not_use() -> None:
    article = "The Derrynacool Residents' Alliance welcomed the ruling. Siobhán Keane backed onshore wind."
    assert in_article_scripts("Wind farm quashed, Derrynacool Residents'联盟, appeal", article) == "Wind farm quashed, Derrynacool Residents'"
    assert in_article_scripts("Siobhán Keane backs onshore wind", article) == "Siobhán Keane backs onshore wind"
    assert in_article_scripts("Рост цен", "Цены растут: «Рост цен» продолжится") == "Рост цен"


def test_evidence_takes_the_quotation_mark_that_closes_or_opens_a_quotation_it_holds() -> None:
    # nu135: evidence ending 'had been "vain and foolish' (the sentence splitter had cut before the closing mark)
    # read with unbalanced marks wherever a brief or memo showed it
    from summarizer.extract.grounding import _Grounder

    text = (
        'Tredwell told the court his client had been "vain and foolish". "The mayor did not act alone," Reyne said. '
        "The judge called it “a betrayal”. He left."
    )
    g = _Grounder(text)
    shown = [g.span(p, "evidence", "x", fuzzy=True) for p in ('had been "vain and foolish', 'The mayor did not act alone," Reyne said', "called it “a betrayal", "He left")]
    assert shown[0] is not None and shown[0].text.endswith('foolish"') and text[shown[0].start : shown[0].end] == shown[0].text
    assert shown[1] is not None and shown[1].text == '"The mayor did not act alone," Reyne said'  # the opening mark before it
    assert shown[2] is not None and shown[2].text.endswith("betrayal”")
    assert shown[3] is not None and shown[3].text == "He left"
