"""Fast paths (caches, one-pass loops, bisection, grouped alternatives) give what the plain definitions give."""
from __future__ import annotations

import pytest

from cvparse.dates import find_dates
from cvparse.layout import union
from cvparse.text import Span
from cvparse.layout import Word


def test_dates_are_a_fresh_list_each_time():
    first = find_dates("Analyst, March 2019 – June 2021")
    first.clear()
    again = find_dates("Analyst, March 2019 – June 2021")
    assert [(d.start, d.end) for d in again] == [("2019-03", "2021-06")]


def test_union_of_boxes_and_of_none():
    assert union([(5.0, 2.0, 9.0, 4.0), (1.0, 3.0, 6.0, 8.0), (2.0, 1.0, 3.0, 2.0)]) == (1.0, 1.0, 9.0, 8.0)
    assert union(iter([(1.0, 2.0, 3.0, 4.0)])) == (1.0, 2.0, 3.0, 4.0)
    with pytest.raises(ValueError):
        union([])


def test_span_joins_words_and_hyphenation_breaks():
    words = [Word("Infor\u00ad", 0, 0, 10, 5, 5), Word("mation", 0, 10, 10, 15, 5), Word("age", 12, 10, 20, 15, 5)]
    span = Span.of_words(words)
    assert span.text == "Information age" and span.starts == [0, 5, 12]
    assert span.find("age") == (1, (12, 10, 20, 15))


def test_words_in_finds_every_word_printing_a_character_of_the_range():
    import random

    rng = random.Random(7)
    for _ in range(200):
        texts = [rng.choice(["a", "bc", "def\u00ad", "\u00ad", "", "ghij", "k\u00ad"]) for _ in range(rng.randint(1, 12))]
        span = Span.of_words([Word(t, i, 0, i + 1, 1, 5) for i, t in enumerate(texts)])
        for start in range(len(span.text) + 1):
            for end in range(start, len(span.text) + 2):
                expected = [w for w, s in zip(span.words, span.starts) if s < end and s + len(w.text) > start]
                assert span.words_in(start, end) == expected


def test_phones_are_a_fresh_list_each_time():
    from cvparse.fields.contact import find_phones

    first = find_phones("Tel. (415) 555-0132", "US")
    first.clear()
    assert find_phones("Tel. (415) 555-0132", "US") == [("+14155550132", "(415) 555-0132")]


def test_fold_reads_ascii_and_accented_text_alike():
    from cvparse.text import fold

    assert fold("Senior  Engineer_(R&D)") == "senior engineer r d"
    assert fold("Ingénieur Straße") == "ingenieur strasse"
    assert fold("Ingenieur Strasse") == fold("INGÉNIEUR, STRASSE")


def test_box_of_words_is_the_union_of_their_boxes_on_a_page():
    from cvparse.layout import words_box

    words = [Word("a", 5, 2, 9, 4, 5, page=2), Word("b", 1, 3, 6, 8, 5, page=2), Word("c", 0, 0, 99, 99, 5, page=3)]
    assert words_box(words, 2) == union(w.box for w in words[:2]) == (1, 2, 9, 8)
    assert words_box(words) == (0, 0, 99, 99)
    with pytest.raises(ValueError):
        words_box([])


def test_span_built_at_once_matches_word_by_word():
    import random

    rng = random.Random(11)
    for _ in range(300):
        span, slow = Span(), Span()
        for _ in range(rng.randint(1, 4)):
            texts = [rng.choice(["a", "bc", "de\u00adf", "g\u00ad", "", "hij"]) for _ in range(rng.randint(0, 5))]
            words = [Word(t, i, 0, i + 1, 1, 5) for i, t in enumerate(texts)]
            span.extend(words)
            slow._extend_word_by_word(words)
        assert (span.text, span.starts, span.words) == (slow.text, slow.starts, slow.words)


def test_region_by_address_first_then_by_words():
    from cvparse.fields.contact import guess_region, region_of_addresses

    assert region_of_addresses(["jo@example.fr"], []) == "FR"
    assert region_of_addresses(["jo@example.com"], ["https://example.org"]) is None
    assert guess_region("Berufserfahrung Ausbildung", ["jo@example.fr"], []) == "FR"
    assert guess_region("Berufserfahrung Ausbildung", ["jo@example.com"], []) == "DE"


def test_grouped_word_alternatives_match_as_the_plain_ones():
    import re

    from cvparse import dates
    from cvparse.lexicon import load

    table = load("dates")
    # "ı" and "i" are one letter under IGNORECASE: "IXY" must find "ıxy", not stop at "ix".
    words = [*table["months"], *table["seasons"], *table["present"], *table["range"], "", "ixyz", "ıxy", "ix"]
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)), re.I)
    grouped = re.compile(dates._alts(words), re.I)
    samples = [w for word in words for w in (word, word.upper(), word.title(), word + "x", word[:-1])]
    samples += ["Sept. 2019 – heute", "MÄRZ 2020 bis jetzt", "août–déc. 2018", "Im Jänner", "IXY", "ıXy"]
    for text in samples:
        for at in range(len(text) + 1):
            a, b = plain.match(text, at), grouped.match(text, at)
            assert (a and a.span()) == (b and b.span()), (text, at)


def test_fold_drops_every_combining_mark():
    import unicodedata

    from cvparse.text import fold

    text = "Ỳour Ñame, Zürich — Йошкар-Ола, Øresund, naïve café, ễ"
    slow = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    slow = slow.replace("ø", "o")  # a letter with a stroke has no mark to drop; it folds to its base letter
    assert fold(text) == " ".join(slow.replace("-", " ").replace(",", " ").replace("—", " ").split())


def test_fold_reads_letters_that_do_not_decompose_as_their_base_letter():
    from cvparse.text import fold

    # Polish, Turkish and Danish heading words must meet the lexicon's plain spelling.
    assert fold("Umiejętności, Łódź") == "umiejetnosci lodz"
    assert fold("YABANCI DİLLER") == "yabanci diller"
    assert fold("Færdigheder, Straße") == "faerdigheder strasse"


def test_sentences_split_as_a_walk_over_every_character_would():
    import random

    from cvparse.fields.publications import _sentences

    def walked(text):
        out, depth, cur = [], 0, ""
        for i, ch in enumerate(text):
            cur += ch
            depth += ch in "([{"
            depth -= ch in ")]}" and depth > 0
            if ch == "." and depth == 0 and text[i + 1:i + 2] in (" ", ""):
                token = cur.rstrip(".").split(" ")[-1]
                if len(token.strip("*")) > 1 or not token[:1].isupper():
                    out.append(cur.strip().rstrip("."))
                    cur = ""
        if cur.strip():
            out.append(cur.strip().rstrip("."))
        return [s for s in out if s]

    assert _sentences("J. Smith and A. Doe. A title (with. dots). Venue, 2020.") == \
        ["J. Smith and A. Doe", "A title (with. dots)", "Venue, 2020"]
    rng = random.Random(5)
    pieces = ["J.", "Smith", "a.", "(x", "y)", "[z.", "]", "}", ". ", ".", "Ab", "*", " ", "end."]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 12)))
        assert _sentences(text) == walked(text), text
