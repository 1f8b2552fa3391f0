/** A workload endpoint answered before Next's handler: no framework cost per request. */
export interface LeanResponse {
  status: number;
  /** A string is sent as text/plain, anything else as JSON. */
  body: unknown;
}

export interface LeanRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(query: URLSearchParams): Promise<LeanResponse> | LeanResponse;
}

export const json = (body: unknown, status = 200): LeanResponse => ({ status, body });
export const text = (body: string, status = 200): LeanResponse => ({ status, body });
