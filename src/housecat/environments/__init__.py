"""Environments: where tests run (a base URL) and the values they run with there."""
