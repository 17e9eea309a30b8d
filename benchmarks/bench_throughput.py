"""Throughput of the real pipeline against a local server with a fixed latency per call.

    python benchmarks/bench_throughput.py [--articles 200] [--latency 0.2] [--concurrency 1 8 32] [--repeat 2]

For each concurrency it briefs the same articles twice over the wire (cache off):
once through `Summarizer.abrief_many` with the openai backend (instructor,
validation, grounding), once with a bare `openai.AsyncOpenAI` client sending the
same messages and JSON schema and only parsing the JSON. It reports

    ideal     = calls x latency / concurrency
    vs_ideal  = pipeline wall time / ideal
    vs_bare   = pipeline wall time / bare-client wall time (target at 32: <= 1.2)

The server runs in its own process. With --repeat N the best of N runs of each
is kept (the machine may be shared; every run is in the JSON too).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

from common import LatencyServer, machine, synthetic_articles, write_result

from summarizer.articles import Article
from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.prompting import fence, load_template
from summarizer.schema import BriefDraft

MODEL = "bench-model"
WARMUP = 4


def settings(url: str, concurrency: int) -> Settings:
    return Settings(backend="openai", base_url=url, model=MODEL, mode="json_schema", use_cache=False,
                    concurrency=concurrency, timeout=60)


async def pipeline_run(url: str, articles: list[Article], concurrency: int) -> float:
    with Summarizer(settings(url, concurrency)) as summarizer:
        await summarizer.abrief_many(articles[:WARMUP])
        started = time.perf_counter()
        outcomes = await summarizer.abrief_many(articles)
        elapsed = time.perf_counter() - started
        await summarizer.backend.aclose()
    failed = [str(o.error) for o in outcomes if not o.ok]
    assert not failed, failed[:3]
    return elapsed


def bare_requests(articles: list[Article]) -> list[dict[str, Any]]:
    template = load_template("brief")
    schema = {"name": "BriefDraft", "schema": BriefDraft.model_json_schema(), "strict": True}
    return [
        {
            "model": MODEL,
            "messages": list(template.render(article=a, marker=fence(a.text), focus=None).messages),
            "response_format": {"type": "json_schema", "json_schema": schema},
            "temperature": 0.0,
            "max_tokens": 2048,
            "seed": 0,
        }
        for a in articles
    ]


async def bare_run(url: str, requests: list[dict[str, Any]], concurrency: int) -> float:
    import openai

    client = openai.AsyncOpenAI(base_url=url, api_key="no-key", max_retries=0, timeout=60)
    semaphore = asyncio.Semaphore(concurrency)

    async def one(body: dict[str, Any]) -> None:
        async with semaphore:
            response = await client.chat.completions.create(**body)
            json.loads(response.choices[0].message.content or "")

    await asyncio.gather(*(one(b) for b in requests[:WARMUP]))
    started = time.perf_counter()
    await asyncio.gather(*(one(b) for b in requests))
    elapsed = time.perf_counter() - started
    await client.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--name", default="throughput", help="results/<name>.json")
    args = parser.parse_args()

    articles = synthetic_articles(args.articles)
    requests = bare_requests(articles)
    rows = []
    with LatencyServer(args.latency) as server:
        for concurrency in args.concurrency:
            ideal = len(articles) * args.latency / concurrency
            bare_runs, pipe_runs = [], []
            for _ in range(args.repeat):
                bare_runs.append(asyncio.run(bare_run(server.url, requests, concurrency)))
                pipe_runs.append(asyncio.run(pipeline_run(server.url, articles, concurrency)))
            bare, pipe = min(bare_runs), min(pipe_runs)
            row = {
                "concurrency": concurrency, "calls": len(articles), "ideal_s": round(ideal, 3),
                "bare_s": round(bare, 3), "pipeline_s": round(pipe, 3),
                "bare_vs_ideal": round(bare / ideal, 3), "pipeline_vs_ideal": round(pipe / ideal, 3),
                "pipeline_vs_bare": round(pipe / bare, 3),
                "runs": {"bare_s": [round(x, 3) for x in bare_runs], "pipeline_s": [round(x, 3) for x in pipe_runs]},
            }
            rows.append(row)
            print(f"concurrency {concurrency:>3}: pipeline {pipe:7.2f} s  bare {bare:7.2f} s  ideal {ideal:7.2f} s"
                  f"  | pipeline/ideal {pipe / ideal:5.2f}  pipeline/bare {pipe / bare:5.2f}", flush=True)
    path = write_result(args.name, {
        "latency_s": args.latency, "articles": len(articles), "repeat": args.repeat,
        "target": "pipeline_vs_bare <= 1.2 at concurrency 32", "machine": machine(), "rows": rows,
    })
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
