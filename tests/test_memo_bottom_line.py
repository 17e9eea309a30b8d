"""The bottom line: built from checked facts; a model's phrasing kept only when every name, stance and number is its facts'."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from test_memo_figures import context, make_outcome
from test_memo_gold import A_IDS, gold_responder, seed_articles

from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends.fake import FakeBackend
from summarizer.llm.prompting import load_template
from summarizer.memos.build import build_memo, memo_facts
from summarizer.memos.facts import _plural, _the
from summarizer.memos.language import sentence_problem
from summarizer.memos.render import memo_html, memo_markdown
from summarizer.extract.cutoff import apply_cuts, find_cuts
from summarizer.extract.nlp import load_pipeline
from summarizer.memos.schema import BottomLineDraft, bottom_line_model

A1, A2, A3 = A_IDS[:3]
TOPICS = (
    "Russia-Venezuela alliance, Vladimir Putin and Nicolás Maduro's loyalty, US's role in the war, "
    "and the Sino-Russian struggle against Western structures."
)  # what the embedded model wrote as the first sentence of the old bottom line


@pytest.fixture(scope="module")
def outcomes():
    with Summarizer(Settings(use_cache=False), backend=FakeBackend(responder=gold_responder)) as s:
        return s.brief_many(seed_articles()[:3])


@pytest.fixture(scope="module")
def facts(outcomes):
    return {f.text: f for f in memo_facts(outcomes)}


def fact_id(facts, start: str) -> str:
    return next(f.id for text, f in facts.items() if text.startswith(start))


def draft(*sentences: tuple[str, list[str]]) -> BottomLineDraft:
    return BottomLineDraft(sentences=[{"text": text, "facts": ids} for text, ids in sentences])


def test_the_facts_are_collected_by_code_with_their_articles(facts):
    shared = facts["All three articles suggest that Nicolás Maduro supports Russia."]
    assert shared.kind == "shared_stance" and shared.articles == [A1, A2, A3] and shared.labels == ["supports"]
    assert shared.numbers == [3.0] and shared.names[:2] == ["Nicolás Maduro", "Russia"]
    kinds = [f.kind for f in facts.values()]
    assert kinds == sorted(kinds, key=["shared_stance", "contradiction", "source_position", "stated_stance", "lead", "main_issue"].index)
    position = next(f for f in facts.values() if f.kind == "source_position" and f.names[0] == "Joseph Humire")
    assert position.articles == [A1] and position.quote and position.quote.text in position.text
    assert all(not sentence_problem(f.text) for f in facts.values()), "every fact reads as one complete sentence"


def test_a_stance_the_model_judged_in_each_article_is_what_the_articles_suggest_not_what_they_report(outcomes, facts):
    shared = facts["All three articles suggest that Nicolás Maduro supports Russia."]
    assert shared.basis == "judged", "no stance word in the three articles states it: the model read it from each"
    # a model's sentence that has the articles report the judgement is dropped with its reason; 'suggest' is kept
    reported = "All three articles report that Nicolás Maduro supports Russia."
    m = build_memo(outcomes, bottom_line=draft((reported, [shared.id])))
    assert reported not in [s.text for s in m.bottom_line]
    reasons = {d.text: d.reason for d in m.method.dropped if d.item == "bottom line"}
    assert reasons[reported] == "says the articles report what the model judged (they suggest it)"
    m = build_memo(outcomes, bottom_line=draft((shared.text, [shared.id])))
    assert (m.bottom_line[0].text, m.bottom_line[0].by) == (shared.text, "model")


def test_a_paraphrase_that_keeps_to_its_facts_is_kept_with_the_facts_articles(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    m = build_memo(outcomes, bottom_line=draft(("Maduro backs Moscow in every article [A1].", [f1])))
    first = m.bottom_line[0]
    assert (first.text, first.by, first.facts) == ("Maduro backs Moscow in every article.", "model", [f1])
    assert first.articles == [A1, A2, A3]  # the facts' articles, not the one the model wrote
    assert m.method.bottom_line == "model" and 3 <= len(m.bottom_line) <= 5
    assert [s.by for s in m.bottom_line][0] == "model" and set(m.method.bottom_line_filled) == {s.text for s in m.bottom_line[1:]}
    assert f1 not in {f for s in m.bottom_line[1:] for f in s.facts}, "code fills in with facts the model did not state"


def test_a_sentence_that_names_a_source_but_not_their_position_borrows_none_of_their_articles(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    humire = next(f for f in facts.values() if f.kind == "source_position" and f.names[0] == "Joseph Humire")
    m = build_memo(outcomes, bottom_line=draft(("Nicolás Maduro supports Russia, as Joseph Humire notes.", [f1, humire.id])))
    first = m.bottom_line[0]
    assert first.by == "model" and first.facts == [f1], "naming Humire does not state his quote"
    # quoting the words of a source whose position the bottom line shows states it, with its article
    shown = {f for s in build_memo(outcomes).bottom_line for f in s.facts}
    source = next(f for f in facts.values() if f.kind == "source_position" and f.id in shown)
    quoted = source.quote.text.split(",")[0]
    m = build_memo(outcomes, bottom_line=draft((f"{source.names[0]} said “{quoted}”.", [source.id])))
    assert any(s.by == "model" and s.facts == [source.id] and s.articles == source.articles for s in m.bottom_line)


@pytest.mark.parametrize(
    "text, reason",
    [
        ("All three articles suggest that Nicolás Maduro supports China.", "names China, which its facts do not"),
        ("All three articles suggest that Nicolás Maduro condemns Russia.", "says 'opposes', which its facts do not"),
        ("All four articles suggest that Nicolás Maduro supports Russia.", "gives the number 4, which its facts do not"),
        ("Maduro said “Russia is our only friend” to Putin's envoys.", "names Putin, which its facts do not"),
        ("Maduro told Russia: “we stand with you”.", "quotes “we stand with you”, which its facts do not"),
        (TOPICS, "not a complete sentence: no main verb: a list of topics, not a sentence (headed by 'alliance')"),
        ("Nicolás Maduro supports Russia and the", "not a complete sentence: does not end as a sentence ends"),
        (
            "All three articles suggest that Nicolás Maduro supports Russia, whose engineers are quietly rebuilding crumbling oil refineries in exchange for cheap fuel.",
            "adds what its facts do not say (cheap, crumble, engineer, exchange, fuel, oil)",
        ),
    ],
)
def test_a_sentence_that_strays_from_its_facts_is_dropped_and_listed(outcomes, facts, text, reason):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    m = build_memo(outcomes, bottom_line=draft((text, [f1])))
    assert text not in [s.text for s in m.bottom_line]
    assert [(d.text, d.reason) for d in m.method.dropped if d.kind == "sentence"] == [(text, reason)]
    assert m.method.bottom_line == "code" and "none of the model's sentences passed the checks" in m.method.bottom_line_note
    assert all(s.by == "code" for s in m.bottom_line) and 3 <= len(m.bottom_line) <= 5
    method = memo_markdown(m).split("## Method")[1]
    assert reason in method


def test_a_sentence_borrows_no_words_from_a_quote_whose_source_it_does_not_name(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    humire = next(f for f in facts.values() if f.kind == "source_position" and f.names[0] == "Joseph Humire")
    text = "Nicolás Maduro supports Russia, and Venezuela's economy is linked very intensely with the Middle East, which wants to be its first investor."
    m = build_memo(outcomes, bottom_line=draft((text, [f1, humire.id])))  # Humire's words, not said to be his
    assert text not in [s.text for s in m.bottom_line]
    assert [d.reason for d in m.method.dropped if d.kind == "sentence"] == ["adds what its facts do not say (economy, first, intensely, investor, link, very)"]


def test_a_name_may_be_any_name_of_an_entity_its_facts_name(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    text = "The Venezuelan president stands with the Kremlin, all three articles report."
    m = build_memo(outcomes, bottom_line=draft((text, [f1])))
    assert m.bottom_line[0].text == text and m.bottom_line[0].by == "model"


def test_repeats_and_sentences_cut_at_the_limit_are_dropped(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    said = "All three articles suggest that Nicolás Maduro supports Russia."
    limit = BottomLineDraft.model_json_schema()["$defs"]["FactSentenceDraft"]["properties"]["text"]["maxLength"]
    cut = ("All three articles suggest that Nicolás Maduro supports Russia, and " * 9)[:limit]
    written = draft((said, [f1]), (said + " ", [f1]), (cut, [f1]))
    cuts = find_cuts(written, load_pipeline())
    m = build_memo(outcomes, bottom_line=apply_cuts(written, cuts), bottom_line_cuts=cuts)
    assert [s.text for s in m.bottom_line].count(said) == 1
    reasons = [d.reason for d in m.method.dropped if d.kind == "sentence"]
    assert reasons == ["repeats an earlier sentence", f"cut off at its {limit}-character limit; no whole sentence remained"]


def test_a_sentence_cut_after_a_whole_sentence_keeps_that_sentence_and_lists_the_cut(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    said = "All three articles suggest that Nicolás Maduro supports Russia."
    written = draft((said + " The articles also say that the", [f1]))
    cuts = find_cuts(written, load_pipeline())
    m = build_memo(outcomes, bottom_line=apply_cuts(written, cuts), bottom_line_cuts=cuts)
    assert m.bottom_line[0].text == said and m.bottom_line[0].by == "model"
    assert [(d.kind, d.reason) for d in m.method.dropped if d.item == "bottom line"] == [
        ("cut", "ends in mid-phrase; shown up to its last whole sentence")
    ]


def test_the_answer_schema_allows_only_the_facts_ids():
    model = bottom_line_model(("F1", "F2", "F3", "F4"))
    assert model is bottom_line_model(("F1", "F2", "F3", "F4"))  # one class per id set: a stable cache key
    ok = {"text": "Maduro backs Putin in every article.", "facts": ["F1"]}
    model.model_validate({"sentences": [ok, ok, ok]})
    for bad in ({**ok, "facts": ["F9"]}, {**ok, "facts": []}, {**ok, "text": "Short."}):
        with pytest.raises(ValidationError):
            model.model_validate({"sentences": [ok, ok, bad]})
    with pytest.raises(ValidationError):
        model.model_validate({"sentences": [ok, ok]})  # at least 3 when there are 3 facts or more
    with pytest.raises(ValidationError):
        model.model_validate({"sentences": [ok] * 5})  # at most one per fact
    assert bottom_line_model(("F1",)).model_validate({"sentences": [ok]})


def test_the_prompt_gives_the_rules():
    template = load_template("memo_bottom_line")
    assert template.version == "4"
    system = template.render(facts=[], articles=3, focus=None, marker="FACTS").messages[0]["content"]
    assert "Never write a list of topics" in system and "Use only the names" in system


def test_code_sentences_are_marked_in_markdown_and_html(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    m = build_memo(outcomes, bottom_line=draft(("Maduro backs Moscow in every article.", [f1])))
    text = memo_markdown(m)
    cited = ", ".join(f"A{A_IDS.index(a) + 1}" for a in m.bottom_line[1].articles)
    assert f"{m.bottom_line[1].text} [{cited}] *(written by code)*" in text
    page = memo_html(m)
    assert "(written by code)" in page and "every name, stance and number checked" in page


def test_a_main_issue_is_said_with_its_first_word_cased_as_the_article_writes_it() -> None:
    from summarizer.memos.facts import _about

    # A small model's main issue often starts with a capital common noun ('Arson attack ...').
    article = "Police said the arson was the third this year. Supporters of the bar blamed NASA and Microsoft for nothing."
    assert _about("A1", "Arson attack on a gay-friendly bar in Yerevan", article) == "A1 is about arson attack on a gay-friendly bar in Yerevan."
    assert _about("A2", "Microsoft campaigns against Internet Explorer 6", article).startswith("A2 is about Microsoft campaigns")
    assert _about("A3", "NASA's study of the Moon's radio noise", article).startswith("A3 is about NASA's")


def test_a_long_quote_is_cited_by_its_first_sentence_with_its_exact_span() -> None:
    from summarizer.memos.facts import _lead
    from summarizer.memos.schema import Quote

    article = (
        'Ianyan wrote: "DIY bar sustained heavy damage to its front half, where the bar was located. An air conditioner '
        "was completely melted, with the only thing that stayed intact being a bottle of beer, sources said. Though the fire "
        'was put out, police took around 12 hours to arrive at the scene, a move that is being criticized by supporters."'
    )
    start = article.index("DIY")
    end = article.rindex('"')
    quote = Quote(article="A1", text=article[start:end], start=start, end=end)
    cut = _lead(quote)
    assert cut.text == "DIY bar sustained heavy damage to its front half, where the bar was located."
    assert article[cut.start : cut.end] == cut.text
    short = Quote(article="A1", text="War comes when politics fails.", start=0, end=30)
    assert _lead(short) is short


def test_with_no_shared_stance_the_sharpest_quote_is_the_one_naming_more_actors() -> None:
    from summarizer.memos.facts import _sharpest
    from summarizer.memos.schema import Quote

    class Named:
        """Stands in for Context.mentioned: the actors of the memo a quote names, by their names."""

        actors = ("Dashnak party", "DIY", "Public Council")
        allegiances: dict[str, set[str]] = {}

        def mentioned(self, text: str, article: str) -> set[str]:
            return {a for a in self.actors if a in text}

    vague = Quote(article="A1", text="The notion of diversity was once again attacked by neo-nazi elements and their supporters.", start=0, end=90)
    naming = Quote(article="A2", text="The Dashnak party must explain why it bailed out the attackers of DIY bar.", start=0, end=74)
    assert _sharpest(Named(), [vague, naming], central=set()) is naming  # type: ignore[arg-type]


def test_the_second_part_of_a_split_quotation_is_not_the_sharpest() -> None:
    """nu137: the bottom line quoted '“but a building with a front counter ... does not stop a single burglary.”',
    the second part of a quotation its attribution splits, opening a sentence with 'but'."""
    from summarizer.memos.facts import _sharpest
    from summarizer.memos.schema import Quote

    class Named:
        actors = ("Kelby Vale",)
        allegiances: dict[str, set[str]] = {}

        def mentioned(self, text: str, article: str) -> set[str]:
            return {a for a in self.actors if a in text}

    second = Quote(article="A2", text="but a building with a front counter in Kelby Vale that sees nine visitors a day does not stop a single burglary.", start=0, end=110)
    whole = Quote(article="A1", text="We are not retreating from neighbourhoods, we are putting officers where the calls are.", start=0, end=86)
    assert _sharpest(Named(), [second, whole], central=set()) is whole  # type: ignore[arg-type]


def test_a_quote_naming_the_leader_of_a_state_the_story_is_about_names_that_state() -> None:
    from summarizer.memos.facts import _sharpest
    from summarizer.memos.schema import Quote

    class Named:
        """Stands in for Context: the actors a quote names, and whom each leads or speaks for."""

        actors = ("Putin", "Ukraine", "Taiwan")
        allegiances = {"Putin": {"Russia"}}

        def mentioned(self, text: str, article: str) -> set[str]:
            return {a for a in self.actors if a in text}

    elsewhere = Quote(article="A1", text="They will not be happy with Ukraine or with Taiwan, and they will go for more.", start=0, end=80)
    leader = Quote(article="A1", text="You have to be very vigilant, because that is a card Putin has not yet played openly.", start=0, end=86)
    assert _sharpest(Named(), [elsewhere, leader], central={"Russia"}) is leader  # type: ignore[arg-type]


def test_a_model_sentence_restating_a_lead_or_main_issue_is_dropped_for_the_text_as_written(outcomes, facts):
    written = next(f for f in facts.values() if f.kind in ("lead", "main_issue"))
    m = build_memo(outcomes, bottom_line=draft((written.text.rstrip(".") + ", the articles say.", [written.id])))
    assert not any(s.by == "model" for s in m.bottom_line)
    reasons = [d.reason for d in m.method.dropped if d.kind == "sentence"]
    assert "rephrases an article's lead or main issue, which code gives as written" in reasons


def test_a_source_s_words_are_quoted_never_passed_off_as_reported_speech(outcomes, facts):
    humire = next(f for f in facts.values() if f.kind == "source_position" and f.names[0] == "Joseph Humire")
    text = "Joseph Humire said that they are linking Venezuela's economy very intensely with the Middle East."
    m = build_memo(outcomes, bottom_line=draft((text, [humire.id])))
    assert text not in [s.text for s in m.bottom_line]
    assert [d.reason for d in m.method.dropped if d.kind == "sentence"] == ["gives Joseph Humire's words without quotation marks"]
    quoted = "Joseph Humire said Russia and its partners are “linking Venezuela's economy very intensely with the Middle East”."
    m = build_memo(outcomes, bottom_line=draft((quoted, [humire.id])))
    assert not any(d.reason.startswith("gives") for d in m.method.dropped if d.kind == "sentence")


def test_what_happened_in_each_article_is_told_least_redundant_first_lead_before_main_issue() -> None:
    from summarizer.memos.bottom_line import _untold
    from summarizer.memos.schema import Fact

    def fact(id: str, kind: str, article: str, text: str) -> Fact:
        return Fact(id=id, kind=kind, text=text, articles=[article])  # type: ignore[arg-type]

    told = fact("F1", "lead", "A3", "A3 reports: “A fire destroyed the harbour bar on Friday night.”")
    quote = fact("F2", "source_position", "A2", "Mayor Ana Ruiz said: “We will not tolerate this.”")
    facts = [
        told,
        quote,
        fact("F3", "lead", "A1", "A1 reports: “The harbour bar was destroyed by a fire on Friday.”"),
        fact("F4", "main_issue", "A2", "A2 is about a march for tolerance."),
        fact("F5", "lead", "A2", "A2 reports: “Thousands marched through the old town on Sunday to demand tolerance.”"),
        fact("F6", "main_issue", "A3", "A3 is about the fire."),
    ]
    # A2 is cited (a quote) but nothing says what happened in it; A1's lead repeats the fire A3's lead told
    assert [f.id for f in _untold(facts, [[told], [quote]])] == ["F5", "F3"]


def test_a_role_the_sentence_gives_a_name_must_be_one_the_briefs_give_that_entity(outcomes, facts):
    f1 = fact_id(facts, "All three articles suggest that Nicolás Maduro supports Russia")
    m = build_memo(outcomes, bottom_line=draft(("Nicolás Maduro, a Russian general, supports Russia.", [f1])))
    assert all(s.by != "model" for s in m.bottom_line), "the briefs never call Maduro a general"
    assert [d.reason for d in m.method.dropped if d.kind == "sentence"] == ["calls Nicolás Maduro what the briefs do not (general)"]
    m = build_memo(outcomes, bottom_line=draft(("Nicolás Maduro, Venezuela's president, supports Russia.", [f1])))
    assert m.bottom_line[0].by == "model"  # the briefs give him that role


def test_a_person_s_name_takes_a_singular_verb_however_its_last_word_is_tagged():
    assert not _plural("Anneli Roos")  # 'Roos' tagged a plural noun: 'Anneli Roos support' read badly
    assert _plural("Armenian nationalists") and _plural("Russia and China")


def test_a_phrase_an_article_introduces_with_an_article_reads_with_the_inside_a_memo_sentence():
    text = "Fishermen vowed to stop a plan by the Carrow Harbour Authority to deepen the channel. They oppose dredging, and a Reuters reporter asked."
    ctx = context(make_outcome("a1", text, {"Carrow Harbour Authority": "organization"}))
    assert _the(ctx, "plan by the Carrow Harbour Authority to deepen the channel") == "the plan by the Carrow Harbour Authority to deepen the channel"
    assert _the(ctx, "dredging") == "dredging"  # written bare: a mass noun keeps no article
    assert _the(ctx, "Reuters") == "Reuters"  # 'a Reuters reporter' gives the name no article


def test_a_name_that_owns_a_phrase_keeps_its_capital_inside_a_memo_sentence_and_a_determiner_does_not():
    text = "Portvale's ban on holiday lets was struck down. The ruling takes effect in 30 days."
    ctx = context(make_outcome("a1", text, {"Portvale": "organization"}))
    assert _the(ctx, "Portvale's ban") == "Portvale's ban"  # had been "portvale's ban"
    assert _the(ctx, "The ruling") == "the ruling"


@pytest.mark.parametrize(
    "text, starts, reason",
    [
        (  # each name and label is its facts', but the sentence swaps the targets
            "Nicolás Maduro supports NATO and opposes Russia.",
            ["All three articles suggest that Nicolás Maduro supports Russia", "Two articles suggest that Nicolás Maduro opposes NATO"],
            "says Nicolás Maduro supports NATO, which its facts do not",
        ),
        (  # one fact's target given to another fact's holder
            "Yuri Borisov supports Russia, while Nicolás Maduro supports Venezuela.",
            ["All three articles suggest that Nicolás Maduro supports Russia", "Two articles suggest that Yuri Borisov supports"],
            "says Yuri Borisov supports Russia, which its facts do not",
        ),
        (  # a source whose facts give no stance, given another fact's
            "Nicolás Maduro and Joseph Humire both say Russia matters, and Joseph Humire supports Russia.",
            ["All three articles suggest that Nicolás Maduro supports Russia", "Joseph Humire (Executive director"],
            "says Joseph Humire supports Russia, which its facts do not",
        ),
    ],
)
def test_a_sentence_that_ties_a_stance_to_another_fact_s_holder_or_target_is_dropped(outcomes, facts, text, starts, reason):
    m = build_memo(outcomes, bottom_line=draft((text, [fact_id(facts, s) for s in starts])))
    assert text not in [s.text for s in m.bottom_line]
    assert [(d.text, d.reason) for d in m.method.dropped if d.kind == "sentence"] == [(text, reason)]


def test_a_sentence_that_binds_each_holder_to_its_own_facts_stance_is_kept(outcomes, facts):
    starts = ["All three articles suggest that Nicolás Maduro supports Russia", "Two articles suggest that Yuri Borisov supports"]
    text = "Nicolás Maduro supports Russia, while Yuri Borisov supports Maduro's Venezuela."
    m = build_memo(outcomes, bottom_line=draft((text, [fact_id(facts, s) for s in starts])))
    assert m.bottom_line[0].text == text and m.bottom_line[0].by == "model"
