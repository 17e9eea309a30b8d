"""Every metric: gold scored against itself is 1.0; each constructed mistake gives the hand-computed score."""

from __future__ import annotations

import pytest

from summarizer.evaluation import METRIC_KEYS, Scorer, aggregate, gold_as_draft, load_gold_set
from summarizer.evaluation.gold import GoldBrief
from summarizer.extract.grounding import ground
from summarizer.schema import Brief, BriefDraft, SourceDraft, Span, Usage

ARTICLE = (
    "Russia and China met in Beijing on Monday.\n\n"
    "President Vladimir Putin said: “We will never accept sanctions on our partners.” "
    "Putin spoke after the talks.\n\n"
    "Analyst Jane Doe of the Heritage Foundation said “The alliance is growing stronger every year.”\n\n"
    "The Kremlin backs lifting the arms embargo on Venezuela. "
    "Reuters reported that trade between the two rose by 20 percent."
)

GOLD = GoldBrief.model_validate(
    {
        "article": "mini.txt",
        "main_issue": "Russia and China draw closer",
        "actors": [
            {"name": "Vladimir Putin", "aliases": ["Putin"], "kind": "person"},
            {"name": "Russia", "aliases": ["Kremlin", "The Kremlin"], "kind": "country"},
            {"name": "China", "kind": "country"},
            {"name": "Venezuela", "kind": "country", "optional": True},
        ],
        "stances": [
            {"holder": "Russia", "target": "lifting the arms embargo on Venezuela", "stance": "supports",
             "evidence": "The Kremlin backs lifting the arms embargo on Venezuela"},
            {"holder": "Vladimir Putin", "target": "sanctions on Russia's partners", "stance": "opposes"},
        ],
        "sources": [
            {"name": "Vladimir Putin", "aliases": ["Putin"], "type": "official", "affiliation": "Russia",
             "affiliation_aliases": ["Russian government"],
             "quotes": ["We will never accept sanctions on our partners."]},
            {"name": "Jane Doe", "type": "expert", "affiliation": "Heritage Foundation",
             "quotes": ["The alliance is growing stronger every year."]},
            {"name": "Reuters", "type": "media", "affiliation": ""},
        ],
        "claims": [
            {"text": "Russia and China met in Beijing.", "by": "author"},
            {"text": "Trade between Russia and China rose by 20 percent.", "by": "Reuters"},
        ],
    }
)


def perfect() -> BriefDraft:
    return gold_as_draft(GOLD)


def score(draft: BriefDraft) -> dict[str, float | None]:
    brief = ground(draft, ARTICLE, article_id="mini", title=None, usage=Usage())
    return Scorer(GOLD, ARTICLE, "mini").score(brief).metrics


def changed(draft: BriefDraft) -> dict[str, float | None]:
    """Only the metrics that are not 1.0."""
    return {k: v for k, v in score(draft).items() if v != 1.0}


def test_gold_against_itself_scores_one_everywhere() -> None:
    assert score(perfect()) == dict.fromkeys(METRIC_KEYS, 1.0)


@pytest.mark.parametrize("item", load_gold_set("evals/gold", "evals/articles"), ids=lambda i: i.article.id)
def test_each_seed_gold_against_itself_scores_one(item) -> None:
    brief = ground(gold_as_draft(item.gold), item.article.text, article_id=item.article.id, title=None, usage=Usage())
    assert brief.unverified == []
    assert Scorer(item.gold, item.article.text).score(brief).metrics == dict.fromkeys(METRIC_KEYS, 1.0)


def test_missed_actor() -> None:
    draft = perfect()
    draft.actors = [a for a in draft.actors if a.name != "China"]
    # 2 of 3 required actors found, none invented: P = 1, R = 2/3, F1 = 4 / (4 + 0 + 1)
    assert changed(draft) == {"actors_recall": pytest.approx(2 / 3), "actors_f1": pytest.approx(0.8)}


def test_invented_actor_lowers_precision_but_optional_one_is_ignored() -> None:
    draft = perfect()
    draft.actors.append(draft.actors[0].model_copy(update={"name": "Beijing", "aliases": []}))
    # Venezuela is optional gold (already predicted by the perfect draft): neither TP nor FP.
    assert changed(draft) == {"actors_precision": pytest.approx(3 / 4), "actors_f1": pytest.approx(6 / 7)}


def test_duplicate_actor_is_a_false_positive_named_as_duplicate() -> None:
    draft = perfect()
    draft.actors.append(draft.actors[0].model_copy(update={"name": "Kremlin", "aliases": []}))
    brief = ground(draft, ARTICLE, article_id="mini", title=None, usage=Usage())
    result = Scorer(GOLD, ARTICLE).score(brief)
    assert result.metrics["actors_precision"] == pytest.approx(3 / 4)
    assert result.details["actors"]["invented"] == [{"predicted": "Kremlin", "duplicate_of": "Russia"}]


def test_invented_source() -> None:
    draft = perfect()
    draft.sources.append(SourceDraft(name="John Smith", type="expert"))
    # 3 of 4 predicted sources are gold: P = 3/4, R = 1, F1 = 6 / (6 + 1)
    assert changed(draft) == {"sources_precision": pytest.approx(3 / 4), "sources_f1": pytest.approx(6 / 7)}


def test_missed_source_misses_its_quote_too() -> None:
    draft = perfect()
    draft.sources = [s for s in draft.sources if s.name != "Jane Doe"]
    # Affiliation stays 1.0: only Putin is left to score, and he is right.
    assert changed(draft) == {
        "sources_recall": pytest.approx(2 / 3),
        "sources_f1": pytest.approx(4 / 5),
        "quote_attribution": pytest.approx(1 / 2),
    }


def test_wrong_affiliation() -> None:
    draft = perfect()
    draft.sources[1].affiliation = "Brookings Institution"
    # Putin and Jane Doe have a gold affiliation (Reuters has none): 1 of 2 right.
    assert changed(draft) == {"affiliation_accuracy": pytest.approx(1 / 2)}


def test_affiliation_accepts_aliases_and_actor_aliases() -> None:
    draft = perfect()
    draft.sources[0].affiliation = "the Kremlin"  # an alias of the gold actor Russia
    draft.sources[1].affiliation = "The Heritage Foundation think tank"
    assert changed(draft) == {}


def test_empty_affiliation_is_wrong_when_gold_has_one() -> None:
    draft = perfect()
    draft.sources[0].affiliation = ""
    assert changed(draft) == {"affiliation_accuracy": pytest.approx(1 / 2)}


def test_misattributed_quote() -> None:
    draft = perfect()
    putin, jane = draft.sources[0], draft.sources[1]
    jane.quotes = [*putin.quotes, *jane.quotes]
    putin.quotes = []
    brief = ground(draft, ARTICLE, article_id="mini", title=None, usage=Usage())
    result = Scorer(GOLD, ARTICLE).score(brief)
    # Both quotes are real (grounding 1.0), but Putin's words are given to Jane Doe.
    assert {k: v for k, v in result.metrics.items() if v != 1.0} == {"quote_attribution": pytest.approx(1 / 2)}
    assert result.details["quotes"]["misattributed"] == [
        {"source": "Vladimir Putin", "quote": "We will never accept sanctions on our partners.", "predicted_source": "Jane Doe"}
    ]


def test_paraphrase_passed_off_as_a_quote() -> None:
    draft = perfect()
    draft.sources[1].quotes = ["The alliance grows stronger each year."]
    # Grounding drops it: 1 of 2 predicted quotes is in the article, and Jane Doe's gold quote is missed.
    assert changed(draft) == {"quote_grounding": pytest.approx(1 / 2), "quote_attribution": pytest.approx(1 / 2)}


def test_ungrounded_span_in_a_hand_built_brief_is_caught() -> None:
    brief = ground(perfect(), ARTICLE, article_id="mini", title=None, usage=Usage())
    fake = Span(text="We shall never accept sanctions.", start=0, end=32)
    brief.sources[0].quotes = [fake]
    metrics = Scorer(GOLD, ARTICLE).score(brief).metrics
    assert metrics["quote_grounding"] == pytest.approx(1 / 2)
    assert metrics["quote_attribution"] == pytest.approx(1 / 2)


def test_partial_quote_attributes_when_it_covers_half_the_gold_quote() -> None:
    draft = perfect()
    draft.sources[0].quotes = ["We will never accept sanctions"]  # 30 of 48 characters
    assert changed(draft) == {}
    draft.sources[0].quotes = ["We will never"]  # 13 of 48: not enough
    assert changed(draft) == {"quote_attribution": pytest.approx(1 / 2)}


def test_flipped_stance() -> None:
    draft = perfect()
    draft.stances[0].label = "opposes"
    assert changed(draft) == {"stance_accuracy": pytest.approx(1 / 2), "stance_precision": pytest.approx(1 / 2)}


def test_an_invented_stance_lowers_precision_and_nothing_else() -> None:
    draft = perfect()
    draft.stances.append(draft.stances[0].model_copy(update={"holder": "China", "target": "the alliance"}))
    draft.stances.append(draft.stances[1].model_copy(update={"label": "supports"}))  # a second, wrong, on a gold pair
    # 2 of 4 shown are gold pairs with their label; recall and accuracy count only the pairs assigned to gold
    assert changed(draft) == {"stance_precision": pytest.approx(2 / 4)}
    result = Scorer(GOLD, ARTICLE, "mini").score(ground(draft, ARTICLE, article_id="mini", title=None, usage=Usage()))
    assert (result.counts["stances_predicted"], result.counts["stances_correct"]) == (4, 2)


def test_actor_kind_accuracy_is_over_matched_actors() -> None:
    draft = perfect()
    draft.actors[1].kind = "organization"  # Russia, a country, typed a body
    draft.actors.append(draft.actors[0].model_copy(update={"name": "Xi Jinping", "aliases": [], "kind": "group"}))
    result = Scorer(GOLD, ARTICLE, "mini").score(ground(draft, ARTICLE, article_id="mini", title=None, usage=Usage()))
    # 3 gold actors matched (the invented one is no match, so its kind is not scored); Russia's kind is wrong
    assert result.metrics["actor_kind_accuracy"] == pytest.approx(2 / 3)
    assert result.details["actors"]["wrong_kind"] == [{"actor": "Russia", "gold": "country", "predicted": "organization"}]


def test_opposite_direction_target_never_matches() -> None:
    draft = perfect()
    draft.stances[0].target = "keeping the arms embargo on Venezuela"
    assert changed(draft) == {"stance_recall": pytest.approx(1 / 2), "stance_precision": pytest.approx(1 / 2)}
    draft.stances[0].target = "the arms embargo on Venezuela"  # the object, not the action
    assert changed(draft) == {"stance_recall": pytest.approx(1 / 2), "stance_precision": pytest.approx(1 / 2)}


def test_a_name_alone_matches_a_target_by_name_never_by_sharing_a_word_with_an_act_on_it() -> None:
    draft = perfect()
    draft.stances[1].target = "Russia"  # the country, not 'sanctions on Russia's partners'
    assert changed(draft) == {"stance_recall": pytest.approx(1 / 2), "stance_precision": pytest.approx(1 / 2)}
    draft.stances[1].target = "sanctions on Russian partners"  # a phrase of the same act still matches by its words
    assert changed(draft) == {}


def test_closing_a_thing_is_an_act_the_thing_alone_does_not_match() -> None:
    from summarizer.evaluation.phrases import opposite

    assert opposite("Castlebridge maternity unit", "closing the Castlebridge maternity unit")
    assert not opposite("the closure of the unit", "closing the Castlebridge maternity unit")
    assert opposite("keeping the unit open", "shutting the unit")


def test_a_target_alias_without_the_gold_targets_direction_still_matches() -> None:
    data = GOLD.model_dump()
    data["stances"][0]["target_aliases"] = ["the Kremlin's embargo proposal"]  # the labeller's words for the target
    gold = GoldBrief.model_validate(data)
    draft = perfect()
    draft.stances[0].target = "the Kremlin's embargo proposal"

    def metrics(d: BriefDraft) -> dict[str, float | None]:
        brief = ground(d, ARTICLE, article_id="mini", title=None, usage=Usage())
        return {k: v for k, v in Scorer(gold, ARTICLE, "mini").score(brief).metrics.items() if v != 1.0}

    assert metrics(draft) == {}
    draft.stances[0].target = "keeping the arms embargo on Venezuela"  # opposite to the target, no alias saves it
    assert metrics(draft) == {"stance_recall": pytest.approx(1 / 2), "stance_precision": pytest.approx(1 / 2)}


def test_stance_matches_holder_alias_and_topic_paraphrase() -> None:
    draft = perfect()
    draft.stances[0].holder = "The Kremlin"
    draft.stances[0].target = "lifting the Venezuela arms embargo"
    draft.stances[1].holder = "Mr Putin"
    draft.stances[1].target = "sanctions on its partners"
    assert changed(draft) == {}


def test_missing_stance_leaves_accuracy_over_covered_pairs() -> None:
    draft = perfect()
    draft.stances = draft.stances[:1]
    assert changed(draft) == {"stance_recall": pytest.approx(1 / 2)}  # the one shown is right: precision 1
    draft.stances = []
    assert changed(draft) == {"stance_recall": 0.0, "stance_accuracy": None, "stance_precision": None}


def test_claims_match_by_content_words() -> None:
    draft = perfect()
    draft.claims[0].text = "Oil prices fell sharply across Asia."
    draft.claims[1].text = "Russian-Chinese trade grew by 20 percent, Reuters said."
    # The first is about something else; the second is a paraphrase with the same content words.
    assert changed(draft) == {"claim_recall": pytest.approx(1 / 2)}


def test_one_predicted_claim_matches_one_gold_claim() -> None:
    draft = perfect()
    draft.claims = [draft.claims[0], draft.claims[0]]
    assert changed(draft) == {"claim_recall": pytest.approx(1 / 2)}


def test_near_miss_names_match_fuzzily() -> None:
    draft = perfect()
    draft.actors[0].name = "Vladimir Poutine"
    draft.actors[0].aliases = []
    draft.sources[1].name = "Dr. Jane Doe"
    assert changed(draft) == {}


def test_failed_article_scores_zero_validity_and_misses_everything() -> None:
    metrics = Scorer(GOLD, ARTICLE).score(None, error="boom").metrics
    assert metrics == {
        "actors_precision": None,
        "actors_recall": 0.0,
        "actors_f1": 0.0,
        "actor_kind_accuracy": None,
        "sources_precision": None,
        "sources_recall": 0.0,
        "sources_f1": 0.0,
        "affiliation_accuracy": None,
        "quote_grounding": None,
        "quote_attribution": 0.0,
        "stance_recall": 0.0,
        "stance_accuracy": None,
        "stance_precision": None,
        "claim_recall": 0.0,
        "schema_validity": 0.0,
    }


def test_micro_average_sums_counts_before_dividing() -> None:
    scorer = Scorer(GOLD, ARTICLE)
    good = scorer.score(ground(perfect(), ARTICLE, article_id="mini", title=None, usage=Usage()))
    failed = scorer.score(None)
    metrics = aggregate([good, failed])
    assert metrics["actors_recall"] == pytest.approx(3 / 6)
    assert metrics["actors_precision"] == 1.0
    assert metrics["quote_attribution"] == pytest.approx(2 / 4)
    assert metrics["schema_validity"] == pytest.approx(1 / 2)


def test_empty_brief_scores_zero_not_error() -> None:
    brief = Brief(article_id="mini", main_issue="x", summary="x.")
    metrics = Scorer(GOLD, ARTICLE).score(brief).metrics
    assert metrics["actors_recall"] == 0.0 and metrics["schema_validity"] == 1.0
    assert metrics["quote_grounding"] is None
