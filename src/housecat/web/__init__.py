"""The HTTP face of HouseCat: JSON API under /api, Swagger at /docs."""
