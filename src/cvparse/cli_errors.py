"""How the command line reports a failure: one line on stderr, a distinct exit code per class.

Advice ("give the password with --password") names options; it is shown only
when the running command has every option it names, so ``layout`` never
suggests ``--ocr`` and ``eval`` never ``--debug``.
"""
from __future__ import annotations

import json
import re
import sys
from typing import NoReturn

import typer

_OPTION = re.compile(r"--[a-z][a-z-]*")
DEBUG_ADVICE = "--debug shows the traceback"
_running: set[str] = set()  # the options of the command running now


def use_options_of(command: object) -> None:
    """Record the options of the (click) command about to run; the root callback calls it."""
    params = getattr(command, "params", [])
    _running.clear()
    _running.update(name for param in params for name in (*param.opts, *param.secondary_opts))


def command_options() -> set[str]:
    """The options of the command running now (empty outside a command)."""
    return set(_running)


def advice_for_command(advice: str | None, options: set[str] | None = None) -> str | None:
    """The advice, if the running command has every option it names; else None."""
    if not advice:
        return None
    options = command_options() if options is None else options
    return advice if set(_OPTION.findall(advice)) <= options else None


def describe(exc: BaseException) -> tuple[str, int, str]:
    """(kind, exit code, one-line message) of a failure, with only the advice this command can follow."""
    from .errors import CVParseError

    if isinstance(exc, CVParseError):
        first = exc.message.splitlines()[0] if exc.message else exc.kind
        advice = advice_for_command(exc.advice)
        return exc.kind, exc.exit_code, f"{first}; {advice}" if advice else first
    if isinstance(exc, OSError):
        return "io", 1, f"cannot read the file ({exc.strerror or type(exc).__name__})"
    # A bug: the message could quote the CV, so only the type.
    advice = advice_for_command(DEBUG_ADVICE)
    return "internal", 1, f"internal error ({type(exc).__name__})" + (f"; {advice}" if advice else "")


def report(file: str, exc: BaseException, as_json: bool, debug: bool) -> int:
    """Say why ``file`` failed (and print an error object with --json); the exit code. --debug re-raises."""
    if debug:
        raise exc
    kind, code, message = describe(exc)
    if as_json:
        print(json.dumps({"error": {"type": kind, "message": message, "file": file}}), flush=True)
    print(f"cvparse: error: {file}: {message}", file=sys.stderr)
    return code


def fail(file: str, exc: BaseException, as_json: bool = False, debug: bool = False) -> NoReturn:
    raise typer.Exit(report(file, exc, as_json, debug))


def usage_error(message: str) -> NoReturn:
    print(f"cvparse: error: {message}", file=sys.stderr)
    raise typer.Exit(2)
