"""File storage: one interface for previews, thumbnails and attachments, whatever holds the bytes.

Zou keeps binaries in three buckets (`pictures`, `movies`, `files`) under keys shaped
`"<prefix>-<uuid>"` (e.g. `thumbnails-<person_id>`). The same keys are used here so a Zou
previews folder can be pointed at without conversion.
"""

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from pathlib import Path

from app.core.config import get_settings

BUCKETS = ("pictures", "movies", "files")
CHUNK_SIZE = 64 * 1024


class StorageError(Exception):
    pass


class StorageConfigurationError(StorageError):
    """FS_BACKEND names a backend this build does not provide."""


class FileNotInStorageError(StorageError, FileNotFoundError):
    """The bucket holds nothing under that key."""


def make_key(prefix: str, object_id: object) -> str:
    return f"{prefix}-{object_id}"


def check_location(bucket: str, key: str) -> None:
    """Refuse unknown buckets and keys that could escape the bucket (keys end up in paths)."""
    if bucket not in BUCKETS:
        raise StorageError(f"unknown bucket {bucket!r}")
    if "-" not in key or "/" in key or "\\" in key or "\x00" in key or ".." in key:
        raise StorageError(f"invalid storage key {key!r}")


class Storage(ABC):
    """What every backend provides; keys are always `"<prefix>-<id>"`."""

    @abstractmethod
    async def save(self, bucket: str, key: str, data: bytes | Path) -> None:
        """Store `data` (bytes, or the file at that path), replacing any previous object."""

    @abstractmethod
    async def read(self, bucket: str, key: str) -> bytes:
        """The whole object; raises FileNotInStorageError when absent."""

    @abstractmethod
    async def exists(self, bucket: str, key: str) -> bool: ...

    @abstractmethod
    async def delete(self, bucket: str, key: str) -> None:
        """Remove the object; deleting a missing object is not an error."""

    @abstractmethod
    def open_stream(self, bucket: str, key: str, chunk_size: int = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The object as chunks, for StreamingResponse; FileNotInStorageError surfaces on first read."""

    def local_path(self, bucket: str, key: str) -> Path | None:
        """A filesystem path a FileResponse can serve directly, when the backend has one."""
        return None


def get_storage() -> Storage:
    """The backend FS_BACKEND selects (cheap to build, so settings changes are honoured)."""
    settings = get_settings()
    backend = settings.fs_backend.strip().lower()
    if backend == "local":
        from app.storage.local import LocalStorage

        assert settings.preview_folder is not None
        return LocalStorage(settings.preview_folder)
    # Object storage (FS_BACKEND=s3, Zou's FS_S3_* settings) is a separate piece of work; until it
    # lands, a deployment asking for it must fail loudly rather than write files nobody reads.
    raise StorageConfigurationError(f"FS_BACKEND={settings.fs_backend!r} is not supported (supported: local)")
