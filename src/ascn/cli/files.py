"""Writing a file all at once: the old content stays until the new one is complete.

:func:`write_atomically` writes to a temporary file in the target's folder, flushes it to the
disk and then renames it over the target, so that a reader sees the old file or the new one,
never a part; a failure (a full disk, an interrupt) removes the temporary file and leaves the
target as it was. The new file keeps the old one's permission bits (and owner, when allowed);
a file that did not exist gets the default of the umask, as ``open`` gives. A symbolic link
is followed: the file it points to is replaced and the link kept. A target that exists but is
not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO) cannot be replaced and is written
to directly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat

__all__ = ["write_atomically"]

_ATTEMPTS = 100


def _write_all(fd: int, data: bytes) -> None:
    """Every byte of ``data`` to the file descriptor ``fd``."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _create_temporary(folder: str, name: str) -> tuple[int, str]:
    """A new, empty file next to the target, open for writing, and its path."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_ATTEMPTS):
        path = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            # 0o666 before the umask, as open() creates a file (mkstemp would give 0o600).
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name for {name} in {folder}")


def _copy_ownership(fd: int, old: os.stat_result) -> None:
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    if hasattr(os, "fchown"):
        with contextlib.suppress(OSError):  # only the owner's group, or root, may change it
            os.fchown(fd, old.st_uid, old.st_gid)


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable; not every system can open a folder, which is fine."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomically(path: str, data: bytes) -> None:
    """Replace the file at ``path`` with ``data`` in one step (see the module docs).

    Raises ``OSError`` (the target's folder missing or read-only, the target a directory, a
    full disk) with the target unchanged and no temporary file left.
    """
    target = os.path.realpath(path)
    try:
        old: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        old = None
    if old is not None and stat.S_ISDIR(old.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a directory", path)
    if old is not None and not stat.S_ISREG(old.st_mode):
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
        return
    folder, name = os.path.split(target)
    fd, temporary = _create_temporary(folder or os.curdir, name)
    try:
        try:
            if old is not None:
                _copy_ownership(fd, old)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder or os.curdir)
