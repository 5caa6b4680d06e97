"""What every template is: a name, an engine and a function from a Doc to a PDF."""
from __future__ import annotations

import random
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..model import Doc

# Locales whose scripts every engine's default fonts print; CJK / Cyrillic need a template that says so.
LATIN_LOCALES = frozenset({"en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL",
                           "pl_PL", "sv_SE", "cs_CZ", "tr_TR"})


class RenderError(RuntimeError):
    """A template's engine failed; the message ends with the tail of its log."""


@dataclass(frozen=True)
class Template:
    name: str
    engine: str  # pdflatex | xelatex | lualatex | typst | chromium | weasyprint | libreoffice | reportlab
    render: Callable[[Doc, random.Random, Path], Path]  # (doc, style rng, work dir) -> the PDF written
    layout: str = ""  # what it covers: "left sidebar, dates left, small-caps headings"
    locales: frozenset = LATIN_LOCALES
    needs: tuple[str, ...] = ()  # programs on PATH it runs

    def available(self) -> bool:
        return all(shutil.which(p) for p in self.needs)


def run(cmd: list[str], cwd: Path, timeout: float = 120, env: Optional[dict] = None) -> None:
    """Run an engine; on failure raise RenderError with the last lines of its output."""
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace", timeout=timeout, env=env,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise RenderError(f"{cmd[0]} timed out after {timeout:.0f} s") from exc
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-25:])
        raise RenderError(f"{cmd[0]} exited {proc.returncode}:\n{tail}")


# Style draws shared by templates (each template adds its own).
def colour(rng: random.Random, dark: bool = True) -> str:
    """A hex colour: dark enough for text on white, or any accent."""
    lo, hi = (0, 110) if dark else (30, 200)
    return "#%02x%02x%02x" % tuple(rng.randint(lo, hi) for _ in range(3))


def jitter(rng: random.Random, value: float, spread: float = 0.12) -> float:
    """``value`` moved by up to ``spread`` of itself, so no two documents share positions."""
    return round(value * (1 + rng.uniform(-spread, spread)), 2)
