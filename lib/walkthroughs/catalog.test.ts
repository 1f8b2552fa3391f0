import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { neighbours, walkthroughNames, walkthroughSteps } from '@/lib/walkthroughs/catalog';
import { stepCommands } from '@/lib/walkthroughs/step-commands';

const catalog = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), 'messages', locale, 'walkthrough.json'), 'utf8')) as Record<string, { steps: Record<string, Record<string, string>> }>;

describe('walkthrough catalog', () => {
  it('links each step to its neighbours, first to last', () => {
    expect(neighbours('purchase-lookup', 'legacy-data')).toEqual({ previous: null, next: 'staging' });
    expect(neighbours('limited-offer', 'summary')).toEqual({ previous: 'audit', next: null });
  });

  it('has a title, a narrative and a check for every step in both languages', () => {
    for (const locale of ['en', 'ko']) {
      const messages = catalog(locale);
      for (const name of walkthroughNames) {
        for (const step of walkthroughSteps[name]) {
          const entry = messages[name]?.steps[step];
          expect(entry, `${locale} ${name} ${step}`).toBeDefined();
          for (const key of ['title', 'narrative', 'check']) expect(entry?.[key], `${locale} ${name}.${step}.${key}`).toMatch(/\S/);
        }
      }
    }
  });

  it('gives every step terminal commands against the given address, with JSON bodies', () => {
    const ctx = { base: 'http://10.0.0.1:3000', table: 'purchase_t', stockKey: 'prod-001-quantity', purchases: 1_000, seed: 1, connections: 2, durationSeconds: 5, stock: 100, requests: 300 };
    for (const name of walkthroughNames) {
      for (const step of walkthroughSteps[name]) {
        const commands = stepCommands(name, step, ctx);
        expect(commands.length, `${name} ${step}`).toBeGreaterThan(0);
        for (const command of commands) {
          if (command.kind !== 'sql' && command.kind !== 'redis-cli') expect(command.text).toContain(ctx.base);
          const body = /-d '([^']*)'/.exec(command.text)?.[1];
          if (body !== undefined) expect(() => JSON.parse(body)).not.toThrow();
        }
      }
    }
    expect(stepCommands('limited-offer', 'legacy-sale', ctx).map((c) => c.text)).toContain('ab -c 2 -n 300 http://10.0.0.1:3000/order');
  });
});
