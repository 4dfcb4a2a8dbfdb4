"""Person avatars: accept an upload in the request, make the thumbnail in a background job.

The upload's response waits (bounded) for that job, so clients find the avatar in place when
the upload is answered, as with Zou.

Storage keys follow Zou: the avatar is `thumbnails-<person_id>` in the `pictures` bucket (a
400x400 PNG). The raw upload waits under `uploads-<upload_id>` until the job has used it; a
key per upload keeps two quick uploads from deleting each other's source.
"""

import logging
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.areas.previews.thumbnails import BIG_SQUARE_SIZE, NotAnImageError, image_size, make_thumbnail_async
from app.auth.identity import Identity
from app.core.errors import bad_request, forbidden, not_found
from app.core.unit_of_work import current_unit_of_work
from app.events import emit
from app.models.base import utcnow
from app.models.person import Person
from app.storage import FileNotInStorageError, get_storage, make_key
from app.worker import enqueue

log = logging.getLogger("app.avatars")

BUCKET = "pictures"
THUMBNAIL_PREFIX = "thumbnails"
UPLOAD_PREFIX = "uploads"
NOT_AN_IMAGE = "Uploaded file is not a readable picture."  # Zou's words
NO_FILE = "File not provided."
# Zou answers the upload once the thumbnail exists and clients (gazu's set_avatar followed by
# download_person_avatar, Kitsu's avatar refresh) rely on it: the response waits for the job.
AVATAR_WAIT_SECONDS = 15.0


def thumbnail_url_path(person_id: object) -> str:
    """What Zou answers as `thumbnail_path` (relative, no leading slash)."""
    return f"pictures/thumbnails/persons/{person_id}.png"


async def get_person(session: AsyncSession, instance_id: str) -> Person:
    """The person or a 404 (Zou answers 404, not 400, for a malformed id here)."""
    try:
        person_id = uuid.UUID(instance_id)
    except ValueError as exc:
        raise not_found() from exc
    person = await session.get(Person, person_id)
    if person is None:
        raise not_found()
    return person


def check_can_set_avatar(identity: Identity, person: Person) -> None:
    """Zou's `check_person_access`: the person themself or an admin."""
    if not identity.is_admin and identity.person.id != person.id:
        raise forbidden()


async def accept_person_avatar(identity: Identity, person: Person, data: bytes | None) -> dict[str, str]:
    """Store the upload and queue its thumbnail (the caller checked `check_can_set_avatar`)."""
    if data is None:
        raise bad_request(NO_FILE)
    try:
        image_size(data)
    except NotAnImageError as exc:
        raise bad_request(NOT_AN_IMAGE) from exc
    upload_id = str(uuid.uuid4())
    await get_storage().save(BUCKET, make_key(UPLOAD_PREFIX, upload_id), data)
    enqueue(
        "make_person_avatar",
        _wait=AVATAR_WAIT_SECONDS,
        person_id=str(person.id),
        upload_id=upload_id,
        user_id=identity.id,
    )
    return {"thumbnail_path": thumbnail_url_path(person.id)}


async def build_person_avatar(
    session: AsyncSession, person_id: str, upload_id: str, user_id: str | None = None
) -> bool:
    """The job body: thumbnail the upload, store it, flag the person, announce it."""
    storage = get_storage()
    upload_key = make_key(UPLOAD_PREFIX, upload_id)
    try:
        data = await storage.read(BUCKET, upload_key)
    except FileNotInStorageError:
        log.warning("avatar upload %s for person %s is gone", upload_id, person_id)
        return False
    person = await session.get(Person, uuid.UUID(person_id))
    if person is None:  # deleted while the job waited
        await storage.delete(BUCKET, upload_key)
        return False
    try:
        png = await make_thumbnail_async(data, BIG_SQUARE_SIZE)
    except NotAnImageError:
        log.warning("avatar upload %s for person %s is not a usable picture", upload_id, person_id)
        await storage.delete(BUCKET, upload_key)
        return False
    await storage.save(BUCKET, make_key(THUMBNAIL_PREFIX, person.id), png)
    person.has_avatar = True
    person.updated_at = utcnow()  # also when has_avatar was already set: clients bust caches on it
    session.add(person)
    await session.flush()
    emit(session, "person:update", {"person_id": person.id}, user_id=user_id)
    emit(session, "person:set-thumbnail", {"person_id": person.id}, user_id=user_id)

    async def _forget_upload() -> None:
        await storage.delete(BUCKET, upload_key)

    # Only once the flag is durable: a failed commit leaves the upload for a retry.
    current_unit_of_work().on_commit(_forget_upload)
    return True


async def avatar_location(session: AsyncSession, instance_id: str) -> tuple[str, str]:
    """(bucket, key) of a person's avatar; 404 when the person has none."""
    person = await get_person(session, instance_id)
    if not person.has_avatar:
        raise not_found()
    return BUCKET, make_key(THUMBNAIL_PREFIX, person.id)
