"""Templates: reusable goals with `{{name}}` parameters that tests are made from."""
