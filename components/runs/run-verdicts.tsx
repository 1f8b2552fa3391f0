'use client';

import { EngineNotice } from '@/components/runs/engine-notice';
import { ThresholdBadge } from '@/components/runs/threshold-badge';
import type { RunRecord } from '@/lib/load/run-types';
import { judgeRun } from '@/lib/load/thresholds/judge-run';

/** Under a run's title: its thresholds (live while it runs, final after) and the engine that served it. */
export function RunVerdicts({ run, showEngine = true }: { run: Pick<RunRecord, 'settings' | 'summary' | 'seconds' | 'status' | 'thresholds' | 'engine' | 'side'>; showEngine?: boolean }) {
  const rules = run.settings.thresholds ?? [];
  const verdict = run.thresholds ?? judgeRun(run);
  return (
    <>
      {rules.length > 0 && (
        <div className="mt-2">
          <ThresholdBadge passed={verdict?.passed ?? null} live={run.status === 'running'} rules={rules} verdict={verdict} />
        </div>
      )}
      {showEngine && run.engine && (
        <div className="mt-2">
          <EngineNotice engines={{ [run.side ?? 'legacy']: run.engine }} />
        </div>
      )}
    </>
  );
}
