"""What environments, browser configurations and suites share: a unique name, a hash each."""
