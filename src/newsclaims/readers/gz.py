"""gzip streams with the two failures that matter: bombs and truncation.

Python's ``gzip`` raises ``EOFError`` for a stream cut short; warcio treats an
``EOFError`` from its input as a normal end and would silently drop the rest of a
truncated ``.warc.gz``, so :class:`GzipStream` turns it into a :class:`ReadFailure`.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from .common import ReadFailure, one_line, over_cap


class GzipStream(io.RawIOBase):
    """A readable, decompressed view of a gzip file object (multi-member aware)."""

    def __init__(self, fileobj: BinaryIO):
        super().__init__()
        self._gz = gzip.GzipFile(fileobj=fileobj, mode="rb")

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if size is None or size < 0:
            return b"".join(iter(lambda: self.read(1 << 16), b""))
        try:
            # read1: one step of decompression at a time, so the data before a cut is
            # returned before the EOFError (a full read() would lose it).
            return self._gz.read1(size)
        except EOFError as exc:
            raise ReadFailure(f"truncated gzip: {one_line(exc)}") from None
        except (gzip.BadGzipFile, zlib.error, OSError) as exc:
            raise ReadFailure(f"corrupt gzip: {one_line(exc)}") from None

    def readinto(self, buffer) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._gz.close()
        super().close()


def gunzip(fileobj: BinaryIO, cap: int) -> bytes:
    """Decompress all of ``fileobj``; the cap applies to the decompressed size (bombs)."""
    stream = GzipStream(fileobj)
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        total += len(chunk)
        if total > cap:
            raise ReadFailure(over_cap("decompressed data", None, cap))
        chunks.append(chunk)
    return b"".join(chunks)


def peek(head: bytes, size: int = 8192) -> bytes:
    """The first decompressed bytes of a gzip head, or b'' if they cannot be had."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, size)
    except zlib.error:
        return b""
