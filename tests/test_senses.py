"""Noun supersenses from the pinned WordNet 3.0 files, read as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import ConfigError
from summarizer.extract import senses
from summarizer.extract.senses import GROUP, PERSON, derived_verbs, noun_class, verb_class


def test_the_most_frequent_sense_names_the_kind_of_thing() -> None:
    assert [noun_class(w) for w in ("minister", "analyst", "company", "council", "Police")] == [PERSON, PERSON, GROUP, GROUP, GROUP]
    assert noun_class("newspaper") == "noun.communication" and noun_class("police officer") == PERSON
    assert noun_class("Ofwat") == "" and noun_class("") == ""


def test_a_changed_data_file_is_refused(tmp_path: Path) -> None:
    for name in senses.DATA_SHA256:
        (tmp_path / name).write_text("00 noun.Tops 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="SHA-256"):
        senses._read(tmp_path, "noun")
    with pytest.raises(ConfigError, match="SHA-256"):
        senses._read(tmp_path, "verb")


def test_every_sense_of_a_noun_is_listed_for_names_whose_head_is_a_group_in_a_later_sense() -> None:
    assert noun_class("alliance") == "noun.state" and GROUP in senses.noun_classes("Alliance")
    assert GROUP not in senses.noun_classes("river") and senses.noun_classes("Ofwat") == frozenset()


def test_the_most_frequent_sense_of_a_verb_names_the_kind_of_event() -> None:
    assert [verb_class(w) for w in ("ban", "Close", "fear", "analyse", "warn")] == [
        "verb.social",
        "verb.contact",
        "verb.emotion",
        "verb.cognition",
        "verb.communication",
    ]
    assert verb_class("council") == "" and noun_class("ban") != verb_class("ban")  # nouns and verbs apart


def test_a_noun_is_a_kind_by_the_hypernyms_of_its_most_frequent_sense() -> None:
    from summarizer.extract.senses import is_a

    assert senses.is_a is is_a
    assert is_a("carmaker", "business") and is_a("firm", "business") and is_a("utility", "company")
    assert is_a("union", "organization") and not is_a("union", "company") and not is_a("council", "business")
    assert not is_a("party", "company")  # a party is a political party first, a company of guests later
    assert not is_a("Ofwat", "company") and not is_a("company", "Ofwat")


def test_a_word_s_first_person_sense_decides_what_person_it_is() -> None:
    from summarizer.extract.senses import is_a, person_sense_is_a

    assert not is_a("chair", "leader") and person_sense_is_a("chair", "leader")  # a seat first, then who presides
    assert not person_sense_is_a("father", "leader") and not person_sense_is_a("table", "leader")


def test_a_nouns_derivationally_related_verbs_come_from_its_first_sense():
    assert derived_verbs("closure") == {"close"}
    assert derived_verbs("Merger") == {"merge"}
    assert derived_verbs("Ofwat") == frozenset()


def test_a_nouns_derivationally_related_nouns_come_from_its_first_sense():
    from summarizer.extract.senses import derived_nouns

    assert derived_nouns("Commissioner") == {"commission"}
    assert "presidency" in derived_nouns("president")
    assert derived_nouns("closure") == frozenset() and derived_nouns("Ofwat") == frozenset()
    assert derived_verbs("closure") == {"close"}  # each part of speech read apart


def test_a_noun_wordnet_holds_only_as_individuals_is_a_name() -> None:
    assert senses.names_only_individuals("Dekker") and senses.names_only_individuals("Moscow")
    assert not senses.names_only_individuals("Ford") and not senses.names_only_individuals("paris")  # a crossing, a genus
    assert not senses.names_only_individuals("Ofwat")  # no noun at all
