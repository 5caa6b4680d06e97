"""The JSON Schema of the native record, generated from the pydantic models."""
from __future__ import annotations

from typing import Any

from ..model import CV, SCHEMA_ID

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_URI = f"urn:{SCHEMA_ID.replace('/', ':')}"  # "urn:cvparse:1"


def record_schema() -> dict[str, Any]:
    """What ``cv.to_dict()`` prints (aliases, serialised values), as a 2020-12 JSON Schema."""
    schema = CV.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": DIALECT, "$id": SCHEMA_URI, **schema}
