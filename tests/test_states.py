"""Checks of a control's state look at that control's state, and at nothing else.

One page holds a checkbox, a switch, a radio group, two dropdowns, tabs, filled and empty
fields and a disabled button, with the same words also written as plain text elsewhere.
Every check passes on the right state and fails on the wrong one, and a check whose words
exist only on another kind of element (or in another control) fails: that would be a
false pass.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Page

from housecat.browser.actions import perform
from housecat.browser.execute import Limits, execute
from housecat.browser.outcomes import StepFailed
from housecat.browser.pool import BrowserPool
from housecat.plan.models import Action, Plan, Step, Target
from housecat.plan.read import read_goal
from tests.pages import Pages

FORM = """
<h1>Order settings</h1>
<p>Newsletter · Billing · Option 1 · bob@example.com · Delete account</p>
<label><input type=checkbox checked> Remember me</label>
<label><input type=checkbox id=terms> Terms and conditions</label>
<button role=switch aria-checked=false>Dark mode</button>
<button aria-pressed=true>Newsletter</button>
<fieldset><legend>Delivery</legend>
  <label><input type=radio name=d checked> Standard</label>
  <label><input type=radio name=d> Express</label></fieldset>
<label>Size <select><option>Option 1</option><option selected>Option 2</option></select></label>
<label>Country <select><option value=de>Germany</option>
  <option value=fr selected>France</option><option value=o3>Option 3</option></select></label>
<div role=tablist aria-label=Sections>
  <button role=tab aria-selected=true>Profile</button>
  <button role=tab aria-selected=false>Billing</button></div>
<div><button disabled>Save draft</button> … <button>Save draft</button></div>
<label>Email <input type=email value=' ada@example.com '></label>
<label>Search <input type=search></label>
<label>Quantity <input type=number value=2></label>
<label>Password <input type=password value=hunter2></label>
<input aria-label='Place order' disabled>
<button disabled>Submit order</button>
<button>Next step</button>
<label><input type=checkbox checked> Do not send me emails</label>
<button>Don't publish</button>
<label><input type=checkbox checked> Keep me signed in for 30 days</label>
"""
SHORT_S = 0.4


@pytest.fixture(scope="module")
async def form(pool: BrowserPool, pages: Pages) -> AsyncIterator[Page]:
    """One page for every check of this module: checks never change it."""
    url = pages.add(FORM)
    async with pool.context() as context:
        page = await context.new_page()
        await page.goto(url)
        yield page


def state(
    action: Action, text: str | None, role: str | None = None, value: str | None = None
) -> Step:
    target = Target(text=text, role=role) if text else None
    return Step(action=action, target=target, value=value, phrase=f"{action} {text} {value}")


HOLDS = [
    state("expect_checked", "Remember me", "checkbox"),
    state("expect_checked", "Remember me"),
    state("expect_checked", "Standard", "radio"),
    state("expect_unchecked", "Terms and conditions", "checkbox"),
    state("expect_unchecked", "Dark mode", "switch"),
    state("expect_unchecked", "Express"),
    state("expect_selected", None, value="Option 2"),
    state("expect_selected", None, value="Profile"),
    state("expect_selected", None, value="Standard"),
    state("expect_selected", "Size", "combobox", "Option 2"),
    state("expect_selected", "Country", None, "France"),
    state("expect_selected", "tab", "tab", "Profile"),
    state("expect_selected", "Sections", "tablist", "Profile"),
    state("expect_selected", "Delivery", None, "Standard"),
    state("expect_value", "Email", "textbox", "ada@example.com"),
    state("expect_value", "Quantity", None, "2"),
    state("expect_value", "Search", "searchbox", ""),
    state("expect_value", "Password", None, "hunter2"),
    state("expect_value", "Size", "combobox", "Option 2"),
    state("expect_option", "Size", "combobox", "Option 1"),  # offered, though not chosen
    state("expect_option", "Country", None, "Germany"),  # by its words, not its value
    state("expect_disabled", "Submit order", "button"),
    state("expect_disabled", "Place order"),
    state("expect_enabled", "Next step", "button"),
    state("expect_enabled", "Email"),
    state("expect_checked", "Do not send me emails", "checkbox"),
    state("expect_checked", "keep me signed in", "checkbox"),  # its name's words, whole
    # A dropdown "shows" the text of its chosen option, not the value the page sends.
    state("expect_text", "Country", "combobox", "France"),
    state("expect_no_text", "Country", "combobox", "Germany"),
]

# Each with words its failure must say: what was found instead, or that nothing was.
FAILS = [
    (state("expect_checked", "Terms and conditions", "checkbox"), "is not checked"),
    (state("expect_checked", "Dark mode"), "'Dark mode' switch is not checked"),
    (state("expect_unchecked", "Remember me"), "is checked"),
    (state("expect_checked", "Newsletter"), "no checkbox, radio or switch named 'Newsletter'"),
    (state("expect_checked", "checkbox", "checkbox"), "any of 4"),
    (state("expect_selected", None, value="Option 1"), "selected: 'Option 2'"),
    (state("expect_selected", None, value="Billing"), "selected: 'Profile'"),
    (state("expect_selected", None, value="Express"), "selected: 'Standard'"),
    (state("expect_selected", None, value="Newsletter"), "nothing named 'Newsletter'"),
    (state("expect_selected", "Size", "combobox", "Option 1"), "shows 'Option 2', not 'Option 1'"),
    # chosen, but in the other dropdown
    (state("expect_selected", "Country", "combobox", "Option 2"), "shows 'France'"),
    (state("expect_selected", "Size", "combobox", "Option 3"), "not 'Option 3'"),
    (state("expect_selected", "tab", "tab", "Billing"), "selected: 'Profile'"),
    (state("expect_selected", "tab", "tab", "Option 2"), "nothing named 'Option 2'"),
    (state("expect_selected", "Sections", "tablist", "Billing"), "shows 'Profile'"),
    # Two dropdowns on the page: "the dropdown" is neither
    (state("expect_selected", "dropdown", "combobox", "Option 2"), "any of 2 on the page"),
    # offered by the other dropdown, written on the page, or part of an option's words
    (state("expect_option", "Size", "combobox", "Option 3"), "choices: 'Option 1', 'Option 2'"),
    (state("expect_option", "Size", "combobox", "Newsletter"), "does not offer 'Newsletter'"),
    (state("expect_option", "Size", "combobox", "Option"), "does not offer 'Option'"),
    (state("expect_option", "Country", "combobox", "de"), "does not offer 'de'"),
    (state("expect_option", "dropdown", "combobox", "Germany"), "any of 2 on the page"),
    (state("expect_value", "Email", "textbox", "ada@example"), "holds 'ada@example.com'"),
    (state("expect_value", "Email", "textbox", "bob@example.com"), "not 'bob@example.com'"),
    (state("expect_value", "Email", "textbox", ""), "is not empty"),
    (state("expect_value", "Search", "searchbox", "cats"), "is empty, not 'cats'"),
    (state("expect_value", "Order settings", "textbox", "x"), "no field named"),
    (state("expect_value", "Remember me", None, "on"), "not a field"),
    (state("expect_enabled", "Submit order", "button"), "'Submit order' button is disabled"),
    (state("expect_disabled", "Next step", "button"), "is enabled"),
    # Two buttons say "Save draft": the check holds only when both are in the state.
    (state("expect_disabled", "Save draft", "button"), "is enabled"),
    (state("expect_enabled", "Save draft", "button"), "is disabled"),
    # Absent is not disabled, nor enabled: each fails, saying the control is not there.
    (state("expect_disabled", "Delete account", "button"), "say it is not shown"),
    (state("expect_enabled", "Delete account", "button"), "no button named 'Delete account'"),
    # A disabled field of that name is not a button.
    (state("expect_disabled", "Place order", "button"), "'Place order' is not a button"),
    # A control whose name denies the words is not the one they name
    (state("expect_checked", "Send me emails"), "no checkbox, radio or switch named 'Send me"),
    (state("expect_checked", "send me emails", "checkbox"), "named 'send me emails'"),
    (state("expect_enabled", "Publish", "button"), "no button named 'Publish'"),
    (state("expect_text", "Country", "combobox", "Germany"), "does not show 'Germany'"),
    (state("expect_no_text", "Country", "combobox", "France"), "shows 'France'"),
]


async def test_each_state_check_passes_on_its_state(form: Page) -> None:
    failed = []
    for step in HOLDS:
        try:
            await perform(form, step, form.url, SHORT_S)
        except StepFailed as exc:
            failed.append(f"{step.describe()}: {exc.reason}")
    assert not failed, "\n".join(failed)


async def test_each_state_check_fails_on_another_state_or_kind(form: Page) -> None:
    passed, unsaid = [], []
    for step, said in FAILS:
        try:
            await perform(form, step, form.url, SHORT_S)
        except StepFailed as exc:
            if said not in exc.reason:
                unsaid.append(f"{step.describe()}: {exc.reason!r} lacks {said!r}")
        else:
            passed.append(step.describe())
    assert not passed, "false passes:\n" + "\n".join(passed)
    assert not unsaid, "\n".join(unsaid)


async def test_a_run_records_state_checks_and_flags_one_that_held_before(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(FORM)
    steps = [
        Step(action="goto", value=url, phrase="open"),
        Step(action="check", target=Target(text="Terms and conditions"), phrase="tick Terms"),
        state("expect_checked", "Terms and conditions", "checkbox"),
        state("expect_checked", "Remember me", "checkbox"),
    ]
    browser, as_run = await execute(
        pool, Plan(goal="g", steps=steps), start_url=url, run_id="states", limits=Limits(2, 30)
    )
    assert all(step.passed for step in browser.steps), browser.steps
    # Ticked by the journey: a real check. Ticked from the start: it cannot fail.
    assert len(as_run.warnings) == 1 and "Remember me" in as_run.warnings[0]
    assert as_run.steps[2].locator and "checkbox" in as_run.steps[2].locator
    replayed, _ = await execute(
        pool,
        as_run.model_copy(update={"source": "cache"}),
        start_url=url,
        run_id="states-2",
        limits=Limits(2, 30),
    )
    assert all(step.passed for step in replayed.steps), replayed.steps


async def test_goals_about_states_read_and_run_against_the_page(
    pool: BrowserPool, pages: Pages
) -> None:
    url = pages.add(FORM)
    goal = (
        f"open {url}. The search box is empty, 'Option 2' is selected in the Size dropdown,"
        " the Remember me box is ticked, the Dark mode switch is off, the Profile tab is active,"
        " the Quantity field shows 2, the Size dropdown has the options Option 1 and Option 2,"
        " and the Submit order button should be greyed out"
    )
    plan = read_goal(goal)
    assert len(plan.steps) == 10, [step.describe() for step in plan.steps]
    browser, _ = await execute(pool, plan, start_url=url, run_id="read", limits=Limits(2, 30))
    assert all(step.passed for step in browser.steps), browser.steps


async def test_the_one_dropdown_of_a_page_says_what_it_has_chosen(
    pool: BrowserPool, pages: Pages
) -> None:
    # "The dropdown should default to English": once an error from the browser, every time
    step = read_goal("The dropdown should default to English").steps[-1]
    chosen = "<select><option>French</option><option selected>English</option></select>"
    other = (
        "<p>English</p><select><option selected>French</option><option>English</option></select>"
    )
    async with pool.context() as context:
        page = await context.new_page()
        await page.goto(pages.add(chosen))
        await perform(page, step, page.url, SHORT_S)
        await page.goto(pages.add(other))
        with pytest.raises(StepFailed, match="the dropdown shows 'French', not 'English'"):
            await perform(page, step, page.url, SHORT_S)


async def test_a_combobox_drawn_as_a_button_has_chosen_the_words_it_shows(
    pool: BrowserPool, pages: Pages
) -> None:
    # "the currency selector shows USD": once a failure on every page whose dropdown is a
    # button (its options drawn only when it opens); its words whole, never a part of them
    step = read_goal("the currency selector shows USD").steps[-1]
    button = (
        "<p>USD</p><label id=c>Currency</label><button role=combobox aria-labelledby=c>{}</button>"
    )
    async with pool.context() as context:
        page = await context.new_page()
        await page.goto(pages.add(button.format("USD <svg></svg>")))
        await perform(page, step, page.url, SHORT_S)
        for other in ("EUR", "USD (US dollar)"):
            await page.goto(pages.add(button.format(other)))
            with pytest.raises(StepFailed, match=f"shows '{re.escape(other)}', not 'USD'"):
                await perform(page, step, page.url, SHORT_S)


async def test_a_group_of_radios_named_by_the_radio_word_is_read_by_its_choice(
    form: Page,
) -> None:
    # "the Delivery radio is set to Standard": once the words 'Standard' in a radio named
    # "Delivery", which no radio is: the group's chosen radio is what it is set to
    (holds,) = read_goal("the Delivery radio is set to Standard").steps
    await perform(form, holds, form.url, SHORT_S)
    (other,) = read_goal("the Delivery radio buttons show Express").steps
    with pytest.raises(StepFailed, match="'Standard', not 'Express'"):
        await perform(form, other, form.url, SHORT_S)


async def test_it_shows_after_choosing_is_the_choice_the_dropdown_shows(form: Page) -> None:
    # "select Germany from the Country dropdown and check it shows Germany": once the words
    # anywhere on the page, which say nothing of the dropdown. Here France stays chosen.
    shown = read_goal("Select Germany from the Country dropdown and check it shows Germany").steps[
        -1
    ]
    with pytest.raises(StepFailed, match="'France', not 'Germany'"):
        await perform(form, shown, form.url, SHORT_S)


SWITCHES = """
<button role=switch aria-checked=false id=dark>Dark mode</button>
<button role=switch aria-checked=true>Notifications</button>
<script>
  dark.onclick = () => { if (!location.hash) dark.setAttribute('aria-checked', 'true') }
</script>
"""


async def test_the_toggle_after_toggling_is_the_one_toggled(
    pool: BrowserPool, pages: Pages
) -> None:
    # "the toggle" was any switch of the page: two here, so the check could never hold.
    # Now it is Dark mode, and it fails where the click leaves Dark mode off (#broken).
    url = pages.add(SWITCHES)
    for start, holds in ((url, True), (url + "#broken", False)):
        plan = read_goal(f"open {start}, toggle dark mode and check the toggle is on")
        browser, _ = await execute(pool, plan, start_url=start, run_id="t", limits=Limits(2, 30))
        assert all(step.passed for step in browser.steps) is holds, browser.steps
        if not holds:
            assert "'dark mode' switch is not checked" in browser.steps[-1].details
