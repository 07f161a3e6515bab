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
