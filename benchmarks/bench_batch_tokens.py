"""Tokens per article of a batch run on the seed articles, and what 100,000 articles cost at a batch price.

    python benchmarks/bench_batch_tokens.py          # needs: pip install -e ".[bench]" (bpe-openai)

The request lines are the ones `summarizer batch prepare` writes (`BatchRun`),
for the `single` strategy (one call per article, model gpt-4o-mini) and for
the `stepwise` strategy with the memo's questions (rounds answered from the
embedded model's recordings in evals/recordings, as tests/vllm_run_batch.py
does). Tokens are counted with OpenAI's o200k_base encoding (the gpt-4o-mini
tokenizer, shipped in the `bpe-openai` package, no download): per message its
content plus 3 tokens, plus 3 for the reply (OpenAI cookbook, "How to count
tokens with tiktoken"). The response schema is counted apart: OpenAI bills
structured-output schemas as prompt tokens but does not publish how many, so
the estimate adds the schema's JSON tokens (an upper estimate).

Completion tokens: for stepwise, the recorded answers; for single, the gold
brief of each seed (evals/gold) written as the answer (a full, correct brief).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from collections import defaultdict
from typing import Any

from common import ROOT, SEEDS, machine, write_result

sys.path.insert(0, str(ROOT / "tests"))

from summarizer.articles import load_articles  # noqa: E402
from summarizer.config import Settings  # noqa: E402
from summarizer.extract.batch import BatchRun  # noqa: E402
from summarizer.llm.batch import ResultLine  # noqa: E402
from summarizer.llm.pricing import price_per_million  # noqa: E402
from summarizer.memos.batch import memo_finale  # noqa: E402

MODEL = "gpt-4o-mini"
RECORDED_MODEL = "qwen2.5-coder-1.5b-instruct@cc324af0"
ARTICLES = 100_000
RECORDINGS = ROOT / "evals" / "recordings"


def encoder() -> Any:
    try:
        import bpe_openai
    except ImportError:
        sys.exit('this benchmark counts tokens with bpe-openai: pip install -e ".[bench]"')
    return bpe_openai.get_encoding("o200k_base")


def prompt_tokens(enc: Any, body: dict[str, Any]) -> tuple[int, int]:
    """(message tokens, schema tokens) of a chat-completions body."""
    messages = sum(3 + len(enc.encode(m["content"])) for m in body["messages"]) + 3
    fmt = body.get("response_format") or {}
    schema = fmt.get("json_schema") or (body.get("tools") or [{}])[0].get("function") or {}
    return messages, len(enc.encode(json.dumps(schema))) if schema else 0


def single_lines(cache: str) -> list[tuple[str, dict[str, Any]]]:
    articles, _ = load_articles([str(SEEDS)])
    with BatchRun(Settings(model=MODEL, strategy="single", cache_dir=cache), articles) as run:
        plan = run.plan()
        return [(call.articles[0], line["body"]) for call, line in zip(plan.calls, run.request_lines(plan))]


def stepwise_lines(cache: str) -> tuple[list[tuple[str, dict[str, Any], str]], int]:
    """Every line of every round (article, body, the recorded answer), and the number of rounds."""
    from vllm_run_batch import _messages_hash, _recordings, _schema_name

    recordings = _recordings(RECORDINGS)
    articles, _ = load_articles([str(SEEDS)])
    settings = Settings(model=RECORDED_MODEL, strategy="stepwise", cache_dir=cache)
    out, rounds = [], 0
    with BatchRun(settings, articles, finale=memo_finale) as run:
        while (plan := run.plan()).calls:
            rounds += 1
            results = []
            for call, line in zip(plan.calls, run.request_lines(plan)):
                record = recordings[(_messages_hash(line["body"]["messages"]), _schema_name(line["body"]))]
                raw = record.get("raw") or json.dumps(record["response"])
                out.append((call.articles[0], line["body"], raw))
                body = {"id": "r", "object": "chat.completion", "created": 0, "model": RECORDED_MODEL,
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": raw}, "finish_reason": "stop"}]}  # fmt: skip
                results.append(ResultLine(line["custom_id"], body, None, "recordings"))
            run.store(plan, results)
    return out, rounds


def gold_answer_tokens(enc: Any, article_id: str) -> int:
    from test_memo_gold import gold_draft

    return len(enc.encode(gold_draft(article_id).model_dump_json()))


def cost(prompt: float, completion: float, *, batch: bool) -> float:
    per_prompt, per_completion = price_per_million(MODEL, batch=batch)  # type: ignore[misc]
    return round((prompt * per_prompt + completion * per_completion) * ARTICLES / 1_000_000, 2)


def summarize(per_article: dict[str, list[int]]) -> dict[str, Any]:
    prompt = [v[0] for v in per_article.values()]
    schema = [v[1] for v in per_article.values()]
    completion = [v[2] for v in per_article.values()]
    calls = [v[3] for v in per_article.values()]
    mean = {k: round(statistics.mean(v), 1) for k, v in (("prompt", prompt), ("schema", schema), ("completion", completion), ("calls", calls))}
    return {
        "per_article": {a: {"prompt": v[0], "schema": v[1], "completion": v[2], "calls": v[3]} for a, v in per_article.items()},
        "mean": mean,
        f"cost_{ARTICLES}_batch_usd": cost(mean["prompt"] + mean["schema"], mean["completion"], batch=True),
        f"cost_{ARTICLES}_batch_usd_without_schema": cost(mean["prompt"], mean["completion"], batch=True),
        f"cost_{ARTICLES}_standard_usd": cost(mean["prompt"] + mean["schema"], mean["completion"], batch=False),
    }


def main() -> None:
    enc = encoder()
    results: dict[str, Any] = {"machine": machine(), "model_priced": MODEL, "price_batch_per_million": price_per_million(MODEL, batch=True),
                               "price_standard_per_million": price_per_million(MODEL), "articles_priced": ARTICLES}  # fmt: skip
    with tempfile.TemporaryDirectory() as cache:
        single: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for article, body in single_lines(cache):
            p, s = prompt_tokens(enc, body)
            single[article] = [p, s, gold_answer_tokens(enc, article), 1]
        results["single"] = summarize(single)
    with tempfile.TemporaryDirectory() as cache:
        lines, rounds = stepwise_lines(cache)
        stepwise: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for article, body, raw in lines:
            p, s = prompt_tokens(enc, body)
            row = stepwise[article]
            row[0], row[1], row[2], row[3] = row[0] + p, row[1] + s, row[2] + len(enc.encode(raw)), row[3] + 1
        memo = stepwise.pop("memo", [0, 0, 0, 0])
        results["stepwise"] = summarize(stepwise) | {"rounds": rounds, "memo_of_5_articles": dict(zip(("prompt", "schema", "completion", "calls"), memo))}
    for name in ("single", "stepwise"):
        r = results[name]
        m = r["mean"]
        print(
            f"{name:8s} {m['calls']:4.1f} calls, {m['prompt']:7.1f} prompt + {m['schema']:6.1f} schema + {m['completion']:6.1f} completion "
            f"tokens per article; {ARTICLES:,} articles at the {MODEL} batch price: ${r[f'cost_{ARTICLES}_batch_usd']} "
            f"(${r[f'cost_{ARTICLES}_batch_usd_without_schema']} without schema tokens; standard price ${r[f'cost_{ARTICLES}_standard_usd']})"
        )
    print(f"stepwise rounds: {results['stepwise']['rounds']}; memo questions: {results['stepwise']['memo_of_5_articles']}")
    print(write_result("batch_tokens", results))


if __name__ == "__main__":
    main()
