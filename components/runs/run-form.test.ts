import { describe, expect, it } from 'vitest';
import { initialForm, parseForm, scenarioDefaults, toInput, type FormState } from '@/components/runs/run-form';

const form = (patch: Partial<FormState>): FormState => ({ ...initialForm, ...patch });

describe('toInput', () => {
  it('sends only what the model and scenario use', () => {
    expect(toInput(initialForm)).toEqual({ model: 'closed', timeoutSeconds: '10', connections: '150', amount: '3000', stock: '3000' });
    const lookup = form({ scenario: 'lookup', ...scenarioDefaults.lookup, seed: '7' });
    expect(toInput(lookup)).toEqual({ model: 'open', timeoutSeconds: '10', rate: '200', durationSeconds: '30', seed: '7' });
    expect(toInput(form({ until: 'duration' }))).not.toHaveProperty('amount');
  });
});

describe('parseForm', () => {
  it('accepts the defaults of every scenario', () => {
    for (const scenario of ['order', 'lookup', 'ping'] as const) expect(parseForm(form({ scenario, ...scenarioDefaults[scenario] })).ok).toBe(true);
  });

  it('names an out-of-range field with its bounds', () => {
    const parsed = parseForm(form({ connections: '0' }));
    expect(parsed).toEqual({ ok: false, problems: { connections: { kind: 'between', field: 'connections', min: 1, max: 1000 } } });
  });

  it('tells a non-number from an out-of-range one', () => {
    const parsed = parseForm(form({ timeoutSeconds: 'ten' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.timeoutSeconds).toEqual({ kind: 'number', field: 'timeoutSeconds' });
  });

  it('says when fewer requests than connections are asked for, as ab does', () => {
    const parsed = parseForm(form({ connections: '150', amount: '100' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.amount).toEqual({ kind: 'amountBelowConnections' });
  });
});
