'use client';

import { useTranslations } from 'next-intl';
import { commandContext } from '@/components/walkthrough/lookup/legacy-data-step';
import type { LookupStepProps } from '@/components/walkthrough/lookup/lookup-step-props';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { useStartOver } from '@/components/walkthrough/start-over-button';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { dmsRowsPerSecond, lookupWorkshop } from '@/lib/walkthroughs/workshop-figures';

export function LookupSummaryStep({ progress, refresh, origin, shell }: LookupStepProps) {
  const t = useTranslations('walkthrough.purchase-lookup.steps.summary');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const startOver = useStartOver('purchase-lookup', refresh);
  const f = progress?.figures;
  const none = t('notMeasured');
  const or = (value: number | null | undefined, text: (v: number) => string) => (value === null || value === undefined ? none : text(value));
  const rows = [
    { key: 'sum-purchases', label: t('rowData'), workshop: format.count(lookupWorkshop.dmsRows), yours: or(f?.data?.purchases, format.count), value: f?.data?.purchases ?? null },
    { key: 'sum-staging', label: t('rowStaging'), workshop: format.count(lookupWorkshop.dmsRows), yours: or(f?.staging?.builtInThisWalkthrough ? f.staging.rows : null, format.count), value: f?.staging?.rows ?? null },
    { key: 'sum-migration', label: t('rowMigration'), workshop: format.duration(lookupWorkshop.dmsMs), yours: or(f?.migration?.ms, format.duration), value: f?.migration?.ms ?? null },
    { key: 'sum-migration-rate', label: t('rowMigrationRate'), workshop: format.count(dmsRowsPerSecond), yours: or(f?.migration?.rowsPerSecond, format.count), value: f?.migration?.rowsPerSecond ?? null },
    { key: 'sum-legacy-p95', label: t('rowLegacyP95'), workshop: format.ms(lookupWorkshop.legacyP95Ms), yours: or(f?.legacyRun?.p95, format.ms), value: f?.legacyRun?.p95 ?? null },
    { key: 'sum-dynamodb-p95', label: t('rowDynamoP95'), workshop: format.ms(lookupWorkshop.dynamodbP95Ms), yours: or(f?.dynamodbRun?.p95, format.ms), value: f?.dynamodbRun?.p95 ?? null },
    { key: 'sum-getitem', label: t('rowGetItem'), workshop: format.ms(lookupWorkshop.getItemMs), yours: or(f?.getItem?.averageMs, format.ms), value: f?.getItem?.averageMs ?? null },
  ];
  const steps = useTranslations('walkthrough.purchase-lookup.steps');
  const differs = [steps('legacy-load.differs'), progress?.env.dynamodbEmulator ? steps('dynamodb-load.differsEmulator') : steps('dynamodb-load.differsAws')];
  return (
    <StepShell
      {...shell}
      action={
        <PrimaryAction
          label={t('action')}
          hint={t('actionHint')}
          onRun={() => {
            if (window.confirm(common('startOverConfirm'))) void startOver.run();
          }}
          pending={startOver.pending}
          disabled={progress?.busy.loadRun !== null && progress?.busy.loadRun !== undefined}
          error={startOver.error}
        />
      }
      figures={{ rows, differs }}
      check={t('check')}
      commands={stepCommands('purchase-lookup', 'summary', commandContext(origin, progress))}
    />
  );
}
