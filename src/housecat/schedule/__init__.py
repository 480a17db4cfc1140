"""When tests run: cron expressions, and the seam through which schedulers learn of tests."""
