"""The whole suite runs offline: reaching for the network fails loudly, loopback works."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import urllib.request

import pytest

from tests.conftest import REPO_ROOT
from tests.helpers import netguard
from tests.helpers.netguard import NetworkAccessError


def test_the_guard_is_on_for_the_whole_session():
    assert netguard.installed()


def on_socket(family, method, *args, kind=socket.SOCK_STREAM):
    with socket.socket(family, kind) as sock:
        return getattr(sock, method)(*args)


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: socket.create_connection(("93.184.216.34", 80), timeout=1),
        lambda: socket.create_connection(("example.com", 443), timeout=1),
        lambda: on_socket(socket.AF_INET, "connect", ("1.1.1.1", 443)),
        lambda: on_socket(socket.AF_INET, "connect_ex", ("8.8.8.8", 53)),
        lambda: on_socket(socket.AF_INET, "sendto", b"x", ("8.8.8.8", 53), kind=socket.SOCK_DGRAM),
        lambda: on_socket(socket.AF_INET6, "connect", ("2606:4700:4700::1111", 443, 0, 0)),
        lambda: socket.getaddrinfo("pypi.org", 443),
        lambda: urllib.request.urlopen("http://example.com/", timeout=1),
    ],
    ids=[
        "create_connection-ip",
        "create_connection-name",
        "connect",
        "connect_ex",
        "udp-sendto",
        "ipv6",
        "dns",
        "urllib",
    ],
)
def test_reaching_a_public_address_fails_loudly(attempt):
    with pytest.raises(NetworkAccessError, match="network access during tests"):
        attempt()
    assert not issubclass(NetworkAccessError, OSError)  # "except OSError" cannot hide it


def test_loopback_and_unix_sockets_still_work():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(server.accept()[0]))
    thread.start()
    try:
        with socket.create_connection(("localhost", port), timeout=5) as client:
            client.sendall(b"ping")
            thread.join(timeout=5)
            assert accepted[0].recv(4) == b"ping"
    finally:
        for conn in accepted:
            conn.close()
        server.close()
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"unix")
        assert right.recv(4) == b"unix"


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("10.0.0.1", False),
        ("192.168.1.1", False),
        ("example.com", False),
        (None, False),
    ],
)
def test_what_counts_as_local(host, local):
    assert netguard.is_local_host(host) is local


def test_child_scripts_can_install_the_same_guard():
    code = (
        "from tests.helpers import netguard\n"
        "netguard.install()\n"
        "import socket\n"
        "socket.create_connection(('8.8.8.8', 53), timeout=1)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
    )
    assert result.returncode != 0
    assert "NetworkAccessError" in result.stderr
