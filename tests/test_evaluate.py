from cvparse.evaluate import evaluate


def test_perfect_and_imperfect_scores():
    expected = {"experience": [{"organization": "Acme", "start": "2019", "highlights": ["a", "b"]}]}
    assert evaluate(expected, expected).overall.f1 == 1.0
    got = {"experience": [{"organization": "ACME.", "start": "2019-01", "highlights": ["a"]}]}
    report = evaluate(got, expected)
    s = report.lists["experience"]
    assert (s.tp, s.fn) == (2, 2)  # organisation (normalised) and one highlight
    assert any("start" in m for m in report.misses)


def test_unknown_fields_are_not_scored_and_nulls_are():
    expected = {"basics": {"name": "Jane Roe", "phone": None}}
    got = {"basics": {"name": "Jane Roe", "phone": "+15555550100", "headline": "x"}}
    s = evaluate(got, expected).lists["basics"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_missing_and_extra_entries_count():
    expected = {"awards": [{"title": "Prize A"}, {"title": "Prize B"}]}
    got = {"awards": [{"title": "Prize A"}, {"title": "Something else entirely"}, {"title": "Third"}]}
    report = evaluate(got, expected)
    assert not report.counts_ok()
    assert report.lists["awards"].recall == 0.5


def test_record_lists_compare_on_expected_keys():
    expected = {"basics": {"profiles": [{"network": "GitHub", "username": "jroe"}]}}
    got = {"basics": {"profiles": [{"network": "GitHub", "username": "jroe", "url": "https://github.com/jroe"},
                                   {"network": "LinkedIn", "username": "x"}]}}
    s = evaluate(got, expected).lists["basics"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_text_printed_in_capitals_matches_its_source_case_blind():
    from cvparse.evaluate import norm

    assert norm("BİLİMSEL YAYINLAR") == norm("Bilimsel Yayınlar")  # Turkish dotted and dotless i
    assert norm("EXPÉRIENCE") == norm("Expérience")
    assert norm("Expérience") != norm("Experience")


def test_entries_without_text_fields_align_on_their_lists():
    from cvparse.evaluate import evaluate

    expected = {"skills": [{"category": None, "keywords": ["Rust", "Go", "SQL"], "section": "Skills"}]}
    got = {"skills": [{"category": None, "keywords": ["Rust", "Go", "SQL"], "section": "Skills"}]}
    report = evaluate(got, expected)
    assert report.lists["skills"].f1 == 1.0 and not report.misses
    got["skills"][0]["keywords"] = ["Rust", "Go"]
    assert 0.5 < evaluate(got, expected).lists["skills"].f1 < 1.0


def test_a_national_number_matches_its_e164_form():
    from cvparse.evaluate import _same_phone

    assert _same_phone("9399-3436", "+4593993436")
    assert _same_phone("(415) 555-2671", "+14155552671")
    assert _same_phone("06 95 80 56 18", "+33695805618")
    assert not _same_phone("555-2671", "+14155552672")
    assert not _same_phone("123", "+44123")  # too short to tell
