"""Who said what (memos.speakers): the sources of every brief, grouped by who they are."""

from __future__ import annotations

from test_memo_figures import context

from summarizer.articles import article_from_text
from summarizer.extract.pipeline import Outcome
from summarizer.memos.speakers import speakers
from summarizer.schema import Actor, Brief, Source, Span, Usage


def outcome(aid: str, text: str, spokesperson: str, said: str) -> Outcome:
    start = text.index(said)
    brief = Brief(
        article_id=aid, title=aid, main_issue="A drug", summary="A drug.", usage=Usage(strategy="stepwise"),
        actors=[Actor(name="Medicines Evaluation Board", kind="organization")],
        sources=[Source(name=spokesperson, type="official", affiliation="Medicines Evaluation Board", quotes=[Span(text=said, start=start, end=start + len(said))])],
    )  # fmt: skip
    return Outcome(article=article_from_text(text, id=aid, title=aid), brief=brief)


def test_unnamed_spokespeople_of_one_body_in_two_articles_are_one_speaker():
    first = outcome(
        "a1",
        'The Medicines Evaluation Board is expected to rule by September. A spokesperson for the board said it would '
        '"assess the full trial data".',
        "A spokesperson for the board",
        "assess the full trial data",
    )
    second = outcome(
        "a2",
        'The Medicines Evaluation Board will decide by September. A spokesperson for the regulator said it would "not '
        'comment on applications under review".',
        "A spokesperson for the regulator",
        "not comment on applications under review",
    )
    found = speakers(context(first, second)).speakers
    spokespeople = [s for s in found if "spokesperson" in s.name]
    assert len(spokespeople) == 1  # nu138 had listed them apart, one per article
    assert spokespeople[0].articles == ["a1", "a2"] and len(spokespeople[0].quotes) == 2
    assert spokespeople[0].names == ["A spokesperson for the board", "A spokesperson for the regulator"]
