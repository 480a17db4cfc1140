"""Robot Framework's keyword lines read as the sentences they stand for, or refused."""

from __future__ import annotations

from housecat.plan.read import read, read_goal
from tests.reading import refused

TEST_FILE = """*** Settings ***
Library    SeleniumLibrary

*** Variables ***
${URL}         https://example.com/login
${VALID USER}    jdoe
${PASSWORD}    hunter2

*** Test Cases ***
Valid Login
    [Documentation]    A user with a valid account can sign in
    Open Browser    ${URL}    chrome
    Input Text    username    ${VALID USER}
    Input Password    password    ${PASSWORD}
    Click Button    Log in
    Page Should Contain    Welcome, jdoe
    Location Should Contain    /dashboard
    [Teardown]    Close Browser
"""


def described(goal: str) -> list[str]:
    return [step.describe() for step in read_goal(goal).steps]


def test_a_test_file_reads_as_its_steps_with_its_variables() -> None:
    reading = read(TEST_FILE)
    assert [step.describe() for step in reading.plan.steps] == [
        "Go to {{url}}",
        "Fill 'username' with '{{valid_user}}'",
        "Fill 'password' with '{{password}}'",
        "Click the 'Log in' button",
        "Expect the page to show 'Welcome, jdoe'",
        "Expect the URL to contain '/dashboard'",
    ]
    # each step is said in the file's own words
    assert reading.plan.steps[3].phrase == "Click Button Log in"
    assert reading.variables == {"url": "https://example.com/login", "valid_user": "jdoe"}
    assert reading.secrets == {"password": "hunter2"}
    assert "hunter2" not in reading.plan.model_dump_json()


def test_a_keyword_s_arguments_are_split_as_robot_splits_them() -> None:
    # Once a click on a control named "Button Submit"
    assert described("Click Button    Submit") == ["Click the 'Submit' button"]
    assert described("Click Link\tPricing") == ["Click the 'Pricing' link"]
    assert described("Select From List By Label    Country    Canada") == [
        "Select 'Canada' in the 'Country' dropdown"
    ]
    assert described("Page Should Not Contain    Error") == ["Expect the page not to show 'Error'"]


def test_locators_and_keywords_about_elements_by_locator_are_refused() -> None:
    refused("Click Element    id=login")
    refused("Input Text    //input[@name='q']    lamp")
    # once a part named "Element" was to show "Visible Dashboard"
    refused("Element Should Be Visible    Dashboard")


def test_a_file_with_keywords_of_its_own_is_refused() -> None:
    # their steps would never run where a test calls them
    refused(
        TEST_FILE + "\n*** Keywords ***\nLog In As Admin\n    Input Text    username    admin\n"
    )
