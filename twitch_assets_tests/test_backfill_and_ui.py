"""The platform as an operator meets it: `dagster dev` (webserver and daemon) on a fresh instance
configured by the project's dagster.yaml, the embedded simulator, GraphQL, a 24-hour backfill run
by the daemon, the alerts it raises, and the UI in a real browser (headless Chromium).

One `dagster dev` serves the whole module; the tests run in file order and build on each other's
runs. Runs are slow to start (a fresh interpreter each), so the simulator is small.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
import requests
from dagster_graphql import DagsterGraphQLClient

from twitch_assets import defs
from twitch_assets.partitions import snapshot_hour
from twitch_assets_tests.webhook_server import WebhookServer

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[1]
DAGSTER = Path(sys.executable).parent / "dagster"
CHROMEDRIVER = shutil.which("chromedriver")
LOCATION = "twitch_assets"
REPOSITORY = "__repository__"
JOB = "twitch_lineage"
LAUNCHED_PARTITION = "2026-03-02-00:00"
BACKFILL_PARTITIONS = [f"2026-03-01-{hour:02d}:00" for hour in range(24)]
LINEAGE = ["raw_stream_ids", "hydrated_streams", "category_popularity", "streamer_category_history", "compliance_scores"]
FINISHED = {"SUCCESS", "FAILURE", "CANCELED"}
LEADERBOARD = "flagged_streamers"  # compliance_scores' metadata entry: the hour's flagged streamers, riskiest first
SCREENSHOTS = Path(os.environ.get("TWITCH_UI_SCREENSHOTS", tempfile.gettempdir())) / "twitch_assets_ui"


@dataclass
class DagsterDev:
    url: str
    client: DagsterGraphQLClient
    database: str
    webhook: WebhookServer
    log: Path

    def graphql(self, query: str, **variables) -> dict:
        reply = requests.post(f"{self.url}/graphql", json={"query": query, "variables": variables}, timeout=60)
        reply.raise_for_status()
        body = reply.json()
        assert "errors" not in body, body["errors"]
        return body["data"]

    def query_warehouse(self, sql: str, params: list | None = None) -> list[tuple]:
        # The daemon's sensor may hold the file for a moment: retry like the pipeline does.
        for attempt in range(50):
            try:
                with duckdb.connect(self.database, read_only=True) as connection:
                    return connection.execute(sql, params or []).fetchall()
            except duckdb.IOException:
                time.sleep(0.2)
        raise TimeoutError("the warehouse stayed locked")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout_s: float, every_s: float = 1.0, what: str = "condition"):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every_s)
    raise TimeoutError(f"timed out after {timeout_s:.0f}s waiting for {what}")


@pytest.fixture(scope="module")
def dagster_dev(tmp_path_factory) -> Iterator[DagsterDev]:
    home = tmp_path_factory.mktemp("dagster_home")
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    database = str(home / "warehouse.duckdb")
    port = free_port()
    log = home / "dagster_dev.log"
    with WebhookServer() as webhook:
        environment = {
            key: value
            for key, value in os.environ.items()
            if key not in {"TWITCH_CLIENT_ID", "TWITCH_CLIENT_SECRET", "TWITCH_API_BASE_URL", "TWITCH_AUTH_BASE_URL"}
        }
        environment |= {
            "DAGSTER_HOME": str(home),
            "TWITCH_DUCKDB_PATH": database,
            "TWITCH_SIMULATOR_STREAMS": "500",
            "ALERT_WEBHOOK_URL": webhook.url,
        }
        with open(log, "w") as output:
            server = subprocess.Popen(
                [str(DAGSTER), "dev", "-m", "twitch_assets", "-h", "127.0.0.1", "-p", str(port)],
                cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
            )
        dev = DagsterDev(f"http://127.0.0.1:{port}", DagsterGraphQLClient("127.0.0.1", port_number=port), database,
                         webhook, log)
        try:
            wait_for(lambda: _location_loaded(dev), timeout_s=180, what=f"dagster dev to load (log: {log})")
            yield dev
        finally:
            os.killpg(server.pid, signal.SIGTERM)  # dagster dev, its daemon and its code server
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def _location_loaded(dev: DagsterDev) -> bool:
    try:
        data = dev.graphql(
            "{ workspaceOrError { ... on Workspace { locationEntries { name loadStatus "
            "locationOrLoadError { __typename } } } } }"
        )
    except requests.RequestException:
        return False
    entries = data["workspaceOrError"]["locationEntries"]
    return any(e["name"] == LOCATION and e["locationOrLoadError"]["__typename"] == "RepositoryLocation" for e in entries)


@pytest.fixture(scope="module")
def schedule_stopped(dagster_dev: DagsterDev) -> None:
    """Stop ``hourly_snapshot``, as an operator would in the UI: its tick at minute 5 of the real hour
    would launch a run the tests never asked for. (The tests that use this assert on their own
    partitions too, in case a tick came before the stop.)"""
    schedules = dagster_dev.graphql(
        "{ schedulesOrError(repositorySelector: {repositoryLocationName: \"%s\", repositoryName: \"%s\"}) "
        "{ ... on Schedules { results { name scheduleState { id status } } } } }" % (LOCATION, REPOSITORY)
    )["schedulesOrError"]["results"]
    for schedule in schedules:
        if schedule["scheduleState"]["status"] == "RUNNING":
            stopped = dagster_dev.graphql(
                "mutation($id: String!) { stopRunningSchedule(id: $id) { __typename "
                "... on ScheduleStateResult { scheduleState { status } } ... on PythonError { message } } }",
                id=schedule["scheduleState"]["id"],
            )["stopRunningSchedule"]
            assert stopped.get("scheduleState", {}).get("status") == "STOPPED", stopped


def run_statuses(dev: DagsterDev, run_ids: list[str]) -> dict[str, str]:
    data = dev.graphql(
        "query($ids: [String!]) { runsOrError(filter: {runIds: $ids}) { ... on Runs { results { runId status "
        "startTime endTime } } } }",
        ids=run_ids,
    )
    return {run["runId"]: run for run in data["runsOrError"]["results"]}


# --- GraphQL -----------------------------------------------------------------------------------------
def test_every_asset_check_schedule_and_sensor_is_in_the_ui(dagster_dev):
    data = dagster_dev.graphql(
        """
        query($location: String!, $repository: String!) {
          assetNodes { assetKey { path } assetChecksOrError { ... on AssetChecks { checks { name blocking } } } }
          repositoryOrError(repositorySelector: {repositoryLocationName: $location, repositoryName: $repository}) {
            ... on Repository {
              jobs { name }
              schedules { name cronSchedule scheduleState { status } }
              sensors { name sensorState { status } }
            }
          }
        }
        """,
        location=LOCATION,
        repository=REPOSITORY,
    )
    nodes = {"/".join(node["assetKey"]["path"]): node for node in data["assetNodes"]}
    assert set(nodes) == set(LINEAGE) == {key.to_user_string() for key in defs.resolve_all_asset_keys()}
    shown_checks = {
        (asset, check["name"]) for asset, node in nodes.items() for check in node["assetChecksOrError"]["checks"]
    }
    defined_checks = {(key.asset_key.to_user_string(), key.name) for key in defs.resolve_asset_graph().asset_check_keys}
    assert shown_checks == defined_checks and len(defined_checks) >= 8
    repository = data["repositoryOrError"]
    assert JOB in {job["name"] for job in repository["jobs"]}
    assert {(s["name"], s["scheduleState"]["status"]) for s in repository["schedules"]} == {("hourly_snapshot", "RUNNING")}
    assert {(s["name"], s["sensorState"]["status"]) for s in repository["sensors"]} == {
        ("high_risk_streamers", "RUNNING"),
        ("run_failure_webhook", "RUNNING"),
    }


def test_a_run_of_the_lineage_launched_through_graphql_succeeds(dagster_dev, schedule_stopped):
    run_id = dagster_dev.client.submit_job_execution(
        JOB, repository_location_name=LOCATION, repository_name=REPOSITORY, tags={"dagster/partition": LAUNCHED_PARTITION}
    )
    status = wait_for(
        lambda: (s := dagster_dev.client.get_run_status(run_id).value) in FINISHED and s,
        timeout_s=240, what=f"run {run_id}",
    )
    assert status == "SUCCESS", f"run {run_id} ended {status}; see {dagster_dev.log}"
    hour = snapshot_hour(LAUNCHED_PARTITION)
    for table in LINEAGE:
        (rows,) = dagster_dev.query_warehouse(f"SELECT count(*) FROM twitch.{table} WHERE snapshot_hour = ?", [hour])[0]
        assert rows > 0, f"{table} has no rows for {LAUNCHED_PARTITION}"


# --- the daemon: a 24-hour backfill ---------------------------------------------------------------
def test_a_24_hour_backfill_runs_to_the_end_one_run_at_a_time_without_lock_errors(dagster_dev, schedule_stopped, record_property):
    started = time.monotonic()
    launched = dagster_dev.graphql(
        """
        mutation($params: LaunchBackfillParams!) {
          launchPartitionBackfill(backfillParams: $params) {
            __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message }
          }
        }
        """,
        params={
            "selector": {
                "partitionSetName": f"{JOB}_partition_set",
                "repositorySelector": {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY},
            },
            "partitionNames": BACKFILL_PARTITIONS,
        },
    )["launchPartitionBackfill"]
    assert launched["__typename"] == "LaunchBackfillSuccess", launched
    backfill_query = (
        "query($id: String!) { partitionBackfillOrError(backfillId: $id) { ... on PartitionBackfill { "
        "runs(limit: 100) { runId status startTime endTime } } } }"
    )

    def finished_runs():
        runs = dagster_dev.graphql(backfill_query, id=launched["backfillId"])["partitionBackfillOrError"]["runs"]
        done = len(runs) == len(BACKFILL_PARTITIONS) and all(run["status"] in FINISHED for run in runs)
        return runs if done else None

    runs = wait_for(finished_runs, timeout_s=900, every_s=3, what="the backfill's 24 runs")
    wall_s = time.monotonic() - started
    record_property("backfill_24h_wall_seconds", round(wall_s, 1))
    print(f"24-hour backfill: {wall_s:.0f}s wall, {wall_s / len(runs):.1f}s a run")

    failed = [run["runId"] for run in runs if run["status"] != "SUCCESS"]
    assert not failed, f"failed runs {failed}; see {dagster_dev.log}"
    # One writer: no two runs of the backfill were ever in progress at the same time.
    spans = sorted((run["startTime"], run["endTime"]) for run in runs)
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:]))
    lock_messages = dagster_dev.graphql(
        """
        query($ids: [String!]) { runsOrError(filter: {runIds: $ids}) { ... on Runs { results {
          eventConnection(afterCursor: null) { events { __typename ... on MessageEvent { message } } } } } } }
        """,
        ids=[run["runId"] for run in runs],
    )
    messages = [
        event.get("message") or ""
        for run in lock_messages["runsOrError"]["results"]
        for event in run["eventConnection"]["events"]
    ]
    assert not [m for m in messages if "conflicting lock" in m.lower() or "could not set lock" in m.lower()]
    hours = [snapshot_hour(partition) for partition in BACKFILL_PARTITIONS]
    for table in LINEAGE:
        stored = dagster_dev.query_warehouse(
            f"SELECT count(DISTINCT snapshot_hour) FROM twitch.{table} WHERE snapshot_hour BETWEEN ? AND ?",
            [hours[0], hours[-1]],
        )[0][0]
        assert stored == 24, f"{table} holds {stored} of the 24 hours"


def test_the_daemon_alerts_on_the_backfilled_hours_once_per_streamer(dagster_dev, schedule_stopped):
    # The sensor ticks every 30 seconds and takes 24 materializations a tick. Only the hours these
    # tests materialized count: the alerts of any other run are not this test's to assert on.
    ours = {*BACKFILL_PARTITIONS, LAUNCHED_PARTITION}

    def all_posted():
        try:
            rows = dagster_dev.query_warehouse(
                "SELECT strftime(snapshot_hour, '%Y-%m-%d-%H:00'), user_id, delivery FROM twitch.alerts"
            )
        except duckdb.CatalogException:
            return None
        rows = [row for row in rows if row[0] in ours]
        hours = {row[0] for row in rows}
        texts = [text for text in dagster_dev.webhook.texts if any(_in_message(hour, text) for hour in hours)]
        done = set(BACKFILL_PARTITIONS) & hours and all(row[2] == "sent" for row in rows) and len(texts) == len(hours)
        return (rows, texts) if done else None

    rows, texts = wait_for(all_posted, timeout_s=150, every_s=3, what="the high-risk sensor to alert and post")
    users = [user for _, user, _ in rows]
    assert len(users) == len(set(users)), "a streamer was alerted twice within the lookback window"
    assert all(text.startswith(":rotating_light:") for text in texts)


def _in_message(partition: str, text: str) -> bool:
    """Whether an alert message is about ``partition`` (its first line names the snapshot hour)."""
    return f"the {snapshot_hour(partition):%Y-%m-%d %H:00} UTC snapshot" in text.splitlines()[0]


# --- a real browser ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def browser() -> Iterator["webdriver.Chrome"]:
    webdriver = pytest.importorskip("selenium.webdriver")
    if CHROMEDRIVER is None:
        missing = "chromedriver is not installed (Debian: apt-get install chromium chromium-driver)"
        pytest.fail(missing) if os.environ.get("CI") else pytest.skip(missing)
    options = webdriver.ChromeOptions()
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1920,1080",
        f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        yield driver
    finally:
        driver.quit()


def visible_text(driver) -> str:
    return driver.find_element("tag name", "body").text


# The graph re-renders its nodes while it lays out, so an element found in one call can be gone by
# the next: the page is read, and a node clicked, inside one script each, atomically.
GRAPH_NODE_LABELS = """
const found = document.evaluate("//*[local-name()='foreignObject']//div", document, null,
                                XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
return Array.from({length: found.snapshotLength}, (_, i) => found.snapshotItem(i).textContent);
"""
CLICK_GRAPH_NODE = """
const node = Array.from(document.querySelectorAll('div')).find(
    d => d.closest('foreignObject')
         && Array.from(d.childNodes).some(n => n.nodeType === Node.TEXT_NODE && n.nodeValue === arguments[0]));
if (node) node.click();
return Boolean(node);
"""
OPEN_METADATA_MARKDOWN = """
const row = Array.from(document.querySelectorAll('tr')).find(tr => Array.from(tr.children).some(
    td => td.tagName === 'TD' && td.textContent.trim() === arguments[0]));
const link = row && Array.from(row.querySelectorAll('a')).find(a => a.textContent.includes('Show Markdown'));
if (link) link.click();
return Boolean(link);
"""
DIALOG_TABLE = """
const table = document.querySelector("[role='dialog'] table");
if (!table) return null;
const texts = cells => Array.from(cells, cell => cell.innerText.trim());
if (!table.querySelector('tbody tr')) return null;
return {header: texts(table.querySelectorAll('thead th')),
        rows: Array.from(table.querySelectorAll('tbody tr'), tr => texts(tr.querySelectorAll(':scope > td')))};
"""


def test_the_asset_graph_shows_the_whole_lineage(dagster_dev, browser):
    browser.get(f"{dagster_dev.url}/asset-groups")
    groups = sorted({spec.group_name for spec in defs.resolve_all_asset_specs()})
    wait_for(lambda: set(groups) <= set(browser.execute_script(GRAPH_NODE_LABELS)), timeout_s=60,
             what="every asset group in the graph")
    # Groups start collapsed; open each as a person would, by clicking it.
    for group in groups:
        wait_for(lambda: browser.execute_script(CLICK_GRAPH_NODE, group), timeout_s=60, every_s=0.5,
                 what=f"the {group} group in the asset graph")
        time.sleep(0.5)
    browser.refresh()  # re-lays out and fits the expanded graph to the window

    def names_in_graph():
        return set(LINEAGE) <= set(browser.execute_script(GRAPH_NODE_LABELS))

    wait_for(names_in_graph, timeout_s=60, what="every asset in the graph")
    wait_for(lambda: "Loading" not in visible_text(browser), timeout_s=30, what="the asset nodes' status")
    browser.save_screenshot(str(SCREENSHOTS / "asset_graph.png"))


def test_a_compliance_scores_materialization_shows_its_leaderboard(dagster_dev, browser):
    partition = BACKFILL_PARTITIONS[-1]
    flagged = dict(
        dagster_dev.query_warehouse(
            "SELECT user_login, round(risk_score) FROM twitch.compliance_scores WHERE snapshot_hour = ? AND flagged",
            [snapshot_hour(partition)],
        )
    )
    assert flagged, f"nobody was flagged in {partition}: no leaderboard to look for"
    browser.get(f"{dagster_dev.url}/assets/compliance_scores?view=events&partition={partition}")
    # The materialization's metadata table; the leaderboard opens from its row, as a person would.
    wait_for(lambda: browser.execute_script(OPEN_METADATA_MARKDOWN, LEADERBOARD), timeout_s=60,
             what=f"the {LEADERBOARD} metadata of {partition}")
    table = wait_for(lambda: browser.execute_script(DIALOG_TABLE), timeout_s=30, what="the leaderboard")
    browser.save_screenshot(str(SCREENSHOTS / "compliance_scores_leaderboard.png"))
    header, rows = table["header"], table["rows"]
    assert {"streamer", "risk", "reasons"} <= set(header)
    shown = {cells[header.index("streamer")]: float(cells[header.index("risk")]) for cells in rows}
    risks = [float(cells[header.index("risk")]) for cells in rows]
    assert shown and set(shown) <= set(flagged)  # only the hour's flagged streamers
    assert risks == sorted(risks, reverse=True) and risks[0] == max(flagged.values())  # riskiest first
