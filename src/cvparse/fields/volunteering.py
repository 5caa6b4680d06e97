"""Volunteering: read as an employment is (organisation, role, place, dates, highlights)."""
from __future__ import annotations

from ..model import Volunteering
from ..segment.entries import Block
from .experience import parse_experience


def parse_volunteering(block: Block, section: str) -> Volunteering:
    return Volunteering.model_validate(parse_experience(block, section).model_dump())
