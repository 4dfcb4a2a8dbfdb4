"""gazu 1.3.1 against a live server: the asset, casting and concept functions of a pipeline script.

The server is started from `serve()` below, which mounts the assets, breakdown, entities and
concepts routers on the application (a no-op once app/main.py includes them)."""

import os
import subprocess
import sys

import gazu
import pytest

from tests.helpers.seed import ADMIN_EMAIL, PASSWORD
from tests.integration.conftest import ROOT, _free_port, _stop, _wait_ready


def serve():
    """uvicorn factory: the application with the entity routers mounted."""
    from app.main import app
    from tests.assets.support import mount

    mount(app)
    return app


@pytest.fixture
def entity_server():
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "tests.integration.test_gazu_assets:serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(command, cwd=ROOT, env=os.environ.copy(), stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, server)
        yield url
    finally:
        _stop(server)


@pytest.fixture
def kitsu(entity_server):
    gazu.set_host(entity_server + "/api")
    gazu.log_in(ADMIN_EMAIL, PASSWORD)
    yield gazu
    try:
        gazu.log_out()
    except gazu.exception.NotAuthenticatedException:
        pass


def _temporal(kitsu, project: dict, type_name: str, name: str, parent: dict | None = None) -> dict:
    entity_type = kitsu.entity.get_entity_type_by_name(type_name) or kitsu.entity.new_entity_type(type_name)
    data = {"name": name, "project_id": project["id"], "entity_type_id": entity_type["id"]}
    if parent is not None:
        data["parent_id"] = parent["id"]
    return kitsu.client.create("entities", data)


def test_assets_and_asset_types(kitsu):
    project = kitsu.project.new_project("Gazu Assets")
    character = kitsu.asset.get_asset_type_by_name("Character")
    assert character["name"] in {row["name"] for row in kitsu.asset.all_asset_types()}
    assert kitsu.asset.get_asset_type(character["id"])["type"] == "AssetType"

    hero = kitsu.asset.new_asset(project, character, "Hero", description="main", extra_data={"age": 30})
    assert kitsu.asset.new_asset(project, character, "Hero")["id"] == hero["id"]  # found by name
    assert kitsu.asset.get_asset_by_name(project, "Hero", character)["id"] == hero["id"]
    assert [asset["id"] for asset in kitsu.asset.all_assets_for_project(project)] == [hero["id"]]
    assert [row["id"] for row in kitsu.asset.all_assets_for_project_and_type(project, character)] == [
        hero["id"]
    ]
    assert [row["id"] for row in kitsu.asset.all_asset_types_for_project(project)] == [character["id"]]

    page = kitsu.asset.get_asset(hero["id"])
    assert page["asset_type_name"] == "Character" and page["project_name"] == "Gazu Assets"
    assert page["tasks"] == [] and page["data"] == {"age": 30}

    hero["description"] = "the hero"
    assert kitsu.asset.update_asset(hero)["description"] == "the hero"

    prop_type = kitsu.asset.new_asset_type("Gazu Prop")
    sword = kitsu.asset.new_asset(project, prop_type, "Sword")
    instance = kitsu.asset.new_asset_asset_instance(hero, sword, description="on the back")
    assert instance["name"] == "Sword_0001" and instance["target_asset_id"] == hero["id"]
    instances = kitsu.asset.all_asset_instances_for_asset(hero)
    assert [row["id"] for row in instances[sword["id"]]] == [instance["id"]]
    assert kitsu.asset.all_scene_asset_instances_for_asset(sword) == {"None": [instance]}
    assert kitsu.asset.all_shot_asset_instances_for_asset(sword) == {}

    kitsu.asset.remove_asset(sword, force=True)
    assert kitsu.asset.get_asset_by_name(project, "Sword") is None
    kitsu.asset.remove_asset(hero)
    assert kitsu.asset.get_asset_by_name(project, "Hero") is None


def test_casting(kitsu):
    project = kitsu.project.new_project("Gazu Casting")
    character = kitsu.asset.get_asset_type_by_name("Character")
    hero = kitsu.asset.new_asset(project, character, "Hero")
    villain = kitsu.asset.new_asset(project, character, "Villain")
    episode = _temporal(kitsu, project, "Episode", "E01")
    sequence = _temporal(kitsu, project, "Sequence", "SQ01", episode)
    shot = _temporal(kitsu, project, "Shot", "SH010", sequence)

    casting = [{"asset_id": hero["id"], "nb_occurences": 2}]
    assert kitsu.casting.update_shot_casting(project, shot, casting) == casting
    (entry,) = kitsu.casting.get_shot_casting(shot)
    assert entry["asset_id"] == hero["id"] and entry["nb_occurences"] == 2
    (cast_in,) = kitsu.casting.get_asset_cast_in(hero)
    assert cast_in["shot_id"] == shot["id"] and cast_in["episode_id"] == episode["id"]
    assert list(kitsu.casting.get_sequence_casting(sequence)) == [shot["id"]]
    assert list(kitsu.casting.get_project_shots_casting(project)) == [shot["id"]]
    assert list(kitsu.casting.get_episode_shots_casting(project, episode)) == [shot["id"]]
    # The shot's episode got the asset too.
    assert [row["asset_id"] for row in kitsu.casting.get_episodes_casting(project)[episode["id"]]] == [
        hero["id"]
    ]
    assert [row["id"] for row in kitsu.asset.all_asset_types_for_shot(shot)] == [character["id"]]
    kitsu.casting.update_asset_casting(project, hero, [{"asset_id": villain["id"], "nb_occurences": 1}])
    assert [row["asset_id"] for row in kitsu.casting.get_asset_casting(hero)] == [villain["id"]]
    assert list(kitsu.casting.get_asset_type_casting(project, character)) == [hero["id"]]

    cast = kitsu.casting.cast_asset(project, [shot], villain, nb_occurences=3, label="fixed")
    assert {row["asset_id"] for row in cast[shot["id"]]} == {hero["id"], villain["id"]}
    kitsu.casting.uncast_asset(project, [shot], villain)
    assert [row["asset_id"] for row in kitsu.casting.get_shot_casting(shot)] == [hero["id"]]
    links = kitsu.casting.all_entity_links_for_project(project)
    assert {(row["entity_in_id"], row["entity_out_id"]) for row in links} >= {(shot["id"], hero["id"])}


def test_concepts(kitsu):
    project = kitsu.project.new_project("Gazu Concepts")
    character = kitsu.asset.get_asset_type_by_name("Character")
    hero = kitsu.asset.new_asset(project, character, "Hero")
    concept = kitsu.concept.new_concept(project, "Mood", description="dark", entity_concept_links=[hero])
    assert kitsu.concept.new_concept(project, "Mood")["id"] == concept["id"]
    assert kitsu.concept.get_concept_by_name(project, "Mood")["id"] == concept["id"]
    assert [row["id"] for row in kitsu.concept.all_concepts_for_project(project)] == [concept["id"]]
    assert concept["id"] in {row["id"] for row in kitsu.concept.all_concepts()}
    page = kitsu.concept.get_concept(concept["id"])
    assert page["entity_concept_links"] == [hero["id"]] and page["project_name"] == "Gazu Concepts"
    assert kitsu.concept.all_previews_for_concept(concept) == {}
    concept["description"] = "darker"
    assert kitsu.concept.update_concept(concept)["description"] == "darker"
    kitsu.concept.remove_concept(concept)
    assert kitsu.concept.get_concept_by_name(project, "Mood") is None


def test_remove_entities(kitsu):
    project = kitsu.project.new_project("Gazu Removals")
    character = kitsu.asset.get_asset_type_by_name("Character")
    hero = kitsu.asset.new_asset(project, character, "Hero")
    assert kitsu.entity.remove_entities(project, [hero]) == [hero["id"]]
    assert kitsu.asset.get_asset_by_name(project, "Hero") is None
