// Generated from contracts/openapi.json by contracts/typescript/scripts/generate.mjs: do not edit.
// Regenerate with `make contracts` (or `npm run generate` in contracts/typescript).

export interface paths {
    "/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List All Agents
         * @description Retrieve a comprehensive list of all agents configured in this OS instance.
         *
         *     **Returns:**
         *     - Agent metadata (ID, name, description)
         *     - Model configuration and capabilities
         *     - Available tools and their configurations
         *     - Session, knowledge, memory, and reasoning settings
         *     - Only meaningful (non-default) configurations are included
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_agents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Agent Details
         * @description Retrieve detailed configuration and capabilities of a specific agent.
         *
         *     **Returns comprehensive agent information including:**
         *     - Model configuration and provider details
         *     - Complete tool inventory and configurations
         *     - Session management settings
         *     - Knowledge base and memory configurations
         *     - Reasoning capabilities and settings
         *     - System prompts and response formatting options
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_agent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Agent Runs
         * @description List runs for an agent within a session, optionally filtered by status.
         *
         *     Useful for monitoring background runs and viewing run history.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_agent_runs"];
        put?: never;
        /**
         * Create Agent Run
         * @description Execute an agent with a message and optional media files. Supports both streaming and non-streaming responses.
         *
         *     **Features:**
         *     - Text message input with optional session management
         *     - Multi-media support: images (PNG, JPEG, WebP), audio (WAV, MP3), video (MP4, WebM, etc.)
         *     - Document processing: PDF, CSV, DOCX, TXT, JSON
         *     - Real-time streaming responses with Server-Sent Events (SSE)
         *     - User and session context preservation
         *
         *     **Streaming Response:**
         *     When `stream=true`, returns SSE events with `event` and `data` fields.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["create_agent_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Agent Run
         * @description Retrieve the status and output of an agent run. Use this to poll for background run completion.
         *
         *     Requires the `session_id` that was returned when the run was created.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_agent_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Agent Run
         * @description Cancel the caller's run.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["cancel_agent_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/runs/{run_id}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Agent Run Checkpoints
         * @description List FE-friendly continuation boundaries derived from the current stored run. No separate checkpoint table is used; entries are inferred from message-level checkpoint markers and the terminal end of the transcript.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_agent_run_checkpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/runs/{run_id}/checkpoints/{message_index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Agent Run Checkpoint Snapshot
         * @description Return a derived run snapshot truncated at a message boundary. Use the returned message_index as `continue_from` when continuing this run.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_agent_run_checkpoint_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/runs/{run_id}/continue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Continue Agent Run
         * @description Advance a persisted agent run from its current state. Dispatches on the body shape and the persisted run state.
         *
         *     **Variants:**
         *     - PAUSED + tools provided → apply HITL tool results, resume
         *     - PAUSED + resolved admin approval (empty tools) → apply resolution, resume
         *     - RUNNING / ERROR (no unresolved HITL requirements) → resume from last persisted state
         *     - COMPLETED + new tools → continue with appended messages
         *
         *     **Tools Parameter:**
         *     JSON string containing array of tool execution objects with results. Optional — only required when the persisted run has unresolved HITL requirements.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["continue_agent_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{agent_id}/runs/{run_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume Agent Run
         * @description Reattach to the caller's run stream.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["resume_agent_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/branding/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the branding team is served (public; no data)
         * @description The web app's team health check; no data.
         *
         *     **Who may call:** Public: no credential.
         */
        get: operations["web_branding_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/branding/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the branding onboarding team for a business (HYVVE web app's agent client and stream hook)
         * @description Run an onboarding team for a business of the caller's workspace.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["web_run_branding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/planning/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the planning team is served (public; no data)
         * @description The web app's team health check; no data.
         *
         *     **Who may call:** Public: no credential.
         */
        get: operations["web_planning_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/planning/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the planning onboarding team for a business (HYVVE web app's agent client and stream hook)
         * @description Run an onboarding team for a business of the caller's workspace.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["web_run_planning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/validation/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the validation team is served (public; no data)
         * @description The web app's team health check; no data.
         *
         *     **Who may call:** Public: no credential.
         */
        get: operations["web_validation_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/validation/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the validation onboarding team for a business (HYVVE web app's agent client and stream hook)
         * @description Run an onboarding team for a business of the caller's workspace.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["web_run_validation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agui": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * CopilotKit's single endpoint: info, agent/run (AG-UI events), agent/connect, agent/stop
         * @description CopilotKit's single endpoint: info for any member; runs check the run right (RunStarter).
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        post: operations["agui"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Items
         * @description The workspace's agent approval items.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_approval_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Item
         * @description One of the workspace's approval items.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_approval_item"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval-items/{item_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve Item
         * @description Approve or reject: owners and admins.
         *
         *     **Who may call:** Owners and admins of the caller's workspace; NestJS on behalf of one.
         */
        post: operations["resolve_approval_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Approvals
         * @description Agno's own approval records; HYVVE approvals are approval_items.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_approvals_approvals_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/{approval_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Approval
         * @description Agno's own approval records.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_approval_approvals__approval_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Approval
         * @description Agno's own approval records.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["delete_approval_approvals__approval_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/{approval_id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve Approval
         * @description Decided like /approval-items/{id}/resolve: HYVVE's item, events, continuation (control_plane.py).
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["resolve_approval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/{approval_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Approval Status
         * @description Agno's own approval records.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_approval_status_approvals__approval_id__status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approvals/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Approval Count
         * @description Agno's own approval records.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_approval_count_approvals_count_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bridge/v1/agents/{component_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Run
         * @description Start a run, NestJS's JSON shape.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["bridge_start_agent_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bridge/v1/agents/{component_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Run
         * @description A run of the caller's workspace.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["bridge_get_agent_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bridge/v1/agents/{component_id}/runs/{run_id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream Run
         * @description Follow a run: start|chunk|end|error.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["bridge_stream_agent_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bridge/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the bridge answers (public, no data): AgentOSService.checkHealth()
         * @description AgentOSService.checkHealth(); no data.
         *
         *     **Who may call:** Public: no credential.
         */
        get: operations["bridge_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bridge/v1/teams/{component_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Run
         * @description Start a team run, NestJS's JSON shape.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["bridge_start_team_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bridge/v1/teams/{component_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Run
         * @description A team run of the caller's workspace.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["bridge_get_team_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bridge/v1/teams/{component_id}/runs/{run_id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream Run
         * @description Follow a team run.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["bridge_stream_team_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Components
         * @description Retrieve a paginated list of components with optional filtering by type.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_components"];
        put?: never;
        /**
         * Create Component
         * @description Create a new component (agent, team, or workflow) with initial config.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["create_component"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components/{component_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Component
         * @description Retrieve a component by ID.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_component"];
        put?: never;
        post?: never;
        /**
         * Delete Component
         * @description Delete a component by ID.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["delete_component"];
        options?: never;
        head?: never;
        /**
         * Update Component
         * @description Partially update a component by ID.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        patch: operations["update_component"];
        trace?: never;
    };
    "/components/{component_id}/configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Configs
         * @description List all configs for a component.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_configs"];
        put?: never;
        /**
         * Create Config Version
         * @description Create a new config version for a component.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["create_config"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components/{component_id}/configs/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Config Version
         * @description Get a specific config version by number.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_config"];
        put?: never;
        post?: never;
        /**
         * Delete Config Version
         * @description Delete a specific draft config version. Cannot delete published or current configs.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["delete_config"];
        options?: never;
        head?: never;
        /**
         * Update Draft Config
         * @description Update an existing draft config. Cannot update published configs.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        patch: operations["update_config"];
        trace?: never;
    };
    "/components/{component_id}/configs/{version}/set-current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set Current Config Version
         * @description Set a published config version as current (for rollback).
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["set_current_config"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components/{component_id}/configs/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Current Config
         * @description Get the current config version for a component.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_current_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/components/{component_id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore Component
         * @description Restore an archived (soft-deleted) component by ID.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["restore_component"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get OS Configuration
         * @description Retrieve the complete configuration of the AgentOS instance, including:
         *
         *     - Available models and databases
         *     - Registered agents, teams, and workflows
         *     - Chat, session, memory, knowledge, and evaluation configurations
         *     - Available interfaces and their routes
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/databases/{db_id}/migrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Migrate Database
         * @description Migrate the given database schema to the given target version. If a target version is not provided, the database will be migrated to the latest version.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["migrate_database"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/databases/all/migrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Migrate All Databases
         * @description Migrate all database schemas to the given target version. If a target version is not provided, all databases will be migrated to the latest version.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["migrate_all_databases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eval-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Evaluation Runs
         * @description Retrieve paginated evaluation runs with filtering and sorting options. Filter by agent, team, workflow, model, or evaluation type.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_eval_runs"];
        put?: never;
        /**
         * Run Eval
         * @description An eval on the agent as a chosen workspace runs it (agents/routes/control_plane.py).
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["run_eval"];
        /**
         * Delete Evaluation Runs
         * @description Delete multiple evaluation runs by their IDs. This action cannot be undone.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["delete_eval_runs"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/eval-runs/{eval_run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Evaluation Run
         * @description Retrieve detailed results and metrics for a specific evaluation run.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_eval_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Evaluation Run
         * @description Update the name or other properties of an existing evaluation run.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        patch: operations["update_eval_run"];
        trace?: never;
    };
    "/filesystem/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Filesystem Content
         * @description Read a preview of one file, continuing from offset when the file is longer than limit.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["read_filesystem_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Filesystem Entries
         * @description List the files and directories directly under a directory of one filesystem.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_filesystem_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Filesystem Files
         * @description List files across the configured agent filesystems visible to the caller. Use agent_id or namespace to narrow the result, and query to search file contents.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_filesystem_files"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/filesystem/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Filesystem
         * @description Search file contents within one filesystem.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["search_filesystem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description Liveness probe.
         *
         *     **Who may call:** Public: no credential.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get OS Info
         * @description Return lightweight, unauthenticated metadata about this AgentOS instance.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_info"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Knowledge Config Route
         * @description What uploads agno's knowledge page offers: none, it is read-only.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_knowledge_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Content
         * @description A workspace's documents (?workspace_id= or x-workspace-id).
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/content/{content_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Content
         * @description One of a workspace's documents.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_content_by_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/content/{content_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Content Status
         * @description A document's indexing status.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_content_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Documents
         * @description The workspace's documents, newest first.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_documents_knowledge_documents_get"];
        put?: never;
        /**
         * Add Document
         * @description Add a document (text, markdown, PDF or a URL) to the workspace's knowledge base.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["add_document_knowledge_documents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/documents/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Document
         * @description One document and its ingestion status.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_document_knowledge_documents__document_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Document
         * @description Remove a document and every chunk of it from the knowledge base.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        delete: operations["delete_document_knowledge_documents__document_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query Knowledge
         * @description Hybrid (semantic + keyword) search of the workspace's documents and HYVVE KB pages, in one ranking.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        post: operations["query_knowledge_knowledge_query_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search
         * @description Search a workspace's knowledge base.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["search_knowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/learnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Learnings
         * @description List learning records with pagination and optional filters. For a scoped (non-admin) caller with user isolation enabled, results are bound to that user and also include records with no owner (`user_id IS NULL`) — this covers global, agent, team, session, and entity-scoped learnings; passing a `user_id` that differs from the caller is rejected with 403. Admins and unscoped callers see all records (optionally filtered by `user_id`).
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_learnings"];
        put?: never;
        /**
         * Create Learning
         * @description Create a new learning record. For the identity-keyed learning types (`user_profile`, `user_memory`, `session_context`, `entity_memory`) the record id is derived deterministically from the identity fields so it reconciles with what the agent reads/writes — provide those fields (else 422), and if a record already exists the request is rejected with 409 (use PATCH to update it). Other types get a generated id. For a scoped (non-admin) caller, the body's `user_id` must be omitted/null or match the caller (mismatch → 403); admins and unscoped callers may set any `user_id`. An `entity_memory` record whose body omits `namespace` is stored under the `global` default; the endpoint cannot see how a given store is configured, so a caller writing for a store running with `namespace="user"` or a custom namespace must pass `namespace` explicitly or the record will not be visible to it.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["create_learning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/learnings/{learning_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Learning
         * @description Retrieve a single learning record by its ID.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_learning"];
        put?: never;
        post?: never;
        /**
         * Delete Learning
         * @description Permanently delete a learning record by its ID. Records with no owner (`user_id IS NULL` — shared agent/team/session/entity learnings) may only be deleted by an admin.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["delete_learning"];
        options?: never;
        head?: never;
        /**
         * Update Learning
         * @description Update a learning record. Only `content` and `metadata` may be modified; identity fields (user_id, agent_id, team_id, etc.) are immutable. Provided fields fully replace the existing values. Records with no owner (`user_id IS NULL` — shared agent/team/session/entity learnings) are readable by any caller but may only be modified by an admin.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        patch: operations["update_learning"];
        trace?: never;
    };
    "/learnings/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Learning Users
         * @description List the users that own learning records, with a per-user count and last-updated timestamp. Intended as the entry point for a per-user view: list users here, then drill into a single user's learnings via `GET /learnings?user_id=...`. Records with no owner (`user_id IS NULL`) are excluded. Pass `learning_type` to restrict the grouping to a single store (e.g. `user_profile` or `user_memory`). For a scoped (non-admin) caller results are bound to that user; an explicit `user_id` that differs is rejected with 403. Admins and unscoped callers list all users. Sortable by `user_id` or `last_learning_updated_at` (the default).
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_learning_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/learnings/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Learning User
         * @description Delete the learning records owned by a user. By default removes every learning type backed by the agno_learnings table (user_profile, user_memory, and any user-scoped entity records); pass `learning_type` to restrict deletion to a single store. Records with no owner (`user_id IS NULL`) are not affected. For a scoped (non-admin) caller, only their own learnings may be deleted; a different `user_id` is rejected with 403. Admins and unscoped callers may delete any user's learnings. Returns 204 even if the user had no matching records.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["delete_learning_user"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Memories
         * @description Retrieve paginated list of user memories with filtering and search capabilities. Filter by user, agent, team, topics, or search within memory content.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_memories"];
        put?: never;
        /**
         * Create Memory
         * @description Create a new user memory with content and associated topics. Memories are used to store contextual information for users across conversations.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["create_memory"];
        /**
         * Delete Multiple Memories
         * @description Delete multiple user memories by their IDs in a single operation. This action cannot be undone and all specified memories will be permanently removed.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        delete: operations["delete_memories"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories/{memory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Memory by ID
         * @description Retrieve detailed information about a specific user memory by its ID.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_memory"];
        put?: never;
        post?: never;
        /**
         * Delete Memory
         * @description Permanently delete a specific user memory. This action cannot be undone.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        delete: operations["delete_memory"];
        options?: never;
        head?: never;
        /**
         * Update Memory
         * @description Update an existing user memory's content and topics. Replaces the entire memory content and topic list with the provided values.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        patch: operations["update_memory"];
        trace?: never;
    };
    "/memory_topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Memory Topics
         * @description Retrieve all unique topics associated with memories in the system. Useful for filtering and categorizing memories by topic.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_memory_topics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get AgentOS Metrics
         * @description Retrieve AgentOS metrics and analytics data for a specified date range. If no date range is specified, returns all available metrics.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh Metrics
         * @description Manually trigger recalculation of system metrics from raw data. This operation analyzes system activity logs and regenerates aggregated metrics. Useful for ensuring metrics are up-to-date or after system maintenance. By default the refresh runs synchronously and returns the refreshed metrics. Pass background=true to run the refresh in the background instead: the endpoint returns 202 Accepted immediately and GET /metrics can be polled for results. If a background refresh is already in progress for the target database, returns status 'already_running' without starting a new one.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["refresh_metrics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics/refresh/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Metrics Refresh Status
         * @description Get the status of the most recent metrics refresh for the target database. Returns 'running' while a refresh is in progress, then 'completed' or 'failed' with the finish timestamp — the state updates even when a refresh completes without writing new data. Returns 'idle' if no refresh has been triggered since this server process started. For remote databases the status is fetched from the remote AgentOS. Intended for polling after starting a background refresh via POST /metrics/refresh?background=true.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_metrics_refresh_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Models
         * @description The models the caller's workspace can use now (agents/routes/models.py).
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_workspace_models"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus Metrics
         * @description Prometheus metrics of this process.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["prometheus_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background job queue (not enabled here: answers 503)
         * @description Background job queue administration.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["disabled_queue_get"];
        /**
         * Background job queue (not enabled here: answers 503)
         * @description Background job queue administration.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        put: operations["disabled_queue_put"];
        /**
         * Background job queue (not enabled here: answers 503)
         * @description Background job queue administration.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["disabled_queue_post"];
        /**
         * Background job queue (not enabled here: answers 503)
         * @description Background job queue administration.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["disabled_queue_delete"];
        options?: never;
        head?: never;
        /**
         * Background job queue (not enabled here: answers 503)
         * @description Background job queue administration.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        patch: operations["disabled_queue_patch"];
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready
         * @description Readiness probe; names failing dependencies, never their addresses.
         *
         *     **Who may call:** Public: no credential.
         */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Registry
         * @description List all resources in the registry with optional filtering.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_registry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Schedules
         * @description Agno schedules are not workspace-scoped; the scheduler is off.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_schedules_schedules_get"];
        put?: never;
        /**
         * Create Schedule
         * @description Agno schedules are not workspace-scoped; the scheduler is off.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["create_schedule_schedules_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{schedule_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Schedule
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_schedule_schedules__schedule_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Schedule
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["delete_schedule_schedules__schedule_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Schedule
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        patch: operations["update_schedule_schedules__schedule_id__patch"];
        trace?: never;
    };
    "/schedules/{schedule_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable Schedule
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["disable_schedule_schedules__schedule_id__disable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{schedule_id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable Schedule
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["enable_schedule_schedules__schedule_id__enable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{schedule_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Schedule Runs
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_schedule_runs_schedules__schedule_id__runs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{schedule_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Schedule Run
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_schedule_run_schedules__schedule_id__runs__run_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedules/{schedule_id}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger Schedule
         * @description Not workspace-scoped.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["trigger_schedule_schedules__schedule_id__trigger_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Service Accounts
         * @description List service accounts. Returns metadata and display prefixes only - never hashes or plaintext.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["list_service_accounts_service_accounts_get"];
        put?: never;
        /**
         * Create Service Account
         * @description Mint a service account token. The plaintext token is returned exactly once.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["create_service_account_service_accounts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-accounts/{service_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Service Account
         * @description Revoke a service account. Idempotent.
         *
         *     Takes effect immediately on this worker (the local verification cache entry is
         *     evicted) and within the cache TTL on other workers.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        delete: operations["revoke_service_account_service_accounts__service_account_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sessions
         * @description Retrieve paginated list of sessions with filtering and sorting options. Supports filtering by session type (agent, team, workflow), component, user, and name. Sessions represent conversation histories and execution contexts.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_sessions"];
        put?: never;
        /**
         * Create New Session
         * @description Create a new empty session with optional configuration. Useful for pre-creating sessions with specific session_state, metadata, or other properties before running any agent/team/workflow interactions. The session can later be used by providing its session_id in run requests.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["create_session"];
        /**
         * Delete Multiple Sessions
         * @description Delete multiple sessions by their IDs in a single operation. This action cannot be undone and will permanently remove all specified sessions and their runs.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        delete: operations["delete_sessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session by ID
         * @description Retrieve detailed information about a specific session including metadata, configuration, and run history. Response schema varies based on session type (agent, team, or workflow).
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_session_by_id"];
        put?: never;
        post?: never;
        /**
         * Delete Session
         * @description Permanently delete a specific session and all its associated runs. This action cannot be undone and will remove all conversation history.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        delete: operations["delete_session"];
        options?: never;
        head?: never;
        /**
         * Update Session
         * @description Update session properties such as session_name, session_state, metadata, or summary. Use this endpoint to modify the session name, update state, add metadata, or update the session summary.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        patch: operations["update_session"];
        trace?: never;
    };
    "/sessions/{session_id}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rename Session
         * @description Update the name of an existing session. Useful for organizing and categorizing sessions with meaningful names for better identification and management.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["rename_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/run-previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session Run Previews
         * @description Lightweight listing of a session's runs for polling clients such as a queue tray: ids, status, timestamps and truncated input/output previews, without messages, events, media or metrics. Accepts the same filters as GET /sessions/{session_id}/runs.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_session_run_previews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session Runs
         * @description Retrieve all runs (executions) for a specific session with optional timestamp and status filtering. Repeat the status param to match any of several (case-insensitive; e.g. status=PENDING&status=RUNNING&status=PAUSED is the live set a queue tray shows). Response schema varies based on session type. For lightweight entries, use GET /sessions/{session_id}/run-previews.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_session_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Run by ID
         * @description Retrieve a specific run by its ID from a session. Response schema varies based on the run type (agent run, team run, or workflow run).
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_session_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List All Teams
         * @description Retrieve a comprehensive list of all teams configured in this OS instance.
         *
         *     **Returns team information including:**
         *     - Team metadata (ID, name, description, execution mode)
         *     - Model configuration for team coordination
         *     - Team member roster with roles and capabilities
         *     - Knowledge sharing and memory configurations
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_teams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team Details
         * @description Retrieve detailed configuration and member information for a specific team.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_team"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Team Runs
         * @description List runs for a team within a session, optionally filtered by status.
         *
         *     Useful for monitoring background runs and viewing run history.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_team_runs"];
        put?: never;
        /**
         * Create Team Run
         * @description Execute a team collaboration with multiple agents working together on a task.
         *
         *     **Features:**
         *     - Text message input with optional session management
         *     - Multi-media support: images (PNG, JPEG, WebP), audio (WAV, MP3), video (MP4, WebM, etc.)
         *     - Document processing: PDF, CSV, DOCX, TXT, JSON
         *     - Real-time streaming responses with Server-Sent Events (SSE)
         *     - User and session context preservation
         *
         *     **Streaming Response:**
         *     When `stream=true`, returns SSE events with `event` and `data` fields.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["create_team_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team Run
         * @description Retrieve the status and output of a team run. Use this to poll for background run completion.
         *
         *     Requires the `session_id` that was returned when the run was created.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_team_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Team Run
         * @description Cancel the caller's team run.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["cancel_team_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}/runs/{run_id}/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Team Run Checkpoints
         * @description List FE-friendly continuation boundaries derived from the current stored team run. No separate checkpoint table is used; entries are inferred from message-level checkpoint markers and the terminal end of the transcript.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_team_run_checkpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}/runs/{run_id}/checkpoints/{message_index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team Run Checkpoint Snapshot
         * @description Return a derived team run snapshot truncated at a message boundary. Use the returned message_index as `continue_from` when continuing this run.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_team_run_checkpoint_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}/runs/{run_id}/continue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Continue Team Run
         * @description Continue a paused or incomplete team run with updated requirements.
         *
         *     **Use Cases:**
         *     - Resume execution after tool approval/rejection
         *     - Provide manual tool execution results
         *     - Resume after admin approval (requirements can be empty; resolution fetched from DB)
         *
         *     **Requirements Parameter:**
         *     JSON string containing array of requirement objects with tool execution results.
         *     Can be empty when an admin-required approval has been resolved.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["continue_team_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{team_id}/runs/{run_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume Team Run
         * @description Reattach to the caller's team run stream.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["resume_team_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trace_session_stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trace Statistics by Session
         * @description Retrieve aggregated trace statistics grouped by session ID with pagination.
         *
         *     **Provides insights into:**
         *     - Total traces per session
         *     - First and last trace timestamps per session
         *     - Associated user and agent information
         *
         *     **Filtering Options:**
         *     - By user ID
         *     - By agent ID
         *
         *     **Use Cases:**
         *     - Monitor session-level activity
         *     - Track conversation flows
         *     - Identify high-activity sessions
         *     - Analyze user engagement patterns
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_trace_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/traces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Traces
         * @description Retrieve a paginated list of execution traces with optional filtering.
         *
         *     **Traces provide observability into:**
         *     - Agent execution flows
         *     - Model invocations and token usage
         *     - Tool calls and their results
         *     - Errors and performance bottlenecks
         *
         *     **Filtering Options:**
         *     - By run, session, user, or agent ID
         *     - By status (OK, ERROR)
         *     - By time range
         *
         *     **Pagination:**
         *     - Use `page` (1-indexed) and `limit` parameters
         *     - Response includes pagination metadata (total_pages, total_count, etc.)
         *
         *     **Response Format:**
         *     Returns summary information for each trace. Use GET `/traces/{trace_id}` for detailed hierarchy.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_traces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/traces/{trace_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trace or Span Detail
         * @description Retrieve detailed trace information with hierarchical span tree, or a specific span within the trace.
         *
         *     **Without span_id parameter:**
         *     Returns the full trace with hierarchical span tree:
         *     - Trace metadata (ID, status, duration, context)
         *     - Hierarchical tree of all spans
         *     - Each span includes timing, status, and type-specific metadata
         *
         *     **With span_id parameter:**
         *     Returns details for a specific span within the trace:
         *     - Span metadata (ID, name, type, timing)
         *     - Status and error information
         *     - Type-specific attributes (model, tokens, tool params, etc.)
         *
         *     **Span Hierarchy (full trace):**
         *     The `tree` field contains root spans, each with potential `children`.
         *     This recursive structure represents the execution flow:
         *     ```
         *     Agent.run (root)
         *       ├─ LLM.invoke
         *       ├─ Tool.execute
         *       │   └─ LLM.invoke (nested)
         *       └─ LLM.invoke
         *     ```
         *
         *     **Span Types:**
         *     - `AGENT`: Agent execution with input/output
         *     - `LLM`: Model invocations with tokens and prompts
         *     - `TOOL`: Tool calls with parameters and results
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_trace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/traces/filter-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Trace Filter Schema
         * @description Returns the available filterable fields, their types, valid operators, and enum values.
         *
         *     The frontend uses this to dynamically build the filter bar UI:
         *     - Field dropdown populated from `fields[].key`
         *     - Operator dropdown changes per field type
         *     - Value input shows autocomplete for enum fields (e.g., status)
         *     - Logical operators (AND, OR) for combining clauses
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_traces_filter_schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/traces/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search Traces with Advanced Filters
         * @description Search traces using the FilterExpr DSL for complex, composable queries.
         *
         *     **Group By Mode:**
         *     - `run` (default): Returns `PaginatedResponse[TraceDetail]` with full span trees
         *     - `session`: Returns `PaginatedResponse[TraceSessionStats]` with aggregated session stats
         *
         *     **Supported Operators:**
         *     - Comparison: `EQ`, `NEQ`, `GT`, `GTE`, `LT`, `LTE`
         *     - Inclusion: `IN`
         *     - String matching: `CONTAINS` (case-insensitive substring), `STARTSWITH` (prefix)
         *     - Logical: `AND`, `OR`, `NOT`
         *
         *     **Filterable Fields:**
         *     trace_id, name, status, start_time, end_time, duration_ms, run_id, session_id, user_id, agent_id, team_id, workflow_id, created_at
         *
         *     **Example Request Body (runs):**
         *     ```json
         *     {
         *       "filter": {"op": "EQ", "key": "status", "value": "OK"},
         *       "group_by": "run",
         *       "page": 1,
         *       "limit": 20
         *     }
         *     ```
         *
         *     **Example Request Body (sessions):**
         *     ```json
         *     {
         *       "filter": {"op": "CONTAINS", "key": "agent_id", "value": "stock"},
         *       "group_by": "session",
         *       "page": 1,
         *       "limit": 20
         *     }
         *     ```
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["search_traces"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user_memory_stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User Memory Statistics
         * @description Retrieve paginated statistics about memory usage by user. Provides insights into user engagement and memory distribution across users.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        get: operations["get_user_memory_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List All Workflows
         * @description Retrieve a comprehensive list of all workflows configured in this OS instance.
         *
         *     **Return Information:**
         *     - Workflow metadata (ID, name, description)
         *     - Input schema requirements
         *     - Step sequence and execution flow
         *     - Associated agents and teams
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_workflows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Details
         * @description Retrieve detailed configuration and step information for a specific workflow.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_workflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workflow Runs
         * @description List runs for a workflow within a session, optionally filtered by status.
         *
         *     Useful for monitoring background runs and viewing run history.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["list_workflow_runs"];
        put?: never;
        /**
         * Execute Workflow
         * @description Execute a workflow with the provided input data. Workflows can run in streaming or batch mode.
         *
         *     **Execution Modes:**
         *     - **Streaming (`stream=true`)**: Real-time step-by-step execution updates via SSE
         *     - **Non-Streaming (`stream=false`)**: Complete workflow execution with final result
         *
         *     **Workflow Execution Process:**
         *     1. Input validation against workflow schema
         *     2. Sequential or parallel step execution based on workflow design
         *     3. Data flow between steps with transformation
         *     4. Error handling and automatic retries where configured
         *     5. Final result compilation and response
         *
         *     **Session Management:**
         *     Workflows support session continuity for stateful execution across multiple runs.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["create_workflow_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/runs/{run_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Workflow Run
         * @description Retrieve the status and output of a workflow run. Use this to poll for run completion.
         *
         *     Requires the `session_id` that was returned when the run was created.
         *
         *     **Who may call:** Any member of the caller's workspace (viewers and guests included); NestJS.
         */
        get: operations["get_workflow_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/runs/{run_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Workflow Run
         * @description Cancel a currently executing workflow run, stopping all active steps and cleanup.
         *     **Note:** Complex workflows with multiple parallel steps may take time to fully cancel.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["cancel_workflow_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/runs/{run_id}/continue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Continue Workflow Run
         * @description Continue a paused workflow run with resolved requirements.
         *
         *     **Use Cases:**
         *     - Resume after step-level HITL (confirmation, user input, router selection)
         *     - Resume after executor-level HITL (agent/team tool confirmation within a step)
         *
         *     **Requirements Parameter:**
         *     JSON string containing the resolved step requirements.
         *
         *     **Who may call:** Operators only (OS_SECURITY_KEY or an agent_os:admin JWT): not for workspace members.
         */
        post: operations["continue_workflow_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workflows/{workflow_id}/runs/{run_id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume Workflow Run Stream
         * @description Resume an SSE stream for a workflow run after disconnection.
         *
         *     Sends missed events since `last_event_index`, then continues streaming live events if the run is still active.
         *
         *     **Three reconnection paths:**
         *     1. **Run still active**: Sends catch-up events + continues live streaming
         *     2. **Run completed (in buffer)**: Replays missed buffered events
         *     3. **Run completed (in database)**: Replays events from database
         *
         *     A run submitted with `stream=false`, inline or with `background=true`, has no event stream: nothing is published while it runs and no events are stored with it. For such a run this endpoint sends one `replay` frame with `total_events: 0` and its current status; poll the run endpoint for the result instead.
         *
         *     **Client usage:**
         *     Track `event_index` from each SSE event. On reconnection, pass the last received `event_index` as `last_event_index`.
         *
         *     **Who may call:** Owners, admins and members of the caller's workspace; NestJS.
         */
        post: operations["resume_workflow_run_stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AgentResponse */
        AgentResponse: {
            /** Current Version */
            current_version?: number | null;
            /** Db Id */
            db_id?: string | null;
            /** Default Tools */
            default_tools?: {
                [key: string]: unknown;
            } | null;
            /** Description */
            description?: string | null;
            /** Extra Messages */
            extra_messages?: {
                [key: string]: unknown;
            } | null;
            /** Factory Input Schema */
            factory_input_schema?: {
                [key: string]: unknown;
            } | null;
            /**
             * Filesystem
             * @default false
             */
            filesystem?: boolean;
            /** Id */
            id?: string | null;
            /** Input Schema */
            input_schema?: {
                [key: string]: unknown;
            } | null;
            /** Introduction */
            introduction?: string | null;
            /**
             * Is Component
             * @default false
             */
            is_component?: boolean;
            /**
             * Is Factory
             * @default false
             */
            is_factory?: boolean;
            /** Knowledge */
            knowledge?: {
                [key: string]: unknown;
            } | null;
            /** Memory */
            memory?: {
                [key: string]: unknown;
            } | null;
            /** Metadata */
            metadata?: {
                [key: string]: unknown;
            } | null;
            model?: components["schemas"]["ModelResponse"] | null;
            /** Name */
            name?: string | null;
            /** Reasoning */
            reasoning?: {
                [key: string]: unknown;
            } | null;
            /** Response Settings */
            response_settings?: {
                [key: string]: unknown;
            } | null;
            /** Role */
            role?: string | null;
            /**
             * Sandboxed
             * @default false
             */
            sandboxed?: boolean;
            /** Sessions */
            sessions?: {
                [key: string]: unknown;
            } | null;
            /** Stage */
            stage?: string | null;
            /** Streaming */
            streaming?: {
                [key: string]: unknown;
            } | null;
            /** System Message */
            system_message?: {
                [key: string]: unknown;
            } | null;
            /** Tools */
            tools?: {
                [key: string]: unknown;
            } | null;
        };
        /** AgentRunResponse */
        AgentRunResponse: {
            /** Agentid */
            agentId: string;
            /** Content */
            content?: string | null;
            /** Data */
            data?: {
                [key: string]: unknown;
            } | null;
            /** Error */
            error?: string | null;
            metadata?: components["schemas"]["RunMetadata"] | null;
            /** Runid */
            runId: string;
            /** Sessionid */
            sessionId?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "running" | "completed" | "failed" | "pending";
        };
        /** AgentSessionDetailSchema */
        AgentSessionDetailSchema: {
            /**
             * Agent Data
             * @description Agent-specific data
             */
            agent_data?: {
                [key: string]: unknown;
            } | null;
            /**
             * Agent Id
             * @description Agent ID used in this session
             */
            agent_id?: string | null;
            /**
             * Agent Session Id
             * @description Unique agent session identifier
             */
            agent_session_id: string;
            /**
             * Chat History
             * @description Complete chat history
             */
            chat_history?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Created At
             * @description Session creation timestamp
             */
            created_at?: string | null;
            /**
             * Metadata
             * @description Additional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Metrics
             * @description Session metrics
             */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Id
             * @description Session identifier
             */
            session_id: string;
            /**
             * Session Name
             * @description Human-readable session name
             */
            session_name: string;
            /**
             * Session State
             * @description Current state of the session
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Summary
             * @description Summary of session interactions
             */
            session_summary?: {
                [key: string]: unknown;
            } | null;
            /**
             * Total Tokens
             * @description Total tokens used in this session
             */
            total_tokens?: number | null;
            /**
             * Updated At
             * @description Last update timestamp
             */
            updated_at?: string | null;
            /**
             * User Id
             * @description User ID associated with the session
             */
            user_id?: string | null;
        };
        /** AgentSummaryResponse */
        AgentSummaryResponse: {
            /**
             * Db Id
             * @description Database identifier
             */
            db_id?: string | null;
            /**
             * Description
             * @description Description of the agent
             */
            description?: string | null;
            /**
             * Id
             * @description Unique identifier for the agent
             */
            id?: string | null;
            /**
             * Metadata
             * @description Additional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** @description Model used by the agent */
            model?: components["schemas"]["Model"] | null;
            /**
             * Name
             * @description Name of the agent
             */
            name?: string | null;
            /**
             * Sandboxed
             * @default false
             */
            sandboxed?: boolean;
        };
        /**
         * AguiCall
         * @description CopilotKit's envelope; without `method`, the body itself is a RunAgentInput for the dashboard agent.
         */
        AguiCall: {
            /** Body */
            body?: {
                [key: string]: unknown;
            } | null;
            /** Method */
            method?: ("info" | "agent/run" | "agent/connect" | "agent/stop" | "transcribe") | null;
            /** Params */
            params?: {
                [key: string]: unknown;
            } | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * ApprovalCountResponse
         * @description Response model for pending approval count.
         */
        ApprovalCountResponse: {
            /** Count */
            count: number;
        };
        /** ApprovalItem */
        ApprovalItem: {
            /** Agent Id */
            agent_id: string | null;
            /** Ai Reasoning */
            ai_reasoning: string | null;
            /** Ai Recommendation */
            ai_recommendation: ("approve" | "review" | "full_review") | string;
            /** Assigned To Id */
            assigned_to_id: string | null;
            /** Confidence Factors */
            confidence_factors: components["schemas"]["ConfidenceFactor"][];
            /** Confidence Score */
            confidence_score: number;
            /** Continuation */
            continuation: ("none" | "queued" | "running" | "done" | "failed") | string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Description */
            description: string | null;
            /**
             * Due At
             * Format: date-time
             */
            due_at: string;
            /** Id */
            id: string;
            /** Preview Data */
            preview_data: {
                [key: string]: unknown;
            } | null;
            /** Priority */
            priority: string;
            /** Requested By */
            requested_by: string;
            /** Resolution */
            resolution: {
                [key: string]: unknown;
            } | null;
            /** Resolved At */
            resolved_at: string | null;
            /** Resolved By Id */
            resolved_by_id: string | null;
            /** Run Id */
            run_id: string;
            /** Session Id */
            session_id: string;
            /** Status */
            status: ("pending" | "approved" | "rejected" | "auto_approved" | "cancelled") | string;
            /** Title */
            title: string;
            /** Type */
            type: string;
            /** Workspace Id */
            workspace_id: string;
        };
        /** ApprovalItemList */
        ApprovalItemList: {
            /** Data */
            data: components["schemas"]["ApprovalItem"][];
        };
        /**
         * ApprovalResolve
         * @description Request body for resolving (approve/reject) an approval.
         */
        ApprovalResolve: {
            /** Resolution Data */
            resolution_data?: {
                [key: string]: unknown;
            } | null;
            /** Resolved By */
            resolved_by?: string | null;
            /** Status */
            status: string;
        };
        /**
         * ApprovalResponse
         * @description Response model for a single approval.
         */
        ApprovalResponse: {
            /** Agent Id */
            agent_id?: string | null;
            /** Approval Type */
            approval_type?: string | null;
            /** Context */
            context?: {
                [key: string]: unknown;
            } | null;
            /** Created At */
            created_at?: number | null;
            /** Expires At */
            expires_at?: number | null;
            /** Id */
            id: string;
            /** Pause Type */
            pause_type?: string | null;
            /** Requirements */
            requirements?: {
                [key: string]: unknown;
            }[] | null;
            /** Resolution Data */
            resolution_data?: {
                [key: string]: unknown;
            } | null;
            /** Resolved At */
            resolved_at?: number | null;
            /** Resolved By */
            resolved_by?: string | null;
            /** Run Id */
            run_id: string;
            run_status?: components["schemas"]["RunStatus"] | null;
            /** Schedule Id */
            schedule_id?: string | null;
            /** Schedule Run Id */
            schedule_run_id?: string | null;
            /** Session Id */
            session_id: string;
            /** Source Name */
            source_name?: string | null;
            /** Source Type */
            source_type: string;
            /** Status */
            status: string;
            /** Team Id */
            team_id?: string | null;
            /** Tool Args */
            tool_args?: {
                [key: string]: unknown;
            } | null;
            /** Tool Name */
            tool_name?: string | null;
            /** Updated At */
            updated_at?: number | null;
            /** User Id */
            user_id?: string | null;
            /** Workflow Id */
            workflow_id?: string | null;
        };
        /**
         * ApprovalStatusResponse
         * @description Lightweight response model for polling approval status.
         */
        ApprovalStatusResponse: {
            /** Approval Id */
            approval_id: string;
            /** Resolved At */
            resolved_at?: number | null;
            /** Resolved By */
            resolved_by?: string | null;
            /** Run Id */
            run_id: string;
            /** Status */
            status: string;
        };
        /** AvailableModel */
        AvailableModel: {
            /** Is Default */
            is_default: boolean;
            /** Max Tokens Per Day */
            max_tokens_per_day: number | null;
            /** Model */
            model: string;
            /** Provider */
            provider: string;
            /** Provider Id */
            provider_id: string | null;
            /**
             * Source
             * @enum {string}
             */
            source: "workspace" | "platform";
            /** Tokens Used Today */
            tokens_used_today: number | null;
            /** Usable */
            usable: boolean;
        };
        /** AvailableModels */
        AvailableModels: {
            /** Data */
            data: components["schemas"]["AvailableModel"][];
        };
        /**
         * BadRequestResponse
         * @example {
         *       "detail": "Bad request"
         *     }
         */
        BadRequestResponse: {
            /**
             * Detail
             * @description Human-readable error message
             */
            detail: string;
            /**
             * Error Id
             * @description Stable identifier for the specific error, present only when the error carries one
             */
            error_id?: string | null;
            /**
             * Error Type
             * @description Category of the error, present only when the error carries one
             */
            error_type?: string | null;
        };
        /** Body_continue_agent_run */
        Body_continue_agent_run: {
            /**
             * Additional Instructions
             * @description Only valid with ``regenerate=true``: extra guidance appended as a user message before re-generation. Friendly alias for ``input``.
             */
            additional_instructions?: string | null;
            /**
             * Background
             * @description Run continue in background (survives client disconnect). Requires database. Use /resume to reconnect.
             * @default false
             */
            background?: boolean;
            /**
             * Continue From
             * @description Continuation boundary. Use 'end', 'last_user', or a numeric message index.
             * @default end
             */
            continue_from?: string;
            /**
             * Fork
             * @description When true, clone the run with a new ``run_id`` before resuming. The original is untouched; the clone becomes a sibling within the same session, with ``forked_from_run_id`` set.
             * @default false
             */
            fork?: boolean;
            /**
             * Input
             * @description Optional new user-message text to append to the run before resuming. Use for continuing a COMPLETED run with a follow-up, or adding context to a RUNNING/ERROR resume.
             */
            input?: string | null;
            /**
             * Regenerate
             * @description Sugar: regenerate the last response of this run. Auto-computes ``continue_from='last_user'`` to land just after the last user message. Pair with ``additional_instructions`` to steer the new output. By default the original response is hidden from history (replaced); pass ``replace_original=false`` to keep both the original and the regenerated response visible side by side.
             * @default false
             */
            regenerate?: boolean;
            /**
             * Replace Original
             * @description Only valid with ``regenerate=true``. Controls history visibility of the original response; the original run is always retained in storage. Defaults to true: the original is marked REGENERATED and hidden from history so the new response replaces it. Pass false to keep both the original and regenerated responses visible.
             */
            replace_original?: boolean | null;
            /**
             * Session Id
             * @description Session ID for the paused run
             */
            session_id?: string | null;
            /**
             * Stream
             * @description Enable streaming responses via Server-Sent Events (SSE)
             * @default true
             */
            stream?: boolean;
            /**
             * Tools
             * @description JSON string of tool call results to continue the paused run
             * @default
             */
            tools?: string;
            /**
             * User Id
             * @description User identifier for tracking and personalization
             */
            user_id?: string | null;
        };
        /** Body_continue_team_run */
        Body_continue_team_run: {
            /** Additional Instructions */
            additional_instructions?: string | null;
            /**
             * Background
             * @default false
             */
            background?: boolean;
            /**
             * Continue From
             * @description Continuation boundary. Use 'end', 'last_user', or a numeric message index.
             * @default end
             */
            continue_from?: string;
            /**
             * Fork
             * @default false
             */
            fork?: boolean;
            /** Input */
            input?: string | null;
            /**
             * Regenerate
             * @default false
             */
            regenerate?: boolean;
            /** Replace Original */
            replace_original?: boolean | null;
            /**
             * Requirements
             * @default
             */
            requirements?: string;
            /** Session Id */
            session_id?: string | null;
            /**
             * Stream
             * @default true
             */
            stream?: boolean;
            /** User Id */
            user_id?: string | null;
        };
        /** Body_continue_workflow_run */
        Body_continue_workflow_run: {
            /**
             * Background
             * @description Continue in background (survives client disconnect). Requires database. Use /resume to reconnect.
             * @default false
             */
            background?: boolean;
            /**
             * Factory Input
             * @description JSON object with factory-specific parameters for dynamic workflow reconstruction
             */
            factory_input?: string | null;
            /**
             * Session Id
             * @description Session ID for the paused run
             */
            session_id?: string | null;
            /**
             * Step Requirements
             * @description JSON string of step requirement objects with resolution status
             * @default
             */
            step_requirements?: string;
            /**
             * Stream
             * @description Enable streaming responses via Server-Sent Events (SSE)
             * @default true
             */
            stream?: boolean;
            /**
             * User Id
             * @description User identifier for tracking and personalization
             */
            user_id?: string | null;
        };
        /** Body_create_agent_run */
        Body_create_agent_run: {
            /**
             * Background
             * @description Run in background and return immediately with run metadata (requires database)
             * @default false
             */
            background?: boolean;
            /**
             * Factory Input
             * @description JSON object with factory-specific parameters for dynamic agent construction
             */
            factory_input?: string | null;
            /**
             * Files
             * @description Files to upload (images, audio, video, or documents)
             */
            files?: string[] | null;
            /**
             * Files Metadata
             * @description JSON array of per-file metadata objects, matched to files[] by position
             */
            files_metadata?: string | null;
            /**
             * Message
             * @description The input message or prompt to send to the agent
             */
            message: string;
            /**
             * Session Id
             * @description Session ID for conversation continuity. If not provided, a new session is created
             */
            session_id?: string | null;
            /**
             * Stream
             * @description Enable streaming responses via Server-Sent Events (SSE)
             * @default true
             */
            stream?: boolean;
            /**
             * User Id
             * @description User identifier for tracking and personalization
             */
            user_id?: string | null;
            /**
             * Version
             * @description Agent version to use for this run
             */
            version?: number | null;
        };
        /** Body_create_team_run */
        Body_create_team_run: {
            /**
             * Background
             * @description Run in background and return immediately with run metadata (requires database)
             * @default false
             */
            background?: boolean;
            /**
             * Factory Input
             * @description JSON object with factory-specific parameters for dynamic team construction
             */
            factory_input?: string | null;
            /**
             * Files
             * @description Files to upload (images, audio, video, or documents)
             */
            files?: string[] | null;
            /**
             * Files Metadata
             * @description JSON array of per-file metadata objects, matched to files[] by position
             */
            files_metadata?: string | null;
            /**
             * Message
             * @description The input message or prompt to send to the team
             */
            message: string;
            /**
             * Monitor
             * @description Enable monitoring and logging for this run
             * @default true
             */
            monitor?: boolean;
            /**
             * Session Id
             * @description Session ID for conversation continuity. If not provided, a new session is created
             */
            session_id?: string | null;
            /**
             * Stream
             * @description Enable streaming responses via Server-Sent Events (SSE)
             * @default true
             */
            stream?: boolean;
            /**
             * User Id
             * @description User identifier for tracking and personalization
             */
            user_id?: string | null;
            /**
             * Version
             * @description Team version to use for this run
             */
            version?: number | null;
        };
        /** Body_create_workflow_run */
        Body_create_workflow_run: {
            /**
             * Background
             * @description Run workflow in background (survives client disconnect). Requires database. Use /resume to reconnect.
             * @default false
             */
            background?: boolean;
            /**
             * Factory Input
             * @description JSON object with factory-specific parameters for dynamic workflow construction
             */
            factory_input?: string | null;
            /**
             * Message
             * @description The input message or prompt to send to the workflow
             */
            message: string;
            /**
             * Session Id
             * @description Session ID for conversation continuity. If not provided, a new session is created
             */
            session_id?: string | null;
            /**
             * Stream
             * @description Enable streaming responses via Server-Sent Events (SSE)
             * @default true
             */
            stream?: boolean;
            /**
             * User Id
             * @description User identifier for tracking and personalization
             */
            user_id?: string | null;
            /**
             * Version
             * @description Workflow version to use for this run
             */
            version?: number | null;
        };
        /** Body_rename_session */
        Body_rename_session: {
            /**
             * Session Name
             * @description New name for the session
             */
            session_name: string;
        };
        /** Body_resume_agent_run */
        Body_resume_agent_run: {
            /**
             * Last Event Index
             * @description Index of the last event received (0-based)
             */
            last_event_index?: number | null;
            /**
             * Session Id
             * @description The run's session
             */
            session_id?: string | null;
        };
        /** Body_resume_team_run */
        Body_resume_team_run: {
            /**
             * Last Event Index
             * @description Index of the last event received (0-based)
             */
            last_event_index?: number | null;
            /**
             * Session Id
             * @description The run's session
             */
            session_id?: string | null;
        };
        /** Body_resume_workflow_run_stream */
        Body_resume_workflow_run_stream: {
            /**
             * Last Event Index
             * @description Index of last event received by client (0-based)
             */
            last_event_index?: number | null;
            /**
             * Session Id
             * @description Session ID for database fallback
             */
            session_id?: string | null;
        };
        /** Body_update_content */
        Body_update_content: {
            /**
             * Description
             * @description Content description
             */
            description?: string | null;
            /**
             * Metadata
             * @description Content metadata as JSON string
             */
            metadata?: string | null;
            /**
             * Name
             * @description Content name
             */
            name?: string | null;
            /**
             * Reader Id
             * @description ID of the reader to use for processing
             */
            reader_id?: string | null;
        };
        /** Body_upload_content */
        Body_upload_content: {
            /**
             * Chunk Overlap
             * @description Chunk overlap to use for processing
             */
            chunk_overlap?: number | null;
            /**
             * Chunk Size
             * @description Chunk size to use for processing
             */
            chunk_size?: number | null;
            /**
             * Chunker
             * @description Chunking strategy to apply during processing
             */
            chunker?: string | null;
            /**
             * Description
             * @description Content description for context
             */
            description?: string | null;
            /**
             * File
             * @description File to upload for processing
             */
            file?: string | null;
            /**
             * Metadata
             * @description JSON metadata object for additional content properties
             */
            metadata?: string | null;
            /**
             * Name
             * @description Content name (auto-generated from file/URL if not provided)
             */
            name?: string | null;
            /**
             * Reader Id
             * @description ID of the reader to use for content processing
             */
            reader_id?: string | null;
            /**
             * Text Content
             * @description Raw text content to process
             */
            text_content?: string | null;
            /**
             * Url
             * @description Single URL string, optionally JSON encoded. Submit multiple URLs in separate requests.
             */
            url?: string | null;
        };
        /** Body_upload_remote_content */
        Body_upload_remote_content: {
            /**
             * Chunk Overlap
             * @description Chunk overlap for processing
             */
            chunk_overlap?: number | null;
            /**
             * Chunk Size
             * @description Chunk size for processing
             */
            chunk_size?: number | null;
            /**
             * Chunker
             * @description Chunking strategy to apply
             */
            chunker?: string | null;
            /**
             * Config Id
             * @description ID of the configured remote content source (from /knowledge/config)
             */
            config_id: string;
            /**
             * Description
             * @description Content description
             */
            description?: string | null;
            /**
             * Metadata
             * @description JSON metadata object
             */
            metadata?: string | null;
            /**
             * Name
             * @description Content name (auto-generated if not provided)
             */
            name?: string | null;
            /**
             * Path
             * @description Path to file or folder in the remote source
             */
            path: string;
            /**
             * Reader Id
             * @description ID of the reader to use for processing
             */
            reader_id?: string | null;
            /**
             * Source Params
             * @description JSON object of per-request parameters forwarded to the source's factory. Used for provider-specific routing that shouldn't be baked into the config. Currently supported keys: GitHub accepts 'repo' ('owner/repo'), letting one configured GitHub source serve multiple repositories the credentials can access.
             */
            source_params?: string | null;
        };
        /** BridgeHealth */
        BridgeHealth: {
            /** Status */
            status: string;
        };
        /** BridgeMetadata */
        BridgeMetadata: {
            /** Correlationid */
            correlationId?: string | null;
            /** Workspaceid */
            workspaceId?: string | null;
        };
        /** BridgeRunRequest */
        BridgeRunRequest: {
            /** Message */
            message: string;
            metadata?: components["schemas"]["BridgeMetadata"] | null;
            /** Params */
            params?: {
                [key: string]: unknown;
            } | null;
            /** Sessionid */
            sessionId?: string | null;
            /**
             * Stream
             * @default false
             */
            stream?: boolean;
            /** Userid */
            userId?: string | null;
        };
        /**
         * ChatConfig
         * @description Configuration for the Chat page of the AgentOS
         */
        ChatConfig: {
            /** Quick Prompts */
            quick_prompts: {
                [key: string]: string[];
            };
        };
        /** ChunkerSchema */
        ChunkerSchema: {
            /** Description */
            description?: string | null;
            /** Key */
            key: string;
            /** Metadata */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** Name */
            name?: string | null;
        };
        /**
         * CompanyDomainConfig
         * @description Display configuration for the Company domain.
         */
        CompanyDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * CompanySectionConfig
         * @description Company database and table configuration exposed to clients.
         */
        CompanySectionConfig: {
            /** Dbs */
            dbs?: components["schemas"]["DatabaseConfig_CompanyDomainConfig_"][];
            /** Display Name */
            display_name?: string | null;
        };
        /** ComponentConfigResponse */
        ComponentConfigResponse: {
            /** Component Id */
            component_id: string;
            /** Config */
            config: {
                [key: string]: unknown;
            };
            /** Created At */
            created_at: number;
            /** Label */
            label?: string | null;
            /** Notes */
            notes?: string | null;
            /** Stage */
            stage: string;
            /** Updated At */
            updated_at?: number | null;
            /** Version */
            version: number;
        };
        /** ComponentCreate */
        ComponentCreate: {
            /**
             * Component Id
             * @description Unique identifier for the entity. Auto-generated from name if not provided.
             */
            component_id?: string | null;
            /** @description Type of entity: agent, team, or workflow */
            component_type: components["schemas"]["ComponentType"];
            /**
             * Config
             * @description Optional configuration
             */
            config?: {
                [key: string]: unknown;
            } | null;
            /**
             * Description
             * @description Optional description
             */
            description?: string | null;
            /**
             * Label
             * @description Optional label (e.g., 'stable')
             */
            label?: string | null;
            /**
             * Metadata
             * @description Optional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Name
             * @description Display name
             */
            name: string;
            /**
             * Notes
             * @description Optional notes
             */
            notes?: string | null;
            /**
             * Set Current
             * @description Set as current version
             * @default true
             */
            set_current?: boolean;
            /**
             * Stage
             * @description Stage: 'draft' or 'published'
             * @default draft
             */
            stage?: string;
        };
        /**
         * ComponentDeleteRequest
         * @description Body for delete. Optional: a bodyless DELETE keeps working.
         *
         *     Delete also accepts the guard as an ``expected_current_version`` query
         *     param; this shape exists so the guard reads the same as on every other
         *     guarded component route instead of being silently ignored here.
         */
        ComponentDeleteRequest: {
            /** @description Optional compare-and-set guard */
            guard?: components["schemas"]["ComponentGuard"] | null;
        };
        /**
         * ComponentGuard
         * @description Optional compare-and-set guard for component writes.
         *
         *     When present, each non-None field is checked against the stored state and
         *     the write is rejected with 409 on mismatch. None fields skip that half of
         *     the check; omitting the guard keeps the write last-writer-wins.
         */
        ComponentGuard: {
            /**
             * Current Version
             * @description Expected current (published) version; 0 expects the component to have none yet
             */
            current_version?: number | null;
            /**
             * Latest Version
             * @description Expected latest config version
             */
            latest_version?: number | null;
        };
        /** ComponentResponse */
        ComponentResponse: {
            /** Component Id */
            component_id: string;
            component_type: components["schemas"]["ComponentType"];
            /** Created At */
            created_at: number;
            /** Current Version */
            current_version?: number | null;
            /** Deleted At */
            deleted_at?: number | null;
            /** Description */
            description?: string | null;
            /** Metadata */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** Name */
            name?: string | null;
            /** Updated At */
            updated_at?: number | null;
            /** User Id */
            user_id?: string | null;
        };
        /**
         * ComponentType
         * @enum {string}
         */
        ComponentType: "agent" | "team" | "workflow";
        /** ComponentUpdate */
        ComponentUpdate: {
            /** Component Type */
            component_type?: string | null;
            /** Current Version */
            current_version?: number | null;
            /** Description */
            description?: string | null;
            guard?: components["schemas"]["ComponentGuard"] | null;
            /** Metadata */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** Name */
            name?: string | null;
        };
        /** ConfidenceFactor */
        ConfidenceFactor: {
            /** Concerning */
            concerning?: boolean | null;
            /** Explanation */
            explanation: string;
            /** Factor */
            factor: string;
            /** Score */
            score: number;
            /** Weight */
            weight: number;
        };
        /** ConfigCreate */
        ConfigCreate: {
            /**
             * Config
             * @description The configuration data
             */
            config: {
                [key: string]: unknown;
            };
            /** @description Optional compare-and-set guard */
            guard?: components["schemas"]["ComponentGuard"] | null;
            /**
             * Label
             * @description Optional label (e.g., 'stable')
             */
            label?: string | null;
            /**
             * Links
             * @description Optional links to child components
             */
            links?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Notes
             * @description Optional notes
             */
            notes?: string | null;
            /**
             * Set Current
             * @description Set as current version
             * @default true
             */
            set_current?: boolean;
            /**
             * Stage
             * @description Stage: 'draft' or 'published'
             * @default draft
             */
            stage?: string;
            /**
             * Version
             * @description Optional version number
             */
            version?: number | null;
        };
        ConfigResponse: {
            [key: string]: unknown;
        };
        /** ConfigResponseSchema */
        ConfigResponseSchema: {
            /**
             * Chunkers
             * @description Available chunking strategies
             */
            chunkers?: {
                [key: string]: components["schemas"]["ChunkerSchema"];
            } | null;
            /**
             * Filters
             * @description Available filter tags
             */
            filters?: string[] | null;
            /**
             * Readers
             * @description Available content readers
             */
            readers?: {
                [key: string]: components["schemas"]["ReaderSchema"];
            } | null;
            /**
             * Readersfortype
             * @description Mapping of content types to reader IDs
             */
            readersForType?: {
                [key: string]: string[];
            } | null;
            /**
             * Remote Content Sources
             * @description Configured remote content sources (S3, GCS, SharePoint, GitHub)
             */
            remote_content_sources?: components["schemas"]["RemoteContentSourceSchema"][] | null;
            /**
             * Unavailable Chunkers
             * @description Chunking strategies that are not usable in this install, and the packages they need
             */
            unavailable_chunkers?: {
                [key: string]: components["schemas"]["UnavailableChunkerSchema"];
            } | null;
            /**
             * Unavailable Readers
             * @description Readers that are not usable in this install, and the packages they need
             */
            unavailable_readers?: {
                [key: string]: components["schemas"]["UnavailableReaderSchema"];
            } | null;
            /**
             * Vector Dbs
             * @description Configured vector databases
             */
            vector_dbs?: components["schemas"]["VectorDbSchema"][] | null;
        };
        /** ConfigUpdate */
        ConfigUpdate: {
            /** Config */
            config?: {
                [key: string]: unknown;
            } | null;
            guard?: components["schemas"]["ComponentGuard"] | null;
            /** Label */
            label?: string | null;
            /** Links */
            links?: {
                [key: string]: unknown;
            }[] | null;
            /** Notes */
            notes?: string | null;
            /** Stage */
            stage?: string | null;
        };
        /** ContentResponseSchema */
        ContentResponseSchema: {
            /**
             * Access Count
             * @description Number of times content has been accessed
             */
            access_count?: number | null;
            /**
             * Created At
             * @description Timestamp when content was created
             */
            created_at?: string | null;
            /**
             * Description
             * @description Description of the content
             */
            description?: string | null;
            /**
             * Id
             * @description Unique identifier for the content
             */
            id: string;
            /**
             * Linked To
             * @description ID of related content if linked
             */
            linked_to?: string | null;
            /**
             * Metadata
             * @description Additional metadata as key-value pairs
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Name
             * @description Name of the content
             */
            name?: string | null;
            /**
             * Size
             * @description Size of the content in bytes
             */
            size?: string | null;
            /** @description Processing status of the content */
            status?: components["schemas"]["ContentStatus"] | null;
            /**
             * Status Message
             * @description Status message or error details
             */
            status_message?: string | null;
            /**
             * Type
             * @description MIME type of the content
             */
            type?: string | null;
            /**
             * Updated At
             * @description Timestamp when content was last updated
             */
            updated_at?: string | null;
        };
        /**
         * ContentStatus
         * @description Enumeration of possible content processing statuses.
         * @enum {string}
         */
        ContentStatus: "processing" | "completed" | "partial" | "failed";
        /**
         * ContentStatusResponse
         * @description Response model for content status endpoint.
         */
        ContentStatusResponse: {
            /**
             * Id
             * @description Content ID
             */
            id?: string | null;
            /** @description Current processing status of the content */
            status: components["schemas"]["ContentStatus"];
            /**
             * Status Message
             * @description Status message or error details
             * @default
             */
            status_message?: string;
        };
        /** CreateSessionRequest */
        CreateSessionRequest: {
            /**
             * Agent Id
             * @description Agent ID if this is an agent session
             */
            agent_id?: string | null;
            /**
             * Metadata
             * @description Additional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Id
             * @description Optional session ID (generated if not provided)
             */
            session_id?: string | null;
            /**
             * Session Name
             * @description Name for the session
             */
            session_name?: string | null;
            /**
             * Session State
             * @description Initial session state
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Team Id
             * @description Team ID if this is a team session
             */
            team_id?: string | null;
            /**
             * User Id
             * @description User ID associated with the session
             */
            user_id?: string | null;
            /**
             * Workflow Id
             * @description Workflow ID if this is a workflow session
             */
            workflow_id?: string | null;
        };
        /** DatabaseConfig[CompanyDomainConfig] */
        DatabaseConfig_CompanyDomainConfig_: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["CompanyDomainConfig"] | null;
            /** Tables */
            tables?: string[] | null;
        };
        /** DatabaseConfig[EvalsDomainConfig] */
        DatabaseConfig_EvalsDomainConfig_: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["EvalsDomainConfig"] | null;
            /** Tables */
            tables?: string[] | null;
        };
        /** DatabaseConfig[LearningDomainConfig] */
        DatabaseConfig_LearningDomainConfig_: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["LearningDomainConfig"] | null;
            /** Tables */
            tables?: string[] | null;
        };
        /** DatabaseConfig[MemoryDomainConfig] */
        DatabaseConfig_MemoryDomainConfig_: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["MemoryDomainConfig"] | null;
            /** Tables */
            tables?: string[] | null;
        };
        /** DatabaseConfig[MetricsDomainConfig] */
        DatabaseConfig_MetricsDomainConfig_: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["MetricsDomainConfig"] | null;
            /** Tables */
            tables?: string[] | null;
        };
        /** DatabaseConfig[SessionDomainConfig] */
        DatabaseConfig_SessionDomainConfig_: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["SessionDomainConfig"] | null;
            /** Tables */
            tables?: string[] | null;
        };
        /** DatabaseConfig[TracesDomainConfig] */
        DatabaseConfig_TracesDomainConfig_: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["TracesDomainConfig"] | null;
            /** Tables */
            tables?: string[] | null;
        };
        /**
         * DayAggregatedMetrics
         * @description Aggregated metrics for a given day
         */
        DayAggregatedMetrics: {
            /**
             * Agent Runs Count
             * @description Total number of agent runs
             */
            agent_runs_count: number;
            /**
             * Agent Sessions Count
             * @description Total number of agent sessions
             */
            agent_sessions_count: number;
            /**
             * Created At
             * Format: date-time
             * @description Timestamp when metrics were created
             */
            created_at: string;
            /**
             * Date
             * Format: date-time
             * @description Date for which these metrics are aggregated
             */
            date: string;
            /**
             * Id
             * @description Unique identifier for the metrics record
             */
            id: string;
            /**
             * Model Metrics
             * @description Metrics grouped by model (model_id, provider, count)
             */
            model_metrics: {
                [key: string]: unknown;
            }[];
            /**
             * Team Runs Count
             * @description Total number of team runs
             */
            team_runs_count: number;
            /**
             * Team Sessions Count
             * @description Total number of team sessions
             */
            team_sessions_count: number;
            /**
             * Token Metrics
             * @description Token usage metrics (input, output, cached, etc.)
             */
            token_metrics: {
                [key: string]: unknown;
            };
            /**
             * Updated At
             * Format: date-time
             * @description Timestamp when metrics were last updated
             */
            updated_at: string;
            /**
             * Users Count
             * @description Total number of unique users
             */
            users_count: number;
            /**
             * Workflow Runs Count
             * @description Total number of workflow runs
             */
            workflow_runs_count: number;
            /**
             * Workflow Sessions Count
             * @description Total number of workflow sessions
             */
            workflow_sessions_count: number;
        };
        /** Decision */
        Decision: {
            /**
             * Decision
             * @enum {string}
             */
            decision: "approve" | "reject";
            /** Notes */
            notes?: string | null;
        };
        /** DeleteEvalRunsRequest */
        DeleteEvalRunsRequest: {
            /**
             * Eval Run Ids
             * @description List of evaluation run IDs to delete
             */
            eval_run_ids: string[];
        };
        /** DeleteMemoriesRequest */
        DeleteMemoriesRequest: {
            /**
             * Memory Ids
             * @description List of memory IDs to delete
             */
            memory_ids: string[];
            /**
             * User Id
             * @description User ID to filter memories for deletion
             */
            user_id?: string | null;
        };
        /** DeleteSessionRequest */
        DeleteSessionRequest: {
            /**
             * Session Ids
             * @description List of session IDs to delete
             */
            session_ids: string[];
            /**
             * Session Types
             * @description Types of sessions to delete
             */
            session_types: components["schemas"]["SessionType"][];
        };
        /** DependencyCheck */
        DependencyCheck: {
            /** Detail */
            detail: string;
            /** Ok */
            ok: boolean;
        };
        /**
         * ErrorBody
         * @description Every error of every route, ours and agno's (agents/errors.py).
         */
        ErrorBody: {
            /**
             * Detail
             * @description the same message, for agno's own clients
             */
            detail: string;
            error: components["schemas"]["ErrorDetail"];
        };
        /** ErrorDetail */
        ErrorDetail: {
            /**
             * Code
             * @description stable, lower_snake_case: e.g. token_invalid, forbidden, not_found, already_decided
             */
            code: string;
            /**
             * Fields
             * @description 422 only: every invalid field
             * @default null
             */
            fields?: components["schemas"]["FieldProblem"][] | null;
            /**
             * Message
             * @description human-readable; never echoes credentials or server internals
             */
            message: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * EvalFilterType
         * @enum {string}
         */
        EvalFilterType: "agent" | "team" | "workflow";
        /** EvalRunInput */
        EvalRunInput: {
            /**
             * Additional Context
             * @description Additional context for the evaluation
             */
            additional_context?: string | null;
            /**
             * Additional Guidelines
             * @description Additional guidelines for the evaluation
             */
            additional_guidelines?: string | null;
            /**
             * Agent Id
             * @description Agent ID to evaluate
             */
            agent_id?: string | null;
            /**
             * Allow Additional Tool Calls
             * @description When True, tool calls not in expected_tool_calls are allowed (subset matching)
             * @default false
             */
            allow_additional_tool_calls?: boolean;
            /**
             * Criteria
             * @description Evaluation criteria for agent-as-judge evaluation
             */
            criteria?: string | null;
            /** @description Type of evaluation to run (accuracy, performance, or reliability) */
            eval_type: components["schemas"]["EvalType"];
            /**
             * Expected Output
             * @description Expected output for accuracy evaluation
             */
            expected_output?: string | null;
            /**
             * Expected Tool Call Arguments
             * @description Expected arguments for specific tool calls, e.g. {"tool_name": {"arg_name": "expected_value"}} or {"tool_name": [{"arg_name": "val1"}, {"arg_name": "val2"}]}
             */
            expected_tool_call_arguments?: {
                [key: string]: {
                    [key: string]: unknown;
                } | {
                    [key: string]: unknown;
                }[];
            } | null;
            /**
             * Expected Tool Calls
             * @description Expected tool calls for reliability evaluation
             */
            expected_tool_calls?: string[] | null;
            /**
             * Input
             * @description Input text/query for the evaluation
             */
            input: string;
            /**
             * Model Id
             * @description Model ID to use for evaluation
             */
            model_id?: string | null;
            /**
             * Model Provider
             * @description Model provider name
             */
            model_provider?: string | null;
            /**
             * Name
             * @description Name for this evaluation run
             */
            name?: string | null;
            /**
             * Num Iterations
             * @description Number of times to run the evaluation
             * @default 1
             */
            num_iterations?: number;
            /**
             * Scoring Strategy
             * @description Scoring strategy: 'numeric' (1-10 with threshold) or 'binary' (PASS/FAIL)
             * @default binary
             */
            scoring_strategy?: ("numeric" | "binary") | null;
            /**
             * Team Id
             * @description Team ID to evaluate
             */
            team_id?: string | null;
            /**
             * Threshold
             * @description Score threshold for pass/fail (1-10), only used with numeric scoring
             * @default 7
             */
            threshold?: number | null;
            /**
             * Warmup Runs
             * @description Number of warmup runs before measuring performance
             * @default 0
             */
            warmup_runs?: number;
        };
        /** EvalSchema */
        EvalSchema: {
            /**
             * Agent Id
             * @description Agent ID that was evaluated
             */
            agent_id?: string | null;
            /**
             * Created At
             * @description Timestamp when evaluation was created
             */
            created_at?: string | null;
            /**
             * Eval Data
             * @description Evaluation results and metrics
             */
            eval_data: {
                [key: string]: unknown;
            };
            /**
             * Eval Input
             * @description Input parameters used for the evaluation
             */
            eval_input?: {
                [key: string]: unknown;
            } | null;
            /** @description Type of evaluation (accuracy, performance, or reliability) */
            eval_type: components["schemas"]["EvalType"];
            /**
             * Evaluated Component Name
             * @description Name of the evaluated component
             */
            evaluated_component_name?: string | null;
            /**
             * Id
             * @description Unique identifier for the evaluation run
             */
            id: string;
            /**
             * Model Id
             * @description Model ID used in evaluation
             */
            model_id?: string | null;
            /**
             * Model Provider
             * @description Model provider name
             */
            model_provider?: string | null;
            /**
             * Name
             * @description Name of the evaluation run
             */
            name?: string | null;
            /**
             * Team Id
             * @description Team ID that was evaluated
             */
            team_id?: string | null;
            /**
             * Updated At
             * @description Timestamp when evaluation was last updated
             */
            updated_at?: string | null;
            /**
             * User Id
             * @description Owner of the evaluation run
             */
            user_id?: string | null;
            /**
             * Workflow Id
             * @description Workflow ID that was evaluated
             */
            workflow_id?: string | null;
        };
        /**
         * EvalsConfig
         * @description Configuration for the Evals domain of the AgentOS
         */
        EvalsConfig: {
            /** Dbs */
            dbs?: components["schemas"]["DatabaseConfig_EvalsDomainConfig_"][] | null;
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * EvalsDomainConfig
         * @description Configuration for the Evals domain of the AgentOS
         */
        EvalsDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * EvalType
         * @enum {string}
         */
        EvalType: "accuracy" | "agent_as_judge" | "performance" | "reliability";
        /** FieldProblem */
        FieldProblem: {
            /**
             * Field
             * @description dotted path of the offending field ('' for the whole body)
             */
            field: string;
            /** Problem */
            problem: string;
        };
        /** FileSystemAgent */
        FileSystemAgent: {
            /**
             * Access
             * @description Agent access to this namespace. Omitted for full access; tool-specific restrictions still apply.
             * @default full
             * @enum {string}
             */
            access?: "full" | "read_only";
            /**
             * Id
             * @description ID of an agent using this filesystem namespace
             */
            id: string;
        };
        /** FileSystemConfig */
        FileSystemConfig: {
            /**
             * Namespaces
             * @description Filesystem namespaces with their backend details, limits, and linked agents
             */
            namespaces?: components["schemas"]["FileSystemNamespace"][];
        };
        /** FileSystemContentResponse */
        FileSystemContentResponse: {
            /** Agent Ids */
            agent_ids: string[];
            /** Content */
            content: string;
            /** Limit */
            limit: number;
            /** Line Count */
            line_count: number;
            /** Namespace */
            namespace: string;
            /** Next Offset */
            next_offset?: number | null;
            /** Offset */
            offset: number;
            /** Path */
            path: string;
            /** Size Bytes */
            size_bytes: number;
            /** Truncated */
            truncated: boolean;
            /** Updated At */
            updated_at?: number | null;
            /** User Id */
            user_id?: string | null;
            /** Version */
            version?: number | null;
        };
        /** FileSystemEntry */
        FileSystemEntry: {
            /** Path */
            path: string;
            /** Size Bytes */
            size_bytes?: number | null;
            /**
             * Type
             * @enum {string}
             */
            type: "file" | "directory";
            /** Updated At */
            updated_at?: number | null;
            /** User Id */
            user_id?: string | null;
            /** Version */
            version?: number | null;
        };
        /** FileSystemListResponse */
        FileSystemListResponse: {
            /** Agent Ids */
            agent_ids: string[];
            /** Directory */
            directory: string;
            /** Entries */
            entries: components["schemas"]["FileSystemEntry"][];
            meta: components["schemas"]["PaginationInfo"];
            /** Namespace */
            namespace: string;
            usage: components["schemas"]["FileSystemUsage"];
        };
        /** FileSystemNamespace */
        FileSystemNamespace: {
            /**
             * Agents
             * @description Agents using this filesystem namespace and their access
             */
            agents: components["schemas"]["FileSystemAgent"][];
            /**
             * Backend Type
             * @description Filesystem backend type
             */
            backend_type: string;
            /**
             * Db Id
             * @description Database identifier for a database-backed filesystem
             */
            db_id?: string | null;
            /**
             * Db Schema
             * @description Database schema containing filesystem rows
             */
            db_schema?: string | null;
            /**
             * Max File Bytes
             * @description Maximum UTF-8 bytes per file
             */
            max_file_bytes: number;
            /**
             * Max Namespace Bytes
             * @description Maximum bytes across the namespace
             */
            max_namespace_bytes: number;
            /**
             * Namespace
             * @description Canonical namespace resolved for the caller; placeholders remain when identity is unavailable
             */
            namespace: string;
            /**
             * Table Name
             * @description Database table containing filesystem rows
             */
            table_name?: string | null;
            /**
             * User Isolation
             * @description Whether the namespace is partitioned by user identity
             */
            user_isolation: boolean;
        };
        /** FileSystemSearchEntry */
        FileSystemSearchEntry: {
            /** Line */
            line?: number | null;
            /** Match Count */
            match_count: number;
            /** Path */
            path: string;
            /** Size Bytes */
            size_bytes: number;
            /** Snippet */
            snippet: string;
            /** User Id */
            user_id?: string | null;
        };
        /** FileSystemSearchResponse */
        FileSystemSearchResponse: {
            /** Agent Ids */
            agent_ids: string[];
            /** Directory */
            directory: string;
            /** Entries */
            entries: components["schemas"]["FileSystemSearchEntry"][];
            meta: components["schemas"]["PaginationInfo"];
            /** Namespace */
            namespace: string;
            /** Query */
            query: string;
        };
        /** FileSystemTableEntry */
        FileSystemTableEntry: {
            /** Agent Ids */
            agent_ids: string[];
            /** Line */
            line?: number | null;
            /** Match Count */
            match_count?: number | null;
            /** Namespace */
            namespace: string;
            /** Path */
            path: string;
            /** Size Bytes */
            size_bytes: number;
            /** Snippet */
            snippet?: string | null;
            /** Updated At */
            updated_at?: number | null;
            /** User Id */
            user_id?: string | null;
            /** Version */
            version?: number | null;
        };
        /** FileSystemTableResponse */
        FileSystemTableResponse: {
            /** Entries */
            entries: components["schemas"]["FileSystemTableEntry"][];
            meta: components["schemas"]["PaginationInfo"];
        };
        /** FileSystemUsage */
        FileSystemUsage: {
            /** Bytes Limit */
            bytes_limit: number;
            /** File Count */
            file_count: number;
            /** Total Bytes */
            total_bytes: number;
        };
        /**
         * FilterFieldSchema
         * @description Schema describing a single filterable field for the frontend filter bar.
         */
        FilterFieldSchema: {
            /**
             * Key
             * @description Column/field name used in filter expressions
             */
            key: string;
            /**
             * Label
             * @description Human-readable display label for the UI
             */
            label: string;
            /**
             * Operators
             * @description List of valid filter operators for this field
             */
            operators: string[];
            /**
             * Type
             * @description Field data type: string, number, datetime, enum
             */
            type: string;
            /**
             * Values
             * @description Allowed enum values (for autocomplete/dropdown)
             */
            values?: string[] | null;
        };
        /**
         * FilterSchemaResponse
         * @description Response for the filter schema endpoint. Tells the FE what fields, operators, and values are available.
         */
        FilterSchemaResponse: {
            /**
             * Fields
             * @description Available filterable fields
             */
            fields: components["schemas"]["FilterFieldSchema"][];
            /**
             * Logical Operators
             * @description Logical operators for combining filter clauses
             * @default [
             *       "AND",
             *       "OR"
             *     ]
             */
            logical_operators?: string[];
        };
        /** HealthResponse */
        HealthResponse: {
            /**
             * Status
             * @constant
             */
            status: "ok";
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * InfoResponse
         * @description Response schema for the /info endpoint returning lightweight OS metadata.
         */
        InfoResponse: {
            /**
             * Agent Count
             * @description Number of agents registered in the OS
             * @default 0
             */
            agent_count?: number;
            /**
             * Agno Version
             * @description Version of the agno framework
             */
            agno_version: string;
            /**
             * Auth Mode
             * @description Authentication mode enforced on the REST/WS plane of this OS instance. MCP OAuth, when enabled, is described separately under `mcp.oauth`.
             * @default none
             * @enum {string}
             */
            auth_mode?: "none" | "security_key" | "jwt";
            /** @description MCP server availability for this OS instance */
            mcp?: components["schemas"]["McpInfo"];
            /**
             * Name
             * @description Name of the OS instance
             */
            name?: string | null;
            /**
             * Os Id
             * @description Unique identifier for the OS instance
             */
            os_id: string;
            /**
             * Os Version
             * @description Version of this AgentOS instance
             */
            os_version: string;
            /**
             * Team Count
             * @description Number of teams registered in the OS
             * @default 0
             */
            team_count?: number;
            /**
             * User Isolation
             * @description Whether per-user data isolation is switched on for this OS instance. Read it together with `auth_mode`: under `jwt` the token names the user, so a client sends nothing extra. Under `none` or `security_key` the OS cannot tell who a request is for, so a client that wants each user to see only their own data sends that user's id as `user_id` on every request, reads included, not only on runs.
             * @default false
             */
            user_isolation?: boolean;
            /**
             * Workflow Count
             * @description Number of workflows registered in the OS
             * @default 0
             */
            workflow_count?: number;
        };
        /** InterfaceResponse */
        InterfaceResponse: {
            /**
             * Route
             * @description API route path
             */
            route: string;
            /**
             * Type
             * @description Type of the interface
             */
            type: string;
            /**
             * Version
             * @description Version of the interface
             */
            version: string;
        };
        /**
         * InternalServerErrorResponse
         * @example {
         *       "detail": "Internal server error"
         *     }
         */
        InternalServerErrorResponse: {
            /**
             * Detail
             * @description Human-readable error message
             */
            detail: string;
            /**
             * Error Id
             * @description Stable identifier for the specific error, present only when the error carries one
             */
            error_id?: string | null;
            /**
             * Error Type
             * @description Category of the error, present only when the error carries one
             */
            error_type?: string | null;
        };
        /**
         * KnowledgeConfig
         * @description Configuration for the Knowledge domain of the AgentOS
         */
        KnowledgeConfig: {
            /** Dbs */
            dbs?: components["schemas"]["KnowledgeDatabaseConfig"][] | null;
            /** Display Name */
            display_name?: string | null;
            /** Knowledge Instances */
            knowledge_instances?: components["schemas"]["KnowledgeInstanceConfig"][] | null;
        };
        /**
         * KnowledgeDatabaseConfig
         * @description Configuration for a knowledge database with its tables
         */
        KnowledgeDatabaseConfig: {
            /** Db Id */
            db_id: string;
            domain_config?: components["schemas"]["KnowledgeDomainConfig"] | null;
            /**
             * Tables
             * @default []
             */
            tables?: string[];
        };
        /** KnowledgeDocument */
        KnowledgeDocument: {
            /** Chunk Count */
            chunk_count: number;
            /** Content Sha256 */
            content_sha256: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string | null;
            /**
             * Duplicate
             * @default false
             */
            duplicate?: boolean;
            /** Embedder */
            embedder: string | null;
            /** Error */
            error: string | null;
            /** Id */
            id: string;
            /** Metadata */
            metadata: {
                [key: string]: unknown;
            };
            /** Name */
            name: string;
            /** Size Bytes */
            size_bytes: number;
            /**
             * Source Type
             * @enum {string}
             */
            source_type: "text" | "markdown" | "pdf" | "url";
            /** Source Url */
            source_url: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "pending" | "processing" | "completed" | "failed";
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Workspace Id */
            workspace_id: string;
        };
        /** KnowledgeDocumentList */
        KnowledgeDocumentList: {
            /** Data */
            data: components["schemas"]["KnowledgeDocument"][];
            /** Limit */
            limit: number;
            /** Offset */
            offset: number;
            /** Total */
            total: number;
        };
        /**
         * KnowledgeDomainConfig
         * @description Configuration for the Knowledge domain of the AgentOS
         */
        KnowledgeDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /** KnowledgeHit */
        KnowledgeHit: {
            /**
             * Content
             * @description The excerpt that matched
             */
            content: string;
            /**
             * Document Id
             * @description The document's id (source `document`), else null
             */
            document_id: string | null;
            /** Metadata */
            metadata: {
                [key: string]: unknown;
            };
            /**
             * Name
             * @description The same as `title` (kept for earlier clients)
             */
            name: string | null;
            /**
             * Page Id
             * @description The HYVVE KB page's id (source `hyvve_kb_page`), else null
             */
            page_id: string | null;
            /** Score */
            score: number;
            /**
             * Source
             * @description Where the hit is from: a document added here, or a page of HYVVE's own knowledge base
             * @enum {string}
             */
            source: "document" | "hyvve_kb_page";
            /**
             * Title
             * @description The document's name or the page's title
             */
            title: string | null;
        };
        /** KnowledgeHits */
        KnowledgeHits: {
            /** Data */
            data: components["schemas"]["KnowledgeHit"][];
        };
        /**
         * KnowledgeInstanceConfig
         * @description Configuration for a single knowledge instance
         */
        KnowledgeInstanceConfig: {
            /** Db Id */
            db_id: string;
            /** Description */
            description?: string | null;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Table */
            table: string;
        };
        /** KnowledgeQuery */
        KnowledgeQuery: {
            /** Filters */
            filters?: {
                [key: string]: string | number | boolean;
            } | null;
            /**
             * Limit
             * @default 5
             */
            limit?: number;
            /** Query */
            query: string;
        };
        /**
         * LearningConfig
         * @description Configuration for the Learning domain of the AgentOS
         */
        LearningConfig: {
            /** Dbs */
            dbs?: components["schemas"]["DatabaseConfig_LearningDomainConfig_"][] | null;
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * LearningCreate
         * @description Request body for creating a learning record.
         */
        LearningCreate: {
            /**
             * Agent Id
             * @description Associated agent ID
             */
            agent_id?: string | null;
            /**
             * Content
             * @description The learning content payload
             */
            content: {
                [key: string]: unknown;
            };
            /**
             * Entity Id
             * @description Associated entity ID
             */
            entity_id?: string | null;
            /**
             * Entity Type
             * @description Entity type
             */
            entity_type?: string | null;
            /**
             * Learning Type
             * @description Type of learning (e.g. 'user_profile', 'entity_memory')
             */
            learning_type: string;
            /**
             * Metadata
             * @description Optional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Namespace
             * @description Namespace for scoping ('user', 'global', or custom)
             */
            namespace?: string | null;
            /**
             * Session Id
             * @description Associated session ID
             */
            session_id?: string | null;
            /**
             * Team Id
             * @description Associated team ID
             */
            team_id?: string | null;
            /**
             * User Id
             * @description Associated user ID. When the request is authenticated, must match the JWT subject or be omitted/null (which creates a global / non-user-scoped record).
             */
            user_id?: string | null;
        };
        /**
         * LearningDomainConfig
         * @description Configuration for the Learning domain of the AgentOS
         */
        LearningDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * LearningResponse
         * @description A single learning record as returned by the API.
         */
        LearningResponse: {
            /**
             * Agent Id
             * @description Associated agent ID
             */
            agent_id?: string | null;
            /**
             * Content
             * @description The learning content payload
             */
            content?: {
                [key: string]: unknown;
            } | null;
            /**
             * Created At
             * @description Creation timestamp (Unix epoch seconds)
             */
            created_at?: number | null;
            /**
             * Entity Id
             * @description Associated entity ID (for entity-specific learnings)
             */
            entity_id?: string | null;
            /**
             * Entity Type
             * @description Entity type (e.g. 'person', 'company')
             */
            entity_type?: string | null;
            /**
             * Learning Id
             * @description Unique identifier for the learning record
             */
            learning_id: string;
            /**
             * Learning Type
             * @description Type of learning (e.g. 'user_profile', 'entity_memory')
             */
            learning_type: string;
            /**
             * Metadata
             * @description Optional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Namespace
             * @description Namespace for scoping ('user', 'global', or custom)
             */
            namespace?: string | null;
            /**
             * Session Id
             * @description Associated session ID
             */
            session_id?: string | null;
            /**
             * Team Id
             * @description Associated team ID
             */
            team_id?: string | null;
            /**
             * Updated At
             * @description Last update timestamp (Unix epoch seconds)
             */
            updated_at?: number | null;
            /**
             * User Id
             * @description Associated user ID
             */
            user_id?: string | null;
        };
        /**
         * LearningUpdate
         * @description Request body for updating a learning record. Identity fields are immutable.
         */
        LearningUpdate: {
            /**
             * Content
             * @description Replacement content payload
             */
            content?: {
                [key: string]: unknown;
            } | null;
            /**
             * Metadata
             * @description Replacement metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * LearningUserStats
         * @description A user that owns learning records, with their most recent activity.
         *
         *     Used as a lightweight index for the per-user view: list users here, then drill into a
         *     single user's records via ``GET /learnings?user_id=...``. No per-user count is returned
         *     -- the user-scoped stores (``user_profile``, ``user_memory``) keep a single record per
         *     user, so a record count would always be 1; the actual memory count lives in that
         *     record's ``content``.
         */
        LearningUserStats: {
            /**
             * Last Learning Updated At
             * @description Most recent learning update for this user (Unix epoch seconds)
             */
            last_learning_updated_at?: number | null;
            /**
             * User Id
             * @description The user ID
             */
            user_id: string;
        };
        /**
         * Manifest
         * @description OS-level UI metadata for an agent/team/workflow.
         *
         *     Fields here are AgentOS UI metadata only. ``description`` is unrelated to
         *     ``Agent.description`` / ``Team.description`` / ``Workflow.description``,
         *     which are sent to the model.
         *
         *     Rendering surfaces:
         *     - ``description``, ``labels``: home/landing card
         *     - ``quick_prompts``: chat page
         */
        Manifest: {
            /** Description */
            description?: string | null;
            /** Labels */
            labels?: string[] | null;
            /** Quick Prompts */
            quick_prompts?: string[] | null;
        };
        /**
         * McpInfo
         * @description MCP server availability for the /info endpoint.
         */
        McpInfo: {
            /**
             * Enabled
             * @description Whether the MCP server is enabled on this OS instance
             * @default false
             */
            enabled?: boolean;
            /** @description OAuth discovery details when the MCP endpoint is OAuth-protected, null otherwise */
            oauth?: components["schemas"]["McpOAuthInfo"] | null;
            /**
             * Path
             * @description Path where the MCP server is mounted, null when disabled
             */
            path?: string | null;
            /**
             * Tool Run Endpoint
             * @description Whether this deployment serves the plain-HTTP tool runner at `{path}/server/tools/{tool_name}/run`. False both when the MCP server is off and when it is on with `MCPConfig(tool_run_endpoint=False)`, so a client can tell upfront whether running a tool is possible instead of discovering it on the call.
             * @default false
             */
            tool_run_endpoint?: boolean;
        };
        /**
         * McpOAuthInfo
         * @description OAuth discovery details for an MCP endpoint protected by ``AgentOS(mcp_auth=...)``.
         */
        McpOAuthInfo: {
            /**
             * Authorization Servers
             * @description Issuer URL(s) of the authorization server(s) protecting the MCP endpoint
             */
            authorization_servers?: string[] | null;
            /**
             * Resource
             * @description RFC 9728 resource URL advertised for the MCP endpoint
             */
            resource?: string | null;
        };
        /**
         * MemoryConfig
         * @description Configuration for the Memory domain of the AgentOS
         */
        MemoryConfig: {
            /** Dbs */
            dbs?: components["schemas"]["DatabaseConfig_MemoryDomainConfig_"][] | null;
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * MemoryDomainConfig
         * @description Configuration for the Memory domain of the AgentOS
         */
        MemoryDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * Meta
         * @description Inline metadata schema for pagination.
         */
        Meta: {
            /**
             * Limit
             * @description Number of results per page
             * @default 20
             */
            limit?: number;
            /**
             * Page
             * @description Page number
             * @default 1
             */
            page?: number;
        };
        /**
         * MetricsConfig
         * @description Configuration for the Metrics domain of the AgentOS
         */
        MetricsConfig: {
            /** Dbs */
            dbs?: components["schemas"]["DatabaseConfig_MetricsDomainConfig_"][] | null;
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * MetricsDomainConfig
         * @description Configuration for the Metrics domain of the AgentOS
         */
        MetricsDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /** MetricsRefreshResponse */
        MetricsRefreshResponse: {
            /**
             * Message
             * @description Additional details
             */
            message?: string | null;
            /**
             * Status
             * @description Status of the refresh request
             */
            status: string;
        };
        /** MetricsRefreshStatusResponse */
        MetricsRefreshStatusResponse: {
            /**
             * Error
             * @description Error message if the most recent refresh failed
             */
            error?: string | null;
            /**
             * Finished At
             * @description When the most recent refresh finished
             */
            finished_at?: string | null;
            /**
             * Started At
             * @description When the most recent refresh started
             */
            started_at?: string | null;
            /**
             * Status
             * @description Refresh status: 'idle', 'running', 'completed' or 'failed'
             */
            status: string;
        };
        /** MetricsResponse */
        MetricsResponse: {
            /**
             * Metrics
             * @description List of daily aggregated metrics
             */
            metrics: components["schemas"]["DayAggregatedMetrics"][];
            /**
             * Updated At
             * @description Timestamp of the most recent metrics update
             */
            updated_at?: string | null;
        };
        /** Model */
        Model: {
            /**
             * Id
             * @description Model identifier
             */
            id?: string | null;
            /**
             * Provider
             * @description Model provider name
             */
            provider?: string | null;
        };
        /** ModelResponse */
        ModelResponse: {
            /**
             * Model
             * @description Model identifier
             */
            model?: string | null;
            /**
             * Name
             * @description Name of the model
             */
            name?: string | null;
            /**
             * Provider
             * @description Model provider name
             */
            provider?: string | null;
        };
        /**
         * NestJsErrorBody
         * @description Errors on /bridge/...: the shape HYVVE's AgentOSService reads (agents/error_dialects.py).
         */
        NestJsErrorBody: {
            /**
             * Code
             * @description our stable error code
             * @default null
             */
            code?: string | null;
            /**
             * Correlationid
             * @default null
             */
            correlationId?: string | null;
            /**
             * Error
             * @description the HTTP reason phrase
             */
            error: string;
            /** Message */
            message: string;
            /** Statuscode */
            statusCode: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * NotFoundResponse
         * @example {
         *       "detail": "Not found"
         *     }
         */
        NotFoundResponse: {
            /**
             * Detail
             * @description Human-readable error message
             */
            detail: string;
            /**
             * Error Id
             * @description Stable identifier for the specific error, present only when the error carries one
             */
            error_id?: string | null;
            /**
             * Error Type
             * @description Category of the error, present only when the error carries one
             */
            error_type?: string | null;
        };
        /**
         * OptimizeMemoriesRequest
         * @description Schema for memory optimization request
         */
        OptimizeMemoriesRequest: {
            /**
             * Apply
             * @description If True, apply optimization changes to database. If False, return preview only without saving.
             * @default true
             */
            apply?: boolean;
            /**
             * Model
             * @description Model to use for optimization in format 'provider:model_id' (e.g., 'openai:gpt-4o-mini', 'anthropic:claude-3-5-sonnet-20241022', 'google:gemini-2.0-flash-exp'). If not specified, uses MemoryManager's default model (gpt-4o).
             */
            model?: string | null;
            /**
             * User Id
             * @description User ID to optimize memories for
             */
            user_id: string;
        };
        /**
         * OptimizeMemoriesResponse
         * @description Schema for memory optimization response
         */
        OptimizeMemoriesResponse: {
            /**
             * Memories
             * @description List of optimized memory objects
             */
            memories: components["schemas"]["UserMemorySchema"][];
            /**
             * Memories After
             * @description Number of memories after optimization
             */
            memories_after: number;
            /**
             * Memories Before
             * @description Number of memories before optimization
             */
            memories_before: number;
            /**
             * Reduction Percentage
             * @description Percentage of token reduction achieved
             */
            reduction_percentage: number;
            /**
             * Tokens After
             * @description Token count after optimization
             */
            tokens_after: number;
            /**
             * Tokens Before
             * @description Token count before optimization
             */
            tokens_before: number;
            /**
             * Tokens Saved
             * @description Number of tokens saved through optimization
             */
            tokens_saved: number;
        };
        /** PaginatedResponse[ApprovalResponse] */
        PaginatedResponse_ApprovalResponse_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["ApprovalResponse"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[ComponentResponse] */
        PaginatedResponse_ComponentResponse_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["ComponentResponse"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[ContentResponseSchema] */
        PaginatedResponse_ContentResponseSchema_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["ContentResponseSchema"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[EvalSchema] */
        PaginatedResponse_EvalSchema_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["EvalSchema"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[LearningResponse] */
        PaginatedResponse_LearningResponse_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["LearningResponse"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[LearningUserStats] */
        PaginatedResponse_LearningUserStats_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["LearningUserStats"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[RegistryContentResponse] */
        PaginatedResponse_RegistryContentResponse_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["RegistryContentResponse"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[ScheduleResponse] */
        PaginatedResponse_ScheduleResponse_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["ScheduleResponse"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[ScheduleRunResponse] */
        PaginatedResponse_ScheduleRunResponse_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["ScheduleRunResponse"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[ServiceAccountResponse] */
        PaginatedResponse_ServiceAccountResponse_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["ServiceAccountResponse"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[SessionSchema] */
        PaginatedResponse_SessionSchema_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["SessionSchema"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[TraceDetail] */
        PaginatedResponse_TraceDetail_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["TraceDetail"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[TraceSessionStats] */
        PaginatedResponse_TraceSessionStats_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["TraceSessionStats"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[TraceSummary] */
        PaginatedResponse_TraceSummary_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["TraceSummary"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[UserMemorySchema] */
        PaginatedResponse_UserMemorySchema_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["UserMemorySchema"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[UserStatsSchema] */
        PaginatedResponse_UserStatsSchema_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["UserStatsSchema"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginatedResponse[VectorSearchResult] */
        PaginatedResponse_VectorSearchResult_: {
            /**
             * Data
             * @description List of items for the current page
             */
            data: components["schemas"]["VectorSearchResult"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
        };
        /** PaginationInfo */
        PaginationInfo: {
            /**
             * Limit
             * @description Number of items per page
             * @default 20
             */
            limit?: number;
            /**
             * Page
             * @description Current page number (1-indexed)
             * @default 0
             */
            page?: number;
            /**
             * Search Time Ms
             * @description Search execution time in milliseconds
             * @default 0
             */
            search_time_ms?: number;
            /**
             * Total Count
             * @description Total count of items
             * @default 0
             */
            total_count?: number;
            /**
             * Total Pages
             * @description Total number of pages
             * @default 0
             */
            total_pages?: number;
        };
        /**
         * QueueCapabilities
         * @description Deployment-level background-run capabilities: what a client may rely on
         *     when deciding whether to render queue-aware UI (e.g. a chat tray).
         *
         *     Reported as EFFECTIVE behavior, not raw settings: queue_per_session is
         *     true only when a durable queue actually enforces the per-session gate -
         *     a queue_per_session flag without durable=True, or with a custom store
         *     that does not serialize sessions, gates nothing and is reported false. Readable by any authenticated caller (deployment
         *     capability, not operator data - the admin-scoped /queue surface stays
         *     the only view of actual jobs).
         *
         *     Both fields describe submissions the durable queue can carry. A
         *     background submission the queue cannot carry (media uploads, payloads
         *     plain JSON cannot store, factory-backed or off-registry components)
         *     executes in-process on the accepting replica, outside the gate and
         *     without durability, and the server logs each such bypass; the client
         *     still receives 202 PENDING. A caller that sends those knows it is
         *     sending them; the capability does not change per submission.
         */
        QueueCapabilities: {
            /**
             * Durable
             * @description Accepted background runs survive crashes and deploys (ticketed queue with a worker)
             */
            durable: boolean;
            /**
             * Queue Per Session
             * @description Same-session background submissions execute at most one at a time, FIFO by submission; false when no durable queue enforces the gate
             */
            queue_per_session: boolean;
        };
        /** ReaderSchema */
        ReaderSchema: {
            /**
             * Chunkers
             * @description List of supported chunking strategies
             */
            chunkers?: string[] | null;
            /**
             * Content Types
             * @description Content types this reader can read in this install
             */
            content_types?: string[] | null;
            /**
             * Description
             * @description Description of the reader's capabilities
             */
            description?: string | null;
            /**
             * Id
             * @description Unique identifier for the reader
             */
            id: string;
            /**
             * Name
             * @description Name of the reader
             */
            name?: string | null;
            /**
             * Unavailable Content Types
             * @description Content types this reader supports but cannot read here, and the packages each needs
             */
            unavailable_content_types?: {
                [key: string]: string[];
            } | null;
        };
        /** ReadinessResponse */
        ReadinessResponse: {
            /** Checks */
            checks: {
                [key: string]: components["schemas"]["DependencyCheck"];
            };
            /** Failing */
            failing: string[];
            /**
             * Status
             * @enum {string}
             */
            status: "ready" | "unavailable";
        };
        /** RegistryContentResponse */
        RegistryContentResponse: {
            /** Description */
            description?: string | null;
            /** Id */
            id?: string | null;
            /** Metadata */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** Name */
            name: string;
            /**
             * Sandboxed
             * @default false
             */
            sandboxed?: boolean;
            type: components["schemas"]["RegistryResourceType"];
        };
        /**
         * RegistryResourceType
         * @description Types of resources that can be stored in a registry.
         * @enum {string}
         */
        RegistryResourceType: "tool" | "model" | "db" | "vector_db" | "schema" | "function" | "agent" | "team" | "workflow" | "knowledge" | "memory_manager" | "session_summary_manager" | "learning";
        /**
         * RemoteContentSourceSchema
         * @description Schema for remote content source configuration.
         */
        RemoteContentSourceSchema: {
            /**
             * Id
             * @description Unique identifier for the content source
             */
            id: string;
            /**
             * Metadata
             * @description Custom metadata for the content source
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Name
             * @description Display name for the content source
             */
            name: string;
            /**
             * Prefix
             * @description Default path prefix for this source
             */
            prefix?: string | null;
            /**
             * Type
             * @description Type of content source (s3, gcs, sharepoint, github, azureblob)
             */
            type: string;
        };
        /**
         * RunAccepted
         * @description `background=true`: the run was accepted and continues; poll it with GET .../runs/{run_id}.
         */
        RunAccepted: {
            /** Run Id */
            run_id: string;
            /**
             * Session Id
             * @default null
             */
            session_id?: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "PENDING" | "RUNNING" | "COMPLETED" | "PAUSED" | "CANCELLED" | "ERROR" | "REGENERATED";
        };
        /**
         * RunCallerMetadata
         * @description What every run carries from the verified caller (contracts/auth.md); client values are ignored.
         */
        RunCallerMetadata: {
            /**
             * Correlation Id
             * @default null
             */
            correlation_id?: string | null;
            /**
             * Credential
             * @default null
             */
            credential?: string | null;
            /**
             * Role
             * @default null
             */
            role?: string | null;
            /**
             * User Id
             * @default null
             */
            user_id?: string | null;
            /**
             * Workspace Id
             * @default null
             */
            workspace_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** RunMetadata */
        RunMetadata: {
            /** Completedat */
            completedAt?: string | null;
            /** Durationms */
            durationMs?: number | null;
            /** Model */
            model?: string | null;
            /** Startedat */
            startedAt?: string | null;
            /** Tokensused */
            tokensUsed?: number | null;
        };
        /** RunMetrics */
        RunMetrics: {
            /**
             * Details
             * @description `model`: one entry per answering model `{provider, id, input_tokens, ...}`
             * @default null
             */
            details?: {
                [key: string]: unknown;
            } | null;
            /**
             * Duration
             * @description seconds
             * @default null
             */
            duration?: number | null;
            /**
             * Input Tokens
             * @default null
             */
            input_tokens?: number | null;
            /**
             * Output Tokens
             * @default null
             */
            output_tokens?: number | null;
            /**
             * Time To First Token
             * @default null
             */
            time_to_first_token?: number | null;
            /**
             * Total Tokens
             * @default null
             */
            total_tokens?: number | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * RunOutput
         * @description A run as agno returns it (`stream=false`, or read back): the fields clients rely on; agno adds more.
         */
        RunOutput: {
            /**
             * Agent Id
             * @default null
             */
            agent_id?: string | null;
            /**
             * Agent Name
             * @default null
             */
            agent_name?: string | null;
            /**
             * Content
             * @default null
             */
            content?: unknown;
            /**
             * Content Type
             * @default null
             */
            content_type?: string | null;
            /**
             * Created At
             * @description unix seconds
             * @default null
             */
            created_at?: number | null;
            /**
             * Input
             * @default null
             */
            input?: {
                [key: string]: unknown;
            } | null;
            /**
             * Member Responses
             * @description team runs: member runs
             * @default null
             */
            member_responses?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Messages
             * @default null
             */
            messages?: {
                [key: string]: unknown;
            }[] | null;
            /** @default null */
            metadata?: components["schemas"]["RunCallerMetadata"] | null;
            /** @default null */
            metrics?: components["schemas"]["RunMetrics"] | null;
            /**
             * Model
             * @default null
             */
            model?: string | null;
            /**
             * Model Provider
             * @default null
             */
            model_provider?: string | null;
            /**
             * Requirements
             * @description when PAUSED: the tool calls awaiting a decision, with their approval ids
             * @default null
             */
            requirements?: components["schemas"]["RunRequirement"][] | null;
            /** Run Id */
            run_id: string;
            /**
             * Session Id
             * @default null
             */
            session_id?: string | null;
            /**
             * Session State
             * @default null
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Status
             * @default null
             */
            status?: ("PENDING" | "RUNNING" | "COMPLETED" | "PAUSED" | "CANCELLED" | "ERROR" | "REGENERATED") | null;
            /**
             * Team Id
             * @default null
             */
            team_id?: string | null;
            /**
             * Team Name
             * @default null
             */
            team_name?: string | null;
            /**
             * Tools
             * @default null
             */
            tools?: components["schemas"]["RunToolExecution"][] | null;
            /**
             * User Id
             * @description agno's user id: `<workspace_id>:<user_id>`
             * @default null
             */
            user_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** RunRequirement */
        RunRequirement: {
            /**
             * Created At
             * @default null
             */
            created_at?: string | null;
            /**
             * Id
             * @default null
             */
            id?: string | null;
            /** @default null */
            tool_execution?: components["schemas"]["RunToolExecution"] | null;
        } & {
            [key: string]: unknown;
        };
        /** RunSchema */
        RunSchema: {
            /**
             * Agent Id
             * @description Agent ID that executed this run
             */
            agent_id?: string | null;
            /**
             * Audio
             * @description Audio files included in the run
             */
            audio?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Cancellation Stage
             * @description For CANCELLED runs, where the run was when it was cancelled: PENDING, EXECUTING, PAUSED. Absent means unknown.
             */
            cancellation_stage?: string | null;
            /**
             * Citations
             * @description Citations from the model (e.g., from Gemini grounding/search)
             */
            citations?: {
                [key: string]: unknown;
            } | null;
            /**
             * Content
             * @description Output content from the run
             */
            content?: string | {
                [key: string]: unknown;
            } | null;
            /**
             * Created At
             * @description Run creation timestamp
             */
            created_at?: string | null;
            /**
             * Events
             * @description Events generated during the run
             */
            events?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Files
             * @description Files included in the run
             */
            files?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Followups
             * @description Followup suggestions generated after the run
             */
            followups?: string[] | null;
            /**
             * Forked From Message Index
             * @description If this run was forked, the message index at which the source was truncated
             */
            forked_from_message_index?: number | null;
            /**
             * Forked From Run Id
             * @description If this run was forked from another run, the source run's ID
             */
            forked_from_run_id?: string | null;
            /**
             * Forked From Session Id
             * @description If this run was created via session branch, the source session's ID
             */
            forked_from_session_id?: string | null;
            /**
             * Images
             * @description Images included in the run
             */
            images?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Input Media
             * @description Input media attachments
             */
            input_media?: {
                [key: string]: unknown;
            } | null;
            /**
             * Last Checkpoint At Message Index
             * @description Message index of the most recent mid-run checkpoint (checkpoint='tool-batch' runs)
             */
            last_checkpoint_at_message_index?: number | null;
            /**
             * Messages
             * @description Message history for the run
             */
            messages?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Metadata
             * @description Run metadata, including sdk for external agent sessions
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Metrics
             * @description Performance and usage metrics
             */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /**
             * Parent Run Id
             * @description Parent run ID if this is a nested run
             */
            parent_run_id?: string | null;
            /**
             * Reasoning Content
             * @description Reasoning content if reasoning was enabled
             */
            reasoning_content?: string | null;
            /**
             * Reasoning Messages
             * @description Reasoning process messages
             */
            reasoning_messages?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Reasoning Steps
             * @description List of reasoning steps
             */
            reasoning_steps?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * References
             * @description References cited in the run
             */
            references?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Regenerated From
             * @description If this run was produced via regenerate=true, the source run's ID
             */
            regenerated_from?: string | null;
            /**
             * Response Audio
             * @description Audio response if generated
             */
            response_audio?: {
                [key: string]: unknown;
            } | null;
            /**
             * Run Id
             * @description Unique identifier for the run
             */
            run_id: string;
            /**
             * Run Input
             * @description Input provided to the run
             */
            run_input?: string | null;
            /**
             * Run Response Format
             * @description Format of the response (text/json)
             */
            run_response_format?: string | null;
            /**
             * Session State
             * @description Session state at the end of the run
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Status
             * @description Run status (PENDING, RUNNING, COMPLETED, ERROR, etc.)
             */
            status?: string | null;
            /**
             * Tools
             * @description Tools used in the run
             */
            tools?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * User Id
             * @description User ID associated with the run
             */
            user_id?: string | null;
            /**
             * Videos
             * @description Videos included in the run
             */
            videos?: {
                [key: string]: unknown;
            }[] | null;
        };
        /**
         * RunStatus
         * @description State of the main run response
         * @enum {string}
         */
        RunStatus: "PENDING" | "RUNNING" | "COMPLETED" | "PAUSED" | "CANCELLED" | "ERROR" | "REGENERATED";
        /** RunToolExecution */
        RunToolExecution: {
            /**
             * Approval Id
             * @description the HYVVE approval item id (GET /approval-items/{id})
             * @default null
             */
            approval_id?: string | null;
            /**
             * Approval Type
             * @default null
             */
            approval_type?: string | null;
            /**
             * Confirmed
             * @default null
             */
            confirmed?: boolean | null;
            /**
             * Requires Confirmation
             * @default null
             */
            requires_confirmation?: boolean | null;
            /**
             * Result
             * @default null
             */
            result?: unknown;
            /**
             * Tool Args
             * @default null
             */
            tool_args?: {
                [key: string]: unknown;
            } | null;
            /**
             * Tool Call Id
             * @default null
             */
            tool_call_id?: string | null;
            /**
             * Tool Name
             * @default null
             */
            tool_name?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** ScheduleCreate */
        ScheduleCreate: {
            /**
             * Cron Expr
             * @description An empty or omitted cron makes the schedule on demand; it runs only through trigger.
             * @default
             */
            cron_expr?: string;
            /** Description */
            description?: string | null;
            /** Endpoint */
            endpoint: string;
            /**
             * Max Retries
             * @default 0
             */
            max_retries?: number;
            /**
             * Method
             * @default POST
             */
            method?: string;
            /** Name */
            name: string;
            /** Payload */
            payload?: {
                [key: string]: unknown;
            } | null;
            /**
             * Retry Delay Seconds
             * @default 60
             */
            retry_delay_seconds?: number;
            /**
             * Timeout Seconds
             * @default 3600
             */
            timeout_seconds?: number;
            /**
             * Timezone
             * @default UTC
             */
            timezone?: string;
        };
        /** ScheduleResponse */
        ScheduleResponse: {
            /** Created At */
            created_at?: number | null;
            /** Cron Expr */
            cron_expr?: string | null;
            /** Description */
            description?: string | null;
            /** Disabled Reason */
            disabled_reason?: string | null;
            /** Enabled */
            enabled: boolean;
            /** Endpoint */
            endpoint: string;
            /** Id */
            id: string;
            /** Managed By */
            managed_by?: string | null;
            /** Max Retries */
            max_retries: number;
            /** Method */
            method: string;
            /** Name */
            name: string;
            /** Next Run At */
            next_run_at?: number | null;
            /** Payload */
            payload?: {
                [key: string]: unknown;
            } | null;
            /** Retry Delay Seconds */
            retry_delay_seconds: number;
            /** Target Id */
            target_id?: string | null;
            /** Target Type */
            target_type?: string | null;
            /** Timeout Seconds */
            timeout_seconds: number;
            /** Timezone */
            timezone: string;
            /** Updated At */
            updated_at?: number | null;
            /** User Id */
            user_id?: string | null;
        };
        /** ScheduleRunResponse */
        ScheduleRunResponse: {
            /** Attempt */
            attempt: number;
            /** Completed At */
            completed_at?: number | null;
            /** Created At */
            created_at?: number | null;
            /** Error */
            error?: string | null;
            /** Id */
            id: string;
            /** Input */
            input?: {
                [key: string]: unknown;
            } | null;
            /** Output */
            output?: {
                [key: string]: unknown;
            } | null;
            /** Requirements */
            requirements?: {
                [key: string]: unknown;
            }[] | null;
            /** Run Id */
            run_id?: string | null;
            /** Schedule Id */
            schedule_id: string;
            /** Session Id */
            session_id?: string | null;
            /** Status */
            status: string;
            /** Status Code */
            status_code?: number | null;
            /** Triggered At */
            triggered_at?: number | null;
            /** User Id */
            user_id?: string | null;
        };
        /**
         * ScheduleStateResponse
         * @description Trimmed response for state-changing operations (enable/disable).
         */
        ScheduleStateResponse: {
            /** Enabled */
            enabled: boolean;
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Next Run At */
            next_run_at?: number | null;
            /** Updated At */
            updated_at?: number | null;
        };
        /** ScheduleUpdate */
        ScheduleUpdate: {
            /**
             * Cron Expr
             * @description An empty cron makes the schedule on demand; it runs only through trigger. Omit to keep the current cron.
             */
            cron_expr?: string | null;
            /** Description */
            description?: string | null;
            /** Endpoint */
            endpoint?: string | null;
            /** Max Retries */
            max_retries?: number | null;
            /** Method */
            method?: string | null;
            /** Name */
            name?: string | null;
            /** Payload */
            payload?: {
                [key: string]: unknown;
            } | null;
            /** Retry Delay Seconds */
            retry_delay_seconds?: number | null;
            /** Timeout Seconds */
            timeout_seconds?: number | null;
            /** Timezone */
            timezone?: string | null;
        };
        /**
         * ScopeItem
         * @description Write shape for one scope grant — the canonical RBAC payload for every scope-bearing API.
         *
         *     Endpoints that take scopes accept these objects only (a bare string is a validation
         *     error). ``effect`` is constrained here so every consumer rejects typos at the model
         *     layer; whether ``deny`` is *semantically* legal stays per-endpoint (roles support
         *     deny rules, service-account tokens are pure grants and reject it).
         */
        ScopeItem: {
            /**
             * Effect
             * @description 'allow' or 'deny'
             * @default allow
             * @enum {string}
             */
            effect?: "allow" | "deny";
            /**
             * Scope
             * @description Scope string, e.g. 'agents:*:run'
             */
            scope: string;
        };
        /**
         * ScopeSchema
         * @description Read shape for one scope — the parsed RBAC payload shared by every scope-bearing API.
         *
         *     Mirrors the cloud RBAC scope shape ({raw, namespace, sub_namespace, permission, value})
         *     so a frontend renders scopes from any AgentOS API with one integration.
         */
        ScopeSchema: {
            /**
             * Id
             * @description Scope id (always null here; kept for shape parity with the cloud RBAC API, which addresses scopes individually)
             */
            id?: string | null;
            /**
             * Namespace
             * @description Resource namespace, e.g. 'agents'
             */
            namespace: string;
            /**
             * Permission
             * @description Action, e.g. 'read' / 'run' / 'write'
             */
            permission: string;
            /**
             * Raw
             * @description Original scope string, e.g. 'agents:*:run'
             */
            raw: string;
            /**
             * Sub Namespace
             * @description Specific resource id or wildcard '*'
             */
            sub_namespace?: string | null;
            /**
             * Value
             * @description 'allow' or 'deny'
             * @default allow
             */
            value?: string;
        };
        /** ServiceAccountCreate */
        ServiceAccountCreate: {
            /**
             * Allow Privileged Scopes
             * @description Required to grant privileged scopes: any write or delete action, the admin scope, or any service_accounts scope. Privileged tokens must be deliberate, never accidental.
             * @default false
             */
            allow_privileged_scopes?: boolean;
            /**
             * Expires In Days
             * @description Days until the token expires (default: 90)
             * @default 90
             */
            expires_in_days?: number | null;
            /**
             * Name
             * @description Machine identity name (lowercase slug), e.g. 'claude-code' or 'github-actions'
             */
            name: string;
            /**
             * Never Expires
             * @description Mint a non-expiring token. Must be set explicitly; overrides expires_in_days.
             * @default false
             */
            never_expires?: boolean;
            /**
             * Scopes
             * @description Scopes granted to the token, as {scope, effect} objects (the shared RBAC write shape; token scopes are grants, so only effect='allow' is accepted). Defaults to run and read scopes: agents:run, teams:run, workflows:run, sessions:read
             */
            scopes?: components["schemas"]["ScopeItem"][] | null;
        };
        /**
         * ServiceAccountCreateResponse
         * @description Returned once, at creation. The token is never retrievable again.
         */
        ServiceAccountCreateResponse: {
            /** Created At */
            created_at: number;
            /** Created By */
            created_by?: string | null;
            /** Expires At */
            expires_at?: number | null;
            /** Id */
            id: string;
            /** Last Used At */
            last_used_at?: number | null;
            /** Name */
            name: string;
            /**
             * Principal
             * @description The user_id attached to runs made with this token, e.g. 'sa:claude-code'
             */
            principal: string;
            /** Revoked At */
            revoked_at?: number | null;
            /**
             * Scopes
             * @description Scopes granted to the token, in the shared RBAC read shape
             */
            scopes?: components["schemas"]["ScopeSchema"][];
            /**
             * Token
             * @description The plaintext token. Shown exactly once - store it securely now.
             */
            token: string;
            /**
             * Token Prefix
             * @description First characters of the token, for display only
             */
            token_prefix: string;
            /**
             * User Id
             * @description The user this account belongs to; None for workspace-level accounts. Distinct from created_by, which records who minted the token.
             */
            user_id?: string | null;
        };
        /**
         * ServiceAccountResponse
         * @description Service account metadata. Never includes the token hash or plaintext.
         */
        ServiceAccountResponse: {
            /** Created At */
            created_at: number;
            /** Created By */
            created_by?: string | null;
            /** Expires At */
            expires_at?: number | null;
            /** Id */
            id: string;
            /** Last Used At */
            last_used_at?: number | null;
            /** Name */
            name: string;
            /**
             * Principal
             * @description The user_id attached to runs made with this token, e.g. 'sa:claude-code'
             */
            principal: string;
            /** Revoked At */
            revoked_at?: number | null;
            /**
             * Scopes
             * @description Scopes granted to the token, in the shared RBAC read shape
             */
            scopes?: components["schemas"]["ScopeSchema"][];
            /**
             * Token Prefix
             * @description First characters of the token, for display only
             */
            token_prefix: string;
            /**
             * User Id
             * @description The user this account belongs to; None for workspace-level accounts. Distinct from created_by, which records who minted the token.
             */
            user_id?: string | null;
        };
        /**
         * SessionConfig
         * @description Configuration for the Session domain of the AgentOS
         */
        SessionConfig: {
            /** Dbs */
            dbs?: components["schemas"]["DatabaseConfig_SessionDomainConfig_"][] | null;
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * SessionDomainConfig
         * @description Configuration for the Session domain of the AgentOS
         */
        SessionDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * SessionRunPreviewSchema
         * @description Lightweight session-run listing entry: the shape a queue tray or
         *     session sidebar polls for. Deliberately excludes messages, events, media,
         *     metrics and step results - the full shapes stay on the default listing
         *     and the single-run endpoint. Previews are truncated to 280 characters.
         */
        SessionRunPreviewSchema: {
            /**
             * Agent Id
             * @description Agent ID, when this is an agent run
             */
            agent_id?: string | null;
            /**
             * Content Preview
             * @description Output content preview, truncated
             */
            content_preview?: string | null;
            /**
             * Created At
             * @description Run creation timestamp
             */
            created_at?: string | null;
            /**
             * Parent Run Id
             * @description Parent run ID if this is a nested run
             */
            parent_run_id?: string | null;
            /**
             * Run Id
             * @description Unique identifier for the run
             */
            run_id: string;
            /**
             * Run Input
             * @description Input preview, truncated
             */
            run_input?: string | null;
            /**
             * Status
             * @description Run status (PENDING, RUNNING, PAUSED, COMPLETED, CANCELLED, ERROR, REGENERATED)
             */
            status?: string | null;
            /**
             * Team Id
             * @description Team ID, when this is a team run
             */
            team_id?: string | null;
            /**
             * User Id
             * @description User ID associated with the run
             */
            user_id?: string | null;
            /**
             * Workflow Id
             * @description Workflow ID, when this is a workflow run
             */
            workflow_id?: string | null;
        };
        /** SessionSchema */
        SessionSchema: {
            /**
             * Agent Id
             * @description Agent ID if this is an agent session
             */
            agent_id?: string | null;
            /**
             * Created At
             * @description Timestamp when session was created
             */
            created_at?: string | null;
            /**
             * Metadata
             * @description Additional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Metrics
             * @description Session metrics
             */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Id
             * @description Unique identifier for the session
             */
            session_id: string;
            /**
             * Session Name
             * @description Human-readable name for the session
             */
            session_name: string;
            /**
             * Session State
             * @description Current state data of the session
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Summary
             * @description Summary of session interactions
             */
            session_summary?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Type
             * @description Type of session: agent, team, or workflow
             */
            session_type?: string | null;
            /**
             * Team Id
             * @description Team ID if this is a team session
             */
            team_id?: string | null;
            /**
             * Total Tokens
             * @description Total tokens used in this session
             */
            total_tokens?: number | null;
            /**
             * Updated At
             * @description Timestamp when session was last updated
             */
            updated_at?: string | null;
            /**
             * User Id
             * @description User ID associated with the session
             */
            user_id?: string | null;
            /**
             * Workflow Id
             * @description Workflow ID if this is a workflow session
             */
            workflow_id?: string | null;
        };
        /**
         * SessionType
         * @enum {string}
         */
        SessionType: "agent" | "team" | "workflow";
        /**
         * SetCurrentRequest
         * @description Body for set-current. Optional: an empty POST keeps working.
         */
        SetCurrentRequest: {
            /** @description Optional compare-and-set guard */
            guard?: components["schemas"]["ComponentGuard"] | null;
        };
        /**
         * SortOrder
         * @enum {string}
         */
        SortOrder: "asc" | "desc";
        /**
         * SourceFileSchema
         * @description Schema for a file in a content source.
         */
        SourceFileSchema: {
            /**
             * Content Type
             * @description MIME type of the file
             */
            content_type?: string | null;
            /**
             * Key
             * @description Full path/key of the file
             */
            key: string;
            /**
             * Last Modified
             * @description ISO 8601 timestamp of last modification
             */
            last_modified?: string | null;
            /**
             * Name
             * @description Display name (filename)
             */
            name: string;
            /**
             * Size
             * @description File size in bytes
             */
            size?: number | null;
        };
        /**
         * SourceFilesResponseSchema
         * @description Response schema for listing files in a content source.
         */
        SourceFilesResponseSchema: {
            /**
             * Files
             * @description List of files at this level
             */
            files?: components["schemas"]["SourceFileSchema"][];
            /**
             * Folders
             * @description Subfolders at this level
             */
            folders?: components["schemas"]["SourceFolderSchema"][];
            /** @description Pagination metadata */
            meta: components["schemas"]["PaginationInfo"];
            /**
             * Prefix
             * @description Prefix filter that was applied
             */
            prefix?: string | null;
            /**
             * Source Id
             * @description ID of the content source
             */
            source_id: string;
            /**
             * Source Name
             * @description Name of the content source
             */
            source_name: string;
        };
        /**
         * SourceFolderSchema
         * @description Schema for a folder in a content source.
         */
        SourceFolderSchema: {
            /**
             * Is Empty
             * @description Whether the folder contains any files
             * @default false
             */
            is_empty?: boolean;
            /**
             * Name
             * @description Display name of the folder
             */
            name: string;
            /**
             * Prefix
             * @description Full prefix to use for navigating into this folder
             */
            prefix: string;
        };
        /** TeamResponse */
        TeamResponse: {
            /** Current Version */
            current_version?: number | null;
            /** Db Id */
            db_id?: string | null;
            /** Default Tools */
            default_tools?: {
                [key: string]: unknown;
            } | null;
            /** Description */
            description?: string | null;
            /** Factory Input Schema */
            factory_input_schema?: {
                [key: string]: unknown;
            } | null;
            /** Id */
            id?: string | null;
            /** Input Schema */
            input_schema?: {
                [key: string]: unknown;
            } | null;
            /** Introduction */
            introduction?: string | null;
            /**
             * Is Component
             * @default false
             */
            is_component?: boolean;
            /**
             * Is Factory
             * @default false
             */
            is_factory?: boolean;
            /** Knowledge */
            knowledge?: {
                [key: string]: unknown;
            } | null;
            /** Members */
            members?: (components["schemas"]["AgentResponse"] | components["schemas"]["TeamResponse"])[] | null;
            /** Memory */
            memory?: {
                [key: string]: unknown;
            } | null;
            /** Metadata */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /** Mode */
            mode?: string | null;
            model?: components["schemas"]["ModelResponse"] | null;
            /** Name */
            name?: string | null;
            /** Reasoning */
            reasoning?: {
                [key: string]: unknown;
            } | null;
            /** Response Settings */
            response_settings?: {
                [key: string]: unknown;
            } | null;
            /** Role */
            role?: string | null;
            /**
             * Sandboxed
             * @default false
             */
            sandboxed?: boolean;
            /** Sessions */
            sessions?: {
                [key: string]: unknown;
            } | null;
            /** Stage */
            stage?: string | null;
            /** Streaming */
            streaming?: {
                [key: string]: unknown;
            } | null;
            /** System Message */
            system_message?: {
                [key: string]: unknown;
            } | null;
            /** Tools */
            tools?: {
                [key: string]: unknown;
            } | null;
        };
        /** TeamRunSchema */
        TeamRunSchema: {
            /**
             * Audio
             * @description Audio files included in the run
             */
            audio?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Cancellation Stage
             * @description For CANCELLED runs, where the run was when it was cancelled: PENDING, EXECUTING, PAUSED. Absent means unknown.
             */
            cancellation_stage?: string | null;
            /**
             * Citations
             * @description Citations from the model (e.g., from Gemini grounding/search)
             */
            citations?: {
                [key: string]: unknown;
            } | null;
            /**
             * Content
             * @description Output content from the team run
             */
            content?: string | {
                [key: string]: unknown;
            } | null;
            /**
             * Created At
             * @description Run creation timestamp
             */
            created_at?: string | null;
            /**
             * Events
             * @description Events generated during the run
             */
            events?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Files
             * @description Files included in the run
             */
            files?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Followups
             * @description Followup suggestions generated after the run
             */
            followups?: string[] | null;
            /**
             * Forked From Message Index
             * @description If this team run was forked, the message index at which the source was truncated
             */
            forked_from_message_index?: number | null;
            /**
             * Forked From Run Id
             * @description If this team run was forked from another run, the source run's ID
             */
            forked_from_run_id?: string | null;
            /**
             * Forked From Session Id
             * @description If this team run was created via session branch, the source session's ID
             */
            forked_from_session_id?: string | null;
            /**
             * Images
             * @description Images included in the run
             */
            images?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Input Media
             * @description Input media attachments
             */
            input_media?: {
                [key: string]: unknown;
            } | null;
            /**
             * Last Checkpoint At Message Index
             * @description Message index of the most recent mid-run checkpoint (checkpoint='tool-batch' runs)
             */
            last_checkpoint_at_message_index?: number | null;
            /**
             * Messages
             * @description Message history for the run
             */
            messages?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Metrics
             * @description Performance and usage metrics
             */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /**
             * Parent Run Id
             * @description Parent run ID if this is a nested run
             */
            parent_run_id?: string | null;
            /**
             * Reasoning Content
             * @description Reasoning content if reasoning was enabled
             */
            reasoning_content?: string | null;
            /**
             * Reasoning Messages
             * @description Reasoning process messages
             */
            reasoning_messages?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Reasoning Steps
             * @description List of reasoning steps
             */
            reasoning_steps?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * References
             * @description References cited in the run
             */
            references?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Regenerated From
             * @description If this team run was produced via regenerate=true, the source run's ID
             */
            regenerated_from?: string | null;
            /**
             * Response Audio
             * @description Audio response if generated
             */
            response_audio?: {
                [key: string]: unknown;
            } | null;
            /**
             * Run Id
             * @description Unique identifier for the team run
             */
            run_id: string;
            /**
             * Run Input
             * @description Input provided to the run
             */
            run_input?: string | null;
            /**
             * Run Response Format
             * @description Format of the response (text/json)
             */
            run_response_format?: string | null;
            /**
             * Session State
             * @description Session state at the end of the run
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Status
             * @description Run status (PENDING, RUNNING, COMPLETED, ERROR, etc.)
             */
            status?: string | null;
            /**
             * Team Id
             * @description Team ID that executed this run
             */
            team_id?: string | null;
            /**
             * Tools
             * @description Tools used in the run
             */
            tools?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * User Id
             * @description User ID associated with the run
             */
            user_id?: string | null;
            /**
             * Videos
             * @description Videos included in the run
             */
            videos?: {
                [key: string]: unknown;
            }[] | null;
        };
        /** TeamSessionDetailSchema */
        TeamSessionDetailSchema: {
            /**
             * Chat History
             * @description Complete chat history
             */
            chat_history?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Created At
             * @description Session creation timestamp
             */
            created_at?: string | null;
            /**
             * Metadata
             * @description Additional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Metrics
             * @description Session metrics
             */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Id
             * @description Unique session identifier
             */
            session_id: string;
            /**
             * Session Name
             * @description Human-readable session name
             */
            session_name: string;
            /**
             * Session State
             * @description Current state of the session
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Summary
             * @description Summary of team interactions
             */
            session_summary?: {
                [key: string]: unknown;
            } | null;
            /**
             * Team Data
             * @description Team-specific data
             */
            team_data?: {
                [key: string]: unknown;
            } | null;
            /**
             * Team Id
             * @description Team ID used in this session
             */
            team_id?: string | null;
            /**
             * Total Tokens
             * @description Total tokens used in this session
             */
            total_tokens?: number | null;
            /**
             * Updated At
             * @description Last update timestamp
             */
            updated_at?: string | null;
            /**
             * User Id
             * @description User ID associated with the session
             */
            user_id?: string | null;
        };
        /** TeamSummaryResponse */
        TeamSummaryResponse: {
            /**
             * Db Id
             * @description Database identifier
             */
            db_id?: string | null;
            /**
             * Description
             * @description Description of the team
             */
            description?: string | null;
            /**
             * Id
             * @description Unique identifier for the team
             */
            id?: string | null;
            /**
             * Metadata
             * @description Framework component metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Mode
             * @description Team execution mode (coordinate, route, broadcast, tasks)
             */
            mode?: string | null;
            /** @description Model used by the team leader */
            model?: components["schemas"]["Model"] | null;
            /**
             * Name
             * @description Name of the team
             */
            name?: string | null;
            /**
             * Sandboxed
             * @default false
             */
            sandboxed?: boolean;
        };
        /**
         * TraceDetail
         * @description Detailed trace information with hierarchical span tree
         */
        TraceDetail: {
            /**
             * Agent Id
             * @description Associated agent ID
             */
            agent_id?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description Time when trace was created (Pydantic auto-serializes to ISO 8601)
             */
            created_at: string;
            /**
             * Duration
             * @description Human-readable total duration
             */
            duration: string;
            /**
             * End Time
             * Format: date-time
             * @description Trace end time (Pydantic auto-serializes to ISO 8601)
             */
            end_time: string;
            /**
             * Error
             * @description Error message if status is ERROR
             */
            error?: string | null;
            /**
             * Error Count
             * @description Number of spans with errors
             */
            error_count: number;
            /**
             * Input
             * @description Input to the agent/workflow
             */
            input?: string | null;
            /**
             * Name
             * @description Trace name (usually root span name)
             */
            name: string;
            /**
             * Output
             * @description Output from the agent/workflow
             */
            output?: string | null;
            /**
             * Run Id
             * @description Associated run ID
             */
            run_id?: string | null;
            /**
             * Session Id
             * @description Associated session ID
             */
            session_id?: string | null;
            /**
             * Start Time
             * Format: date-time
             * @description Trace start time (Pydantic auto-serializes to ISO 8601)
             */
            start_time: string;
            /**
             * Status
             * @description Overall status (OK, ERROR)
             */
            status: string;
            /**
             * Team Id
             * @description Associated team ID
             */
            team_id?: string | null;
            /**
             * Total Spans
             * @description Total number of spans in this trace
             */
            total_spans: number;
            /**
             * Trace Id
             * @description Unique trace identifier
             */
            trace_id: string;
            /**
             * Tree
             * @description Hierarchical tree of spans (root nodes)
             */
            tree: components["schemas"]["TraceNode"][];
            /**
             * User Id
             * @description Associated user ID
             */
            user_id?: string | null;
            /**
             * Workflow Id
             * @description Associated workflow ID
             */
            workflow_id?: string | null;
        };
        /**
         * TraceNode
         * @description Recursive node structure for rendering trace hierarchy in the frontend
         */
        TraceNode: {
            /**
             * Duration
             * @description Human-readable duration (e.g., '123ms', '1.5s')
             */
            duration: string;
            /**
             * End Time
             * Format: date-time
             * @description End time (Pydantic auto-serializes to ISO 8601)
             */
            end_time: string;
            /**
             * Error
             * @description Error message if status is ERROR
             */
            error?: string | null;
            /**
             * Extra Data
             * @description Flexible field for custom attributes and additional data
             */
            extra_data?: {
                [key: string]: unknown;
            } | null;
            /**
             * Id
             * @description Span ID
             */
            id: string;
            /**
             * Input
             * @description Input to the span
             */
            input?: string | null;
            /**
             * Metadata
             * @description Additional span attributes and data
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Name
             * @description Span name (e.g., 'agent.run', 'llm.invoke')
             */
            name: string;
            /**
             * Output
             * @description Output from the span
             */
            output?: string | null;
            /**
             * Spans
             * @description Child spans in the trace hierarchy
             */
            spans?: components["schemas"]["TraceNode"][] | null;
            /**
             * Start Time
             * Format: date-time
             * @description Start time (Pydantic auto-serializes to ISO 8601)
             */
            start_time: string;
            /**
             * Status
             * @description Status code (OK, ERROR)
             */
            status: string;
            /**
             * Step Type
             * @description Workflow step type (Step, Condition, function, Agent, Team)
             */
            step_type?: string | null;
            /**
             * Type
             * @description Span kind (AGENT, TEAM, WORKFLOW, LLM, TOOL)
             */
            type: string;
        };
        /**
         * TracesConfig
         * @description Configuration for the Traces domain of the AgentOS
         */
        TracesConfig: {
            /** Dbs */
            dbs?: components["schemas"]["DatabaseConfig_TracesDomainConfig_"][] | null;
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * TracesDomainConfig
         * @description Configuration for the Traces domain of the AgentOS
         */
        TracesDomainConfig: {
            /** Display Name */
            display_name?: string | null;
        };
        /**
         * TraceSearchGroupBy
         * @description Grouping options for trace search results.
         * @enum {string}
         */
        TraceSearchGroupBy: "run" | "session";
        /**
         * TraceSearchRequest
         * @description Request body for POST /traces/search with advanced filtering.
         *
         *     The filter field accepts a FilterExpr DSL dict supporting composable queries
         *     with AND/OR/NOT logic and operators like EQ, NEQ, GT, GTE, LT, LTE, IN, CONTAINS, STARTSWITH.
         *
         *     Example for run grouping (default):
         *         {
         *             "filter": {
         *                 "op": "AND",
         *                 "conditions": [
         *                     {"op": "EQ", "key": "status", "value": "OK"},
         *                     {"op": "CONTAINS", "key": "user_id", "value": "admin"}
         *                 ]
         *             },
         *             "group_by": "run",
         *             "page": 1,
         *             "limit": 20
         *         }
         *
         *     Example for session grouping:
         *         {
         *             "filter": {"op": "EQ", "key": "agent_id", "value": "my-agent"},
         *             "group_by": "session",
         *             "page": 1,
         *             "limit": 20
         *         }
         */
        TraceSearchRequest: {
            /**
             * Filter
             * @description FilterExpr DSL as JSON dict. Supports operators: EQ, NEQ, GT, GTE, LT, LTE, IN, CONTAINS, STARTSWITH, AND, OR, NOT.
             */
            filter?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Grouping mode: 'run' returns individual TraceDetail, 'session' returns aggregated TraceSessionStats.
             * @default run
             */
            group_by?: components["schemas"]["TraceSearchGroupBy"];
            /**
             * Limit
             * @description Number of traces per page (max 100)
             * @default 20
             */
            limit?: number;
            /**
             * Page
             * @description Page number (1-indexed)
             * @default 1
             */
            page?: number;
        };
        /**
         * TraceSessionStats
         * @description Aggregated trace statistics grouped by session
         */
        TraceSessionStats: {
            /**
             * Agent Id
             * @description Agent ID(s) used in the session
             */
            agent_id?: string | null;
            /**
             * First Trace At
             * Format: date-time
             * @description Time of first trace (Pydantic auto-serializes to ISO 8601)
             */
            first_trace_at: string;
            /**
             * Last Trace At
             * Format: date-time
             * @description Time of last trace (Pydantic auto-serializes to ISO 8601)
             */
            last_trace_at: string;
            /**
             * Session Id
             * @description Session identifier
             */
            session_id: string;
            /**
             * Team Id
             * @description Team ID associated with the session
             */
            team_id?: string | null;
            /**
             * Total Traces
             * @description Total number of traces in this session
             */
            total_traces: number;
            /**
             * User Id
             * @description User ID associated with the session
             */
            user_id?: string | null;
            /**
             * Workflow Id
             * @description Workflow ID associated with the session
             */
            workflow_id?: string | null;
        };
        /**
         * TraceSummary
         * @description Summary information for trace list view
         */
        TraceSummary: {
            /**
             * Agent Id
             * @description Associated agent ID
             */
            agent_id?: string | null;
            /**
             * Created At
             * Format: date-time
             * @description Time when trace was created (Pydantic auto-serializes to ISO 8601)
             */
            created_at: string;
            /**
             * Duration
             * @description Human-readable total duration
             */
            duration: string;
            /**
             * End Time
             * Format: date-time
             * @description Trace end time (Pydantic auto-serializes to ISO 8601)
             */
            end_time: string;
            /**
             * Error Count
             * @description Number of spans with errors
             */
            error_count: number;
            /**
             * Input
             * @description Input to the agent
             */
            input?: string | null;
            /**
             * Name
             * @description Trace name (usually root span name)
             */
            name: string;
            /**
             * Run Id
             * @description Associated run ID
             */
            run_id?: string | null;
            /**
             * Session Id
             * @description Associated session ID
             */
            session_id?: string | null;
            /**
             * Start Time
             * Format: date-time
             * @description Trace start time (Pydantic auto-serializes to ISO 8601)
             */
            start_time: string;
            /**
             * Status
             * @description Overall status (OK, ERROR, UNSET)
             */
            status: string;
            /**
             * Team Id
             * @description Associated team ID
             */
            team_id?: string | null;
            /**
             * Total Spans
             * @description Total number of spans in this trace
             */
            total_spans: number;
            /**
             * Trace Id
             * @description Unique trace identifier
             */
            trace_id: string;
            /**
             * User Id
             * @description Associated user ID
             */
            user_id?: string | null;
            /**
             * Workflow Id
             * @description Associated workflow ID
             */
            workflow_id?: string | null;
        };
        /**
         * UnauthenticatedResponse
         * @example {
         *       "detail": "Unauthenticated access"
         *     }
         */
        UnauthenticatedResponse: {
            /**
             * Detail
             * @description Human-readable error message
             */
            detail: string;
            /**
             * Error Id
             * @description Stable identifier for the specific error, present only when the error carries one
             */
            error_id?: string | null;
            /**
             * Error Type
             * @description Category of the error, present only when the error carries one
             */
            error_type?: string | null;
        };
        /** UnavailableChunkerSchema */
        UnavailableChunkerSchema: {
            /**
             * Description
             * @description Description of the chunking strategy
             */
            description?: string | null;
            /**
             * Id
             * @description Chunker key that could not be loaded
             */
            id: string;
            /**
             * Missing Packages
             * @description Packages that are not importable
             */
            missing_packages?: string[];
            /**
             * Name
             * @description Name of the chunker
             */
            name?: string | null;
            /**
             * Reason
             * @description Verbatim import failure, including its install instruction
             */
            reason: string;
        };
        /** UnavailableReaderSchema */
        UnavailableReaderSchema: {
            /**
             * Description
             * @description Description of the reader's capabilities
             */
            description?: string | null;
            /**
             * Id
             * @description Reader key that could not be loaded
             */
            id: string;
            /**
             * Missing Packages
             * @description Packages that are not importable
             */
            missing_packages?: string[];
            /**
             * Name
             * @description Name of the reader
             */
            name?: string | null;
            /**
             * Reason
             * @description Verbatim import failure, including its install instruction
             */
            reason: string;
        };
        /** UpdateEvalRunRequest */
        UpdateEvalRunRequest: {
            /**
             * Name
             * @description New name for the evaluation run
             */
            name: string;
        };
        /** UpdateSessionRequest */
        UpdateSessionRequest: {
            /**
             * Metadata
             * @description Updated metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Name
             * @description Updated session name
             */
            session_name?: string | null;
            /**
             * Session State
             * @description Updated session state
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Summary
             * @description Session summary
             */
            summary?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * UserMemoryCreateSchema
         * @description Define the payload expected for creating a new user memory
         */
        UserMemoryCreateSchema: {
            /**
             * Memory
             * @description Memory content text
             */
            memory: string;
            /**
             * Topics
             * @description Topics or tags to categorize the memory
             */
            topics?: string[] | null;
            /**
             * User Id
             * @description User ID who owns this memory
             */
            user_id?: string | null;
        };
        /** UserMemorySchema */
        UserMemorySchema: {
            /**
             * Agent Id
             * @description Agent ID associated with this memory
             */
            agent_id?: string | null;
            /**
             * Memory
             * @description Memory content text
             */
            memory: string;
            /**
             * Memory Id
             * @description Unique identifier for the memory
             */
            memory_id: string;
            /**
             * Team Id
             * @description Team ID associated with this memory
             */
            team_id?: string | null;
            /**
             * Topics
             * @description Topics or tags associated with the memory
             */
            topics?: string[] | null;
            /**
             * Updated At
             * @description Timestamp when memory was last updated
             */
            updated_at?: string | null;
            /**
             * User Id
             * @description User ID who owns this memory
             */
            user_id?: string | null;
        };
        /**
         * UserStatsSchema
         * @description Schema for user memory statistics
         */
        UserStatsSchema: {
            /**
             * Last Memory Updated At
             * @description Timestamp of the most recent memory update
             */
            last_memory_updated_at?: string | null;
            /**
             * Total Memories
             * @description Total number of memories for this user
             */
            total_memories: number;
            /**
             * User Id
             * @description User ID
             */
            user_id: string;
        };
        /** ValidationError */
        ValidationError: {
            /** Context */
            ctx?: Record<string, never>;
            /** Input */
            input?: unknown;
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /**
         * ValidationErrorDetail
         * @description One field-level error inside a 422 body, matching FastAPI's default shape.
         */
        ValidationErrorDetail: {
            /**
             * Loc
             * @description Path to the offending field, e.g. ['body', 'endpoint']
             */
            loc: (string | number)[];
            /**
             * Msg
             * @description Human-readable error message
             */
            msg: string;
            /**
             * Type
             * @description Error type identifier, e.g. 'value_error' or 'missing'
             */
            type: string;
        };
        /**
         * ValidationErrorResponse
         * @description 422 body. Two runtime shapes share this status code, and the same endpoint can
         *     return either, so ``detail`` is typed as their union:
         *
         *     - FastAPI's request-validation handler emits a **list** of field-level errors (built-in
         *       coercion errors and custom-validator ``ValueError``s alike).
         *     - A route that raises ``HTTPException(status_code=422, detail="...")`` for a semantic
         *       check (e.g. an invalid cron expression) emits a **string** through the HTTPException
         *       handler.
         * @example {
         *       "detail": [
         *         {
         *           "loc": [
         *             "body",
         *             "endpoint"
         *           ],
         *           "msg": "Value error, Endpoint must be a path, not a full URL",
         *           "type": "value_error"
         *         }
         *       ]
         *     }
         */
        ValidationErrorResponse: {
            /**
             * Detail
             * @description A single message for an explicitly raised 422, or a list of field-level errors for a request-validation failure
             */
            detail: string | components["schemas"]["ValidationErrorDetail"][];
        };
        /** VectorDbSchema */
        VectorDbSchema: {
            /**
             * Description
             * @description Description of the vector database
             */
            description?: string | null;
            /**
             * Id
             * @description Unique identifier for the vector database
             */
            id: string;
            /**
             * Name
             * @description Name of the vector database
             */
            name?: string | null;
            /**
             * Search Types
             * @description List of supported search types (vector, keyword, hybrid)
             */
            search_types?: string[] | null;
        };
        /**
         * VectorSearchRequestSchema
         * @description Schema for vector search request.
         */
        VectorSearchRequestSchema: {
            /**
             * Db Id
             * @description Database ID to search in
             */
            db_id?: string | null;
            /**
             * Filters
             * @description Filters to apply to the search results
             */
            filters?: {
                [key: string]: unknown;
            } | null;
            /**
             * Knowledge Id
             * @description Knowledge base ID to search in
             */
            knowledge_id?: string | null;
            /**
             * Max Results
             * @description The maximum number of results to return
             */
            max_results?: number | null;
            /** @description Pagination metadata. Limit and page number to return a subset of results. */
            meta?: components["schemas"]["Meta"] | null;
            /**
             * Query
             * @description The search query text
             */
            query: string;
            /**
             * Search Type
             * @description The type of search to perform (vector, keyword, hybrid)
             */
            search_type?: string | null;
            /**
             * Vector Db Ids
             * @description List of vector database IDs to search in
             */
            vector_db_ids?: string[] | null;
        };
        /**
         * VectorSearchResult
         * @description Schema for search result documents.
         */
        VectorSearchResult: {
            /**
             * Content
             * @description Content text of the document
             */
            content: string;
            /**
             * Content Id
             * @description ID of the source content
             */
            content_id?: string | null;
            /**
             * Content Origin
             * @description Origin URL or source of the content
             */
            content_origin?: string | null;
            /**
             * Id
             * @description Unique identifier for the search result document
             */
            id?: string | null;
            /**
             * Meta Data
             * @description Metadata associated with the document
             */
            meta_data?: {
                [key: string]: unknown;
            } | null;
            /**
             * Name
             * @description Name of the document
             */
            name?: string | null;
            /**
             * Reranking Score
             * @description Reranking score for relevance
             */
            reranking_score?: number | null;
            /**
             * Size
             * @description Size of the content in bytes
             */
            size?: number | null;
            /**
             * Usage
             * @description Usage statistics (e.g., token counts)
             */
            usage?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * WebErrorBody
         * @description Errors on the web app's onboarding routes: `error` is the message, as HYVVE's agent client shows it.
         */
        WebErrorBody: {
            /**
             * Code
             * @default null
             */
            code?: string | null;
            /** Error */
            error: string;
            /** Success */
            success: boolean;
        } & {
            [key: string]: unknown;
        };
        /** WebHealth */
        WebHealth: {
            /** Status */
            status: string;
            /** Team */
            team: string;
        };
        /** WebRunMetadata */
        WebRunMetadata: {
            /** Approval Id */
            approval_id?: string | null;
            /** Business Id */
            business_id: string;
            /** Run Id */
            run_id?: string | null;
            /** Status */
            status?: string | null;
            /** Team */
            team: string;
            /** Workspace Id */
            workspace_id?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** WebRunRequest */
        WebRunRequest: {
            /** Business Id */
            business_id: string;
            /** Context */
            context?: {
                [key: string]: unknown;
            } | null;
            /** Message */
            message: string;
            /** Model Override */
            model_override?: string | null;
            /** Session Id */
            session_id?: string | null;
            /**
             * Stream
             * @default false
             */
            stream?: boolean;
        };
        /** WebRunResponse */
        WebRunResponse: {
            /** Agent Name */
            agent_name?: string | null;
            /** Content */
            content?: string | null;
            /** Error */
            error?: string | null;
            metadata: components["schemas"]["WebRunMetadata"];
            /** Session Id */
            session_id: string;
            /** Success */
            success: boolean;
        };
        /** WorkflowResponse */
        WorkflowResponse: {
            /** @description Agent configuration if used */
            agent?: components["schemas"]["AgentResponse"] | null;
            /**
             * Current Version
             * @description Current published version number
             */
            current_version?: number | null;
            /**
             * Db Id
             * @description Database identifier
             */
            db_id?: string | null;
            /**
             * Description
             * @description Description of the workflow
             */
            description?: string | null;
            /**
             * Factory Input Schema
             * @description JSON Schema for factory_input
             */
            factory_input_schema?: {
                [key: string]: unknown;
            } | null;
            /**
             * Id
             * @description Unique identifier for the workflow
             */
            id?: string | null;
            /**
             * Input Schema
             * @description Input schema for the workflow
             */
            input_schema?: {
                [key: string]: unknown;
            } | null;
            /**
             * Is Component
             * @description Whether this workflow was created via Builder
             * @default false
             */
            is_component?: boolean;
            /**
             * Is Factory
             * @description Whether this workflow is a factory
             * @default false
             */
            is_factory?: boolean;
            /**
             * Metadata
             * @description Additional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Name
             * @description Name of the workflow
             */
            name?: string | null;
            /**
             * Sandboxed
             * @default false
             */
            sandboxed?: boolean;
            /**
             * Stage
             * @description Stage of the loaded config (draft/published)
             */
            stage?: string | null;
            /**
             * Steps
             * @description List of workflow steps
             */
            steps?: {
                [key: string]: unknown;
            }[] | null;
            /** @description Team configuration if used */
            team?: components["schemas"]["TeamResponse"] | null;
            /**
             * Workflow Agent
             * @description Whether this workflow uses a WorkflowAgent
             * @default false
             */
            workflow_agent?: boolean;
        };
        /** WorkflowRunSchema */
        WorkflowRunSchema: {
            /**
             * Audio
             * @description Audio files included in the workflow
             */
            audio?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Cancellation Stage
             * @description For CANCELLED runs, where the run was when it was cancelled: PENDING, EXECUTING, PAUSED. Absent means unknown.
             */
            cancellation_stage?: string | null;
            /**
             * Citations
             * @description Citations from the model (e.g., from Gemini grounding/search)
             */
            citations?: {
                [key: string]: unknown;
            } | null;
            /**
             * Content
             * @description Output content from the workflow
             */
            content?: string | {
                [key: string]: unknown;
            } | null;
            /**
             * Content Type
             * @description Type of content returned
             */
            content_type?: string | null;
            /**
             * Created At
             * @description Run creation timestamp
             */
            created_at?: string | null;
            /**
             * Events
             * @description Events generated during the workflow
             */
            events?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Files
             * @description Files included in the workflow
             */
            files?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Images
             * @description Images included in the workflow
             */
            images?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Metrics
             * @description Performance and usage metrics
             */
            metrics?: {
                [key: string]: unknown;
            } | null;
            /**
             * Pause Kind
             * @description Kind of HITL pause: 'step' or 'executor'
             */
            pause_kind?: string | null;
            /**
             * Paused Step Index
             * @description Index of the step that caused the pause
             */
            paused_step_index?: number | null;
            /**
             * Paused Step Name
             * @description Name of the step that caused the pause
             */
            paused_step_name?: string | null;
            /**
             * Reasoning Content
             * @description Reasoning content if reasoning was enabled
             */
            reasoning_content?: string | null;
            /**
             * Reasoning Messages
             * @description Reasoning process messages
             */
            reasoning_messages?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Reasoning Steps
             * @description List of reasoning steps
             */
            reasoning_steps?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * References
             * @description References cited in the workflow
             */
            references?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Response Audio
             * @description Audio response if generated
             */
            response_audio?: {
                [key: string]: unknown;
            } | null;
            /**
             * Run Id
             * @description Unique identifier for the workflow run
             */
            run_id: string;
            /**
             * Run Input
             * @description Input provided to the workflow
             */
            run_input?: string | null;
            /**
             * Status
             * @description Status of the workflow run
             */
            status?: string | null;
            /**
             * Step Executor Runs
             * @description Executor runs for each step
             */
            step_executor_runs?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Step Requirements
             * @description HITL step requirements (resolved state for historical display)
             */
            step_requirements?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Step Results
             * @description Results from each workflow step
             */
            step_results?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * User Id
             * @description User ID associated with the run
             */
            user_id?: string | null;
            /**
             * Videos
             * @description Videos included in the workflow
             */
            videos?: {
                [key: string]: unknown;
            }[] | null;
            /**
             * Workflow Id
             * @description Workflow ID that was executed
             */
            workflow_id?: string | null;
        };
        /** WorkflowSessionDetailSchema */
        WorkflowSessionDetailSchema: {
            /**
             * Created At
             * @description Session creation timestamp
             */
            created_at?: string | null;
            /**
             * Metadata
             * @description Additional metadata
             */
            metadata?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Data
             * @description Complete session data
             */
            session_data?: {
                [key: string]: unknown;
            } | null;
            /**
             * Session Id
             * @description Unique session identifier
             */
            session_id: string;
            /**
             * Session Name
             * @description Human-readable session name
             */
            session_name: string;
            /**
             * Session State
             * @description Current workflow state
             */
            session_state?: {
                [key: string]: unknown;
            } | null;
            /**
             * Updated At
             * @description Last update timestamp
             */
            updated_at?: string | null;
            /**
             * User Id
             * @description User ID associated with the session
             */
            user_id?: string | null;
            /**
             * Workflow Data
             * @description Workflow-specific data
             */
            workflow_data?: {
                [key: string]: unknown;
            } | null;
            /**
             * Workflow Id
             * @description Workflow ID used in this session
             */
            workflow_id?: string | null;
            /**
             * Workflow Name
             * @description Name of the workflow
             */
            workflow_name?: string | null;
        };
        /** WorkflowSummaryResponse */
        WorkflowSummaryResponse: {
            /**
             * Current Version
             * @description Current published version number
             */
            current_version?: number | null;
            /**
             * Db Id
             * @description Database identifier
             */
            db_id?: string | null;
            /**
             * Description
             * @description Description of the workflow
             */
            description?: string | null;
            /**
             * Factory Input Schema
             * @description JSON Schema for factory_input
             */
            factory_input_schema?: {
                [key: string]: unknown;
            } | null;
            /**
             * Id
             * @description Unique identifier for the workflow
             */
            id?: string | null;
            /**
             * Is Component
             * @description Whether this workflow was created via Builder
             * @default false
             */
            is_component?: boolean;
            /**
             * Is Factory
             * @description Whether this workflow is a factory
             * @default false
             */
            is_factory?: boolean;
            /**
             * Name
             * @description Name of the workflow
             */
            name?: string | null;
            /**
             * Sandboxed
             * @default false
             */
            sandboxed?: boolean;
            /**
             * Stage
             * @description Stage of the loaded config (draft/published)
             */
            stage?: string | null;
        };
    };
    responses: never;
    parameters: {
        /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
        XCorrelationId: string;
        /** @description Model override for this run: `provider` or `provider:model` of a provider the workspace configured. */
        XModel: string;
        /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
        XUserId: string;
        /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
        XWorkspaceId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_agents: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of agents retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "db_id": "c6bf0644-feb8-4930-a305-380dae5ad6aa",
                     *         "id": "main-agent",
                     *         "knowledge": {
                     *           "knowledge_table": "main_knowledge"
                     *         },
                     *         "model": {
                     *           "model": "gpt-4o",
                     *           "name": "OpenAIChat",
                     *           "provider": "OpenAI"
                     *         },
                     *         "name": "Main Agent",
                     *         "sessions": {
                     *           "session_table": "agno_sessions"
                     *         },
                     *         "system_message": {
                     *           "add_datetime_to_context": true,
                     *           "markdown": true
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AgentResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_agent: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "db_id": "9e064c70-6821-4840-a333-ce6230908a70",
                     *       "id": "main-agent",
                     *       "knowledge": {
                     *         "knowledge_table": "main_knowledge"
                     *       },
                     *       "model": {
                     *         "model": "gpt-4o",
                     *         "name": "OpenAIChat",
                     *         "provider": "OpenAI"
                     *       },
                     *       "name": "Main Agent",
                     *       "sessions": {
                     *         "session_table": "agno_sessions"
                     *       },
                     *       "system_message": {
                     *         "add_datetime_to_context": true,
                     *         "markdown": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Agent not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_agent_runs: {
        parameters: {
            query: {
                /** @description Session ID to list runs for */
                session_id: string;
                /** @description Filter by run status (PENDING, RUNNING, COMPLETED, ERROR) */
                status?: string | null;
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of runs retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunSchema"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Agent not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_agent_run: {
        parameters: {
            query?: {
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description Model override for this run: `provider` or `provider:model` of a provider the workspace configured. */
                "x-model"?: components["parameters"]["XModel"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Body_create_agent_run"];
                "multipart/form-data": components["schemas"]["Body_create_agent_run"];
            };
        };
        responses: {
            /** @description `stream=false`: the finished (or PAUSED) run. `stream=true`: agno's SSE events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutput"];
                    "text/event-stream": string;
                };
            };
            /** @description `background=true`: accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunAccepted"];
                };
            };
            /** @description unknown_provider (x-model), or an invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Agent not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description provider_not_configured, provider_key_unusable or no_model_configured */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description token_limit_exceeded: the provider's daily token budget is used up */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_agent_run: {
        parameters: {
            query: {
                /** @description Session ID for the run */
                session_id: string;
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run output retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutput"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Agent or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cancel_agent_run: {
        parameters: {
            query?: {
                session_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_agent_run_checkpoints: {
        parameters: {
            query: {
                /** @description Session ID for the run */
                session_id: string;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run checkpoints retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Agent or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_agent_run_checkpoint_snapshot: {
        parameters: {
            query: {
                /** @description Session ID for the run */
                session_id: string;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
                message_index: number;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run checkpoint snapshot retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid checkpoint message index */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Agent or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    continue_agent_run: {
        parameters: {
            query?: {
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_continue_agent_run"];
            };
        };
        responses: {
            /** @description Agent run continued successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutput"];
                    /**
                     * @example event: RunContent
                     *     data: {"created_at": 1757348314, "run_id": "123..."}
                     */
                    "text/event-stream": string;
                };
            };
            /** @description Invalid JSON in tools field or invalid tool structure */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Run has a pending admin approval and cannot be continued by the user yet. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Agent not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Continuation conflict: a durable queue ticket owns this run's continuation (continue it with background=true), or a continuation is already queued or executing. Runs in any state can be continued - a COMPLETED run forks into a follow-up; RUNNING/ERROR runs resume. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resume_agent_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                agent_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_resume_agent_run"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    web_branding_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebHealth"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
        };
    };
    web_run_branding: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebRunRequest"];
            };
        };
        responses: {
            /** @description JSON, or SSE with stream: true */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebRunResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description UNKNOWN_PROVIDER (model_override) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Role, or a business of another workspace */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description A session of someone else */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description PROVIDER_NOT_CONFIGURED, PROVIDER_KEY_UNUSABLE or NO_MODEL_CONFIGURED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description TOKEN_LIMIT_EXCEEDED: the daily token budget is used up (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description The run did not finish in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
        };
    };
    web_planning_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebHealth"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
        };
    };
    web_run_planning: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebRunRequest"];
            };
        };
        responses: {
            /** @description JSON, or SSE with stream: true */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebRunResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description UNKNOWN_PROVIDER (model_override) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Role, or a business of another workspace */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description A session of someone else */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description PROVIDER_NOT_CONFIGURED, PROVIDER_KEY_UNUSABLE or NO_MODEL_CONFIGURED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description TOKEN_LIMIT_EXCEEDED: the daily token budget is used up (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description The run did not finish in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
        };
    };
    web_validation_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebHealth"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
        };
    };
    web_run_validation: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebRunRequest"];
            };
        };
        responses: {
            /** @description JSON, or SSE with stream: true */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebRunResponse"];
                    "text/event-stream": string;
                };
            };
            /** @description UNKNOWN_PROVIDER (model_override) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Role, or a business of another workspace */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description A session of someone else */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description PROVIDER_NOT_CONFIGURED, PROVIDER_KEY_UNUSABLE or NO_MODEL_CONFIGURED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description TOKEN_LIMIT_EXCEEDED: the daily token budget is used up (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
            /** @description The run did not finish in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebErrorBody"];
                };
            };
        };
    };
    agui: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AguiCall"];
            };
        };
        responses: {
            /** @description JSON (info, stop) or AG-UI SSE */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/event-stream": string;
                };
            };
            /** @description No agentId, a body that is not an AG-UI RunAgentInput, or transcribe (audio transcription is not offered) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No credential, or a session cookie with a bad signature */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Role, or a cookie from an Origin that is not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description An unknown agent, a thread of someone else, or no paused run to answer */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Tool results for a run that waits for an approval */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_approval_items: {
        parameters: {
            query?: {
                limit?: number;
                status?: ("pending" | "approved" | "rejected" | "auto_approved" | "cancelled") | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalItemList"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_approval_item: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalItem"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resolve_approval_item: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalItem"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such approval item */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Already decided otherwise */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_approvals_approvals_get: {
        parameters: {
            query?: {
                agent_id?: string | null;
                approval_type?: ("required" | "audit") | null;
                limit?: number;
                page?: number;
                pause_type?: string | null;
                run_id?: string | null;
                schedule_id?: string | null;
                source_type?: string | null;
                status?: ("pending" | "approved" | "rejected" | "expired" | "cancelled") | null;
                team_id?: string | null;
                user_id?: string | null;
                workflow_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_ApprovalResponse_"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_approval_approvals__approval_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                approval_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_approval_approvals__approval_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                approval_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resolve_approval: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                approval_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalResolve"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_approval_status_approvals__approval_id__status_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                approval_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalStatusResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_approval_count_approvals_count_get: {
        parameters: {
            query?: {
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalCountResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    bridge_start_agent_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                component_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BridgeRunRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRunResponse"];
                };
            };
            /** @description Unreadable body or unknown provider */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description No usable or configured model */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description The workspace's daily token limit is used up */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
        };
    };
    bridge_get_agent_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                component_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRunResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
        };
    };
    bridge_stream_agent_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                component_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description start|chunk|end|error events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
        };
    };
    bridge_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BridgeHealth"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
        };
    };
    bridge_start_team_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                component_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BridgeRunRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRunResponse"];
                };
            };
            /** @description Unreadable body or unknown provider */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description No usable or configured model */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description The workspace's daily token limit is used up */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
        };
    };
    bridge_get_team_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                component_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentRunResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
        };
    };
    bridge_stream_team_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                component_id: string;
                run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description start|chunk|end|error events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NestJsErrorBody"];
                };
            };
        };
    };
    list_components: {
        parameters: {
            query?: {
                /** @description Filter by type: agent, team, workflow */
                component_type?: components["schemas"]["ComponentType"] | null;
                /** @description Also list archived (soft-deleted) components, marked by a deleted_at timestamp */
                include_deleted?: boolean;
                /** @description Items per page */
                limit?: number;
                /** @description Page number */
                page?: number;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_ComponentResponse_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_component: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComponentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_component: {
        parameters: {
            query?: {
                /** @description Also return an archived (soft-deleted) component, marked by a deleted_at timestamp */
                include_deleted?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_component: {
        parameters: {
            query?: {
                /** @description Optional compare-and-set guard on the current version */
                expected_current_version?: number | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ComponentDeleteRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_component: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComponentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_configs: {
        parameters: {
            query?: {
                /** @description Include full config blob */
                include_config?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentConfigResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentConfigResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
                /** @description Version number */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentConfigResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
                /** @description Version number */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
                /** @description Version number */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentConfigResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    set_current_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
                /** @description Version number */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SetCurrentRequest"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_current_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentConfigResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    restore_component: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Component ID */
                component_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComponentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OS configuration retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agents": [
                     *         {
                     *           "db_id": "9c884dc4-9066-448c-9074-ef49ec7eb73c",
                     *           "id": "main-agent",
                     *           "name": "Main Agent"
                     *         }
                     *       ],
                     *       "available_models": [
                     *         {
                     *           "id": "gpt-4",
                     *           "provider": "openai"
                     *         },
                     *         {
                     *           "id": "claude-3-sonnet",
                     *           "provider": "anthropic"
                     *         }
                     *       ],
                     *       "databases": [
                     *         "9c884dc4-9066-448c-9074-ef49ec7eb73c"
                     *       ],
                     *       "description": "Example AgentOS configuration",
                     *       "evals": {
                     *         "dbs": [
                     *           {
                     *             "db_id": "9c884dc4-9066-448c-9074-ef49ec7eb73c",
                     *             "domain_config": {
                     *               "display_name": "Evals"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "id": "demo",
                     *       "interfaces": [],
                     *       "knowledge": {
                     *         "dbs": [
                     *           {
                     *             "db_id": "9c884dc4-9066-448c-9074-ef49ec7eb73c",
                     *             "domain_config": {
                     *               "display_name": "Knowledge"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "memory": {
                     *         "dbs": [
                     *           {
                     *             "db_id": "9c884dc4-9066-448c-9074-ef49ec7eb73c",
                     *             "domain_config": {
                     *               "display_name": "Memory"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "metrics": {
                     *         "dbs": [
                     *           {
                     *             "db_id": "9c884dc4-9066-448c-9074-ef49ec7eb73c",
                     *             "domain_config": {
                     *               "display_name": "Metrics"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "session": {
                     *         "dbs": [
                     *           {
                     *             "db_id": "9c884dc4-9066-448c-9074-ef49ec7eb73c",
                     *             "domain_config": {
                     *               "display_name": "Sessions"
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "teams": [],
                     *       "workflows": []
                     *     }
                     */
                    "application/json": components["schemas"]["ConfigResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    migrate_database: {
        parameters: {
            query?: {
                target_version?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                db_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Database migrated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Database migrated successfully to version 3.0.0"
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Database not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to migrate database */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    migrate_all_databases: {
        parameters: {
            query?: {
                target_version?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All databases migrated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "All databases migrated successfully to version 3.0.0"
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to migrate databases */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_eval_runs: {
        parameters: {
            query?: {
                /** @description Agent ID */
                agent_id?: string | null;
                /** @description The ID of the database to use */
                db_id?: string | null;
                /** @description Comma-separated eval types (accuracy,agent_as_judge,performance,reliability) */
                eval_types?: string | null;
                /** @description Number of eval runs to return */
                limit?: number | null;
                /** @description Model ID */
                model_id?: string | null;
                /** @description Page number */
                page?: number | null;
                /** @description Field to sort by */
                sort_by?: string | null;
                /** @description Sort order (asc or desc) */
                sort_order?: components["schemas"]["SortOrder"] | null;
                /** @description The database table to use */
                table?: string | null;
                /** @description Team ID */
                team_id?: string | null;
                /** @description Filter type */
                type?: components["schemas"]["EvalFilterType"] | null;
                /** @description Workflow ID */
                workflow_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Evaluation runs retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "agent_id": "basic-agent",
                     *           "created_at": "2025-08-27T15:41:59Z",
                     *           "eval_data": {
                     *             "eval_status": "PASSED",
                     *             "failed_tool_calls": [],
                     *             "passed_tool_calls": [
                     *               "multiply"
                     *             ]
                     *           },
                     *           "eval_input": {
                     *             "expected_tool_calls": [
                     *               "multiply"
                     *             ]
                     *           },
                     *           "eval_type": "reliability",
                     *           "id": "a03fa2f4-900d-482d-afe0-470d4cd8d1f4",
                     *           "model_id": "gpt-4o",
                     *           "model_provider": "OpenAI",
                     *           "name": "Test ",
                     *           "updated_at": "2025-08-27T15:41:59Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PaginatedResponse_EvalSchema_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    run_eval: {
        parameters: {
            query?: {
                workspace_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvalRunInput"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvalSchema"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_eval_runs: {
        parameters: {
            query?: {
                /** @description Database ID to use for deletion */
                db_id?: string | null;
                /** @description Table to use for deletion */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteEvalRunsRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to delete evaluation runs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_eval_run: {
        parameters: {
            query?: {
                /** @description The ID of the database to use */
                db_id?: string | null;
                /** @description Table to query eval run from */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                eval_run_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Evaluation run details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agent_id": "basic-agent",
                     *       "created_at": "2025-08-27T15:41:59Z",
                     *       "eval_data": {
                     *         "eval_status": "PASSED",
                     *         "failed_tool_calls": [],
                     *         "passed_tool_calls": [
                     *           "multiply"
                     *         ]
                     *       },
                     *       "eval_input": {
                     *         "expected_tool_calls": [
                     *           "multiply"
                     *         ]
                     *       },
                     *       "eval_type": "reliability",
                     *       "id": "a03fa2f4-900d-482d-afe0-470d4cd8d1f4",
                     *       "model_id": "gpt-4o",
                     *       "model_provider": "OpenAI",
                     *       "name": "Test ",
                     *       "updated_at": "2025-08-27T15:41:59Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EvalSchema"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Evaluation run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_eval_run: {
        parameters: {
            query?: {
                /** @description The ID of the database to use */
                db_id?: string | null;
                /** @description Table to use for rename operation */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                eval_run_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEvalRunRequest"];
            };
        };
        responses: {
            /** @description Evaluation run updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agent_id": "basic-agent",
                     *       "created_at": "2025-08-27T15:41:59Z",
                     *       "eval_data": {
                     *         "eval_status": "PASSED",
                     *         "failed_tool_calls": [],
                     *         "passed_tool_calls": [
                     *           "multiply"
                     *         ]
                     *       },
                     *       "eval_input": {
                     *         "expected_tool_calls": [
                     *           "multiply"
                     *         ]
                     *       },
                     *       "eval_type": "reliability",
                     *       "id": "a03fa2f4-900d-482d-afe0-470d4cd8d1f4",
                     *       "model_id": "gpt-4o",
                     *       "model_provider": "OpenAI",
                     *       "name": "Test ",
                     *       "updated_at": "2025-08-27T15:41:59Z"
                     *     }
                     */
                    "application/json": components["schemas"]["EvalSchema"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Evaluation run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to update evaluation run */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_filesystem_content: {
        parameters: {
            query: {
                /** @description Agent holding the filesystem; alone, selects that agent's first filesystem */
                agent_id?: string | null;
                /** @description Characters to return */
                limit?: number;
                /** @description Resolved namespace of the filesystem to browse */
                namespace?: string | null;
                /** @description Character offset into the file */
                offset?: number;
                /** @description Relative file path inside the filesystem */
                path: string;
                /** @description User partition to browse: your own, or any user's for an admin. An admin who names none sees every partition */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSystemContentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_filesystem_entries: {
        parameters: {
            query?: {
                /** @description Agent holding the filesystem; alone, selects that agent's first filesystem */
                agent_id?: string | null;
                /** @description Relative directory inside the filesystem */
                directory?: string;
                /** @description Page size */
                limit?: number;
                /** @description Resolved namespace of the filesystem to browse */
                namespace?: string | null;
                /** @description 1-indexed page number */
                page?: number;
                /** @description Sort by type, size or updated_at; the default order is by path */
                sort_by?: ("type" | "size" | "updated_at") | null;
                /** @description Sort order (asc or desc) */
                sort_order?: components["schemas"]["SortOrder"];
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSystemListResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_filesystem_files: {
        parameters: {
            query?: {
                /** @description Filter by agent ID */
                agent_id?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description Filter by resolved namespace */
                namespace?: string | null;
                /** @description 1-indexed page number */
                page?: number;
                /** @description Search file contents */
                query?: string | null;
                /** @description Sort by type, size or updated_at; the default order is by path */
                sort_by?: ("type" | "size" | "updated_at") | null;
                /** @description Sort order (asc or desc) */
                sort_order?: components["schemas"]["SortOrder"];
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSystemTableResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    search_filesystem: {
        parameters: {
            query: {
                /** @description Agent holding the filesystem; alone, selects that agent's first filesystem */
                agent_id?: string | null;
                directory?: string;
                /** @description Page size */
                limit?: number;
                /** @description Resolved namespace of the filesystem to browse */
                namespace?: string | null;
                /** @description 1-indexed page number */
                page?: number;
                query: string;
                /** @description User partition to browse: your own, or any user's for an admin. An admin who names none sees every partition */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileSystemSearchResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_info: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfoResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_knowledge_config: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigResponseSchema"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_content: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                workspace_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_ContentResponseSchema_"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_content_by_id: {
        parameters: {
            query?: {
                workspace_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                content_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentResponseSchema"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_content_status: {
        parameters: {
            query?: {
                workspace_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                content_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentStatusResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_documents_knowledge_documents_get: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocumentList"];
                };
            };
            /** @description workspace_required: an operator acting within no workspace */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_document_knowledge_documents_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Content */
                    content: string;
                    /** Metadata */
                    metadata?: {
                        [key: string]: string | number | boolean;
                    };
                    /** Name */
                    name?: string | null;
                    /**
                     * Type
                     * @enum {string}
                     */
                    type: "text" | "markdown";
                } | {
                    /** Metadata */
                    metadata?: {
                        [key: string]: string | number | boolean;
                    };
                    /** Name */
                    name?: string | null;
                    /**
                     * Type
                     * @constant
                     */
                    type: "url";
                    /** Url */
                    url: string;
                };
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                    /** @description a JSON object */
                    metadata?: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The workspace already has this content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocument"];
                };
            };
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocument"];
                };
            };
            /** @description url_not_allowed (not a public http(s) URL) or workspace_required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description document_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Neither JSON nor multipart, or a file type that cannot be ingested */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_document_knowledge_documents__document_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeDocument"];
                };
            };
            /** @description workspace_required: an operator acting within no workspace */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_document_knowledge_documents__document_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                document_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description workspace_required: an operator acting within no workspace */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    query_knowledge_knowledge_query_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeQuery"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeHits"];
                };
            };
            /** @description workspace_required: an operator acting within no workspace */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    search_knowledge: {
        parameters: {
            query?: {
                workspace_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VectorSearchRequestSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_VectorSearchResult_"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_learnings: {
        parameters: {
            query?: {
                /** @description Filter by agent ID */
                agent_id?: string | null;
                /** @description Database ID to query */
                db_id?: string | null;
                /** @description Filter by entity ID */
                entity_id?: string | null;
                /** @description Filter by entity type */
                entity_type?: string | null;
                /** @description Filter by learning type */
                learning_type?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description Filter by namespace */
                namespace?: string | null;
                /** @description 1-indexed page number */
                page?: number;
                /** @description Filter by session ID */
                session_id?: string | null;
                /** @description Field to sort by, e.g. `created_at` or `updated_at` (the default). An unrecognised field is ignored (the default ordering is used). */
                sort_by?: string | null;
                /** @description Sort order (asc or desc) */
                sort_order?: components["schemas"]["SortOrder"] | null;
                /** @description The database table to use (requires db_id) */
                table?: string | null;
                /** @description Filter by team ID */
                team_id?: string | null;
                /** @description Filter by user ID */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_LearningResponse_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_learning: {
        parameters: {
            query?: {
                /** @description Database ID to use */
                db_id?: string | null;
                /** @description The database table to use (requires db_id) */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_learning: {
        parameters: {
            query?: {
                /** @description Database ID to query */
                db_id?: string | null;
                /** @description The database table to use (requires db_id) */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description The learning ID */
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_learning: {
        parameters: {
            query?: {
                /** @description Database ID to use */
                db_id?: string | null;
                /** @description The database table to use (requires db_id) */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description The learning ID */
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_learning: {
        parameters: {
            query?: {
                /** @description Database ID to use */
                db_id?: string | null;
                /** @description The database table to use (requires db_id) */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description The learning ID */
                learning_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_learning_users: {
        parameters: {
            query?: {
                /** @description Database ID to query */
                db_id?: string | null;
                /** @description Restrict the grouping to a single learning type */
                learning_type?: string | null;
                /** @description Page size */
                limit?: number;
                /** @description 1-indexed page number */
                page?: number;
                /** @description Field to sort by: user_id or last_learning_updated_at (the default) */
                sort_by?: string | null;
                /** @description Sort order (asc or desc) */
                sort_order?: components["schemas"]["SortOrder"] | null;
                /** @description The database table to use (requires db_id) */
                table?: string | null;
                /** @description Restrict the result to a single user */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_LearningUserStats_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_learning_user: {
        parameters: {
            query?: {
                /** @description Database ID to use */
                db_id?: string | null;
                /** @description Restrict deletion to a single learning type; omit to delete all of the user's learnings */
                learning_type?: string | null;
                /** @description The database table to use (requires db_id) */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description The user whose learnings should be deleted */
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_memories: {
        parameters: {
            query?: {
                /** @description Filter memories by agent ID */
                agent_id?: string | null;
                /** @description Database ID to query memories from */
                db_id?: string | null;
                /** @description Number of memories to return per page */
                limit?: number | null;
                /** @description Page number for pagination */
                page?: number | null;
                /** @description Fuzzy search within memory content */
                search_content?: string | null;
                /** @description Field to sort memories by */
                sort_by?: string | null;
                /** @description Sort order (asc or desc) */
                sort_order?: components["schemas"]["SortOrder"] | null;
                /** @description The database table to use */
                table?: string | null;
                /** @description Filter memories by team ID */
                team_id?: string | null;
                /** @description Comma-separated list of topics to filter by */
                topics?: string[] | null;
                /** @description Filter memories by user ID */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memories retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "memory": "User likes coffee.",
                     *           "memory_id": "f9361a69-2997-40c7-ae4e-a5861d434047",
                     *           "topics": [
                     *             "preferences"
                     *           ],
                     *           "updated_at": "2025-09-01T07:53:17Z",
                     *           "user_id": "123"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PaginatedResponse_UserMemorySchema_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_memory: {
        parameters: {
            query?: {
                /** @description Database ID to use for memory storage */
                db_id?: string | null;
                /** @description Table to use for memory storage */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserMemoryCreateSchema"];
            };
        };
        responses: {
            /** @description Memory created successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "created_at": "2024-01-15T10:30:00Z",
                     *       "memory": "User prefers technical explanations with code examples",
                     *       "memory_id": "mem-123",
                     *       "topics": [
                     *         "preferences",
                     *         "communication_style",
                     *         "technical"
                     *       ],
                     *       "updated_at": "2024-01-15T10:30:00Z",
                     *       "user_id": "user-456"
                     *     }
                     */
                    "application/json": components["schemas"]["UserMemorySchema"];
                };
            };
            /** @description Invalid request data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error in payload */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to create memory */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_memories: {
        parameters: {
            query?: {
                /** @description Database ID to use for deletion */
                db_id?: string | null;
                /** @description Table to use for deletion */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteMemoriesRequest"];
            };
        };
        responses: {
            /** @description Memories deleted successfully */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request - empty memory_ids list */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to delete memories */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_memory: {
        parameters: {
            query?: {
                /** @description Database ID to query memory from */
                db_id?: string | null;
                /** @description Table to query memory from */
                table?: string | null;
                /** @description User ID to query memory for */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Memory ID to retrieve */
                memory_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memory retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memory": "User likes coffee.",
                     *       "memory_id": "f9361a69-2997-40c7-ae4e-a5861d434047",
                     *       "topics": [
                     *         "preferences"
                     *       ],
                     *       "updated_at": "2025-09-01T07:53:17Z",
                     *       "user_id": "123"
                     *     }
                     */
                    "application/json": components["schemas"]["UserMemorySchema"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Memory not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_memory: {
        parameters: {
            query?: {
                /** @description Database ID to use for deletion */
                db_id?: string | null;
                /** @description Table to use for deletion */
                table?: string | null;
                /** @description User ID to delete memory for */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Memory ID to delete */
                memory_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memory deleted successfully */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Memory not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to delete memory */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_memory: {
        parameters: {
            query?: {
                /** @description Database ID to use for update */
                db_id?: string | null;
                /** @description Table to use for update */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Memory ID to update */
                memory_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserMemoryCreateSchema"];
            };
        };
        responses: {
            /** @description Memory updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memory": "User likes coffee.",
                     *       "memory_id": "f9361a69-2997-40c7-ae4e-a5861d434047",
                     *       "topics": [
                     *         "preferences"
                     *       ],
                     *       "updated_at": "2025-09-01T07:53:17Z",
                     *       "user_id": "123"
                     *     }
                     */
                    "application/json": components["schemas"]["UserMemorySchema"];
                };
            };
            /** @description Invalid request data */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Memory not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error in payload */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to update memory */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_memory_topics: {
        parameters: {
            query?: {
                /** @description Database ID to query topics from */
                db_id?: string | null;
                /** @description Table to query topics from */
                table?: string | null;
                /** @description User ID to filter topics for */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memory topics retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       "preferences",
                     *       "communication_style",
                     *       "technical",
                     *       "industry",
                     *       "compliance",
                     *       "code_examples",
                     *       "requirements",
                     *       "healthcare",
                     *       "finance"
                     *     ]
                     */
                    "application/json": string[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_metrics: {
        parameters: {
            query?: {
                /** @description Database ID to query metrics from */
                db_id?: string | null;
                /** @description Ending date for metrics range (YYYY-MM-DD format) */
                ending_date?: string | null;
                /** @description Starting date for metrics range (YYYY-MM-DD format) */
                starting_date?: string | null;
                /** @description The database table to use */
                table?: string | null;
                /** @description Return only this user's metrics. Ignored for non-admin callers */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "metrics": [
                     *         {
                     *           "agent_runs_count": 5,
                     *           "agent_sessions_count": 5,
                     *           "created_at": "2025-07-31T12:38:52Z",
                     *           "date": "2025-07-31T00:00:00Z",
                     *           "id": "2025-07-31_daily",
                     *           "model_metrics": [
                     *             {
                     *               "count": 5,
                     *               "model_id": "gpt-4o",
                     *               "model_provider": "OpenAI"
                     *             }
                     *           ],
                     *           "team_runs_count": 0,
                     *           "team_sessions_count": 0,
                     *           "token_metrics": {
                     *             "audio_tokens": 0,
                     *             "cache_write_tokens": 0,
                     *             "cached_tokens": 0,
                     *             "input_audio_tokens": 0,
                     *             "input_tokens": 448,
                     *             "output_audio_tokens": 0,
                     *             "output_tokens": 148,
                     *             "reasoning_tokens": 0,
                     *             "total_tokens": 596
                     *           },
                     *           "updated_at": "2025-07-31T12:49:01Z",
                     *           "users_count": 1,
                     *           "workflow_runs_count": 0,
                     *           "workflow_sessions_count": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MetricsResponse"];
                };
            };
            /** @description Invalid date range parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to retrieve metrics */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    refresh_metrics: {
        parameters: {
            query?: {
                /** @description Run the refresh in the background and return 202 immediately */
                background?: boolean;
                /** @description Database ID to use for metrics calculation */
                db_id?: string | null;
                /** @description Table to use for metrics calculation */
                table?: string | null;
                /** @description Return only this user's metrics. Ignored for non-admin callers */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics refreshed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "agent_runs_count": 2,
                     *         "agent_sessions_count": 2,
                     *         "created_at": "2025-08-12T08:01:47Z",
                     *         "date": "2025-08-12T00:00:00Z",
                     *         "id": "2025-08-12_daily",
                     *         "model_metrics": [
                     *           {
                     *             "count": 2,
                     *             "model_id": "gpt-5.5",
                     *             "model_provider": "OpenAI"
                     *           }
                     *         ],
                     *         "team_runs_count": 0,
                     *         "team_sessions_count": 0,
                     *         "token_metrics": {
                     *           "input_tokens": 256,
                     *           "output_tokens": 441,
                     *           "total_tokens": 697
                     *         },
                     *         "updated_at": "2025-08-12T08:01:47Z",
                     *         "users_count": 1,
                     *         "workflow_runs_count": 0,
                     *         "workflow_sessions_count": 0
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DayAggregatedMetrics"][] | components["schemas"]["MetricsRefreshResponse"];
                };
            };
            /** @description Background refresh started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Metrics refresh started in background",
                     *       "status": "started"
                     *     }
                     */
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to refresh metrics */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_metrics_refresh_status: {
        parameters: {
            query?: {
                /** @description Database ID to get the refresh status for */
                db_id?: string | null;
                /** @description Table to get the refresh status for */
                table?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current refresh status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "finished_at": "2025-08-12T08:01:49Z",
                     *       "started_at": "2025-08-12T08:01:47Z",
                     *       "status": "completed"
                     *     }
                     */
                    "application/json": components["schemas"]["MetricsRefreshStatusResponse"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Database not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to get refresh status */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_workspace_models: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableModels"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    prometheus_metrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus exposition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disabled_queue_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disabled_queue_put: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disabled_queue_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disabled_queue_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disabled_queue_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A dependency is failing */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    list_registry: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description Filter by name (partial match) */
                name?: string | null;
                /** @description Page number */
                page?: number;
                /** @description Filter by resource type */
                resource_type?: components["schemas"]["RegistryResourceType"] | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_RegistryContentResponse_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_schedules_schedules_get: {
        parameters: {
            query?: {
                enabled?: boolean | null;
                limit?: number;
                page?: number;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_ScheduleResponse_"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_schedule_schedules_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_schedule_schedules__schedule_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_schedule_schedules__schedule_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_schedule_schedules__schedule_id__patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    disable_schedule_schedules__schedule_id__disable_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleStateResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    enable_schedule_schedules__schedule_id__enable_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleStateResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_schedule_runs_schedules__schedule_id__runs_get: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_ScheduleRunResponse_"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_schedule_run_schedules__schedule_id__runs__run_id__get: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleRunResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    trigger_schedule_schedules__schedule_id__trigger_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                schedule_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleRunResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_service_accounts_service_accounts_get: {
        parameters: {
            query?: {
                include_revoked?: boolean;
                limit?: number;
                page?: number;
                sort_by?: string;
                sort_order?: string;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_ServiceAccountResponse_"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_service_account_service_accounts_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceAccountCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceAccountCreateResponse"];
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revoke_service_account_service_accounts__service_account_id__delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                service_account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_sessions: {
        parameters: {
            query?: {
                /** @description Filter sessions by component ID (agent/team/workflow ID) */
                component_id?: string | null;
                /** @description Database ID to query sessions from */
                db_id?: string | null;
                /** @description Number of sessions to return per page */
                limit?: number | null;
                /** @description Page number for pagination */
                page?: number | null;
                /** @description Filter sessions by name (partial match) */
                session_name?: string | null;
                /** @description Field to sort sessions by */
                sort_by?: string | null;
                /** @description Sort order (asc or desc) */
                sort_order?: components["schemas"]["SortOrder"] | null;
                /** @description The database table to use */
                table?: string | null;
                /** @description Type of sessions to retrieve (agent, team, or workflow). If not provided, returns all session types. */
                type?: components["schemas"]["SessionType"] | null;
                /** @description Filter sessions by user ID */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "session_example": {
                     *         "summary": "Example session response",
                     *         "value": {
                     *           "data": [
                     *             {
                     *               "created_at": "2025-09-05T16:02:09Z",
                     *               "session_id": "6f6cfbfd-9643-479a-ae47-b8f32eb4d710",
                     *               "session_name": "What tools do you have?",
                     *               "session_state": {},
                     *               "updated_at": "2025-09-05T16:02:09Z"
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PaginatedResponse_SessionSchema_"];
                };
            };
            /** @description Invalid session type or filter parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error in query parameters */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_session: {
        parameters: {
            query?: {
                /** @description Database ID to create session in */
                db_id?: string | null;
                /** @description Type of session to create (agent, team, or workflow) */
                type?: components["schemas"]["SessionType"];
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description Session created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSessionDetailSchema"] | components["schemas"]["TeamSessionDetailSchema"] | components["schemas"]["WorkflowSessionDetailSchema"];
                };
            };
            /** @description Invalid request parameters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A session with the supplied session_id already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to create session */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_sessions: {
        parameters: {
            query?: {
                /** @description Database ID to use for deletion */
                db_id?: string | null;
                /** @description Also delete the sessions' offloaded media from media storage */
                delete_media?: boolean;
                /** @description Table to use for deletion */
                table?: string | null;
                /** @description User ID to scope deletion to */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteSessionRequest"];
            };
        };
        responses: {
            /** @description Sessions deleted successfully */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request - session IDs and types length mismatch */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to delete sessions */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_session_by_id: {
        parameters: {
            query?: {
                /** @description Database ID to query session from */
                db_id?: string | null;
                /** @description Table to query session from */
                table?: string | null;
                /** @description Session type (agent, team, or workflow). If not provided, auto-detected from session data. */
                type?: components["schemas"]["SessionType"] | null;
                /** @description User ID to query session from */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Session ID to retrieve */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSessionDetailSchema"] | components["schemas"]["TeamSessionDetailSchema"] | components["schemas"]["WorkflowSessionDetailSchema"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid session type */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    delete_session: {
        parameters: {
            query?: {
                /** @description Database ID to use for deletion */
                db_id?: string | null;
                /** @description Also delete the session's offloaded media from media storage */
                delete_media?: boolean;
                /** @description Table to use for deletion */
                table?: string | null;
                /** @description User ID to scope deletion to */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Session ID to delete */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to delete session */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    update_session: {
        parameters: {
            query?: {
                /** @description Database ID to use for update operation */
                db_id?: string | null;
                /** @description Table to use for update operation */
                table?: string | null;
                /** @description Session type (agent, team, or workflow). If not provided, auto-detected from session data. */
                type?: components["schemas"]["SessionType"] | null;
                /** @description User ID */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Session ID to update */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionRequest"];
            };
        };
        responses: {
            /** @description Session updated successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSessionDetailSchema"] | components["schemas"]["TeamSessionDetailSchema"] | components["schemas"]["WorkflowSessionDetailSchema"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to update session */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    rename_session: {
        parameters: {
            query?: {
                /** @description Database ID to use for rename operation */
                db_id?: string | null;
                /** @description Table to use for rename operation */
                table?: string | null;
                /** @description Session type (agent, team, or workflow). If not provided, auto-detected from session data. */
                type?: components["schemas"]["SessionType"] | null;
                /** @description User ID to scope rename to */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Session ID to rename */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Body_rename_session"];
            };
        };
        responses: {
            /** @description Session renamed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSessionDetailSchema"] | components["schemas"]["TeamSessionDetailSchema"] | components["schemas"]["WorkflowSessionDetailSchema"];
                };
            };
            /** @description Invalid session name */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid session type or validation error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_session_run_previews: {
        parameters: {
            query?: {
                /** @description Filter runs created after this Unix timestamp (epoch time in seconds) */
                created_after?: number | null;
                /** @description Filter runs created before this Unix timestamp (epoch time in seconds) */
                created_before?: number | null;
                /** @description Database ID to query runs from */
                db_id?: string | null;
                /** @description Status filter; repeatable to match any of several, case-insensitive (PENDING, RUNNING, PAUSED, COMPLETED, CANCELLED, ERROR, REGENERATED) */
                status?: string[] | null;
                /** @description Table to query runs from */
                table?: string | null;
                /** @description Session type (agent, team, or workflow). If not provided, auto-detected from session data. */
                type?: components["schemas"]["SessionType"] | null;
                /** @description User ID to query runs from */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Session ID to get runs from */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRunPreviewSchema"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid session type */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_session_runs: {
        parameters: {
            query?: {
                /** @description Filter runs created after this Unix timestamp (epoch time in seconds) */
                created_after?: number | null;
                /** @description Filter runs created before this Unix timestamp (epoch time in seconds) */
                created_before?: number | null;
                /** @description Database ID to query runs from */
                db_id?: string | null;
                /** @description Status filter; repeatable to match any of several, case-insensitive (PENDING, RUNNING, PAUSED, COMPLETED, CANCELLED, ERROR, REGENERATED) */
                status?: string[] | null;
                /** @description Table to query runs from */
                table?: string | null;
                /** @description Session type (agent, team, or workflow). If not provided, auto-detected from session data. */
                type?: components["schemas"]["SessionType"] | null;
                /** @description User ID to query runs from */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Session ID to get runs from */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session runs retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["RunSchema"] | components["schemas"]["TeamRunSchema"] | components["schemas"]["WorkflowRunSchema"])[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Session not found or has no runs */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid session type */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_session_run: {
        parameters: {
            query?: {
                /** @description Database ID to query run from */
                db_id?: string | null;
                /** @description Table to query run from */
                table?: string | null;
                /** @description Session type (agent, team, or workflow). If not provided, the run type is inferred from the run's own fields. */
                type?: components["schemas"]["SessionType"] | null;
                /** @description User ID to query run from */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                /** @description Run ID to retrieve */
                run_id: string;
                /** @description Session ID to get run from */
                session_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunSchema"] | components["schemas"]["TeamRunSchema"] | components["schemas"]["WorkflowRunSchema"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Session or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Invalid session type */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_teams: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of teams retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "async_mode": false,
                     *         "enable_agentic_context": false,
                     *         "members": [
                     *           {
                     *             "agent_id": "basic-agent",
                     *             "memory": {
                     *               "app_name": "Memory",
                     *               "model": {
                     *                 "model": "gpt-4o",
                     *                 "name": "OpenAIChat",
                     *                 "provider": "OpenAI"
                     *               }
                     *             },
                     *             "memory_table": "agno_memories",
                     *             "model": {
                     *               "model": "gpt-4o",
                     *               "name": "OpenAIChat",
                     *               "provider": "OpenAI gpt-4o"
                     *             },
                     *             "name": "Basic Agent",
                     *             "session_table": "agno_sessions"
                     *           }
                     *         ],
                     *         "memory": {
                     *           "app_name": "agno_memories",
                     *           "app_url": "/memory/1",
                     *           "model": {
                     *             "model": "gpt-4o",
                     *             "name": "OpenAIChat",
                     *             "provider": "OpenAI"
                     *           }
                     *         },
                     *         "memory_table": "agno_memories",
                     *         "mode": "coordinate",
                     *         "model": {
                     *           "model": "gpt-4o",
                     *           "name": "OpenAIChat",
                     *           "provider": "OpenAI"
                     *         },
                     *         "name": "Basic Team",
                     *         "session_table": "agno_sessions",
                     *         "team_id": "basic-team",
                     *         "tools": [
                     *           {
                     *             "description": "Use this function to transfer a task to the selected team member.\nYou must provide a clear and concise description of the task the member should achieve AND the expected output.",
                     *             "name": "transfer_task_to_member",
                     *             "parameters": {
                     *               "additionalProperties": false,
                     *               "properties": {
                     *                 "expected_output": {
                     *                   "description": "(str) The expected output from the member (optional).",
                     *                   "type": "string"
                     *                 },
                     *                 "member_id": {
                     *                   "description": "(str) The ID of the member to transfer the task to. Use only the ID of the member, not the ID of the team followed by the ID of the member.",
                     *                   "type": "string"
                     *                 },
                     *                 "task_description": {
                     *                   "description": "(str) A clear and concise description of the task the member should achieve.",
                     *                   "type": "string"
                     *                 }
                     *               },
                     *               "required": [
                     *                 "member_id",
                     *                 "task_description"
                     *               ],
                     *               "type": "object"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TeamResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_team: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Team details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "async_mode": false,
                     *       "enable_agentic_context": false,
                     *       "members": [
                     *         {
                     *           "agent_id": "basic-agent",
                     *           "memory": {
                     *             "app_name": "Memory",
                     *             "model": {
                     *               "model": "gpt-4o",
                     *               "name": "OpenAIChat",
                     *               "provider": "OpenAI"
                     *             }
                     *           },
                     *           "memory_table": "agno_memories",
                     *           "model": {
                     *             "model": "gpt-4o",
                     *             "name": "OpenAIChat",
                     *             "provider": "OpenAI gpt-4o"
                     *           },
                     *           "name": "Basic Agent",
                     *           "session_table": "agno_sessions"
                     *         }
                     *       ],
                     *       "memory": {
                     *         "app_name": "Memory",
                     *         "model": {
                     *           "model": "gpt-4o",
                     *           "name": "OpenAIChat",
                     *           "provider": "OpenAI"
                     *         }
                     *       },
                     *       "memory_table": "agno_memories",
                     *       "mode": "coordinate",
                     *       "model": {
                     *         "model": "gpt-4o",
                     *         "name": "OpenAIChat",
                     *         "provider": "OpenAI"
                     *       },
                     *       "name": "Basic Team",
                     *       "session_table": "agno_sessions",
                     *       "team_id": "basic-team",
                     *       "tools": [
                     *         {
                     *           "description": "Use this function to transfer a task to the selected team member.\nYou must provide a clear and concise description of the task the member should achieve AND the expected output.",
                     *           "name": "transfer_task_to_member",
                     *           "parameters": {
                     *             "additionalProperties": false,
                     *             "properties": {
                     *               "expected_output": {
                     *                 "description": "(str) The expected output from the member (optional).",
                     *                 "type": "string"
                     *               },
                     *               "member_id": {
                     *                 "description": "(str) The ID of the member to transfer the task to. Use only the ID of the member, not the ID of the team followed by the ID of the member.",
                     *                 "type": "string"
                     *               },
                     *               "task_description": {
                     *                 "description": "(str) A clear and concise description of the task the member should achieve.",
                     *                 "type": "string"
                     *               }
                     *             },
                     *             "required": [
                     *               "member_id",
                     *               "task_description"
                     *             ],
                     *             "type": "object"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Team not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_team_runs: {
        parameters: {
            query: {
                /** @description Session ID to list runs for */
                session_id: string;
                /** @description Filter by run status (PENDING, RUNNING, COMPLETED, ERROR) */
                status?: string | null;
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of runs retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamRunSchema"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Team not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_team_run: {
        parameters: {
            query?: {
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description Model override for this run: `provider` or `provider:model` of a provider the workspace configured. */
                "x-model"?: components["parameters"]["XModel"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Body_create_team_run"];
                "multipart/form-data": components["schemas"]["Body_create_team_run"];
            };
        };
        responses: {
            /** @description `stream=false`: the finished (or PAUSED) run. `stream=true`: agno's SSE events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutput"];
                    "text/event-stream": string;
                };
            };
            /** @description `background=true`: accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunAccepted"];
                };
            };
            /** @description unknown_provider (x-model), or an invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Team not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description provider_not_configured, provider_key_unusable or no_model_configured */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description token_limit_exceeded: the provider's daily token budget is used up */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_team_run: {
        parameters: {
            query: {
                /** @description Session ID for the run */
                session_id: string;
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run output retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutput"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Team or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cancel_team_run: {
        parameters: {
            query?: {
                session_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_team_run_checkpoints: {
        parameters: {
            query: {
                /** @description Session ID for the run */
                session_id: string;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run checkpoints retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Team or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_team_run_checkpoint_snapshot: {
        parameters: {
            query: {
                /** @description Session ID for the run */
                session_id: string;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                message_index: number;
                run_id: string;
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run checkpoint snapshot retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid checkpoint message index */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Team or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    continue_team_run: {
        parameters: {
            query?: {
                /** @description `true`: keep the system prompt (role `system`) in the run's `messages`; without it members get the run without it (operators always get it) */
                system_prompt?: boolean;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_continue_team_run"];
            };
        };
        responses: {
            /** @description Team run continued successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunOutput"];
                    /**
                     * @example event: RunContent
                     *     data: {"created_at": 1757348314, "run_id": "123..."}
                     */
                    "text/event-stream": string;
                };
            };
            /** @description Invalid JSON in requirements field or invalid requirement structure */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Run has a pending admin approval and cannot be continued by the user yet. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Team not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Continuation conflict: a durable queue ticket owns this run's continuation (continue it with background=true), or a continuation is already queued or executing. Runs in any state can be continued - a COMPLETED run forks into a follow-up; RUNNING/ERROR runs resume. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resume_team_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_resume_team_run"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No, malformed, expired or unknown credential (TOKEN_*) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not found, or another workspace's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_trace_stats: {
        parameters: {
            query?: {
                /** @description Filter by agent ID */
                agent_id?: string | null;
                /** @description Database ID to query statistics from */
                db_id?: string | null;
                /** @description Filter sessions with traces created before this time (ISO 8601 format with timezone, e.g., '2025-11-19T11:00:00Z' or '2025-11-19T16:30:00+05:30'). Times are converted to UTC for comparison. */
                end_time?: string | null;
                /** @description Number of sessions per page */
                limit?: number;
                /** @description Page number (1-indexed) */
                page?: number;
                /** @description Filter sessions with traces created after this time (ISO 8601 format with timezone, e.g., '2025-11-19T10:00:00Z' or '2025-11-19T15:30:00+05:30'). Times are converted to UTC for comparison. */
                start_time?: string | null;
                /** @description Filter by team ID */
                team_id?: string | null;
                /** @description Filter by user ID */
                user_id?: string | null;
                /** @description Filter by workflow ID */
                workflow_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trace statistics retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "agent_id": "hackernews-agent",
                     *           "first_trace_at": "2025-11-19T10:15:16+00:00",
                     *           "last_trace_at": "2025-11-19T10:21:30+00:00",
                     *           "session_id": "37029bc6-1794-4ba8-a629-1efedc53dcad",
                     *           "total_traces": 5,
                     *           "user_id": "kaustubh@agno.com"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "limit": 20,
                     *         "page": 1,
                     *         "total_count": 45,
                     *         "total_pages": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PaginatedResponse_TraceSessionStats_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to retrieve statistics */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_traces: {
        parameters: {
            query?: {
                /** @description Filter by agent ID */
                agent_id?: string | null;
                /** @description Database ID to query traces from */
                db_id?: string | null;
                /** @description Filter traces ending before this time (ISO 8601 format with timezone, e.g., '2025-11-19T11:00:00Z' or '2025-11-19T16:30:00+05:30'). Times are converted to UTC for comparison. */
                end_time?: string | null;
                /** @description Number of traces per page */
                limit?: number;
                /** @description Page number (1-indexed) */
                page?: number;
                /** @description Filter by run ID */
                run_id?: string | null;
                /** @description Filter by session ID */
                session_id?: string | null;
                /** @description Filter traces starting after this time (ISO 8601 format with timezone, e.g., '2025-11-19T10:00:00Z' or '2025-11-19T15:30:00+05:30'). Times are converted to UTC for comparison. */
                start_time?: string | null;
                /** @description Filter by status (OK, ERROR) */
                status?: string | null;
                /** @description Filter by team ID */
                team_id?: string | null;
                /** @description Filter by user ID */
                user_id?: string | null;
                /** @description Filter by workflow ID */
                workflow_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of traces retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "agent_id": "agent_stock",
                     *           "created_at": "2025-11-19T10:30:00+00:00",
                     *           "duration": "1.2s",
                     *           "error_count": 0,
                     *           "input": "What is the stock price of NVDA?",
                     *           "name": "Stock_Price_Agent.run",
                     *           "run_id": "run123",
                     *           "session_id": "session456",
                     *           "start_time": "2025-11-19T10:30:00.000000+00:00",
                     *           "status": "OK",
                     *           "total_spans": 4,
                     *           "trace_id": "a1b2c3d4",
                     *           "user_id": "user789"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "limit": 20,
                     *         "page": 1,
                     *         "total_count": 95,
                     *         "total_pages": 5
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PaginatedResponse_TraceSummary_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_trace: {
        parameters: {
            query?: {
                /** @description Database ID to query trace from */
                db_id?: string | null;
                /** @description Optional: Run ID to retrieve trace for */
                run_id?: string | null;
                /** @description Optional: Span ID to retrieve specific span */
                span_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                trace_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trace or span detail retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceDetail"] | components["schemas"]["TraceNode"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Trace or span not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_traces_filter_schema: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilterSchemaResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    search_traces: {
        parameters: {
            query?: {
                /** @description Database ID to query traces from */
                db_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TraceSearchRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedResponse_TraceDetail_"] | components["schemas"]["PaginatedResponse_TraceSessionStats_"];
                };
            };
            /** @description Invalid filter expression */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_user_memory_stats: {
        parameters: {
            query?: {
                /** @description Database ID to query statistics from */
                db_id?: string | null;
                /** @description Number of user statistics to return per page */
                limit?: number | null;
                /** @description Page number for pagination */
                page?: number | null;
                /** @description Table to query statistics from */
                table?: string | null;
                /** @description User ID to filter statistics for */
                user_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User memory statistics retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "last_memory_updated_at": "2025-09-01T07:53:17Z",
                     *           "total_memories": 3,
                     *           "user_id": "123"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PaginatedResponse_UserStatsSchema_"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to retrieve user statistics */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_workflows: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of workflows retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "db_id": "123",
                     *         "description": "Automated content creation from blog posts to social media",
                     *         "id": "content-creation-workflow",
                     *         "name": "Content Creation Workflow"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["WorkflowSummaryResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_workflow: {
        parameters: {
            query?: {
                /** @description Workflow version to retrieve */
                version?: number | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workflow details retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "db_id": "123",
                     *       "description": "Automated content creation from blog posts to social media",
                     *       "id": "content-creation-workflow",
                     *       "name": "Content Creation Workflow"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_workflow_runs: {
        parameters: {
            query: {
                /** @description JSON object with factory-specific parameters for dynamic workflow reconstruction */
                factory_input?: string | null;
                /** @description Session ID to list runs for */
                session_id: string;
                /** @description Filter by run status (PENDING, RUNNING, COMPLETED, ERROR, PAUSED) */
                status?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of runs retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_workflow_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_create_workflow_run"];
            };
        };
        responses: {
            /** @description Workflow executed successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    /**
                     * @example event: RunStarted
                     *     data: {"content": "Hello!", "run_id": "123..."}
                     */
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input data or workflow configuration */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow execution error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    get_workflow_run: {
        parameters: {
            query: {
                /** @description Ignored; kept for compatibility. Reading a run no longer invokes the factory */
                factory_input?: string | null;
                /** @description Session ID for the run */
                session_id: string;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Run output retrieved successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cancel_workflow_run: {
        parameters: {
            query?: {
                /** @description Session ID the run belongs to. Required for non-admin JWT users. */
                session_id?: string | null;
            };
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow or run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Failed to cancel workflow run */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    continue_workflow_run: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_continue_workflow_run"];
            };
        };
        responses: {
            /** @description Workflow run continued successfully */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    /**
                     * @example event: StepCompleted
                     *     data: {"step_name": "step1"}
                     */
                    "text/event-stream": string;
                };
            };
            /** @description Invalid JSON in requirements field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Run is not paused. Only PAUSED runs can be continued. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resume_workflow_run_stream: {
        parameters: {
            query?: never;
            header?: {
                /** @description 1-128 printable ASCII characters: echoed on the response (`x-correlation-id`) and carried in run metadata and events; a missing or other value is replaced by a new UUID. */
                "x-correlation-id"?: components["parameters"]["XCorrelationId"];
                /** @description NestJS only (else 403 forbidden): act on behalf of this member, with their role. */
                "x-user-id"?: components["parameters"]["XUserId"];
                /** @description The workspace acted in: required from NestJS (AGENT_SERVICE_TOKEN), optional for operators; a user's must equal its credential's workspace (else 403 forbidden). */
                "x-workspace-id"?: components["parameters"]["XWorkspaceId"];
            };
            path: {
                run_id: string;
                workflow_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_resume_workflow_run_stream"];
            };
        };
        responses: {
            /** @description SSE stream of catch-up and/or live events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/event-stream": string;
                };
            };
            /** @description Not supported for remote workflows */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not a member, or the role lacks the right (contracts/auth.md) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Workflow not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
