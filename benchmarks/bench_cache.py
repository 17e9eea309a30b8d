"""Warm-cache rerun: what briefing an article costs when its model call is already cached.

    python benchmarks/bench_cache.py [--articles 200] [--repeat 3]

A cold run fills a fresh cache from a local server (no latency); then a new
`Summarizer` briefs the same articles again, all from the cache (checked: no
misses). Per-article overhead = warm wall time / articles: rendering the prompt,
the cache key, the diskcache read, JSON decoding, validation and grounding.
Target: at most 2 ms per article. Best of --repeat warm runs.
"""

from __future__ import annotations

import argparse
import tempfile
import time

from common import LatencyServer, machine, synthetic_articles, write_result

from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = synthetic_articles(args.articles)

    with LatencyServer(0.0) as server, tempfile.TemporaryDirectory() as cache_dir:
        settings = Settings(backend="openai", base_url=server.url, model="bench-model", mode="json_schema",
                            cache_dir=cache_dir, concurrency=32)
        with Summarizer(settings) as summarizer:
            started = time.perf_counter()
            cold = summarizer.brief_many(articles)
            cold_s = time.perf_counter() - started
        assert all(o.ok for o in cold), [str(o.error) for o in cold if not o.ok][:3]
        warm_runs, construct_runs = [], []
        for _ in range(args.repeat):
            started = time.perf_counter()
            with Summarizer(settings) as summarizer:
                construct_runs.append(time.perf_counter() - started)
                started = time.perf_counter()
                warm = summarizer.brief_many(articles)
                warm_runs.append(time.perf_counter() - started)
                assert (summarizer.cache.hits, summarizer.cache.misses) == (len(articles), 0)
            assert all(o.ok for o in warm)

    best = min(warm_runs)
    per_article_ms = best / len(articles) * 1000
    print(f"cold run (server, no latency): {cold_s:.2f} s for {len(articles)} articles")
    print(f"warm rerun: {best:.3f} s for {len(articles)} articles = {per_article_ms:.2f} ms per article "
          f"(target <= 2 ms; runs {', '.join(f'{x:.3f}' for x in warm_runs)} s)")
    print(f"opening the cache and backend: {min(construct_runs) * 1000:.0f} ms once per run")
    path = write_result("cache", {
        "articles": len(articles), "repeat": args.repeat, "machine": machine(),
        "cold_s": round(cold_s, 3), "warm_s": round(best, 4), "warm_per_article_ms": round(per_article_ms, 3),
        "warm_runs_s": [round(x, 4) for x in warm_runs], "setup_ms": round(min(construct_runs) * 1000, 1),
        "target": "warm_per_article_ms <= 2",
    })
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
