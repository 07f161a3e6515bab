// Generated from contracts/sse/bridge-stream-event.schema.json by contracts/typescript/scripts/generate.mjs: do not edit.
// Regenerate with `make contracts` (or `npm run generate` in contracts/typescript).

/**
 * One SSE event of `GET /bridge/v1/{agents|teams}/{id}/runs/{runId}/stream` (`event: <type>`, `data: <this JSON>`), as HYVVE's NestJS AgentOSService parses it. A stream is `start`, then `chunk`s, then one `end` or `error`.
 */
export interface AgentStreamEvent {
  type: "start" | "chunk" | "end" | "error";
  runId: string;
  /**
   * `chunk`: the next piece of the answer; `end`: the whole answer
   */
  content?: string;
  data?: AgentStreamEventData;
  /**
   * `error`: what went wrong
   */
  error?: string;
  timestamp: string;
}
/**
 * `end`: `{status: completed|pending, approvalId?}` (pending: paused for an approval)
 */
export interface AgentStreamEventData {
  status?: "running" | "completed" | "failed" | "pending";
  approvalId?: string | null;
}
