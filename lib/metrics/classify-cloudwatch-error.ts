import type { SeriesMessage } from '@/lib/metrics/latency-series';

const accessDeniedNames = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedAccess']);
const rejectedCredentialNames = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
  'IncompleteSignature',
]);

function errorName(error: unknown): string {
  const candidate = error as { name?: unknown; Code?: unknown; code?: unknown } | null;
  for (const value of [candidate?.name, candidate?.Code, candidate?.code]) {
    if (typeof value === 'string' && value !== 'Error') return value;
  }
  return 'Error';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns a GetMetricData failure into words for the panel. The three the issue names (no
 * credentials, access denied, no data) each get their own reason; anything else is "unavailable".
 */
export function classifyCloudWatchError(error: unknown, region: string): SeriesMessage {
  const name = errorName(error);
  const text = errorText(error);
  if (name === 'CredentialsProviderError' || /could not load credentials|no credentials/i.test(text)) {
    return {
      reason: 'no_credentials',
      text:
        `No AWS credentials were found by the default chain (environment, shared config or SSO profile, container or instance role), ` +
        `so CloudWatch cannot be read. Provide credentials for region ${region}, or set CLOUDWATCH_ENABLED=false to chart the app's own GetItem timings.`,
    };
  }
  if (accessDeniedNames.has(name) || /not authori[sz]ed to perform|access denied/i.test(text)) {
    return {
      reason: 'access_denied',
      text: `AWS denied cloudwatch:GetMetricData to these credentials (${name}: ${text}). Grant that action on the role or user the app runs as.`,
    };
  }
  if (rejectedCredentialNames.has(name)) {
    return {
      reason: 'credentials_rejected',
      text: `AWS rejected the credentials (${name}: ${text}). Refresh or replace them (an expired SSO session is a common cause).`,
    };
  }
  return { reason: 'unavailable', text: `CloudWatch could not be read (${name}: ${text}).` };
}
