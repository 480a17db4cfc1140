"""Projects: workspaces that hold tests, suites, environments and the rest, and members."""
