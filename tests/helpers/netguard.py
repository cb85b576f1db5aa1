"""No network during tests: socket connections to anything but this machine fail loudly.

`install()` patches the socket module so that connecting (TCP or UDP) to an
address outside 127.0.0.0/8 and ::1, and resolving any host name other than
localhost, raises `NetworkAccessError` before a packet leaves. Unix-domain
sockets and loopback stay usable (Qt, asyncio and subprocess plumbing use them).
The error is a RuntimeError, not an OSError, so code that quietly handles
network failures ("offline? never mind") cannot swallow it.

tests/conftest.py installs it for the whole pytest session; scripts the tests
start in child processes (tests/helpers/*.py) call `install()` themselves.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_INET = (socket.AF_INET, socket.AF_INET6)

_originals: dict[str, Any] = {}


class NetworkAccessError(RuntimeError):
    """Something tried to reach the network during the tests."""


def is_local_host(host: object) -> bool:
    if not isinstance(host, str):
        return False
    if host.casefold() in LOCAL_NAMES:
        return True
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def _check(family: int, address: object, what: str) -> None:
    if family not in _INET:
        return  # AF_UNIX, netlink …: never leaves the machine
    host = address[0] if isinstance(address, tuple) and address else address
    if not is_local_host(host):
        raise NetworkAccessError(
            f"network access during tests: {what} {address!r} "
            "(only loopback and Unix sockets are allowed; see tests/helpers/netguard.py)"
        )


def _connect(self: socket.socket, address: Any) -> None:
    _check(self.family, address, "connect to")
    return _originals["connect"](self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    _check(self.family, address, "connect to")
    return _originals["connect_ex"](self, address)


def _sendto(self: socket.socket, data: Any, *args: Any) -> int:
    _check(self.family, args[-1], "send to")
    return _originals["sendto"](self, data, *args)


def _create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
    _check(socket.AF_INET, address, "connect to")
    return _originals["create_connection"](address, *args, **kwargs)


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    if host not in (None, "", b"") and not is_local_host(
        host.decode() if isinstance(host, bytes) else host
    ):
        raise NetworkAccessError(f"network access during tests: resolve {host!r}")
    return _originals["getaddrinfo"](host, *args, **kwargs)


def installed() -> bool:
    return bool(_originals)


def install() -> None:
    """Patch the socket module (idempotent)."""
    if _originals:
        return
    _originals.update(
        connect=socket.socket.connect,
        connect_ex=socket.socket.connect_ex,
        sendto=socket.socket.sendto,
        create_connection=socket.create_connection,
        getaddrinfo=socket.getaddrinfo,
    )
    socket.socket.connect = _connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _sendto  # type: ignore[method-assign]
    socket.create_connection = _create_connection
    socket.getaddrinfo = _getaddrinfo


def uninstall() -> None:
    if not _originals:
        return
    socket.socket.connect = _originals["connect"]  # type: ignore[method-assign]
    socket.socket.connect_ex = _originals["connect_ex"]  # type: ignore[method-assign]
    socket.socket.sendto = _originals["sendto"]  # type: ignore[method-assign]
    socket.create_connection = _originals["create_connection"]
    socket.getaddrinfo = _originals["getaddrinfo"]
    _originals.clear()


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    already = installed()
    install()
    try:
        yield
    finally:
        if not already:
            uninstall()
