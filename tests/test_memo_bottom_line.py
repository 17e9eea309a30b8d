"""The bottom line: one sentence per role, constrained citations, and at least 3 distinct sentences."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from test_memo_gold import A_IDS, gold_draft, gold_responder, is_bottom_line, seed_articles

from summarizer.config import Settings
from summarizer.errors import ValidationFailedError
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends.fake import FakeBackend
from summarizer.llm.prompting import load_template
from summarizer.memos.build import build_memo, memo
from summarizer.memos.render import memo_html, memo_markdown
from summarizer.memos.schema import DRAFT_SENTENCE_MAX, BottomLineDraft, bottom_line_model

A1, A2, A3 = A_IDS[:3]
# What the 1.5B model answered under the old schema, as one sentence per role.
REPEATED = "The briefs also discuss the US mission to Venezuela for a meeting with members of the government of dictator Nicolás Maduro."


@pytest.fixture(scope="module")
def outcomes():
    with Summarizer(Settings(use_cache=False), backend=FakeBackend(responder=gold_responder)) as s:
        return s.brief_many(seed_articles()[:3])


def draft(development: str, positions: str, disagreement: str, outlook: str | None = None, cite=("A1",)) -> BottomLineDraft:
    said = lambda text: {"text": text, "articles": list(cite)}  # noqa: E731
    return BottomLineDraft(
        development=said(development), positions=said(positions), disagreement=said(disagreement), outlook=said(outlook) if outlook else None
    )


def test_a_model_that_repeats_itself_still_gives_three_distinct_cited_sentences(outcomes):
    m = build_memo(outcomes, bottom_line=draft(REPEATED, REPEATED, REPEATED + " "))
    texts = [s.text for s in m.bottom_line]
    assert len(texts) == 3 and len(set(texts)) == 3
    assert [s.by for s in m.bottom_line] == ["model", "code", "code"]
    assert m.method.bottom_line == "model" and m.method.bottom_line_filled == texts[1:]
    assert [d.reason for d in m.method.dropped if d.kind == "sentence"] == ["repeats an earlier sentence"] * 2
    # filled from the articles the model did not cite first, each citing the article it comes from
    assert [s.articles for s in m.bottom_line] == [[A1], [A2], [A3]]
    assert texts[1:] == [gold_draft(a).main_issue.rstrip(".") + "." for a in (A2, A3)]


def test_filled_sentences_are_named_in_the_footer(outcomes):
    m = build_memo(outcomes, bottom_line=draft(REPEATED, REPEATED, "The articles disagree on whether Maduro distanced himself."))
    assert len(m.bottom_line) == 3 and m.method.bottom_line_filled == [m.bottom_line[2].text]
    text = memo_markdown(m)
    assert f"{m.bottom_line[2].text} [A2] *(from the briefs)*" in text
    method = text[text.index("## Method") :]
    assert "filled in by code from the briefs" in method and m.bottom_line[2].text[:60] in method
    page = memo_html(m)
    assert "(from the briefs)" in page and "filled in by code from the briefs" in page


def test_three_distinct_sentences_need_no_filling(outcomes):
    m = build_memo(outcomes, bottom_line=draft("Maduro backs Putin.", "Washington courts Caracas.", "The sources disagree on the visit.", "Talks may go on."))
    assert [s.role for s in m.bottom_line] == ["development", "positions", "disagreement", "outlook"]
    assert all(s.by == "model" for s in m.bottom_line) and not m.method.bottom_line_filled
    assert "filled in by code" not in memo_markdown(m)


def test_near_duplicates_of_the_models_sentences_are_not_filled_in(outcomes):
    main_issue = gold_draft(A2).main_issue.rstrip(".") + "."
    m = build_memo(outcomes, bottom_line=draft(main_issue, main_issue, main_issue, cite=("A2",)))
    texts = [s.text for s in m.bottom_line]
    assert len(texts) == 3 and len(set(texts)) == 3 and texts.count(main_issue) == 1


def test_the_answer_schema_allows_only_the_briefed_labels():
    model = bottom_line_model(("A1", "A2"), ("A1.1", "A2.1"))
    assert model is bottom_line_model(("A1", "A2"), ("A1.1", "A2.1"))  # one class per label set: a stable cache key
    ok = {"text": "Maduro backs Putin.", "articles": ["A1"]}
    model.model_validate({"development": ok, "positions": ok, "disagreement": ok})
    for bad in ({**ok, "articles": ["A3"]}, {**ok, "articles": []}, {**ok, "text": "Short."}):
        with pytest.raises(ValidationError):
            model.model_validate({"development": ok, "positions": bad, "disagreement": ok})
    with pytest.raises(ValidationError):
        model.model_validate({"development": ok, "positions": ok, "disagreement": ok, "disputes": [{"claim_a": "A1.9", "claim_b": "A2.1"}]})
    schema = model.model_json_schema()
    assert schema["required"] == ["development", "positions", "disagreement"]
    assert "who stands where" in schema["properties"]["positions"]["description"].lower()


def test_the_request_cites_only_articles_that_were_briefed():
    def responder(request):
        if request.article_id == A2:
            raise ValidationFailedError("no brief", article=A2, backend="fake", attempts=1)
        return gold_responder(request)

    backend = FakeBackend(responder=responder)
    m = memo(seed_articles()[:3], backend=backend, use_cache=False)
    request = next(r for r in backend.requests if is_bottom_line(r))
    items = request.response_model.model_json_schema()["$defs"]["CitedSentenceDraft"]["properties"]["articles"]["items"]
    assert items["enum"] == ["A1", "A3"]
    assert m.method.bottom_line == "model" and all(A2 not in s.articles for s in m.bottom_line)


def test_the_prompt_names_each_role():
    template = load_template("memo_bottom_line")
    assert template.version == "2"
    system = template.render(briefs=[], focus=None, marker="BRIEFS").messages[0]["content"]
    for role in ("development:", "positions:", "disagreement:", "outlook (optional):", "disputes:"):
        assert role in system


def test_a_sentence_that_only_says_the_briefs_say_nothing_is_dropped(outcomes):
    said_nothing = "The briefs do not mention any potential future developments or changes in the situation."
    uncertain = "The articles do not say whether Russian troops were sent."
    m = build_memo(outcomes, bottom_line=draft("Maduro backs Putin.", "Washington courts Caracas.", uncertain, said_nothing))
    assert [s.text for s in m.bottom_line] == ["Maduro backs Putin.", "Washington courts Caracas.", uncertain]
    assert [(d.item, d.reason) for d in m.method.dropped] == [("bottom line (outlook)", "says only what the briefs do not say")]


def test_a_sentence_cut_off_by_the_length_limit_is_trimmed_to_its_last_full_sentence(outcomes):
    first = "Maduro backs Putin, and Russia sends advisers, oil engineers and bankers to Caracas while Washington sends envoys."
    long_text = (first + " The articles also highlight the growing tensions between Russia and the United States over" * 3)[:DRAFT_SENTENCE_MAX]
    m = build_memo(outcomes, bottom_line=draft(long_text, "Washington courts Caracas.", "The sources disagree on the visit."))
    assert m.bottom_line[0].text == first
    cut = [d for d in m.method.dropped if d.reason == "cut off by the length limit"]
    assert len(cut) == 1 and long_text.endswith(cut[0].text)


def test_a_sentence_in_another_script_or_a_copied_stance_list_is_dropped_and_filled(outcomes):
    drifted = "Yuri Borisov支持 Venezuela and the talks."  # what the embedded model wrote, mid-sentence
    listed = "Maduro supports Russia, Venezuela supports Russia, Maduro opposes NATO, Chávez supports Russia."
    m = build_memo(outcomes, bottom_line=draft("Maduro backs Putin.", listed, drifted))
    reasons = {d.text: d.reason for d in m.method.dropped if d.kind == "sentence"}
    assert reasons == {listed: "a list of stances, which the matrix shows", drifted: "drifts into another language"}
    assert len(m.bottom_line) == 3 and [s.by for s in m.bottom_line] == ["model", "code", "code"]


def test_a_sentence_that_restates_an_earlier_one_inside_itself_is_a_repeat(outcomes):
    first = "Maduro and Putin are loyal to each other."
    padded = "The US visit cannot be read as distancing Caracas from Moscow. Maduro and Putin are loyal to each other."
    m = build_memo(outcomes, bottom_line=draft("Washington courts Caracas.", first, padded))
    assert [s.text for s in m.bottom_line][:2] == ["Washington courts Caracas.", first]
    assert any(d.text == padded and d.reason == "repeats an earlier sentence" for d in m.method.dropped)
