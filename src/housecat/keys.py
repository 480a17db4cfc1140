"""Every Redis key HouseCat writes, in one place (see docs/data-model.md)."""

TESTS_ALL = "tests:all"  # set of every test id
SCHEDULE_DUE = "schedule:due"  # sorted set: test id -> next due time (unix s)
SCHEDULE_SKIPPED = "schedule:skipped"  # hash: test id -> due slots skipped (still running)


def test(test_id: str) -> str:
    """Hash: the test suite definition and its latest result."""
    return f"test:{test_id}"


def results(test_id: str) -> str:
    """Sorted set: RunRecord JSON, score = start time (unix s)."""
    return f"results:{test_id}"


def timing(test_id: str) -> str:
    """Sorted set: '{duration_ms}:{run_id}', score = start time."""
    return f"timing:{test_id}"


def events(test_id: str) -> str:
    """Stream: the live event log of the test's runs."""
    return f"events:{test_id}"


def incidents(test_id: str) -> str:
    """List: IncidentRecord JSON, newest first."""
    return f"incidents:{test_id}"


def plan(test_id: str) -> str:
    """String: the test's cached Plan JSON, with the locators its last good run used."""
    return f"plan:{test_id}"


def uptime(test_id: str) -> str:
    """Hash: per-hour rollup, fields '{hour}:passed' and '{hour}:failed' (hour = unix s // 3600),
    and per location '{hour}@{location}:passed' and '{hour}@{location}:failed'."""
    return f"uptime:{test_id}"


def model_spend(test_id: str) -> str:
    """Hash: the test's model use per UTC day, fields '{YYYY-MM-DD}:{measure}' (runs/spend.py)."""
    return f"model_spend:{test_id}"


def model_spend_day(day: str) -> str:
    """Hash: every test's model use on one UTC day (YYYY-MM-DD), fields '{measure}'."""
    return f"model_spend_day:{day}"


MODEL_SPEND_TOTAL = "model_spend_total"  # hash: model use ever, fields '{purpose}:{measure}'


RUN_PREFIX = "run:"  # scripts that find run ids inside records build `run:{id}` from it


def run(run_id: str) -> str:
    """String: one run's full detail JSON (plan, steps, screenshots), with an expiry."""
    return f"{RUN_PREFIX}{run_id}"


def form_sent(form_key: str) -> str:
    """String: the test a create form made, so the same form sent twice makes one test."""
    return f"form:{form_key}"


def run_test_id(run_id: str) -> str:
    """String: the test a queued or running run belongs to (to cancel it by run id)."""
    return f"runof:{run_id}"


def session(digest: str) -> str:
    """String: a sign-in session (by SHA-256 of its id) -> fingerprint of the token it proved,
    or `user:{user_id}` for a user's session."""
    return f"session:{digest}"


def signin_failures(address: str) -> str:
    """String: wrong tokens from one client address in the current minute."""
    return f"signin_failures:{address}"


def qstash_delivery(jti: str) -> str:
    """String: a QStash callback already handled (its token's `jti`), until the token expires."""
    return f"qstash:delivery:{jti}"


def per_test(test_id: str) -> list[str]:
    """Return every key that belongs to one test, for the delete cascade."""
    return [
        test(test_id),
        results(test_id),
        timing(test_id),
        events(test_id),
        incidents(test_id),
        plan(test_id),
        uptime(test_id),
        model_spend(test_id),
        executions_by("test", test_id),
        metrics_test(test_id),
        outages(test_id),
        test_locations(test_id),
    ]


# Environments, browser configurations and suites (ordered groups of tests): `/api/v1`.
ENVIRONMENTS_ALL = "environments:all"  # set of every environment id
ENVIRONMENT_NAMES = "environments:names"  # hash: name -> environment id
BROWSER_CONFIGS_ALL = "browser_configs:all"  # set of every browser configuration id
BROWSER_CONFIG_NAMES = "browser_configs:names"  # hash: name -> browser configuration id
SUITES_ALL = "suites:all"  # set of every suite id
SUITE_NAMES = "suites:names"  # hash: name -> suite id


def environment(environment_id: str) -> str:
    """Hash: an environment (base URL, variables, secrets)."""
    return f"environment:{environment_id}"


def environment_suites(environment_id: str) -> str:
    """Set: the suites whose default environment this is (a delete is refused while any)."""
    return f"environment_suites:{environment_id}"


def browser_config(config_id: str) -> str:
    """Hash: a browser configuration (viewport, user agent, locale, device preset)."""
    return f"browser_config:{config_id}"


def browser_config_suites(config_id: str) -> str:
    """Set: the suites whose default browser configuration this is."""
    return f"browser_config_suites:{config_id}"


def suite(suite_id: str) -> str:
    """Hash: a suite, an ordered group of tests (the tests are in `suite_tests`)."""
    return f"suite:{suite_id}"


def suite_tests(suite_id: str) -> str:
    """List: the suite's test ids in execution order."""
    return f"suite_tests:{suite_id}"


def test_suites(test_id: str) -> str:
    """Set: the suites that list a test, so deleting the test takes it out of each."""
    return f"test_suites:{test_id}"


# Templates (`/api/v1/templates`): reusable goals with `{{name}}` parameters. The tests made
# from one are the catalog set `catalog_set("template", id)`.
TEMPLATES_ALL = "templates:all"  # set of every template id
TEMPLATE_NAMES = "templates:names"  # hash: name -> template id


def template(template_id: str) -> str:
    """Hash: a template (name, description, goal)."""
    return f"template:{template_id}"


# Executions (`/api/v1/executions`): runs of several tests, a suite's or a list's.
EXECUTIONS_ALL = "executions:all"  # sorted set: execution id -> created (unix s)


def execution(execution_id: str) -> str:
    """Hash: an execution's fields, and `t:{n}` the JSON of its nth test's run."""
    return f"execution:{execution_id}"


def executions_by(field: str, value: str) -> str:
    """Sorted set: the executions with that status, suite, test or environment, by creation."""
    return f"executions:{field}:{value}"


# The /api/v1/tests catalog (suites/catalog_index.py): indexes kept exact by the script of
# every write of a test, so that a filtered, sorted page never scans the tests.
CATALOG = "v1:tests:"  # prefix of every catalog key
CATALOG_VERSION = "v1:tests:index_version"  # string: version of the catalog the backfill built
CATALOG_BY_CREATED = "v1:tests:by_created"  # sorted set: id, score = created_at (unix s)
CATALOG_BY_LAST_RUN = "v1:tests:by_last_run"  # sorted set: id, score = last_run_at (0: never)
CATALOG_BY_NAME = "v1:tests:by_name"  # sorted set, scores 0: '{sort name}\0{id}' (lex order)
CATALOG_SORT_NAME = "v1:tests:sort_name"  # hash: id -> sort name (the name casefolded)


def catalog_set(family: str, value: str) -> str:
    """Set: the tests whose `family` (status, result, category, tag, word) holds `value`."""
    return f"{CATALOG}{family}:{value}"


def catalog_entries(test_id: str) -> str:
    """Hash: the catalog sets that hold a test, by source (status, tags, words:name, ...)."""
    return f"{CATALOG}entries:{test_id}"


RUN_LOGS_PREFIX = "run_logs:"


def run_logs(run_id: str) -> str:
    """List: one run's log entries (JSON), oldest first, expiring with its detail."""
    return f"{RUN_LOGS_PREFIX}{run_id}"


# Every key kept per run, by prefix: the delete and retention scripts build each one
# as `{prefix}{run_id}` from the run ids they find in the results.
PER_RUN_PREFIXES = (RUN_PREFIX, RUN_LOGS_PREFIX)


# Prometheus metrics (`GET /metrics`, docs/metrics.md): counters written by the process that
# sees the event (worker, scheduler, server), in Redis so that one scrape sees every process.
METRICS_STEPS = "metrics:steps"  # hash: step durations, '{action}:le:{le}' and '{action}:sum_ms'
METRICS_ALERTS = "metrics:alerts"  # hash: alert deliveries, fields '{channel}:{outcome}'
METRICS_BROWSER = "metrics:browser"  # hash: browser relaunches, fields '{reason}'


def metrics_test(test_id: str) -> str:
    """Hash: a test's runs by location and result, and its run-duration histogram."""
    return f"metrics:test:{test_id}"


def schedule_skipped_hour(hour: int) -> str:
    """Hash: due slots skipped in that hour (unix s // 3600), field = minute (0-59)."""
    return f"schedule:skipped_hour:{hour}"


# Outages (docs/outages.md): a test down from its first failing run to its recovery.


def outages(test_id: str) -> str:
    """List: Outage JSON, newest first (only the newest may be open), at most 1,000."""
    return f"outages:{test_id}"


# Maintenance windows (`/api/v1/maintenance-windows`) and status pages (`/api/v1/status-pages`).
MAINTENANCE_ALL = "maintenance_windows:all"  # set of every maintenance window id
MAINTENANCE_NAMES = "maintenance_windows:names"  # hash: name -> maintenance window id
STATUS_PAGES_ALL = "status_pages:all"  # set of every status page id
STATUS_PAGE_SLUGS = "status_pages:slugs"  # hash: slug -> status page id


def maintenance_window(window_id: str) -> str:
    """Hash: a maintenance window (when, for which tests, skip or silence)."""
    return f"maintenance_window:{window_id}"


def status_page(page_id: str) -> str:
    """Hash: a status page (name, slug, the suites and tags whose tests it shows)."""
    return f"status_page:{page_id}"


# Probes in several locations (docs/locations.md).
LOCATION_WORKERS = "locations:workers"  # sorted set: '{location}/{worker}' -> last heartbeat


def test_locations(test_id: str) -> str:
    """Hash: a test's latest result at each location it ran from (for quorum alerting)."""
    return f"test_locations:{test_id}"


# Users, their roles per project, and their API keys (docs/data-model.md, "Users and keys").
USERS_ALL = "users:all"  # set of every user id
USER_NAMES = "users:names"  # hash: username, case-folded -> user id


def user(user_id: str) -> str:
    """Hash: a user (username, display name, email, created_at, disabled, password hash)."""
    return f"user:{user_id}"


PROJECTS = "projects"  # set of every project id ('default' always among them)
PROJECTS_UPGRADED = "projects:upgraded"  # string: version of the move of old records into 'default'


def project(project_id: str) -> str:
    """Hash: a project (name, created_at)."""
    return f"project:{project_id}"


def project_members(project_id: str) -> str:
    """Hash: user id -> the user's role in the project (viewer, editor or admin)."""
    return f"project_members:{project_id}"


def user_sessions(user_id: str) -> str:
    """Set: the session keys' digests of a user's sessions (to end them all at once)."""
    return f"user_sessions:{user_id}"


def api_key(key_id: str) -> str:
    """Hash: an API key (owner, name, role, dates, SHA-256 of its secret)."""
    return f"api_key:{key_id}"


def user_api_keys(user_id: str) -> str:
    """Set: the ids of a user's API keys."""
    return f"user_api_keys:{user_id}"


# The audit trail (docs/data-model.md, "Audit trail"): every change, who made it and when.
AUDIT_LOG = "audit:log"  # stream: every recorded change, trimmed by age
AUDIT_ENTITIES = "audit:entities"  # sorted set: each entity trail's key -> last write (ms)


def audit_of(kind: str, entity_id: str) -> str:
    """Stream: the recorded changes of one test, suite, environment..., trimmed by age."""
    return f"audit:of:{kind}:{entity_id}"


# The trash (docs/data-model.md, "Trash"): deleted records kept, restorable, for a while.
TRASH_ALL = "trash:all"  # sorted set: '{kind}:{id}' -> deletion time (unix s)
TRASH_PREFIX = "trash:"  # a deleted record's keys live on as `trash:{key}`


def trash_item(kind: str, record_id: str) -> str:
    """Hash: a deleted record's kind, id, name, deleted_at, deleted_by and moved keys."""
    return f"trash:item:{kind}:{record_id}"


def trashed(key: str) -> str:
    """The name a deleted record's key has in the trash."""
    return f"{TRASH_PREFIX}{key}"


def oidc_sign_in(state: str) -> str:
    """String: a single sign-on under way (JSON: nonce, PKCE verifier, next path, browser
    binding), by its `state`; read once, expires in minutes."""
    return f"oidc_sign_in:{state}"
