"""Everything a HouseCat process needs, opened from settings and closed in reverse."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

from redis.asyncio import Redis

from housecat.alerts.channels import load_plugins
from housecat.alerts.dispatcher import AlertDispatcher
from housecat.artifacts import Artifacts
from housecat.browser.execute import Emit, Limits, no_events
from housecat.browser.pool import BrowserPool
from housecat.config import Settings
from housecat.environments.service import KnownEnvironments
from housecat.environments.store import environment_store
from housecat.executions.alerts import SuiteAlerts
from housecat.executions.places import Places
from housecat.executions.runner import ExecutionRunner
from housecat.executions.service import ExecutionService
from housecat.executions.store import ExecutionStore
from housecat.groups.service import GroupService
from housecat.groups.store import GroupStore
from housecat.llm.choice import Choice, choose, compiler_for, diagnoser_for, healer_for
from housecat.maintenance.service import MaintenanceService
from housecat.metrics.record import MetricsRecorder
from housecat.projects.upgrade import move_into_default
from housecat.redis import connect
from housecat.runs.budget import Budgets
from housecat.runs.events import EventLog
from housecat.runs.history import RunHistory
from housecat.runs.pipeline import RunOutcome, run_goal
from housecat.runs.service import RunService
from housecat.runs.spend import ModelSpend
from housecat.runs.store import ResultStore
from housecat.runs.tinyfish import TinyFishClient
from housecat.runs.tinyfish_run import TinyFishExecutor
from housecat.schedule.qstash_schedules import QStashScheduler
from housecat.schedule.queue import RunQueue
from housecat.schedule.scheduler import BuiltinScheduler
from housecat.suites.catalog_index import build_catalog
from housecat.suites.service import Scheduler, SuiteService
from housecat.suites.store import SuiteStore

SHUTDOWN_GRACE_S = 10.0


@dataclass(frozen=True)
class Services:
    settings: Settings
    redis: Redis
    suites: SuiteService
    results: ResultStore
    history: RunHistory
    runs: RunService
    queue: RunQueue
    pool: BrowserPool
    alerts: AlertDispatcher
    limits: Limits
    # The model that compiles what the built-in reader cannot, or why there is none.
    model: Choice
    spend: ModelSpend
    executions: ExecutionService
    execution_runner: ExecutionRunner

    async def run_once(
        self,
        url: str,
        goal: str,
        emit: Emit = no_events,
        *,
        variables: dict[str, str] | None = None,
        secrets: dict[str, str] | None = None,
    ) -> RunOutcome:
        """Run a journey once and store nothing (`POST /api/run-test`, "Run a test")."""
        return await run_goal(
            self.pool,
            url=url,
            goal=goal,
            triggered_by="api",
            limits=self.limits,
            screenshots=self.settings.artifacts_dir,
            emit=emit,
            variables=variables,
            secrets=secrets,
        )


def scheduler_for(settings: Settings) -> Scheduler:
    """Who learns of tests' schedules: the built-in due index, or QStash."""
    if settings.scheduler == "qstash":
        return QStashScheduler(settings)
    return BuiltinScheduler()


def tinyfish_for(settings: Settings) -> TinyFishExecutor:
    """Who runs tests on TinyFish: a client with the API key, or none without one."""
    key = settings.tinyfish_api_key
    client = TinyFishClient(key.get_secret_value(), settings.tinyfish_base_url) if key else None
    return TinyFishExecutor(
        client, run_timeout_s=settings.run_timeout, cost_per_step=settings.tinyfish_cost_per_step
    )


def suite_service(
    redis: Redis, settings: Settings, scheduler: Scheduler | None = None
) -> SuiteService:
    """The test service as every process builds it (`scheduler`: the settings' by default)."""
    return SuiteService(
        SuiteStore(redis),
        scheduler or scheduler_for(settings),
        Artifacts(settings.artifacts_dir),
        allow_private_webhooks=settings.allow_private_webhooks,
        no_model=choose(settings).missing,
        on_deleted=[GroupService(GroupStore(redis)).forget_test],
        environments=KnownEnvironments(environment_store(redis)),
    )


@contextlib.asynccontextmanager
async def open_services(settings: Settings) -> AsyncIterator[Services]:
    """Connect Redis and build every service; the browser launches on first use."""
    limits = Limits(step_timeout_s=settings.step_timeout, run_timeout_s=settings.run_timeout)
    compiler, model = compiler_for(settings)
    # Apprise's plugins take about a second to import: do it now, off the event loop.
    await asyncio.to_thread(load_plugins)
    artifacts = Artifacts(settings.artifacts_dir)
    async with connect(settings) as redis:
        await move_into_default(redis)  # once: records stored before projects
        await build_catalog(redis)  # once: tests stored before /api/v1/tests had indexes
        counted = MetricsRecorder(redis)
        pool = BrowserPool(
            settings.chromium,
            max_runs=settings.browser_max_runs,
            max_memory_mb=settings.browser_max_memory_mb,
            on_restart=counted.browser_restarted,
            proxy=settings.browser_proxy,
        )
        suites = suite_service(redis, settings)
        suite_store = suites.store
        results = ResultStore(
            redis,
            results_max=settings.results_max,
            max_age=timedelta(days=settings.results_max_age_days),
        )
        alerts = AlertDispatcher(
            settings, on_delivered=results.mark_alert_sent, on_settled=counted.alert_settled
        )
        spend = ModelSpend(redis)
        runs = RunService(
            suite_store,
            results,
            EventLog(redis, settings.events_maxlen),
            pool,
            alerts,
            limits=limits,
            artifacts=artifacts,
            compiler=compiler,
            no_model=model.missing or "",
            tinyfish=tinyfish_for(settings),
            budgets=Budgets(spend, settings.llm_daily_budget_usd),
            healer=healer_for(settings),
            diagnoser=diagnoser_for(settings),
            trace_runs=settings.trace_runs,
            environment_of=Places(redis).environment_of,
            maintenance_of=MaintenanceService(redis).mark_for,
        )
        queue = RunQueue(redis, run_timeout_s=settings.run_timeout, wait_s=settings.worker_wait_s)
        execution_store = ExecutionStore(redis, max_age=results.max_age)
        try:
            yield Services(
                settings,
                redis,
                suites,
                results,
                RunHistory(redis),
                runs,
                queue,
                pool,
                alerts,
                limits,
                model,
                spend,
                ExecutionService(
                    execution_store,
                    suite_store,
                    results,
                    queue,
                    groups=GroupStore(redis),
                    places=Places(redis),
                ),
                ExecutionRunner(
                    execution_store, runs, Places(redis), SuiteAlerts(GroupStore(redis), alerts)
                ),
            )
        finally:
            await alerts.drain(SHUTDOWN_GRACE_S)
            await pool.close()
            await queue.close()
