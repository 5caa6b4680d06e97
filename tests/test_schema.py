"""`cvparse schema`: the native record's JSON Schema, generated from the models."""
import json

import pytest
from conftest import FIXTURES, parsed
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from cvparse.cli import app
from cvparse.export.schema import record_schema

SAMPLES = sorted(p.stem for p in FIXTURES.glob("*.pdf"))


@pytest.fixture(scope="module")
def validator():
    schema = record_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("slug", SAMPLES)
def test_every_sample_record_validates(validator, slug):
    assert [e.message for e in validator.iter_errors(parsed(slug))] == []


def test_schema_rejects_what_the_record_forbids(validator):
    record = parsed("hayou-cv")
    record["experience"][0]["salary"] = "secret"  # unknown key
    record["basics"]["emails"] = "a@b.org"  # a list field given a string
    record["sections"][0]["provenance"]["heading"] = {"page": 1, "box": [0, 0, 1]}  # a box of 3 numbers
    assert len(list(validator.iter_errors(record))) == 3


def test_schema_describes_the_printed_record():
    schema = record_schema()
    assert schema["$schema"].endswith("/2020-12/schema") and schema["$id"]
    assert "schema" in schema["properties"] and "schema_" not in schema["properties"]  # the alias, as printed
    assert set(schema["properties"]) == set(parsed("cv-fr"))


def test_cli_schema(tmp_path):
    r = CliRunner().invoke(app, ["schema"])
    assert r.exit_code == 0 and json.loads(r.stdout) == record_schema()
    out = tmp_path / "schema.json"
    r = CliRunner().invoke(app, ["schema", "--out", str(out)])
    assert r.exit_code == 0 and json.loads(out.read_text()) == record_schema()
    assert out.stat().st_mode & 0o777 == 0o600
