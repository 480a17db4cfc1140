"""People who use HouseCat: users, their role in each project, their passwords and API keys."""
