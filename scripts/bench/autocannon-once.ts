import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  total: number;
}

/** One closed-model autocannon run from this (bench) process against a server in another process. */
export async function measureThroughput(url: string, options: { connections: number; durationSeconds: number }): Promise<LoadFigures> {
  const result = await autocannon({ url, connections: options.connections, duration: options.durationSeconds, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
