"""Stance proposals found by code: holder and target around a stance word, quotes, co-mentions."""

from __future__ import annotations

from summarizer.extract.stances import ActorForms, QuoteBy, propose

ACTORS = [
    ActorForms("Nicolás Maduro", ("Nicolás Maduro", "Maduro"), "person"),
    ActorForms("Russia", ("Russia", "Moscow", "Kremlin"), "country"),
    ActorForms("United States", ("United States", "US", "U.S.", "Washington"), "country"),
    ActorForms("NATO", ("NATO",), "organization"),
    ActorForms("Venezuela", ("Venezuela",), "country"),
    ActorForms("Colombia", ("Colombia",), "country"),
    ActorForms("Jens Stoltenberg", ("Jens Stoltenberg", "Stoltenberg"), "person"),
]


def pairs(text: str, quotes=()) -> dict[tuple[str, str], tuple[str, int]]:
    return {(p.holder, p.target): (p.via, p.polarity) for p in propose(text, ACTORS, quotes, limit=20)}


def test_subject_holds_the_cue_and_the_actor_after_it_is_the_target() -> None:
    found = pairs("Nicolás Maduro expressed his strong support for Russia, condemning the destabilizing actions of NATO.")
    assert found[("Nicolás Maduro", "Russia")] == ("cue", 1)
    assert found[("Nicolás Maduro", "NATO")] == ("cue", -1)
    assert ("Russia", "NATO") not in found


def test_passive_and_possessive_cues_turn_the_holder_around() -> None:
    assert pairs("Russia has the full support of Venezuela in the fight it is giving.")[("Venezuela", "Russia")] == ("cue", 1)
    assert pairs("Venezuela is hit by economic sanctions imposed by the United States.")[("United States", "Venezuela")] == ("cue", -1)
    assert pairs("Russia’s military assistance to Venezuela has generated deep discomfort.")[("Russia", "Venezuela")] == ("cue", 1)


def test_a_cue_without_an_actor_after_it_points_at_an_action() -> None:
    found = pairs("Colombia strongly opposes a military intervention in the region, officials said.")
    assert found[("Colombia", "a military intervention in the region")] == ("cue", -1)
    assert not any(target.startswith("in ") for _, target in pairs("Maduro spoke against in Mexico yesterday today."))


def test_abbreviations_do_not_split_the_sentence_that_carries_the_pair() -> None:
    found = pairs("The U.S. Treasury condemned Russia for its actions on Monday.")
    assert found[("United States", "Russia")] == ("cue", -1)


def test_a_quoted_source_holds_a_stance_toward_what_they_talk_about() -> None:
    said = "“Venezuela must hold free elections soon,” the NATO chief said."
    quote = QuoteBy("Jens Stoltenberg", "Venezuela must hold free elections soon", context=said, affiliation="NATO")
    found = pairs("Stoltenberg met officials in Brussels on Tuesday afternoon.", [quote])
    assert found[("Jens Stoltenberg", "Venezuela")] == ("quote", 0)
    assert ("Jens Stoltenberg", "NATO") not in found  # not toward whom they speak for


def test_cue_pairs_rank_before_quotes_and_recurring_co_mentions() -> None:
    text = (
        "Russia and Venezuela held talks in Caracas on Monday.\n"
        "Russia and Venezuela signed a deal in Caracas on Tuesday.\n"
        "Washington sanctioned Russia again this week, officials said.\n"
    )
    ranked = propose(text, ACTORS, [QuoteBy("Nicolás Maduro", "NATO is a threat to peace")], limit=3)
    assert [(p.holder, p.target, p.via) for p in ranked] == [
        ("United States", "Russia", "cue"),
        ("Nicolás Maduro", "NATO", "quote"),
        ("Russia", "Venezuela", "co-mention"),
    ]


def test_asking_for_or_announcing_an_action_supports_it() -> None:
    found = pairs("After the meeting, Maduro announced the return to negotiations with the opposition in Mexico, officials said.")
    assert found[("Nicolás Maduro", "the return to negotiations with the opposition in Mexico")] == ("cue", 1)
    found = pairs("Analysts say Washington has proposed to buy oil in exchange for distance from Moscow.")
    assert found[("United States", "buy oil in exchange for distance from Moscow")] == ("cue", 1)


def test_an_actor_named_as_the_author_of_an_action_leaves_the_action_as_the_target() -> None:
    found = pairs("The Kremlin spokesman’s statement is a clear rebuke of potential U.S. unilateral action.")
    assert found[("Russia", "potential U.S. unilateral action")] == ("cue", -1)
    assert ("United States", "Russia") not in found  # 'rebuke of the US' names its target, not its holder
    assert pairs("Colombia voiced strong criticism of Venezuela over the border.")[("Colombia", "Venezuela")] == ("cue", -1)


def test_hypotheticals_and_negations_state_no_stance() -> None:
    # no stance word decides these; at most the model is asked about the co-mention
    assert pairs("Venezuela would never threaten Colombia over the border dispute.")[("Venezuela", "Colombia")][0] == "co-mention"
    assert pairs("Colombia did not condemn Russia at the summit on Monday.")[("Colombia", "Russia")][0] == "co-mention"


def test_relation_nouns_appeals_and_interventions() -> None:
    assert pairs("It was Maduro, along with others, one of Russia’s allies when sanctions came.")[("Nicolás Maduro", "Russia")] == ("cue", 1)
    assert pairs("A mission goes to Russia’s ally Venezuela amid the crisis this week.")[("Venezuela", "Russia")] == ("cue", 1)
    found = pairs("Reports detail a U.S. military intervention in Venezuela and Maduro’s appeals to Russia for aid.")
    assert found[("United States", "Venezuela")] == ("cue", -1)
    assert found[("Nicolás Maduro", "Russia")] == ("cue", 1)


def test_a_government_named_by_its_regime_is_a_target_but_never_a_holder() -> None:
    quote = QuoteBy("Jens Stoltenberg", "We discussed their support for the repressive regime in Venezuela")
    found = pairs("Stoltenberg met officials in Brussels on Tuesday afternoon.", [quote])
    assert found[("Jens Stoltenberg", "the repressive regime in Venezuela")] == ("cue", -1)  # their own word: 'repressive'
    plain = QuoteBy("Jens Stoltenberg", "We met the government of Venezuela on Monday")
    assert pairs("Stoltenberg met officials in Brussels.", [plain])[("Jens Stoltenberg", "the government of Venezuela")] == ("quote", 0)
    assert not any(holder.startswith("the ") for holder, _ in pairs("The regime in Venezuela backed Russia again this week."))


def test_an_aside_between_the_stance_word_and_its_target_is_skipped() -> None:
    text = (
        "Maduro expressed support for Russia and condemned, along the lines of Putin’s arguments for war, "
        "what he called destabilizing activity by the US and NATO."
    )
    found = pairs(text)
    assert found[("Nicolás Maduro", "United States")] == ("cue", -1)
    assert found[("Nicolás Maduro", "NATO")] == ("cue", -1)
    assert found[("Nicolás Maduro", "Russia")] == ("cue", 1)


def test_stance_words_of_both_polarities_for_one_pair_make_it_mixed() -> None:
    text = "Washington backed Venezuela in the talks on Monday.\nLater, Washington sanctioned Venezuela over the vote count.\n"
    (proposal,) = [p for p in propose(text, ACTORS, limit=5) if (p.holder, p.target) == ("United States", "Venezuela")]
    assert proposal.via == "cue" and proposal.mixed and proposal.count >= 2
