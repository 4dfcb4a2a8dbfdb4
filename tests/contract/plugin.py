"""Pytest plugin: every response the test client sees is checked against the contract.

Register it from `tests/conftest.py` (`pytest_plugins = [..., "tests.contract.plugin"]`) and attach
`make_response_hook()` to the httpx client (`event_hooks={"response": [make_response_hook()]}`).
Each response is validated by `tests.contract.validator.validate_response`; the problems are
collected while a test runs and fail it at the end of its setup, call or teardown phase, with the
list of every non-conforming response. Outside a test, the hook raises at once.
"""

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.contract.validator import validate_response


class ContractError(AssertionError):
    """Responses seen by a test do not match `openapi/openapi.yaml`."""


_problems: list[str] | None = None  # problems of the running test phase; None outside a test


def check_response(response: httpx.Response) -> list[str]:
    """Validate a read response against the contract and record its problems."""
    request = response.request
    problems = validate_response(
        request.method,
        request.url.raw_path.decode("ascii", "replace"),
        response.status_code,
        response.content,
        content_type=response.headers.get("content-type"),
    )
    if problems:
        if _problems is None:
            raise ContractError("\n".join(problems))
        _problems.extend(problems)
    return problems


def make_response_hook(asynchronous: bool = True):
    """An httpx `response` event hook: async for `httpx.AsyncClient`, sync for `httpx.Client`."""
    if asynchronous:

        async def check_async(response: httpx.Response) -> None:
            await response.aread()
            check_response(response)

        return check_async

    def check_sync(response: httpx.Response) -> None:
        response.read()
        check_response(response)

    return check_sync


@contextmanager
def recording() -> Iterator[list[str]]:
    """Collect the problems of the responses checked inside the block (raises none itself)."""
    global _problems
    previous, _problems = _problems, []
    try:
        yield _problems
    finally:
        _problems = previous


def _run_phase(item: pytest.Item, phase: str):
    with recording() as problems:
        try:
            result = yield
        except BaseException:
            if problems:  # the test failed anyway: keep the problems next to its report
                item.add_report_section(phase, "contract", "\n".join(problems))
            raise
    if problems:
        raise ContractError(
            f"{len(problems)} response problem(s) against openapi/openapi.yaml during {phase}:\n- "
            + "\n- ".join(problems)
        )
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    return (yield from _run_phase(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    return (yield from _run_phase(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    return (yield from _run_phase(item, "teardown"))
