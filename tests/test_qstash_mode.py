"""QStash scheduling mode end to end: the real SuiteService and Valkey, a local QStash."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Iterator

import pytest
import redis
from redis.asyncio import Redis as AsyncRedis
from redis.exceptions import ReadOnlyError

from housecat.artifacts import Artifacts
from housecat.config import Settings, SettingsError
from housecat.errors import NotFound
from housecat.schedule.qstash_schedules import QStashScheduler, schedule_id_of
from housecat.suites.models import CreateTestSuite, TestSuiteResponse, UpdateTestSuite
from housecat.suites.service import SchedulingFailed, SuiteService
from housecat.suites.store import SuiteStore
from housecat.valkey import EmbeddedValkey
from tests.processes import free_port, wait_until
from tests.qstash_server import QStashServer

TOKEN = "qstash_test_token_5f3e9a"
PUBLIC_URL = "https://housecat.example.com"
EVERY_5 = "*/5 * * * *"
HOURLY = "0 * * * *"
# Short, so the hanging QStash costs the tests little time.
REQUEST_TIMEOUT_S = 0.5


@pytest.fixture(autouse=True)
def no_qstash_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the machine's own QStash variables out (the SDK reads QSTASH_URL itself)."""
    for name in ("QSTASH_TOKEN", "QSTASH_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def scheduling_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="housecat")
    return caplog


@pytest.fixture
def qstash() -> Iterator[QStashServer]:
    with QStashServer(TOKEN) as server:
        yield server


def qstash_settings(settings: Settings, qstash_url: str | None, **overrides: object) -> Settings:
    """Settings for QStash mode on the session's Valkey; overrides win."""
    fields: dict[str, object] = {
        "data_dir": settings.data_dir,
        "scheduler": "qstash",
        "qstash_token": TOKEN,
        "qstash_url": qstash_url,
        "public_url": PUBLIC_URL,
        **overrides,
    }
    return Settings(**fields)  # type: ignore[arg-type]


@pytest.fixture
async def aredis(valkey: EmbeddedValkey, db: redis.Redis) -> AsyncIterator[AsyncRedis]:
    """An async client on the session's Valkey (emptied by `db`)."""
    client = AsyncRedis(unix_socket_path=str(valkey.socket_path), decode_responses=True)
    yield client
    await client.aclose()


class Service:
    """Build SuiteServices over QStash schedulers, and close the schedulers afterwards."""

    def __init__(self, aredis: AsyncRedis, settings: Settings) -> None:
        self.aredis = aredis
        self.settings = settings
        self.schedulers: list[QStashScheduler] = []

    def __call__(
        self, qstash_url: str | None, timeout: float = REQUEST_TIMEOUT_S, **overrides: object
    ) -> SuiteService:
        settings = qstash_settings(self.settings, qstash_url, **overrides)
        scheduler = QStashScheduler(settings, request_timeout=timeout)
        self.schedulers.append(scheduler)
        return SuiteService(
            SuiteStore(self.aredis), scheduler, Artifacts(self.settings.artifacts_dir)
        )


@pytest.fixture
async def make_service(aredis: AsyncRedis, settings: Settings) -> AsyncIterator[Service]:
    services = Service(aredis, settings)
    yield services
    for scheduler in services.schedulers:
        await scheduler.aclose()


@pytest.fixture
def service(make_service: Service, qstash: QStashServer) -> SuiteService:
    return make_service(qstash.url)


def new_test(schedule: str = EVERY_5) -> CreateTestSuite:
    return CreateTestSuite(
        name="Home page",
        url="https://shop.example.com/",
        goal="open / and check the page says Hello",
        schedule=schedule,
    )


# A stored test, for the tests that call the QStash scheduler directly.
HOME = TestSuiteResponse(
    id="abcd1234",
    **new_test().model_dump(include={"name", "url", "goal", "schedule"}),
    created_at="2026-01-01T00:00:00Z",
    updated_at="2026-01-01T00:00:00Z",
)


def stored(db: redis.Redis, test_id: str) -> dict[str, str]:
    fields: dict[str, str] = db.hgetall(f"test:{test_id}")  # type: ignore[assignment]
    return fields


def destination(test_id: str) -> str:
    return f"{PUBLIC_URL}/api/callback/{test_id}"


def only_schedule(qstash: QStashServer) -> dict[str, object]:
    assert len(qstash.schedules) == 1, qstash.schedules
    return next(iter(qstash.schedules.values()))


def requests(qstash: QStashServer) -> list[tuple[str, str]]:
    """The (method, path) of every request QStash received, in order."""
    return [(request.method, request.path) for request in qstash.received]


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]


# --- settings


@pytest.mark.parametrize(
    ("missing", "variable"), [("qstash_token", "QSTASH_TOKEN"), ("public_url", "PUBLIC_URL")]
)
def test_a_missing_setting_is_named(settings: Settings, missing: str, variable: str) -> None:
    with pytest.raises(SettingsError, match=variable):
        QStashScheduler(qstash_settings(settings, None, **{missing: None}))


def test_an_empty_token_counts_as_missing(settings: Settings) -> None:
    with pytest.raises(SettingsError, match="QSTASH_TOKEN"):
        QStashScheduler(qstash_settings(settings, None, qstash_token=""))


async def test_without_qstash_url_the_real_qstash_is_used(settings: Settings) -> None:
    scheduler = QStashScheduler(qstash_settings(settings, None))
    try:
        assert scheduler._client.http._base_url == "https://qstash.upstash.io"
    finally:
        await scheduler.aclose()


# --- the wire


async def test_create_sends_the_schedule_as_qstash_expects(
    service: SuiteService, qstash: QStashServer
) -> None:
    test = await service.create(new_test())
    [request] = qstash.received
    assert (request.method, request.path) == ("POST", f"/v2/schedules/{destination(test.id)}")
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Upstash-Cron"] == EVERY_5
    assert request.headers["Upstash-Schedule-Id"] == f"housecat-{test.id}"
    assert request.headers["Upstash-Retries"] == "0"
    assert request.headers["Upstash-Method"] == "POST"
    # the run's limit (120 s by default) and a minute for planning and storing
    assert request.headers["Upstash-Timeout"] == "180s"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.body) == {"test_id": test.id}


async def test_a_time_zone_prefix_reaches_qstash_as_is(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    cron = "CRON_TZ=Europe/Paris 0 9 * * 1-5"
    test = await service.create(new_test(cron))
    assert only_schedule(qstash)["cron"] == cron
    assert stored(db, test.id)["schedule"] == cron


async def test_a_shortcut_reaches_qstash_as_five_fields(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test("@weekly"))
    assert only_schedule(qstash)["cron"] == "0 0 * * 0"
    assert stored(db, test.id)["schedule"] == "0 0 * * 0"


# --- the callback's semantics, end to end


async def test_create_registers_the_callback_and_stores_the_schedule_id(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    schedule = only_schedule(qstash)
    assert schedule["scheduleId"] == schedule_id_of(test.id) == f"housecat-{test.id}"
    assert schedule["destination"] == destination(test.id)
    assert (schedule["cron"], schedule["retries"], schedule["method"]) == (EVERY_5, 0, "POST")
    assert test.schedule_id == schedule["scheduleId"]
    assert test.status == "active"
    hash_ = stored(db, test.id)
    assert (hash_["status"], hash_["schedule_id"]) == ("active", f"housecat-{test.id}")


async def test_a_new_schedule_replaces_the_old_one(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    updated = await service.update(test.id, UpdateTestSuite(schedule=HOURLY))
    sid = f"housecat-{test.id}"
    assert requests(qstash)[1:] == [
        ("DELETE", f"/v2/schedules/{sid}"),
        ("POST", f"/v2/schedules/{destination(test.id)}"),
    ]
    schedule = only_schedule(qstash)
    assert (schedule["scheduleId"], schedule["cron"]) == (sid, HOURLY)
    assert (updated.schedule, updated.schedule_id, updated.status) == (HOURLY, sid, "active")
    assert (stored(db, test.id)["schedule"], stored(db, test.id)["schedule_id"]) == (HOURLY, sid)


async def test_other_changes_leave_qstash_alone(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    await service.update(test.id, UpdateTestSuite(name="Renamed", schedule=EVERY_5))
    assert len(qstash.received) == 1
    assert only_schedule(qstash)["cron"] == EVERY_5
    assert stored(db, test.id)["name"] == "Renamed"


async def test_pause_deletes_the_schedule_and_resume_creates_it(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    paused = await service.update(test.id, UpdateTestSuite(status="paused"))
    assert qstash.schedules == {}
    assert requests(qstash)[-1] == ("DELETE", f"/v2/schedules/housecat-{test.id}")
    assert (paused.status, paused.schedule_id) == ("paused", None)
    assert (stored(db, test.id)["status"], stored(db, test.id)["schedule_id"]) == ("paused", "")

    # a schedule change while paused is only stored
    await service.update(test.id, UpdateTestSuite(schedule=HOURLY))
    assert qstash.schedules == {}
    assert len(qstash.received) == 2

    resumed = await service.update(test.id, UpdateTestSuite(status="active"))
    schedule = only_schedule(qstash)
    assert (schedule["destination"], schedule["cron"]) == (destination(test.id), HOURLY)
    assert (resumed.status, resumed.schedule_id) == ("active", f"housecat-{test.id}")
    assert stored(db, test.id)["schedule_id"] == f"housecat-{test.id}"


async def test_delete_deletes_the_schedule(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    keep = await service.create(new_test())
    test = await service.create(new_test())
    assert await service.delete(test.id) == {"status": "deleted", "id": test.id}
    assert requests(qstash)[-1] == ("DELETE", f"/v2/schedules/housecat-{test.id}")
    assert set(qstash.schedules) == {f"housecat-{keep.id}"}
    assert stored(db, test.id) == {}
    assert db.smembers("tests:all") == {keep.id}


async def test_deleting_a_paused_test_still_makes_sure_its_schedule_is_gone(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    await service.update(test.id, UpdateTestSuite(status="paused"))
    await service.delete(test.id)
    # create, delete on pause, and one more delete (a 404: already gone) on delete
    assert [r.method for r in qstash.received] == ["POST", "DELETE", "DELETE"]
    assert qstash.schedules == {}
    assert stored(db, test.id) == {}


async def test_a_schedule_qstash_no_longer_has_counts_as_stopped(
    service: SuiteService, qstash: QStashServer, db: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    test = await service.create(new_test())
    qstash.schedules.clear()  # removed in the Upstash console, say
    await service.delete(test.id)
    assert requests(qstash)[-1] == ("DELETE", f"/v2/schedules/housecat-{test.id}")
    assert stored(db, test.id) == {}
    assert errors(caplog) == []


async def test_a_lost_schedule_id_falls_back_to_the_stable_one(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    # as if HouseCat stopped between QStash's answer and storing the id
    db.hset(f"test:{test.id}", "schedule_id", "")
    await service.delete(test.id)
    assert requests(qstash)[-1] == ("DELETE", f"/v2/schedules/housecat-{test.id}")
    assert qstash.schedules == {}


async def test_creating_again_after_a_lost_answer_leaves_one_schedule(
    make_service: Service, qstash: QStashServer
) -> None:
    """A stable schedule id makes create an upsert: repeating it cannot leave an orphan."""
    scheduler = QStashScheduler(qstash_settings(make_service.settings, qstash.url))
    make_service.schedulers.append(scheduler)
    assert await scheduler.start(HOME) == await scheduler.start(HOME) == "housecat-abcd1234"
    assert list(qstash.schedules) == ["housecat-abcd1234"]


# --- failures


def assert_kept_in_error(test: TestSuiteResponse, qstash: QStashServer, db: redis.Redis) -> None:
    assert (test.status, test.schedule_id) == ("error", None)
    hash_ = stored(db, test.id)
    assert (hash_["status"], hash_["schedule_id"]) == ("error", "")
    assert qstash.schedules == {}


async def test_a_failed_create_keeps_the_test_in_error(
    service: SuiteService, qstash: QStashServer, db: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    qstash.fail_next(1)
    test = await service.create(new_test())
    assert_kept_in_error(test, qstash, db)
    # a 5xx may come after QStash acted, so the schedule is deleted to be sure
    assert requests(qstash) == [
        ("POST", f"/v2/schedules/{destination(test.id)}"),
        ("DELETE", f"/v2/schedules/housecat-{test.id}"),
    ]
    [message] = errors(caplog)
    assert f"scheduling test {test.id} failed: QStash did not schedule test {test.id}" in message
    assert "Request failed with status: 500" in message


async def test_a_refused_create_is_not_undone(
    service: SuiteService, qstash: QStashServer, db: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    qstash.fail_next(1, status=400, body='{"error":"invalid cron expression"}')
    test = await service.create(new_test())
    assert_kept_in_error(test, qstash, db)
    # a 4xx means QStash did nothing: there is nothing to delete
    assert len(qstash.received) == 1
    assert "invalid cron expression" in errors(caplog)[0]


async def test_a_wrong_token_keeps_the_test_in_error(
    make_service: Service, qstash: QStashServer, db: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    service = make_service(qstash.url, qstash_token="not-the-token")
    test = await service.create(new_test())
    assert_kept_in_error(test, qstash, db)
    [message] = errors(caplog)
    assert "401" in message and "Unauthorized" in message
    assert "not-the-token" not in caplog.text


async def test_no_qstash_at_all_keeps_the_test_in_error(
    make_service: Service, db: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    # time enough for the SDK's own retries (0.7 s of back-off), so its error surfaces
    service = make_service(f"http://127.0.0.1:{free_port()}", timeout=5.0)
    test = await service.create(new_test())
    assert (test.status, stored(db, test.id)["status"]) == ("error", "error")
    assert f"QStash did not schedule test {test.id}: ConnectError" in errors(caplog)[-1]


@pytest.mark.parametrize("applied", [False, True], ids=["before-acting", "after-acting"])
async def test_a_hanging_create_keeps_the_test_in_error_with_no_schedule(
    service: SuiteService,
    qstash: QStashServer,
    db: redis.Redis,
    caplog: pytest.LogCaptureFixture,
    applied: bool,
) -> None:
    qstash.hang_next(1, apply=applied)
    test = await service.create(new_test())
    # the answer never came, so QStash may have acted: its schedule is deleted
    assert_kept_in_error(test, qstash, db)
    assert requests(qstash)[-1] == ("DELETE", f"/v2/schedules/housecat-{test.id}")
    assert f"no answer within {REQUEST_TIMEOUT_S:g} s" in errors(caplog)[0]


async def test_the_token_is_never_quoted(
    make_service: Service, qstash: QStashServer, caplog: pytest.LogCaptureFixture
) -> None:
    # a proxy in front of QStash that echoes the request in its error page
    qstash.fail_next(2, status=502, body=f"bad gateway; Authorization: Bearer {TOKEN}")
    scheduler = QStashScheduler(qstash_settings(make_service.settings, qstash.url))
    make_service.schedulers.append(scheduler)
    with pytest.raises(SchedulingFailed) as failed:
        await scheduler.start(HOME)
    assert failed.value.message.startswith("QStash did not schedule test abcd1234: ")
    assert "Bearer ***" in failed.value.message
    assert TOKEN not in failed.value.message and TOKEN not in caplog.text


async def test_a_failed_reschedule_leaves_the_test_in_error_with_no_schedule(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    qstash.fail_next(1, status=400, method="POST")
    updated = await service.update(test.id, UpdateTestSuite(schedule=HOURLY))
    assert requests(qstash)[1:] == [
        ("DELETE", f"/v2/schedules/housecat-{test.id}"),
        ("POST", f"/v2/schedules/{destination(test.id)}"),
    ]
    assert_kept_in_error(updated, qstash, db)
    assert stored(db, test.id)["schedule"] == HOURLY


async def test_a_failed_resume_is_an_error_until_resumed_again(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    await service.update(test.id, UpdateTestSuite(status="paused"))
    qstash.fail_next(1)
    failed = await service.update(test.id, UpdateTestSuite(status="active"))
    assert_kept_in_error(failed, qstash, db)

    resumed = await service.update(test.id, UpdateTestSuite(status="active"))
    assert (resumed.status, resumed.schedule_id) == ("active", f"housecat-{test.id}")
    assert only_schedule(qstash)["destination"] == destination(test.id)
    assert stored(db, test.id)["status"] == "active"


async def test_a_failed_delete_on_pause_is_logged_and_the_test_still_paused(
    service: SuiteService, qstash: QStashServer, db: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    test = await service.create(new_test())
    qstash.fail_next(1, method="DELETE")
    paused = await service.update(test.id, UpdateTestSuite(status="paused"))
    assert (paused.status, paused.schedule_id) == ("paused", None)
    assert (stored(db, test.id)["status"], stored(db, test.id)["schedule_id"]) == ("paused", "")
    [message] = errors(caplog)
    assert message.startswith(f"unscheduling test {test.id} failed: QStash did not unschedule")
    # QStash still fires it; the callback skips a paused test, and resuming upserts it
    assert list(qstash.schedules) == [f"housecat-{test.id}"]
    await service.update(test.id, UpdateTestSuite(status="active"))
    assert list(qstash.schedules) == [f"housecat-{test.id}"]


async def test_a_hanging_delete_on_pause_is_logged_and_the_test_still_paused(
    service: SuiteService, qstash: QStashServer, db: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    test = await service.create(new_test())
    qstash.hang_next(1, method="DELETE")
    paused = await service.update(test.id, UpdateTestSuite(status="paused"))
    assert paused.status == stored(db, test.id)["status"] == "paused"
    assert f"no answer within {REQUEST_TIMEOUT_S:g} s" in errors(caplog)[0]


# --- no schedule is ever left behind


async def test_a_delete_while_qstash_fails_keeps_the_test_until_it_can_stop_it(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    qstash.fail_next(1, method="DELETE")
    with pytest.raises(SchedulingFailed):
        await service.delete(test.id)
    assert stored(db, test.id) != {}  # kept: its schedule still fires at it
    await service.delete(test.id)
    assert stored(db, test.id) == {}
    assert qstash.schedules == {}


async def test_deleting_a_test_in_error_leaves_no_schedule(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    # The create reached QStash but its answer was lost, and the clean-up failed too.
    qstash.hang_next(1, apply=True, method="POST")
    qstash.fail_next(1, method="DELETE")
    test = await service.create(new_test())
    assert test.status == "error"
    assert list(qstash.schedules) == [f"housecat-{test.id}"]
    await service.delete(test.id)
    assert stored(db, test.id) == {}
    assert qstash.schedules == {}


async def test_nothing_is_stored_until_qstash_has_the_schedule(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    gate = qstash.hold_next(method="POST")
    creating = asyncio.create_task(service.create(new_test()))
    await asyncio.to_thread(qstash.wait_for_requests, 1)
    assert db.keys("*") == []  # no half-made test anyone could read, pause or delete
    gate.set()
    test = await creating
    assert stored(db, test.id)["schedule_id"] == f"housecat-{test.id}"
    assert list(qstash.schedules) == [f"housecat-{test.id}"]


async def test_a_test_deleted_while_being_resumed_leaves_no_schedule(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    await service.update(test.id, UpdateTestSuite(status="paused"))
    gate = qstash.hold_next(method="POST")
    resuming = asyncio.create_task(service.update(test.id, UpdateTestSuite(status="active")))
    await asyncio.to_thread(qstash.wait_for_requests, 3)
    await service.delete(test.id)  # its schedule is not there yet: 404, counted as stopped
    gate.set()
    with pytest.raises(NotFound):
        await resuming
    assert stored(db, test.id) == {}
    assert qstash.schedules == {}


# --- Redis refusing the write after QStash was told: QStash is told back


@contextlib.contextmanager
def read_only(db: redis.Redis) -> Iterator[None]:
    """Make the server a replica of nobody: it refuses writes (READONLY), reads still work."""
    db.replicaof("127.0.0.1", str(free_port()))
    try:
        yield
    finally:
        db.replicaof("NO", "ONE")


async def told_while_read_only(
    qstash: QStashServer, db: redis.Redis, method: str, change: Awaitable[object]
) -> BaseException:
    """Make `change` while QStash holds its `method` request and Redis turns read-only."""
    gate = qstash.hold_next(method=method)
    before = len(qstash.received)
    changing = asyncio.ensure_future(change)

    def held() -> bool:
        return method in [request.method for request in qstash.received[before:]]

    await asyncio.to_thread(wait_until, held, 5.0, f"a {method} reaching QStash")
    with read_only(db):
        gate.set()
        with pytest.raises(ReadOnlyError) as refused:
            await changing
    return refused.value


async def test_a_create_redis_refuses_takes_its_schedule_back(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    await told_while_read_only(qstash, db, "POST", service.create(new_test()))
    assert db.keys("*") == []
    assert qstash.schedules == {}
    assert [method for method, _ in requests(qstash)] == ["POST", "DELETE"]


async def test_a_pause_redis_refuses_gives_the_schedule_back(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    pause = service.update(test.id, UpdateTestSuite(status="paused"))
    await told_while_read_only(qstash, db, "DELETE", pause)
    assert stored(db, test.id)["status"] == "active"
    assert only_schedule(qstash)["cron"] == EVERY_5


async def test_a_reschedule_redis_refuses_puts_the_old_schedule_back(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    reschedule = service.update(test.id, UpdateTestSuite(schedule=HOURLY))
    await told_while_read_only(qstash, db, "POST", reschedule)
    assert stored(db, test.id)["schedule"] == EVERY_5
    assert only_schedule(qstash)["cron"] == EVERY_5


async def test_a_delete_redis_refuses_keeps_the_test_and_its_schedule(
    service: SuiteService, qstash: QStashServer, db: redis.Redis
) -> None:
    test = await service.create(new_test())
    await told_while_read_only(qstash, db, "DELETE", service.delete(test.id))
    assert stored(db, test.id)["status"] == "active"
    assert list(qstash.schedules) == [f"housecat-{test.id}"]
