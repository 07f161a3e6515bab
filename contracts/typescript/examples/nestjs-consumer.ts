// How NestJS (AgentOSService, the event bus handlers) and the web app use @hyvve/agentos-contracts.
// Type-checked in CI (`tsc --noEmit`): if a contract changes shape, this file stops compiling.
import type {
  AgentOSHeaders,
  AgentRunResponse,
  AgentStreamEvent,
  ApprovalDecision,
  ApprovalItem,
  ApprovalItemList,
  AvailableModel,
  BridgeRunRequest,
  ErrorBody,
  HyvveEvent,
  ListApprovalItemsQuery,
  RunOutput,
  RunRequest,
} from "../src/index";

export class AgentOSError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(`${status} ${body.error.code}: ${body.error.message}`);
  }

  /** AgentOSService retries network errors, 5xx and 429 only. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429;
  }
}

function headerInit(headers: AgentOSHeaders & { accept?: string }): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

async function call<T>(url: string, init: Omit<RequestInit, "headers"> & { headers: AgentOSHeaders }): Promise<T> {
  const headers = { "content-type": "application/json", ...headerInit(init.headers) };
  const response = await fetch(url, { ...init, headers });
  if (!response.ok) throw new AgentOSError(response.status, (await response.json()) as ErrorBody);
  return (await response.json()) as T;
}

// -- NestJS: AgentOSService through the bridge (AGENTOS_URL = {gateway}/bridge/v1) ----------------------------

export class AgentOSService {
  constructor(
    private readonly baseUrl: string, // e.g. http://gateway/bridge/v1
    private readonly serviceToken: string, // AGENT_SERVICE_TOKEN
  ) {}

  private headers(workspaceId: string, correlationId: string): AgentOSHeaders {
    return {
      authorization: `Bearer ${this.serviceToken}`,
      "x-workspace-id": workspaceId,
      "x-correlation-id": correlationId,
    };
  }

  runAgent(agentId: string, workspaceId: string, userId: string, message: string): Promise<AgentRunResponse> {
    const correlationId = crypto.randomUUID();
    const body: BridgeRunRequest = {
      message,
      userId,
      stream: false,
      params: { model: "openai:gpt-4o-mini" },
      metadata: { workspaceId, correlationId },
    };
    return call<AgentRunResponse>(`${this.baseUrl}/agents/${agentId}/runs`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: this.headers(workspaceId, correlationId),
    });
  }

  getRun(agentId: string, runId: string, workspaceId: string): Promise<AgentRunResponse> {
    return call<AgentRunResponse>(`${this.baseUrl}/agents/${agentId}/runs/${runId}`, {
      method: "GET",
      headers: this.headers(workspaceId, crypto.randomUUID()),
    });
  }

  /** The SSE stream of a run: `start`, `chunk`s, then `end` or `error`. */
  async *streamRun(agentId: string, runId: string, workspaceId: string): AsyncGenerator<AgentStreamEvent> {
    const response = await fetch(`${this.baseUrl}/agents/${agentId}/runs/${runId}/stream`, {
      headers: headerInit({ ...this.headers(workspaceId, crypto.randomUUID()), accept: "text/event-stream" }),
    });
    if (!response.ok || !response.body) throw new AgentOSError(response.status, (await response.json()) as ErrorBody);
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split("\n").find((line) => line.startsWith("data: "));
        if (data) yield JSON.parse(data.slice("data: ".length)) as AgentStreamEvent;
      }
    }
  }
}

export async function collectAnswer(service: AgentOSService, agentId: string, workspaceId: string, userId: string) {
  const started = await service.runAgent(agentId, workspaceId, userId, "Summarise this week's deals");
  if (started.status === "completed") return started.content ?? "";
  if (started.status === "pending") return `waiting for approval ${String(started.data?.["approvalId"] ?? "")}`;
  let answer = "";
  for await (const event of service.streamRun(agentId, started.runId, workspaceId)) {
    switch (event.type) {
      case "chunk":
        answer += event.content ?? "";
        break;
      case "end":
        return event.data?.status === "pending" ? `waiting for approval ${event.data.approvalId ?? ""}` : answer;
      case "error":
        throw new Error(event.error ?? "the run failed");
    }
  }
  return answer;
}

// -- The web app: native routes with the user's own session token --------------------------------------------

export class AgentOSBrowserClient {
  constructor(
    private readonly baseUrl: string,
    private readonly sessionToken: string,
  ) {}

  private get headers(): AgentOSHeaders {
    return { authorization: `Bearer ${this.sessionToken}` };
  }

  /** A run without streaming; a PAUSED run names the approval item it waits on. */
  async run(agentId: string, message: string, sessionId?: string): Promise<{ run: RunOutput; approvalIds: string[] }> {
    const body: RunRequest = { message, stream: false, ...(sessionId ? { session_id: sessionId } : {}) };
    const run = await call<RunOutput>(`${this.baseUrl}/agents/${agentId}/runs`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { ...this.headers, "x-model": "openai" },
    });
    const approvalIds =
      run.status === "PAUSED"
        ? (run.requirements ?? []).flatMap((r) => (r.tool_execution?.approval_id ? [r.tool_execution.approval_id] : []))
        : [];
    return { run, approvalIds };
  }

  models(): Promise<AvailableModel[]> {
    return call<{ data: AvailableModel[] }>(`${this.baseUrl}/models`, { method: "GET", headers: this.headers }).then(
      (listed) => listed.data.filter((model) => model.usable),
    );
  }

  pendingApprovals(query: ListApprovalItemsQuery = { status: "pending", limit: 50 }): Promise<ApprovalItem[]> {
    const search = new URLSearchParams();
    if (query.status) search.set("status", query.status);
    if (query.limit) search.set("limit", String(query.limit));
    return call<ApprovalItemList>(`${this.baseUrl}/approval-items?${search}`, { method: "GET", headers: this.headers }).then(
      (list) => list.data,
    );
  }

  /** Owners and admins decide; repeating the same decision is fine, a contrary one is 409 ALREADY_DECIDED. */
  async decide(item: ApprovalItem, decision: ApprovalDecision): Promise<ApprovalItem | "already decided"> {
    try {
      return await call<ApprovalItem>(`${this.baseUrl}/approval-items/${item.id}/resolve`, {
        method: "POST",
        body: JSON.stringify(decision),
        headers: this.headers,
      });
    } catch (error) {
      if (error instanceof AgentOSError && error.body.error.code === "ALREADY_DECIDED") return "already decided";
      throw error;
    }
  }
}

export function describeItem(item: ApprovalItem): string {
  const factors = item.confidence_factors.map((f) => `${f.factor} ${f.score}×${f.weight}`).join(", ");
  const review = item.preview_data?.["reviewType"];
  return `${item.title} [${item.status}, ${item.ai_recommendation}, score ${item.confidence_score}: ${factors}; ${String(review)}] due ${item.due_at}`;
}

// -- NestJS: events from the bus (XREADGROUP on hyvve:events:main, field `event`) ----------------------------------

export function parseEvent(field: string): HyvveEvent {
  return JSON.parse(field) as HyvveEvent;
}

export function handleEvent(event: HyvveEvent): string {
  switch (event.type) {
    case "agent.run.started":
      return `${event.data.agentName} started run ${event.data.runId} (${event.data.triggeredBy})`;
    case "agent.run.completed":
      return `run ${event.data.runId} done in ${event.data.durationMs} ms, ${event.data.tokensUsed ?? 0} tokens`;
    case "agent.run.failed":
      return `run ${event.data.runId} failed after ${event.data.durationMs} ms: ${event.data.error}`;
    case "agent.confirmation.requested":
      return `${event.data.toolName} awaits approval ${event.data.confirmationId}`;
    case "agent.confirmation.granted":
    case "agent.confirmation.denied":
      return `${event.data.toolName}: ${event.data.decision}`;
    case "approval.item.requested":
      return `item ${event.data.approvalId} (${event.data.recommendation}, ${event.data.confidenceScore}) due ${event.data.dueAt}`;
    case "approval.item.approved":
    case "approval.item.rejected":
    case "approval.item.auto_approved":
      return `item ${event.data.approvalId} ${event.data.decision} by ${event.data.decidedById ?? "nobody"}`;
    case "approval.item.cancelled":
      return `item ${event.data.approvalId} cancelled by ${event.data.cancelledById}`;
    case "approval.item.expired":
      return `item ${event.data.approvalId} expired (due ${event.data.dueAt})`;
    case "ai.token.limit_warning":
      return `${event.data.provider}: ${event.data.percentageUsed}% of ${event.data.maxTokens} tokens today`;
    case "ai.token.limit_exceeded":
      return `${event.data.provider}: ${event.data.tokensUsed}/${event.data.maxTokens} tokens today`;
    default: {
      const unhandled: never = event; // a new event type must be handled here
      return unhandled;
    }
  }
}

/** The decision NestJS publishes when a person approves in HYVVE; the service resumes the run. */
export function approvedInHyvve(item: ApprovalItem, deciderId: string): HyvveEvent {
  return {
    id: crypto.randomUUID(),
    type: "approval.item.approved",
    source: "nestjs",
    timestamp: new Date().toISOString(),
    tenantId: item.workspace_id,
    userId: deciderId,
    version: "1.0",
    data: {
      approvalId: item.id,
      type: item.type,
      title: item.title,
      decision: "approved",
      decidedById: deciderId,
      confidenceScore: item.confidence_score,
    },
  };
}
