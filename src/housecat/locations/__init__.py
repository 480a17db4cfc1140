"""Probes in several locations: where a test runs from, its workers, quorum alerting."""
