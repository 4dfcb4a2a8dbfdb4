"""Declared differences found by the generic collections' scenarios (collections, collections_writes) and
the operations added to other areas with them (auth's second factors). Key format: see earlier_areas.py
and README.md."""

# fmt: off
INTENTIONAL: dict[tuple[str, str, str], str] = {
    ("collections_writes", "create tasks as artist", "*"):
        "Zou lets any logged-in user create a task in any project (here 400, a duplicate); we answer 403",
    ("auth", "enable totp without pre-enable", "*"):
        "Zou crashes (500) enabling TOTP never pre-enabled; we answer 400 TOTP verification failed.",
}

# Real divergences of ours, not fixed yet (strict): one line on what differs, ours vs Zou.
PENDING: dict[tuple[str, str, str], str] = {
}
# fmt: on
