"""langextract beside our embedded stepwise pipeline: same GGUF, same articles, same scorer.

    .venv/bin/python benchmarks/bench_peers.py [--articles DIR --gold DIR] [--split dev-test] [--limit N]

Needs the benchmark extra (`pip install -e ".[local,bench]"`): langextract and
llama-cpp-python's OpenAI-compatible server.

- Articles: every gold file of `--gold` with its article in `--articles`, keeping those
  of `--split` by the gold-set rule (the sha256 hex digest of the article's file name
  starts with 0-4: dev-test; `cluster_*` files are dev). Default folders:
  evals/dev-test/{articles,gold}.
- langextract (`lx.extract`, its default 1,000-character chunks, one pass, one request
  at a time) is asked for actors, speakers and quotes with its own few-shot examples
  (peers_langextract.py, which also converts its extractions to our Brief), through its OpenAI provider with a
  `base_url` pointing at `python -m llama_cpp.server` on 127.0.0.1, serving the
  embedded model's GGUF (`ensure_default_model()`), greedy (temperature 0), with
  the same thread count. llama-cpp-python's server accepts `response_format`
  `json_object` but not the `json_schema` that langextract's schema constraints
  send, so it runs as langextract runs local models (its Ollama route): JSON mode,
  `use_schema_constraints=False`, `fence_output=False`.
- Ours: `Summarizer` with the local backend, stepwise strategy, no call cache, the
  model loaded before the clock starts.
- Both briefs are scored by summarizer.evaluation (`Scorer`, `aggregate`). Articles go
  shortest first; each goes through langextract, then ours: never both at once.
  Seconds are wall time per article.

Writes benchmarks/results/peers.json.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from common import ROOT, machine, write_result
from peers_langextract import (
    EXAMPLE_TEXTS,
    PROMPT,
    brief_from_extractions,
    examples,
    found_in,
)

from summarizer.errors import SummarizerError
from summarizer.evaluation import GoldItem, Scorer, aggregate, load_gold, load_gold_set
from summarizer.evaluation.gold import gold_paths
from summarizer.evaluation.metrics import METRIC_KEYS

BENCH_MODULES = {
    "langextract": "langextract",
    "llama_cpp": "llama-cpp-python",
    "uvicorn": "llama-cpp-python[server]",
    "fastapi": "llama-cpp-python[server]",
    "sse_starlette": "llama-cpp-python[server]",
    "starlette_context": "llama-cpp-python[server]",
    "pydantic_settings": "llama-cpp-python[server]",
}
COMPARABLE = tuple(k for k in METRIC_KEYS if not k.startswith(("stance_", "claim_")))
"""The metrics langextract was asked for; stances and claims were asked of ours only."""
SERVER_START_SECONDS = 180.0
MODEL_ALIAS = "qwen2.5-coder-1.5b-instruct"
PEER = "langextract"
OURS = "ours (embedded stepwise)"


def main() -> int:
    args = parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwind, so the llama.cpp server is stopped too
    missing = missing_modules()
    if missing:
        extras = sorted({BENCH_MODULES[m] for m in missing})
        print(f"bench_peers: missing {', '.join(extras)}; install the benchmark extra: pip install -e \".[local,bench]\"")
        return 2
    try:
        return compare(args)
    except SummarizerError as e:
        print(f"bench_peers: {e}")
        return 2


def compare(args: argparse.Namespace) -> int:
    """Select the articles, run both systems on each in turn, score, print and write the result."""
    items = select_items(args.articles, args.gold, args.split, args.limit)
    from summarizer.llm.backends import local
    from summarizer.llm.model_store import DEFAULT_MODEL, ensure_default_model

    model_path = ensure_default_model()
    threads = args.threads or local.available_threads()
    result: dict[str, Any] = {
        "machine": machine(),
        "split": args.split,
        "articles_dir": str(args.articles),
        "gold_dir": str(args.gold),
        "model": DEFAULT_MODEL.identity,
        "threads": threads,
        "order": "shortest article first; for each article langextract, then ours (never both at once)",
        "langextract": langextract_settings(args),
    }
    print(f"{len(items)} articles ({args.split}); model {DEFAULT_MODEL.identity}; {threads} threads; "
          f"load average {result['machine']['load_average_at_start']}")
    rows: dict[str, list[dict[str, Any]]] = {PEER: [], OURS: []}
    with Peer(model_path, threads, args) as peer, Ours(model_path, DEFAULT_MODEL.identity, threads) as ours:
        for item in items:
            for name, system in ((PEER, peer), (OURS, ours)):
                row = system.run(item)
                _progress(name, item, row)
                rows[name].append(row)
            done = items[: len(rows[OURS])]
            result["systems"] = {name: summarize(done, rows[name]) for name in rows}
            write_result(args.name, {**result, "complete": False})  # a stopped run keeps its finished articles
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    result["complete"] = True
    print_result(result)
    print(f"wrote {write_result(args.name, result)}")
    return 0


def parse_args() -> argparse.Namespace:
    base = ROOT / "evals" / "dev-test"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=base / "articles", help="folder of the articles (default: %(default)s)")
    parser.add_argument("--gold", type=Path, default=base / "gold", help="folder of the gold briefs (default: %(default)s)")
    parser.add_argument("--split", choices=("dev-test", "dev", "all"), default="dev-test",
                        help="keep the articles of this split by the file-name rule (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (0: all)")
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads for both systems (0: every usable core)")
    parser.add_argument("--max-char-buffer", type=int, default=1000,
                        help="langextract's chunk size in characters (its default: %(default)s)")
    parser.add_argument("--max-output-tokens", type=int, default=1024, help="cap on each langextract answer, in tokens")
    parser.add_argument("--n-ctx", type=int, default=8192, help="context of the llama.cpp server, in tokens")
    parser.add_argument("--debug", action="store_true", help="langextract's debug logging (raw model answers)")
    parser.add_argument("--name", default="peers", help="result file: benchmarks/results/NAME.json")
    return parser.parse_args()


def missing_modules() -> list[str]:
    """The benchmark-only modules that cannot be imported here."""
    missing = []
    for module in BENCH_MODULES:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(module)
    return missing


# --------------------------------------------------------------------------- articles


def split_of(file_name: str) -> str:
    """'dev-test' when the sha256 hex digest of the article's file name starts with 0-4 (cluster_* files are dev)."""
    if file_name.startswith("cluster_"):
        return "dev"
    return "dev-test" if hashlib.sha256(file_name.encode()).hexdigest()[0] in "01234" else "dev"


def select_items(articles: Path, gold: Path, split: str, limit: int) -> list[GoldItem]:
    """The gold items of `split`, shortest article first (a stopped run has covered the most articles);
    paired and checked by `load_gold_set` on a folder of links to the chosen gold files."""
    chosen = [p for p in gold_paths(gold, articles) if split == "all" or split_of(article_file(p)) == split]
    if not chosen:
        raise SummarizerError(f"{gold}: no gold file of the {split} split")
    with tempfile.TemporaryDirectory(prefix="bench-peers-gold-") as folder:
        for path in chosen:
            (Path(folder) / path.name).symlink_to(path.resolve())
        items = sorted(load_gold_set(folder, articles), key=lambda item: len(item.article.text))
    return items[:limit] if limit else items


def article_file(gold_path: Path) -> str:
    return load_gold(gold_path).article.partition("#")[0]


# --------------------------------------------------------------------------- langextract


def langextract_settings(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "version": _version("langextract"),
        "route": "OpenAI provider, base_url -> python -m llama_cpp.server on 127.0.0.1 (same GGUF)",
        "llama_cpp_python": _version("llama-cpp-python"),
        "use_schema_constraints": False,
        "fence_output": False,
        "response_format": "json_object (llama.cpp JSON grammar)",
        "temperature": 0.0,
        "max_char_buffer": args.max_char_buffer,
        "max_output_tokens": args.max_output_tokens,
        "extraction_passes": 1,
        "max_workers": 1,
        "prompt_description": PROMPT,
        "examples": [{"text": text, "extractions": [list(e) for e in extractions]} for text, extractions in EXAMPLE_TEXTS],
    }


def _version(dist: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return None


class Peer:
    """langextract, through its OpenAI provider, against a llama.cpp server of the same GGUF."""

    def __init__(self, model_path: Path, threads: int, args: argparse.Namespace) -> None:
        self.model_path, self.threads, self.args = model_path, threads, args
        self._server: Any = None
        self.config: Any = None

    def __enter__(self) -> Peer:
        from langextract.factory import ModelConfig

        self.shots = examples()
        self._server = llama_server(self.model_path, self.threads, self.args.n_ctx)
        url = self._server.__enter__()
        self.config = ModelConfig(
            model_id=MODEL_ALIAS,
            provider="openai",
            provider_kwargs={
                "api_key": "not-needed-locally",
                "base_url": url,
                "temperature": 0.0,
                "max_workers": 1,
                "max_output_tokens": self.args.max_output_tokens,
                "seed": 0,
            },
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.__exit__(*exc)

    def run(self, item: GoldItem) -> dict[str, Any]:
        """One article through `lx.extract`: its Brief, wall seconds and extraction counts (or the error)."""
        import langextract as lx

        started = time.perf_counter()
        try:
            document = lx.extract(
                item.article.text,
                prompt_description=PROMPT,
                examples=self.shots,
                config=self.config,
                use_schema_constraints=False,
                fence_output=False,
                max_char_buffer=self.args.max_char_buffer,
                batch_length=1,
                max_workers=1,
                show_progress=False,
                debug=self.args.debug,
            )
            seconds = time.perf_counter() - started
            brief, counts = brief_from_extractions(item.article, found_in(document))
            return {"brief": brief, "seconds": seconds, "extractions": _tally(document), **counts}
        except Exception as e:  # noqa: BLE001 - one article's failure is reported, never stops the run
            return {"brief": None, "seconds": time.perf_counter() - started, "error": _one_line(e)}


def _tally(document: Any) -> dict[str, int]:
    tally: dict[str, int] = {}
    for e in document.extractions or ():
        tally[e.extraction_class] = tally.get(e.extraction_class, 0) + 1
    return tally


@contextmanager
def llama_server(model_path: Path, threads: int, n_ctx: int) -> Iterator[str]:
    """`python -m llama_cpp.server` on a free loopback port; yields its OpenAI base URL, stops it on exit."""
    port = _free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx), "--n_batch", "512",
        "--n_threads", str(threads), "--n_threads_batch", str(threads), "--seed", "0", "--verbose", "False",
    ]
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True)
        try:
            url = f"http://127.0.0.1:{port}/v1"
            _wait_ready(url, process, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(url: str, process: subprocess.Popen[str], log: Any) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            lines = [line for line in log.read().splitlines() if line.strip()]
            raise SystemExit(f"bench_peers: the llama.cpp server exited ({lines[-1] if lines else process.returncode})")
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise SystemExit(f"bench_peers: the llama.cpp server did not answer within {SERVER_START_SECONDS:.0f} s")


# --------------------------------------------------------------------------- ours


class Ours:
    """Our pipeline: local backend on the same GGUF, stepwise strategy, no call cache."""

    def __init__(self, model_path: Path, identity: str, threads: int) -> None:
        self.model_path, self.identity, self.threads = model_path, identity, threads

    def __enter__(self) -> Ours:
        from summarizer import Settings, Summarizer
        from summarizer.llm.backends import local

        backend = local.LocalBackend(self.model_path, identity=self.identity, n_threads=self.threads)
        local._model(backend._key, backend.path, local.MIN_CONTEXT, backend.n_threads)  # load before any clock starts
        self.summarizer = Summarizer(Settings(backend="local", strategy="stepwise", use_cache=False), backend=backend)
        return self

    def __exit__(self, *exc: object) -> None:
        from summarizer.llm.backends import local

        self.summarizer.close()
        local.unload_all()

    def run(self, item: GoldItem) -> dict[str, Any]:
        """One article through `Summarizer.brief`: its Brief, wall seconds and model calls (or the error)."""
        started = time.perf_counter()
        try:
            brief = self.summarizer.brief(item.article)
            return {"brief": brief, "seconds": time.perf_counter() - started, "calls": brief.usage.calls}
        except SummarizerError as e:
            return {"brief": None, "seconds": time.perf_counter() - started, "error": _one_line(e)}


# --------------------------------------------------------------------------- scores


def summarize(items: list[GoldItem], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged metrics, seconds per article, and each article's metrics and counts."""
    scores = [Scorer(item.gold, item.article.text, item.article.id).score(row["brief"], error=row.get("error"))
              for item, row in zip(items, rows)]
    seconds = [row["seconds"] for row in rows]
    articles = []
    for item, row, score in zip(items, rows, scores):
        extra = {k: v for k, v in row.items() if k not in ("brief", "seconds")}
        articles.append({
            "article": item.article.id,
            "gold": item.path.name,
            "chars": len(item.article.text),
            "seconds": round(row["seconds"], 2),
            "metrics": _rounded(score.metrics),
            **extra,
        })
    return {
        "metrics": _rounded(aggregate(scores)),
        "mean_seconds_per_article": round(sum(seconds) / len(seconds), 2),
        "max_seconds_per_article": round(max(seconds), 2),
        "total_seconds": round(sum(seconds), 1),
        "failed": sum(row["brief"] is None for row in rows),
        "articles": articles,
    }


def _rounded(metrics: dict[str, float | None]) -> dict[str, float | None]:
    return {k: None if v is None else round(v, 3) for k, v in metrics.items()}


def _one_line(error: BaseException) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())[:300]


def _progress(system: str, item: GoldItem, row: dict[str, Any]) -> None:
    state = f"failed: {row['error']}" if row.get("error") else "ok"
    print(f"  {system}: {item.article.id} ({len(item.article.text)} chars) {row['seconds']:.1f} s {state}", flush=True)


def print_result(result: dict[str, Any]) -> None:
    systems = result["systems"]
    names = list(systems)
    width = max(len(n) for n in names) + 2
    print(f"\n{'metric':24}" + "".join(f"{n:>{width}}" for n in names))
    keys = list(COMPARABLE) + [k for k in next(iter(systems.values()))["metrics"] if k not in COMPARABLE]
    for key in keys:
        cells = [systems[n]["metrics"].get(key) for n in names]
        note = "" if key in COMPARABLE else "   (not asked of langextract)"
        print(f"{key:24}" + "".join(f"{'-' if v is None else f'{v:.3f}':>{width}}" for v in cells) + note)
    for label, key in (("mean s / article", "mean_seconds_per_article"), ("max s / article", "max_seconds_per_article"),
                       ("failed articles", "failed")):
        print(f"{label:24}" + "".join(f"{systems[n][key]:>{width}}" for n in names))
    print(f"load average {result['machine']['load_average_at_start']} -> {result['load_average_at_end']}")


if __name__ == "__main__":
    sys.exit(main())
