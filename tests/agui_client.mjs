// HYVVE's dashboard client, as CopilotKit 1.50 runs it: @copilotkitnext/core's CopilotKitCore with the
// single-endpoint transport (what @copilotkit/react-core 1.50.1's <CopilotKit runtimeUrl> sets up), driven
// from Node for tests/test_agui.py. Node's fetch has no cookie jar or page origin: the test passes the
// headers a browser would add (Cookie, Origin) as CopilotKit headers.
//
// stdin: {"runtimeUrl", "headers", "agentId", "message", "threadId"?, "frontendTool"?}
// stdout: one JSON object {"status", "agents", "events", "messages", "state", "toolCalls", "error"}
import { CopilotKitCore } from "@copilotkitnext/core";
import { z } from "zod";

const spec = JSON.parse(await new Promise((resolve) => {
  let data = "";
  process.stdin.on("data", (chunk) => (data += chunk));
  process.stdin.on("end", () => resolve(data));
}));

// CopilotKit only connects to its runtime in a browser (it checks for `window`).
globalThis.window ??= globalThis;

const result = { status: null, agents: [], events: [], messages: [], state: null, toolCalls: [], error: null };
const core = new CopilotKitCore({ runtimeUrl: spec.runtimeUrl, runtimeTransport: "single", headers: spec.headers });

if (spec.frontendTool) {
  core.addTool({
    name: spec.frontendTool,
    description: "Show a widget on the HYVVE dashboard",
    parameters: z.object({ widget: z.string() }),
    handler: async (args) => {
      result.toolCalls.push(args);
      return JSON.stringify({ shown: args.widget });
    },
  });
}

// The registry fetches {"method":"info"} as soon as it has a runtime URL.
await new Promise((resolve) => {
  const check = () => ["connected", "error"].includes(core.runtimeConnectionStatus);
  if (check()) return resolve();
  const { unsubscribe } = core.subscribe({
    onRuntimeConnectionStatusChanged: ({ status }) => {
      if (status === "connected" || status === "error") {
        unsubscribe();
        resolve();
      }
    },
  });
});
result.status = core.runtimeConnectionStatus;
result.agents = Object.keys(core.agents);

if (spec.agentId && result.status === "connected") {
  const agent = core.getAgent(spec.agentId);
  if (spec.threadId) agent.threadId = spec.threadId;
  agent.subscribe({ onEvent: ({ event }) => { result.events.push(event); } });
  agent.addMessage({ id: crypto.randomUUID(), role: "user", content: spec.message });
  try {
    await core.runAgent({ agent });
  } catch (error) {
    result.error = String(error?.message ?? error);
  }
  result.messages = agent.messages;
  result.state = agent.state;
  result.threadId = agent.threadId;
}
process.stdout.write(JSON.stringify(result));
