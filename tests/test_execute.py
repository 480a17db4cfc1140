"""The executor in a real Chromium against the fixture sites, with hand-built plans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from housecat.browser.execute import Limits, execute
from housecat.browser.pool import BrowserPool
from housecat.browser.results import BrowserResult
from housecat.plan.models import Plan, Step, Target
from housecat.runs.evaluate import evaluate
from housecat.runs.models import TestResult
from tests.pages import Pages
from tests.processes import free_port

QUICK = Limits(step_timeout_s=3, run_timeout_s=60)


def step(action: str, text: str | None = None, value: str | None = None, **target: Any) -> Step:
    count = target.pop("count", None)
    aimed = Target(text=text, **target) if text else None
    return Step(action=action, target=aimed, value=value, count=count, phrase=action)  # type: ignore[arg-type]


def sign_in(base: str) -> list[Step]:
    return [
        step("goto", value=f"{base}/login"),
        step("fill", "Email", "alice@example.com"),
        step("fill", "Password", "hunter2"),
        step("submit", "Sign in", role="button"),
    ]


async def run(
    pool: BrowserPool, *steps: Step, shots: Path | None = None, limits: Limits = QUICK
) -> tuple[TestResult, BrowserResult, Plan]:
    plan = Plan(goal="hand-built", steps=list(steps))
    browser, as_run = await execute(
        pool, plan, start_url="http://unused.test", run_id="r1", limits=limits, screenshots=shots
    )
    return evaluate(browser), browser, as_run


async def test_sign_in_and_add_to_cart_passes(pool: BrowserPool, sites: str) -> None:
    result, _, as_run = await run(
        pool,
        *sign_in(f"{sites}/shop"),
        step("expect_text", value="Welcome back, Alice"),
        step("click", "Add to cart", within="Brass Desk Lamp"),
        step("expect_text", value="Added Brass Desk Lamp to your cart"),
        step("expect_text", value="Cart: 1 item"),
    )
    assert result.passed, result.error
    assert (result.steps_passed, result.steps_total) == (8, 8)
    assert (
        as_run.steps[3].locator
        == 'get_by_role("button", name="Sign in", exact=True).filter(visible=True)'
    )
    # the item that shows "Brass Desk Lamp" as whole words, then its button
    lamp = as_run.steps[5].locator
    assert lamp.startswith('locator("li").locator("internal:has=') and "Brass" in lamp
    assert lamp.endswith(
        'get_by_role("button", name="Add to cart", exact=True).filter(visible=True)'
    )


async def test_each_step_reports_duration_locator_and_url(pool: BrowserPool, sites: str) -> None:
    _, browser, _ = await run(pool, *sign_in(f"{sites}/shop"))
    fill = browser.steps[1]
    assert fill.passed and fill.status == "passed"
    assert fill.locator and "Email" in fill.locator
    assert fill.url == f"{sites}/shop/login"
    assert all(s.duration_ms >= 0 for s in browser.steps)
    assert browser.final_url == f"{sites}/shop/dashboard"


async def test_second_and_last_ordinals_pick_the_right_button(
    pool: BrowserPool, sites: str
) -> None:
    result, _, _ = await run(
        pool,
        *sign_in(f"{sites}/shop"),
        step("click", "Add to cart", role="button", nth=1),
        step("expect_text", value="Added Walnut Bookshelf to your cart"),
        step("click", "Add to cart", role="button", nth=-1),
        step("expect_text", value="Added Linen Armchair to your cart"),
        step("expect_count", "Add to cart", role="button", count=3),
    )
    assert result.passed, result.error


async def test_select_check_and_search(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(
        pool,
        step("goto", value=f"{sites}/shop/login"),
        step("check", "Remember me"),
        *sign_in(f"{sites}/shop")[1:],
        step("select", "Country", "Germany"),
        step("fill", "Search products", "lamp"),
        step("expect_visible", "Brass Desk Lamp"),
        step("expect_hidden", "Walnut Bookshelf"),
    )
    assert result.passed, result.error


async def test_a_renamed_button_is_healed_and_reported(pool: BrowserPool, sites: str) -> None:
    result, browser, as_run = await run(pool, *sign_in(f"{sites}/renamed-button"))
    assert result.passed, result.error
    submit = browser.steps[3]
    assert submit.healed
    assert "'Sign in' not found; used button 'Log in'" in submit.details
    assert "Healed step 4" in result.details
    assert as_run.steps[3].healed and "Log in" in (as_run.steps[3].locator or "")


async def test_a_healed_locator_is_replayed_next_time(pool: BrowserPool, sites: str) -> None:
    _, _, first = await run(pool, *sign_in(f"{sites}/renamed-button"))
    result, browser, _ = await run(pool, *first.steps)
    assert result.passed
    assert browser.steps[3].locator == first.steps[3].locator


async def test_a_stale_recorded_locator_falls_back_to_the_target(
    pool: BrowserPool, sites: str
) -> None:
    steps = sign_in(f"{sites}/shop")
    steps[3] = steps[3].model_copy(update={"locator": 'get_by_role("button", name="Gone")'})
    result, browser, _ = await run(pool, *steps)
    assert result.passed
    assert (
        browser.steps[3].locator
        == 'get_by_role("button", name="Sign in", exact=True).filter(visible=True)'
    )


async def test_changed_text_fails_and_is_never_healed(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(
        pool, *sign_in(f"{sites}/changed-text"), step("expect_text", value="Welcome back, Alice")
    )
    assert not result.passed
    assert result.error == (
        "Step 5 failed: the page does not show 'Welcome back, Alice'; closest: 'Hello, Alice'"
    )


async def test_rejected_credentials_fail_at_the_greeting(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(
        pool, *sign_in(f"{sites}/bad-credentials"), step("expect_text", value="Welcome back, Alice")
    )
    assert not result.passed
    assert result.error and result.error.startswith("Step 5 failed: the page does not show")


async def test_a_500_page_fails_the_step_that_led_to_it(pool: BrowserPool, sites: str) -> None:
    result, browser, _ = await run(pool, *sign_in(f"{sites}/server-error"))
    assert not result.passed
    assert "answered HTTP 500" in (result.error or "")
    assert browser.steps[3].status == "failed"


async def test_opening_a_missing_page_fails(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(pool, step("goto", value=f"{sites}/shop/no-such-page"))
    assert not result.passed
    assert "answered HTTP 404" in (result.error or "")
    assert "say so: '" in (result.error or "")  # how to say the error is expected


async def test_an_address_that_must_answer_an_error_passes_only_on_that_error(
    pool: BrowserPool, sites: str
) -> None:
    missing = f"{sites}/shop/no-such-page"
    must_be_missing = step("goto", value=missing).model_copy(update={"status": 404})
    assert (await run(pool, must_be_missing))[0].passed
    # found after all, or answering another error: the step fails saying what it got
    found = must_be_missing.model_copy(update={"value": f"{sites}/shop/login"})
    gone = must_be_missing.model_copy(update={"status": 410})
    for opened, answered in (
        (found, "HTTP 200 OK, not HTTP 404"),
        (gone, "HTTP 404 Not Found, not HTTP 410"),
    ):
        result, _, _ = await run(pool, opened)
        assert not result.passed, opened.value
        assert answered in (result.error or ""), result.error


async def test_an_unreachable_site_fails_in_plain_words(pool: BrowserPool) -> None:
    result, _, _ = await run(pool, step("goto", value=f"http://127.0.0.1:{free_port()}/"))
    assert not result.passed
    assert result.error == "Step 1 failed: the site refused the connection (is it up?)"


async def test_a_removed_button_fails_naming_what_is_missing(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(pool, *sign_in(f"{sites}/no-button"))
    assert not result.passed
    assert "no 'Sign in' button to submit the form" in (result.error or "")


async def test_a_missing_list_item_fails(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(
        pool, *sign_in(f"{sites}/missing-item"), step("expect_text", value="Walnut Bookshelf")
    )
    assert not result.passed
    assert "does not show 'Walnut Bookshelf'" in (result.error or "")


async def test_a_click_target_that_is_not_there_names_the_closest(
    pool: BrowserPool, sites: str
) -> None:
    result, _, _ = await run(
        pool, *sign_in(f"{sites}/shop"), step("click", "Sign off", role="button")
    )
    assert not result.passed
    assert "no button named 'Sign off'; closest: button 'Sign out'" in (result.error or "")


async def test_an_error_message_instead_of_a_confirmation_fails(
    pool: BrowserPool, sites: str
) -> None:
    result, _, _ = await run(
        pool,
        step("goto", value=f"{sites}/error-message/contact"),
        step("fill", "Name", "Alice"),
        step("fill", "Email", "alice@example.com"),
        step("fill", "Message", "Hello"),
        step("click", "Send message"),
        step("expect_text", value="Thanks, we will be in touch"),
    )
    assert not result.passed
    assert "closest" in (result.error or "") or "does not show" in (result.error or "")


async def test_content_rendered_late_by_javascript_still_passes(
    pool: BrowserPool, sites: str
) -> None:
    result, _, _ = await run(
        pool,
        *sign_in(f"{sites}/delayed"),
        step("expect_text", value="Welcome back, Alice"),
        step("click", "Add to cart", within="Linen Armchair"),
    )
    assert result.passed, result.error


async def test_a_page_that_answers_in_3_seconds_still_passes(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(
        pool,
        *sign_in(f"{sites}/slow"),
        step("expect_text", value="Welcome back, Alice"),
        limits=Limits(step_timeout_s=10, run_timeout_s=60),
    )
    assert result.passed, result.error


async def test_a_page_has_its_load_timeout_and_a_check_its_step_timeout(
    pool: BrowserPool, sites: str
) -> None:
    opening = step("goto", value=f"{sites}/slow/login")  # answers in 3 s
    quick = Limits(step_timeout_s=1, run_timeout_s=60)
    result, _, _ = await run(pool, opening, limits=quick)
    assert not result.passed
    assert "Timeout 1000ms exceeded" in (result.error or ""), result.error
    patient = Limits(step_timeout_s=1, run_timeout_s=60, load_timeout_s=10)
    result, _, _ = await run(pool, opening, step("expect_text", value="Sign in"), limits=patient)
    assert result.passed, result.error


async def test_a_failed_step_leaves_a_screenshot(
    pool: BrowserPool, sites: str, tmp_path: Path
) -> None:
    result, browser, _ = await run(
        pool,
        step("goto", value=f"{sites}/shop/login"),
        step("expect_text", value="Not on this page"),
        step("fill", "Email", "x"),
        shots=tmp_path,
    )
    assert not result.passed
    assert browser.screenshots == [str(tmp_path / "r1-step2.png")]
    assert (tmp_path / "r1-step2.png").read_bytes().startswith(b"\x89PNG")
    assert browser.steps[2].status == "skipped"
    assert (result.steps_passed, result.steps_total) == (1, 3)


async def test_the_run_timeout_stops_a_run(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(
        pool,
        step("goto", value=f"{sites}/shop/"),
        step("wait", value="5"),
        limits=Limits(step_timeout_s=3, run_timeout_s=1),
    )
    assert not result.passed
    assert "longer than its 1 s limit" in (result.error or "")


async def test_url_and_title_assertions(pool: BrowserPool, sites: str) -> None:
    result, _, _ = await run(
        pool,
        *sign_in(f"{sites}/shop"),
        step("expect_url", value="/dashboard"),
        step("expect_title", value="dashboard"),
        step("expect_no_text", value="Invalid email or password"),
    )
    assert result.passed, result.error
    result, _, _ = await run(pool, *sign_in(f"{sites}/shop"), step("expect_url", value="/orders"))
    assert "does not contain '/orders'" in (result.error or "")


async def test_reload_loads_the_page_again_and_back_returns_to_the_one_before(
    pool: BrowserPool, pages: Pages
) -> None:
    counted = pages.add(
        "<script>const n = +(sessionStorage.n || 0) + 1; sessionStorage.n = n;"
        "document.write('<p>Loaded ' + n + ' times</p>')</script><a href='#' id=next>Next</a>"
    )
    second = pages.add("<p>Second page</p>")
    result, _, _ = await run(
        pool,
        step("goto", value=counted),
        step("reload"),
        step("expect_text", value="Loaded 2 times"),
        step("goto", value=second),
        step("go_back"),
        step("expect_text", value="Loaded 3 times"),
    )
    assert result.passed, result.error
    # Nothing before the first page: going back fails, saying so.
    result, _, _ = await run(pool, step("goto", value=second), step("go_back"))
    assert not result.passed
    assert "no page before this one" in (result.error or "")
