"""Gold briefs: the YAML format of docs/gold-format.md, loaded into strict models and checked.

`load_gold` reads one file and rejects wrong keys and types; `check_gold`
checks a gold brief against its article (quotes and evidence verbatim,
stance holders are actors, claims are made by someone the gold knows).
`load_gold_set` pairs every gold file of a folder with its article.

Partial gold (docs/gold-format.md, "Partial gold"): a section left out of the file
(`stances`, `claims`, `main_issue`, `actors`, `sources`, or a source's
`affiliation`) is `None` here and means "not labelled"; an empty list means
"labelled, and there are none". `GoldBrief.labels` names the parts a file labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..articles import MAX_ARTICLE_CHARS, Article, load_path
from ..errors import InputError
from ..extract.grounding import locate
from ..llm.request import Request
from ..schema import (
    ActorDraft,
    ActorKind,
    BriefDraft,
    ClaimDraft,
    SourceDraft,
    SourceType,
    StanceDraft,
    StanceLabel,
)
from .names import normalize_name

__all__ = [
    "PARTS",
    "GoldActor",
    "GoldBrief",
    "GoldClaim",
    "GoldError",
    "GoldItem",
    "GoldSource",
    "GoldStance",
    "GoldFileCheck",
    "check_gold",
    "check_gold_dir",
    "check_gold_files",
    "describe_labels",
    "gold_paths",
    "gold_responder",
    "gold_as_draft",
    "load_gold",
    "load_gold_set",
]

PARTS = ("main_issue", "actors", "sources", "affiliations", "stances", "claims")
"""The parts of a brief a gold file may label; `affiliations` are labelled on sources (docs/gold-format.md)."""
_SECTIONS = ("main_issue", "actors", "sources", "stances", "claims")  # top-level keys; one is required


class GoldError(InputError):
    """A gold file is unreadable, malformed, or does not fit its article. `problems` lists each fault found, one
    line each ('file: item: message'); the message itself gives the first and how many more."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]

class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _refuse_null(data: Any, keys: tuple[str, ...], none: str) -> Any:
    """A key given with no value is neither "not labelled" (key left out) nor "none" (`[]` / `""`): refuse it."""
    if isinstance(data, dict):
        for key in keys:
            if key in data and data[key] is None:
                raise ValueError(f"'{key}' has no value: write {none} for 'labelled, none', or leave the key out for 'not labelled'")
    return data

class GoldActor(_Gold):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    kind: ActorKind
    role: str = ""
    optional: bool = False

class GoldStance(_Gold):
    holder: str = Field(min_length=1)
    target: str = Field(min_length=1)
    target_aliases: list[str] = Field(default_factory=list)
    stance: StanceLabel
    evidence: str = ""

class GoldSource(_Gold):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    type: SourceType
    affiliation: str | None = None  # None: not labelled; "": labelled, the article ties the source to nothing
    affiliation_aliases: list[str] = Field(default_factory=list)
    role: str = ""
    quotes: list[str] = Field(default_factory=list)
    optional: bool = False

    @model_validator(mode="before")
    @classmethod
    def _no_null_affiliation(cls, data: Any) -> Any:
        return _refuse_null(data, ("affiliation",), '""')

class GoldClaim(_Gold):
    text: str = Field(min_length=1)
    by: str = "author"

class GoldBrief(_Gold):
    article: str = Field(
        min_length=1,
        description="Article file name, relative to the articles folder; 'file.jsonl#id' names one article of a multi-article file.",
    )
    main_issue: str | None = None
    actors: list[GoldActor] | None = None
    stances: list[GoldStance] | None = None
    sources: list[GoldSource] | None = None
    claims: list[GoldClaim] | None = None

    @model_validator(mode="before")
    @classmethod
    def _no_null_sections(cls, data: Any) -> Any:
        data = _refuse_null(data, ("actors", "stances", "sources", "claims"), "[]")
        return _refuse_null(data, ("main_issue",), '""')

    @model_validator(mode="after")
    def _labels_something(self) -> "GoldBrief":
        if all(getattr(self, key) is None for key in _SECTIONS):
            raise ValueError(f"labels nothing: give at least one of {', '.join(_SECTIONS)}")
        return self

    @property
    def labels(self) -> tuple[str, ...]:
        """The parts of `PARTS` this file labels, in `PARTS` order.

        `affiliations` counts as labelled when the file labels sources and at least one
        source carries an `affiliation` key (`""` included); `affiliation_accuracy` scores
        only sources whose affiliation is a non-empty name.
        """
        labelled = {key for key in _SECTIONS if getattr(self, key) is not None}
        if any(s.affiliation is not None for s in self.sources or ()):
            labelled.add("affiliations")
        return tuple(part for part in PARTS if part in labelled)

@dataclass(frozen=True)
class GoldItem:
    """One gold file with its article."""

    path: Path
    gold: GoldBrief
    article: Article

def load_gold(path: str | Path) -> GoldBrief:
    """Read and validate one gold YAML file; errors name the file and the item."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise GoldError(f"{path}: cannot read ({e.strerror or e})") from e
    except yaml.YAMLError as e:
        raise GoldError(f"{path}: invalid YAML ({_one_line(e)})") from e
    if not isinstance(data, dict):
        raise GoldError(f"{path}: expected a mapping with keys article, main_issue, actors, stances, sources, claims")
    try:
        return GoldBrief.model_validate(data)
    except ValidationError as e:
        every = [f"{path}: {_describe_one(d, data)}" for d in e.errors()]
        raise GoldError(f"{path}: {_describe(e, data)}", every) from e

def _describe(error: ValidationError, data: dict) -> str:
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return _describe_one(error.errors()[0], data) + more

def _describe_one(detail: Any, data: dict) -> str:
    if detail["type"] == "extra_forbidden":
        return f"{_item_label(detail['loc'][:-1], data)}: unknown key '{detail['loc'][-1]}'"
    message = str(detail["ctx"]["error"]) if detail["type"] == "value_error" else detail["msg"]
    return f"{_item_label(detail['loc'], data)}: {message}"

def _item_label(loc: tuple, data: object) -> str:
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
            name = node.get("name") or node.get("holder") or node.get("text") if isinstance(node, dict) else None
            parts[-1] += f"[{step}]" + (f" '{name}'" if isinstance(name, str) else "")
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts) or "file"

def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())

def known_names(gold: GoldBrief) -> set[str]:
    """Normalised names and aliases of every actor and source."""
    names: set[str] = set()
    for item in (*(gold.actors or ()), *(gold.sources or ())):
        names.update(normalize_name(n) for n in (item.name, *item.aliases))
    return names

def check_gold(gold: GoldBrief, article_text: str) -> list[str]:
    """Problems of a gold brief against its article; an empty list means it is sound.

    Quotes and evidence must be in the article. Names are checked only against what the
    file labels: stance holders must be actors when actors are labelled, and a claim's
    `by` must be an actor or source when both are labelled (else it may name someone
    in the part left out).
    """
    problems: list[str] = []
    actors: set[str] = set()
    for actor in gold.actors or ():
        actors.update(normalize_name(n) for n in (actor.name, *actor.aliases))
    for i, stance in enumerate(gold.stances or ()):
        item = f"stances[{i}] '{stance.holder} -> {stance.target}'"
        if gold.actors is not None and normalize_name(stance.holder) not in actors:
            problems.append(f"{item}: holder '{stance.holder}' is not an actor's name or alias")
        if stance.evidence and locate(article_text, stance.evidence) is None:
            problems.append(f"{item}: evidence not found in the article: {stance.evidence!r}")
    for i, source in enumerate(gold.sources or ()):
        for j, quote in enumerate(source.quotes):
            if locate(article_text, quote) is None:
                problems.append(f"sources[{i}] '{source.name}': quotes[{j}] not found in the article: {quote!r}")
    names = known_names(gold)
    check_by = gold.actors is not None and gold.sources is not None
    for i, claim in enumerate(gold.claims or ()):
        if check_by and claim.by.strip().lower() != "author" and normalize_name(claim.by) not in names:
            problems.append(f"claims[{i}]: by '{claim.by}' is neither 'author' nor an actor or source")
    return problems


def describe_labels(gold: GoldBrief) -> str:
    """What a gold file labels, in one line, e.g.

    `main_issue, actors 12 (2 optional), sources 7 (9 quotes, 5 affiliations), stances 10, claims 5; not labelled: none`
    (an affiliation counts when it names something; `""` is labelled but names nothing).
    """
    labels = gold.labels
    parts = []
    for part in labels:
        if part == "main_issue":
            parts.append("main_issue")
        elif part == "actors":
            optional = sum(a.optional for a in gold.actors or ())
            parts.append(f"actors {len(gold.actors or ())}" + (f" ({optional} optional)" if optional else ""))
        elif part == "sources":
            sources = gold.sources or ()
            quotes = sum(len(s.quotes) for s in sources)
            named = sum(bool(s.affiliation) for s in sources)
            affiliations = f", {named} affiliation{'s' if named != 1 else ''}" if "affiliations" in labels else ""
            parts.append(f"sources {len(sources)} ({quotes} quote{'s' if quotes != 1 else ''}{affiliations})")
        elif part != "affiliations":
            parts.append(f"{part} {len(getattr(gold, part))}")
    missing = [p for p in PARTS if p not in labels]
    return f"{', '.join(parts)}; not labelled: {', '.join(missing) or 'none'}"

def gold_paths(gold_dir: str | Path, articles_dir: str | Path) -> list[Path]:
    """The gold files (`*.yaml`, `*.yml`) of a folder, sorted; both folders must exist."""
    gold_dir, articles_dir = Path(gold_dir), Path(articles_dir)
    for folder, what in ((gold_dir, "gold"), (articles_dir, "articles")):
        if not folder.is_dir():
            raise GoldError(f"{folder}: no such {what} folder")
    paths = sorted(p for p in gold_dir.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file())
    if not paths:
        raise GoldError(f"{gold_dir}: folder holds no gold files (*.yaml)")
    return paths


def load_gold_set(
    gold_dir: str | Path, articles_dir: str | Path, *, check: bool = True, max_chars: int = MAX_ARTICLE_CHARS
) -> list[GoldItem]:
    """Every gold file of a folder with its article; with `check`, a gold file that does not fit its article is refused.

    An article longer than `max_chars` characters is a GoldError naming the setting that raises the limit.
    """
    items = [_pair(path, Path(articles_dir), max_chars) for path in gold_paths(gold_dir, articles_dir)]
    for item in items if check else ():
        problems = check_gold(item.gold, item.article.text)
        if problems:
            more = f" (and {len(problems) - 1} more; see: summarizer eval check-gold)" if len(problems) > 1 else ""
            raise GoldError(f"{item.path}: {problems[0]}{more}")
    return items


def _pair(path: Path, articles_dir: Path, max_chars: int = MAX_ARTICLE_CHARS) -> GoldItem:
    gold = load_gold(path)
    name, _, wanted_id = gold.article.partition("#")
    article_path = articles_dir / name
    if not article_path.is_file():
        raise GoldError(f"{path}: article '{name}' not found in {articles_dir}")
    try:
        articles = load_path(article_path, max_chars=max_chars)
    except InputError as e:
        raise GoldError(f"{path}: {e}") from e
    if wanted_id:
        articles = [a for a in articles if a.id == wanted_id]
        if not articles:
            raise GoldError(f"{path}: '{name}' holds no article with id '{wanted_id}'")
    if len(articles) != 1:
        raise GoldError(
            f"{path}: '{name}' holds {len(articles)} articles; name one as '{name}#<id>' (a gold file labels exactly one)"
        )
    return GoldItem(path, gold, articles[0])


def gold_as_draft(gold: GoldBrief) -> BriefDraft:
    """The draft a perfect model would write: used to test that gold scores 1.0 through the pipeline."""
    return BriefDraft(
        main_issue=gold.main_issue or gold.article,
        summary=f"{(gold.main_issue or gold.article).rstrip('.')}.",
        actors=[ActorDraft(name=a.name, aliases=a.aliases, kind=a.kind, role=a.role) for a in gold.actors or ()],
        stances=[
            StanceDraft(holder=s.holder, target=s.target, label=s.stance, evidence=s.evidence) for s in gold.stances or ()
        ],
        sources=[
            SourceDraft(name=s.name, type=s.type, affiliation=s.affiliation or "", role=s.role, quotes=s.quotes)
            for s in gold.sources or ()
        ],
        claims=[ClaimDraft(text=c.text, by=c.by) for c in gold.claims or ()],
    )


@dataclass(frozen=True)
class GoldFileCheck:
    """One checked gold file: the gold (None when it could not be read or paired) and its problems."""

    path: Path
    gold: GoldBrief | None
    problems: list[str]


def check_gold_files(gold_dir: str | Path, articles_dir: str | Path) -> list[GoldFileCheck]:
    """Check every gold file of a folder against its article; problems read 'file: item: message'."""
    checks = []
    for path in gold_paths(gold_dir, articles_dir):
        try:
            item = _pair(path, Path(articles_dir))
        except GoldError as e:  # every schema fault, one line each; quotes and spans are checked once the file loads
            checks.append(GoldFileCheck(path, None, e.problems))
            continue
        problems = [f"{path}: {p}" for p in check_gold(item.gold, item.article.text)]
        checks.append(GoldFileCheck(path, item.gold, problems))
    return checks


def check_gold_dir(gold_dir: str | Path, articles_dir: str | Path) -> tuple[int, list[str]]:
    """Check every gold file of a folder; returns (files checked, problems as 'file: item: message')."""
    checks = check_gold_files(gold_dir, articles_dir)
    return len(checks), [p for check in checks for p in check.problems]


def gold_responder(items: list[GoldItem]) -> Callable[[Request], BriefDraft]:
    """A FakeBackend responder that answers each article's brief request with its gold (single strategy)."""
    drafts = {item.article.content_hash: gold_as_draft(item.gold) for item in items}

    def respond(request: Request) -> BriefDraft:
        if request.response_model is not BriefDraft or request.article_hash not in drafts:
            raise LookupError(f"no gold brief for {request.prompt_name} of article {request.article_id}")
        return drafts[request.article_hash]

    return respond
