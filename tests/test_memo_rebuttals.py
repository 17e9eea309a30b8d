"""Rebuttals (memos.rebuttals): a source rejecting what another source said, and whose statement it was."""

from __future__ import annotations

import pytest

from summarizer.memos.build import build_memo
from summarizer.memos.rebuttals import rebuttals
from summarizer.memos.render import memo_html, memo_markdown
from summarizer.schema import Source

from test_memo_figures import context, make_outcome


def sides(found) -> list[tuple[str, str, str]]:
    return [(p.holder, p.label, p.evidence.text if p.evidence else "") for p in found.positions]


def test_a_definite_noun_of_a_statement_answers_the_last_other_source_before_it():
    text = (
        'Tomasz Wren, a hydrologist at Elbury University, said the new weir would flood 40 homes. "The model they used is '
        'a decade old," he said.\n'
        "Corra Water rejected the criticism, saying its survey was carried out last spring."
    )
    outcome = make_outcome("a1", text, {"Tomasz Wren": "person", "Corra Water": "organization"}, {"Tomasz Wren": ["The model they used is a decade old,"]})
    (found,) = rebuttals(context(outcome))
    assert found.kind == "rebuttal" and found.found_by == "rules"
    assert found.summary == "Corra Water rejected the criticism made by Tomasz Wren (A1)"
    assert sides(found) == [
        ("Tomasz Wren", "supports", "The model they used is a decade old,"),
        ("Corra Water", "opposes", "Corra Water rejected the criticism, saying its survey was carried out last spring."),
    ]
    start = text.index("Corra Water rejected")
    assert (found.positions[1].evidence.start, found.positions[1].evidence.end) == (start, len(text))


def test_a_possessor_names_whose_claim_is_rejected_and_a_pronoun_object_refers_back():
    text = "Residents of Holm Lane say the depot has cracked their walls. Brantley Haulage rejected the residents' claims on Monday."
    (found,) = rebuttals(context(make_outcome("a1", text, {"Brantley Haulage": "organization"})))
    assert found.summary == "Brantley Haulage rejected the residents' claims (A1)"
    assert [p.holder for p in found.positions] == ["the residents", "Brantley Haulage"]
    text = '"Our members are owed their bonuses," said Ria Osei of the Players\' Union. Kelmore Rovers denies that.'
    outcome = make_outcome("a1", text, {"Ria Osei": "person", "Kelmore Rovers": "organization"}, {"Ria Osei": ["Our members are owed their bonuses,"]})
    (found,) = rebuttals(context(outcome))
    assert found.summary == "Kelmore Rovers denies what Ria Osei said (A1)"  # not 'denies that, what ...' (nu136)


def test_a_rebutted_noun_that_says_what_was_said_answers_the_statement_about_it():
    text = (
        'Dr Lena Voss said the switch of the main outcome "should worry any reader".\n'
        'The Harlow Trust said it would ask for early access. "Patients cannot wait," said its director, Omar Pike.\n'
        "Ines Carrow rejected the criticism over the switch of outcome."
    )  # fmt: skip
    quotes = {"Lena Voss": ["should worry any reader"], "Omar Pike": ["Patients cannot wait,"]}
    actors = {"Lena Voss": "person", "Omar Pike": "person", "Ines Carrow": "person", "Harlow Trust": "organization"}
    (found,) = rebuttals(context(make_outcome("a1", text, actors, quotes)))
    assert [p.holder for p in found.positions] == ["Lena Voss", "Ines Carrow"]  # not the last speaker, who spoke of access


def test_a_request_a_demonstrative_points_back_at_is_rebutted_and_a_description_is_the_one_the_brief_named():
    text = (
        "Magistrate Helen Dowd said the defendant had shown little remorse.\n"
        "His solicitor, Clara Venn, asked for a fine, arguing that prison would cost him his job.\n"
        'The magistrate rejected that request, saying the harm done was "far too great".'
    )
    quotes = {"Helen Dowd": ["far too great"]}
    statements = {"Clara Venn": "His solicitor, Clara Venn, asked for a fine, arguing that prison would cost him his job."}
    outcome = make_outcome("a1", text, {"Helen Dowd": "person", "Clara Venn": "person"}, quotes)
    for source in outcome.brief.sources:
        source.statements = []
    outcome.brief.sources.append(Source(name="Clara Venn", type="other", statements=[statements["Clara Venn"]]))  # type: ignore[arg-type]
    (found,) = rebuttals(context(outcome))
    assert found.summary == "Helen Dowd rejected that request made by Clara Venn (A1)"
    text_named_in_full = '"The weir will flood 40 homes," said Tomasz Wren. Corra Water rejected a proposal to raise the weir.'
    actors = {"Tomasz Wren": "person", "Corra Water": "organization"}
    assert rebuttals(context(make_outcome("a1", text_named_in_full, actors, {"Tomasz Wren": ["The weir will flood 40 homes,"]}))) == []


def test_hitting_back_answers_the_owner_of_the_view_it_gives_or_whom_it_is_aimed_at():
    text = (
        '"I would rather families drove further to a safe unit," Dr Gallacher said. Union officials spoke later.\n'
        "Mr Brierley hit back, saying Dr Gallacher's view was \"not shared by the midwives who staff the wards\"."
    )
    quotes = {"Fiona Gallacher": ["I would rather families drove further to a safe unit,"]}
    outcome = make_outcome("a1", text, {"Fiona Gallacher": "person", "Tom Brierley": "person"}, quotes)
    (found,) = rebuttals(context(outcome))
    assert found.summary == "Tom Brierley hit back at Fiona Gallacher (A1)"
    assert [p.holder for p in found.positions] == ["Fiona Gallacher", "Tom Brierley"]
    text = '"The warning came five hours early," said Dana Whitlock. Mayor Colin Ashby fired back at Whitlock on Monday.'
    outcome = make_outcome("a1", text, {"Dana Whitlock": "person", "Colin Ashby": "person"}, {"Dana Whitlock": ["The warning came five hours early,"]})
    (found,) = rebuttals(context(outcome))
    assert found.summary == "Colin Ashby fired back at Whitlock (A1)"
    text = '"The warning came five hours early," said Dana Whitlock. The storm hit back-to-back towns.'
    assert rebuttals(context(make_outcome("a1", text, {"Dana Whitlock": "person"}, {"Dana Whitlock": ["The warning came five hours early,"]}))) == []


@pytest.mark.parametrize(
    "second",
    [
        "Corra Water rejected the proposal.",  # a proposal rejected is a side taken on it: the stance matrix holds it
        "Corra Water did not deny the claim.",  # negated
        "Corra Water disputed the figure.",  # a figure: `figures` pairs the numbers
        "Tomasz Wren rejected the criticism.",  # no one else said anything before
    ],
)
def test_no_rebuttal_without_a_statement_rejected_by_another_source(second: str):
    text = f'"The weir will flood 40 homes," said Tomasz Wren. {second}'
    actors = {"Tomasz Wren": "person", "Corra Water": "organization"}
    assert rebuttals(context(make_outcome("a1", text, actors, {"Tomasz Wren": ["The weir will flood 40 homes,"]}))) == []


def test_the_memo_lists_a_rebuttal_with_both_passages():
    text = '"The weir will flood 40 homes," said Tomasz Wren. Corra Water rejected the claim.'
    outcome = make_outcome("a1", text, {"Tomasz Wren": "person", "Corra Water": "organization"}, {"Tomasz Wren": ["The weir will flood 40 homes,"]})
    memo = build_memo([outcome])
    (found,) = [c for c in memo.contradictions if c.kind == "rebuttal"]
    end = len(text)
    assert (
        "- **Rebuttal:** Corra Water rejected the claim made by Tomasz Wren (A1) — Tomasz Wren: “The weir will flood 40 "
        f"homes,” (A1 1–30); Corra Water: “Corra Water rejected the claim.” (A1 {text.index('Corra')}–{end})"
    ) in memo_markdown(memo)
    html = memo_html(memo)
    assert "Tomasz Wren (A1)</a>" in html and "Tomasz Wren supports" not in html


def test_a_rebuttal_asked_for_or_foreseen_is_none_made():
    # nu137: the columnist's 'Rupert Vance ... should reject this plan' had been Vance's rebuttal of the plan's
    # supporter quoted before it
    text = (
        'Margaret Oyelaran, who chairs the residents\' association, said the closure was a mistake. "You don\'t close '
        'the fire station because there are more fires," she said.\n'
        "Rupert Vance, the commissioner, should reject this plan when he decides on October 23."
    )
    kinds = {"Margaret Oyelaran": "person", "Rupert Vance": "person"}
    outcome = make_outcome("a1", text, kinds, {"Margaret Oyelaran": ["You don't close the fire station because there are more fires,"]})
    assert rebuttals(context(outcome)) == []
    made = text.replace("should reject", "rejected")
    outcome = make_outcome("a1", made, kinds, {"Margaret Oyelaran": ["You don't close the fire station because there are more fires,"]})
    assert [f.kind for f in rebuttals(context(outcome))] == ["rebuttal"]


def test_a_disputed_claim_that_gives_a_figure_was_made_by_whoever_stated_that_figure():
    text = (
        '"Our figure reflects the patients in whom the drug was tested," said Dr Imogen Varga of Calder Thorne.\n'
        '"One in nine patients on the drug stopped taking it," said Dr Magnus Thorlby, a statistician.\n'
        '"The service\'s own analysis puts the number of eligible patients at 180,000," said Dr Anika Sorensen.\n'
        "Varga disputed claims that one in nine patients quit the drug because of side effects, saying the correct "
        "figure was 6 percent."
    )
    quotes = {
        "Imogen Varga": ["Our figure reflects the patients in whom the drug was tested,"],
        "Magnus Thorlby": ["One in nine patients on the drug stopped taking it,"],
        "Anika Sorensen": ["The service's own analysis puts the number of eligible patients at 180,000,"],
    }
    actors = {name: "person" for name in quotes}
    (found,) = rebuttals(context(make_outcome("a1", text, actors, quotes)))
    assert [p.holder for p in found.positions] == ["Magnus Thorlby", "Imogen Varga"]  # not the last speaker (nu138)
    assert found.summary == (
        "Imogen Varga disputed claims that one in nine patients quit the drug because of side effects made by Magnus "
        "Thorlby (A1)"
    )  # what was claimed, not what she said instead
    text = text.replace('"One in nine patients on the drug stopped taking it," said Dr Magnus Thorlby, a statistician.\n', "")
    quotes.pop("Magnus Thorlby")
    assert rebuttals(context(make_outcome("a1", text, {name: "person" for name in quotes}, quotes))) == []
