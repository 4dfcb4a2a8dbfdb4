"""The caller of the user routes: a person (bots with API tokens are refused, as in Zou)."""

from typing import Annotated

from fastapi import Depends

from app.auth import permissions
from app.auth.identity import CurrentReader, Identity


async def person_caller(identity: CurrentReader) -> Identity:
    permissions.require_person(identity)
    return identity


Caller = Annotated[Identity, Depends(person_caller)]
