"""The library as a Python user meets it: what parse() reads, type information, names, docstrings."""
import inspect
import io
from importlib import resources
from pathlib import Path

import pytest
from conftest import FIXTURES, parsed
from pydantic import BaseModel

import cvparse
from cvparse import errors, model
from cvparse.errors import CVParseError, SourceTypeError, TooLarge
from cvparse.limits import Limits

SLUG = "cv-fr"  # the smallest fixture: quick to parse three times
PDF = FIXTURES / f"{SLUG}.pdf"
ROOT = Path(__file__).parent.parent

# pydantic v1 methods that v2 keeps on BaseModel as deprecated shims: a field of that name
# (or that name with an underscore) hides the shim or reads as if it were one.
PYDANTIC_DEPRECATED = ("dict", "json", "copy", "parse_obj", "parse_raw", "parse_file", "from_orm", "construct",
                       "schema", "schema_json", "validate", "update_forward_refs")


def _models() -> list[type[BaseModel]]:
    return [cls for _, cls in inspect.getmembers(model, inspect.isclass)
            if issubclass(cls, BaseModel) and cls.__module__ == model.__name__]


def _without_file(record: dict) -> dict:
    return {**record, "source": {**record["source"], "file": None}}


def test_parse_reads_bytes_and_binary_files_as_it_reads_a_path():
    by_path = parsed(SLUG)
    assert by_path["source"]["file"] == PDF.name
    data = PDF.read_bytes()
    assert cvparse.parse(data).to_dict() == _without_file(by_path)
    assert cvparse.parse(io.BytesIO(data)).to_dict() == _without_file(by_path)
    with PDF.open("rb") as handle:  # an open file keeps its name
        assert cvparse.parse(handle).to_dict() == by_path


@pytest.mark.parametrize("source", [42, None, ["cv.pdf"], io.StringIO("%PDF-1.7")],
                         ids=lambda source: type(source).__name__)
def test_parse_refuses_what_it_cannot_read_with_a_clear_error(source):
    with pytest.raises(SourceTypeError) as caught:
        cvparse.parse(source)
    assert isinstance(caught.value, CVParseError) and isinstance(caught.value, TypeError)
    assert "binary" in str(caught.value)


def test_a_file_object_over_the_size_limit_is_refused_without_reading_it_all():
    stream = io.BytesIO(PDF.read_bytes())
    with pytest.raises(TooLarge):
        cvparse.parse(stream, limits=Limits(max_bytes=1000))
    assert stream.tell() == 1001  # one byte past the limit told it


def test_the_package_ships_py_typed():
    assert (resources.files("cvparse") / "py.typed").is_file()
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "py.typed" in config["tool"]["setuptools"]["package-data"]["cvparse"]


@pytest.mark.parametrize("cls", _models(), ids=lambda cls: cls.__name__)
def test_no_model_attribute_shadows_a_deprecated_pydantic_method(cls):
    shadowing = {name for name in cls.model_fields if name.rstrip("_") in PYDANTIC_DEPRECATED}
    shadowing |= {name for name in vars(cls) if name in PYDANTIC_DEPRECATED}
    assert not shadowing


def test_the_record_id_keeps_its_json_key():
    cv = model.CV()
    assert cv.schema_id == model.SCHEMA_ID and cv.to_dict()["schema"] == model.SCHEMA_ID
    assert '"schema": "cvparse/1"' in cv.to_json()
    assert model.CV.model_validate({"schema": "cvparse/1"}).schema_id == "cvparse/1"


def _public_api() -> list[object]:
    error_classes = [cls for _, cls in inspect.getmembers(errors, inspect.isclass)
                     if issubclass(cls, CVParseError)]
    return [cvparse.parse, cvparse.parse_bytes, cvparse.warm_up, Limits, *_models(), *error_classes,
            model.CV.to_dict, model.CV.to_json]


@pytest.mark.parametrize("item", _public_api(), ids=lambda item: item.__qualname__)
def test_the_public_api_has_docstrings(item):
    # Not inherited: pydantic's BaseModel and Exception have docstrings of their own.
    assert (vars(item).get("__doc__") if inspect.isclass(item) else item.__doc__ or "").strip()


def test_the_readme_says_to_work_in_a_virtual_environment_before_its_two_command_quick_start():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    before, block = quick_start.split("```sh\n", 1)
    assert "python -m venv .venv" in before and ". .venv/bin/activate" in before
    commands = [line for line in block.split("```", 1)[0].splitlines() if line.strip()]
    assert len(commands) == 2
