"""Non-Latin CVs (samples/non-latin): no crash, contact details, headings in their own script."""
from __future__ import annotations

import pytest
from conftest import FIXTURES

import cvparse

CASES = {
    "cv-ru": {"name": "Ирина Сергеевна Волкова", "email": "irina.volkova@example.ru", "phone": "+79165552341",
              "kinds": ["experience", "education", "languages"], "current": "2021-03"},
    "cv-zh": {"name": "王晓明", "email": "xiaoming.wang@example.cn", "phone": "+8613800138000",
              "kinds": ["experience", "education", "skills"], "current": None},
}


@pytest.mark.parametrize("slug", sorted(CASES))
def test_non_latin_cv(slug):
    want = CASES[slug]
    cv = cvparse.parse(FIXTURES / f"{slug}.pdf")
    assert (cv.basics.name, cv.basics.email, cv.basics.phone) == (want["name"], want["email"], want["phone"])
    assert [s.kind for s in cv.sections] == want["kinds"]
    assert cv.experience and cv.education
    if want["current"]:
        first = cv.experience[0]
        assert (first.start, first.current) == (want["current"], True)


def test_cjk_list_separators():
    cv = cvparse.parse(FIXTURES / "cv-zh.pdf")
    assert cv.skills[0].keywords == ["Python", "Go", "Kubernetes", "PostgreSQL"]
