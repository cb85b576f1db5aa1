"""A side of a comparison is named by the word its name opens with where the typed answer
does not name it whole ("4xx codes" for "4xx status codes", "IPv4" for "IPv4
addresses"): what is said there is said of that side, not of the other one."""

from __future__ import annotations

from tests.core.keyticks import ticks

STATUS = (
    "What is the difference between 4xx and 5xx HTTP status codes?",
    "4xx status codes mean the client made an error (404 Not Found, 401 Unauthorized);"
    " 5xx mean the server failed to handle a valid request (500, 503).",
)
IP = (  # (tried after the status codes were mended)
    "What is the difference between IPv4 and IPv6 addresses?",
    "IPv4 addresses are 32 bits long, written as four decimal numbers. IPv6 uses 128 bits,"
    " written in hexadecimal.",
)


def _ticked(case: tuple[str, str], typed: str) -> list[str]:
    question, answer = case
    return [point for point, tick in ticks(answer, question, typed).items() if tick]


def test_what_is_said_of_4xx_codes_is_not_said_of_5xx():
    assert _ticked(STATUS, "4xx codes mean the server failed.") == []
    swapped = "4xx codes mean the server failed; 5xx codes mean the client made an error."
    assert _ticked(STATUS, swapped) == []
    right = (
        "4xx codes mean the client made an error, like 404 Not Found or 401 Unauthorized;"
        " 5xx codes mean the server failed to handle a valid request, like 500 or 503."
    )
    assert len(_ticked(STATUS, right)) == 2


def test_what_is_said_of_ipv4_is_not_said_of_ipv6():
    assert _ticked(IP, "IPv4 uses 128 bits.") == []
    swapped = "IPv4 uses 128 bits written in hexadecimal; IPv6 is 32 bits long."
    assert not any(point.startswith("IPv6") for point in _ticked(IP, swapped))
    right = "IPv4 is 32 bits, IPv6 is 128 bits written in hexadecimal."
    assert [p.split(":")[0] for p in _ticked(IP, right)] == ["IPv4 addresses", "IPv6"]
