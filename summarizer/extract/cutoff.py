"""Model answers cut off in mid-phrase: found, trimmed back to what is complete, and reported.

A constrained decoder (llama.cpp's grammar, or a server that enforces
`maxLength` in structured output) closes a string when it reaches the schema's
limit, so the answer validates although it stops in mid-phrase ("... and
Russia's military assistance to help a"). Prompts and schema descriptions ask
for far less than the limit (`summarizer.schema.limited`), so a well-behaved
answer never reaches it; this module catches the rest, for every response
model alike:

- `find_cuts(output)` lists every model-written string that reached its limit
  or ends on a dangling word or an unclosed bracket or quotation, and that
  trimming shortens (a whole sentence ending just at the limit lost nothing). Model-written
  strings are those with a `maxLength` in the response model's JSON Schema;
  choices (`enum`) and verbatim passages (quotes, evidence: checked against the
  article by `grounding`) have none.
- `trim(text)` cuts a string back to its last complete sentence, or else to its
  last clause break (a fragment's last clause lost its end), then drops any
  dangling word left at the end.
- `apply_cuts(output, cuts)` returns the answer with every cut string trimmed;
  the caller reports the cuts (a brief's `unverified`, a memo's footer).

Trimming, not re-asking, was chosen: it costs no model call (a re-ask costs the
embedded model several seconds and a batch run a whole extra round), it is
deterministic, and with the limits set well above what is asked it is rare.

What counts as dangling is read from the spaCy pipeline's Universal
Dependencies part-of-speech tags and morphology (so it holds for any language
whose pipeline tags UD), not from word lists: an article (`PronType=Art`), a
possessive (`Poss=Yes`, or the possessive ending `'s`), a coordinating or
subordinating conjunction (CCONJ, SCONJ), an adposition (ADP), a particle
(PART: `to`, `not`), an auxiliary (AUX: `will`, `has`, `be`), a relative
pronoun (`PronType=Rel`; in English also the wh-tags WDT, WP), or clause punctuation (`,` `;` `:` dashes, an
opening bracket) as the last token means the phrase needs what was cut off.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from pydantic import BaseModel

from .grounding import script_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

__all__ = ["Cut", "apply_cuts", "ends_dangling", "find_cuts", "rules_version", "trim"]

_DANGLING_POS = frozenset({"CCONJ", "SCONJ", "ADP", "PART", "AUX"})
_DANGLING_MORPH = ("PronType=Art", "Poss=Yes", "PronType=Rel")
_DANGLING_TAGS = frozenset({"POS", "WDT", "WP", "WP$"})  # English (Penn) tags the UD morphology leaves bare
_COMPLETE_TAGS = frozenset({"RP"})  # an English verb particle ('shutting down') ends its phrase, although UD tags it PART
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "-", "/", "(", "[", "{"})
_SENTENCE_END = frozenset(".!?。！？")
_CLOSERS = frozenset({"'", '"', "’", "”", "»", "›", ")", "]", "}", "」", "』"})
_PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "‘": "’", "«": "»", "„": "“", "「": "」", "『": "』"}
_MIN_KEPT_CHARS = 3
_MIN_CLAUSE_WORDS = 3  # words before a clause break for what precedes it to count as a clause
_LIMIT_SLACK = 3  # characters: a validator may strip the space or newline the decoder stopped after
_TAGGING = ("tok2vec", "tagger", "morphologizer", "attribute_ruler", "lemmatizer", "senter")


@dataclass(frozen=True)
class Cut:
    """One string of an answer that was cut off: where it is, what the model wrote, what is shown."""

    path: str  # e.g. "main_issue", "actors[3]", "development.text"
    written: str
    shown: str  # '' when nothing complete remained
    limit: int | None  # the schema's maxLength in characters, when the string reached it
    switched: bool = False  # the model went on in another script ('... how to respond to the城市的'): `written` ends there

    @property
    def cause(self) -> str:
        """`cut off at its 300-character limit`, `switches to another script`, or `ends in mid-phrase`."""
        if self.switched:
            return "switches to another script in mid-answer (the rest left out)"
        return f"cut off at its {self.limit}-character limit" if self.limit else "ends in mid-phrase"

    @property
    def reason(self) -> str:
        """The cause and what is shown instead: `...; shown up to its last complete clause` (or that it was dropped)."""
        return f"{self.cause}; {'shown up to its last complete clause' if self.shown else 'dropped: nothing complete remained'}"


@lru_cache(maxsize=1)
def rules_version() -> str:
    """A hash of this module's code: the cuts a cached answer carries were found by these rules, or are found again."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def find_cuts(output: BaseModel, nlp: "Language") -> list[Cut]:
    """The model-written strings of `output` that are cut off, each with its trimmed form (`nlp`: a spaCy pipeline)."""
    cuts = []
    for path, text, limit in _bounded_strings(output.model_dump(mode="json"), _schema(type(output)), ""):
        switch = script_switch(text)
        if switch is not None:  # a small model drifting into another language: what it wrote up to there, trimmed
            cuts.append(Cut(path, text[:switch].rstrip() + "…", trim(text[:switch], nlp, reached_limit=True), None, switched=True))
            continue
        reached = len(text) >= limit - _LIMIT_SLACK
        if reached and (half := _half_word_before_the_stop(text, nlp)) is not None:
            cuts.append(Cut(path, text, trim(text[:half], nlp, reached_limit=True), limit))  # '... to buy a rec.': the
            continue  # limit fell inside a word
        if reached or ends_dangling(text, nlp):
            shown = trim(text, nlp, reached_limit=reached)
            if shown != text.strip():  # one whole sentence that happens to end at its limit (white space aside)
                # lost nothing: no cut to report
                cuts.append(Cut(path, text, shown, limit if reached else None))
    return cuts


def script_switch(text: str) -> int | None:
    """Where a string written in the Latin script goes on in another (`grounding.script_of`, by Unicode names):
    the index in characters of the first letter of that other script after at least three Latin words, None
    when it never does. Small models drift into another language mid-answer ('... how to respond to the城市的'); a
    name in its own script inside an English answer is rare in answers asked in English, and a wholly non-Latin
    answer never switches."""
    latin_words = 0
    in_word = False
    for i, ch in enumerate(text):
        if not ch.isalpha():
            in_word = False
            continue
        script = script_of(ch)
        if script == "LATIN":
            latin_words += not in_word
            in_word = True
        elif script and latin_words >= 3:
            return i
        else:
            in_word = True
    return None


def apply_cuts(output: BaseModel, cuts: list[Cut]) -> BaseModel:
    """`output` with each cut string replaced by its trimmed form; raises nothing.

    A list item that a cut emptied is dropped (a name that was all fragment is
    no name). When the trimmed answer no longer validates (a required string
    became too short for its `min_length`), the answer is returned as written:
    the cuts are still reported by the caller.
    """
    if not cuts:
        return output
    data = output.model_dump(mode="json")
    try:
        for cut in cuts:
            _replace(data, _path_parts(cut.path), cut.shown)
        for cut in sorted((c for c in cuts if not c.shown), key=lambda c: _path_parts(c.path), reverse=True):
            _remove_item(data, _path_parts(cut.path))
        return type(output).model_validate(data)
    except (ValueError, LookupError, TypeError):
        return output


def _half_word_before_the_stop(text: str, nlp: "Language") -> int | None:
    """Where the last word starts when a string that reached its limit ends in a lower-case word no English
    lexicon holds (WordNet's index of all four parts of speech, `nlp.common_word`) but that opens a longer one
    (`nlp.opens_a_word`), and a full stop ('... looks like what it is: an attempt to buy a rec.'): the first part of
    a word the decoder cut, whatever mark it wrote after it. None otherwise (a name, a number, a word English
    has)."""
    from .nlp import common_word, opens_a_word

    tokens = [t for t in _tag(text.rstrip(), nlp) if t.text not in _CLOSERS]
    if len(tokens) < 2 or tokens[-1].text not in _SENTENCE_END:
        return None
    word = tokens[-2]
    if not (word.is_alpha and word.is_lower) or common_word(word.text, word.doc) or not opens_a_word(word.text, word.doc):
        return None
    return word.idx


def ends_dangling(text: str, nlp: "Language") -> bool:
    """True when `text` ends on a word that needs what follows, or leaves a bracket or quotation open.

    Closing quotation marks and brackets at the end belong to what they close:
    the word before them is the one judged.
    """
    stripped = text.rstrip()
    if not stripped:
        return False
    if _unclosed(stripped) is not None:
        return True
    tokens = list(_tag(stripped, nlp))
    last = _last_word(tokens)
    return last is not None and tokens[last].text not in _SENTENCE_END and _dangling(tokens[last])


def trim(text: str, nlp: "Language", *, reached_limit: bool = False) -> str:
    """`text` cut back to its last complete sentence, or else its last complete clause ('' if none remains).

    `reached_limit` says the decoder stopped the string at its length limit, so
    its last word may itself be cut in half and is dropped.
    """
    text = " ".join(text.split())
    opened = _unclosed(text)
    if opened is not None:
        text = text[:opened].rstrip()
    tokens = list(_tag(text, nlp))
    popped = False
    if reached_limit and tokens and tokens[-1].text not in _SENTENCE_END | _CLOSERS | _CLAUSE_PUNCT:
        tokens.pop()
        popped = True
    ends = [_with_closers(tokens, i) for i, token in enumerate(tokens) if token.text in _SENTENCE_END]
    if ends and ends[-1] < len(tokens) - 1:
        tokens = tokens[: ends[-1] + 1]
    last = _last_word(tokens)
    cut_short = reached_limit or opened is not None or (last is not None and _dangling(tokens[last]))
    if not ends and cut_short:
        tokens = _to_clause_break(tokens, written_to_the_break=not popped)
    while (last := _last_word(tokens)) is not None and tokens[last].text not in _SENTENCE_END and _dangling(tokens[last]):
        tokens = tokens[:last]
    kept = text[: tokens[-1].idx + len(tokens[-1].text)] if tokens else ""
    return kept if len(kept) >= _MIN_KEPT_CHARS else ""


# --------------------------------------------------------------------------- internals


def _tag(text: str, nlp: "Language") -> Any:
    """`text` tagged (no parse, no entities: a few milliseconds for a sentence)."""
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in _TAGGING]):
        return nlp(text)


def _to_clause_break(tokens: list["Token"], *, written_to_the_break: bool = True) -> list["Token"]:
    """A fragment cut back to its last clause break (`,` `;` `:` a dash, an opening bracket).

    A string that was cut off, or ends dangling, lost the end of its last clause,
    and that clause's remaining words ("... using satellite data to enhance
    forecasts of where and when") are no complete phrase even when their last
    word is not a function word. A break the model wrote as its very last token
    means the cut fell between clauses: only the break goes (not so when the
    break is last only because a half word after it was dropped:
    `written_to_the_break=False`). A break in the first
    `_MIN_CLAUSE_WORDS` words is no clause end ("However, ..."), and a hyphen or
    slash inside a word (`Russia-Venezuela`) is no break.
    """
    breaks = [i for i, token in enumerate(tokens) if _is_clause_break(tokens, i)]
    if breaks and breaks[-1] == len(tokens) - 1:
        if written_to_the_break:
            return tokens[:-1]
        breaks.pop()
    words_before = [sum(1 for t in tokens[:i] if not t.is_punct) for i in breaks]
    usable = [i for i, n in zip(breaks, words_before) if n >= _MIN_CLAUSE_WORDS]
    return tokens[: usable[-1]] if usable else tokens


def _is_clause_break(tokens: list["Token"], i: int) -> bool:
    text = tokens[i].text
    if text in ("-", "/"):
        return i > 0 and bool(tokens[i - 1].whitespace_)  # ' - ' between words, not 'Russia-Venezuela'
    return text in _CLAUSE_PUNCT


def _last_word(tokens: list["Token"]) -> int | None:
    """Index of the last token that is not a closing quotation mark or bracket."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text not in _CLOSERS:
            return i
    return None


def _with_closers(tokens: list["Token"], i: int) -> int:
    """The index of the last closing mark that directly follows token `i` (`."` ends where `"` does)."""
    while i + 1 < len(tokens) and tokens[i + 1].text in _CLOSERS:
        i += 1
    return i


def _dangling(token: "Token") -> bool:
    morph = str(token.morph)
    if token.tag_ in _COMPLETE_TAGS:
        return False
    return (
        token.pos_ in _DANGLING_POS
        or any(feature in morph for feature in _DANGLING_MORPH)
        or token.tag_ in _DANGLING_TAGS
        or token.text in _CLAUSE_PUNCT
    )


@lru_cache(maxsize=256)
def _schema_text(model: type[BaseModel]) -> str:
    return json.dumps(model.model_json_schema())


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    return json.loads(_schema_text(model))


def _bounded_strings(
    value: Any, schema: dict[str, Any], path: str, defs: dict[str, Any] | None = None
) -> Iterator[tuple[str, str, int]]:
    """(path, string, maxLength) for every string of `value` whose schema bounds its length."""
    defs = schema.get("$defs", defs or {})
    schema = _resolve(schema, defs)
    if isinstance(value, dict):
        properties = _object_branch(schema, defs).get("properties", {})
        for key, item in value.items():
            if key in properties:
                yield from _bounded_strings(item, properties[key], f"{path}.{key}" if path else key, defs)
    elif isinstance(value, list):
        items = _array_branch(schema, defs).get("items", {})
        for i, item in enumerate(value):
            yield from _bounded_strings(item, items, f"{path}[{i}]", defs)
    elif isinstance(value, str) and value.strip():
        limit = _max_length(schema, defs)
        if limit is not None:
            yield path, value, limit


def _resolve(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    return defs.get(ref.rsplit("/", 1)[-1], schema) if ref else schema


def _branches(schema: dict[str, Any], defs: dict[str, Any]) -> list[dict[str, Any]]:
    return [_resolve(b, defs) for b in [schema, *schema.get("anyOf", [])]]


def _object_branch(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    return next((b for b in _branches(schema, defs) if "properties" in b), {})


def _array_branch(schema: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    return next((b for b in _branches(schema, defs) if b.get("type") == "array"), {})


def _max_length(schema: dict[str, Any], defs: dict[str, Any]) -> int | None:
    for branch in _branches(schema, defs):
        if branch.get("type") == "string" and "maxLength" in branch and "enum" not in branch and "const" not in branch:
            return int(branch["maxLength"])
    return None


def _path_parts(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for piece in path.replace("[", ".[").split("."):
        if piece:
            parts.append(int(piece[1:-1]) if piece.startswith("[") else piece)
    return parts


def _replace(data: Any, parts: list[str | int], text: str) -> None:
    for part in parts[:-1]:
        data = data[part]
    data[parts[-1]] = text


def _remove_item(data: Any, parts: list[str | int]) -> None:
    if not isinstance(parts[-1], int):
        return
    for part in parts[:-1]:
        data = data[part]
    del data[parts[-1]]


def _unclosed(text: str) -> int | None:
    """Index of the first bracket or quotation mark left open in `text`, if any."""
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch == _PAIRS.get(stack[-1][0]):
            stack.pop()
        elif ch in _PAIRS:
            stack.append((ch, i))
    opened = [i for _, i in stack]
    if text.count('"') % 2:
        opened.append(text.rfind('"'))
    return min(opened) if opened else None
