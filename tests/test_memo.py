"""Memos over the seed articles, answered by a FakeBackend from the gold briefs."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from test_memo_gold import echo_facts, gold_draft, gold_responder, is_bottom_line, seed_articles

from summarizer.config import Settings
from summarizer.errors import BackendError, ValidationFailedError
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends.fake import FakeBackend
from summarizer.memos.build import build_memo, estimate_cost, memo
from summarizer.memos.render import marked_text, memo_html, memo_json, memo_markdown, passages, render_memo
from summarizer.memos.schema import BottomLineDraft, Memo, memo_json_schema
from summarizer.memos.text import find_dates, find_loaded_terms, sentences
from summarizer.resources import data_dir
from summarizer.schema import BriefDraft

A1, A2, A3, A4, A5 = "000_ab91854256dc07a1", "001_11190842c8523b3b", "002_c4d90af70d619d42", "003_526b264f4a3a7266", "004_c6cdf426b5678743"


def respelled(request):
    """Gold briefs, but naming people as other articles spell them, without aliases tying the forms."""
    if is_bottom_line(request):
        return echo_facts(request)
    draft = gold_draft(request.article_id)
    renames = {
        A1: {"Delcy Rodríguez": "Delsy Rodriguez", "Vladimir Putin": "Putin"},
        A2: {"Nicolás Maduro": "Nicolás Maduró"},
        A5: {"Nicolás Maduro": "Maduro"},
    }.get(request.article_id, {})
    data = draft.model_dump()
    for actor in data["actors"]:
        if actor["name"] in renames:
            actor["name"], actor["aliases"] = renames[actor["name"]], []
    for stance in data["stances"]:
        stance["holder"] = renames.get(stance["holder"], stance["holder"])
    for source in data["sources"]:
        source["name"] = renames.get(source["name"], source["name"])
    return BriefDraft.model_validate(data)


@pytest.fixture(scope="module")
def seed_memo() -> Memo:
    return memo(seed_articles(), backend=FakeBackend(responder=gold_responder), use_cache=False)


@pytest.fixture(scope="module")
def respelled_memo() -> Memo:
    return memo(seed_articles(), backend=FakeBackend(responder=respelled), use_cache=False, title="Seeds")


def entity(m: Memo, name: str):
    return next(e for e in m.entities if name in e.names)


def test_seed_name_variants_resolve_to_one_actor_each(respelled_memo):
    m = respelled_memo
    for variants in (["Delcy Rodríguez", "Delsy Rodriguez"], ["Sergey Lavrov", "Sergei Lavrov"], ["Nicolás Maduro", "Nicolás Maduró", "Maduro"], ["Putin", "Vladimir Putin"]):
        owners = {entity(m, v).id for v in variants}
        assert len(owners) == 1, variants
    assert entity(m, "Maduro").name == "Nicolás Maduro"
    assert set(entity(m, "Maduro").articles) == {A1, A2, A3, A4, A5}
    merged = {x.name: x for x in m.merges}
    assert {"Delcy Rodríguez", "Delsy Rodriguez"} <= set(merged["Delcy Rodríguez"].names)
    assert any("rapidfuzz" in r for r in merged["Delcy Rodríguez"].reasons)
    assert any("only person by that name" in r for r in merged["Vladimir Putin"].reasons)
    assert "Sergey Lavrov" in memo_markdown(m) and "Delsy Rodriguez" in memo_markdown(m)


def test_stance_matrix_rows_follow_the_resolved_actors(respelled_memo):
    row = next(r for r in respelled_memo.stances if r.holder == "Nicolás Maduro" and r.target == "Russia")
    assert [c.article for c in row.cells] == [A1, A2, A3, A4, A5]
    assert all(c.label == "supports" for c in row.cells)
    assert respelled_memo.stances[0] == row


def test_who_said_what_has_affiliation_type_and_verified_quotes(seed_memo):
    speakers = {s.name: s for s in seed_memo.speakers}
    stoltenberg = speakers["Jens Stoltenberg"]
    assert stoltenberg.types == ["official"] and stoltenberg.affiliations == ["NATO"]
    assert any(q.text.startswith("We exchanged views") and q.article == A3 for q in stoltenberg.quotes)
    humire = speakers["Joseph Humire"]
    assert humire.types == ["expert"] and humire.affiliations == ["Center for a Secure Free Society"]
    assert len(humire.quotes) >= 10
    assert any("third world war" in s.text for s in humire.statements)  # claims attributed to him
    assert speakers["Nicolás Maduro"].articles == [A2, A3, A4, A5]


def test_every_passage_is_a_span_of_its_article(seed_memo):
    texts = {a.id: a.text for a in seed_memo.articles}
    found = list(passages(seed_memo))
    assert len(found) > 100
    for p in found:
        assert texts[p.article][p.start : p.end] == p.text



def test_bottom_line_is_the_models_checked_phrasing_of_the_facts(seed_memo):
    m = seed_memo
    facts = {f.id: f for f in m.facts}
    model = [s for s in m.bottom_line if s.by == "model"]
    assert m.method.bottom_line == "model" and sorted(s.facts for s in model) == [["F1"], ["F2"], ["F3"]]
    assert all(s.text == facts[s.facts[0]].text for s in model)
    # code adds its sentences for the strongest facts the model did not state (the story's lead, a main source), up to 5
    added = [s for s in m.bottom_line if s.by == "code"]
    assert m.method.bottom_line_filled == [s.text for s in added] and len(m.bottom_line) == 5
    assert {facts[f].kind for s in added for f in s.facts} == {"lead", "source_position"}
    assert facts[m.bottom_line[1].facts[0]].kind == "lead", "the story's lead follows the strongest shared stance"
    assert m.bottom_line[0].text == "All five articles report that Nicolás Maduro supports Russia."
    assert m.bottom_line[0].articles == [A1, A2, A3, A4, A5]
    for sentence in m.bottom_line:  # exactly the articles of its facts
        assert sentence.articles == [a for a in (A1, A2, A3, A4, A5) if any(a in facts[f].articles for f in sentence.facts)]


def test_bottom_line_prompt_shows_the_facts_only():
    backend = FakeBackend(responder=gold_responder)
    memo(seed_articles()[:2], backend=backend, use_cache=False, focus="Russia")
    request = backend.requests[-1]
    assert issubclass(request.response_model, BottomLineDraft) and request.prompt_name == "memo_bottom_line"
    user = request.messages[-1]["content"]
    assert re.search(r"^F1 \[A1, A2\]: Both articles suggest that Nicolás Maduro supports Russia\.$", user, re.M)
    assert "The reader's focus: Russia" in user
    assert "War comes when politics fails" not in user and "A1.1" not in user  # no article text, no raw claims


def test_without_the_models_phrasing_code_writes_the_bottom_line():
    def responder(request):
        if is_bottom_line(request):
            raise BackendError("connection reset", backend="fake", attempts=3)
        return gold_responder(request)

    m = memo(seed_articles()[:2], backend=FakeBackend(responder=responder), use_cache=False)
    assert m.method.bottom_line == "code"
    assert "connection reset" in m.method.bottom_line_note
    assert 3 <= len(m.bottom_line) <= 5 and all(s.by == "code" for s in m.bottom_line)
    facts = {f.id: f for f in m.facts}
    assert [s.text for s in m.bottom_line] == [facts[s.facts[0]].text for s in m.bottom_line]
    assert not m.method.bottom_line_filled  # the whole bottom line is code's, and the footer says so
    assert "Written by code from the facts" in memo_markdown(m)


def test_a_failed_article_is_listed_and_the_memo_still_built():
    def responder(request):
        if request.article_id == A3:
            raise ValidationFailedError("model kept giving invalid JSON", article=A3, backend="fake", attempts=3)
        return gold_responder(request)

    m = memo(seed_articles(), backend=FakeBackend(responder=responder), use_cache=False)
    assert not m.ok
    entry = next(a for a in m.articles if a.id == A3)
    assert entry.status == "failed" and "invalid JSON" in entry.error
    assert [f.article for f in m.method.failed] == [A3]
    assert "Jens Stoltenberg" not in {s.name for s in m.speakers}
    assert any(r.holder == "Nicolás Maduro" for r in m.stances)
    text = memo_markdown(m)
    assert "**FAILED:**" in text and "Failed articles: 1" in text


def test_agreement_and_contradiction(seed_memo):
    agree = {(a.target, a.label): {p.holder for p in a.holders} for a in seed_memo.agreements}
    assert {"Russia", "China", "Iran"} <= agree[("Venezuela", "supports")]
    shifts = [c for c in seed_memo.contradictions if c.kind == "stance_shift"]
    assert any(c.positions[0].holder == "Nicolás Maduro" and {p.label for p in c.positions} == {"mixed", "opposes"} for c in shifts)
    opposed = [c for c in seed_memo.contradictions if c.kind == "opposed_sources"]
    assert any("Jens Stoltenberg" in c.summary and "Yuri Borisov" in c.summary for c in opposed)


def test_timeline_is_dated_and_sorted(seed_memo):
    dated = [e.sort_key for e in seed_memo.timeline if e.year_from != "not_stated"]
    undated = [e.sort_key for e in seed_memo.timeline if e.year_from == "not_stated"]
    assert [e.sort_key for e in seed_memo.timeline] == sorted(dated) + sorted(undated)
    dates = {e.date for e in seed_memo.timeline}
    assert {"August 2008", "February 2022", "2019"} <= dates
    january = next(e for e in seed_memo.timeline if e.date == "January")  # "In January, roughly a month before the invasion"
    assert january.passage.article == A4 and january.year_from == "not_stated" and january.sort_key == "--01"


def test_framing_lists_loaded_terms_with_actor_and_voice(seed_memo):
    terms = {(f.article, f.term.lower(), f.actor, f.voice) for f in seed_memo.framing}
    assert (A4, "dictator", "Nicolás Maduro", "author") in terms
    assert (A3, "repressive", "Venezuela", "quoted") in terms
    assert (A1, "dictator", "Venezuela", "author") in terms  # "the Venezuelan dictator"


def test_sources_and_method_footer(seed_memo):
    m = seed_memo
    assert [a.label for a in m.articles] == ["A1", "A2", "A3", "A4", "A5"]
    assert m.articles[0].title == "Russia-Venezuela Alliance" and m.articles[0].summary.endswith(".")
    assert m.method.backends == ["fake"] and m.method.estimated_cost_usd == 0.0
    assert m.method.calls == 6 and m.method.prompt_tokens > 0
    assert "brief@2" in m.method.prompt_versions and "memo_bottom_line@4" in m.method.prompt_versions
    assert not any(v.startswith("memo_tiebreak") for v in m.method.prompt_versions)  # the seeds name no one ambiguously


def test_memo_json_validates_against_the_schema_file(seed_memo):
    schema = json.loads((data_dir("schemas") / "memo.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(memo_json(seed_memo)), schema)
    assert Memo.model_validate_json(memo_json(seed_memo)) == seed_memo


def test_memo_schema_file_is_up_to_date():
    assert (data_dir("schemas") / "memo.schema.json").read_text(encoding="utf-8") == memo_json_schema(), (
        "regenerate with summarizer.memos.schema.write_schema()"
    )


def test_markdown_has_every_section(seed_memo):
    text = memo_markdown(seed_memo)
    for heading in ("# Briefing memo on 5 articles", "## Bottom line", "## Actors and stances", "## Who said what", "## Agreement and contradiction", "## Timeline", "## Framing", "## Sources", "## Method"):
        assert heading in text
    # a model wrote every stance here (the single strategy): a cell is marked as judged unless the parse of its
    # evidence states it ('Maduro expressed support for Russia', A4; 'appeals to Russia ... for military aid', A5)
    assert "| Nicolás Maduro | Russia | supports\\* | supports\\* | supports\\* | supports | supports |" in text
    assert "\n\n\n" not in text


def test_html_is_self_contained_and_links_resolve(seed_memo):
    page = memo_html(seed_memo)
    assert not re.search(r"<(?:script|img|link|iframe)[^>]+(?:src|href)=", page)
    assert 'id="stance-matrix"' in page
    links = set(re.findall(r'href="#(a-A\d+-\d+-\d+)"', page))
    ids = set(re.findall(r'id="(a-A\d+-\d+-\d+)"', page))
    assert links and links <= ids
    assert render_memo(seed_memo, "html") == page


def test_one_article_memo(seed_memo):
    m = memo([seed_articles()[2]], backend=FakeBackend(responder=gold_responder), use_cache=False)
    assert [a.label for a in m.articles] == ["A1"] and m.ok
    assert m.bottom_line and all(s.articles == [A3] for s in m.bottom_line)


def test_build_memo_with_no_briefs():
    m = build_memo([], title="Nothing")
    assert m.title == "Nothing" and m.bottom_line == [] and m.method.bottom_line == "none"
    assert "No bottom line" in memo_markdown(m)


def test_estimate_cost():
    assert estimate_cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000) == pytest.approx(0.75)
    assert estimate_cost("openai", "gpt-4o-mini-2024-07-18", 1_000_000, 0) == pytest.approx(0.15)
    assert estimate_cost("openai", "gpt-4o", 1_000_000, 0) == pytest.approx(2.5)
    assert estimate_cost("local", "qwen2.5-3b", 10_000, 10_000) == 0.0
    assert estimate_cost("openai", "my-own-model", 10, 10) is None


def test_marked_text_nests_and_splits_crossing_spans():
    html = str(marked_text("abcdefghij", "A1", {(0, 4), (2, 6), (1, 3)}))
    assert re.sub(r"<[^>]+>", "", html) == "abcdefghij"
    assert html.count("<mark") == html.count("</mark>")
    for ident in ("a-A1-0-4", "a-A1-2-6", "a-A1-1-3"):
        assert f'id="{ident}"' in html
    assert 'data-of="a-A1-2-6"' in html


def test_sentences_keep_abbreviations_together():
    text = "The U.S. Navy sailed. Mr. Smith said “no.” Then\nA new line."
    assert [text[s:e] for s, e in sentences(text)] == ["The U.S. Navy sailed.", "Mr. Smith said “no.”", "Then", "A new line."]


def test_find_dates():
    found = {(d.date, d.sort_key) for d in find_dates("On 3 March 2022 and March 5, 2021, in 2019, 10,000 troops, in 2020-01-02; 1,000 km")}
    assert found == {("3 March 2022", "2022-03-03"), ("March 5, 2021", "2021-03-05"), ("2019", "2019"), ("2020-01-02", "2020-01-02")}


def test_loaded_terms_know_their_voice_and_actor():
    text = 'The dictator Maduro spoke. “This regime must go,” she said. Regime change is a policy term.'
    terms = find_loaded_terms(text, lambda s, e: [(13, 19, "Maduro")] if s <= 13 < e else [])
    assert [(t.term, t.quoted, t.actor) for t in terms] == [("dictator", False, "Maduro"), ("regime", True, None)]


def two_outcomes():
    with Summarizer(Settings(use_cache=False), backend=FakeBackend(responder=gold_responder)) as s:
        return s.brief_many(seed_articles()[:2])


def test_a_bottom_line_sentence_on_judged_stances_only_is_marked_judged(seed_memo):
    judged = {f.id for f in seed_memo.facts if f.basis == "judged"}
    marked = [s for s in seed_memo.bottom_line if s.facts and set(s.facts) <= judged]
    assert marked, "the seed memo's shared stance is judged by the model"
    markdown = memo_markdown(seed_memo)
    assert f"{marked[0].text}\\*" in markdown and "\\* judged by the model from the articles' words" in markdown
    assert "judged by the model from the articles' words" in memo_html(seed_memo)


def test_a_disputed_claim_is_two_near_identical_claims_one_negated() -> None:
    from summarizer.memos.build import _negated_pair

    assert _negated_pair("The plant will close next year.", "The plant will not close next year.")
    assert _negated_pair("Officials said the plant will close next year.", "The plant will not close next year, officials said.")
    assert not _negated_pair(  # a short claim whose words the other holds says something else
        "The National Union of Rail Workers rejects that view.",
        "The National Union of Rail Workers called the walkout after talks with operators broke down on Tuesday.",
    )


def test_a_neutral_stance_reads_as_a_sentence_in_the_evidence_list():
    def neutral(request):
        if is_bottom_line(request):
            return echo_facts(request)
        data = gold_draft(request.article_id).model_dump()
        for stance in data["stances"]:
            stance["label"] = "neutral"
        return BriefDraft.model_validate(data)

    text = memo_markdown(memo(seed_articles(), backend=FakeBackend(responder=neutral), use_cache=False))
    evidence = [line for line in text.splitlines() if line.startswith("- ") and ": “" in line]
    assert any(" is neutral on " in line for line in evidence)
    assert not any(re.search(r"^- .+ neutral (?!on )", line) for line in evidence)
