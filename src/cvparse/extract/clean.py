"""Character and word level text repair: ligatures, invisible characters, icons, bullets."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lexicon import load

_BULLETS: frozenset[str] = frozenset(load("bullets")["glyphs"])
_LINE_START_BULLETS: frozenset[str] = frozenset(load("bullets")["line_start"])

# Characters that carry no text: zero-width, joiners, BOM, object replacement,
# and the noncharacters U+FFFE/U+FFFF that unmapped icon glyphs come out as.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\ufffc\ufffd\ufffe\uffff"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"), " ")
SOFT_HYPHEN = "\u00ad"


def is_private_use(ch: str) -> bool:
    return 0xE000 <= ord(ch) <= 0xF8FF or 0xF0000 <= ord(ch) <= 0x10FFFD


def is_bullet(text: str) -> bool:
    """Is this word, standing first on a line, a list marker?"""
    return text == "•" or text in _BULLETS or text in _LINE_START_BULLETS


_ICON_FONTS: tuple[str, ...] = tuple(load("fonts")["icon_fonts"])


def is_icon_font(fontname: str) -> bool:
    name = fontname.lower()
    return any(key in name for key in _ICON_FONTS)


def _is_pictograph(o: int) -> bool:
    """Emoji and pictographs that CVs print as contact icons (☎ ✉ 📱 🌐)."""
    return 0x2600 <= o <= 0x27BF or 0x1F000 <= o <= 0x1FAFF or 0x2B00 <= o <= 0x2BFF


@lru_cache(maxsize=8192)
def clean_char(text: str, fontname: str = "") -> str:
    """One PDF glyph's text as it should read; '' for glyphs that carry no text.

    Cached: it runs once per glyph of the document, and the (text, font) pairs repeat.
    """
    if not text:
        return ""
    if len(text) == 1:
        o = ord(text)
        if o < 32 or 0x7F <= o < 0xA0:
            return ""
        if text in _BULLETS:
            return "•"
        if is_private_use(text) or _is_pictograph(o):
            return ""  # icon fonts (FontAwesome & co) map their glyphs here
    if fontname and is_icon_font(fontname):
        return ""  # icon glyphs named in text ("GITHUB-SQUARE") or as letters
    text = text.translate(_INVISIBLE).translate(_SPACES)
    if any(0xFB00 <= ord(c) <= 0xFB06 for c in text):  # ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ
        text = unicodedata.normalize("NFKC", text)
    return text


def clean_word(text: str) -> str:
    """Repair a whole word: a lone soft hyphen is a printed dash (Awesome-CV dates)."""
    if SOFT_HYPHEN in text:
        if text.strip(SOFT_HYPHEN) == "":
            return "–"
        # A soft hyphen between digits stands for a range dash ("2019­2020").
        text = re.sub(r"(?<=\d)\u00ad+(?=\d)", "–", text)
        # A trailing one marks a hyphenation break; keep it as a marker for joining.
        core = text.rstrip(SOFT_HYPHEN).replace(SOFT_HYPHEN, "")
        return core + (SOFT_HYPHEN if text.endswith(SOFT_HYPHEN) else "")
    return text
