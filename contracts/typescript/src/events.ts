// Generated from contracts/events/*.schema.json by contracts/typescript/scripts/generate.mjs: do not edit.
// Regenerate with `make contracts` (or `npm run generate` in contracts/typescript).

/**
 * Any event this service publishes to or consumes from HYVVE's bus: one file per `type` beside this one.
 */
export type HyvveEvent =
  | AgentConfirmationDeniedEvent
  | AgentConfirmationGrantedEvent
  | AgentConfirmationRequestedEvent
  | AgentRunCompletedEvent
  | AgentRunFailedEvent
  | AgentRunStartedEvent
  | AiTokenLimitExceededEvent
  | AiTokenLimitWarningEvent
  | ApprovalItemApprovedEvent
  | ApprovalItemAutoApprovedEvent
  | ApprovalItemCancelledEvent
  | ApprovalItemExpiredEvent
  | ApprovalItemRejectedEvent
  | ApprovalItemRequestedEvent;
/**
 * The paused tool call was rejected, cancelled or expired; the run continues without it.
 */
export type AgentConfirmationDeniedEvent = HyvveEventEnvelope & {
  type: "agent.confirmation.denied";
  data: AgentConfirmationDeniedData;
};
/**
 * The paused tool call was approved (by a person, or automatically at or above the threshold); the run continues.
 */
export type AgentConfirmationGrantedEvent = HyvveEventEnvelope & {
  type: "agent.confirmation.granted";
  data: AgentConfirmationGrantedData;
};
/**
 * A run paused on a tool that needs a human decision; the approval item is `confirmationId`.
 */
export type AgentConfirmationRequestedEvent = HyvveEventEnvelope & {
  type: "agent.confirmation.requested";
  data: AgentConfirmationRequestedData;
};
/**
 * A run completed (published by this service, once per run).
 */
export type AgentRunCompletedEvent = HyvveEventEnvelope & {
  type: "agent.run.completed";
  data: AgentRunCompletedData;
};
/**
 * A run ended in error (published by this service, once per run).
 */
export type AgentRunFailedEvent = HyvveEventEnvelope & {
  type: "agent.run.failed";
  data: AgentRunFailedData;
};
/**
 * A run started (published by this service, once per run).
 */
export type AgentRunStartedEvent = HyvveEventEnvelope & {
  type: "agent.run.started";
  data: AgentRunStartedData;
};
/**
 * A workspace provider used up its daily token budget; runs on it are refused until tomorrow (once per provider per day).
 */
export type AiTokenLimitExceededEvent = HyvveEventEnvelope & {
  type: "ai.token.limit_exceeded";
  data: AiTokenLimitExceededData;
};
/**
 * A workspace provider crossed 80% of its daily token budget (once per provider per day).
 */
export type AiTokenLimitWarningEvent = HyvveEventEnvelope & {
  type: "ai.token.limit_warning";
  data: AiTokenLimitWarningData;
};
/**
 * A decision: approved. Consumed by this service (from NestJS: resumes the run) and published for decisions made here.
 */
export type ApprovalItemApprovedEvent = HyvveEventEnvelope & {
  type: "approval.item.approved";
  data: ApprovalItemApprovedData;
};
/**
 * An approval item was approved automatically (score at or above the workspace's threshold).
 */
export type ApprovalItemAutoApprovedEvent = HyvveEventEnvelope & {
  type: "approval.item.auto_approved";
  data: ApprovalItemAutoApprovedData;
};
/**
 * A decision: cancelled in HYVVE. Consumed by this service (the run continues without the tool call).
 */
export type ApprovalItemCancelledEvent = HyvveEventEnvelope & {
  type: "approval.item.cancelled";
  data: ApprovalItemCancelledData;
};
/**
 * No decision before the due time. Consumed by this service (from NestJS) and published when it expires one itself.
 */
export type ApprovalItemExpiredEvent = HyvveEventEnvelope & {
  type: "approval.item.expired";
  data: ApprovalItemExpiredData;
};
/**
 * A decision: rejected. Consumed by this service (from NestJS) and published for decisions made here.
 */
export type ApprovalItemRejectedEvent = HyvveEventEnvelope & {
  type: "approval.item.rejected";
  data: ApprovalItemRejectedData;
};
/**
 * An approval item awaits a decision (published by this service for paused tool calls, and by NestJS).
 */
export type ApprovalItemRequestedEvent = HyvveEventEnvelope & {
  type: "approval.item.requested";
  data: ApprovalItemRequestedData;
};

/**
 * Every event on HYVVE's bus (Redis stream `hyvve:events:main`, field `event`, JSON). Consumers dedupe by `id`.
 */
export interface HyvveEventEnvelope {
  /**
   * unique per event; a re-published event keeps its id
   */
  id: string;
  /**
   * `module.entity.action`
   */
  type: string;
  /**
   * the publisher: `agentos` for this service, e.g. `nestjs` for the API
   */
  source: string;
  /**
   * ISO-8601, UTC (`Z`)
   */
  timestamp: string;
  /**
   * the request's x-correlation-id, when the event has one
   */
  correlationId?: string;
  /**
   * the workspace id
   */
  tenantId: string;
  /**
   * the HYVVE user the event is about or by (`service` for NestJS acting for nobody)
   */
  userId: string;
  version: "1.0";
  data: {
    [k: string]: unknown | undefined;
  };
}
export interface AgentConfirmationDeniedData {
  runId: string;
  agentId: string;
  /**
   * the approval item id
   */
  confirmationId: string;
  toolName: string;
  /**
   * the tool's arguments, secrets redacted
   */
  toolArgs: {
    [k: string]: unknown | undefined;
  };
  message: string;
  /**
   * the approval item's decision
   */
  decision: "approved" | "auto_approved" | "rejected" | "cancelled" | "expired";
}
export interface AgentConfirmationGrantedData {
  runId: string;
  agentId: string;
  /**
   * the approval item id
   */
  confirmationId: string;
  toolName: string;
  /**
   * the tool's arguments, secrets redacted
   */
  toolArgs: {
    [k: string]: unknown | undefined;
  };
  message: string;
  /**
   * the approval item's decision
   */
  decision: "approved" | "auto_approved" | "rejected" | "cancelled" | "expired";
}
export interface AgentConfirmationRequestedData {
  runId: string;
  agentId: string;
  /**
   * the approval item id
   */
  confirmationId: string;
  toolName: string;
  /**
   * the tool's arguments, secrets redacted
   */
  toolArgs: {
    [k: string]: unknown | undefined;
  };
  message: string;
}
export interface AgentRunCompletedData {
  runId: string;
  /**
   * agent or team id
   */
  agentId: string;
  agentName: string;
  /**
   * `system`: NestJS acting for nobody
   */
  triggeredBy: "user" | "system" | "schedule";
  /**
   * the answer, cut at 4000 characters
   */
  output: string;
  durationMs: number;
  /**
   * null when the model reported none
   */
  tokensUsed?: number | null;
}
export interface AgentRunFailedData {
  runId: string;
  /**
   * agent or team id
   */
  agentId: string;
  agentName: string;
  /**
   * `system`: NestJS acting for nobody
   */
  triggeredBy: "user" | "system" | "schedule";
  /**
   * why it failed (agno's error, or that the process running it stopped)
   */
  error: string;
  /**
   * from the start to the failure
   */
  durationMs: number;
}
export interface AgentRunStartedData {
  runId: string;
  /**
   * agent or team id
   */
  agentId: string;
  agentName: string;
  /**
   * `system`: NestJS acting for nobody
   */
  triggeredBy: "user" | "system" | "schedule";
  /**
   * the message, cut at 2000 characters
   */
  input: string;
}
export interface AiTokenLimitExceededData {
  /**
   * ai_provider_configs.id
   */
  providerId: string;
  provider: string;
  tokensUsedToday: number;
  maxTokensPerDay: number;
}
export interface AiTokenLimitWarningData {
  /**
   * ai_provider_configs.id
   */
  providerId: string;
  provider: string;
  tokensUsedToday: number;
  maxTokensPerDay: number;
}
export interface ApprovalItemApprovedData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  /**
   * `approved`
   */
  decision: string;
  /**
   * the deciding user; null for expiry
   */
  decidedById?: string | null;
  decisionNotes?: string | null;
}
export interface ApprovalItemAutoApprovedData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  recommendation: "approve" | "review" | "full_review";
  /**
   * the first accepted owner (else admin); null when there is none
   */
  assignedToId?: string | null;
  dueAt: string;
  /**
   * `agentos` for items of this service
   */
  sourceModule?: string | null;
  /**
   * the paused run's id for items of this service
   */
  sourceId?: string | null;
}
export interface ApprovalItemCancelledData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  /**
   * `cancelled`
   */
  decision: string;
  /**
   * the deciding user; null for expiry
   */
  decidedById?: string | null;
  decisionNotes?: string | null;
}
export interface ApprovalItemExpiredData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  /**
   * `expired`
   */
  decision: string;
  /**
   * the deciding user; null for expiry
   */
  decidedById?: string | null;
  decisionNotes?: string | null;
}
export interface ApprovalItemRejectedData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  /**
   * `rejected`
   */
  decision: string;
  /**
   * the deciding user; null for expiry
   */
  decidedById?: string | null;
  decisionNotes?: string | null;
}
export interface ApprovalItemRequestedData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  recommendation: "approve" | "review" | "full_review";
  /**
   * the first accepted owner (else admin); null when there is none
   */
  assignedToId?: string | null;
  dueAt: string;
  /**
   * `agentos` for items of this service
   */
  sourceModule?: string | null;
  /**
   * the paused run's id for items of this service
   */
  sourceId?: string | null;
}
