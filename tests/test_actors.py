"""Actors from named entities: one per referent, typed by the entity recogniser, roles and affiliations from the parse."""

from __future__ import annotations

from summarizer.extract.analysis import analyze


def actors(text: str) -> dict[str, tuple[str, str, list[str]]]:
    return {a.name: (a.kind, a.role, a.affiliations) for a in analyze(text).actors}


def test_hyphenated_and_accented_names_stay_whole() -> None:
    text = (
        "Ana-Lucía Pérez-Ortega, a hydrologist at the University of Chile, said the river was rising. "
        "Żaneta Kowalska, the mayor of Gdańsk, said the city was ready. Pérez-Ortega and Kowalska met on Monday."
    )
    found = analyze(text).actors
    people = {a.name: a.aliases for a in found if a.kind == "person"}
    assert people == {"Ana-Lucía Pérez-Ortega": ["Pérez-Ortega"], "Żaneta Kowalska": ["Kowalska"]}


def test_titles_and_roles_are_split_off_and_name_the_affiliation() -> None:
    text = (
        "Bank of England governor Andrew Bailey spoke first. Russian President Vladimir Putin replied. "
        "Microsoft's chief executive, Satya Nadella, agreed. Senior researcher Mu Li, of the University of Sydney, disagreed. "
        "Bailey, Putin, Nadella and Li met again on Friday."
    )
    found = actors(text)
    assert found["Andrew Bailey"] == ("person", "Bank of England governor", ["Bank of England"])
    assert found["Vladimir Putin"] == ("person", "Russian President", ["Russia"])
    assert found["Satya Nadella"] == ("person", "Microsoft's chief executive", ["Microsoft"])
    assert found["Mu Li"] == ("person", "Senior researcher", ["University of Sydney"])


def test_capitals_and_seats_of_government_fold_into_their_country() -> None:
    text = "The Kremlin said on Monday that Moscow would respond. Russia then recalled its envoy from Washington, and the United States protested."
    found = {a.name: a for a in analyze(text).actors}
    assert found["Russia"].kind == "country" and set(found["Russia"].aliases) == {"Kremlin", "Moscow"}
    assert found["United States"].kind == "country" and "Washington" in found["United States"].aliases
    assert "Kremlin" not in found and "Moscow" not in found


def test_an_organisation_and_its_acronym_are_one_actor() -> None:
    text = "The National Institutes of Health (NIH) announced a new policy. NIH said the cap would save money."
    found = analyze(text).actors
    assert [(a.name, a.kind, a.aliases) for a in found] == [("National Institutes of Health", "organization", ["NIH"])]


def test_bare_nouns_fragments_and_adjectives_are_never_actors() -> None:
    text = (
        "The authorities said the company would appeal. Under President Chavez, Venezuelan exports grew. "
        "Venezuelan officials said Chavez had been right."
    )
    names = set(actors(text))
    assert not names & {"authorities", "The authorities", "company", "the company", "Venezuelan", "Under President Chavez"}
    assert actors(text)["Chavez"][0] == "person"


def test_a_passing_mention_is_not_an_actor_but_one_who_acts_is() -> None:
    text = "The study was published in Nature last week. Greenpeace criticised the findings on Tuesday."
    assert set(actors(text)) == {"Greenpeace"}
