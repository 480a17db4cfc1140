"""What is wrong with a monitors file, each problem at its line and column."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from housecat.errors import InvalidInput, field_errors

# A place in the document: section, index, field… (`("tests", 2, "schedule")`).
Path = tuple[str | int, ...]


def spelled(path: Path) -> str:
    """Write a path as a person reads it: `tests[2].schedule`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(file)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong, where it is (lines and columns count from 1)."""

    line: int
    column: int
    path: str
    message: str

    def shown(self, source: str) -> str:
        """The problem as compilers print theirs: `monitors.yaml:12:5: tests[2].schedule: …`."""
        return f"{source}:{self.line}:{self.column}: {self.path}: {self.message}"


class ProblemAnswer(BaseModel):
    """A problem of the file, as the API answers it."""

    line: int
    column: int
    path: str
    message: str


class ManifestInvalid(InvalidInput):
    """The file cannot be applied: every problem found, each at its place; nothing was changed."""

    def __init__(self, problems: Sequence[Problem], source: str = "monitors.yaml") -> None:
        ordered = sorted(problems, key=lambda problem: (problem.line, problem.column))
        fields = {
            problem.path: f"line {problem.line}, column {problem.column}: {problem.message}"
            for problem in reversed(ordered)
        }
        super().__init__("\n".join(problem.shown(source) for problem in ordered), fields)
        self.problems = ordered

    def answers(self) -> list[dict[str, Any]]:
        return [ProblemAnswer(**problem.__dict__).model_dump() for problem in self.problems]


class Positions:
    """Where each path of the document stands; a path the file does not spell is placed at
    its nearest ancestor (a missing field, at the entry that lacks it)."""

    def __init__(self, places: Mapping[Path, tuple[int, int]]) -> None:
        self.places = places

    def problem(self, path: Path, message: str) -> Problem:
        for end in range(len(path), -1, -1):
            place = self.places.get(path[:end])
            if place is not None:
                return Problem(place[0], place[1], spelled(path), message)
        return Problem(1, 1, spelled(path), message)

    def of_errors(self, prefix: Path, errors: Iterable[Any]) -> list[Problem]:
        """Place pydantic's errors (or an InvalidInput's fields) found under `prefix`."""
        return [
            self.problem(prefix + _parts(name), reason)
            for name, reason in field_errors(list(errors)).items()
        ]

    def of_fields(self, prefix: Path, fields: Mapping[str, str]) -> list[Problem]:
        return [self.problem(prefix + _parts(name), reason) for name, reason in fields.items()]


def _parts(dotted: str) -> Path:
    if dotted == "body":
        return ()
    return tuple(int(part) if part.isdigit() else part for part in dotted.split("."))
