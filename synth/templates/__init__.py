"""The template registry: every module of this package that defines ``TEMPLATES``."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import RenderError, Template

__all__ = ["RenderError", "Template", "templates", "get"]


@lru_cache(maxsize=1)
def templates() -> dict[str, Template]:
    found: dict[str, Template] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name == "base" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for t in getattr(module, "TEMPLATES", ()):
            if t.name in found:
                raise ValueError(f"two templates named {t.name!r}")
            found[t.name] = t
    return found


def get(name: str) -> Template:
    try:
        return templates()[name]
    except KeyError:
        raise KeyError(f"no template {name!r}; known: {', '.join(sorted(templates()))}") from None
