"""`POST /data/search`: word-prefix matching over persons, assets and shots, what matched, pages,
the productions and entities each caller may see, and bad bodies."""

import uuid

from sqlalchemy import update

from app.core.unit_of_work import run_in_unit_of_work
from tests.crud.conftest import add_to_team, assign

URL = "/data/search"


async def _set(model_name: str, row_id: str, **values) -> None:
    from app import models

    model = getattr(models, model_name)
    async with run_in_unit_of_work() as uow:
        await uow.get_session().execute(update(model).where(model.id == uuid.UUID(row_id)).values(**values))


async def _search(client, headers, query: str, **body) -> dict:
    response = await client.post(URL, json={"query": query, **body}, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def _names(rows: list[dict]) -> list[str]:
    return [row["name"] for row in rows]


async def test_short_query_and_index_names(client, admin_headers, studio):
    assert await _search(client, admin_headers, "he") == {}
    assert await _search(client, admin_headers, "her", index_names=["assets"]) == {"assets": [_any()]}
    assert await _search(client, admin_headers, "her", index_names=["nope"]) == {}
    assert await _search(client, admin_headers, "---") == {"persons": [], "assets": [], "shots": []}


def _any():
    class Any:
        def __eq__(self, other):
            return True

    return Any()


async def test_assets_and_what_matched(client, admin_headers, studio):
    await _set(
        "Entity", studio.asset, description="The big red dragon", data={"color": "crimson", "size": 12}
    )
    result = await _search(client, admin_headers, "hero")
    assert set(result) == {"persons", "assets", "shots"}
    (asset,) = result["assets"]
    assert (asset["id"], asset["type"], asset["project_name"], asset["asset_type_name"]) == (
        studio.asset,
        "Asset",
        "Big Buck",
        "Character",
    )
    assert (asset["preview_file_extension"], asset["matched_terms"]) == (None, ["name"])
    assert asset["data"] == {"color": "crimson", "size": 12} and asset["description"] == "The big red dragon"
    assert result["shots"] == [] and result["persons"] == []
    assert (await _search(client, admin_headers, "drag"))["assets"][0]["matched_terms"] == ["description"]
    assert (await _search(client, admin_headers, "CRIMS"))["assets"][0]["matched_terms"] == ["color"]
    assert (await _search(client, admin_headers, "charac her"))["assets"][0]["matched_terms"] == ["name"]
    # Every word must match; keys of the metadata are not searched; words match from their start.
    assert (await _search(client, admin_headers, "hero zebra"))["assets"] == []
    assert (await _search(client, admin_headers, "colo"))["assets"] == []
    assert (await _search(client, admin_headers, "ero"))["assets"] == []


async def test_shots(client, admin_headers, studio, show):
    await _set("Entity", show.shot, name="SH_E-010", data={"frame_in": 1001, "mood": "gloomy"})
    result = await _search(client, admin_headers, "sh0")
    assert _names(result["shots"]) == ["SH010"]
    assert result["shots"][0]["sequence_name"] == "SQ01" and "episode" not in result["shots"][0]
    both = await _search(client, admin_headers, "sh_", limit=10)
    assert _names(both["shots"]) == ["SH_E-010", "SH010"]  # by `episode sequence name`
    tv = await _search(client, admin_headers, "e01 010")
    assert _names(tv["shots"]) == ["SH_E-010"] and "episode" not in tv["shots"][0]
    await _set("Project", studio.project, production_type="tvshow")
    shot = (await _search(client, admin_headers, "e01 010"))["shots"][0]
    assert (shot["episode"], shot["episode_id"], shot["sequence_name"]) == ("E01", show.episode, "SQ_E")
    assert shot["matched_terms"] == ["name"]
    assert (await _search(client, admin_headers, "glo"))["shots"][0]["matched_terms"] == ["mood"]
    assert (await _search(client, admin_headers, "1001"))["shots"] == []


async def test_pages_and_productions(client, admin_headers, studio, show):
    await _set("Entity", show.episode_asset, name="Hero_two")
    result = await _search(client, admin_headers, "hero", limit=5)
    assert _names(result["assets"]) == ["Hero", "Hero_two"]
    assert _names((await _search(client, admin_headers, "hero", limit=1, offset=1))["assets"]) == ["Hero_two"]
    assert (await _search(client, admin_headers, "hero", offset=2))["assets"] == []
    scoped = await _search(client, admin_headers, "hero", project_id=studio.project, limit=5)
    assert len(scoped["assets"]) == 2
    # A closed production is never searched, even when asked for.
    closed = await _search(client, admin_headers, "hero", project_id=studio.closed_project)
    assert closed["assets"] == [] and closed["shots"] == []
    await _set("Project", studio.project, project_status_id=uuid.UUID(studio.closed_status))
    assert (await _search(client, admin_headers, "hero"))["assets"] == []


async def test_persons(client, admin_headers, studio, make_person, member):
    jane, _ = await make_person("user", first_name="Jane", last_name="Doe-Smith")
    await make_person("user", first_name="Janet", last_name="Gone", active=False)
    await make_person("user", first_name="Janis", last_name="Guest", is_guest=True)
    full = (await _search(client, admin_headers, "jan"))["persons"]
    assert [p["id"] for p in full] == [jane["id"]]
    assert full[0]["email"] == jane["email"] and "password" not in full[0]
    assert full[0]["matched_terms"] == ["name"]
    assert [p["id"] for p in (await _search(client, admin_headers, "smi"))["persons"]] == [jane["id"]]
    _, artist = await member("user")
    minimal = (await _search(client, artist, "jane do"))["persons"]
    assert [p["id"] for p in minimal] == [jane["id"]] and "email" not in minimal[0]
    assert minimal[0]["full_name"] == "Jane Doe-Smith" and minimal[0]["departments"] == []


async def test_what_each_caller_sees(client, studio, show, member, make_person):
    _, artist = await member("user")
    assert _names((await _search(client, artist, "hero"))["assets"]) == ["Hero"]
    _, outsider = await member("user", in_team=False)
    assert (await _search(client, outsider, "hero"))["assets"] == []
    assert (await _search(client, outsider, "hero", project_id=studio.project))["assets"] == []
    # Vendors: the entities of their tasks only, without other departments' metadata.
    vendor, vendor_headers = await member("vendor")
    assert (await _search(client, vendor_headers, "hero"))["assets"] == []
    await assign(studio.task, vendor["id"])
    assert _names((await _search(client, vendor_headers, "hero"))["assets"]) == ["Hero"]
    assert (await _search(client, vendor_headers, "sh0"))["shots"] == []
    person, headers = await make_person("user")
    await add_to_team(studio.project, person["id"], "vendor")
    assert (await _search(client, headers, "hero"))["assets"] == []
    assert (await client.post(URL, json={"query": "hero"})).status_code == 401


async def test_vendor_metadata_is_masked(client, admin_headers, studio, member):
    from app import models

    await _set("Entity", studio.asset, data={"secret": "budget", "look": "bright"})
    async with run_in_unit_of_work() as uow:
        s = uow.get_session()
        descriptor = models.MetadataDescriptor(
            project_id=uuid.UUID(studio.project), entity_type="Asset", name="Secret", field_name="secret"
        )
        s.add(descriptor)
        await s.flush()
        s.add(
            models.DepartmentMetadataDescriptorLink(
                metadata_descriptor_id=descriptor.id, department_id=uuid.UUID(studio.animation_department)
            )
        )
    vendor, vendor_headers = await member("vendor")
    await assign(studio.task, vendor["id"])
    seen = (await _search(client, vendor_headers, "bright"))["assets"]
    assert seen[0]["data"] == {"look": "bright"} and seen[0]["matched_terms"] == ["look"]
    assert (await _search(client, vendor_headers, "budget"))["assets"] == []
    assert (await _search(client, admin_headers, "budget"))["assets"][0]["matched_terms"] == ["secret"]


async def test_kitsu_shows_the_search_bar(client):
    assert (await client.get("/config")).json()["indexer_configured"] is True


async def test_bad_bodies(client, admin_headers):
    for body, field in (
        ({}, "query"),
        ({"query": "hero", "limit": 0}, "limit"),
        ({"query": "hero", "offset": -1}, "offset"),
        ({"query": "hero", "project_id": "nope"}, "project_id"),
        ({"query": "hero", "index_names": "assets"}, "index_names"),
    ):
        response = await client.post(URL, json=body, headers=admin_headers)
        assert response.status_code == 400, body
        assert response.json()["data"]["errors"][0]["field"] == field
    malformed = await client.post(
        URL, content=b"{", headers={**admin_headers, "Content-Type": "application/json"}
    )
    assert malformed.status_code == 400
    not_object = await client.post(URL, json=["hero"], headers=admin_headers)
    assert not_object.status_code == 400 and not_object.json()["data"]["errors"][0]["message"] == (
        "Input should be a valid dictionary or instance of SearchSchema"  # Zou's model name
    )
