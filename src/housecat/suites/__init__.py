"""Test suites: what to run, where, and when."""
