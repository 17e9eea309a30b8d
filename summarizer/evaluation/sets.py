"""Gold sets: which gold folder goes with which articles (and recordings, and baseline).

A *set folder* holds one gold set in a fixed layout, the layout of `evals/`:

    <set>/articles/        the articles (any input format the library reads)
    <set>/gold/            one gold YAML per article (docs/gold-format.md)
    <set>/recordings/      optional: recorded model answers, for replay
    <set>/baseline.json    optional: the metrics a CI gate holds the set to

A *folder of sets* holds set folders as its immediate subfolders. A gold set
can also be given as a bare pair of folders (gold, articles) with no layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .gold import GoldError

__all__ = [
    "ARTICLES",
    "BASELINE",
    "GOLD",
    "RECORDINGS",
    "GoldSet",
    "is_set_folder",
    "recordings_of",
    "resolve_sets",
    "set_at",
    "sets_in",
]

GOLD, ARTICLES, RECORDINGS, BASELINE = "gold", "articles", "recordings", "baseline.json"


@dataclass(frozen=True)
class GoldSet:
    """A named gold set: its gold and articles folders and, when it came from a set folder, that folder."""

    name: str
    gold_dir: Path
    articles_dir: Path
    folder: Path | None = None

    @property
    def recordings_dir(self) -> Path | None:
        """`<set>/recordings` of a set folder (whether or not it exists); None for a bare pair of folders."""
        return self.folder / RECORDINGS if self.folder else None

    @property
    def baseline_path(self) -> Path | None:
        """`<set>/baseline.json` of a set folder (whether or not it exists); None for a bare pair of folders."""
        return self.folder / BASELINE if self.folder else None


def is_set_folder(folder: Path) -> bool:
    """A set folder is one that holds a `gold/` folder."""
    return (folder / GOLD).is_dir()


def set_at(folder: str | Path) -> GoldSet:
    """The gold set of a set folder; GoldError when it lacks `gold/` or `articles/`."""
    folder = Path(folder)
    for part in (GOLD, ARTICLES):
        if not (folder / part).is_dir():
            raise GoldError(f"{folder}: a gold set folder needs {GOLD}/ and {ARTICLES}/ (no {part}/ here)")
    return GoldSet(str(folder), folder / GOLD, folder / ARTICLES, folder)


def sets_in(folder: str | Path, *, with_children: bool = False) -> list[GoldSet]:
    """The sets a folder names: itself when it is a set folder, else its set subfolders (sorted).

    With `with_children`, a set folder's own set subfolders follow it (how `evals/` holds the
    seed set and `evals/dev/`, `evals/dev-test/`). GoldError when the folder is missing or
    names no set.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: no such folder")
    children = sorted(c for c in folder.iterdir() if c.is_dir() and is_set_folder(c))
    if is_set_folder(folder):
        return [set_at(folder), *(set_at(c) for c in children if with_children)]
    if not children:
        raise GoldError(f"{folder}: neither a gold set ({GOLD}/ and {ARTICLES}/) nor a folder of gold sets")
    return [set_at(c) for c in children]


def _pairs(gold_dirs: Sequence[Path], articles_dirs: Sequence[Path]) -> list[GoldSet]:
    if not gold_dirs and not articles_dirs:
        return []
    if not gold_dirs:
        raise GoldError("--articles needs --gold (or give set folders with --set)")
    if not articles_dirs:
        raise GoldError("--gold needs --articles: one articles folder for all, or one per --gold, in the same order")
    if len(articles_dirs) == 1:
        articles_dirs = list(articles_dirs) * len(gold_dirs)
    if len(articles_dirs) != len(gold_dirs):
        raise GoldError(
            f"{len(gold_dirs)} --gold folders but {len(articles_dirs)} --articles folders: "
            "give one articles folder for all, or one per --gold, in the same order"
        )
    return [GoldSet(str(g), Path(g), Path(a)) for g, a in zip(gold_dirs, articles_dirs)]


def resolve_sets(
    set_dirs: Sequence[str | Path] = (), gold_dirs: Sequence[str | Path] = (), articles_dirs: Sequence[str | Path] = ()
) -> list[GoldSet]:
    """Every gold set the user named, in order: each `--set` folder (a set or a folder of sets), then each
    `--gold` folder with its `--articles` folder (paired in order; one articles folder serves every gold folder).

    GoldError when nothing is named, the folders do not pair up, or a set is named twice.
    """
    sets = [s for folder in set_dirs for s in sets_in(folder)]
    sets += _pairs([Path(g) for g in gold_dirs], [Path(a) for a in articles_dirs])
    if not sets:
        raise GoldError("name a gold set: --set DIR (a folder with articles/ and gold/), or --gold DIR with --articles DIR")
    seen: dict[Path, str] = {}
    for s in sets:
        key = s.gold_dir.resolve()
        if key in seen:
            raise GoldError(f"{s.name}: gold set given twice (the gold folder {s.gold_dir} is also in {seen[key]})")
        seen[key] = s.name
    return sets


def recordings_of(gold_set: GoldSet) -> Path:
    """The set folder's `recordings/`, to replay; GoldError when the set has none (or is a bare pair of folders)."""
    folder = gold_set.recordings_dir
    if folder is None:
        raise GoldError(f"{gold_set.name}: not a set folder, so it has no recordings/ of its own (use --replay DIR)")
    if not folder.is_dir():
        raise GoldError(
            f"{gold_set.name}: no {RECORDINGS}/ folder to replay "
            f"(record one with: summarizer eval --set {gold_set.name} --record {folder})"
        )
    return folder
