"""The end-of-run report: table counts and the flagged leaderboard, read from the warehouse."""

import pandas as pd

from twitch_assets import report
from twitch_assets.schema import COMPLIANCE_SCORES, conform, create_table_sql
from twitch_assets.storage import warehouse_connection


def _score(user: str, risk: float, flagged: bool, reasons: list[str]) -> dict:
    row = {name: None for name in COMPLIANCE_SCORES}
    row.update(snapshot_hour=pd.Timestamp("2026-11-26 13:00"), user_id=user, user_login=f"login_{user}",
               stream_id=f"s{user}", game_name="Artifact", viewer_count=4200, risk_score=risk,
               risk_level="high" if flagged else "low", flagged=flagged, content_score=risk, evasion_score=10.0,
               violation_type="film_tv" if flagged else "none", reasons=reasons, judge="local:test",
               judge_status="verdict", judge_error="")
    return row


def test_report_prints_counts_and_the_flagged_leaderboard(tmp_path, monkeypatch, capsys):
    database = str(tmp_path / "twitch.duckdb")
    monkeypatch.setenv("TWITCH_DUCKDB_PATH", database)
    scores = conform(pd.DataFrame([_score("1", 91.0, True, ["full movie in an obscure category"]),
                                   _score("2", 3.0, False, [])]), COMPLIANCE_SCORES)
    with warehouse_connection(database) as connection:
        connection.execute("CREATE SCHEMA twitch")
        connection.execute(create_table_sql("twitch.compliance_scores", COMPLIANCE_SCORES))
        connection.register("scores", scores)
        connection.execute("INSERT INTO twitch.compliance_scores BY NAME SELECT * FROM scores")

    assert report.main(["--partition", "2026-11-26-13:00"]) == 0
    out = capsys.readouterr().out
    assert "twitch.compliance_scores" in out and "2 rows" in out
    assert "twitch.raw_stream_ids" in out and "missing" in out
    assert "login_1" in out and "full movie in an obscure category" in out
    assert "login_2" not in out


def test_the_default_warehouse_opens_in_plain_duckdb(tmp_path, monkeypatch):
    import duckdb

    from twitch_assets import settings

    monkeypatch.chdir(tmp_path)
    database = settings.duckdb_path({})
    (tmp_path / database).parent.mkdir(parents=True)
    scores = conform(pd.DataFrame([_score("1", 91.0, True, ["full movie"])]), COMPLIANCE_SCORES)
    with warehouse_connection(database) as connection:
        connection.execute("CREATE SCHEMA twitch")
        connection.execute(create_table_sql("twitch.compliance_scores", COMPLIANCE_SCORES))
        connection.register("scores", scores)
        connection.execute("INSERT INTO twitch.compliance_scores BY NAME SELECT * FROM scores")
    # What the README tells a person to type: the file opened as it is, the schema named as it is.
    with duckdb.connect(database, read_only=True) as plain:
        rows = plain.execute("SELECT user_login, risk_score FROM twitch.compliance_scores WHERE flagged").fetchall()
    assert rows == [("login_1", 91.0)]


def test_report_of_an_hour_without_scores_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TWITCH_DUCKDB_PATH", str(tmp_path / "twitch.duckdb"))
    with warehouse_connection(str(tmp_path / "twitch.duckdb")):
        pass
    assert report.main(["--partition", "2026-11-26-13:00"]) == 1
    assert "No compliance scores" in capsys.readouterr().out
