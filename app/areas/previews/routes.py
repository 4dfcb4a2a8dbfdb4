"""Person avatars under `/pictures/thumbnails/persons/...`.

Zou answers both GET and POST on the path with and without `.png`; clients use POST without
and GET with the extension. The `.png` routes are declared first because `{instance_id}` alone
would also match `<id>.png`.
"""

from fastapi import APIRouter, Request
from starlette.datastructures import UploadFile
from starlette.responses import FileResponse, Response, StreamingResponse

from app.areas.previews import avatars
from app.auth.identity import CurrentUser
from app.core.dependencies import SessionDep
from app.core.errors import not_found
from app.core.routing import UnitOfWorkRoute
from app.core.serialize import json_response
from app.storage import get_storage

router = APIRouter(route_class=UnitOfWorkRoute)

PNG_PATH = "/pictures/thumbnails/persons/{instance_id}.png"
BARE_PATH = "/pictures/thumbnails/persons/{instance_id}"


async def _uploaded_file(request: Request) -> bytes | None:
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        return None
    return await upload.read()


async def upload_person_avatar(
    instance_id: str, request: Request, session: SessionDep, identity: CurrentUser
) -> Response:
    # The person and the caller's right are checked before the body is parsed, as Zou does.
    person = await avatars.get_person(session, instance_id)
    avatars.check_can_set_avatar(identity, person)
    result = await avatars.accept_person_avatar(identity, person, await _uploaded_file(request))
    return json_response(result, status_code=201)


async def get_person_avatar(instance_id: str, session: SessionDep, _identity: CurrentUser) -> Response:
    bucket, key = await avatars.avatar_location(session, instance_id)
    storage = get_storage()
    path = storage.local_path(bucket, key)
    if path is not None:
        return FileResponse(path, media_type="image/png")
    if not await storage.exists(bucket, key):
        raise not_found()
    return StreamingResponse(storage.open_stream(bucket, key), media_type="image/png")


router.add_api_route(PNG_PATH, get_person_avatar, methods=["GET"], operation_id="get_person_avatar")
router.add_api_route(
    PNG_PATH, upload_person_avatar, methods=["POST"], operation_id="upload_person_avatar_png"
)
router.add_api_route(BARE_PATH, get_person_avatar, methods=["GET"], operation_id="get_person_avatar_bare")
router.add_api_route(BARE_PATH, upload_person_avatar, methods=["POST"], operation_id="upload_person_avatar")
