"""A monitors file's `depends_on`: tests named, checked whole (known, not itself, no cycle).

A file names the tests a test depends on; the server keeps their ids. They are written
after every test of the file exists (a parent may be new), in two passes (cleared, then
set), so that no step of an apply holds a cycle the file as a whole does not.
"""

from __future__ import annotations

from collections.abc import Mapping

from housecat.manifest.load import Loaded
from housecat.manifest.problems import Problem
from housecat.manifest.state import State
from housecat.suites.models import TestSuiteResponse


def named_parents(test: TestSuiteResponse, names: Mapping[str, str]) -> list[str]:
    """The names of the tests it depends on (`names` by id); deleted ones are left out."""
    return [names[parent] for parent in test.depends_on if parent in names]


def problems(
    loaded: Loaded, state: State, held_ids: Mapping[str, list[str]], *, prune: bool
) -> list[Problem]:
    """Each parent must be defined in the file or (unless pruning) on the server, once."""
    manifest, positions = loaded.manifest, loaded.positions
    defined = {entry.name for entry in manifest.tests}
    known = defined if prune else defined | set(held_ids)
    where = "in this file" if prune else "in this file or on the server"
    found: list[Problem] = []
    for index, entry in enumerate(manifest.tests):
        for position, parent in enumerate(entry.depends_on):
            path = ("tests", index, "depends_on", position)
            if parent == entry.name:
                found.append(positions.problem(path, "a test cannot depend on itself"))
            elif parent not in known:
                found.append(positions.problem(path, f"no test named '{parent}' {where}"))
            elif parent not in defined and len(held_ids[parent]) > 1:
                ids = ", ".join(sorted(held_ids[parent]))
                message = f"the server has several tests named '{parent}' ({ids})"
                found.append(positions.problem(path, message))
    if found:
        return found
    graph = _graph(loaded, state, prune=prune)
    for index, entry in enumerate(manifest.tests):
        cycle = _cycle_from(entry.name, graph)
        if cycle:
            message = f"that makes a cycle: {' → '.join(cycle)}"
            found.append(positions.problem(("tests", index, "depends_on"), message))
    return found


def _graph(loaded: Loaded, state: State, *, prune: bool) -> dict[str, list[str]]:
    """Each test's parents by name, as they will be once the file is applied."""
    graph: dict[str, list[str]] = {}
    if not prune:
        names = state.names("tests")
        graph = {test.name: named_parents(test, names) for test in state.tests}
    return graph | {entry.name: list(entry.depends_on) for entry in loaded.manifest.tests}


def _cycle_from(start: str, graph: Mapping[str, list[str]]) -> list[str]:
    """A chain of parents from `start` back to itself; [] if there is none."""
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        next_frontier = []
        for name in frontier:
            for parent in graph.get(name, []):
                if parent == start:
                    chain = [name]
                    while chain[-1] != start:
                        chain.append(came_from[chain[-1]])
                    return [*reversed(chain), start]
                if parent not in came_from:
                    came_from[parent] = name
                    next_frontier.append(parent)
        frontier = next_frontier
    return []
