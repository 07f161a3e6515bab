// HYVVE's NestJS AgentOSService (apps/api/src/agentos/agentos.service.ts), unchanged, built as AgentOSModule
// builds it: HttpModule.register({timeout: 60000, maxRedirects: 5}) and the ConfigService. Only the DI is ours.
//
// argv[2]: {"call": "invoke" | "get" | "stream" | "health", "config": {AGENTOS_URL, ...}, ...the call's arguments}
// prints: @@result {"value": ...} or {"thrown": {name, message, status, response}}
import 'reflect-metadata';
import axios from 'axios';
import { HttpService } from '@nestjs/axios';
import { HttpException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { firstValueFrom, toArray } from 'rxjs';
import { AgentOSService } from '../apps/api/src/agentos/agentos.service';

interface Command {
  call: 'invoke' | 'get' | 'stream' | 'health';
  config: Record<string, string | number>;
  agentId?: string;
  runId?: string;
  dto?: { message: string; params?: Record<string, unknown>; sessionId?: string; stream?: boolean };
  workspaceId?: string;
  userId?: string;
  token?: string;
}

async function call(service: AgentOSService, command: Command): Promise<unknown> {
  const { agentId = '', runId = '', workspaceId = '', token } = command;
  switch (command.call) {
    case 'invoke':
      return service.invokeAgent(agentId, command.dto!, workspaceId, command.userId ?? '', token);
    case 'get':
      return service.getAgentRun(agentId, runId, workspaceId, token);
    case 'stream':
      return firstValueFrom(service.streamAgentResponse(agentId, runId, workspaceId, token).pipe(toArray()));
    case 'health':
      return service.checkHealth();
  }
}

function thrown(error: unknown): Record<string, unknown> {
  if (error instanceof HttpException) {
    return { name: error.name, message: error.message, status: error.getStatus(), response: error.getResponse() };
  }
  return { name: error instanceof Error ? error.name : typeof error, message: String(error) };
}

async function main(): Promise<void> {
  const command = JSON.parse(process.argv[2]) as Command;
  const http = new HttpService(axios.create({ timeout: 60000, maxRedirects: 5 }));
  const service = new AgentOSService(http, new ConfigService(command.config));
  let outcome: Record<string, unknown>;
  try {
    outcome = { value: await call(service, command) };
  } catch (error) {
    outcome = { thrown: thrown(error) };
  }
  process.stdout.write(`\n@@result ${JSON.stringify(outcome)}\n`);
}

void main();
