"""The trash: deleted tests, suites, environments and browser configurations, restorable."""
