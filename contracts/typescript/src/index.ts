// @hyvve/agentos-contracts: the types NestJS and the web app use to talk to hyvve-agentos.
// Hand-written aliases over the generated files (openapi.ts, events.ts, sse.ts), which are not edited by hand.
import type { components, operations, paths } from "./openapi";

export type { components, operations, paths } from "./openapi";
export type * from "./events";
export type * from "./sse";

type Schemas = components["schemas"];

/** Every error of every route: `{error: {code, message, fields?}, detail}`. */
export type ErrorBody = Schemas["ErrorBody"];

// Native agno routes (form fields or JSON), scoped to the caller's workspace and user.
export type RunRequest = Schemas["Body_create_agent_run"];
export type TeamRunRequest = Schemas["Body_create_team_run"];
export type RunOutput = Schemas["RunOutput"];
export type RunAccepted = Schemas["RunAccepted"];
export type RunStatus = NonNullable<RunOutput["status"]>;

// HYVVE approval items created by paused runs.
export type ApprovalItem = Schemas["ApprovalItem"];
export type ApprovalItemList = Schemas["ApprovalItemList"];
export type ApprovalDecision = Schemas["Decision"];
export type ListApprovalItemsQuery = NonNullable<operations["list_approval_items"]["parameters"]["query"]>;

// BYOAI: the models a workspace can use now.
export type AvailableModel = Schemas["AvailableModel"];

// The NestJS bridge (`AGENTOS_URL={gateway}/bridge/v1`): HYVVE's AgentOSService's own request/response shapes.
export type BridgeRunRequest = paths["/bridge/v1/agents/{component_id}/runs"]["post"]["requestBody"]["content"]["application/json"];
export type AgentRunResponse = paths["/bridge/v1/agents/{component_id}/runs/{run_id}"]["get"]["responses"][200]["content"]["application/json"];

/** The headers every authenticated call may carry (contracts/auth.md). */
export interface AgentOSHeaders {
  authorization: `Bearer ${string}`;
  "x-workspace-id"?: string;
  "x-user-id"?: string;
  "x-correlation-id"?: string;
  /** Run routes only: `provider` or `provider:model`. */
  "x-model"?: string;
}
