"""Index area: the service's own description, configuration and health answers."""

from tests.conformance.scenarios._common import LOGIN_ADMIN, people

# Which optional services run depends on the deployment, not on the code.
DEPLOYMENT = ["event-stream-up", "indexer-up", "job-queue-up", "key-value-store-up"]
MACHINE = ["cpu.loadavg", "cpu.percent", "memory", "jobs"]

STEPS = [
    {"name": "root", "method": "GET", "path": "/", "as": None},
    {"name": "root under /api", "method": "GET", "path": "/api/", "as": None},
    {"name": "config anonymous", "method": "GET", "path": "/config", "as": None},
    LOGIN_ADMIN,
    {"name": "config as admin", "method": "GET", "path": "/config"},
    {"name": "status", "method": "GET", "path": "/status", "as": None, "ignore": DEPLOYMENT},
    {"name": "status text", "method": "GET", "path": "/status.txt", "as": None, "ignore": [""]},
    {
        "name": "status influx",
        "method": "GET",
        "path": "/status/influx",
        "as": None,
        "ignore": [*DEPLOYMENT, "time"],
    },
    {
        "name": "status resources anonymous",
        "method": "GET",
        "path": "/status/resources",
        "as": None,
        "ignore": MACHINE,
    },
    {"name": "status resources", "method": "GET", "path": "/status/resources", "ignore": MACHINE},
    {"name": "test event anonymous", "method": "GET", "path": "/status/test-event", "as": None},
    {"name": "test event", "method": "GET", "path": "/status/test-event"},
    {"name": "stats anonymous", "method": "GET", "path": "/stats", "as": None},
    {"name": "stats", "method": "GET", "path": "/stats"},
    *people(("user",)),
    {"name": "stats as artist", "method": "GET", "path": "/stats", "as": "user"},
    {
        "name": "status resources as artist",
        "method": "GET",
        "path": "/status/resources",
        "as": "user",
        "ignore": MACHINE,
    },
    {"name": "unknown route", "method": "GET", "path": "/no-such-route", "as": None},
    # The API description: each side documents its own routes, only the answer's kind is compared.
    {"name": "openapi", "method": "GET", "path": "/openapi.json", "as": None, "ignore": [""]},
    {"name": "unknown route with token", "method": "GET", "path": "/data/no-such-collection"},
]
