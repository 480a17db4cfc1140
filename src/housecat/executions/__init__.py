"""Executions (`/api/v1/executions`): runs of several tests at once, a suite's or a list's."""
