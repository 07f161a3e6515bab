// Validates events (a JSON array on stdin) with HYVVE's own Zod schemas, as HYVVE's consumer does:
// the envelope against BaseEventSchema, `data` with safeValidateEventPayload (a type without a schema passes).
// Usage: node hyvve_zod.mjs <HYVVE>/packages/shared/src/schemas/events.ts <dir with node_modules: zod, typescript>
// Prints a JSON array of failures, `<type> <envelope|data>.<path>: <Zod message>`.
import { createRequire } from "node:module";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [schemasFile, depsDir] = process.argv.slice(2);
const ts = createRequire(join(depsDir, "package.json"))("typescript");
const compiled = ts.transpileModule(readFileSync(schemasFile, "utf8"), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
// Beside the installed zod, so `import { z } from 'zod'` resolves to HYVVE's pinned version.
const module = join(depsDir, `hyvve-events.${process.pid}.mjs`);
writeFileSync(module, compiled);
let schemas;
try {
  schemas = await import(pathToFileURL(module).href);
} finally {
  rmSync(module, { force: true });
}

const issues = (label, part, error) =>
  error.issues.map((issue) => `${label} ${[part, ...issue.path].join(".")}: ${issue.message}`);

const failures = [];
for (const event of JSON.parse(readFileSync(0, "utf8"))) {
  const label = `${event?.type} (source ${event?.source})`;
  const envelope = schemas.BaseEventSchema.safeParse(event);
  if (!envelope.success) failures.push(...issues(label, "envelope", envelope.error));
  const data = event?.data;
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const payload = schemas.safeValidateEventPayload(String(event.type), data);
    if (!payload.success) failures.push(...issues(label, "data", payload.error));
  }
}
process.stdout.write(JSON.stringify(failures));
