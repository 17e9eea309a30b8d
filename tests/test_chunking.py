"""Pieces that fit a context window, the briefs of pieces merged, and the windows servers name."""

from __future__ import annotations

import pytest

from summarizer.errors import ContextLengthError
from summarizer.extract.chunking import Window, chunks, merge_drafts
from summarizer.llm.budget import context_limit_in, estimate_tokens, is_context_refusal
from summarizer.schema import ActorDraft, BriefDraft, ClaimDraft, SourceDraft, StanceDraft

TEXT = "\n".join(f"Paragraph {n}: the committee heard evidence from witnesses about the budget for year {n}." for n in range(300))


def test_pieces_fit_the_window_and_cover_the_text() -> None:
    window = Window(tokens=8192, answer_tokens=2048)
    pieces = window.pieces(TEXT, prompt_tokens=1000, article="a")
    room = 8192 - 2048 - 1000 - 32
    assert len(pieces) > 1 and all(estimate_tokens(p) <= room for p in pieces)
    assert pieces[0].startswith("Paragraph 0:") and pieces[-1].endswith("year 299.")
    for before, after in zip(pieces, pieces[1:]):
        assert after.splitlines()[0] in before, "consecutive pieces overlap by whole paragraphs"


def test_a_text_that_fits_is_one_piece_and_an_unknown_window_never_splits() -> None:
    assert Window(tokens=100_000, answer_tokens=2048).pieces(TEXT, 1000, article="a") == [TEXT]
    assert Window(tokens=None, answer_tokens=2048).pieces(TEXT, 1000, article="a") == [TEXT]


def test_no_room_for_any_piece_is_an_error_before_sending() -> None:
    with pytest.raises(ContextLengthError) as error:
        Window(tokens=3000, answer_tokens=2048).pieces(TEXT, 1000, article="a")
    assert error.value.limit == 3000 and error.value.attempts == 0
    assert "leaves 0 for the article after the prompt (1000) and the answer (2048)" in str(error.value)


def test_a_window_is_learned_only_when_smaller() -> None:
    window = Window(tokens=None, answer_tokens=10)
    assert window.learn(8192) and window.tokens == 8192
    assert not window.learn(16384) and window.tokens == 8192
    assert window.learn(4096) and window.tokens == 4096


def test_chunks_of_a_text_without_line_breaks() -> None:
    text = "word " * 5000
    pieces = chunks(text, size=4000, overlap=400)
    assert all(len(p) <= 4000 for p in pieces) and "".join(pieces).count("word") >= 5000


def test_briefs_of_pieces_merge_into_one() -> None:
    first = BriefDraft(
        main_issue="Harbour expansion",
        summary="The city debates a harbour. Residents object.",
        actors=[ActorDraft(name="Maria Lopez", aliases=["Lopez"], kind="person", role="")],
        stances=[StanceDraft(holder="Maria Lopez", target="the harbour plan", label="opposes", evidence="x")],
        sources=[SourceDraft(name="Maria Lopez", type="other", quotes=["We object"], statements=[])],
        claims=[ClaimDraft(text="The quay costs 40 million.", by="author", evidence="")],
    )
    second = BriefDraft(
        main_issue="Quay costs",
        summary="Costs rise. Work starts in May.",
        actors=[
            ActorDraft(name="maria lopez", aliases=["Ms Lopez", "Lopez"], kind="person", role="councillor"),
            ActorDraft(name="Port authority", aliases=[], kind="organization", role=""),
        ],
        stances=[StanceDraft(holder="Maria Lopez", target="The harbour plan", label="opposes", evidence="y")],
        sources=[SourceDraft(name="Maria Lopez", type="official", role="councillor", quotes=["We object", "Not here"])],
        claims=[ClaimDraft(text="The quay costs 40 million.", by="author"), ClaimDraft(text="Work starts in May.")],
    )
    merged = merge_drafts([first, second])
    assert (merged.main_issue, merged.summary) == (first.main_issue, first.summary)
    assert [(a.name, a.aliases, a.role) for a in merged.actors] == [
        ("Maria Lopez", ["Lopez", "Ms Lopez"], "councillor"),
        ("Port authority", [], ""),
    ]
    assert len(merged.stances) == 1
    [source] = merged.sources
    assert (source.quotes, source.type, source.role) == (["We object", "Not here"], "official", "councillor")
    assert [c.text for c in merged.claims] == ["The quay costs 40 million.", "Work starts in May."]
    assert first.actors[0].aliases == ["Lopez"], "the pieces' briefs are not changed"


@pytest.mark.parametrize(
    ("message", "body", "limit"),
    [
        ("This model's maximum context length is 8192 tokens. However, you requested 10870 tokens.", None, 8192),
        ("Trying to keep the first 9000 tokens when context the overflows. However, the model is loaded with "
         "context length of only 4096 tokens", None, 4096),
        ("Input validation error: `inputs` tokens + `max_new_tokens` must be <= 2048. Given: 3000", None, 2048),
        ("prompt is too long: 210000 tokens > 200000 maximum", None, 200000),
        ("the request exceeds the available context size, try increasing it",
         {"error": {"type": "exceed_context_size_error", "n_prompt_tokens": 9000, "n_ctx": 4096}}, 4096),
        ("the request exceeds the available context size, try increasing it", None, None),
    ],
)  # fmt: skip
def test_the_window_a_server_names_when_it_refuses(message: str, body: object, limit: int | None) -> None:
    assert is_context_refusal(message)
    assert context_limit_in(message, body) == limit


def test_other_refusals_are_not_about_the_context() -> None:
    assert not is_context_refusal("this server does not support json_schema structured output")
    assert not is_context_refusal("Incorrect API key provided")
