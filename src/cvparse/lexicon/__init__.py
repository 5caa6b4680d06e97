"""Vocabulary kept as data: heading words, months, degrees, bullets, ..."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def load(name: str):
    """The parsed JSON table ``lexicon/<name>.json``."""
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text("utf-8"))
