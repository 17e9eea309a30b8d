"""Prompt-token overhead per article, for each strategy and prompt.

    python benchmarks/bench_prompt_overhead.py

Each seed article (evals/articles) is briefed with every strategy through a
fake backend that records the rendered messages. For every call we count the
prompt tokens as the model sees them (Qwen's ChatML: `<|im_start|>role\\n...
<|im_end|>\\n` around each message, plus the assistant header) and subtract the
article's own tokens:

    overhead per call      = prompt tokens - article tokens
    overhead per article   = sum over the article's calls of the above
    uncached per article   = sum of prompt tokens - article tokens once
                             (what a server without prefix reuse processes beyond the article)

Tokens are counted with the real Qwen2.5 tokenizer (llama_cpp, vocab_only) when
the default GGUF and llama_cpp are present, else approximated as characters / 4
(the JSON says which). The response schema is reported separately: in
json_schema mode and for the local grammar it is not part of the prompt; in
tools and json modes it is (json mode appends it to the system message).
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

from common import SEEDS, machine, write_result

from summarizer.articles import load_path
from summarizer.config import Settings
from summarizer.extract.pipeline import Summarizer
from summarizer.llm.backends import FakeBackend, Request
from summarizer.llm.backends.fake import minimal_output

STRATEGIES = ("single", "stepwise")


def tokenizer() -> tuple[str, Callable[[str], int]]:
    """The real Qwen tokenizer when available, else characters / 4."""
    try:
        import llama_cpp

        from summarizer.llm.model_store import DEFAULT_MODEL, default_model_dir

        path = Path(default_model_dir()) / DEFAULT_MODEL.filename
        if path.is_file():
            llm = llama_cpp.Llama(model_path=str(path), vocab_only=True, verbose=False)
            return f"qwen2.5 GGUF tokenizer ({path.name})", lambda text: len(
                llm.tokenize(text.encode("utf-8"), add_bos=False, special=True)
            )
    except Exception:  # noqa: BLE001 - fall back to the documented approximation
        pass
    return "approximation: characters / 4", lambda text: max(1, len(text) // 4)


def chatml(messages: tuple[dict[str, str], ...]) -> str:
    body = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return body + "<|im_start|>assistant\n"


def responder(request: Request) -> Any:
    """Minimal valid answers; a choice takes its first option and a stance is 'ally', so stepwise asks every step."""
    if request.response_model.__name__ == "Gist":
        return {"main_issue": "What the story is about"}
    if request.response_model.__name__ == "StanceAnswer":
        return {"answer": "ally"}
    schema = request.response_model.model_json_schema()
    if schema.get("properties") and all(_enum(p) for p in schema["properties"].values()):
        return {k: _enum(p)[0] for k, p in schema["properties"].items()}  # a choice question: take the first option
    return minimal_output(request)


def _common_prefix(a: str, b: str) -> str:
    """What a KV cache holding prompt `a` can reuse for prompt `b` (in characters; tokens follow)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _enum(prop: dict[str, Any]) -> list[Any]:
    return prop.get("enum") or ([prop["const"]] if "const" in prop else [])


def measure(strategy: str, count: Callable[[str], int]) -> dict[str, Any]:
    backend = FakeBackend(responder=responder)
    per_prompt: dict[str, list[int]] = defaultdict(list)
    per_article, uncached, sent, evaluated = [], [], [], []
    with Summarizer(Settings(backend="fake", strategy=strategy, use_cache=False), backend=backend) as summarizer:
        for path in sorted(SEEDS.glob("*.txt")):
            (article,) = load_path(path)
            backend.requests.clear()
            summarizer.brief(article)
            article_tokens = count(article.text)
            prompts = [count(chatml(r.messages)) for r in backend.requests]
            for request, tokens in zip(backend.requests, prompts):
                per_prompt[request.prompt_name].append(tokens - article_tokens)
            per_article.append(sum(prompts) - article_tokens * len(prompts))
            uncached.append(sum(prompts) - article_tokens)
            texts = [chatml(r.messages) for r in backend.requests]
            sent.append(sum(prompts))
            evaluated.append(prompts[0] + sum(count(b[len(_common_prefix(a, b)) :]) for a, b in zip(texts, texts[1:])))
    return {
        "calls_per_article": round(sum(len(v) for v in per_prompt.values()) / len(per_article), 2),
        "overhead_per_article_mean": round(statistics.mean(per_article), 1),
        "uncached_per_article_mean": round(statistics.mean(uncached), 1),
        "sent_per_article_mean": round(statistics.mean(sent), 1),
        "evaluated_with_prefix_reuse_mean": round(statistics.mean(evaluated), 1),
        "per_prompt_mean": {name: round(statistics.mean(v), 1) for name, v in sorted(per_prompt.items())},
        "per_prompt_calls": {name: len(v) for name, v in sorted(per_prompt.items())},
    }


def schema_tokens(count: Callable[[str], int]) -> dict[str, int]:
    from summarizer.extract.strategies import stepwise_schema
    from summarizer.schema import BriefDraft

    models = [BriefDraft] + [getattr(stepwise_schema, n) for n in ("Gist", "StanceAnswer") if hasattr(stepwise_schema, n)]
    return {m.__name__: count(json.dumps(m.model_json_schema())) for m in models}


def main() -> None:
    name, count = tokenizer()
    print(f"tokenizer: {name}")
    rows = {}
    for strategy in STRATEGIES:
        try:
            rows[strategy] = row = measure(strategy, count)
        except Exception as e:  # noqa: BLE001 - a strategy under construction must not hide the others
            rows[strategy] = {"error": f"{type(e).__name__}: {e}"}
            print(f"{strategy:>8}: could not be measured ({type(e).__name__}: {e})")
            continue
        prompts = ", ".join(f"{p} {v:+.0f}" for p, v in row["per_prompt_mean"].items())
        print(f"{strategy:>8}: {row['calls_per_article']} calls/article; overhead {row['overhead_per_article_mean']:.0f}"
              f" tokens/article (per call: {prompts}); beyond the article once: {row['uncached_per_article_mean']:.0f};"
              f" sent {row['sent_per_article_mean']:.0f}, evaluated with prefix reuse {row['evaluated_with_prefix_reuse_mean']:.0f}")
    schemas = schema_tokens(count)
    print("response schemas (in the prompt only in tools/json modes): "
          + ", ".join(f"{k} {v}" for k, v in schemas.items()))
    path = write_result("prompt_overhead", {
        "tokenizer": name, "articles": len(list(SEEDS.glob("*.txt"))), "machine": machine(),
        "strategies": rows, "schema_tokens": schemas,
    })
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
