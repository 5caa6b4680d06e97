"""Learned decisions shipped as data: gradient-boosted trees in a small JSON form, read in pure
Python (no training library at run time). ``python -m cvparse.train`` rebuilds them."""
from __future__ import annotations

import json
import math
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Iterator


@dataclass(frozen=True)
class Trees:
    """A binary classifier: the sum of the trees' leaves is the log-odds of the positive class.

    Each tree is a flat list of nodes; a node is ``[feature, threshold, left, right]`` (go left
    when the value is <= threshold) or ``[leaf_value]``.
    """
    features: tuple[str, ...]
    trees: tuple[tuple[tuple[float, ...], ...], ...]
    threshold: float  # the probability from which the decision is positive
    meta: dict[str, Any]

    def probability(self, row: list[float]) -> float:
        score = 0.0
        for nodes in self.trees:
            node = nodes[0]
            while len(node) == 4:
                node = nodes[int(node[2] if row[int(node[0])] <= node[1] else node[3])]
            score += node[0]
        return 1.0 / (1.0 + math.exp(-score))


def from_dict(data: dict[str, Any]) -> Trees:
    return Trees(tuple(data["features"]), tuple(tuple(tuple(n) for n in t) for t in data["trees"]),
                 float(data["threshold"]), data.get("meta", {}))


_NO_MODEL = object()
_overrides: dict[str, object] = {}


@contextmanager
def using(name: str, model: Trees | None) -> Iterator[None]:
    """Decide ``name`` with ``model`` (None: the rules) instead of the shipped file, e.g. a
    cross-validation fold's model that never saw the documents it scores."""
    before = _overrides.get(name)
    _overrides[name] = _NO_MODEL if model is None else model
    try:
        yield
    finally:
        if before is None:
            del _overrides[name]
        else:
            _overrides[name] = before


def load(name: str) -> Trees | None:
    """The model ``models/<name>.json``, or None when it is not shipped (the rules decide then)."""
    if name in _overrides:
        chosen = _overrides[name]
        return None if chosen is _NO_MODEL else chosen  # type: ignore[return-value]
    return _shipped(name)


@cache
def _shipped(name: str) -> Trees | None:
    path = resources.files(__name__).joinpath(f"{name}.json")
    if not path.is_file():
        return None
    return from_dict(json.loads(path.read_text("utf-8")))
