"""Batch inputs: files, folders (recursive) and glob patterns, expanded to a list of files.

A folder contributes its ``*.pdf`` files (any case), hidden files and folders
excepted; the other files it holds are counted, so a summary can say what was
left aside. A file named explicitly is taken whatever its name. A name that is
neither a file, a folder nor a matching pattern is kept as missing, so it ends
in the store as a failed input instead of vanishing.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from typing import Iterable

_GLOB_CHARS = set("*?[")


@dataclass
class Inputs:
    files: list[str] = field(default_factory=list)  # absolute paths, each once, in the order found
    missing: list[str] = field(default_factory=list)  # arguments that matched nothing
    ignored: int = 0  # non-PDF files inside the folders given

    def add(self, path: str) -> None:
        self.files.append(os.path.abspath(path))


def expand(arguments: Iterable[str]) -> Inputs:
    found = Inputs()
    for argument in arguments:
        if os.path.isdir(argument):
            _walk(argument, found)
        elif os.path.lexists(argument):
            found.add(argument)
        elif _GLOB_CHARS & set(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            for match in matches:
                if os.path.isdir(match):
                    _walk(match, found)
                else:
                    found.add(match)
            if not matches:
                found.missing.append(os.path.abspath(argument))
        else:
            found.missing.append(os.path.abspath(argument))
    found.files = list(dict.fromkeys(found.files))  # one path given twice is one input
    return found


def _walk(folder: str, found: Inputs) -> None:
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            if name.lower().endswith(".pdf"):
                found.add(os.path.join(root, name))
            else:
                found.ignored += 1
