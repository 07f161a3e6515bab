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
 * A workspace provider used up its daily token budget; runs on it are refused until tomorrow (once per provider per day) (HYVVE's TokenLimitExceededPayload).
 */
export type AiTokenLimitExceededEvent = HyvveEventEnvelope & {
  type: "ai.token.limit_exceeded";
  data: AiTokenLimitExceededData;
};
/**
 * A workspace provider crossed 80% of its daily token budget (once per provider per day; HYVVE's TokenLimitWarningPayload).
 */
export type AiTokenLimitWarningEvent = HyvveEventEnvelope & {
  type: "ai.token.limit_warning";
  data: AiTokenLimitWarningData;
};
/**
 * A decision: approved. Consumed by this service (from NestJS: resumes the run) and published for decisions made here (HYVVE's ApprovalDecisionPayload).
 */
export type ApprovalItemApprovedEvent = HyvveEventEnvelope & {
  type: "approval.item.approved";
  data: ApprovalItemApprovedData;
};
/**
 * An approval item was approved automatically (score at or above the workspace's threshold); HYVVE's ApprovalDecisionPayload, as its approval router publishes it.
 */
export type ApprovalItemAutoApprovedEvent = HyvveEventEnvelope & {
  type: "approval.item.auto_approved";
  data: ApprovalItemAutoApprovedData;
};
/**
 * Cancelled in HYVVE (NestJS publishes HYVVE's ApprovalCancelledPayload). Consumed by this service (the run continues without the tool call).
 */
export type ApprovalItemCancelledEvent = HyvveEventEnvelope & {
  type: "approval.item.cancelled";
  data: ApprovalItemCancelledData;
};
/**
 * No decision before the due time (HYVVE's ApprovalExpiredPayload). Consumed by this service (from NestJS) and published when it expires one itself.
 */
export type ApprovalItemExpiredEvent = HyvveEventEnvelope & {
  type: "approval.item.expired";
  data: ApprovalItemExpiredData;
};
/**
 * A decision: rejected. Consumed by this service (from NestJS: the run continues without the tool call) and published for decisions made here (HYVVE's ApprovalDecisionPayload).
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
   * unique per event (this service: a UUID; HYVVE's publisher: a cuid); a re-published event keeps its id
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
   * the request's x-correlation-id, else a new id (always set, as HYVVE's publisher does)
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
   * an object, as HYVVE's schema requires
   */
  output: {
    /**
     * the answer (structured answers as JSON), cut at 4000 characters
     */
    content: string;
  };
  durationMs: number;
  /**
   * absent when the model reported none
   */
  tokensUsed?: number;
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
   * an object, as HYVVE's schema requires
   */
  input: {
    /**
     * the message, cut at 2000 characters
     */
    message: string;
  };
}
export interface AiTokenLimitExceededData {
  /**
   * ai_provider_configs.id
   */
  providerId: string;
  provider: string;
  /**
   * ai_provider_configs.tokens_used_today
   */
  tokensUsed: number;
  /**
   * ai_provider_configs.max_tokens_per_day
   */
  maxTokens: number;
  /**
   * HYVVE's, when a request was refused for its estimate; this service meters after the run and leaves it out
   */
  requestedTokens?: number;
}
export interface AiTokenLimitWarningData {
  /**
   * ai_provider_configs.id
   */
  providerId: string;
  provider: string;
  /**
   * ai_provider_configs.tokens_used_today
   */
  tokensUsed: number;
  /**
   * ai_provider_configs.max_tokens_per_day
   */
  maxTokens: number;
  /**
   * tokensUsed / maxTokens in percent, rounded
   */
  percentageUsed: number;
  /**
   * the warning threshold in percent
   */
  threshold: 80;
}
export interface ApprovalItemApprovedData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  decision: "approved";
  /**
   * the deciding user
   */
  decidedById?: string;
  /**
   * absent when none were given
   */
  decisionNotes?: string;
}
export interface ApprovalItemAutoApprovedData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  decision: "auto_approved";
  /**
   * `system`, as HYVVE's approval router writes it
   */
  decidedById?: string;
  /**
   * absent when none were given
   */
  decisionNotes?: string;
}
export interface ApprovalItemCancelledData {
  approvalId: string;
  type: string;
  title: string;
  /**
   * the cancelling user
   */
  cancelledById: string;
  reason?: string;
}
export interface ApprovalItemExpiredData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  /**
   * when a decision was due
   */
  dueAt: string;
  /**
   * the item's assignee; absent when none
   */
  assignedToId?: string;
}
export interface ApprovalItemRejectedData {
  approvalId: string;
  /**
   * `agent_action` for items of this service
   */
  type: string;
  title: string;
  confidenceScore: number;
  decision: "rejected";
  /**
   * the deciding user
   */
  decidedById?: string;
  /**
   * absent when none were given
   */
  decisionNotes?: string;
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
   * the first accepted owner (else admin); absent when there is none
   */
  assignedToId?: string;
  dueAt: string;
  /**
   * `agentos` for items of this service
   */
  sourceModule?: string;
  /**
   * the paused run's id for items of this service
   */
  sourceId?: string;
}
