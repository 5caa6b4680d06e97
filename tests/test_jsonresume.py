"""JSON Resume export: valid against the JSON Resume schema, nothing of the record's lists lost."""
import json

import pytest
from conftest import FIXTURES, parsed
from jsonschema import Draft7Validator
from typer.testing import CliRunner

from cvparse.cli import app
from cvparse.export.jsonresume import to_jsonresume
from cvparse.model import CV, Basics, Education, Experience, Skill

SCHEMA = json.loads((FIXTURES / "jsonresume.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft7Validator(SCHEMA, format_checker=Draft7Validator.FORMAT_CHECKER)
SAMPLES = sorted(p.stem for p in FIXTURES.glob("*.pdf"))


def errors(resume: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in VALIDATOR.iter_errors(resume)]


def test_validator_checks_formats_and_dates():
    # The checks below mean something only if the validator rejects what the schema forbids.
    assert errors({"basics": {"url": "not a uri"}})
    assert errors({"work": [{"startDate": "March 2019"}]})
    assert errors({"basics": {"name": None}})


def test_golden_cv_validates_and_keeps_every_entry():
    record = parsed("hayou-cv")
    resume = to_jsonresume(CV.model_validate(record))
    assert errors(resume) == []
    assert len(resume["work"]) == 8 and len(resume["publications"]) == 24
    assert [w["name"] for w in resume["work"]] == [e["organization"] for e in record["experience"]]
    assert [p["name"] for p in resume["publications"]] == [p["title"] for p in record["publications"]]
    assert all(p["authors"] for p in resume["publications"])
    assert resume["basics"]["email"] == record["basics"]["email"]
    assert len(resume["awards"]) == len(record["awards"]) and len(resume["talks"]) == len(record["talks"])
    assert len(resume["teaching"]) == len(record["teaching"]) and len(resume["service"]) == len(record["service"])


@pytest.mark.parametrize("slug", SAMPLES)
def test_every_sample_validates(slug):
    record = parsed(slug)
    resume = to_jsonresume(CV.model_validate(record))
    assert errors(resume) == []
    assert len(resume.get("work", [])) == len(record["experience"])
    assert len(resume.get("education", [])) == len(record["education"])


@pytest.mark.parametrize("slug", ["hayou-cv", "cv-es"])
def test_redacted_record_validates_too(slug):
    from cvparse.export.redact import redact

    resume = to_jsonresume(redact(CV.model_validate(parsed(slug))))
    assert errors(resume) == [] and "name" not in resume.get("basics", {})
    assert len(resume["work"]) == len(parsed(slug)["experience"])


def test_dates_stay_as_precise_as_printed():
    cv = CV(experience=[
        Experience(organization="A", start="2019", end="2020-03"),
        Experience(organization="B", start="2018-07-15", end="Spring 2019"),
    ])
    work = to_jsonresume(cv)["work"]
    assert (work[0]["startDate"], work[0]["endDate"]) == ("2019", "2020-03")
    assert work[1]["startDate"] == "2018-07-15" and "endDate" not in work[1]  # never a guessed month


def test_ongoing_role_has_no_end_but_says_so():
    cv = CV(experience=[Experience(organization="A", start="2021", current=True),
                        Experience(organization="B", start="2017", end="2020")])
    current, past = to_jsonresume(cv)["work"]
    assert "endDate" not in current and current["current"] is True
    assert past["endDate"] == "2020" and "current" not in past
    assert errors(to_jsonresume(cv)) == []


@pytest.mark.parametrize("printed, expected", [
    ("Musterstraße 12, 10115 Berlin", {"address": "Musterstraße 12", "postalCode": "10115", "city": "Berlin"}),
    ("London, UK", {"city": "London", "countryCode": "GB"}),
    ("Calle Mayor 3, 28013 Madrid (España)",
     {"address": "Calle Mayor 3", "postalCode": "28013", "city": "Madrid", "countryCode": "ES"}),
    ("Chicago, IL", {"city": "Chicago", "region": "IL", "countryCode": "US"}),  # IL: a US state
    ("Москва, Россия", {"city": "Москва", "countryCode": "RU"}),
    ("Flat 2, 7", {"address": "Flat 2, 7"}),  # nothing to split: kept whole as the address
])
def test_location_split(printed, expected):
    assert to_jsonresume(CV(basics=Basics(location=printed)))["basics"]["location"] == expected


def test_skills_grouped_by_category():
    cv = CV(skills=[
        Skill(category="Languages", keywords=["Go", "Python"], section="Skills"),
        Skill(category="Languages", keywords=["Python", "Rust"], section="Skills"),
        Skill(keywords=["Docker"], section="Tools"),
        Skill(keywords=["Git"], section="Tools"),
    ])
    assert to_jsonresume(cv)["skills"] == [
        {"name": "Languages", "keywords": ["Go", "Python", "Rust"]},
        {"name": "Tools", "keywords": ["Docker", "Git"]},
    ]


def test_education_courses_and_score_from_labelled_highlights():
    cv = CV(education=[Education(institution="U", degree="BSc", field="Physics", highlights=[
        "GPA: 3.8/4.0, Dean's List", "Relevant coursework: Optics; Quantum Mechanics, Thermodynamics"])])
    edu = to_jsonresume(cv)["education"][0]
    assert (edu["studyType"], edu["area"], edu["score"]) == ("BSc", "Physics", "3.8/4.0")
    assert edu["courses"] == ["Optics", "Quantum Mechanics", "Thermodynamics"]
    assert edu["highlights"] == cv.education[0].highlights  # nothing dropped


def test_cli_format_jsonresume():
    r = CliRunner().invoke(app, ["parse", str(FIXTURES / "hayou-cv.pdf"), "--format", "jsonresume"])
    assert r.exit_code == 0, r.output
    resume = json.loads(r.stdout)
    assert errors(resume) == [] and len(resume["work"]) == 8 and len(resume["publications"]) == 24


def test_cli_unknown_format_is_a_one_line_error():
    r = CliRunner().invoke(app, ["parse", str(FIXTURES / "hayou-cv.pdf"), "--format", "yaml"])
    assert r.exit_code == 2 and "--format" in r.output and "Traceback" not in r.output
