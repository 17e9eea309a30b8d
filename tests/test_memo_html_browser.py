"""The HTML memo in a real headless Chromium: find the matrix, expand "All stances", follow a quote link, see the passage highlighted.

Chromium is driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`),
so no driver, websocket library or browser download is needed. Skipped only when
no `chromium` is installed (Debian package `chromium`; `.ci/run` installs it).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from test_memo_gold import gold_responder, seed_articles

from summarizer.llm.backends.fake import FakeBackend
from summarizer.memos.build import memo
from summarizer.memos.render import memo_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
HIGHLIGHT = "rgb(255, 224, 102)"


def _high(fd: int) -> int:
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


class DevTools:
    """A minimal DevTools-protocol client over Chromium's debugging pipe (fd 3 in, fd 4 out)."""

    def __init__(self, profile: Path) -> None:
        self.log = profile.with_name("chromium.log")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Above 9, so that putting them on 3 and 4 below cannot overwrite one with the other.
        to_chrome_r, from_chrome_w = (_high(fd) for fd in (to_chrome_r, from_chrome_w))

        flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            "--window-size=1280,900", f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank",
        ]  # fmt: skip
        # The protocol wants the pipes on fds 3 and 4 of the browser; the shell puts them there.
        wiring = f'exec "$0" "$@" 3<&{to_chrome_r} 4>&{from_chrome_w}'
        self.process = subprocess.Popen(
            [shutil.which("bash") or "/bin/bash", "-c", wiring, str(CHROMIUM), *flags],
            pass_fds=(to_chrome_r, from_chrome_w),
            stdout=subprocess.DEVNULL,
            stderr=open(self.log, "wb"),  # noqa: SIM115 - closed with the process
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.session: str | None = None

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_chrome, 65536)
            if not chunk:
                raise RuntimeError(f"chromium closed the debugging pipe: {self.log_tail()}")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", {"url": url}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.wait_for("document.readyState === 'complete' && !!document.getElementById('stance-matrix')")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, condition: str, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.evaluate(f"!!({condition})"):
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {condition}")
            time.sleep(0.1)

    def log_tail(self) -> str:
        lines = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        return " | ".join(line for line in lines if "dbus" not in line)[-800:]

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        os.close(self._to_chrome)
        os.close(self._from_chrome)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    m = memo(seed_articles(), backend=FakeBackend(responder=gold_responder), use_cache=False)
    path = tmp_path_factory.mktemp("memo") / "memo.html"
    path.write_text(memo_html(m), encoding="utf-8")
    return path


@pytest.fixture
def browser(tmp_path) -> DevTools:
    devtools = DevTools(tmp_path / "profile")
    yield devtools
    devtools.close()


@pytest.mark.timeout(120)
def test_following_a_quote_link_highlights_the_passage(page, browser):
    browser.open(page.as_uri())
    matrix = browser.evaluate(
        """(() => { const t = document.querySelector('table#stance-matrix');
                    return {rows: t.tBodies[0].rows.length, heads: [...t.tHead.rows[0].cells].map(c => c.textContent)}; })()"""
    )
    assert 10 <= matrix["rows"] <= 15 and matrix["heads"][:3] == ["Holder", "Target", "A1"]

    quote = browser.evaluate(
        """(() => { const a = [...document.querySelectorAll('a.quote')].find(a => a.textContent.includes('We exchanged views'));
                    a.click(); return {href: a.getAttribute('href'), text: a.textContent}; })()"""
    )
    target = quote["href"][1:]
    browser.wait_for(f"location.hash === '#{target}' && document.getElementById('{target}').classList.contains('hl')")
    state = browser.evaluate(
        f"""(() => {{ const el = document.getElementById('{target}'); const r = el.getBoundingClientRect();
                     return {{bg: getComputedStyle(el).backgroundColor, target: el.matches(':target'), text: el.textContent,
                              inArticle: !!el.closest('#article-A3'), visible: r.bottom > 0 && r.top < innerHeight}}; }})()"""
    )
    assert state["bg"] == HIGHLIGHT
    assert state["target"] and state["inArticle"] and state["visible"]
    assert state["text"] in quote["text"] and state["text"].startswith("We exchanged views")


@pytest.mark.timeout(120)
def test_matrix_evidence_link_opens_its_passage(page, browser):
    browser.open(page.as_uri())
    href = browser.evaluate(
        """(() => { const a = document.querySelector('#stance-matrix td.supports a.evidence'); a.click(); return a.getAttribute('href'); })()"""
    )
    target = href[1:]
    browser.wait_for(f"document.getElementById('{target}').classList.contains('hl')")
    assert browser.evaluate(f"getComputedStyle(document.getElementById('{target}')).backgroundColor") == HIGHLIGHT
    # only the followed passage is highlighted
    assert browser.evaluate("document.querySelectorAll('mark.hl:not([data-of])').length") == 1


@pytest.mark.timeout(120)
def test_all_stances_expand_and_their_evidence_links_open_the_passage(page, browser):
    browser.open(page.as_uri())
    closed = browser.evaluate(
        """(() => { const d = document.querySelector('details#all-stances'); const t = d.querySelector('table#all-stances-matrix');
                    return {open: d.open, visible: t.checkVisibility(), rows: t.tBodies[0].rows.length,
                            summary: d.querySelector('summary').textContent}; })()"""
    )
    assert closed["open"] is False and closed["visible"] is False and closed["rows"] >= 1
    assert closed["summary"] == f"All stances: {closed['rows']} more rows"
    browser.evaluate("document.querySelector('details#all-stances summary').click()")
    browser.wait_for("document.querySelector('details#all-stances').open")
    assert browser.evaluate("document.querySelector('table#all-stances-matrix').checkVisibility()") is True
    href = browser.evaluate(
        """(() => { const a = document.querySelector('#all-stances-matrix a.evidence'); a.click(); return a.getAttribute('href'); })()"""
    )
    target = href[1:]
    browser.wait_for(f"document.getElementById('{target}').classList.contains('hl')")
    assert browser.evaluate(f"getComputedStyle(document.getElementById('{target}')).backgroundColor") == HIGHLIGHT
    assert browser.evaluate(f"!!document.getElementById('{target}').closest('#articles')")
