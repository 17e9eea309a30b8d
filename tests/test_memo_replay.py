"""A memo of the five seed articles from the recorded responses of the embedded model (no model runs).

Skipped until `evals/recordings/` holds recordings. The bottom-line call is
recorded too: a memo whose facts or prompt changed falls back to code's
sentences, and `test_the_models_phrasing_of_the_facts_is_recorded_and_checked`
fails until it is re-recorded.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest
from test_memo_gold import ROOT, gold_responder, seed_articles

from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends.fake import FakeBackend
from summarizer.memos.build import memo
from summarizer.memos.render import memo_html, memo_json, memo_markdown
from summarizer.resources import data_dir

RECORDINGS = ROOT / "evals" / "recordings"
needs_recordings = pytest.mark.skipif(
    not any(RECORDINGS.rglob("*.json")) if RECORDINGS.is_dir() else True, reason="no recordings in evals/recordings yet"
)


@pytest.fixture(scope="module")
def recorded():
    settings = Settings(replay_dir=str(RECORDINGS))
    with Summarizer(settings) as s:
        briefs = [o.brief for o in s.brief_many(seed_articles()) if o.brief]
    return briefs, memo(seed_articles(), settings=settings)


def _named(names: list[str], wanted: str) -> bool:
    return any(wanted.casefold() in n.casefold() for n in names)


@needs_recordings
def test_replayed_memo_covers_every_seed(recorded):
    briefs, m = recorded
    assert len(briefs) == 5 and m.ok, [f.reason for f in m.method.failed]
    assert m.method.backends == ["replay"] and m.method.estimated_cost_usd == 0.0
    assert 3 <= len(m.bottom_line) <= 5, "at least 3 sentences, from the model or filled in from the briefs"
    texts = [s.text for s in m.bottom_line]
    assert len(set(texts)) == len(texts), "a repeated sentence is dropped, not shown"
    assert all(s.articles for s in m.bottom_line)


@needs_recordings
def test_the_models_phrasing_of_the_facts_is_recorded_and_checked(recorded):
    """The embedded model was asked to phrase the seeds' facts (re-record when the facts or the prompt change:
    `summarizer memo evals/articles --record evals/recordings` on the embedded model)."""
    _, m = recorded
    assert "no recording" not in m.method.bottom_line_note, m.method.bottom_line_note
    assert any(v.startswith("memo_bottom_line@") for v in m.method.prompt_versions)
    facts = {f.id: f for f in m.facts}
    for sentence in m.bottom_line:
        assert sentence.facts and set(sentence.articles) == {a for f in sentence.facts for a in facts[f].articles}
    checked = [d for d in m.method.dropped if d.kind == "sentence"]
    assert all(d.reason for d in checked)
    assert m.method.bottom_line_filled == ([s.text for s in m.bottom_line if s.by == "code"] if m.method.bottom_line == "model" else [])


@needs_recordings
@pytest.mark.parametrize("name", ["Maduro", "Putin", "Humire", "Stoltenberg"])
def test_key_people_appear_with_stances_and_verified_quotes(recorded, name):
    """The memo issue's done-check, on the embedded model's recorded answers."""
    briefs, m = recorded
    assert any(_named(e.names, name) for e in m.entities) or any(_named(s.names, name) for s in m.speakers)
    assert any(_named([r.holder, r.target], name) for r in m.stances), f"{name} is in no stance row of the memo"
    speaker = next(s for s in m.speakers if _named(s.names, name))
    texts = {b.article_id: b for b in briefs}
    assert speaker.quotes and all(q.text.strip() for q in speaker.quotes)
    for quote in speaker.quotes:  # verified: each is the article's own characters at its span
        article = next(a for a in seed_articles() if a.id == quote.article)
        assert article.text[quote.start : quote.end] == quote.text and quote.article in texts


@needs_recordings
def test_the_matrix_says_which_stances_the_model_judged(recorded):
    _, m = recorded
    cells = [c for row in m.stances for c in row.cells]
    assert {c.basis for c in cells} == {"stated", "judged"}
    page = memo_markdown(m)
    assert "\\* judged by the model from the evidence" in page and "(judged by the model):" in page


@needs_recordings
def test_replayed_memo_is_valid_json_and_html(recorded):
    _, m = recorded
    schema = json.loads((data_dir("schemas") / "memo.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(memo_json(m)), schema)
    page = memo_html(m)
    assert 'id="stance-matrix"' in page or not m.stances


def test_a_recorded_memo_replays_to_the_same_memo(tmp_path):
    """Record a memo run (gold briefs and bottom line), then replay it with no backend at all."""
    record = memo(seed_articles()[:3], backend=FakeBackend(responder=gold_responder), record_dir=str(tmp_path), use_cache=False)
    replayed = memo(seed_articles()[:3], replay_dir=str(tmp_path))
    assert replayed.method.backends == ["replay"] and replayed.method.bottom_line == "model"
    assert replayed.bottom_line == record.bottom_line and replayed.stances == record.stances
    assert {p.name.split(".")[1] for p in tmp_path.glob("*.json")} == {"brief", "memo_bottom_line"}
    assert replayed.facts == record.facts


@needs_recordings
def test_agreement_in_a_stepwise_memo_holds_no_single_short_answer(recorded):
    _, m = recorded
    assert m.agreements and all(p.basis == "stated" for a in m.agreements for p in a.holders)
    assert all(p.basis == "stated" for c in m.contradictions for p in c.positions)


def test_agreement_marks_the_holders_whose_stance_the_model_judged():
    # briefs a model wrote whole (the single strategy, from the seeds' gold briefs): its readings stand, marked
    m = memo(seed_articles(), backend=FakeBackend(responder=gold_responder), use_cache=False)
    positions = [p for a in m.agreements for p in a.holders]
    assert {p.basis for p in positions} == {"stated", "judged"}
    section = memo_markdown(m).split("## Agreement and contradiction")[1].split("## Timeline")[0]
    judged_only = {p.holder for p in positions if p.basis == "judged"} - {p.holder for p in positions if p.basis == "stated"}
    for line in section.splitlines():
        for holder in judged_only:
            if f" {holder} (" in line:
                assert re.search(re.escape(holder) + r" \([A\d, ]+\)\\\*", line), line
    assert "\\* judged by the model from the evidence." in section
    assert re.search(r"Nicolás Maduro \(A1, A2, A3, A4, A5\)(?!\\\*)", section)  # stated (the parse of its evidence): no mark
    assert 'title="judged by the model from the evidence">*</sup>' in memo_html(m).split("Agree —")[1]
    html = memo_html(m)
    assert '<p class="note"><sup>*</sup> judged by the model from the evidence.</p>' in html
    opposed = [c for c in m.contradictions if c.kind == "opposed_sources" and any(p.basis == "judged" for p in c.positions)]
    assert opposed
    line = next(x for x in section.splitlines() if x.startswith("- **Opposed sources:**") and opposed[0].summary in x)
    judged = {p.holder for p in opposed[0].positions if p.basis == "judged"}
    assert "(judged by the model\\*: " in line and all(h in line.split("judged by the model")[1] for h in judged)


def test_every_source_shown_has_words_under_it(recorded):
    # 'United States' (seed A2) is cited only for two words in what it is reported to have noted ('The White House
    # noted that "energy security" issues were included'): framing, and its partial quotation, so it has words
    _, m = recorded
    assert all(s.quotes or s.statements for s in m.speakers)
    speakers = {s.name: [q.text for q in s.quotes] for s in m.speakers}
    assert speakers["United States"] == ["energy security"]
