"""`housecat admin create`: the first admin from the command line, refusing what is wrong."""

from __future__ import annotations

import redis
from typer.testing import CliRunner

from housecat.cli import app
from housecat.config import Settings
from tests.accounts import PASSWORD

runner = CliRunner()


def create(settings: Settings, username: str, password: str, *options: str) -> tuple[int, str]:
    args = ["admin", "create", "--username", username, *options]
    result = runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)], input=password)
    return result.exit_code, result.output


def test_an_admin_is_created_from_stdin(settings: Settings, db: redis.Redis) -> None:
    code, output = create(settings, "root", PASSWORD + "\n", "--password-stdin")
    assert code == 0, output
    (user_id,) = db.smembers("users:all")
    assert f"created admin root ({user_id})" in output
    assert db.hget("project_members:default", user_id) == "admin"
    assert str(db.hget(f"user:{user_id}", "password_hash")).startswith("$argon2id$")


def test_without_stdin_the_password_is_asked_twice(settings: Settings, db: redis.Redis) -> None:
    code, output = create(settings, "root", f"{PASSWORD}\n{PASSWORD}\n")
    assert code == 0, output
    assert db.scard("users:all") == 1
    code, output = create(settings, "other", f"{PASSWORD}\nsomething else\n")
    assert code == 2
    assert "error: the two passwords differ" in output
    assert db.scard("users:all") == 1


def test_a_taken_name_is_refused(settings: Settings, db: redis.Redis) -> None:
    assert create(settings, "root", PASSWORD, "--password-stdin")[0] == 0
    code, output = create(settings, "ROOT", PASSWORD, "--password-stdin")
    assert code == 2
    assert "error: username 'ROOT' is taken" in output
    assert db.scard("users:all") == 1


def test_a_weak_or_empty_password_or_a_bad_name_is_refused(
    settings: Settings, db: redis.Redis
) -> None:
    for username, password, message in [
        ("root", "", "error: password: is empty"),
        ("root", "short", "error: password: must be at least 8 characters"),
        ("no spaces", PASSWORD, "error: username: must be 1-64 letters"),
    ]:
        code, output = create(settings, username, password + "\n", "--password-stdin")
        assert code == 2, output
        assert message in output
    assert not db.exists("users:all")
