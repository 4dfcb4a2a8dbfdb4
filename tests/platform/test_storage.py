"""Local storage: Zou's key -> path layout, atomic writes, the backend factory."""

import uuid

import pytest

from app.core.config import get_settings
from app.storage import FileNotInStorageError, StorageConfigurationError, StorageError, get_storage, make_key
from app.storage.local import LocalStorage


@pytest.fixture
def storage(tmp_path):
    return LocalStorage(tmp_path)


async def test_key_maps_to_zou_layout(storage, tmp_path):
    object_id = uuid.UUID("abcdef12-3456-7890-abcd-ef1234567890")
    await storage.save("pictures", make_key("thumbnails", object_id), b"png")
    expected = tmp_path / "pictures" / "thumbnails" / "abc" / "def" / str(object_id)
    assert expected.read_bytes() == b"png"
    assert storage.local_path("pictures", f"thumbnails-{object_id}") == expected


async def test_prefix_is_cut_at_the_first_hyphen_like_zou(storage, tmp_path):
    object_id = "abcdef12-3456-7890-abcd-ef1234567890"
    await storage.save("pictures", f"thumbnails-square-{object_id}", b"sq")
    name = f"square-{object_id}"
    assert (tmp_path / "pictures" / "thumbnails" / "squ" / "are" / name).read_bytes() == b"sq"


async def test_read_exists_delete_and_stream(storage, tmp_path):
    key = make_key("previews", uuid.uuid4())
    assert not await storage.exists("movies", key)
    with pytest.raises(FileNotInStorageError):
        await storage.read("movies", key)
    source = tmp_path / "upload.bin"
    source.write_bytes(b"x" * 200_000)
    await storage.save("movies", key, source)  # from a path
    assert await storage.exists("movies", key)
    assert await storage.read("movies", key) == source.read_bytes()
    chunks = [chunk async for chunk in storage.open_stream("movies", key, chunk_size=65536)]
    assert len(chunks) == 4 and b"".join(chunks) == source.read_bytes()
    await storage.save("movies", key, b"replaced")
    assert await storage.read("movies", key) == b"replaced"
    await storage.delete("movies", key)
    await storage.delete("movies", key)  # deleting twice is fine
    assert not await storage.exists("movies", key)
    assert storage.local_path("movies", key) is None
    # no temporary files left behind
    assert [p.name for p in storage.path("movies", key).parent.iterdir()] == []


async def test_missing_object_stream_fails(storage):
    with pytest.raises(FileNotInStorageError):
        async for _chunk in storage.open_stream("files", make_key("attachments", uuid.uuid4())):
            pass


@pytest.mark.parametrize(
    ("bucket", "key"),
    [
        ("secrets", "thumbnails-abc"),
        ("pictures", "no_hyphen"),
        ("pictures", "thumbnails-../../etc/passwd"),
        ("pictures", "thumbnails-a/b"),
    ],
)
async def test_bad_locations_are_refused(storage, bucket, key):
    with pytest.raises(StorageError):
        await storage.save(bucket, key, b"x")


def test_factory_uses_preview_folder():
    storage = get_storage()
    assert isinstance(storage, LocalStorage)
    assert storage.root == get_settings().preview_folder


def test_factory_refuses_unknown_backends(monkeypatch):
    monkeypatch.setattr(get_settings(), "fs_backend", "s3")
    with pytest.raises(StorageConfigurationError, match="FS_BACKEND='s3' is not supported"):
        get_storage()
