"""Volunteering: read as an employment is (organisation, role, place, dates, highlights)."""
from __future__ import annotations

from functools import partial

from ..model import Volunteering
from .experience import parse_experience

parse_volunteering = partial(parse_experience, kind=Volunteering)
