"""The embedded model on the seed articles (or any folder): assembly, load, seconds per article, tokens/s, memory.

    .venv/bin/python benchmarks/bench_local.py [--skip-assembly] [--strategy stepwise] [--articles DIR] [--name local]

- assembly: the 22 part files concatenated and hashed into a fresh temporary folder;
- load: the first `llama_cpp.Llama` of the default model (memory-mapped);
- cold: each seed briefed with an empty call cache (model already loaded, nothing reused
  from another article); warm: the same again, every call answered by the cache, after a
  `gc.collect()`: the garbage of the cold run is not the warm run's cost (a rerun is a new process;
  without it, a full collection of the cold runs' objects landed in seed 001's warm run, 86 ms of 90);
- prompt / generated tokens per second: llama.cpp's own counters for the tokens it
  actually evaluated (the article once, then only each question's tail);
- peak RSS of this process (ru_maxrss).

- analysis: the language layer's share of the cold time (parse and rules; the pipeline is loaded before timing).

Target (issue 11): <= 20 s cold for a ~2,500-character article on 2 cores.
Writes benchmarks/results/<name>.json (default local.json).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from common import SEEDS, machine, write_result

from summarizer import Settings, Summarizer, load_articles
from summarizer.extract import nlp
from summarizer.extract.analysis import analyze
from summarizer.llm.backends import local
from summarizer.llm.model_store import DEFAULT_MODEL, ensure_default_model

TARGET_SECONDS = 20.0  # for an article of about 2,500 characters
TARGET_CHARS = 2500
TARGET_RSS_MB = 3 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-assembly", action="store_true", help="do not time a fresh assembly (writes 1.1 GB)")
    parser.add_argument("--strategy", default="auto")
    parser.add_argument("--articles", type=Path, default=SEEDS, help="folder of articles (default: the seeds)")
    parser.add_argument("--name", default="local", help="results file name")
    args = parser.parse_args()
    result: dict[str, Any] = {"machine": machine(), "model": DEFAULT_MODEL.identity, "strategy": args.strategy}
    if not args.skip_assembly:
        result["assembly_seconds"] = round(time_assembly(), 2)
    model_path = ensure_default_model()
    started = time.perf_counter()
    backend = local.LocalBackend(model_path, identity=DEFAULT_MODEL.identity)
    loaded = local._model(backend._key, backend.path, local.MIN_CONTEXT, backend.n_threads)
    result["load_seconds"] = round(time.perf_counter() - started, 2)
    result["threads"] = backend.n_threads
    articles = load_articles([str(args.articles)])
    articles = articles[0] if isinstance(articles, tuple) else articles
    nlp.load_pipeline()
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(backend="local", strategy=args.strategy, cache_dir=cache)
        with Summarizer(settings, backend=backend) as summarizer:
            result["articles"] = [run_article(summarizer, a, loaded) for a in articles]
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    result["summary"] = summarize(result)
    print_result(result)
    print(f"wrote {write_result(args.name, result)}")


def time_assembly() -> float:
    folder = Path(tempfile.mkdtemp(prefix="summarizer-assembly-"))
    try:
        started = time.perf_counter()
        ensure_default_model(folder, show_progress=False)
        return time.perf_counter() - started
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_article(summarizer: Summarizer, article: Any, loaded: Any) -> dict[str, Any]:
    import llama_cpp

    ctx = local._MODELS[summarizer.backend._key].llama._ctx.ctx
    started = time.perf_counter()
    analyze(article.text)
    analysis = time.perf_counter() - started
    llama_cpp.llama_perf_context_reset(ctx)
    started = time.perf_counter()
    brief = summarizer.brief(article)
    cold = time.perf_counter() - started
    perf = llama_cpp.llama_perf_context(ctx)
    gc.collect()
    started = time.perf_counter()
    again = summarizer.brief(article)
    warm = time.perf_counter() - started
    return {
        "article": article.id,
        "chars": len(article.text),
        "cold_seconds": round(cold, 2),
        "analysis_seconds": round(analysis, 3),
        "warm_seconds": round(warm, 4),
        "calls": brief.usage.calls,
        "warm_cached_calls": again.usage.cached_calls,
        "prompt_tokens_sent": brief.usage.prompt_tokens,
        "prompt_tokens_evaluated": perf.n_p_eval,
        "generated_tokens": perf.n_eval,
        "prompt_tokens_per_second": round(perf.n_p_eval / (perf.t_p_eval_ms / 1000), 1) if perf.t_p_eval_ms else None,
        "generated_tokens_per_second": round(perf.n_eval / (perf.t_eval_ms / 1000), 2) if perf.t_eval_ms else None,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


def summarize(result: dict[str, Any]) -> dict[str, Any]:
    rows = result["articles"]
    worst = max(r["cold_seconds"] for r in rows)
    near = [r["cold_seconds"] * TARGET_CHARS / r["chars"] for r in rows]
    return {
        "max_cold_seconds": worst,
        "max_cold_seconds_per_2500_chars": round(max(near), 2),
        "mean_cold_seconds": round(sum(r["cold_seconds"] for r in rows) / len(rows), 2),
        "max_warm_seconds": max(r["warm_seconds"] for r in rows),
        # scaled to 2,500 characters: the seeds are 3,300-7,500 characters, so a filter on article length alone
        # (as before) left no article to judge and the flag true whatever the times
        "meets_time_target": max(near) <= TARGET_SECONDS,
        "meets_memory_target": result["peak_rss_mb"] <= TARGET_RSS_MB,
    }


def print_result(result: dict[str, Any]) -> None:
    print(f"model {result['model']}  threads {result['threads']}  load {result['load_seconds']} s", end="")
    print(f"  assembly {result['assembly_seconds']} s" if "assembly_seconds" in result else "")
    print(f"{'article':44} {'chars':>6} {'cold s':>7} {'nlp s':>6} {'warm s':>7} {'calls':>5} {'pp tok':>6} {'pp t/s':>7} {'gen tok':>7} {'gen t/s':>7}")
    for r in result["articles"]:
        print(
            f"{r['article'][:44]:44} {r['chars']:>6} {r['cold_seconds']:>7} {r['analysis_seconds']:>6} {r['warm_seconds']:>7} {r['calls']:>5} "
            f"{r['prompt_tokens_evaluated']:>6} {r['prompt_tokens_per_second']:>7} {r['generated_tokens']:>7} "
            f"{r['generated_tokens_per_second']:>7}"
        )
    print(f"peak RSS {result['peak_rss_mb']} MB; load average {result['machine']['load_average_at_start']} -> {result['load_average_at_end']}")
    print(result["summary"])


if __name__ == "__main__":
    main()
