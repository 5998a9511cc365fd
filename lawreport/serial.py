"""Hashing and pickling for the caches, the build state and the HTML helper, light on start-up.

``hashlib`` loads OpenSSL's libcrypto when first imported and ``pickle`` runs a large module;
together they cost a one-report command several milliseconds at every start. The builtin
BLAKE2 module and the C pickler do the same work without either. Both fall back to the public
modules where an interpreter lacks the private ones.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def hasher(data: bytes = b"") -> Any:
    """A new 256-bit BLAKE2b hash object (``update``, ``hexdigest``) over ``data``."""
    try:
        from _blake2 import blake2b
    except ImportError:  # not CPython
        from hashlib import blake2b
    return blake2b(data, digest_size=32)


def dumps(value: object) -> bytes:
    """``pickle.dumps`` with the highest protocol."""
    try:
        from _pickle import dumps as _dumps
    except ImportError:
        from pickle import dumps as _dumps
    return _dumps(value, protocol=-1)


def loads(data: bytes) -> Any:
    """``pickle.loads``: only for data lawreport wrote itself (a per-user cache, its own helper process)."""
    try:
        from _pickle import loads as _loads
    except ImportError:
        from pickle import loads as _loads
    return _loads(data)
