"""Recorded locators: Playwright code that is parsed back, and nothing else."""

from __future__ import annotations

import pytest

from housecat.browser.chain import Call, Chain, parse_chain

RECORDED = [
    'get_by_role("button", name="Sign in", exact=True).filter(visible=True)',
    'locator("li").filter(has_text="Brass \\"Desk\\" Lamp").get_by_role("button", name="Add").nth(-1)',
    'get_by_label("Email").nth(0)',
    "get_by_test_id('submit')",
]


@pytest.mark.parametrize("code", RECORDED)
def test_recorded_code_round_trips(code: str) -> None:
    chain = parse_chain(code)
    assert parse_chain(chain.code()) == chain


def test_code_reads_as_playwright() -> None:
    chain = Chain((Call("get_by_role", ("button",), {"name": 'Say "hi"', "exact": True}),))
    assert chain.code() == 'get_by_role("button", name="Say \\"hi\\"", exact=True)'


@pytest.mark.parametrize(
    "code",
    [
        'evaluate("document.cookie")',
        'get_by_role("button").click()',
        "__import__('os').system('true')",
        'get_by_role("button", name=open("x").read())',
        "page.get_by_role('button')",
        "get_by_role",
        "",
        "get_by_role(",
    ],
)
def test_anything_but_locator_calls_with_literals_is_refused(code: str) -> None:
    with pytest.raises(ValueError):
        parse_chain(code)
