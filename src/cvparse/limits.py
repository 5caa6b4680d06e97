"""Resource limits applied to every document (untrusted input)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_pages: int = 50
    max_chars: int = 500_000
    max_bytes: int = 50 * 1024 * 1024
