"""Read a monitors file into its models, keeping where each value stood for error messages.

PyYAML (with libyaml's C parser when installed) composes the document into nodes that
carry their line and column; we build the values from those nodes ourselves so that
every path keeps its place, and so that a key written twice is an error rather than the
last one silently winning. JSON is YAML too: the same reader takes either.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from housecat.manifest.models import SECTIONS, Manifest, key_field, key_of
from housecat.manifest.problems import ManifestInvalid, Path, Positions, Problem, spelled

Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TEXT_MAX = 20_000_000  # characters: a file of 10,000 tests is well under this


@dataclass(frozen=True)
class Loaded:
    """A valid file: its models, where each of its values stands, and its secrets' values."""

    manifest: Manifest
    positions: Positions
    # Each secret reference's value, by environment variable.
    secrets: dict[str, str]


def load(text: str, environ: Mapping[str, str]) -> Loaded:
    """Read and check a file; raise ManifestInvalid with every problem, each at its place.

    Secret references are read from `environ`, the environment of the process that applies.
    """
    if len(text) > TEXT_MAX:
        raise ManifestInvalid([Problem(1, 1, "(file)", f"longer than {TEXT_MAX} characters")])
    # A key written twice is a problem, yet the rest is still checked, to report it all.
    data, places, problems = _compose(text)
    positions = Positions(places)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ManifestInvalid(
            [positions.problem((), f"must be a mapping of {', '.join(SECTIONS)}")]
        )
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        problems += positions.of_errors((), exc.errors())
        raise ManifestInvalid(problems) from None
    problems += _names_twice(manifest, positions)
    secrets, missing = _secret_values(manifest, environ, positions)
    problems += missing
    if problems:
        raise ManifestInvalid(problems)
    return Loaded(manifest, positions, secrets)


def _names_twice(manifest: Manifest, positions: Positions) -> list[Problem]:
    """Refuse a name (a slug) given twice in one section: it matches the entry on the server."""
    problems = []
    for section in SECTIONS:
        field = key_field(section)
        seen: dict[str, int] = {}
        for index, entry in enumerate(getattr(manifest, section)):
            key = key_of(section, entry)
            first = seen.setdefault(key, index)
            if first != index:
                path: Path = (section, index, field)
                first_line = positions.problem((section, first, field), "").line
                message = (
                    f"'{key}' is already the {field} of {section}[{first}] (line {first_line})"
                )
                problems.append(positions.problem(path, message))
    return problems


def _secret_values(
    manifest: Manifest, environ: Mapping[str, str], positions: Positions
) -> tuple[dict[str, str], list[Problem]]:
    """Read every referenced environment variable; a missing one is a problem naming it."""
    values: dict[str, str] = {}
    problems = []
    for section in ("tests", "environments"):
        for index, entry in enumerate(getattr(manifest, section)):
            for name, ref in entry.secrets.items():
                value = environ.get(ref.env)
                if value is None:
                    path: Path = (section, index, "secrets", name, "env")
                    message = f"environment variable {ref.env} is not set (secret '{name}')"
                    problems.append(positions.problem(path, message))
                else:
                    values[ref.env] = value
    return values, problems


def _compose(text: str) -> tuple[Any, dict[Path, tuple[int, int]], list[Problem]]:
    """Parse the text into plain values, the place of each path, and keys given twice."""
    loader = Loader(text)
    try:
        root = loader.get_single_node()
        places: dict[Path, tuple[int, int]] = {}
        problems: list[Problem] = []
        data = None if root is None else _value(loader, root, (), places, problems)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
        raise ManifestInvalid([Problem(line, column, "(file)", message)]) from None
    except yaml.YAMLError as exc:  # e.g. a character YAML does not allow
        raise ManifestInvalid([Problem(1, 1, "(file)", str(exc))]) from None
    finally:
        loader.dispose()
    return data, places, problems


def _place(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _value(
    loader: yaml.SafeLoader,
    node: yaml.Node,
    path: Path,
    places: dict[Path, tuple[int, int]],
    problems: list[Problem],
) -> Any:
    places.setdefault(path, _place(node))
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)  # `<<: *defaults` merges
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                line, column = _place(key_node)
                problems.append(Problem(line, column, spelled(path), f"key {key!r} is not text"))
                continue
            if key in mapping:
                line, column = _place(key_node)
                first = places[(*path, key)][0]
                message = f"'{key}' is given twice (first on line {first})"
                problems.append(Problem(line, column, spelled((*path, key)), message))
                continue
            places[(*path, key)] = _place(key_node)
            mapping[key] = _value(loader, value_node, (*path, key), places, problems)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        return [
            _value(loader, item, (*path, index), places, problems)
            for index, item in enumerate(node.value)
        ]
    return loader.construct_object(node)
