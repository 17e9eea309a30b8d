"""The stepwise strategy with a fake model: what it asks, and how code and answers become a brief."""

from __future__ import annotations

import os
from typing import Any

from summarizer import Settings, Summarizer
from summarizer.articles import article_from_text
from summarizer.extract.strategies.stepwise import CHUNK_CHARS, VIEW_CHARS, Stepwise, chunks
from summarizer.llm.backends import FakeBackend, Request
from summarizer.schema import count_sentences

ARTICLE = """US mission goes to Caracas

A US delegation met Nicolás Maduro in Caracas on Saturday, according to The New York Times.
The Kremlin has backed Maduro for years, and Russia sold arms to Venezuela.
“We must use this opportunity to split Russia and Venezuela,” the former parliamentarian said in a statement.
Former Representative Scott Taylor has lobbied for the oil trade.
“Russia has the full support of Venezuela,” Maduro said. “Putin knows he can count on us,” he added.
Moscow called the visit a provocation. Russia warned Washington.
"""


def answers(request: Request) -> Any:
    name = request.response_model.__name__
    if name == "Gist":
        return {"main_issue": "A US delegation visits Maduro while Russia backs him"}
    if name == "ActorNames":
        return {"actors": ["Nicolás Maduro", "the Kremlin", "Russia", "US", "Scott Taylor", "Atlantis"]}
    fields = request.response_model.model_json_schema()["properties"]
    if name == "SpeakerChoice":
        return {key: "Scott Taylor" for key in fields}
    if name == "AffiliationChoice":
        return {key: "Russia" if "Taylor" not in request.messages[-1]["content"] else "none" for key in fields}
    if name == "StanceAnswer":
        question = request.messages[-1]["content"].rsplit("Question:", 1)[1]
        return {"answer": "ally" if question.startswith(" judging from the passage, Russia treats Nicolás Maduro") else "neither"}
    raise AssertionError(f"unexpected question {name}")


def run(text: str = ARTICLE, strategy: Any = None) -> tuple[Any, FakeBackend]:
    fake = FakeBackend(responder=answers)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        if strategy is not None:
            s.strategy = strategy
        brief = s.brief(article_from_text(text))
    return brief, fake


def test_every_question_starts_with_the_same_system_line_and_article() -> None:
    _, fake = run()
    names = [r.response_model.__name__ for r in fake.requests]
    assert names[:2] == ["ActorNames", "Gist"] and "StanceAnswer" in names
    systems = {r.messages[0]["content"] for r in fake.requests}
    assert len(systems) == 1
    prefix = ARTICLE.strip()[:200]
    assert all(prefix in r.messages[1]["content"][:400] for r in fake.requests)


def test_actors_are_deduplicated_grounded_and_typed() -> None:
    brief, _ = run()
    by_name = {a.name: a for a in brief.actors}
    assert "Atlantis" not in by_name  # the model named something the article never mentions
    assert by_name["Russia"].kind == "country" and "Kremlin" in by_name["Russia"].aliases
    assert "the Kremlin" not in by_name and "Kremlin" not in by_name
    assert by_name["United States"].kind == "country"
    assert by_name["Nicolás Maduro"].kind == "person" and "Maduro" in by_name["Nicolás Maduro"].aliases


def test_quotes_come_from_code_and_speakers_from_patterns_or_the_model() -> None:
    brief, fake = run()
    sources = {s.name: s for s in brief.sources}
    maduro = [q.text for q in sources["Nicolás Maduro"].quotes]
    assert maduro == ["Russia has the full support of Venezuela", "Putin knows he can count on us"]
    assert [q.text for q in sources["Scott Taylor"].quotes] == ["We must use this opportunity to split Russia and Venezuela"]
    asked = [r for r in fake.requests if r.response_model.__name__ == "SpeakerChoice"]
    assert len(asked) == 1 and "former parliamentarian" in asked[0].messages[-1]["content"]
    assert sources["New York Times"].type == "media"
    for source in brief.sources:
        for quote in source.quotes:
            assert ARTICLE[quote.start : quote.end] == quote.text
    assert not [u for u in brief.unverified if u.kind == "quote"]


def test_stance_words_label_their_pair_and_the_model_answers_one_question_per_other_pair() -> None:
    brief, fake = run()
    found = {(s.holder, s.target): s for s in brief.stances}
    backed = found[("Russia", "Nicolás Maduro")]  # 'The Kremlin has backed Maduro': said in so many words
    assert backed.label == "supports" and backed.evidence is not None and "backed Maduro" in backed.evidence.text
    assert ARTICLE[backed.evidence.start : backed.evidence.end] == backed.evidence.text
    assert found[("Scott Taylor", "the oil trade")].label == "supports"  # 'has lobbied for the oil trade'
    asked = [r for r in fake.requests if r.response_model.__name__ == "StanceAnswer"]
    assert asked and all("Russia treats Nicolás Maduro" not in r.messages[-1]["content"] for r in asked)
    assert found[("Venezuela", "Russia")].label == "supports"  # 'Russia has the full support of Venezuela'
    assert len(found) == 3  # every asked pair was answered 'neither': nothing is claimed for them
    assert {s.basis for s in found.values()} == {"stated"}  # none of these was the model's judgement


def test_a_stance_the_model_judged_says_so_and_the_basis_is_never_asked_of_a_model() -> None:
    from summarizer.schema import BriefDraft

    def judging(request: Request) -> Any:
        if request.response_model.__name__ == "StanceAnswer":
            return {"answer": "adversary"}
        return answers(request)

    fake = FakeBackend(responder=judging)
    with Summarizer(Settings(backend="fake", strategy="stepwise", use_cache=False), backend=fake) as s:
        brief = s.brief(article_from_text(ARTICLE))
    judged = [st for st in brief.stances if st.basis == "judged"]
    assert judged and all(st.label == "opposes" for st in judged)
    assert "basis" not in str(BriefDraft.model_json_schema())


def test_claims_are_article_sentences_trimmed_and_the_summary_opens_with_the_main_issue() -> None:
    brief, _ = run()
    claims = [c.text for c in brief.claims]
    assert "A US delegation met Nicolás Maduro in Caracas on Saturday." in claims  # ', according to ...' trimmed
    for claim in brief.claims:
        assert claim.evidence is not None and ARTICLE[claim.evidence.start : claim.evidence.end] == claim.evidence.text
    assert brief.summary.startswith("A US delegation visits Maduro while Russia backs him. ")
    assert 2 <= count_sentences(brief.summary) <= 4


def test_long_article_is_read_in_overlapping_chunks_and_merged() -> None:
    paragraph = "Russia and Venezuela signed another agreement on oil and arms in Caracas this week.\n"
    long_text = ARTICLE + paragraph * (2 * CHUNK_CHARS // len(paragraph))
    pieces = chunks(long_text)
    assert len(pieces) >= 3 and all(len(p) <= CHUNK_CHARS for p in pieces)
    assert all(a[-200:].strip()[-60:] in long_text for a in pieces)
    brief, fake = run(long_text, Stepwise(view_chars=None))
    gists = [r for r in fake.requests if r.response_model.__name__ == "Gist"]
    assert len(gists) == len(pieces)
    assert len({a.name for a in brief.actors}) == len(brief.actors)


def test_by_default_the_model_reads_the_head_and_code_reads_everything() -> None:
    tail = "\n“We will keep the embargo in place,” Maria Lopez said.\n"
    long_text = ARTICLE + "Filler sentence about nothing in particular here.\n" * 200 + tail
    brief, fake = run(long_text)
    assert all("Maria Lopez" not in r.messages[1]["content"].split(">>>")[0] for r in fake.requests)
    assert all(len(r.messages[1]["content"]) < VIEW_CHARS + 2000 for r in fake.requests)
    assert any(s.name == "Maria Lopez" and s.quotes for s in brief.sources)


def test_chunks_overlap() -> None:
    text = "".join(f"Paragraph {i} " + "word " * 40 + "\n" for i in range(200))
    pieces = chunks(text, size=2000, overlap=300)
    for a, b in zip(pieces, pieces[1:]):
        assert a[-150:] in text and b.split("\n", 1)[0] in a  # the next piece starts inside the previous one


def test_core_imports_without_llama_cpp() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['llama_cpp'] = None\n"
        "import summarizer, summarizer.extract.strategies.stepwise, summarizer.llm.backends\n"
        "from summarizer import Settings, MissingDependencyError\n"
        "from summarizer.llm.backends import make_backend\n"
        "try:\n    make_backend(Settings(backend='local'))\nexcept MissingDependencyError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=True)
    assert 'pip install "summarizer[local]"' in out.stdout


def test_a_descriptor_resolves_to_the_person_the_article_titles_that_way() -> None:
    from summarizer.extract.strategies.stepwise import _appositive

    text = "At the meeting, the Secretary General, Jens Stoltenberg, spoke. Venezuelan President Nicolás Maduro listened."
    known = ["Jens Stoltenberg", "Nicolás Maduro", "NATO"]
    assert _appositive(text, "said the Secretary General of NATO", known) == "Jens Stoltenberg"
    assert _appositive(text, "the Venezuelan president stated that", known) == "Nicolás Maduro"
    assert _appositive(text, "the former parliamentarian said", known) is None


def test_view_chars_setting_reaches_the_stepwise_strategy(tmp_path) -> None:
    from summarizer.config import Settings, resolve_settings
    from summarizer.extract.pipeline import Summarizer
    from summarizer.llm.backends.fake import FakeBackend

    def strategy(**options):
        with Summarizer(Settings(strategy="stepwise", cache_dir=str(tmp_path), **options), backend=FakeBackend()) as s:
            return s.strategy

    assert strategy().view_chars == 3000
    assert strategy(view_chars=0).view_chars is None  # 0: the model reads the whole article, in chunks
    assert strategy(view_chars=12000).view_chars == 12000
    assert resolve_settings(env={"SUMMARIZER_VIEW_CHARS": "0"}).view_chars == 0
