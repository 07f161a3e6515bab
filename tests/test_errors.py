"""Bad input gets one JSON error shape with the right status, on agno's routes and ours."""

from __future__ import annotations

import httpx


def test_unknown_agent_is_a_404_with_an_error_code(client: httpx.Client) -> None:
    response = client.post("/agents/no-such-agent/runs", data={"message": "hi", "stream": "false"})

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert response.json()["error"]["message"]


def test_missing_message_is_a_422_naming_the_field(client: httpx.Client) -> None:
    response = client.post("/agents/assistant/runs", data={"stream": "false"})

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert "message" in error["message"]


def test_unknown_route_is_a_json_404(client: httpx.Client) -> None:
    response = client.get("/definitely/not/here")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_oversized_request_headers_are_a_json_431_before_any_credential_check(anonymous: httpx.Client) -> None:
    huge_token = anonymous.get("/agents", headers={"authorization": "Bearer " + "a" * (1024 * 1024)})
    many_headers = anonymous.get("/agents", headers={f"x-filler-{i}": "b" * 1024 for i in range(20)})

    for response in (huge_token, many_headers):
        assert response.status_code == 431
        assert response.json()["error"]["code"] == "headers_too_large"
        assert response.json()["detail"] == response.json()["error"]["message"]


def test_request_headers_under_the_limit_are_served(client: httpx.Client) -> None:
    response = client.get("/agents", headers={"cookie": "c" * (12 * 1024)})

    assert response.status_code == 200
