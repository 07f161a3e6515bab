-- HYVVE tables this service reads or writes, as HYVVE's Prisma migrations build them (the columns the
-- service uses, and every NOT NULL column without a default). The service never migrates these: local mode
-- creates them from this file, start-up checks a real database against it, and a test compares it with the
-- database HYVVE's migrations build. Ids are Prisma `String @id` (text holding UUIDs; businesses: cuid).
--
-- Generated from agents/database/hyvve_schema.py by `python -m agents contracts`: edit that, not this.

DO $$ BEGIN CREATE TYPE "EventStatus" AS ENUM ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED', 'DLQ'); EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE TABLE IF NOT EXISTS users (
    id              text PRIMARY KEY,
    email           text NOT NULL UNIQUE,
    email_verified  boolean NOT NULL DEFAULT false,
    name            text,
    image           text,
    created_at      timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      timestamp(3) NOT NULL
);

CREATE TABLE IF NOT EXISTS workspaces (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    slug        text NOT NULL UNIQUE,
    image       text,
    timezone    text NOT NULL DEFAULT 'UTC',
    created_at  timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  timestamp(3) NOT NULL,
    deleted_at  timestamp(3)
);

CREATE TABLE IF NOT EXISTS workspace_members (
    id                  text PRIMARY KEY,
    user_id             text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    workspace_id        text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role                text NOT NULL DEFAULT 'member',
    module_permissions  jsonb,
    invited_by_id       text,
    invited_at          timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    accepted_at         timestamp(3),
    CONSTRAINT workspace_members_user_id_workspace_id_key UNIQUE (user_id, workspace_id)
);
CREATE INDEX IF NOT EXISTS workspace_members_workspace_id_idx ON workspace_members(workspace_id);

-- better-auth sessions: the browser sends `token` as a Bearer credential today.
CREATE TABLE IF NOT EXISTS sessions (
    id                   text PRIMARY KEY,
    user_id              text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token                text NOT NULL UNIQUE,
    expires_at           timestamp(3) NOT NULL,
    ip_address           text,
    user_agent           text,
    active_workspace_id  text,
    created_at           timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at           timestamp(3) NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_user_id_idx ON sessions(user_id);

CREATE TABLE IF NOT EXISTS workspace_settings (
    id                       text PRIMARY KEY,
    workspace_id             text NOT NULL UNIQUE REFERENCES workspaces(id) ON DELETE CASCADE,
    auto_approve_threshold   integer NOT NULL DEFAULT 85,
    quick_review_threshold   integer NOT NULL DEFAULT 60,
    agent_model_preferences  jsonb,
    created_at               timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at               timestamp(3) NOT NULL
);

CREATE TABLE IF NOT EXISTS ai_provider_configs (
    id                  text PRIMARY KEY,
    workspace_id        text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    provider            text NOT NULL,
    api_key_encrypted   text NOT NULL,
    default_model       text NOT NULL,
    is_valid            boolean NOT NULL DEFAULT false,
    last_validated_at   timestamp(3),
    validation_error    text,
    max_tokens_per_day  integer NOT NULL DEFAULT 100000,
    tokens_used_today   integer NOT NULL DEFAULT 0,
    created_at          timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          timestamp(3) NOT NULL,
    CONSTRAINT ai_provider_configs_workspace_id_provider_key UNIQUE (workspace_id, provider)
);

CREATE TABLE IF NOT EXISTS token_usage (
    id                 text PRIMARY KEY,
    workspace_id       text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    provider_id        text NOT NULL REFERENCES ai_provider_configs(id) ON DELETE CASCADE,
    agent_id           text,
    session_id         text,
    model              text NOT NULL,
    prompt_tokens      integer NOT NULL,
    completion_tokens  integer NOT NULL,
    total_tokens       integer NOT NULL,
    estimated_cost     double precision NOT NULL,
    requested_at       timestamp(3) NOT NULL,
    duration           integer NOT NULL,
    created_at         timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS token_usage_workspace_id_requested_at_idx ON token_usage(workspace_id, requested_at);

CREATE TABLE IF NOT EXISTS approval_items (
    id                  text PRIMARY KEY,
    workspace_id        text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    type                text NOT NULL,
    title               text NOT NULL,
    description         text,
    confidence_score    integer NOT NULL,
    confidence_factors  jsonb,
    ai_recommendation   text NOT NULL,
    ai_reasoning        text,
    preview_url         text,
    preview_data        jsonb,
    related_entities    jsonb,
    source_module       text,
    source_id           text,
    status              text NOT NULL DEFAULT 'pending',
    priority            text NOT NULL DEFAULT 'medium',
    requested_by        text NOT NULL,
    assigned_to_id      text,
    escalated_to_id     text,
    due_at              timestamp(3) NOT NULL,
    escalated_at        timestamp(3),
    resolved_at         timestamp(3),
    resolved_by_id      text,
    resolution          jsonb,
    created_at          timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at          timestamp(3) NOT NULL
);
CREATE INDEX IF NOT EXISTS approval_items_workspace_id_status_idx ON approval_items(workspace_id, status);

-- Onboarding teams work on one business of the caller's workspace (its enum columns are not read).
CREATE TABLE IF NOT EXISTS businesses (
    id            text PRIMARY KEY,
    workspace_id  text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    user_id       text NOT NULL,
    name          text NOT NULL,
    description   text,
    industry      text,
    created_at    timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    timestamp(3) NOT NULL,
    CONSTRAINT businesses_workspace_id_name_key UNIQUE (workspace_id, name)
);
CREATE INDEX IF NOT EXISTS businesses_workspace_id_idx ON businesses(workspace_id);

-- One row per event on hyvve:events:main, written by its publisher; HYVVE's consumer updates it.
CREATE TABLE IF NOT EXISTS event_metadata (
    id              text PRIMARY KEY,
    event_id        text NOT NULL UNIQUE,
    stream_id       text NOT NULL,
    type            text NOT NULL,
    source          text NOT NULL,
    tenant_id       text NOT NULL,
    correlation_id  text,
    status          "EventStatus" NOT NULL DEFAULT 'PENDING',
    attempts        integer NOT NULL DEFAULT 0,
    last_error      text,
    processed_at    timestamp(3),
    created_at      timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS event_metadata_tenant_id_created_at_idx ON event_metadata(tenant_id, created_at);

-- HYVVE's KB pages (read only): agents' knowledge search covers them (agents/knowledge/hyvve_pages.py).
CREATE TABLE IF NOT EXISTS knowledge_pages (
    id            text PRIMARY KEY,
    tenant_id     text NOT NULL,
    workspace_id  text NOT NULL,
    title         text NOT NULL,
    slug          varchar(255) NOT NULL,
    content       jsonb NOT NULL,
    content_text  text NOT NULL,
    owner_id      text NOT NULL,
    is_template   boolean NOT NULL DEFAULT false,
    created_at    timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at    timestamp(3) NOT NULL,
    deleted_at    timestamp(3),
    CONSTRAINT knowledge_pages_tenant_id_workspace_id_slug_key UNIQUE (tenant_id, workspace_id, slug)
);
CREATE INDEX IF NOT EXISTS knowledge_pages_content_text_fts_idx ON knowledge_pages USING gin (to_tsvector('english'::regconfig, content_text));
CREATE INDEX IF NOT EXISTS knowledge_pages_workspace_id_idx ON knowledge_pages(workspace_id);

-- HYVVE's KB page chunks and their OpenAI embeddings (read only), written by HYVVE's embeddings worker.
CREATE TABLE IF NOT EXISTS page_embeddings (
    id               text PRIMARY KEY,
    page_id          text NOT NULL REFERENCES knowledge_pages(id) ON DELETE CASCADE,
    chunk_index      integer NOT NULL,
    chunk_text       text NOT NULL,
    embedding        vector(1536) NOT NULL,
    embedding_model  varchar(100) NOT NULL DEFAULT 'text-embedding-3-small',
    created_at       timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS page_embeddings_page_id_idx ON page_embeddings(page_id);
