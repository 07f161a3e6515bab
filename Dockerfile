# HYVVE AgentOS: `python -m agents serve` on port 7777, as an unprivileged user.
#   docker build -t hyvve-agentos .
#   docker run --env-file .env -p 7777:7777 hyvve-agentos
# Settings come from the environment (agents/settings.py, documented in .env.example).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    AGNO_TELEMETRY=false

# Dependencies first, in their own layer: a code change does not reinstall them. The versions are the ones
# the tests last passed with (constraints.txt, ADR 0008). PyTorch's CPU index is searched too: its `+cpu` build
# satisfies the same pin and keeps the image small (the Python package index's build carries CUDA, ~3 GB more).
WORKDIR /src
COPY pyproject.toml constraints.txt ./
RUN mkdir agents && touch agents/__init__.py \
    && pip install -c constraints.txt --extra-index-url https://download.pytorch.org/whl/cpu . \
    && pip uninstall -y hyvve-agentos \
    && rm -rf agents build *.egg-info

COPY agents ./agents
RUN pip install --no-deps . && rm -rf build *.egg-info \
    && useradd --system --uid 10001 --user-group --home-dir /app --create-home agentos

# The working directory is the service's own: `.env` is read from here, and an embedded database
# (only when DATABASE_URL is unset) would live under .data/.
WORKDIR /app
USER agentos

EXPOSE 7777
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:7777/health', timeout=2)"]
# Behind a proxy, add --forwarded-allow-ips <the proxy's address> (docker-compose.yml does).
CMD ["python", "-m", "agents", "serve", "--host", "0.0.0.0", "--port", "7777"]
