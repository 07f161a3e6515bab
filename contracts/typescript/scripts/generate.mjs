// Generates src/openapi.ts (openapi-typescript), src/events.ts and src/sse.ts (json-schema-to-typescript)
// from the contracts beside this package. `--check` writes nothing and exits 1 naming each stale file.
//   npm run generate            (or `make contracts` at the repository root)
import { readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compile } from "json-schema-to-typescript";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, "..");
const contracts = join(pkg, "..");
const check = process.argv.includes("--check");

const banner = (source) =>
  `// Generated from contracts/${source} by contracts/typescript/scripts/generate.mjs: do not edit.\n` +
  "// Regenerate with `make contracts` (or `npm run generate` in contracts/typescript).\n\n";

const schemaOptions = {
  bannerComment: "",
  additionalProperties: false, // a schema that does not say otherwise gets no index signature
  declareExternallyReferenced: true,
  strictIndexSignatures: true,
  unreachableDefinitions: false,
  format: true,
};

async function openapiTypes() {
  const ast = await openapiTS(pathToFileURL(join(contracts, "openapi.json")), {
    alphabetize: true,
    exportType: false,
    defaultNonNullable: false, // a field with a default may be absent from a response (agno omits unset fields)
  });
  return banner("openapi.json") + astToString(ast);
}

async function eventTypes() {
  const dir = join(contracts, "events");
  const index = JSON.parse(await readFile(join(dir, "hyvve-event.schema.json"), "utf8"));
  const listed = new Set(index.oneOf.map((entry) => entry.$ref));
  const files = (await readdir(dir)).filter((f) => f.endsWith(".schema.json") && !["envelope.schema.json", "hyvve-event.schema.json"].includes(f));
  const missing = files.filter((f) => !listed.has(f));
  if (missing.length) throw new Error(`contracts/events/hyvve-event.schema.json does not list: ${missing.join(", ")}`);
  // One compile of the index: every type is declared once, the union `HyvveEvent` over all of them.
  const ts = await compile(index, "HyvveEvent", { ...schemaOptions, cwd: dir });
  return banner("events/*.schema.json") + ts;
}

async function sseTypes() {
  const dir = join(contracts, "sse");
  let ts = banner("sse/*.schema.json");
  for (const [file, name] of [["bridge-stream-event.schema.json", "AgentStreamEvent"],
                              ["web-run-event.schema.json", "WebRunEvent"]]) {
    const schema = JSON.parse(await readFile(join(dir, file), "utf8"));
    ts += await compile(schema, name, { ...schemaOptions, cwd: dir, bannerComment: "" });
  }
  return ts;
}

const outputs = {
  "src/openapi.ts": await openapiTypes(),
  "src/events.ts": await eventTypes(),
  "src/sse.ts": await sseTypes(),
};

const stale = [];
for (const [file, text] of Object.entries(outputs)) {
  const path = join(pkg, file);
  const current = await readFile(path, "utf8").catch(() => null);
  if (current === text) continue;
  if (check) stale.push(`contracts/typescript/${file}`);
  else await writeFile(path, text);
}
if (stale.length) {
  console.error(`stale generated types: ${stale.join(", ")}; run \`make contracts\` and commit the result`);
  process.exit(1);
}
