'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ErrorNote } from '@/components/error-note';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { FiguresTable, type FigureRow } from '@/components/walkthrough/figures-table';
import { StartOverButton } from '@/components/walkthrough/start-over-button';
import { useFormat } from '@/i18n/use-format';
import { neighbours, walkthroughSteps, type StepId, type WalkthroughName } from '@/lib/walkthroughs/catalog';
import type { TerminalCommand } from '@/lib/walkthroughs/step-commands';
import type { WalkthroughProgress } from '@/lib/walkthroughs/progress-types';

export interface StepShellProps {
  name: WalkthroughName;
  step: StepId;
  progress: WalkthroughProgress | null;
  progressError: unknown;
  onStartedOver: () => void;
  /** The workshop's own listing or console output, beside what this product runs. */
  workshop?: ReactNode;
  action: ReactNode;
  live?: ReactNode;
  result?: ReactNode;
  figures?: { rows: FigureRow[]; differs: string[] };
  /** The completion check in words, with the measured values in it. */
  check: string;
  commands: TerminalCommand[];
}

function Section({ title, children, testId, className = '' }: { title: string; children: ReactNode; testId?: string; className?: string }) {
  return (
    <section className={`min-w-0 space-y-3 rounded-lg bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900 ${className}`} data-testid={testId}>
      <h2 className="text-lg font-semibold text-slate-700 dark:text-slate-200">{title}</h2>
      {children}
    </section>
  );
}

/** One step's page: narrative, the workshop's listing, the action, live progress, result and figures, the check, the terminal, Back/Next. */
export function StepShell(props: StepShellProps) {
  const t = useTranslations('walkthrough');
  const format = useFormat();
  const { name, step, progress } = props;
  const steps = walkthroughSteps[name] as readonly StepId[];
  const index = steps.indexOf(step);
  const { previous, next } = neighbours(name, step);
  const doneById = new Map<string, boolean>((progress?.steps ?? []).map((s) => [s.id, s.done]));
  const done = doneById.get(step) ?? false;
  const labels = { figure: t('common.figure'), workshop: t('common.workshop'), yours: t('common.yours'), whyDiffers: t('common.whyDiffers') };

  return (
    <div className="mx-auto max-w-[1500px] space-y-5" data-testid="walkthrough-step" data-walkthrough={name} data-step={step} data-done={progress ? String(done) : 'unknown'}>
      <header className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="text-sm text-slate-500 dark:text-slate-400">
              <Link href="/walkthrough" className="underline-offset-2 hover:underline">
                {t('common.walkthroughs')}
              </Link>{' '}
              · {t(`${name}.title`)}
            </p>
            <h1 className="text-2xl font-bold sm:text-3xl">
              <span className="text-slate-400">{t('common.stepOf', { current: index + 1, total: steps.length })} · </span>
              {t(`${name}.steps.${step}.title`)}
            </h1>
          </div>
          <StartOverButton name={name} onDone={props.onStartedOver} />
        </div>
        <nav aria-label={t('common.steps')}>
          <ol className="flex flex-wrap gap-2">
            {steps.map((id, i) => {
              const isDone = doneById.get(id) ?? false;
              const current = id === step;
              return (
                <li key={id}>
                  <Link
                    href={`/walkthrough/${name}/${id}`}
                    aria-current={current ? 'step' : undefined}
                    data-testid={`step-link-${id}`}
                    data-done={String(isDone)}
                    className={`flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm ${
                      current ? 'border-blue-600 bg-blue-600 text-white' : 'border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800'
                    }`}
                  >
                    <span aria-hidden className={isDone ? (current ? 'text-white' : 'text-emerald-600 dark:text-emerald-400') : 'opacity-50'}>
                      {isDone ? '✓' : i + 1}
                    </span>
                    <span className="max-w-[11rem] truncate">{t(`${name}.steps.${id}.title`)}</span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </nav>
      </header>

      {props.progressError !== null && props.progressError !== undefined && <ErrorNote error={props.progressError} prefix={t('common.progressFailed')} />}

      {/* On a phone the columns dissolve and the action comes right after the narrative; on a wide screen the workshop sits left of it. */}
      <div className="flex flex-col gap-5 xl:grid xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <div className="contents xl:block xl:min-w-0 xl:space-y-5">
          <Section title={t('common.why')} className="order-1">
            <p className="text-base leading-relaxed sm:text-lg" data-testid="narrative">
              {t(`${name}.steps.${step}.narrative`)}
            </p>
          </Section>
          {props.workshop && (
            <Section title={t('common.inWorkshop')} testId="workshop" className="order-5">
              {props.workshop}
            </Section>
          )}
        </div>
        <div className="contents xl:block xl:min-w-0 xl:space-y-5">
          <Section title={t('common.action')} testId="action" className="order-2">
            {props.action}
            {props.live}
          </Section>
          {(props.result || props.figures) && (
            <Section title={t('common.result')} testId="result" className="order-3">
              {props.result}
              {props.figures && <FiguresTable rows={props.figures.rows} differs={props.figures.differs} labels={labels} />}
            </Section>
          )}
          <section
            data-testid="check"
            data-done={progress ? String(done) : 'unknown'}
            className={`order-4 rounded-lg border-2 p-4 ${done ? 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40' : 'border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900'}`}
          >
            <h2 className="text-sm font-semibold text-slate-600 dark:text-slate-300">{t('common.check')}</h2>
            <p className="mt-1 text-lg">
              <span className={`mr-2 font-bold ${done ? 'text-emerald-700 dark:text-emerald-300' : 'text-slate-500'}`}>{done ? `✓ ${t('common.checkDone')}` : `○ ${t('common.checkPending')}`}</span>
              {props.check}
            </p>
            {progress && <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t('common.checkedAt', { time: format.time(progress.checkedAt) })}</p>}
          </section>
        </div>
      </div>

      {props.commands.length > 0 && (
        <Section title={t('common.terminal')} testId="terminal">
          <div className="grid gap-3 lg:grid-cols-2">
            {props.commands.map((command, i) => (
              <CodeBlock key={i} label={command.kind} text={command.text} testId={`command-${i}`} />
            ))}
          </div>
        </Section>
      )}

      <nav className="flex items-center justify-between gap-3 pb-6" aria-label={t('common.steps')}>
        {previous ? (
          <Link href={`/walkthrough/${name}/${previous}`} data-testid="back" className="rounded-md border border-slate-300 px-4 py-2 text-base font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            ← {t('common.back')}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link
            href={`/walkthrough/${name}/${next}`}
            data-testid="next"
            className={`rounded-md px-4 py-2 text-base font-semibold ${done ? 'bg-blue-600 text-white hover:bg-blue-700' : 'border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'}`}
          >
            {next === 'summary' ? t('common.toSummary') : t('common.next')} →
          </Link>
        )}
      </nav>
    </div>
  );
}
