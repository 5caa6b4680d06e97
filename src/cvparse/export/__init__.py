"""Other shapes of the record: JSON Resume, its JSON Schema, a redacted copy for blind screening;
the review page (review_html) and the terminal layout (terminal) live beside them."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import CV

FORMATS = ("native", "jsonresume")


def render(cv: CV, fmt: str = "native", redacted: bool = False) -> str:
    """The record as JSON text in ``fmt`` (see FORMATS), redacted first when asked."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if redacted:
        from .redact import redact

        cv = redact(cv)
    if fmt == "jsonresume":
        from .jsonresume import to_jsonresume

        return json.dumps(to_jsonresume(cv), indent=2, ensure_ascii=False)
    return cv.to_json()
