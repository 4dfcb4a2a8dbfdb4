"""gazu 1.3.1 against a live server: the asset, casting and concept functions of a pipeline script."""


def _temporal(gazu_client, project: dict, type_name: str, name: str, parent: dict | None = None) -> dict:
    entities = gazu_client.entity
    entity_type = entities.get_entity_type_by_name(type_name) or entities.new_entity_type(type_name)
    data = {"name": name, "project_id": project["id"], "entity_type_id": entity_type["id"]}
    if parent is not None:
        data["parent_id"] = parent["id"]
    return gazu_client.client.create("entities", data)


def test_assets_and_asset_types(gazu_client):
    project = gazu_client.project.new_project("Gazu Assets")
    character = gazu_client.asset.get_asset_type_by_name("Character")
    assert character["name"] in {row["name"] for row in gazu_client.asset.all_asset_types()}
    assert gazu_client.asset.get_asset_type(character["id"])["type"] == "AssetType"

    hero = gazu_client.asset.new_asset(project, character, "Hero", description="main", extra_data={"age": 30})
    assert gazu_client.asset.new_asset(project, character, "Hero")["id"] == hero["id"]  # found by name
    assert gazu_client.asset.get_asset_by_name(project, "Hero", character)["id"] == hero["id"]
    assert [asset["id"] for asset in gazu_client.asset.all_assets_for_project(project)] == [hero["id"]]
    assert [row["id"] for row in gazu_client.asset.all_assets_for_project_and_type(project, character)] == [
        hero["id"]
    ]
    assert [row["id"] for row in gazu_client.asset.all_asset_types_for_project(project)] == [character["id"]]

    page = gazu_client.asset.get_asset(hero["id"])
    assert page["asset_type_name"] == "Character" and page["project_name"] == "Gazu Assets"
    assert page["tasks"] == [] and page["data"] == {"age": 30}

    hero["description"] = "the hero"
    assert gazu_client.asset.update_asset(hero)["description"] == "the hero"

    prop_type = gazu_client.asset.new_asset_type("Gazu Prop")
    sword = gazu_client.asset.new_asset(project, prop_type, "Sword")
    instance = gazu_client.asset.new_asset_asset_instance(hero, sword, description="on the back")
    assert instance["name"] == "Sword_0001" and instance["target_asset_id"] == hero["id"]
    instances = gazu_client.asset.all_asset_instances_for_asset(hero)
    assert [row["id"] for row in instances[sword["id"]]] == [instance["id"]]
    assert gazu_client.asset.all_scene_asset_instances_for_asset(sword) == {"None": [instance]}
    assert gazu_client.asset.all_shot_asset_instances_for_asset(sword) == {}

    gazu_client.asset.remove_asset(sword, force=True)
    assert gazu_client.asset.get_asset_by_name(project, "Sword") is None
    gazu_client.asset.remove_asset(hero)
    assert gazu_client.asset.get_asset_by_name(project, "Hero") is None


def test_casting(gazu_client):
    project = gazu_client.project.new_project("Gazu Casting")
    character = gazu_client.asset.get_asset_type_by_name("Character")
    hero = gazu_client.asset.new_asset(project, character, "Hero")
    villain = gazu_client.asset.new_asset(project, character, "Villain")
    episode = _temporal(gazu_client, project, "Episode", "E01")
    sequence = _temporal(gazu_client, project, "Sequence", "SQ01", episode)
    shot = _temporal(gazu_client, project, "Shot", "SH010", sequence)

    casting = [{"asset_id": hero["id"], "nb_occurences": 2}]
    assert gazu_client.casting.update_shot_casting(project, shot, casting) == casting
    (entry,) = gazu_client.casting.get_shot_casting(shot)
    assert entry["asset_id"] == hero["id"] and entry["nb_occurences"] == 2
    (cast_in,) = gazu_client.casting.get_asset_cast_in(hero)
    assert cast_in["shot_id"] == shot["id"] and cast_in["episode_id"] == episode["id"]
    assert list(gazu_client.casting.get_sequence_casting(sequence)) == [shot["id"]]
    assert list(gazu_client.casting.get_project_shots_casting(project)) == [shot["id"]]
    assert list(gazu_client.casting.get_episode_shots_casting(project, episode)) == [shot["id"]]
    # The shot's episode got the asset too.
    assert [row["asset_id"] for row in gazu_client.casting.get_episodes_casting(project)[episode["id"]]] == [
        hero["id"]
    ]
    assert [row["id"] for row in gazu_client.asset.all_asset_types_for_shot(shot)] == [character["id"]]
    gazu_client.casting.update_asset_casting(project, hero, [{"asset_id": villain["id"], "nb_occurences": 1}])
    assert [row["asset_id"] for row in gazu_client.casting.get_asset_casting(hero)] == [villain["id"]]
    assert list(gazu_client.casting.get_asset_type_casting(project, character)) == [hero["id"]]

    cast = gazu_client.casting.cast_asset(project, [shot], villain, nb_occurences=3, label="fixed")
    assert {row["asset_id"] for row in cast[shot["id"]]} == {hero["id"], villain["id"]}
    gazu_client.casting.uncast_asset(project, [shot], villain)
    assert [row["asset_id"] for row in gazu_client.casting.get_shot_casting(shot)] == [hero["id"]]
    links = gazu_client.casting.all_entity_links_for_project(project)
    assert {(row["entity_in_id"], row["entity_out_id"]) for row in links} >= {(shot["id"], hero["id"])}


def test_concepts(gazu_client):
    project = gazu_client.project.new_project("Gazu Concepts")
    character = gazu_client.asset.get_asset_type_by_name("Character")
    hero = gazu_client.asset.new_asset(project, character, "Hero")
    concept = gazu_client.concept.new_concept(
        project, "Mood", description="dark", entity_concept_links=[hero]
    )
    assert gazu_client.concept.new_concept(project, "Mood")["id"] == concept["id"]
    assert gazu_client.concept.get_concept_by_name(project, "Mood")["id"] == concept["id"]
    assert [row["id"] for row in gazu_client.concept.all_concepts_for_project(project)] == [concept["id"]]
    assert concept["id"] in {row["id"] for row in gazu_client.concept.all_concepts()}
    page = gazu_client.concept.get_concept(concept["id"])
    assert page["entity_concept_links"] == [hero["id"]] and page["project_name"] == "Gazu Concepts"
    assert gazu_client.concept.all_previews_for_concept(concept) == {}
    concept["description"] = "darker"
    assert gazu_client.concept.update_concept(concept)["description"] == "darker"
    gazu_client.concept.remove_concept(concept)
    assert gazu_client.concept.get_concept_by_name(project, "Mood") is None


def test_remove_entities(gazu_client):
    project = gazu_client.project.new_project("Gazu Removals")
    character = gazu_client.asset.get_asset_type_by_name("Character")
    hero = gazu_client.asset.new_asset(project, character, "Hero")
    assert gazu_client.entity.remove_entities(project, [hero]) == [hero["id"]]
    assert gazu_client.asset.get_asset_by_name(project, "Hero") is None
