/**
 * The load generator's own process: the server forks it for each run so autocannon's work never
 * competes with the server's event loop for the same thread. It takes one job over IPC, posts a
 * snapshot every second, and exits when the job is done or the server goes away.
 */
import { driveLoad, type LoadDriver } from '@/lib/load/generator/drive-load';
import type { FromGenerator, ToGenerator } from '@/lib/load/generator/protocol';

let driver: LoadDriver | null = null;

let lastSend: Promise<void> = Promise.resolve();

const post = (message: FromGenerator) => {
  if (!process.connected || !process.send) return;
  lastSend = new Promise((resolve) => process.send!(message, undefined, undefined, () => resolve()));
};

process.on('message', (message: ToGenerator) => {
  if (message.type === 'start' && !driver) {
    try {
      driver = driveLoad(message.job, post);
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      process.disconnect();
      return;
    }
    // Once the last message is written, leave; nothing else keeps this process alive.
    void driver.done.then(() => lastSend).then(() => {
      if (process.connected) process.disconnect();
    });
  } else if (message.type === 'stop') {
    driver?.stop();
  }
});

// The server went away (crash, restart): no one is left to report to.
process.on('disconnect', () => {
  driver?.stop();
  setTimeout(() => process.exit(0), 500).unref();
});
