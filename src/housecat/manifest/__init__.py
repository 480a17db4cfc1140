"""Monitors as code: one YAML file describes tests, suites, environments, configurations."""
