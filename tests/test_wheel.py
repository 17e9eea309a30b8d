"""The built wheel ships its prompts and schemas: install it apart and brief through recordings.

The wheel is built with pip (hatchling comes from the pip cache or PyPI); the
temporary venv borrows every dependency from this venv's site-packages through
a plain path entry, so nothing else is downloaded and the checkout is never on
its path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED_ARTICLES

from summarizer.articles import load_path
from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends import FakeBackend

pytestmark = pytest.mark.timeout(240)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=180, **kw)
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)])
    [built] = out.glob("summarizer-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel; dependencies are read from this venv."""
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / "bin" / "python"
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--quiet", str(wheel)])
    return home


def test_wheel_contains_prompts_and_schemas(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for prompt in (ROOT / "prompts").glob("*.j2"):
        assert f"summarizer/_data/prompts/{prompt.name}" in names
    for schema in (ROOT / "schemas").glob("*.json"):
        assert f"summarizer/_data/schemas/{schema.name}" in names
    assert "summarizer/cli/__init__.py" in names
    assert not [n for n in names if n.startswith(("tests/", "evals/"))]


def test_installed_package_finds_its_data_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    code = (
        "import summarizer, summarizer.resources as r, summarizer.llm.prompting as p; "
        "print(summarizer.__file__); print(r.data_dir('prompts')); print(p.load_template('brief').label)"
    )
    out = run([str(installed / "bin" / "python"), "-c", code], cwd=tmp_path).stdout.splitlines()
    assert out[0].startswith(str(installed)), "imported from the wheel, not the checkout"
    assert Path(out[1]) == Path(out[0]).parent / "_data" / "prompts"
    assert out[2].startswith("brief@")


def test_installed_cli_briefs_from_recordings(installed: Path, tmp_path: Path) -> None:
    article_path = sorted(SEED_ARTICLES.glob("*.txt"))[0]
    article = load_path(article_path)[0]
    recordings = tmp_path / "recordings"
    with Summarizer(Settings(strategy="single", record_dir=str(recordings), use_cache=False), backend=FakeBackend()) as s:
        expected = s.brief(article)

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp_path / "cache")
    env["SUMMARIZER_CONFIG"] = str(tmp_path / "none.toml")
    result = run(
        [str(installed / "bin" / "summarizer"), "brief", str(article_path), "--replay", str(recordings), "--format", "json"],
        cwd=tmp_path, env=env,
    )
    [line] = result.stdout.splitlines()
    brief = json.loads(line)
    assert brief["article_id"] == article.id
    assert {k: v for k, v in brief.items() if k != "usage"} == expected.model_dump(mode="json", exclude={"usage"})
    assert brief["usage"]["backend"] == "replay"
