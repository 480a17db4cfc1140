"""Outages: a test down from its first failing run to its recovery; tests it depends on."""
