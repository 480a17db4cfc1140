"""Prometheus metrics: counted in Redis by every process, read and exported at scrape time."""
