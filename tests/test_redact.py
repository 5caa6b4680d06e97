"""--redact: the record without the person's identity, experience kept, for blind screening."""
import json
import logging
import re

import pytest
from conftest import FIXTURES, parsed
from typer.testing import CliRunner

from cvparse.cli import app
from cvparse.export.redact import NAME, redact
from cvparse.fields import nlp
from cvparse.model import CV, Basics, Education, Experience, Interest, Other, Profile, Publication, Source

BOX = Source(page=1, box=(0.0, 0.0, 10.0, 10.0))


def identifiers(record: dict) -> list[str]:
    """Every name part, e-mail, phone (digits), link (without scheme) and user name of the person."""
    b = record["basics"]
    found = [p for p in re.split(r"[\s,.]+", b["name"] or "") if len(p) > 1]
    found += b["emails"] + [re.sub(r"^https?://(www\.)?", "", u).rstrip("/") for u in b["urls"]]
    found += [p["username"] for p in b["profiles"] if p["username"]]
    found += [re.sub(r"\D", "", p)[-9:] for p in b["phones"]]
    return found


def leaks(record: dict, text: str) -> list[str]:
    return [x for x in identifiers(record) if x.lower() in text.lower()]


def test_golden_cv_via_cli_keeps_experience_and_hides_the_person():
    record = parsed("hayou-cv")
    assert len(identifiers(record)) >= 4  # name parts, e-mail, site: the check below is not empty
    r = CliRunner().invoke(app, ["parse", str(FIXTURES / "hayou-cv.pdf"), "--json", "--redact"])
    assert r.exit_code == 0, r.output
    assert leaks(record, r.stdout) == []
    redacted = json.loads(r.stdout)
    assert len(redacted["experience"]) == 8 and len(redacted["publications"]) == 24
    assert [e["organization"] for e in redacted["experience"]] == [e["organization"] for e in record["experience"]]
    assert len(redacted["education"]) == len(record["education"])
    assert NAME in redacted["publications"][0]["authors"]
    assert redacted["basics"]["name"] is None and redacted["basics"]["email"] is None
    assert redacted["source"]["file"] is None


@pytest.mark.parametrize("slug", ["cv-es", "jakes-us-resume", "lebenslauf-de", "html-sidebar", "cv-zh"])
def test_samples_hide_the_person(slug):
    record = parsed(slug)
    assert identifiers(record)
    redacted = redact(CV.model_validate(record)).to_dict()
    assert leaks(record, json.dumps(redacted, ensure_ascii=False)) == []
    assert len(redacted["experience"]) == len(record["experience"])
    assert redacted["skills"] == record["skills"]


def test_jsonresume_of_redacted_record_hides_the_person():
    record = parsed("typst-resume")
    r = CliRunner().invoke(app, ["parse", str(FIXTURES / "typst-resume.pdf"), "--format", "jsonresume", "--redact"])
    assert r.exit_code == 0 and leaks(record, r.stdout) == []
    assert len(json.loads(r.stdout)["work"]) == len(record["experience"])


def person() -> CV:
    return CV(
        basics=Basics(name="Jane Q. Doe-Smith", email="jane@doe.org", emails=["jane@doe.org", "jq@lab.edu"],
                      phone="+14155550132", phones=["+14155550132"], url="https://janedoe.dev",
                      urls=["https://janedoe.dev"], location="12 Elm Street, Springfield, IL 62704",
                      profiles=[Profile(network="GitHub", username="jqdoe", url="https://github.com/jqdoe")],
                      headline="Data engineer", provenance={"name": BOX, "email": BOX, "headline": BOX}),
        summary="Jane builds data pipelines; reach me at jq@lab.edu or +1 (415) 555-0132, code on github.com/jqdoe.",
        experience=[Experience(organization="Acme", position="Engineer", start="2020", current=True,
                               highlights=["Mentored by Peter Bartlett and Bin Yu.",
                                           "Talk slides at https://example.org/talk",
                                           "Date of birth: 1 May 1990"],
                               provenance={"highlights": BOX, "organization": BOX})],
        education=[Education(institution="St John's College", highlights=["St John's College choir"])],
        publications=[Publication(title="On pipelines", authors=["J. Doe-Smith", "A. Other"],
                                  provenance={"authors": BOX, "title": BOX})],
        interests=[Interest(category="Music", text="Cello, Edinburgh Amateur Chamber Orchestra")],
        other=[Other(section="Persönliche Daten", lines=["Geburtsdatum 01.01.1990", "Familienstand: ledig",
                                                         "Führerschein Klasse B"])],
    )


def test_identity_removed_and_coarse_location_kept():
    cv = person()
    out = redact(cv)
    b = out.basics
    assert (b.name, b.email, b.emails, b.phone, b.phones, b.url, b.urls, b.profiles) == (
        None, None, [], None, [], None, [], [])
    assert b.location == "Springfield, IL"  # street and postcode go, the city stays for screening
    assert b.headline == "Data engineer" and set(b.provenance) == {"headline"}
    assert cv.basics.name == "Jane Q. Doe-Smith"  # the input is left as it was


def test_shapes_and_own_name_in_free_text():
    out = redact(person())
    assert out.summary == "[name] builds data pipelines; reach me at [email] or [phone], code on [url]."
    assert out.publications[0].authors == [NAME, "A. Other"]
    assert "authors" not in out.publications[0].provenance and "title" in out.publications[0].provenance


def test_other_people_and_personal_rows_in_free_text():
    highlights = redact(person()).experience[0].highlights
    assert highlights == ["Mentored by [name] and [name].", "Talk slides at [url]"]  # birth date row dropped
    assert "highlights" not in redact(person()).experience[0].provenance
    assert redact(person()).other[0].lines == ["Führerschein Klasse B"]


def test_proper_names_that_are_not_people_stay():
    out = redact(person())
    assert out.education[0].highlights == ["St John's College choir"]
    assert out.interests[0].text == "Cello, Edinburgh Amateur Chamber Orchestra"
    assert out.experience[0].organization == "Acme" and "organization" in out.experience[0].provenance


def test_without_spacy_own_name_and_shapes_still_go(monkeypatch, caplog):
    monkeypatch.setattr(nlp, "pipeline", lambda: None)
    with caplog.at_level(logging.WARNING, logger="cvparse"):
        out = redact(person())
    assert out.summary.startswith("[name] builds") and "[email]" in out.summary
    assert out.experience[0].highlights[0] == "Mentored by Peter Bartlett and Bin Yu."
    assert "without spaCy" in caplog.text


def test_a_lone_initial_is_not_taken_for_the_name():
    out = redact(CV(basics=Basics(name="A"), summary="A cat and a dog"))
    assert out.summary == "A cat and a dog"
