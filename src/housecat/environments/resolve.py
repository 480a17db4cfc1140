"""What a test gets from the environment it runs in: its URL resolved, its values layered.

Pure functions, for runs under an environment: `resolve_url("/login", staging)`.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from housecat.environments.models import Environment
from housecat.suites.values import Values, layered


def is_path(url: str) -> bool:
    """Tell whether a test URL is a path ('/login', 'login?x=1') rather than a whole URL."""
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc


def resolve_url(test_url: str, environment: Environment | None) -> str:
    """Return the URL a test opens: a whole URL as it is, a path joined to the base URL.

    The base URL's path is a folder: 'login' goes under it ('https://a.example/app' and
    'login' make 'https://a.example/app/login'), while '/login' replaces it
    ('https://a.example/login'), as in a link. The base URL's query is not kept.
    """
    if not is_path(test_url):
        return test_url
    if environment is None:
        raise ValueError(f"'{test_url}' is a path: run it in an environment that has a base URL")
    return under(environment.base_url, test_url)


def under(base_url: str, path: str) -> str:
    """Return a path joined to a base URL, as `resolve_url` does."""
    base = urlsplit(base_url)
    folder = base.path if base.path.endswith("/") else base.path + "/"
    return urljoin(urlunsplit((base.scheme, base.netloc, folder, "", "")), path)


def merged_values(
    environment: Environment | None, test_variables: dict[str, str], test_secrets: dict[str, str]
) -> Values:
    """Layer a test's variables and secrets over the environment's: the test's win, by name.

    A name is a variable or a secret, never both: the test's kind of it decides.
    """
    below = environment.values() if environment is not None else Values()
    return layered(below, Values(test_variables, test_secrets))
