"""Every goal HouseCat shows people as an example is one it reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from housecat.plan.read import read_goal
from housecat.web.pages.example import EXAMPLE_GOAL

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "src" / "housecat" / "web" / "templates"


def shown_in_pages() -> list[str]:
    """The goals the pages quote as examples: each marked `class="example-goal"`."""
    found = []
    for template in TEMPLATES.rglob("*.html"):
        found += re.findall(r'class="example-goal"[^>]*>([^<]+)<', template.read_text())
    return found


def shown_in_readme() -> list[str]:
    return re.findall(r'--goal "([^"]+)"', (ROOT / "README.md").read_text())


def test_the_pages_show_example_goals() -> None:
    assert shown_in_pages(), "no example-goal in the templates"


@pytest.mark.parametrize("goal", [EXAMPLE_GOAL, *shown_in_pages(), *shown_in_readme()])
def test_an_example_goal_is_read(goal: str) -> None:
    assert read_goal(goal).steps
