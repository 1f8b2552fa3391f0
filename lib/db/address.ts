/** host:port of a connection URL, never its credentials. */
export function describeAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  } catch {
    return 'unparseable address';
  }
}
