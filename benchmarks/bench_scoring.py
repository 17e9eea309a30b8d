"""Score 1,000 gold/predicted brief pairs and time it (target: under 1 second).

Predictions are the seed gold briefs with seeded random mistakes (dropped and
invented actors, misspelt names, flipped stances, paraphrased quotes and
claims), grounded once before timing. Two timings: with each gold compiled
once (`Scorer`, how `summarizer eval` scores) and compiled per pair. Also
timed: the bootstrap intervals of every metric over a 40-article and a
300-article set (1,000 resamples each, pure Python).

    .venv/bin/python benchmarks/bench_scoring.py   # prints and writes benchmarks/results/scoring.json
"""

from __future__ import annotations

import json
import platform
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.evaluation import Scorer, aggregate, gold_as_draft, load_gold_set, metric_intervals, score_brief  # noqa: E402
from summarizer.extract.grounding import ground  # noqa: E402
from summarizer.schema import ActorDraft, BriefDraft, SourceDraft, Usage  # noqa: E402

PAIRS = 1000
REPEAT = 3  # best of: the machine may be shared
TARGET_SECONDS = 1.0
OUT = ROOT / "benchmarks" / "results" / "scoring.json"


def mutate(draft: BriefDraft, rng: random.Random) -> BriefDraft:
    d = draft.model_copy(deep=True)
    d.actors = [a for a in d.actors if rng.random() > 0.2]
    for actor in d.actors:
        if rng.random() < 0.2 and len(actor.name) > 6:
            i = rng.randrange(1, len(actor.name) - 1)
            actor.name = actor.name[:i] + actor.name[i + 1 :]
    d.actors += [ActorDraft(name=f"Invented Person {i}", kind="person") for i in range(rng.randrange(3))]
    d.sources = [s for s in d.sources if rng.random() > 0.15]
    d.sources += [SourceDraft(name="Unnamed Analyst", type="expert", quotes=["a paraphrase, not a quote"])]
    for stance in d.stances:
        if rng.random() < 0.25:
            stance.label = rng.choice(["supports", "opposes", "neutral", "mixed"])
    for source in d.sources:
        source.quotes = [q if rng.random() > 0.2 else q.replace(" the ", " a ") for q in source.quotes]
    d.claims = [c for c in d.claims if rng.random() > 0.25]
    return d


def calibrate() -> float:
    """Seconds for a plain 10M-step Python loop: tells a slow or busy machine from slow scoring."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def main() -> dict:
    items = load_gold_set(ROOT / "evals" / "gold", ROOT / "evals" / "articles")
    rng = random.Random(7)
    pairs = []
    for n in range(PAIRS):
        item = items[n % len(items)]
        draft = mutate(gold_as_draft(item.gold), rng)
        brief = ground(draft, item.article.text, article_id=item.article.id, title=None, usage=Usage())
        pairs.append((item, brief))

    runs, cpu = [], []
    for _ in range(REPEAT):
        started, cpu_started = time.perf_counter(), time.process_time()
        scorers = {item.article.id: Scorer(item.gold, item.article.text, item.article.id) for item in items}
        scores = [scorers[item.article.id].score(brief) for item, brief in pairs]
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    compiled = min(runs)

    started = time.perf_counter()
    for item, brief in pairs:
        score_brief(item.gold, item.article.text, brief)
    uncompiled = time.perf_counter() - started

    bootstrap = {}
    for size in (40, 300):
        started = time.perf_counter()
        metric_intervals([[score.counts for score in scores[:size]]])
        bootstrap[f"bootstrap_seconds_{size}_articles"] = round(time.perf_counter() - started, 3)

    result = {
        "pairs": PAIRS,
        "seconds": round(compiled, 4),
        "ms_per_pair": round(1000 * compiled / PAIRS, 4),
        "seconds_all_runs": [round(r, 4) for r in runs],
        "cpu_seconds": round(min(cpu), 4),
        "seconds_compiling_gold_per_pair": round(uncompiled, 4),
        "calibration_python_loop_10M_seconds": round(calibrate(), 3),
        "target_seconds": TARGET_SECONDS,
        "within_target": compiled < TARGET_SECONDS,
        **bootstrap,
        "micro_metrics": {k: None if v is None else round(v, 4) for k, v in aggregate(scores).items()},
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(
        f"scored {PAIRS} pairs in {compiled:.3f} s ({result['ms_per_pair']:.3f} ms/pair, best of {REPEAT}); "
        f"{min(cpu):.3f} s CPU; {uncompiled:.3f} s compiling the gold for every pair; target < {TARGET_SECONDS} s; "
        f"calibration: 10M-step Python loop {result['calibration_python_loop_10M_seconds']} s; "
        f"bootstrap intervals: {bootstrap['bootstrap_seconds_40_articles']} s for 40 articles, "
        f"{bootstrap['bootstrap_seconds_300_articles']} s for 300"
    )
    return result


if __name__ == "__main__":
    main()
