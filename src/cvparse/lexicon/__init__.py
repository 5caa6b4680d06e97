"""Vocabulary kept as data: heading words, months, degrees, bullets, ..."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:  # the JSON's shape is the table's own
    """The parsed JSON table ``lexicon/<name>.json``."""
    return json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text("utf-8"))
