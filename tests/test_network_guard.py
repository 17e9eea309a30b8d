"""The suite blocks every connection beyond loopback."""

from __future__ import annotations

import socket

import pytest

from conftest import NetworkBlocked


def test_remote_connection_is_refused_fast() -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("93.184.216.34", 443), timeout=5)


def test_remote_name_lookup_is_refused() -> None:
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("api.openai.com", 443)


def test_loopback_is_allowed(openai_server) -> None:
    with socket.create_connection(("127.0.0.1", openai_server.port), timeout=5):
        pass


def test_openai_client_without_base_url_fails_fast() -> None:
    import openai

    client = openai.OpenAI(api_key="sk-test", max_retries=0, timeout=5)
    with pytest.raises(openai.APIConnectionError):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])


@pytest.mark.live
def test_live_marker_is_skipped_by_default() -> None:
    raise AssertionError("live tests must not run without --run-live")
