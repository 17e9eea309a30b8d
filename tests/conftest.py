"""Suite-wide guards and fixtures.

- Network: any connection or name lookup beyond loopback fails at once, so a
  forgotten live call fails fast instead of hanging (or costing money).
- Environment: OPENAI_* and SUMMARIZER_* are cleared for every test; the cache
  lives in a fresh temporary folder per test, the config file is one that does
  not exist, so no test reads or writes the user's own.
- `live` tests (a real paid API) run only with --run-live.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from openai_server import OpenAIServer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLES = ROOT / "evals" / "articles"

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


class NetworkBlocked(OSError):
    """Raised for any connection beyond 127.0.0.1 during tests."""


def _is_loopback(host: Any) -> bool:
    if host is None:
        return True  # getaddrinfo(None, port) means the local host
    if isinstance(host, bytes):
        host = host.decode()
    host = str(host).strip("[]").split("%")[0]
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guard(address: Any, family: int) -> None:
    if family == getattr(socket, "AF_UNIX", None) or not isinstance(address, tuple):
        return
    if not _is_loopback(address[0]):
        raise NetworkBlocked(f"network access to {address[0]!r} is blocked in tests (only 127.0.0.1 is allowed)")


def _install_network_guard() -> None:
    real_connect, real_connect_ex, real_getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> Any:
        _guard(address, self.family)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        _guard(address, self.family)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_loopback(host):
            raise NetworkBlocked(f"name lookup of {host!r} is blocked in tests (only 127.0.0.1 is allowed)")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-live", action="store_true", default=False, help="run tests that call a real paid API")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "live: calls a real paid API; opt in with --run-live")
    if not config.getoption("--run-live"):
        _install_network_guard()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-live"):
        return
    skip = pytest.mark.skip(reason="calls a real API; run with --run-live")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def session_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("summarizer-session")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No OPENAI_*/SUMMARIZER_* from the developer's shell; a private cache and no config file."""
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "SUMMARIZER_")):
            monkeypatch.delenv(name)
    cache_dir = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(cache_dir / "no-such-config.toml"))
    yield cache_dir


@pytest.fixture
def cache_dir(clean_env: Path) -> Path:
    """The cache folder this test's SUMMARIZER_CACHE_DIR points at."""
    return clean_env


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """A fresh OpenAI-compatible server on 127.0.0.1 for one test."""
    with OpenAIServer() as server:
        yield server


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    paths = sorted(SEED_ARTICLES.glob("*.txt"))
    assert paths, f"no seed articles in {SEED_ARTICLES}"
    return paths


def brief_request(article: Any, *, focus: str | None = None, settings: Any = None) -> Any:
    """The Request the single strategy sends for `article`, built as the pipeline builds it."""
    from summarizer.llm.backends import GenerationSettings, Request
    from summarizer.llm.prompting import fence, load_template
    from summarizer.schema import BriefDraft

    template = load_template("brief")
    prompt = template.render(article=article, marker=fence(article.text), focus=focus)
    return Request(
        messages=prompt.messages,
        response_model=BriefDraft,
        settings=settings or GenerationSettings(),
        prompt_name=template.name,
        prompt_version=template.version,
        prompt_hash=template.hash,
        article_id=article.id,
        article_hash=article.content_hash,
    )
