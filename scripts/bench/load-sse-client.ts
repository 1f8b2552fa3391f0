/** A minimal Server-Sent Events reader over fetch (Node 20 has no EventSource). */
export async function* readServerSentEvents(url: string, init: { signal?: AbortSignal; headers?: Record<string, string> } = {}): AsyncGenerator<unknown> {
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...init.headers }, signal: init.signal });
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}: ${await response.text().catch(() => '')}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let boundary = buffer.indexOf('\n\n');
    while (boundary !== -1) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (data) yield JSON.parse(data) as unknown;
      boundary = buffer.indexOf('\n\n');
    }
  }
}
