"""Browser configurations: the viewport, user agent, locale, time zone and device tests run as."""
