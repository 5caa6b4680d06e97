"""Other shapes of the record: JSON Resume, its JSON Schema, a redacted copy for blind screening;
the review page (review_html) and the terminal layout (terminal) live beside them."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from ..model import CV

# The record's shapes; the Literal types a caller (the command line's --format), the tuple is for checks.
RecordFormat = Literal["native", "jsonresume"]
FORMATS: tuple[str, ...] = get_args(RecordFormat)


def render(cv: CV, fmt: str = "native", redacted: bool = False, indent: int | None = 2,
           compact: bool = False) -> str:
    """The record as JSON text in ``fmt`` (see FORMATS), redacted first when asked.

    ``indent=None`` puts it on one line; ``compact`` leaves provenance (where on the page
    each value was read) out."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if redacted:
        from .redact import redact

        cv = redact(cv)
    if fmt == "jsonresume":
        from .jsonresume import to_jsonresume

        return json.dumps(_without_provenance(to_jsonresume(cv)) if compact else to_jsonresume(cv),
                          indent=indent, ensure_ascii=False)
    if compact:
        return json.dumps(_without_provenance(cv.to_dict()), indent=indent, ensure_ascii=False)
    return cv.to_json(indent=indent)


def _without_provenance(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _without_provenance(item) for key, item in value.items() if key != "provenance"}
    if isinstance(value, list):
        return [_without_provenance(item) for item in value]
    return value
