'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { useFormat } from '@/i18n/use-format';
import type { RunSettings } from '@/lib/load/run-settings';
import type { TargetId } from '@/lib/scenario-catalog';

type Side = 'legacy' | 'modern';

/** next-intl keys cannot hold dots: 'order.redis' is runs.targets.order_redis. */
const targetKey = (id: string) => id.replace(/\./g, '_');

/** The words the run pages share: a load model, a target's name, "Legacy: …" titles. */
export function useRunText() {
  const t = useTranslations('runs');
  const common = useTranslations('common.side');
  const f = useFormat();

  const describeModel = useCallback(
    (settings: RunSettings) =>
      settings.model === 'open'
        ? t('model.open', { rate: f.count(settings.rate ?? 0), seconds: f.count(settings.durationSeconds ?? 0), connections: f.count(settings.connections) })
        : t('model.closed', {
            connections: f.count(settings.connections),
            until: settings.amount !== null ? t('model.untilRequests', { amount: f.count(settings.amount) }) : t('model.untilSeconds', { seconds: f.count(settings.durationSeconds ?? 0) }),
          }),
    [t, f],
  );

  /** The target's name in the visitor's language; a target this page does not know keeps the server's label. */
  const targetLabel = useCallback((targetId: TargetId | string, fallback: string) => (t.has(`targets.${targetKey(targetId)}`) ? t(`targets.${targetKey(targetId)}`) : fallback), [t]);

  /** "Legacy: SELECT … FOR UPDATE", or the bare label for a run without a side. */
  const titleOf = useCallback(
    (run: { side: Side | null; targetId: TargetId | string; label: string }) => {
      const label = targetLabel(run.targetId, run.label);
      return run.side ? common('named', { side: run.side, label }) : label;
    },
    [common, targetLabel],
  );

  return { describeModel, targetLabel, titleOf };
}
