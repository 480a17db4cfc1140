"""Maintenance windows: times when chosen tests do not run, or run without alerting."""
