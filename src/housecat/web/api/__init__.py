"""JSON API routers, one per concept."""
