"""Production budgets and their salary lines, for the project's managers."""

import datetime
import uuid

from tests.crud.conftest import events_named
from tests.projects.support import insert, rows

BUDGETS = "/data/projects/{}/budgets"


async def test_budget_lifecycle(client, studio, member):
    _, manager = await member("manager")
    url = BUDGETS.format(studio.project)
    first = await client.post(url, json={"name": "Main", "amount": 10}, headers=manager)
    assert first.status_code == 200
    assert (first.json()["revision"], first.json()["currency"], first.json()["type"]) == (1, "USD", "Budget")
    second = (await client.post(url, json={"name": "Revised", "currency": "EUR"}, headers=manager)).json()
    assert second["revision"] == 2
    listed = (await client.get(url, headers=manager)).json()
    assert [row["name"] for row in listed] == ["Main", "Revised"] and "type" not in listed[0]
    budget_url = f"{url}/{first.json()['id']}"
    assert (await client.get(budget_url, headers=manager)).json()["name"] == "Main"
    changed = await client.put(budget_url, json={"currency": "JPY"}, headers=manager)
    assert (
        changed.status_code == 200
        and changed.json()["currency"] == "JPY"
        and changed.json()["name"] == "Main"
    )
    assert (await client.delete(budget_url, headers=manager)).status_code == 204
    assert [str(row.id) for row in await rows("Budget", project_id=studio.project)] == [second["id"]]
    names = [
        (name, len(await events_named(name))) for name in ("budget:create", "budget:update", "budget:delete")
    ]
    assert names == [("budget:create", 2), ("budget:update", 1), ("budget:delete", 1)]


async def test_budget_refusals(client, studio, member):
    _, supervisor = await member("supervisor")
    _, manager = await member("manager")
    url = BUDGETS.format(studio.project)
    assert (await client.get(url, headers=supervisor)).status_code == 403
    assert (await client.post(url, json={"name": "X"}, headers=supervisor)).status_code == 403
    assert (await client.post(url, json={"currency": "EUR"}, headers=manager)).status_code == 400
    assert (
        await client.post(url, json={"name": "X", "currency": "EURO"}, headers=manager)
    ).status_code == 400
    other = await insert("Budget", name="Elsewhere", project_id=studio.closed_project)
    assert (await client.get(f"{url}/{other}", headers=manager)).status_code == 404
    assert (await client.put(f"{url}/{other}", json={"name": "Y"}, headers=manager)).status_code == 404
    assert (await client.delete(f"{url}/{uuid.uuid4()}", headers=manager)).status_code == 404
    assert (await rows("Budget", id=other))[0].name == "Elsewhere"
    assert await rows("Budget", project_id=studio.project) == []


async def test_entries(client, studio, member):
    _, manager = await member("manager")
    _, artist = await member("user")
    budget = await insert("Budget", name="Main", project_id=studio.project)
    url = f"{BUDGETS.format(studio.project)}/{budget}/entries"
    body = {
        "department_id": studio.modeling_department,
        "start_date": "2030-01-01",
        "months_duration": 3,
        "daily_salary": 250,
    }
    assert (await client.post(url, json=body, headers=artist)).status_code == 403
    created = await client.post(url, json=body, headers=manager)
    assert created.status_code == 200
    entry = created.json()
    assert (entry["position"], entry["seniority"], entry["exceptions"]) == ("artist", "mid", {})
    assert entry["daily_salary"] == 250 and entry["start_date"] == "2030-01-01"
    entry_url = f"{url}/{entry['id']}"
    changed = await client.put(
        entry_url, json={"months_duration": 5, "exceptions": {"2030-01": 2, "2030-02": 0}}, headers=manager
    )
    assert changed.status_code == 200
    assert (changed.json()["months_duration"], changed.json()["exceptions"]) == (5, {"2030-01": 2})
    assert changed.json()["daily_salary"] == 250  # untouched
    listed = (await client.get(url, headers=manager)).json()
    assert [row["id"] for row in listed] == [entry["id"]] and "type" not in listed[0]
    assert (await client.get(entry_url, headers=manager)).json()["type"] == "BudgetEntry"
    assert (await client.get(entry_url, headers=artist)).status_code == 403
    assert (await client.delete(entry_url, headers=manager)).status_code == 204
    assert await rows("BudgetEntry", budget_id=budget) == []
    assert await events_named("budget-entry:delete") == [
        {"budget_id": budget, "budget_entry_id": entry["id"], "project_id": studio.project}
    ]


async def test_entry_refusals(client, studio, member):
    _, manager = await member("manager")
    budget = await insert("Budget", name="Main", project_id=studio.project)
    url = f"{BUDGETS.format(studio.project)}/{budget}/entries"
    incomplete = await client.post(url, json={"department_id": studio.modeling_department}, headers=manager)
    assert incomplete.status_code == 400
    bad_department = {
        "department_id": str(uuid.uuid4()),
        "start_date": "2030-01-01",
        "months_duration": 1,
        "daily_salary": 1,
    }
    assert (await client.post(url, json=bad_department, headers=manager)).status_code == 400
    bad_date = {**bad_department, "department_id": studio.modeling_department, "start_date": "soon"}
    assert (await client.post(url, json=bad_date, headers=manager)).status_code == 400
    entry = await insert(
        "BudgetEntry",
        budget_id=budget,
        department_id=studio.modeling_department,
        start_date=datetime.date(2030, 1, 1),
        months_duration=1,
        daily_salary=1,
    )
    nulled = await client.put(f"{url}/{entry}", json={"daily_salary": None}, headers=manager)
    assert nulled.status_code == 400
    assert (await client.put(f"{url}/{entry}", json={"position": "boss"}, headers=manager)).status_code == 400
    assert (await rows("BudgetEntry", id=entry))[0].daily_salary == 1
    assert await rows("BudgetEntry", budget_id=budget) != []


async def test_month_time_spents(client, admin_headers, studio, member):
    artist, _ = await member("user")
    await insert(
        "TimeSpent", task_id=studio.task, person_id=artist["id"], date=datetime.date(2030, 1, 31), duration=60
    )
    await insert(
        "TimeSpent", task_id=studio.task, person_id=artist["id"], date=datetime.date(2030, 2, 1), duration=30
    )
    url = f"{BUDGETS.format(studio.project)}/time-spents"
    response = await client.get(url, headers=admin_headers)
    assert response.status_code == 200
    assert response.json() == {
        studio.modeling_department: {"total": 90, artist["id"]: {"total": 90, "2030-01": 60, "2030-02": 30}}
    }
    _, manager = await member("manager")
    assert (await client.get(url, headers=manager)).status_code == 403


async def test_entry_reads_and_deletes_need_a_manager(client, studio, member):
    _, supervisor = await member("supervisor")
    budget = await insert("Budget", name="Main", project_id=studio.project)
    entry = await insert(
        "BudgetEntry",
        budget_id=budget,
        department_id=studio.modeling_department,
        start_date=datetime.date(2030, 1, 1),
        months_duration=1,
        daily_salary=1,
    )
    url = f"{BUDGETS.format(studio.project)}/{budget}/entries"
    assert (await client.get(url, headers=supervisor)).status_code == 403
    assert (
        await client.put(f"{url}/{entry}", json={"months_duration": 2}, headers=supervisor)
    ).status_code == 403
    assert (await client.delete(f"{url}/{entry}", headers=supervisor)).status_code == 403
    assert (await rows("BudgetEntry", id=entry))[0].months_duration == 1


async def test_salary_scales_list_departments_in_creation_order(client, admin_headers):
    """Zou makes the missing scales department by department in the table's order (its creation
    order), not in the order of the ids (SQLite read them from the primary key index)."""
    high, low = (
        uuid.UUID("ffffffff-ffff-4fff-bfff-ffffffffffff"),
        uuid.UUID("00000000-0000-4000-8000-000000000001"),
    )
    zeta = await insert("Department", id=high, name="Zeta", color="#000000")
    alpha = await insert("Department", id=low, name="Alpha", color="#000000")
    listed = (await client.get("/data/salary-scales", headers=admin_headers)).json()
    departments = [scale["department_id"] for scale in listed if scale["department_id"] in (zeta, alpha)]
    assert departments == [zeta] * 9 + [alpha] * 9  # Zeta made first, though its id sorts last


async def test_salary_scales_list_reads_no_query_string(client, admin_headers):
    """Zou's salary scales list answers every scale whatever the query string: no filter, page
    nor relations (a studio's pay grid is read whole)."""
    everything = (await client.get("/data/salary-scales", headers=admin_headers)).json()
    department = everything[0]["department_id"]
    query = {"department_id": department, "page": "1", "relations": "true", "position": "lead"}
    assert (await client.get("/data/salary-scales", params=query, headers=admin_headers)).json() == everything
    assert len({scale["department_id"] for scale in everything}) > 1
