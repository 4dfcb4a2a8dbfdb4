"""Many simultaneous creations of one name make one row (migration 0004: the database enforces it,
NULL parent or department included); the others answer the existing row or Zou's 400."""

import asyncio
import uuid

import pytest
from sqlalchemy import func, select

from app.core.unit_of_work import run_in_unit_of_work
from app.models import Entity, TaskType

AT_ONCE = 40


async def _all_at_once(client, method: str, url: str, body: dict, headers: dict) -> list:
    return await asyncio.gather(
        *(client.request(method, url, json=body, headers=headers) for _ in range(AT_ONCE))
    )


def _answered(responses: list, created: set[int]) -> None:
    for response in responses:
        assert response.status_code in created | {400}, response.text
        if response.status_code == 400:
            body = response.json()
            assert body.get("message"), (
                body
            )  # Zou's 400: `{"error": true, "message", "data"}` or CRUD's `{message}`


async def _count(model, **criteria) -> int:
    async with run_in_unit_of_work() as uow:
        query = select(func.count()).select_from(model)
        for key, value in criteria.items():
            query = query.where(getattr(model, key) == value)
        return (await uow.get_session().execute(query)).scalar_one()


@pytest.mark.parametrize("kind", ["sequences", "episodes"])
async def test_one_sequence_or_episode_without_parent(client, admin_headers, studio, kind):
    name = f"Race {kind}"
    url = f"/data/projects/{studio.project}/{kind}"
    _answered(await _all_at_once(client, "POST", url, {"name": name}, admin_headers), {200, 201})
    assert await _count(Entity, name=name, project_id=uuid.UUID(studio.project)) == 1
    again = await client.post(url, json={"name": name}, headers=admin_headers)
    assert again.status_code in (200, 201)  # Zou's answer, one at a time: the existing row


async def test_one_task_type_without_department(client, admin_headers):
    body = {"name": "Racing", "for_entity": "Shot"}
    _answered(await _all_at_once(client, "POST", "/data/task-types", body, admin_headers), {201})
    assert await _count(TaskType, name="Racing") == 1


async def test_assets_of_one_name_stay_allowed(client, admin_headers, studio):
    """Zou creates a second asset of the same name and type: the triggers leave assets alone."""
    url = f"/data/projects/{studio.project}/asset-types/{studio.character}/assets/new"
    for _ in range(2):
        assert (await client.post(url, json={"name": "Twin"}, headers=admin_headers)).status_code == 201
    assert await _count(Entity, name="Twin") == 2


async def test_a_sequence_renamed_onto_another_is_refused(client, admin_headers, studio):
    url = f"/data/projects/{studio.project}/sequences"
    first = (await client.post(url, json={"name": "SQ01"}, headers=admin_headers)).json()
    second = (await client.post(url, json={"name": "SQ02"}, headers=admin_headers)).json()
    assert first["id"] != second["id"]
    response = await client.put(
        f"/data/entities/{second['id']}", json={"name": "SQ01"}, headers=admin_headers
    )
    assert response.status_code == 400
