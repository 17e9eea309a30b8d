"""No model string is shown cut off in mid-phrase: detection, trimming, and the kind end to end."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, Field
from test_memo_gold import seed_articles

from summarizer.config import Settings
from summarizer.extract.cutoff import apply_cuts, ends_dangling, find_cuts, trim
from summarizer.extract.nlp import load_pipeline
from summarizer.extract.pipeline import Summarizer
from summarizer.extract.strategies.stepwise_schema import Gist
from summarizer.llm.backends.fake import FakeBackend
from summarizer.llm.request import Request
from summarizer.memos.build import memo
from summarizer.schema import Brief, limited

NLP = load_pipeline()
# A run-on phrase with no sentence end, so that any cut of it ends in mid-phrase somewhere.
FILLER = (
    "the minister said that the new agreement on trade and security between the two governments would help "
    "both countries to build a stronger partnership with their neighbours and "
) * 40


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # the three instances the issue reported, and the kind around them
        ("US outreach to Venezuela and Russia's military assistance to help a", "US outreach to Venezuela and Russia's military assistance to help"),
        ("It is not known how long the delegation will", "It is not known how long the delegation"),
        ("The EU code of conduct will be a", "The EU code of conduct"),
        ("Maduro and his", "Maduro"),
        ("Putin said that", "Putin said"),
        ("the talks, which", "the talks"),
        ("Maduro says Russia (his ally", "Maduro says Russia"),
        ("The talks failed. Russia said it would", "The talks failed."),
        ('He said "the talks failed." Russia said it would', 'He said "the talks failed."'),
        ("Russia's", "Russia"),
    ],
)
def test_a_dangling_end_is_found_and_trimmed_to_the_last_complete_clause(written: str, shown: str) -> None:
    assert ends_dangling(written, NLP)
    assert trim(written, NLP) == shown
    assert not ends_dangling(shown, NLP)


@pytest.mark.parametrize(
    "complete",
    [
        "Russia supports Venezuela",
        "Nicolás Maduro",
        "US sanctions on Venezuela's oil",
        "Venezuela backs Russia in its war on Ukraine.",
        "Scott Taylor said: 'We must achieve a split between Russia and Venezuela'",  # a closing quote is no possessive
        'The envoy said "talks will go on."',
    ],
)
def test_a_complete_phrase_is_left_alone(complete: str) -> None:
    assert not ends_dangling(complete, NLP)
    assert trim(complete, NLP) == complete


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # the decoder stopped inside the last clause: that clause goes, whatever its last word
        ("Flood forecasts improve through a partnership between two agencies, using satellite data to predict where and when rivers overf",
         "Flood forecasts improve through a partnership between two agencies"),
        # it stopped right after a clause: only the comma goes
        ("Talks between the two governments resumed, with observers from the United Nations,",
         "Talks between the two governments resumed, with observers from the United Nations"),
        # a comma that is last only because the half word after it was dropped is no clean cut
        ("The agency tests new robots, sensors and algorithms, to build sturdy, che", "The agency tests new robots, sensors and algorithms"),
        # a hyphen inside a word is no clause break; a break in the first words is no clause end
        ("Russia-Venezuela alliance grows as Moscow sends more weap", "Russia-Venezuela alliance grows as Moscow sends more"),
        ("However, the minister of finance announced a new budget for the next two years that will cut spen",
         "However, the minister of finance announced a new budget for the next two years that will cut"),
    ],
)
def test_a_string_cut_at_its_limit_is_shown_up_to_its_last_clause_break(written: str, shown: str) -> None:
    assert trim(written, NLP, reached_limit=True) == shown
    assert not ends_dangling(shown, NLP)


def test_a_verb_particle_ends_a_phrase_and_a_trailing_comma_goes() -> None:
    written = "Hackers attacked the website, shutting it down, "
    assert ends_dangling(written, NLP)
    assert trim(written, NLP) == "Hackers attacked the website, shutting it down"


def test_a_string_at_its_limit_loses_its_last_word_which_may_be_half_of_one() -> None:
    limit = Gist.model_json_schema()["properties"]["main_issue"]["maxLength"]
    tail = " with Russia deep"
    written = ("Venezuela and Russia deepen their military cooperation " * 20)[: limit - len(tail)] + tail
    assert len(written) == limit
    cuts = find_cuts(Gist(main_issue=written), NLP)
    assert [(c.path, c.limit) for c in cuts] == [("main_issue", limit)]
    assert written.endswith("Russia deep") and cuts[0].shown == written[: -len(" deep")]
    assert cuts[0].reason == f"cut off at its {limit}-character limit; shown up to its last complete clause"


def test_a_whole_sentence_that_ends_just_at_its_limit_is_no_cut() -> None:
    """A trial's main issue, one complete sentence of 178 characters under a limit of 180: nothing was lost, so
    nothing is reported as shortened."""
    limit = Gist.model_json_schema()["properties"]["main_issue"]["maxLength"]
    words = "High court strikes down the city's ban on holiday rentals, ruling that the city had exceeded its powers".split()
    written = " ".join((words * 5))[: limit - 2].rsplit(" ", 1)[0]
    written = written + "x" * (limit - 2 - len(written)) + "."  # a last word that ends just before the limit
    assert len(written) == limit - 1
    assert find_cuts(Gist(main_issue=written), NLP) == []
    assert find_cuts(Gist(main_issue=written[1:] + " "), NLP) == []  # a space the decoder wrote after it is no cut
    assert [c.path for c in find_cuts(Gist(main_issue=written[:-5] + " the"), NLP)] == ["main_issue"]  # still a cut


class _Answer(BaseModel):
    names: list[limited(6)] = Field(default_factory=list)  # type: ignore[valid-type]
    quote: str = ""  # verbatim: no maxLength, checked by grounding, never trimmed here
    choice: str = Field(default="ally", json_schema_extra={"enum": ["ally", "the"]})


def test_only_model_written_strings_are_checked_and_an_emptied_list_item_is_dropped() -> None:
    answer = _Answer(names=["Nicolás Maduro", "and the", "Bank of"], quote="he said that the", choice="the")
    cuts = find_cuts(answer, NLP)
    assert [(c.path, c.shown) for c in cuts] == [("names[1]", ""), ("names[2]", "Bank")]
    fixed = apply_cuts(answer, cuts)
    assert fixed.names == ["Nicolás Maduro", "Bank"] and fixed.quote == "he said that the" and fixed.choice == "the"


# --------------------------------------------------------------------------- the kind, end to end


def cut_at_limit(request: Request) -> dict[str, Any]:
    """An answer to any request whose every bounded string is a long text cut at its limit (what a grammar does)."""
    schema = request.response_model.model_json_schema()
    return _fill(schema, schema.get("$defs", {}))


def _fill(schema: dict[str, Any], defs: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return _fill(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in schema:
        return _fill(next(b for b in schema["anyOf"] if b.get("type") != "null"), defs)
    if "enum" in schema or "const" in schema:
        return schema.get("enum", [schema.get("const")])[0]
    kind = schema.get("type")
    if kind == "object":
        return {name: _fill(sub, defs) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        count = max(schema.get("minItems", 0), min(2, schema.get("maxItems", 2)))
        return [_fill(schema.get("items", {}), defs) for _ in range(count)]
    if kind == "string":
        return FILLER[: schema.get("maxLength", 400)]
    return {"integer": 1, "number": 1.0, "boolean": False}.get(kind)


def _model_strings(brief: Brief) -> list[str]:
    """The strings of a stepwise brief that the model wrote: the main issue and actor names (claims, quotes and
    evidence are the article's own sentences and spans; the summary is built from the main issue and claims)."""
    return [s for s in (brief.main_issue, *(a.name for a in brief.actors)) if s.strip()]


def test_no_brief_shows_a_string_cut_off_at_its_limit() -> None:
    """Stepwise answers are capped; a single-call BriefDraft has no caps to be cut at (see its docstring)."""
    article = seed_articles()[2]
    with Summarizer(Settings(use_cache=False, strategy="stepwise"), backend=FakeBackend(responder=cut_at_limit)) as s:
        brief = s.brief(article)
    shown = _model_strings(brief)
    assert shown, "the fake answered every string"
    assert not [text for text in shown if ends_dangling(text, NLP)]
    cut = [u for u in brief.unverified if u.kind == "cut"]
    assert cut and all(FILLER.startswith(u.text) for u in cut)
    assert any(u.item.endswith("main_issue") and "cut off at its" in u.reason for u in cut)


def test_cuts_a_cached_answer_carries_from_other_rules_are_found_again(tmp_path) -> None:
    """A fixed rule applies to answers cached before it: the cuts are stored with the version of the rules."""
    import json

    import diskcache

    article = seed_articles()[2]
    settings = Settings(strategy="stepwise", cache_dir=str(tmp_path))
    with Summarizer(settings, backend=FakeBackend(responder=cut_at_limit)) as s:
        first = [u.text for u in s.brief(article).unverified if u.kind == "cut"]
    assert first
    with diskcache.Cache(str(tmp_path)) as cache:  # as an older version of the rules would have left them
        for key in list(cache.iterkeys()):
            value = cache.get(key)
            data = json.loads(value) if isinstance(value, str) else None
            if isinstance(data, dict) and data.get("cuts"):
                cache.set(key, json.dumps({**data, "cuts": [{**data["cuts"][0], "written": "a stale report"}], "cuts_by": "older"}))
    with Summarizer(settings, backend=FakeBackend(responder=cut_at_limit)) as s:
        again = [u.text for u in s.brief(article).unverified if u.kind == "cut"]
    assert again == first and "a stale report" not in again


def test_no_memo_shows_a_sentence_or_note_cut_off_at_its_limit() -> None:
    m = memo(seed_articles()[:2], backend=FakeBackend(responder=cut_at_limit), use_cache=False, strategy="stepwise")
    strings = [s.text for s in m.bottom_line] + [c.note for c in m.contradictions if getattr(c, "note", "")]
    assert strings and not [text for text in strings if ends_dangling(text, NLP)]
    assert any("cut off at its" in d.reason for d in m.method.dropped if d.article == "memo")
    assert any(d.kind == "cut" and d.item.endswith("main_issue") for d in m.method.dropped), "the briefs' cuts are listed too"



def test_an_answer_that_drifts_into_another_script_is_cut_where_it_switches() -> None:
    written = "Ridgeport passes a rent cap, ending more than a year of debate over how to respond to the城市的"
    (cut,) = find_cuts(Gist(main_issue=written), NLP)
    assert cut.switched and "城" not in cut.written and "城" not in cut.shown
    assert cut.shown.startswith("Ridgeport passes a rent cap") and "another script" in cut.reason
    assert not find_cuts(Gist(main_issue="Armenia: Խոսքեր"), NLP)  # a phrase of one script after a label: no drift


def test_a_half_word_and_a_stop_at_the_limit_are_a_cut() -> None:
    """A trial's main issue: the model copied the column's opening, and the limit fell inside 'recovering'."""
    limit = Gist.model_json_schema()["properties"]["main_issue"]["maxLength"]
    written = (
        "Harvest's board is right to say no, and shareholders should back it. Morgan Reyes Capital's 285p-a-share "
        "approach for Harvest Stores looks like what it is: an attempt to buy a rec."
    )
    written = " " * (limit - len(written)) + written  # at the limit
    cuts = find_cuts(Gist(main_issue=written), NLP)
    assert [c.shown for c in cuts] == ["Harvest's board is right to say no, and shareholders should back it."]
