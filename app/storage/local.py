"""Files on local disk under PREVIEW_FOLDER, laid out exactly as Zou lays them out."""

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiofiles
import aiofiles.os

from app.storage import CHUNK_SIZE, FileNotInStorageError, Storage, check_location


def key_path(root: Path, bucket: str, key: str) -> Path:
    """Zou's layout: `<root>/<bucket>/<prefix>/<3 chars>/<3 chars>/<name>`.

    The prefix is what precedes the key's FIRST hyphen and the name is everything after it,
    so `thumbnails-square-<id>` lands in `thumbnails/squ/are/square-<id>`: odd, but it is what
    Zou's storage does and existing previews folders depend on it.
    """
    check_location(bucket, key)
    prefix, name = key.split("-", 1)
    return root / bucket / prefix / name[:3] / name[3:6] / name


class LocalStorage(Storage):
    def __init__(self, root: Path | str):
        self.root = Path(root)

    def path(self, bucket: str, key: str) -> Path:
        return key_path(self.root, bucket, key)

    async def save(self, bucket: str, key: str, data: bytes | Path) -> None:
        target = self.path(bucket, key)
        await aiofiles.os.makedirs(target.parent, exist_ok=True)
        # Write beside the target then rename: readers never see a half-written picture.
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        try:
            if isinstance(data, (bytes, bytearray, memoryview)):
                async with aiofiles.open(tmp, "wb") as handle:
                    await handle.write(bytes(data))
            else:
                await asyncio.to_thread(shutil.copyfile, data, tmp)
            await aiofiles.os.replace(tmp, target)
        except BaseException:
            await asyncio.to_thread(_unlink_quietly, tmp)
            raise

    async def read(self, bucket: str, key: str) -> bytes:
        try:
            async with aiofiles.open(self.path(bucket, key), "rb") as handle:
                return await handle.read()
        except FileNotFoundError as exc:
            raise FileNotInStorageError(f"{bucket}/{key}") from exc

    async def exists(self, bucket: str, key: str) -> bool:
        return await aiofiles.os.path.isfile(self.path(bucket, key))

    async def delete(self, bucket: str, key: str) -> None:
        await asyncio.to_thread(_unlink_quietly, self.path(bucket, key))

    async def open_stream(self, bucket: str, key: str, chunk_size: int = CHUNK_SIZE) -> AsyncIterator[bytes]:
        path = self.path(bucket, key)
        try:
            handle = await aiofiles.open(path, "rb")
        except FileNotFoundError as exc:
            raise FileNotInStorageError(f"{bucket}/{key}") from exc
        try:
            while chunk := await handle.read(chunk_size):
                yield chunk
        finally:
            await handle.close()

    def local_path(self, bucket: str, key: str) -> Path | None:
        path = self.path(bucket, key)
        return path if path.is_file() else None


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
