"""The model as tie-breaker for a bare surname that two resolved people share (hand-made briefs, fake backend)."""

from __future__ import annotations

import pytest

from summarizer.articles import Article
from summarizer.errors import BackendError
from summarizer.llm.backends.fake import FakeBackend
from summarizer.llm.request import Request
from summarizer.memos.build import memo
from summarizer.memos.questions import TIEBREAK_PROMPT
from summarizer.memos.schema import Memo
from summarizer.schema import BriefDraft

TEXTS = {
    "a1": "Raúl Castro met Russian envoys in Havana.\n\nRaúl Castro, the former President of Cuba, backed Moscow.",
    "a2": "Fidel Castro led the Cuban revolution.\n\nFidel Castro died in 2016.",
    "a3": "Havana remembered the revolution this week.\n\nCastro, who led the rebels into Havana, was praised by Moscow.",
    "a4": "Vladimir Putin met Nicolás Maduro in Moscow.\n\nPutin promised more oil investment.",
}
DRAFTS = {
    "a1": {"name": "Raúl Castro", "role": "former President of Cuba"},
    "a2": {"name": "Fidel Castro", "role": "leader of the Cuban revolution"},
    "a3": {"name": "Castro", "role": "led the rebels into Havana"},
    "a4": {"name": "Vladimir Putin", "role": "President of Russia"},
}


def articles(*ids: str) -> list[Article]:
    return [Article(id=i, text=TEXTS[i], title=f"Article {i}") for i in ids]


def brief_draft(article_id: str) -> BriefDraft:
    actor = DRAFTS[article_id]
    return BriefDraft(
        main_issue=f"What article {article_id} reports about {actor['name']}",
        summary=TEXTS[article_id].split("\n")[0],
        actors=[{"name": actor["name"], "kind": "person", "role": actor["role"]}],
    )


def responder(answer: object):
    """Briefs from DRAFTS; the tie-breaker answers `answer` (a name, or an exception to raise)."""

    def respond(request: Request):
        if request.prompt_name == TIEBREAK_PROMPT:
            if isinstance(answer, BaseException):
                raise answer
            return {"person": answer}
        if request.prompt_name == "memo_bottom_line":
            raise BackendError("no bottom line in these tests", backend="fake", attempts=1)
        return brief_draft(request.article_id)

    return respond


def make(answer: object, *ids: str, **options: object) -> tuple[Memo, FakeBackend]:
    backend = FakeBackend(responder=responder(answer))
    return memo(articles(*ids), backend=backend, **{"use_cache": False, **options}), backend


def tiebreaks(backend: FakeBackend) -> list[Request]:
    return [r for r in backend.requests if r.prompt_name == TIEBREAK_PROMPT]


def owner(m: Memo, name: str, article: str) -> str:
    return next(e.id for e in m.entities if name in e.names and article in e.articles)


def test_a_definite_answer_merges_and_says_why():
    m, backend = make("Fidel Castro", "a1", "a2", "a3")
    assert owner(m, "Castro", "a3") == owner(m, "Fidel Castro", "a2") != owner(m, "Raúl Castro", "a1")
    merge = next(x for x in m.merges if "Castro" in x.names)
    assert merge.name == "Fidel Castro"
    reason = next(r for r in merge.reasons if r.startswith("model tie-breaker:"))
    assert "'Castro' in A3 is Fidel Castro" in reason and "led the rebels into Havana" in reason
    assert not any(x for x in m.merges if {"Raúl Castro", "Fidel Castro"} <= set(x.names))
    assert "memo_tiebreak@1" in m.method.prompt_versions and m.method.calls == 3 + 1  # 3 briefs and 1 question (the failed bottom line is not counted)
    assert "model tie-breaker: 'Castro' in A3 is Fidel Castro" in m.model_dump_json()


def test_the_question_is_constrained_to_the_candidates_and_shows_the_sentence():
    _, backend = make("Fidel Castro", "a1", "a2", "a3")
    [request] = tiebreaks(backend)
    choices = request.response_model.model_json_schema()["properties"]["person"]["enum"]
    assert choices == ["Fidel Castro", "Raúl Castro", "unclear"]
    assert request.article_id == "a3"
    user = request.messages[-1]["content"]
    assert "Castro, who led the rebels into Havana, was praised by Moscow." in user
    assert "Havana remembered the revolution this week." in user  # the sentence before, for context
    assert "- Raúl Castro: former President of Cuba" in user and '"Castro" (led the rebels into Havana)' in user


def test_unclear_keeps_them_apart_and_says_so():
    m, backend = make("unclear", "a1", "a2", "a3")
    assert len(tiebreaks(backend)) == 1
    ids = {owner(m, "Castro", "a3"), owner(m, "Fidel Castro", "a2"), owner(m, "Raúl Castro", "a1")}
    assert len(ids) == 3
    kept = next(k for k in m.kept_apart if "Castro" in k.names)
    assert "not merged" in kept.reason and "model tie-breaker: unclear" in kept.reason
    assert not any(r.startswith("model tie-breaker") for x in m.merges for r in x.reasons)


def test_a_failed_question_keeps_them_apart():
    m, _ = make(BackendError("connection reset", backend="fake", attempts=3), "a1", "a2", "a3")
    assert m.ok and len({owner(m, "Castro", "a3"), owner(m, "Fidel Castro", "a2")}) == 2
    kept = next(k for k in m.kept_apart if "Castro" in k.names)
    assert "model tie-breaker failed (connection reset" in kept.reason


@pytest.mark.parametrize("ids", [("a1", "a3", "a4"), ("a2", "a3"), ("a1", "a2", "a4")])
def test_no_question_without_an_ambiguity(ids):
    m, backend = make("Fidel Castro", *ids)
    assert not tiebreaks(backend)
    assert not any(v.startswith("memo_tiebreak") for v in m.method.prompt_versions)


def test_the_answer_is_recorded_and_replays(tmp_path):
    recorded, _ = make("Fidel Castro", "a1", "a2", "a3", record_dir=str(tmp_path))
    assert len(list(tmp_path.glob("a3.memo_tiebreak.*.json"))) == 1
    replayed = memo(articles("a1", "a2", "a3"), replay_dir=str(tmp_path))
    assert replayed.merges == recorded.merges and replayed.entities == recorded.entities
    assert replayed.method.backends == ["replay"]


def test_the_answer_is_cached(tmp_path):
    first, backend = make("Fidel Castro", "a1", "a2", "a3", use_cache=True, cache_dir=str(tmp_path))
    again = FakeBackend(responder=responder("Raúl Castro"))  # would answer differently if it were asked
    second = memo(articles("a1", "a2", "a3"), backend=again, use_cache=True, cache_dir=str(tmp_path))
    assert not tiebreaks(again) and second.merges == first.merges
