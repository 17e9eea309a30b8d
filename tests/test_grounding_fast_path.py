"""The whole-string normalisation used for speed gives exactly the per-character result."""

from __future__ import annotations

import random
from pathlib import Path

from summarizer.extract.grounding import NormalizedText, _of_fast

ROOT = Path(__file__).resolve().parents[1]
ALPHABET = list("ab CD\t\n\r  \u00a0\u2003‘’“”–—…ΣİßẞﬁxY.,\"'") + ["\x1c", "\u2028", "\x85"]


def random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_fast_path_matches_the_per_character_path():
    for text in random_texts(3000) + ["", " ", "  a  ", "\n\nA\n"]:
        assert NormalizedText.of(text) == NormalizedText._of_by_char(text), repr(text)


def test_real_articles_take_the_fast_path_and_match():
    for path in sorted((ROOT / "evals" / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("…", "...")
        fast = _of_fast(text)
        assert fast is not None and fast == NormalizedText._of_by_char(text)
