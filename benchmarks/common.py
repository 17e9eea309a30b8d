"""Shared pieces of the benchmarks: the latency server, synthetic articles, result files."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # tests/openai_server.py: the OpenAI-protocol test server

from summarizer.articles import Article, article_from_text  # noqa: E402

SEEDS = ROOT / "evals" / "articles"


class LatencyServer:
    """tests/openai_server.py in its own process (its own GIL), answering after `latency` seconds."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.process: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> "LatencyServer":
        script = Path(__file__).with_name("latency_server.py")
        self.process = subprocess.Popen(
            [sys.executable, str(script), str(self.latency)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=10)


def synthetic_articles(n: int) -> list[Article]:
    """`n` distinct articles built from the seed articles (a numbered dateline makes each unique)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [
        article_from_text(f"Report {i}: {seeds[i % len(seeds)]}", id=f"bench-{i:03d}")
        for i in range(n)
    ]


def machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in load] if load else None,
        "platform": platform.platform(),
    }


def write_result(name: str, payload: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    payload = {"benchmark": name, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **payload}
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return path
