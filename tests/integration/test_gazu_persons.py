"""The real gazu 1.3.1 against a live server: the `gazu.person` functions of time sheets, days
off, presence, passwords, invitations, departments, two-factor authentication and avatars."""

import datetime as dt

import gazu
import pytest

from tests.persons.conftest import log_time


def _asset_task(client):
    project = client.project.new_project("Gazu Sheets")
    asset_type = client.asset.new_asset_type("Gazu Props")
    asset = client.asset.new_asset(project, asset_type, "Lamp")
    task_type = client.client.fetch_first("task-types", {"name": "Modeling", "for_entity": "Asset"})
    return client.task.new_task(asset, task_type)


async def test_time_sheets(gazu_client):
    client = gazu_client
    task = _asset_task(client)
    artist = client.person.new_person("Ada", "Sheet", "ada@example.com")
    await log_time(task["id"], artist["id"], "2024-03-04", 60)
    await log_time(task["id"], artist["id"], "2024-03-05", 30)

    ranged = client.person.get_time_spents_range(artist["id"], "2024-03-01", "2024-03-31")
    assert [row["duration"] for row in ranged] == [60, 30] and ranged[0]["project_id"] == task["project_id"]
    month = client.person.get_all_month_time_spents(artist["id"], dt.date(2024, 3, 1))
    assert [row["date"] for row in month] == ["2024-03-04", "2024-03-05"]
    assert [row["duration"] for row in client.person.get_time_spents_by_date(artist, "2024-03-05")] == [30]
    week = client.person.get_week_time_spents(artist, 2024, 10)
    assert [(row["task_id"], row["duration"]) for row in week] == [(task["id"], 90)]
    year = client.person.get_year_time_spents(artist, 2024)
    assert year[0]["entity_name"] == "Lamp" and year[0]["project_name"] == "Gazu Sheets"
    with pytest.raises(gazu.exception.ParameterException):
        client.person.get_week_time_spents(artist, 2024, 60)


def test_days_off(gazu_client):
    client = gazu_client
    artist = client.person.new_person("Bob", "Leave", "bob@example.com")
    day_off = client.person.new_day_off(artist, "2024-03-04", "2024-03-08", "Skiing")
    with pytest.raises(gazu.exception.ParameterException):
        client.person.new_day_off(artist, "2024-03-08", "2024-03-10")
    assert [row["id"] for row in client.person.get_day_offs(artist)] == [day_off["id"]]
    assert client.person.get_week_day_offs(artist, 2024, 10)[0]["description"] == "Skiing"
    assert [row["id"] for row in client.person.get_month_day_offs(artist, 2024, 3)] == [day_off["id"]]
    assert client.person.get_month_day_offs(artist, 2024, 4) == []
    assert len(client.person.get_year_day_offs(artist, 2024)) == 1
    client.person.remove_day_off(day_off)
    assert client.person.get_day_offs(artist) == []


def test_presence_and_accounts(gazu_client):
    client = gazu_client
    artist = client.person.new_person("Cy", "Account", "cy@example.com")
    client.client.post(f"data/persons/{artist['id']}/desktop-login-logs", {"date": "2024-02-03T10:00:00"})
    sheet = client.person.get_presence_log(2024, 2)
    row = next(line.split(";") for line in sheet.splitlines() if line.startswith("Cy Account"))
    assert row[3] == "X"

    assert client.person.change_password_for_person(artist, "a-long-password") == {"success": True}
    assert client.person.invite_person(artist) == {"success": True, "message": "Email sent"}

    department = client.person.get_department_by_name("Modeling")
    updated = client.person.add_person_to_department(artist, department)
    assert updated["departments"] == [department["id"]]
    client.person.remove_person_from_department(artist, department)
    assert client.person.get_person(artist["id"]).get("departments", []) == []

    with pytest.raises(gazu.exception.ParameterException):
        client.person.disable_two_factor_authentication(artist)
    client.person.clear_person_avatar(artist)
    assert client.person.get_person(artist["id"])["has_avatar"] is False
