"""The brief schema: strict Pydantic models and the JSON Schema files generated from them."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from summarizer.resources import data_dir
from summarizer.schema import (
    ActorDraft,
    Brief,
    BriefDraft,
    ClaimDraft,
    SourceDraft,
    Span,
    StanceDraft,
    count_sentences,
)

SUMMARY = "The council voted to defy the governor. The mayor said the city would not back down."


def draft(**changes) -> dict:
    return {"main_issue": "Council defies governor", "summary": SUMMARY, **changes}


def test_minimal_draft_gets_empty_lists_and_defaults() -> None:
    d = BriefDraft.model_validate(draft())
    assert (d.actors, d.stances, d.sources, d.claims) == ([], [], [], [])
    assert ClaimDraft(text="t").by == "author"


@pytest.mark.parametrize("model", [BriefDraft, Brief, Span, ActorDraft, SourceDraft, StanceDraft])
def test_every_model_forbids_unknown_fields(model) -> None:
    assert model.model_config.get("extra") == "forbid"


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        BriefDraft.model_validate(draft(mood="grim"))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("actors", [{"name": "Maduro", "kind": "dictator"}]),
        ("stances", [{"holder": "a", "target": "b", "label": "likes"}]),
        ("sources", [{"name": "Reuters", "type": "newspaper"}]),
    ],
)
def test_closed_vocabularies(field: str, value: list) -> None:
    with pytest.raises(ValidationError):
        BriefDraft.model_validate(draft(**{field: value}))


@pytest.mark.parametrize(
    ("summary", "ok"),
    [
        (SUMMARY, True),
        ("One. Two. Three. Four.", True),
        ("One. Two. Three. Four. Five.", False),
        ("   ", False),
        ("", False),
    ],
)
def test_summary_sentence_bound(summary: str, ok: bool) -> None:
    if ok:
        assert BriefDraft.model_validate(draft(summary=summary)).summary == summary.strip()
    else:
        with pytest.raises(ValidationError, match="summary must be 2 to 4 sentences"):
            BriefDraft.model_validate(draft(summary=summary))


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("U.S. officials met in Caracas. They agreed on nothing.", 2),
        ("“We will not back down.” The mayor left.", 2),
        ("No end punctuation", 1),
        ("Is it over? Yes! It is.", 3),
    ],
)
def test_count_sentences(text: str, n: int) -> None:
    assert count_sentences(text) == n


def test_main_issue_is_one_line_and_not_empty() -> None:
    assert BriefDraft.model_validate(draft(main_issue="  Council\n defies   governor ")).main_issue == (
        "Council defies governor"
    )
    with pytest.raises(ValidationError, match="main_issue must not be empty"):
        BriefDraft.model_validate(draft(main_issue=" \n "))


def test_span_offsets_are_not_negative() -> None:
    with pytest.raises(ValidationError):
        Span(text="x", start=-1, end=0)


def test_brief_round_trips_through_json() -> None:
    brief = Brief.model_validate(
        {
            "article_id": "a",
            "main_issue": "m",
            "summary": "s",
            "sources": [{"name": "n", "type": "expert", "quotes": [{"text": "q", "start": 0, "end": 1}]}],
            "unverified": [{"kind": "quote", "text": "x", "item": "source 'n'"}],
        }
    )
    assert Brief.model_validate_json(brief.model_dump_json()) == brief
    assert brief.unverified[0].reason == "not found in the article"


def test_brief_schema_lists_the_issue_fields() -> None:
    schema = Brief.model_json_schema()
    assert {"main_issue", "summary", "actors", "stances", "sources", "claims", "usage", "unverified"} <= set(
        schema["properties"]
    )
    defs = schema["$defs"]
    assert set(defs["Span"]["properties"]) == {"text", "start", "end"}
    assert set(defs["Actor"]["properties"]["kind"]["enum"]) == {"person", "country", "organization", "group"}
    assert set(defs["Stance"]["properties"]["label"]["enum"]) == {"supports", "opposes", "neutral", "mixed"}
    assert set(defs["Source"]["properties"]["type"]["enum"]) == {"expert", "official", "media", "organization", "other"}
    assert {"prompt_tokens", "completion_tokens", "attempts", "backend", "model", "prompt_version"} <= set(
        defs["Usage"]["properties"]
    )


def test_schema_files_match_the_models() -> None:
    schema_files = pytest.importorskip("summarizer.cli.schemas")
    stale = schema_files.stale_schemas()
    assert not stale, f"{stale} drifted from the Pydantic models; regenerate with summarizer.cli.schemas.write_schemas()"


def test_brief_schema_file_validates_a_brief() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    path = data_dir("schemas") / "brief.schema.json"
    if not path.is_file():
        pytest.skip("schemas/brief.schema.json not generated yet")
    schema = json.loads(path.read_text(encoding="utf-8"))
    good = Brief(article_id="a", main_issue="m", summary="s").model_dump(mode="json")
    jsonschema.validate(good, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**good, "surprise": 1}, schema)
