'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { GetItemLatencyPanel } from '@/components/metrics/getitem-latency-panel';
import { startLoadRun } from '@/components/walkthrough/api-actions';
import { LiveRun } from '@/components/walkthrough/live-run';
import { commandContext } from '@/components/walkthrough/lookup/legacy-data-step';
import { useLoadSettings } from '@/components/walkthrough/lookup/load-step';
import type { LookupStepProps } from '@/components/walkthrough/lookup/lookup-step-props';
import { NumberField } from '@/components/walkthrough/number-field';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { lookupWorkshop } from '@/lib/walkthroughs/workshop-figures';

export function GetItemStep({ progress, refresh, origin, shell }: LookupStepProps) {
  const t = useTranslations('walkthrough.purchase-lookup.steps.getitem');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const settings = useLoadSettings();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const getItem = progress?.figures.getItem ?? null;
  const migrated = progress?.steps.find((s) => s.id === 'migrate')?.done ?? false;
  const busyRun = progress?.busy.loadRun ?? null;

  const start = async () => {
    setPending(true);
    setError(null);
    try {
      await startLoadRun('lookup.dynamodb', { model: 'closed', connections: settings.connections, durationSeconds: settings.durationSeconds });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  const cloudwatch = progress?.env.getItemSource === 'cloudwatch';
  return (
    <StepShell
      {...shell}
      action={
        <PrimaryAction
          label={t('action')}
          hint={t('actionHint', { seconds: format.count(settings.durationSeconds) })}
          onRun={() => void start()}
          pending={pending}
          disabled={busyRun !== null || !migrated}
          busyNote={busyRun ? common('busyRun', { id: busyRun }) : undefined}
          error={error}
          errorPrefix={common('actionFailed')}
          tone="modern"
        >
          <NumberField name="users" label={common('users')} value={settings.users} onChange={settings.setUsers} min={1} max={100} />
          <NumberField name="seconds" label={common('seconds')} value={settings.seconds} onChange={settings.setSeconds} min={1} max={3_600} />
        </PrimaryAction>
      }
      live={<LiveRun targetId="lookup.dynamodb" since={progress?.startedAt ?? Number.POSITIVE_INFINITY} />}
      result={
        <div className="space-y-3">
          <p className="text-sm font-medium text-slate-600 dark:text-slate-300" data-testid="getitem-source" data-source={getItem?.source ?? progress?.env.getItemSource ?? ''}>
            {cloudwatch && getItem?.source !== 'app' ? t('sourceCloudwatch') : t('sourceApp')}
          </p>
          <GetItemLatencyPanel />
        </div>
      }
      figures={
        getItem
          ? {
              rows: [
                { key: 'getitem-avg', label: t('figGetItem'), workshop: format.ms(lookupWorkshop.getItemMs), yours: format.ms(getItem.averageMs), value: getItem.averageMs },
                { key: 'getitem-e2e', label: t('figEndToEnd'), workshop: format.ms(lookupWorkshop.dynamodbP95Ms), yours: format.ms(getItem.endToEndP95Ms), value: getItem.endToEndP95Ms },
                { key: 'getitem-samples', label: t('figSamples'), workshop: '—', yours: format.count(getItem.samples), value: getItem.samples },
              ],
              differs: [cloudwatch ? t('differsCloudwatch') : t('differsEmulator')],
            }
          : undefined
      }
      check={t('check', { samples: format.count(getItem?.samples ?? 0) })}
      commands={stepCommands('purchase-lookup', 'getitem', commandContext(origin, progress))}
    />
  );
}
