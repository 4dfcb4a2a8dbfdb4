"""The route class that owns the request's unit of work: commit before the response leaves."""

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute
from starlette.responses import Response

from app.unit_of_work import begin_unit_of_work, end_unit_of_work


class UnitOfWorkRoute(APIRoute):
    """Handlers run inside one transaction, committed after the response body is built.

    A failed commit therefore becomes an error response instead of a lost write, and
    events/jobs registered with `on_commit` are published only once data is durable.
    """

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            uow, token = begin_unit_of_work()
            try:
                response = await handler(request)
                if response.status_code < 400:
                    await uow.commit()
                else:
                    await uow.rollback()
                return response
            except BaseException:
                await uow.rollback()
                raise
            finally:
                await uow.close()
                end_unit_of_work(token)

        return handle
