"""HYVVE's own client code, compiled as it is and run with node, for tests/test_hyvve_clients.py.

HYVVE's checkout is `HYVVE_REPO` (default `../shared/hyvve/upstream` beside the repository); it is only read.
For each side (NestJS's `api`, the web app's `web`) a project outside it, under `.cache/hyvve-clients/`, gets:
- `node_modules`: the packages HYVVE's files import, at the ranges of HYVVE's own package.json, from the public
  npm registry; installed once per set of ranges (and Node major) and reused by every later run;
- `src/`: HYVVE's files copied unchanged at HYVVE's paths, plus our framework wiring only (the drivers in this
  folder and, for the web app, the session-token getter `@/lib/auth-client`); compiled with tsc into `dist/`,
  again only when a file changed.
A driver takes one JSON command as its argument, calls HYVVE's code and prints one `@@result {json}` line.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CACHE = ROOT / ".cache" / "hyvve-clients"
RESULT = "@@result "


class HyvveUnavailable(RuntimeError):
    """HYVVE's checkout, node or npm is missing: the conformance tests cannot run (they fail, never skip)."""


@dataclass(frozen=True)
class Side:
    name: str
    package_json: str  # HYVVE's, whose ranges we install
    packages: tuple[str, ...]  # what HYVVE's files and the driver import (and tsc, @types)
    hyvve_files: tuple[str, ...]  # copied unchanged, at HYVVE's paths under src/
    ours: dict[str, str]  # our wiring: file in this folder -> path under src/
    tsconfig: dict[str, Any]
    driver: str  # compiled entry point, relative to dist/


API = Side(
    name="api",
    package_json="apps/api/package.json",
    packages=("@nestjs/common", "@nestjs/axios", "@nestjs/config", "axios", "rxjs", "uuid", "class-validator",
              "reflect-metadata", "typescript", "@types/node"),
    hyvve_files=("apps/api/src/agentos/agentos.service.ts", "apps/api/src/agentos/dto/invoke-agent.dto.ts",
                 "apps/api/src/agentos/dto/agent-response.dto.ts"),
    ours={"nest.ts": "drivers/nest.ts"},
    tsconfig={"target": "ES2021", "module": "commonjs", "moduleResolution": "node", "strict": True,
              "experimentalDecorators": True, "emitDecoratorMetadata": True, "esModuleInterop": True,
              "skipLibCheck": True, "types": ["node"]},
    driver="drivers/nest.js",
)

WEB = Side(
    name="web",
    package_json="apps/web/package.json",
    packages=("react", "react-dom", "zod", "jsdom", "typescript", "@types/react", "@types/react-dom", "@types/node"),
    hyvve_files=("apps/web/src/lib/agent-client.ts", "apps/web/src/lib/agent-schemas.ts",
                 "apps/web/src/lib/utils/safe-json.ts", "apps/web/src/hooks/use-agent-stream.ts"),
    ours={"auth-client.ts": "apps/web/src/lib/auth-client.ts", "web.ts": "drivers/web.ts",
          "web-host.ts": "drivers/web-host.ts", "shims.d.ts": "drivers/shims.d.ts"},
    tsconfig={"target": "ES2022", "module": "commonjs", "moduleResolution": "node", "strict": True,
              "esModuleInterop": True, "skipLibCheck": True, "lib": ["ES2022", "DOM", "DOM.Iterable"],
              "types": ["node"], "baseUrl": ".", "paths": {"@/*": ["apps/web/src/*"]}},
    driver="drivers/web.js",
)


def hyvve_repo() -> Path:
    configured = os.environ.get("HYVVE_REPO")
    repo = Path(configured) if configured else ROOT.parent / "shared" / "hyvve" / "upstream"
    if not (repo / "apps" / "api" / "src" / "agentos" / "agentos.service.ts").is_file():
        raise HyvveUnavailable(f"HYVVE's code is not at {repo}: set HYVVE_REPO to a HYVVE checkout "
                               "(CI: ../shared/hyvve/upstream)")
    return repo


def _digest(*parts: bytes) -> str:
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(hashlib.sha256(part).digest())
    return hashed.hexdigest()[:16]


def _node_major() -> str:
    if shutil.which("node") is None or shutil.which("npm") is None:
        raise HyvveUnavailable("the HYVVE client tests need node (20.19 or later) and npm on PATH")
    version = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    major, minor = (int(part) for part in version.lstrip("v").split(".")[:2])
    if (major, minor) < (20, 19):  # HYVVE's uuid 13 is ESM-only and `require`d: Node's require(esm) is 20.19+
        raise HyvveUnavailable(f"the HYVVE client tests need node 20.19 or later (this is {version})")
    return str(major)


def _ranges(repo: Path, side: Side) -> dict[str, str]:
    declared = json.loads((repo / side.package_json).read_text())
    versions = {**declared.get("devDependencies", {}), **declared.get("dependencies", {})}
    missing = [name for name in side.packages if name not in versions]
    if missing:
        raise HyvveUnavailable(f"{side.package_json} of {repo} names no version of {', '.join(missing)}")
    return {name: versions[name] for name in side.packages}


def _install(project: Path, ranges: dict[str, str]) -> None:
    """npm install into a fresh directory, renamed into place when complete (a killed install leaves nothing)."""
    partial = project.with_name(f"{project.name}.partial-{uuid.uuid4().hex[:8]}")
    partial.mkdir(parents=True)
    (partial / "package.json").write_text(json.dumps(
        {"name": f"hyvve-clients-{project.name}", "private": True, "dependencies": ranges}, indent=2))
    done = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=partial,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        shutil.rmtree(partial, ignore_errors=True)
        raise RuntimeError(f"npm install of HYVVE's packages failed:\n{done.stdout}{done.stderr}")
    partial.rename(project)


def build(side: Side) -> Path:
    """The compiled driver of a side (installing and compiling only what changed since the last run)."""
    repo = hyvve_repo()
    ranges = _ranges(repo, side)
    CACHE.mkdir(parents=True, exist_ok=True)
    project = CACHE / f"{side.name}-{_digest(json.dumps(ranges, sort_keys=True).encode(), _node_major().encode())}"
    sources = {**{f: (repo / f).read_bytes() for f in side.hyvve_files},
               **{target: (HERE / ours).read_bytes() for ours, target in side.ours.items()}}
    tsconfig = {"compilerOptions": {**side.tsconfig, "rootDir": "."},
                "files": sorted(p for p in sources if p.endswith(".ts"))}
    stamp = _digest(json.dumps(tsconfig, sort_keys=True).encode(), *(p.encode() + b"\0" + sources[p] for p in sorted(sources)))
    with (CACHE / f"{side.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one build at a time, also across test sessions
        if not (project / "node_modules").is_dir():
            shutil.rmtree(project, ignore_errors=True)
            _install(project, ranges)
        stamp_file = project / "dist" / ".stamp"
        if stamp_file.is_file() and stamp_file.read_text() == stamp:
            return project / "dist" / side.driver
        shutil.rmtree(project / "src", ignore_errors=True)
        shutil.rmtree(project / "dist", ignore_errors=True)
        for path, content in sources.items():
            target = project / "src" / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        (project / "src" / "tsconfig.json").write_text(json.dumps(tsconfig, indent=2))
        compiled = subprocess.run(
            ["node", str(project / "node_modules" / "typescript" / "bin" / "tsc"), "-p", "src/tsconfig.json",
             "--outDir", "dist"],
            cwd=project, capture_output=True, text=True, timeout=300)
        if compiled.returncode != 0:
            raise RuntimeError(f"tsc over HYVVE's {side.name} files failed:\n{compiled.stdout}{compiled.stderr}")
        stamp_file.write_text(stamp)
        return project / "dist" / side.driver


@dataclass
class Outcome:
    result: Any  # what HYVVE's call returned, or {"thrown": {...}} when it threw
    logs: str  # what HYVVE's code logged (NestJS's Logger, console)


def run(driver: Path, command: dict[str, Any], env: dict[str, str] | None = None, timeout: float = 120) -> Outcome:
    """One call of HYVVE's code, in a node process with only PATH (and `env`) in its environment."""
    done = subprocess.run(["node", str(driver), json.dumps(command)], capture_output=True, text=True,
                          timeout=timeout, env={"PATH": os.environ.get("PATH", ""), **(env or {})})
    lines = done.stdout.splitlines()
    results = [line[len(RESULT):] for line in lines if line.startswith(RESULT)]
    logs = "\n".join(line for line in lines if not line.startswith(RESULT)) + done.stderr
    if done.returncode != 0 or len(results) != 1:
        raise RuntimeError(f"driver {driver.name} exited with {done.returncode}:\n{logs}")
    return Outcome(json.loads(results[0]), logs)
