import 'server-only';

/**
 * A Server-Sent Events response. `open` starts pushing with `send` and returns its cleanup; the
 * cleanup runs when the browser goes away (only its listener is dropped, never the run) or when
 * the stream is closed. A client too slow to keep up is dropped rather than buffered without
 * bound; EventSource reconnects and starts again from a fresh snapshot.
 */
export type SseSend = (data: unknown) => void;

const HEARTBEAT_MS = 15_000;
/** Queued messages a client may fall behind by before it is dropped. */
const MAX_BACKLOG = 2_000;

export function sseResponse(signal: AbortSignal, open: (send: SseSend, close: () => void) => (() => void) | void): Response {
  const encoder = new TextEncoder();
  let closed = false;
  let cleanup: (() => void) | void;
  let heartbeat: NodeJS.Timeout | undefined;

  const stop = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    signal.removeEventListener('abort', onAbort);
    cleanup?.();
  };
  let onAbort = () => undefined as void;

  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const close = () => {
          if (closed) return;
          stop();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        };
        const enqueue = (text: string) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -MAX_BACKLOG) {
            close();
            return;
          }
          controller.enqueue(encoder.encode(text));
        };
        onAbort = close;
        signal.addEventListener('abort', onAbort);
        // Reconnect quickly after a drop; the first message of every connection is a full snapshot.
        enqueue('retry: 1000\n\n');
        heartbeat = setInterval(() => enqueue(': keep-alive\n\n'), HEARTBEAT_MS);
        cleanup = open((data) => enqueue(`data: ${JSON.stringify(data)}\n\n`), close);
        if (closed) cleanup?.();
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 1 },
  );

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform keeps the compression middleware from buffering the stream.
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
