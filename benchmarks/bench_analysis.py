"""The language layer's cost: pipeline load, the analysis of an article cold, and a warm rerun from the cache.

    .venv/bin/python benchmarks/bench_analysis.py [--articles DIR] [--repeat 3]

- load: verifying the pinned pipeline files (SHA-256) and `spacy.load` of the default pipeline, once per process;
  then reading the given-name data for 'he'/'she' (`given_names`), also once per process;
- analysis: `summarizer.extract.analysis.analyze` per article (parse + every rule), best of `--repeat`;
- warm: the stepwise strategy on a fake model with a call cache that already holds the article's analysis and
  answers: wall time of a second `brief` per article, in milliseconds (what a rerun costs; spaCy is not touched).

Targets (issue 11): analysis <= 0.5 s for a 5,000-character article on 2 cores; warm <= 5 ms per article.
Writes benchmarks/results/analysis.json.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from common import SEEDS, machine, write_result

from summarizer import Settings, Summarizer, load_articles
from summarizer.extract import nlp
from summarizer.extract.analysis import analyze
from summarizer.extract.given_names import given_name_gender
from summarizer.llm.backends import FakeBackend, Request

TARGET_ANALYSIS_SECONDS_PER_5000_CHARS = 0.5
TARGET_WARM_MS = 5.0


def answers(request: Request) -> Any:
    name = request.response_model.__name__
    if name == "Gist":
        return {"main_issue": "What the story is about"}
    if name == "StanceAnswer":
        return {"answer": "ally"}
    fields = request.response_model.model_json_schema()["properties"]
    return {k: v["enum"][0] for k, v in fields.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=SEEDS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles, _ = load_articles([str(args.articles)])
    result: dict[str, Any] = {"machine": machine(), "pipeline": nlp.pipeline_identity(None)}
    started = time.perf_counter()
    nlp.load_pipeline()
    result["load_seconds"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    given_name_gender("Jane Doe")  # the given-name data: read once per process, on first use
    result["name_data_load_seconds"] = round(time.perf_counter() - started, 3)
    rows = []
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(backend="fake", strategy="stepwise", cache_dir=cache)
        with Summarizer(settings, backend=FakeBackend(responder=answers)) as summarizer:
            for article in articles:
                seconds = min(_timed(lambda: analyze(article.text)) for _ in range(args.repeat))
                summarizer.brief(article)  # fills the cache: analysis and answers
                warm = min(_timed(lambda: summarizer.brief(article)) for _ in range(args.repeat))
                rows.append({"article": article.id, "chars": len(article.text), "analysis_seconds": round(seconds, 3),
                             "per_5000_chars": round(seconds * 5000 / len(article.text), 3), "warm_ms": round(warm * 1000, 2)})
    result["articles"] = rows
    result["summary"] = {
        "max_analysis_seconds_per_5000_chars": max(r["per_5000_chars"] for r in rows),
        "max_warm_ms": max(r["warm_ms"] for r in rows),
        "meets_analysis_target": all(r["per_5000_chars"] <= TARGET_ANALYSIS_SECONDS_PER_5000_CHARS for r in rows),
        "meets_warm_target": all(r["warm_ms"] <= TARGET_WARM_MS for r in rows),
    }
    result["load_average_at_end"] = [round(x, 2) for x in __import__("os").getloadavg()]
    print(f"pipeline {result['pipeline']}: load {result['load_seconds']} s; given-name data {result['name_data_load_seconds']} s")
    print(f"{'article':48} {'chars':>7} {'analysis s':>10} {'s/5000ch':>9} {'warm ms':>8}")
    for r in rows:
        print(f"{r['article'][:48]:48} {r['chars']:>7} {r['analysis_seconds']:>10} {r['per_5000_chars']:>9} {r['warm_ms']:>8}")
    print(result["summary"], "load average", result["machine"].get("load_average_at_start"), "->", result["load_average_at_end"])
    print(f"wrote {write_result('analysis', result)}")


def _timed(work: Any) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
