"""Status pages: public pages, one per slug, showing chosen tests' state and uptime."""
