// Generated from contracts/sse/*.schema.json by contracts/typescript/scripts/generate.mjs: do not edit.
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
/**
 * One SSE event (`data: <this JSON>`) of `POST /agents/{validation|planning|branding}/runs` with `stream: true`, in the shapes HYVVE's web app validates (apps/web/src/hooks/use-agent-stream.ts, AGUIEventSchema). A stream is RUN_STARTED, then TEXT_MESSAGE_CHUNK / TOOL_CALL_START / TOOL_CALL_RESULT in order, then RUN_FINISHED; a pause for approval is UI_RENDER_HINT `approval_required` before RUN_FINISHED `success`; a failure is ERROR before RUN_FINISHED `error`.
 */
export type WebRunEvent =
  | {
      type: "RUN_STARTED";
      runId: string;
      /**
       * the team id
       */
      agentId?: string;
      /**
       * milliseconds since the epoch
       */
      timestamp?: number;
    }
  | {
      type: "RUN_FINISHED";
      runId: string;
      status: "success" | "error";
    }
  | {
      type: "TEXT_MESSAGE_CHUNK";
      delta: string;
      messageId: string;
    }
  | {
      type: "TOOL_CALL_START";
      toolCallId: string;
      toolName: string;
      args?: {};
    }
  | {
      type: "TOOL_CALL_RESULT";
      toolCallId: string;
      result: string;
      isError?: boolean;
    }
  | {
      type: "UI_RENDER_HINT";
      component: "approval_required";
      props: {
        /**
         * the HYVVE approval item that waits
         */
        approvalId: string | null;
        runId: string;
        sessionId: string;
        tools: string[];
      };
    }
  | {
      type: "ERROR";
      code: string;
      message: string;
    };
