// HYVVE's web app code (lib/agent-client.ts, lib/agent-schemas.ts, hooks/use-agent-stream.ts), unchanged, with
// NEXT_PUBLIC_AGENT_API_URL from the environment. The hook runs in a minimal React host (react-dom on jsdom).
//
// argv[2]: {"call": "run", "team", "request"} -> agentClient.run{Validation|Planning|Branding}(request)
//          {"call": "health", "team"}          -> agentClient.checkHealth(team)
//          {"call": "stream", "team", "request"} -> useAgentStream().stream(team, request), to its end
// prints: @@result {"value": ..., "schema": ...} or {"thrown": {...}}, plus "zodRejections": how many times the
// hook warned "[useAgentStream] Invalid event structure", and "warnings" (everything it wrote to console).
import './web-host';
import { createElement, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { AgentAPIError, agentClient, type AgentRequest, type AgentTeam } from '@/lib/agent-client';
import { AgentResponseSchema } from '@/lib/agent-schemas';
import { useAgentStream, type AgentStreamState } from '@/hooks/use-agent-stream';

interface Command {
  call: 'run' | 'health' | 'stream';
  team: AgentTeam;
  request?: AgentRequest;
}

const ZOD_REJECTION = '[useAgentStream] Invalid event structure';
const warnings: string[] = [];
let zodRejections = 0;
for (const level of ['warn', 'error'] as const) {
  console[level] = (...args: unknown[]) => {
    const text = args.map(a => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    if (level === 'warn' && text.startsWith(ZOD_REJECTION)) zodRejections += 1;
    warnings.push(`${level}: ${text}`);
  };
}

async function runTeam(team: AgentTeam, request: AgentRequest): Promise<unknown> {
  const calls = { validation: 'runValidation', planning: 'runPlanning', branding: 'runBranding' } as const;
  const answer = await agentClient[calls[team]](request);
  return { value: answer, schema: AgentResponseSchema.safeParse(answer).success };
}

interface Snapshot {
  status: AgentStreamState['status'];
  runId: string | null;
  content: string;
  toolCalls: AgentStreamState['toolCalls'];
  renderHints: AgentStreamState['renderHints'];
  error: string | null;
  events: AgentStreamState['events'];
}

/** Renders a component that calls the hook, starts one stream, and reports every state it rendered with. */
function streamTeam(team: AgentTeam, request: AgentRequest): Promise<unknown> {
  const statuses: string[] = [];
  const completed: string[] = [];
  const errors: string[] = [];
  let latest: Snapshot | null = null;
  return new Promise(resolve => {
    let finished = false;
    function Host(): null {
      const hook = useAgentStream({
        collectEvents: true,
        onComplete: content => completed.push(content),
        onError: error => errors.push(error.message),
      });
      const started = useRef(false);
      const { state } = hook;
      if (statuses[statuses.length - 1] !== state.status) statuses.push(state.status);
      latest = { status: state.status, runId: state.runId, content: state.content, toolCalls: state.toolCalls,
                 renderHints: state.renderHints, error: state.error ? state.error.message : null, events: state.events };
      useEffect(() => {
        if (started.current) return;
        started.current = true;
        // stream() is async underneath (typed void): it settles when HYVVE's code has read the response to its end.
        void Promise.resolve(hook.stream(team, request) as unknown).then(() => { finished = true; });
      }, [hook]);
      useEffect(() => {
        if (finished) setTimeout(() => resolve({ statuses, state: latest, completed, errors }), 0);
      });
      return null;
    }
    const root = createRoot(document.getElementById('root')!);
    root.render(createElement(Host));
    // The last render may come before stream() settles: look again once it has.
    const poll = setInterval(() => {
      if (finished) {
        clearInterval(poll);
        setTimeout(() => resolve({ statuses, state: latest, completed, errors }), 50);
      }
    }, 20);
  });
}

function thrown(error: unknown): Record<string, unknown> {
  if (error instanceof AgentAPIError) {
    return { name: error.name, message: error.message, statusCode: error.statusCode, response: error.response };
  }
  return { name: error instanceof Error ? error.name : typeof error, message: String(error) };
}

async function main(): Promise<void> {
  const command = JSON.parse(process.argv[2]) as Command;
  let outcome: Record<string, unknown>;
  try {
    if (command.call === 'run') outcome = (await runTeam(command.team, command.request!)) as Record<string, unknown>;
    else if (command.call === 'health') outcome = { value: await agentClient.checkHealth(command.team) };
    else outcome = { value: await streamTeam(command.team, command.request!) };
  } catch (error) {
    outcome = { thrown: thrown(error) };
  }
  process.stdout.write(`\n@@result ${JSON.stringify({ ...outcome, zodRejections, warnings })}\n`);
  process.exit(0);
}

void main();
