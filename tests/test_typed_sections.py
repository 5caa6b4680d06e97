"""Projects, certifications, volunteering and references: typed lists, not lines of ``other``."""
import json

import pytest
from conftest import FIXTURES, make_line, parsed
from jsonschema import Draft202012Validator, Draft7Validator

from cvparse.export.jsonresume import to_jsonresume
from cvparse.export.redact import EMAIL_MARK, NAME, PHONE_MARK, redact
from cvparse.export.schema import record_schema
from cvparse.fields.certifications import parse_certification
from cvparse.fields.projects import parse_project
from cvparse.fields.references import on_request, parse_references
from cvparse.model import CV, Certification, Project, Reference, Volunteering
from cvparse.segment.entries import Block, split_blocks
from cvparse.segment.headings import heading_kind


def block(*texts: str, bold_first: bool = False) -> Block:
    lines = [make_line(t, top=100 + 12 * i, bold=bold_first and i == 0) for i, t in enumerate(texts)]
    return Block(lines=lines, header=lines[:1], body=lines[1:], margin=500.0)


def test_jakes_resume_projects_are_typed_and_nothing_is_left_in_other():
    record = parsed("jakes-us-resume")
    assert record["other"] == []
    names = [p["name"] for p in record["projects"]]
    assert names == ["Tidepool", "Ledgerline"]
    tidepool = record["projects"][0]
    assert tidepool["keywords"] == ["Go", "PostgreSQL", "React", "Docker"]
    assert (tidepool["start"], tidepool["current"]) == ("2023-01", True)
    assert len(tidepool["highlights"]) == 2 and tidepool["highlights"][1].startswith("Ingests NOAA buoy data")
    assert record["projects"][1]["end"] == "2021-12"
    assert set(tidepool["provenance"]) >= {"entry", "name", "keywords", "dates_text"}


@pytest.mark.parametrize("heading, kind", [
    ("Projects", "projects"), ("Projets personnels", "projects"), ("Projekte", "projects"),
    ("Certifications", "certifications"), ("Licenses & Certifications", "certifications"),
    ("Zertifizierungen", "certifications"), ("Certificaciones", "certifications"),
    ("Volunteer Experience", "volunteering"), ("Voluntariado", "volunteering"), ("Bénévolat", "volunteering"),
    ("Ehrenamtliches Engagement", "volunteering"), ("Volontariato", "volunteering"),
    ("References", "references"), ("Referenzen", "references"), ("Références", "references"),
    ("Work Experience", "experience"),
])
def test_headings_name_the_typed_kinds(heading, kind):
    assert heading_kind(heading) == kind


def test_project_title_parts_link_and_labelled_tools():
    entry = parse_project(block("Tideboard — Lead Developer · https://github.com/x/tideboard || 2022",
                                "• Forecast dashboard for surfers", "Technologies: Rust, WebAssembly, D3.js"),
                          "Projects")
    assert entry.name == "Tideboard" and entry.role == "Lead Developer"
    assert entry.url == "https://github.com/x/tideboard"
    assert entry.keywords == ["Rust", "WebAssembly", "D3.js"]
    assert entry.highlights == ["Forecast dashboard for surfers"]
    assert entry.start == "2022"


@pytest.mark.parametrize("texts, name, issuer, date", [
    (("AWS Certified Solutions Architect – Amazon Web Services, 2021",), "AWS Certified Solutions Architect",
     "Amazon Web Services", "2021"),
    (("Machine Learning (Coursera) 2019",), "Machine Learning", "Coursera", "2019"),
    (("Professional Scrum Master I, issued by Scrum.org",), "Professional Scrum Master I", "Scrum.org", None),
    (("Certified Kubernetes Administrator", "Cloud Native Computing Foundation"), "Certified Kubernetes Administrator",
     "Cloud Native Computing Foundation", None),
    (("[ Northfield Board, 12/03/2021 ] Digital Skills Level 2",), "Digital Skills Level 2", "Northfield Board",
     "2021-03-12"),
    (("TOEFL iBT 110 · Link",), "TOEFL iBT 110", None, None),
])
def test_certification_name_issuer_date(texts, name, issuer, date):
    entry = parse_certification(block(*texts), "Certifications")
    assert (entry.name, entry.issuer, entry.date) == (name, issuer, date)


def test_referees_without_space_between_them_are_told_apart_by_their_contact():
    refs = parse_references(block("Jane Roe - Former Supervisor, Acme Logistics (415) 555-2671",
                                  "John Smith - Professor of Physics, University of Oslo john.smith@uio.no"),
                            "References")
    assert [r.name for r in refs] == ["Jane Roe", "John Smith"]
    assert refs[0].phone == "+14155552671" and refs[0].position == "Former Supervisor"
    assert refs[0].organization == "Acme Logistics"
    assert refs[1].email == "john.smith@uio.no" and refs[1].organization == "University of Oslo"


def test_referee_address_lines_are_details():
    (ref,) = parse_references(block("Maria Keller, Head of Research, Institut Pasteur", "25 Rue du Docteur Roux",
                                    "75015 Paris", "email: m.keller@pasteur.fr"), "References")
    assert (ref.name, ref.position, ref.organization) == ("Maria Keller", "Head of Research", "Institut Pasteur")
    assert ref.email == "m.keller@pasteur.fr"
    assert ref.details == "25 Rue du Docteur Roux, 75015 Paris"


@pytest.mark.parametrize("text", ["References available upon request.", "Referenzen auf Anfrage",
                                  "Références disponibles sur demande"])
def test_references_on_request_name_nobody(text):
    (ref,) = parse_references(block(text), "References")
    assert on_request(text) and ref.name is None and ref.details


def test_referees_parted_by_blank_space_are_separate_blocks():
    lines = [make_line("Jane Roe, Director, Acme", top=100), make_line("jane@acme.com", top=112),
             make_line("John Smith, Professor, MIT", top=140), make_line("john@mit.edu", top=152)]
    assert [len(b.lines) for b in split_blocks(lines, "references")] == [2, 2]


def _typed_record() -> CV:
    return CV.model_validate({
        "basics": {"name": "Ada Byron", "email": "ada@example.org", "emails": ["ada@example.org"]},
        "projects": [{"name": "Engine", "keywords": ["Python"], "start": "2020-01", "url": "https://example.org/e"}],
        "certifications": [{"name": "CKA", "issuer": "CNCF", "date": "2021"}],
        "volunteering": [{"organization": "Food Bank", "position": "Driver", "start": "2019"}],
        "references": [{"name": "Jane Roe", "position": "Director", "organization": "Acme",
                        "email": "jane@acme.com", "phone": "+14155552671", "details": "1 Main St"}],
    })


def test_record_schema_validates_the_new_lists():
    validator = Draft202012Validator(record_schema())
    assert list(validator.iter_errors(_typed_record().to_dict())) == []
    bad = _typed_record().to_dict()
    bad["certifications"][0]["issuer"] = 7
    assert list(validator.iter_errors(bad))


def test_jsonresume_fills_projects_certificates_volunteer_references():
    schema = json.loads((FIXTURES / "jsonresume.schema.json").read_text(encoding="utf-8"))
    resume = to_jsonresume(_typed_record())
    assert list(Draft7Validator(schema).iter_errors(resume)) == []
    assert resume["projects"] == [{"name": "Engine", "startDate": "2020-01", "url": "https://example.org/e",
                                   "keywords": ["Python"]}]
    assert resume["certificates"] == [{"name": "CKA", "issuer": "CNCF", "date": "2021"}]
    assert resume["volunteer"] == [{"organization": "Food Bank", "position": "Driver", "startDate": "2019"}]
    assert resume["references"][0]["name"] == "Jane Roe" and "jane@acme.com" in resume["references"][0]["reference"]


def test_redaction_removes_who_the_referees_are():
    out = redact(_typed_record())
    (ref,) = out.references
    assert (ref.name, ref.email, ref.phone) == (NAME, EMAIL_MARK, PHONE_MARK)
    assert ref.position is ref.organization is ref.details is None
    assert "Jane" not in out.to_json() and "Acme" not in out.to_json()
    assert out.projects[0].name == "Engine" and out.certifications[0].issuer == "CNCF"


def test_volunteering_is_read_as_an_employment():
    record = parsed("cv-es")
    (post,) = record["volunteering"]
    assert post["organization"] == "Banco de Alimentos de Madrid" and post["current"] is True
    assert not any(e["section"] == post["section"] for e in record["experience"])
    assert Volunteering.model_validate(post) and Project() and Certification() and Reference()


def test_review_page_and_tables_follow_the_new_lists():
    from cvparse.export.review_html import marks
    from cvparse.export.tables import tables

    cv = CV.model_validate(parsed("jakes-us-resume"))
    refs = {m.ref for m in marks(cv)}
    assert {"projects-0", "projects-0-name", "projects-1-keywords"} <= refs
    assert {"projects", "certifications", "volunteering", "references"} <= set(tables())
