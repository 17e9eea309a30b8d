"""Sentence boundaries from the parse, as character offsets."""

from __future__ import annotations

from summarizer.extract.sentences import spans


def test_a_datelines_one_word_place_is_no_sentence_of_its_own() -> None:
    text = (
        "Chile approves expansion of Cerro Blanco copper mine despite water fears\n\n"
        "SANTIAGO, Chile — Chile's government on Tuesday approved a permit allowing Andes Cobre to double the size of "
        "its Cerro Blanco copper mine in the Elqui Valley, a decision that farmers say could drain the river that feeds "
        "their orchards.\n\nThe permit lets the company extend the open pit by 400 hectares."
    )
    found = [text[s:e] for s, e in spans(text)]
    assert found[1].startswith("SANTIAGO, Chile — Chile's government") and found[1].endswith("orchards.")
    assert len(found) == 3


def test_a_quotation_mark_the_parser_cuts_off_stays_with_its_quotation() -> None:
    text = (
        "« Without this pipeline, Toulouse will miss the hydrogen revolution », Ferrand said. "
        "« Every year we lose, Rotterdam and Hamburg gain. »\n\nFerrand added that his association backed a consultation."
    )
    found = [text[a:b] for a, b in spans(text)]
    assert found == [
        "« Without this pipeline, Toulouse will miss the hydrogen revolution », Ferrand said.",
        "« Every year we lose, Rotterdam and Hamburg gain. »",
        "Ferrand added that his association backed a consultation.",
    ]
