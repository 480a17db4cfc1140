"""Suites as the API's `/api/v1/suites` means them: ordered groups of tests.

Not to be confused with `housecat.suites`, which holds the tests themselves (seed 000
calls one test a "test suite"). Here a suite lists existing tests in the order they
run, with defaults for running them: an environment and a browser configuration.
"""
