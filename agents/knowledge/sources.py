"""Turning a submitted source into chunks: agno's readers and chunking, and a guarded URL fetch.

URLs are fetched by us, not by agno's URL loader: the fetch runs inside the platform's network, so it
refuses addresses that are not public (loopback, private, link-local: cloud metadata endpoints live
there), in IPv6 forms too (NAT64, 6to4, Teredo, IPv4-mapped), checks again on every redirect, and stops at
a size limit.
"""

from __future__ import annotations

import io
import ipaddress
import socket
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from agno.knowledge.chunking.recursive import RecursiveChunking
from agno.knowledge.document import Document
from agno.knowledge.reader.base import Reader

CHUNK_SIZE = 1000  # characters: about all-MiniLM-L6-v2's 256-token window
CHUNK_OVERLAP = 100
SOURCE_TYPES = ("text", "markdown", "pdf", "url")


class SourceError(Exception):
    """A source that cannot be ingested; the message is safe to show the user."""


def _reader(source_type: str) -> Reader:
    chunking = RecursiveChunking(chunk_size=CHUNK_SIZE, overlap=CHUNK_OVERLAP)
    if source_type == "pdf":
        from agno.knowledge.reader.pdf_reader import PDFReader

        return PDFReader(chunking_strategy=chunking, split_on_pages=True)
    if source_type == "markdown":
        from agno.knowledge.reader.markdown_reader import MarkdownReader

        return MarkdownReader(chunking_strategy=chunking)
    from agno.knowledge.reader.text_reader import TextReader

    return TextReader(chunking_strategy=chunking)


def read_chunks(source_type: str, payload: bytes, name: str) -> list[Document]:
    """The chunks of one source (text, markdown or pdf), each a non-empty agno Document."""
    if source_type in ("text", "markdown"):
        try:
            payload.decode("utf-8")
        except UnicodeDecodeError:
            raise SourceError("The document is not UTF-8 text") from None
    elif source_type == "pdf" and not payload.startswith(b"%PDF"):
        raise SourceError("The file is not a PDF")
    stream = io.BytesIO(payload)
    stream.name = name
    chunks = [doc for doc in _reader(source_type).read(stream, name=name) if doc.content and doc.content.strip()]
    if not chunks:
        raise SourceError(f"No text could be read from this {source_type} document")
    return chunks


# -- URLs --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fetched:
    source_type: str  # what the response turned out to be: text | markdown | pdf
    payload: bytes


def check_public_url(url: str, allow_private: bool = False) -> list[str]:
    """Refuse URLs this service must not fetch. Raises SourceError with a reason the user can act on.

    Returns the addresses the host resolved to, every one of them public (none with `allow_private`): connect to
    one of these, never to the name again, or a DNS answer that changes between check and connect (rebinding)
    could lead the fetch to a private address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError("Only http(s) URLs can be ingested")
    if parts.username or parts.password:
        raise SourceError("URLs with credentials cannot be ingested")
    if allow_private:
        return []
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise SourceError(f"The host {parts.hostname} could not be resolved") from None
    addresses = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not all(a.is_global and not a.is_multicast for a in (address, *_embedded_ipv4(address))):
            raise SourceError(f"The host {parts.hostname} is not a public address")
        addresses.append(str(address))
    return addresses


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215; its operator picks where the IPv4 sits
_NAT64_LOCAL_96 = ipaddress.ip_network("64:ff9b:1::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_UNSPECIFIED = ipaddress.IPv4Address("0.0.0.0")


def _embedded_ipv4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address reaches through a translator or tunnel: NAT64 (RFC 6052, RFC 8215),
    6to4, Teredo, IPv4-mapped and IPv4-compatible. `[64:ff9b::7f00:1]` is 127.0.0.1 to a NAT64 gateway."""
    if not isinstance(address, ipaddress.IPv6Address):
        return []
    low32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _NAT64 or address in _NAT64_LOCAL_96 or address in _IPV4_COMPATIBLE:
        return [low32]
    if address in _NAT64_LOCAL:
        return [_UNSPECIFIED]  # a layout other than /96: the IPv4 cannot be told, so it counts as not public
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    if address.sixtofour is not None:
        return [address.sixtofour]
    if address.teredo is not None:
        return list(address.teredo)  # (server, client)
    return []


def _pinned(url: str, addresses: list[str]) -> tuple[str, dict[str, str], dict[str, str]]:
    """The request for `url` sent to the checked address: the URL names the address, while the Host header and
    TLS (SNI and certificate check) keep the name. Without addresses (private URLs allowed), `url` as it is."""
    parts = urlsplit(url)
    if not addresses or parts.hostname is None:
        return url, {}, {}
    address = addresses[0]
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    server_name = parts.hostname
    host_header = f"{server_name}:{parts.port}" if parts.port else server_name
    extensions = {"sni_hostname": server_name} if parts.scheme == "https" else {}
    return target, {"host": host_header}, extensions


def fetch_url(url: str, *, max_bytes: int, allow_private: bool, timeout: float = 15.0) -> Fetched:
    current = url
    # No kept-alive connections: each hop connects to the address its own check approved, with its own TLS name.
    with httpx.Client(timeout=timeout, follow_redirects=False, headers={"user-agent": "HYVVE-AgentOS/knowledge"},
                      limits=httpx.Limits(max_keepalive_connections=0)) as http:
        for _ in range(5):
            target, headers, extensions = _pinned(current, check_public_url(current, allow_private))
            with http.stream("GET", target, headers=headers, extensions=extensions) as response:
                if response.is_redirect and "location" in response.headers:
                    current = urljoin(current, response.headers["location"])
                    continue
                if response.status_code >= 400:
                    raise SourceError(f"The URL answered HTTP {response.status_code}")
                body = bytearray()
                for part in response.iter_bytes():
                    body.extend(part)
                    if len(body) > max_bytes:
                        raise SourceError(f"The page is larger than {max_bytes} bytes")
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return _classify(current, content_type, bytes(body))
    raise SourceError("The URL redirects too often")


def _classify(url: str, content_type: str, body: bytes) -> Fetched:
    path = urlsplit(url).path.lower()
    if content_type == "application/pdf" or path.endswith(".pdf"):
        return Fetched("pdf", body)
    if content_type in ("text/markdown", "text/x-markdown") or path.endswith((".md", ".markdown")):
        return Fetched("markdown", body)
    if content_type in ("text/html", "application/xhtml+xml"):
        return Fetched("text", html_text(body.decode("utf-8", errors="replace")).encode())
    if content_type.startswith("text/") or content_type in ("", "application/json"):
        return Fetched("text", body)
    raise SourceError(f"Pages of type {content_type} cannot be ingested")


class _TextOfHtml(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "pre"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The readable text of a page (no scripts, styles or markup)."""
    parser = _TextOfHtml()
    parser.feed(html)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)
