"""Vocabulary kept as data: heading words, months, degrees, bullets, ..."""
from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, Iterable


@cache
def load(name: str) -> Any:  # the JSON's shape is the table's own
    """The parsed JSON table ``lexicon/<name>.json``."""
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text("utf-8"))


def alternation(phrases: Iterable[str]) -> str:
    """A regex group matching any of the phrases as printed, the longest first (so that
    "office phone" wins over "phone")."""
    return "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")"
