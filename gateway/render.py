"""Render gateway/nginx.conf: replace each ${GATEWAY_*} placeholder, the way the nginx image's envsubst does.

    GATEWAY_LISTEN=8080 GATEWAY_AGENTOS_1=127.0.0.1:7777 GATEWAY_AGENTOS_2=127.0.0.1:7778 \
    GATEWAY_NESTJS=127.0.0.1:3001 GATEWAY_RATE_LIMIT=20r/s python gateway/render.py > /tmp/gateway.conf

A placeholder without a value is an error (nginx would fail on it later, less clearly).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

TEMPLATE = Path(__file__).with_name("nginx.conf")
PLACEHOLDER = re.compile(r"\$\{(GATEWAY_[A-Z0-9_]+)\}")


def placeholders(template: str | None = None) -> set[str]:
    """The names the template needs, e.g. {"GATEWAY_LISTEN", ...}."""
    text = TEMPLATE.read_text() if template is None else template
    return set(PLACEHOLDER.findall(text))


def render(values: Mapping[str, str], template: str | None = None) -> str:
    text = TEMPLATE.read_text() if template is None else template
    missing = sorted(placeholders(text) - {k for k, v in values.items() if v})
    if missing:
        raise KeyError(f"gateway/nginx.conf needs a value for {', '.join(missing)}")
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


if __name__ == "__main__":
    try:
        sys.stdout.write(render(os.environ))
    except KeyError as exc:
        print(f"error: {exc.args[0]}", file=sys.stderr)
        raise SystemExit(2) from None
