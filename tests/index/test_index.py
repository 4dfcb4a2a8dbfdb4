"""The index routes: same keys as Zou, health computed for real, `/stats` admin only."""

from app.events.publisher import subscribe, unsubscribe

STATUS_KEYS = {
    "name",
    "version",
    "database-up",
    "key-value-store-up",
    "event-stream-up",
    "job-queue-up",
    "indexer-up",
}


async def test_index(client):
    for path in ("/", "/api", "/api/"):
        response = await client.get(path)
        assert response.status_code == 200
        assert response.json() == {"api": "Zou", "version": "1.0.97"}
    assert (await client.head("/")).status_code == 200  # gazu's host_is_up()


async def test_config_is_public_with_zou_keys(client):
    response = await client.get("/config")
    assert response.status_code == 200
    config = response.json()
    assert {
        "is_self_hosted",
        "crisp_token",
        "dark_theme_by_default",
        "indexer_configured",
        "saml_enabled",
        "saml_idp_name",
        "oidc_enabled",
        "oidc_idp_name",
        "default_locale",
        "default_timezone",
        "enforce_2fa",
        "movie_highdef_bitrate",
        "movie_lowdef_bitrate",
        "preview_accounts_enabled",
    } <= set(config)
    assert config["preview_accounts_enabled"] is True  # local password login
    assert config["default_locale"] == "en_US"
    assert config["default_timezone"] == "Europe/Paris"
    assert "sentry" not in config


async def test_status_without_redis(client, no_redis):
    response = await client.get("/status")
    assert response.status_code == 200
    status = response.json()
    assert set(status) == STATUS_KEYS
    assert status["name"] == "Zou" and status["version"] == "1.0.97"
    assert status["database-up"] is True
    assert status["key-value-store-up"] is True and status["job-queue-up"] is True
    assert status["indexer-up"] is False


async def test_status_with_redis_reports_the_worker(client, with_redis):
    status = (await client.get("/status")).json()
    assert status["key-value-store-up"] is True and status["event-stream-up"] is True
    assert status["job-queue-up"] is False  # no arq worker is running in the tests


async def test_status_text_and_influx(client, no_redis):
    text = await client.get("/status.txt")
    assert text.status_code == 200
    assert text.headers["content-type"].startswith("text")
    lines = text.text.splitlines()
    assert lines[:3] == ["name: Zou", "version: 1.0.97", "database-up: up"]
    assert [line.split(":")[0] for line in lines[3:]] == [
        "event-stream-up",
        "key-value-store-up",
        "job-queue-up",
        "indexer-up",
    ]
    influx = (await client.get("/status/influx")).json()
    assert influx["database-up"] == 1 and influx["indexer-up"] == 0
    assert isinstance(influx["time"], float)


async def test_status_resources(client, no_redis):
    resources = (await client.get("/status/resources")).json()
    assert set(resources) == {"date", "cpu", "memory", "jobs"}
    assert set(resources["cpu"]["loadavg"]) == {"last 1 min", "last 5 min", "last 10 min"}
    assert isinstance(resources["cpu"]["percent"], list)
    assert set(resources["memory"]) == {"total", "used", "available", "percent"}
    assert resources["jobs"] == {"running_jobs": 0}


async def test_test_event_is_broadcast(client, no_redis):
    queue = subscribe()
    try:
        response = await client.get("/status/test-event")
        assert response.json() == {"success": True}
        message = queue.get_nowait()
        assert message["event"] == "main:test" and message["data"] == {}
    finally:
        unsubscribe(queue)


async def test_stats_is_admin_only(client, admin_headers, make_person):
    response = await client.get("/stats", headers=admin_headers)
    assert response.status_code == 200
    assert response.json() == {
        "number_of_video_previews": 0,
        "number_of_picture_previews": 0,
        "number_of_model_previews": 0,
        "number_of_comments": 0,
    }
    _, manager_headers = await make_person("manager")
    assert (await client.get("/stats", headers=manager_headers)).status_code == 403
    assert (await client.get("/stats")).status_code == 401


async def test_the_contract_declares_zou_s_text_label(client, no_redis):
    """Zou labels /status.txt `text`, which is no media type: schemathesis found the contract's
    `text/plain` disagreeing with the wire. Zou wins; the contract names the label it sends."""
    label = (await client.get("/status.txt")).headers["content-type"].split(";")[0]
    answer = (await client.get("/openapi.json")).json()["paths"]["/status.txt"]["get"]["responses"]["200"]
    assert answer["x-zou-wire-content-type"] == label == "text"
