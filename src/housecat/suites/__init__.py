"""Test suites: what to run, where, and when (seed Phase 2)."""
