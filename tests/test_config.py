"""Settings: read from the environment, and a malformed value names its variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from housecat.config import Settings, SettingsError, load_settings


def test_defaults_serve_the_embedded_valkey_on_loopback() -> None:
    settings = load_settings()
    assert settings.redis_url is None
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    assert settings.token is None and settings.is_loopback


def test_environment_variables_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "rediss://default:pw@eu1.example.io:6379")
    monkeypatch.setenv("HOUSECAT_DATA_DIR", "/var/lib/housecat")
    monkeypatch.setenv("HOUSECAT_PORT", "9000")
    monkeypatch.setenv("HOUSECAT_API_TOKEN", "t0k")
    monkeypatch.setenv("PUBLIC_URL", "https://monitor.example.com/")
    settings = load_settings()
    assert settings.redis_url == "rediss://default:pw@eu1.example.io:6379"
    assert settings.data_dir == Path("/var/lib/housecat")
    assert settings.port == 9000
    assert settings.token == "t0k"
    assert settings.public_url == "https://monitor.example.com"


@pytest.mark.parametrize(
    ("variable", "value", "reason"),
    [
        ("HOUSECAT_PORT", "eighty", "valid integer"),
        ("HOUSECAT_PORT", "70000", "less than or equal to 65535"),
        ("REDIS_URL", "http://localhost:6379", "redis://, rediss:// or unix://"),
        ("PUBLIC_URL", "monitor.example.com", "http:// or https://"),
        ("HOUSECAT_INSECURE", "perhaps", "valid boolean"),
    ],
)
def test_malformed_value_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, reason: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.message.startswith(f"invalid setting {variable}: ")
    assert reason in caught.value.message


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        variable = alias.choices[0] if alias else f"HOUSECAT_{name.upper()}"  # type: ignore[union-attr]
        assert f"`{variable}`" in readme, f"{variable} is not in the README's settings table"
