"""Fetching http(s) URLs with the standard library, defensively.

Why not ``urllib.request.urlopen``: it follows redirects on its own and resolves the host
again when it connects, so a check of the address could be bypassed by a redirect or a
DNS answer that changes between check and connect. Here every hop is resolved once with
``socket.getaddrinfo``, every address is vetted, and the connection is made to a vetted
address (TLS still verifies the certificate for the host name). Proxies are not used.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..options import ReadOptions
from .common import ReadFailure, one_line, over_cap

_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the final URL, after redirects
    body: bytes
    content_type: str | None  # media type, lower case, without parameters
    charset: str | None  # from the Content-Type header


def _refused(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local
            or ip.is_reserved or ip.is_multicast or ip.is_unspecified)


def resolve(host: str, port: int, allow_private: bool) -> list[tuple[int, tuple]]:
    """Addresses to connect to; refuse the host if any of them is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ReadFailure(f"cannot resolve host {host}: {one_line(exc)}") from None
    addresses = []
    for family, _, _, _, sockaddr in infos:
        ip = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if not allow_private and _refused(ip):
            raise ReadFailure(f"refused: {ip} is a private/loopback address (use --allow-private)")
        addresses.append((family, sockaddr))
    if not addresses:
        raise ReadFailure(f"cannot resolve host {host}: no addresses")
    return addresses


def _connect(addresses: list[tuple[int, tuple]], timeout: float) -> socket.socket:
    last: OSError | None = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    assert last is not None
    raise last


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, addresses: list, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._addresses = addresses

    def connect(self) -> None:
        self.sock = _connect(self._addresses, self.timeout)  # type: ignore[arg-type]


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, addresses: list, timeout: float):
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._addresses = addresses

    def connect(self) -> None:
        sock = _connect(self._addresses, self.timeout)  # type: ignore[arg-type]
        self.sock = self._tls.wrap_socket(sock, server_hostname=self.host)


def _read_body(resp: http.client.HTTPResponse, cap: int, deadline: float, timeout: float) -> bytes:
    length = resp.getheader("Content-Length")
    if length and length.isdigit() and int(length) > cap:
        raise ReadFailure(over_cap("response body", int(length), cap))
    chunks: list[bytes] = []
    total = 0
    while True:
        if time.monotonic() > deadline:
            raise ReadFailure(f"timed out after {timeout:g} s")
        chunk = resp.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > cap:
            raise ReadFailure(over_cap("response body", None, cap))
        chunks.append(chunk)


def _one_hop(url: str, options: ReadOptions) -> tuple[int, str, http.client.HTTPMessage, bytes]:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReadFailure(f"unsupported URL: {url}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise ReadFailure(f"bad port in URL: {url}") from None
    addresses = resolve(parts.hostname, port, options.allow_private)
    cls = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    conn = cls(parts.hostname, port, addresses, options.timeout)
    deadline = time.monotonic() + options.timeout
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.request("GET", path, headers={
            "User-Agent": options.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
                      "application/atom+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5",
            "Accept-Encoding": "identity",
        })
        resp = conn.getresponse()
        body = b""
        if 200 <= resp.status < 300:
            body = _read_body(resp, options.max_bytes, deadline, options.timeout)
        return resp.status, resp.reason, resp.headers, body
    except (TimeoutError, socket.timeout):
        raise ReadFailure(f"timed out after {options.timeout:g} s") from None
    except ssl.SSLError as exc:
        raise ReadFailure(f"TLS error: {one_line(exc)}") from None
    except (OSError, http.client.HTTPException) as exc:
        raise ReadFailure(f"connection failed: {one_line(exc)}") from None
    finally:
        conn.close()


def fetch(url: str, options: ReadOptions) -> Fetched:
    """GET ``url`` following at most ``options.max_redirects`` redirects.

    Raises :class:`ReadFailure` with a one-line reason: refused address, timeout, HTTP
    error (``HTTP 404 Not Found``), redirect loop, too many redirects, body over the cap.
    """
    seen = {url}
    current = url
    for _ in range(options.max_redirects + 1):
        status, reason, headers, body = _one_hop(current, options)
        if 200 <= status < 300:
            ctype = headers.get("Content-Type")
            return Fetched(
                url=current,
                body=body,
                content_type=headers.get_content_type().lower() if ctype else None,
                charset=headers.get_content_charset() if ctype else None,
            )
        location = headers.get("Location")
        if status in (301, 302, 303, 307, 308) and location:
            target = urljoin(current, location.strip())
            if target in seen:
                raise ReadFailure(f"redirect loop: {target} was already visited")
            seen.add(target)
            current = target
            continue
        raise ReadFailure(f"HTTP {status} {reason}".rstrip())
    raise ReadFailure(f"too many redirects (more than {options.max_redirects})")
