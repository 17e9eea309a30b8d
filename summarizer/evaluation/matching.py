"""One-to-one assignment of predicted items to gold items.

Scores are sparse: only pairs that match at all are edges. The assignment
first matches as many pairs as possible (augmenting paths, Kuhn's algorithm),
so one greedy choice never costs a match that another assignment keeps; among
those, edges are tried best score first, which keeps exact matches together.
"""

from __future__ import annotations

__all__ = ["assign"]


def assign(scores: dict[tuple[int, int], float]) -> dict[int, int]:
    """Return {gold index: predicted index}, one-to-one, maximum cardinality."""
    edges: dict[int, list[tuple[float, int]]] = {}
    for (p, g), score in scores.items():
        if score > 0:
            edges.setdefault(p, []).append((score, g))
    for options in edges.values():
        options.sort(key=lambda item: (-item[0], item[1]))
    order = sorted(edges, key=lambda p: (-edges[p][0][0], p))
    owner: dict[int, int] = {}
    for p in order:
        if not _first_free(p, edges, owner):
            _augment(p, edges, owner, set())
    return owner


def _first_free(p: int, edges: dict[int, list[tuple[float, int]]], owner: dict[int, int]) -> bool:
    for _, g in edges[p]:
        if g not in owner:
            owner[g] = p
            return True
    return False


def _augment(p: int, edges: dict[int, list[tuple[float, int]]], owner: dict[int, int], seen: set[int]) -> bool:
    for _, g in edges[p]:
        if g in seen:
            continue
        seen.add(g)
        if g not in owner or _augment(owner[g], edges, owner, seen):
            owner[g] = p
            return True
    return False
