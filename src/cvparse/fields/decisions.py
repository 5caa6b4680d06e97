"""spaCy questions whose answer a parser reads as one yes or no.

The collecting pass (see fields.build_record) answers every new question "no
entities". A block whose answers came back with entities is parsed again, unless
every such answer was read through :func:`decide` and reads the same as before:
"Berlin" is a place either way when it is asked whether an employer is one.
"""
from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from typing import Callable, Iterator

from . import nlp

Entities = tuple[tuple[str, str], ...]
Judge = Callable[[Entities], bool]

_noted: list[tuple[str, Judge, bool]] | None = None


def decide(text: str, judge: Judge) -> bool:
    """``judge`` of the text's entities, noted while a collecting pass runs."""
    verdict = judge(nlp.entities([text])[0])
    if _noted is not None:
        _noted.append((text, judge, verdict))
    return verdict


def noted() -> int | None:
    """How many decisions the collecting pass has noted so far (None outside one)."""
    return None if _noted is None else len(_noted)


@contextmanager
def noting() -> Iterator[list[tuple[str, Judge, bool]]]:
    global _noted
    _noted = []
    try:
        yield _noted
    finally:
        _noted = None


def unchanged(asked: list[str], decisions: list[tuple[str, Judge, bool]], answers: dict[str, Entities]) -> bool:
    """Would the answers leave a block's parse as the collecting pass made it?

    Each question asked with entities in its answer must have been asked through
    :func:`decide` every time (a parser reading the entities itself could do anything
    with them) and must judge as it did with none.
    """
    times = Counter(asked)
    by_text: dict[str, list[tuple[Judge, bool]]] = {}
    for text, judge, verdict in decisions:
        by_text.setdefault(text, []).append((judge, verdict))
    for text, n in times.items():
        if not answers[text]:
            continue
        judged = by_text.get(text, [])
        if len(judged) != n or any(judge(answers[text]) != verdict for judge, verdict in judged):
            return False
    return True
