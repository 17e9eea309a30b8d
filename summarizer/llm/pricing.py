"""What model calls cost: USD per million tokens, at the standard and the batch rate (estimates only).

Standard prices are OpenAI's list prices per million (prompt, completion)
tokens. The OpenAI Batch API bills both at half the standard price
(`BATCH_DISCOUNT`; OpenAI's pricing page, Batch column, e.g. gpt-4o-mini
$0.075 / $0.30 against $0.15 / $0.60, read 2026-07 from a copy of that page;
prices change, so treat every figure as an estimate). Local, fake and
replayed calls cost nothing; a model with no known price costs `None`.
"""

from __future__ import annotations

__all__ = ["BATCH_DISCOUNT", "FREE_BACKENDS", "PRICES_PER_MILLION", "estimate_cost", "price_per_million"]

# USD per million (prompt, completion) tokens at the standard rate.
PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4-turbo": (10.00, 30.00),
    "gpt-3.5-turbo": (0.50, 1.50),
    "o3-mini": (1.10, 4.40),
    "o4-mini": (1.10, 4.40),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}
BATCH_DISCOUNT = 0.5  # the Batch API's price is half the standard price, prompt and completion alike
FREE_BACKENDS = ("local", "fake", "replay")


def price_per_million(model: str, *, batch: bool = False) -> tuple[float, float] | None:
    """(prompt, completion) USD per million tokens for `model` (a dated snapshot such as
    `gpt-4o-mini-2024-07-18` takes its family's price), at the batch rate when `batch`; None if unknown."""
    name = model.rsplit("/", 1)[-1].lower()
    match = max((k for k in PRICES_PER_MILLION if name == k or name.startswith(k + "-")), key=len, default=None)
    if match is None:
        return None
    prompt, completion = PRICES_PER_MILLION[match]
    factor = BATCH_DISCOUNT if batch else 1.0
    return prompt * factor, completion * factor


def estimate_cost(backend: str, model: str, prompt_tokens: int, completion_tokens: int, *, batch: bool = False) -> float | None:
    """Estimated USD cost of these tokens; 0 for local, fake and replayed runs; None for an unknown price."""
    if backend in FREE_BACKENDS or (prompt_tokens == 0 and completion_tokens == 0):
        return 0.0
    price = price_per_million(model, batch=batch)
    if price is None:
        return None
    return round((prompt_tokens * price[0] + completion_tokens * price[1]) / 1_000_000, 6)


def usage_cost(usage: object) -> float | None:
    """The estimated cost of a `Usage` (a brief's or a memo question's): its live tokens at the standard
    rate plus its batch-answered tokens (`batch_prompt_tokens`, `batch_completion_tokens`) at the batch rate."""
    backend, model = getattr(usage, "backend", ""), getattr(usage, "model", "")
    live = estimate_cost(backend, model, getattr(usage, "prompt_tokens", 0), getattr(usage, "completion_tokens", 0))
    batch = estimate_cost(
        backend, model, getattr(usage, "batch_prompt_tokens", 0), getattr(usage, "batch_completion_tokens", 0), batch=True
    )
    return None if live is None or batch is None else round(live + batch, 6)
