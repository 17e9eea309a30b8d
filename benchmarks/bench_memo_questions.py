"""The memo's issue-link questions on the embedded model: how many a memo asks, and seconds per question.

    .venv/bin/python benchmarks/bench_memo_questions.py --articles DIR [--name memo_questions]

The articles are briefed first (answers from the call cache where it has them: the briefs are not what is
timed). Then the issue-link questions (`memos.issues.link_issues`) are asked twice with no cache at all, each
time as one step: the first run includes loading the model, the second has it loaded (its seconds are llama.cpp
reading each question's prompt and writing its answer). Writes benchmarks/results/<name>.json.
"""

from __future__ import annotations

import argparse
import time

from common import SEEDS, machine, write_result

from summarizer import Settings, Summarizer, load_articles
from summarizer.extract.pipeline import run_sync
from summarizer.memos.build import _context
from summarizer.memos.issues import contested_issues, link_issues
from summarizer.memos.resolve import resolve_entities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default=str(SEEDS))
    parser.add_argument("--name", default="memo_questions")
    args = parser.parse_args()
    articles, _ = load_articles([args.articles])
    with Summarizer(Settings(backend="local")) as cached:
        outcomes = cached.brief_many(articles)
    briefs = [o.brief for o in outcomes if o.brief]
    ctx = _context(outcomes, (), False, resolve_entities(briefs))
    timings = []
    with Summarizer(Settings(backend="local", use_cache=False)) as fresh:
        for _ in range(2):
            started = time.perf_counter()
            links, _, usage = run_sync(lambda: link_issues(fresh, outcomes, ctx))
            timings.append(time.perf_counter() - started)
    first, seconds = timings
    calls = sum(u.calls for u in usage)
    result = {
        "articles_dir": args.articles,
        "articles": len(articles),
        "contested_issues": [i.phrase for i in contested_issues(ctx)],
        "questions": calls,
        "links": [(link.key, link.to) for link in links],
        "seconds_with_model_load": round(first, 2),
        "seconds": round(seconds, 2),
        "seconds_per_question": round(seconds / calls, 2) if calls else None,
        "prompt_tokens": sum(u.prompt_tokens for u in usage),
        "completion_tokens": sum(u.completion_tokens for u in usage),
        "machine": machine(),
    }
    path = write_result(args.name, result)
    print(f"{calls} questions in {seconds:.1f} s ({result['seconds_per_question']} s each; {first:.1f} s with the model's load); wrote {path}")


if __name__ == "__main__":
    main()
