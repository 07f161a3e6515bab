"""Knowledge fetches only reach public addresses, and a search needs a workspace-scoped user.
Fetching over real sockets (rebinding, a private page) is tests/test_knowledge.py's."""

from __future__ import annotations

import pytest

from agents.knowledge.sources import SourceError, _pinned, check_public_url


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/admin", "http://localhost:8080/", "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.7/", "http://192.168.1.1/", "http://[::1]/", "http://0.0.0.0/", "http://[fd00::1]/",
    "file:///etc/passwd", "gopher://example.com/", "http://user:secret@example.com/",
    # IPv6 forms of private IPv4 addresses: NAT64 (both prefixes), 6to4, Teredo, IPv4-compatible and -mapped.
    "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b:1::a00:7]/",
    "http://[64:ff9b:1:a00:0:700::]/", "http://[2002:7f00:1::]/", "http://[2002:a9fe:a9fe::1]/",
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "http://[::127.0.0.1]/", "http://[::10.0.0.7]/",
    "http://[::ffff:169.254.169.254]/",
])
def test_urls_that_are_not_public_are_refused(url: str) -> None:
    with pytest.raises(SourceError):
        check_public_url(url)


@pytest.mark.parametrize("address", ["64:ff9b::101:101", "64:ff9b:1::101:101", "2002:101:101::1", "2606:4700::1111"])
def test_ipv6_forms_of_public_addresses_are_fetched(address: str) -> None:
    assert check_public_url(f"http://[{address}]/") == [address]


def test_a_pinned_request_keeps_the_name_for_the_host_header_and_tls() -> None:
    assert _pinned("https://docs.example.com/a/b?x=1#top", ["2606:4700::1111"]) == (
        "https://[2606:4700::1111]/a/b?x=1", {"host": "docs.example.com"}, {"sni_hostname": "docs.example.com"})
    assert _pinned("http://docs.example.com:8080", ["1.1.1.1"]) == (
        "http://1.1.1.1:8080/", {"host": "docs.example.com:8080"}, {})
    assert _pinned("http://intranet:8080/x", []) == ("http://intranet:8080/x", {}, {})  # private URLs allowed


def test_a_search_without_a_workspace_scoped_user_finds_nothing() -> None:
    from agents.knowledge.retrieval import WorkspaceKnowledge, workspace_of

    assert workspace_of("ws-1:user-9") == "ws-1"
    for unscoped in (None, "", "user-without-workspace", ":user"):
        assert workspace_of(unscoped) is None
        # Returns before touching the store: no configured service is needed to answer "nothing".
        assert WorkspaceKnowledge().search("anything", user_id=unscoped) == []

