"""Person avatars over HTTP: upload, thumbnail made by a job (in-process or arq), download."""

import uuid

import pytest
import pyvips
from sqlalchemy import select

from app.core.config import get_settings
from app.core.unit_of_work import run_in_unit_of_work
from app.models import ApiEvent, Person
from app.worker import drain
from tests.helpers.backends import picture, run_arq_worker_burst, running_arq_worker

THUMB = "/pictures/thumbnails/persons/{}"


def upload(data: bytes, name: str = "me.jpg") -> dict:
    return {"file": (name, data, "application/octet-stream")}


def uploads_left() -> list:
    folder = get_settings().preview_folder / "pictures" / "uploads"
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


async def has_avatar(person_id) -> bool:
    async with run_in_unit_of_work() as uow:
        person = await uow.get_session().get(Person, uuid.UUID(str(person_id)))
        return bool(person.has_avatar)


async def event_names(person_id) -> list[str]:
    async with run_in_unit_of_work() as uow:
        rows = await uow.get_session().execute(select(ApiEvent.name, ApiEvent.data))
        return [name for name, data in rows if data.get("person_id") == str(person_id)]


async def test_user_uploads_own_avatar_in_process(client, make_person, no_redis):
    person, headers = await make_person("user")
    response = await client.post(THUMB.format(person["id"]), files=upload(picture()), headers=headers)
    assert response.status_code == 201
    assert response.json() == {"thumbnail_path": f"pictures/thumbnails/persons/{person['id']}.png"}

    # As with Zou, the avatar is there as soon as the upload is answered (gazu downloads it next).
    assert await has_avatar(person["id"])
    for path in (
        THUMB.format(person["id"]) + ".png",
        THUMB.format(person["id"]),
        "/api" + THUMB.format(person["id"]) + ".png",
    ):
        got = await client.get(path, headers=headers)
        assert got.status_code == 200, path
        assert got.headers["content-type"] == "image/png"
        image = pyvips.Image.new_from_buffer(got.content, "")
        assert (image.width, image.height, image.bands) == (400, 400, 4)
    await drain()
    assert await event_names(person["id"]) == ["person:update", "person:set-thumbnail"]
    assert uploads_left() == []


async def test_avatar_made_by_a_running_arq_worker(client, make_person, with_redis):
    person, headers = await make_person("user")
    async with running_arq_worker(with_redis):
        url = THUMB.format(person["id"]) + ".png"
        response = await client.post(url, files=upload(picture(300, 500)), headers=headers)
        assert response.status_code == 201
        got = await client.get(url, headers=headers)
    assert got.status_code == 200
    assert pyvips.Image.new_from_buffer(got.content, "").width == 400
    assert await has_avatar(person["id"])


async def test_avatar_waits_in_the_queue_without_a_worker(client, make_person, with_redis):
    person, headers = await make_person("user")
    response = await client.post(THUMB.format(person["id"]), files=upload(picture()), headers=headers)
    assert response.status_code == 201  # answered at once: no worker is alive to wait for
    assert (await client.get(THUMB.format(person["id"]) + ".png", headers=headers)).status_code == 404
    assert not await has_avatar(person["id"])

    await run_arq_worker_burst(with_redis)
    assert await has_avatar(person["id"])
    assert (await client.get(THUMB.format(person["id"]) + ".png", headers=headers)).status_code == 200


async def test_admin_may_set_anyone_avatar_others_may_not(client, make_person, admin_headers, no_redis):
    person, _ = await make_person("user")
    _, manager_headers = await make_person("manager")
    url = THUMB.format(person["id"])
    denied = await client.post(url, files=upload(picture()), headers=manager_headers)
    assert denied.status_code == 403
    assert denied.json()["error"] is True
    assert (await client.post(url, files=upload(picture()), headers=admin_headers)).status_code == 201
    await drain()
    assert await has_avatar(person["id"])


async def test_bad_file_is_refused_and_nothing_written(client, make_person, no_redis):
    person, headers = await make_person("user")
    before = uploads_left()
    response = await client.post(
        THUMB.format(person["id"]), files=upload(b"%PDF-1.4 not a picture", "cv.pdf"), headers=headers
    )
    assert response.status_code == 400
    message = "Uploaded file is not a readable picture."  # Zou's words
    assert response.json() == {"error": True, "message": message, "data": None}
    await drain()
    assert uploads_left() == before
    assert not await has_avatar(person["id"])


async def test_missing_file_field_is_a_bad_request(client, make_person, no_redis):
    person, headers = await make_person("user")
    response = await client.post(THUMB.format(person["id"]), data={"other": "x"}, headers=headers)
    assert response.status_code == 400
    assert response.json() == {"error": True, "message": "File not provided.", "data": None}  # Zou's words


@pytest.mark.parametrize("instance_id", [str(uuid.uuid4()), "not-a-uuid"])
async def test_unknown_person_is_404(client, admin_headers, instance_id, no_redis):
    assert (
        await client.post(THUMB.format(instance_id), files=upload(picture()), headers=admin_headers)
    ).status_code == 404
    assert (await client.get(THUMB.format(instance_id) + ".png", headers=admin_headers)).status_code == 404


async def test_person_without_avatar_is_404(client, make_person, admin_headers):
    person, _ = await make_person("user")
    response = await client.get(THUMB.format(person["id"]) + ".png", headers=admin_headers)
    assert response.status_code == 404
    assert response.json()["error"] is True


async def test_avatar_routes_need_a_token(client, make_person):
    person, _ = await make_person("user")
    assert (await client.get(THUMB.format(person["id"]) + ".png")).status_code == 401
    assert (await client.post(THUMB.format(person["id"]), files=upload(picture()))).status_code == 401
