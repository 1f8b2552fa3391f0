import 'server-only';
import { z } from 'zod';

/**
 * The only module that reads process.env. Every setting is validated once; a bad value stops
 * start-up with the variable's name and what is wrong with it.
 */

type EnvironmentVariables = Record<string, string | undefined>;

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const port = z.coerce.number().int().min(1).max(65535);

const urlWithProtocols = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((value) => protocols.includes(new URL(value).protocol), {
      message: `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    });

const LOOPBACK_NAMES = new Set(['localhost', '::1', '[::1]']);

/** 127.0.0.0/8, ::1 and localhost: only this machine can reach a server bound there. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const exposureMessage =
  'is not a loopback address, so anyone on the network could drive the databases. Set ADMIN_TOKEN to a secret of at least 12 characters ' +
  "(for example `ADMIN_TOKEN=$(openssl rand -hex 16) HOST=0.0.0.0 npm run demo`) and sign in as presenter with it, or leave HOST at 127.0.0.1";

/** A server reachable from the network must have a presenter token. */
function refuseOpenExposure(env: { HOST: string; ADMIN_TOKEN?: string }, ctx: z.RefinementCtx): void {
  if (!isLoopbackHost(env.HOST) && !env.ADMIN_TOKEN) ctx.addIssue({ code: 'custom', path: ['HOST'], message: exposureMessage });
}

const hostList = z
  .string()
  .transform((value) => value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z0-9.:[\]-]+$/, 'must be host names or addresses separated by commas')));

const appSchema = z
  .object({
    RELATIONAL_ENGINE: z.enum(['postgres', 'oracle']).default('postgres'),
    DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:']).default('postgres://postgres:postgres@127.0.0.1:15432/showdown'),
    // At least the showdown's concurrency (the workshop's ab -c 150): under the hot-row lock each
    // legacy order then waits in the database, as in the workshop, not in the pool's queue, whose
    // 2 s connection timeout would turn that wait into failures. Below the embedded max_connections (300).
    PG_POOL_MAX: z.coerce.number().int().min(1).max(500).default(160),
    ORACLE_USER: z.string().min(1).optional(),
    ORACLE_PASSWORD: z.string().min(1).optional(),
    ORACLE_CONNECT_STRING: z.string().min(1).optional(),
    ORACLE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(32),
    // Unset or "aws" means real AWS through the default credential chain.
    DYNAMODB_ENDPOINT: z
      .union([z.literal('aws'), urlWithProtocols(['http:', 'https:'])])
      .optional()
      .transform((value) => (value === 'aws' ? undefined : value)),
    DYNAMODB_ENGINE_LABEL: z.string().min(1).optional(),
    AWS_REGION: z.string().min(1).default('us-east-1'),
    LOOKUP_TABLE: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{3,255}$/, 'must be a valid DynamoDB table name')
      .default('purchase_t'),
    REDIS_URL: urlWithProtocols(['redis:', 'rediss:']).default('redis://127.0.0.1:16379'),
    REDIS_CLUSTER: booleanFlag.default(false),
    // Extra CA for rediss:// to a server with a private certificate; AWS endpoints need none.
    REDIS_TLS_CA_FILE: z.string().min(1).optional(),
    CLOUDWATCH_ENABLED: booleanFlag.default(false),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    ADMIN_TOKEN: z.string().min(12, 'must be at least 12 characters').optional(),
    // Host names (besides HOST and loopback) this server answers to, e.g. a venue's DNS name;
    // any other Host header gets 421, which keeps DNS-rebinding pages out.
    ALLOWED_HOSTS: hostList.default([]),
    // Run history keeps the newest N runs on disk and in memory.
    RUN_HISTORY_LIMIT: z.coerce.number().int().min(1).max(100_000).default(200),
    // The limited offer's simulated payment step. 30 ms makes the legacy path serve ~29 orders/s
    // at c=150, the workshop's 29.75 req/s (100 s for 3,000 orders); see the README.
    PAYMENT_DELAY_MS: z.coerce.number().int().min(0).max(10_000).default(30),
    DATA_DIR: z.string().min(1).default('.data'),
    // The cost panel's price of DynamoDB on-demand reads: US$ per million read request units, and the
    // day that price was read. Default: the us-east-1 list price since the cut of 2024-11-01.
    DYNAMODB_READ_PRICE_PER_MILLION_USD: z.coerce.number().min(0).max(1_000).default(0.125),
    DYNAMODB_PRICE_AS_OF: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').default('2024-11-01'),
  })
  .superRefine((env, ctx) => {
    refuseOpenExposure(env, ctx);
    if (env.RELATIONAL_ENGINE !== 'oracle') return;
    for (const key of ['ORACLE_USER', 'ORACLE_PASSWORD', 'ORACLE_CONNECT_STRING'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when RELATIONAL_ENGINE=oracle' });
    }
  });

export type AppConfig = z.infer<typeof appSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parseEnvironment<T extends z.ZodType>(schema: T, env: EnvironmentVariables): z.infer<T> {
  // Empty strings count as unset so `FOO= npm run demo` falls back to the default.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const raw = present[name];
      const secret = /PASSWORD|TOKEN|SECRET/.test(name) || (raw !== undefined && /:\/\/[^@]*@/.test(raw));
      const shown = raw === undefined || secret ? '' : ` (got "${raw}")`;
      return `${name}: ${issue.message}${shown}`;
    }),
  );
}

const cache = Symbol.for('db-showdown.config');
type WithConfig = typeof globalThis & { [cache]?: AppConfig };

/** The validated application configuration, parsed on first use. */
export function getConfig(): AppConfig {
  const holder = globalThis as WithConfig;
  holder[cache] ??= parseEnvironment(appSchema, process.env);
  return holder[cache];
}

/** Drops the cached configuration so tests can apply a changed environment. */
export function resetConfigForTests(): void {
  delete (globalThis as WithConfig)[cache];
}

export function parseAppConfig(env: EnvironmentVariables): AppConfig {
  return parseEnvironment(appSchema, env);
}

const stackSchema = z
  .object({
    // Shifts every default port of a profile, so several checkouts can run their stacks at once.
    STACK_PORT_OFFSET: z.coerce.number().int().min(0).max(20_000).default(0),
    EMBEDDED_PG_PORT: port.optional(),
    EMBEDDED_DYNALITE_PORT: port.optional(),
    EMBEDDED_REDIS_PORT: port.optional(),
    RELATIONAL_ENGINE: z.enum(['postgres', 'oracle']).default('postgres'),
    DATABASE_URL: z.string().optional(),
    DYNAMODB_ENDPOINT: z.string().optional(),
    REDIS_URL: z.string().optional(),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    ADMIN_TOKEN: z.string().optional(),
    DATA_DIR: z.string().min(1).default('.data'),
  })
  // Refused before any backend starts, with the same message the app gives.
  .superRefine(refuseOpenExposure);

export type StackEnvironment = z.infer<typeof stackSchema>;

/**
 * What the launcher needs: which backends the user already pointed elsewhere (those are not
 * started) and which ports the embedded ones use.
 */
export function getStackEnvironment(env: EnvironmentVariables = process.env): StackEnvironment {
  return parseEnvironment(stackSchema, env);
}
