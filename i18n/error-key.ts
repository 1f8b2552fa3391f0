import { ApiError } from '@/components/api/client-fetch';
import { LocalizedError } from '@/i18n/localized-error';

/** What to say about an error: a key of the `errors` namespace, or text already translated; plus the server's own words. */
export type ErrorSaying = { key: string; status: number; detail?: string } | { text: string; detail?: string };

/** Chosen by the error's code, `conflict` with `reason: 'busy'` apart; never by its message. */
export function errorSaying(error: unknown): ErrorSaying {
  if (error instanceof ApiError) {
    const key = error.code === 'conflict' && error.reason === 'busy' ? 'busy' : error.code;
    // A network failure's message is the browser's ("Failed to fetch"); a bare status says nothing more.
    const detail = error.code === 'network' || error.detail === `HTTP ${error.status}` ? undefined : error.detail;
    return { key, status: error.status, detail };
  }
  if (error instanceof LocalizedError) return { text: error.message };
  return { key: 'unexpected', status: 0, detail: error instanceof Error ? error.message : String(error) };
}
