'use client';

import { useEffect, useMemo, useState } from 'react';
import { buildChartRows, formatMs, summarize } from '@/components/metrics/chart-rows';
import { LatencyChart, seriesColors } from '@/components/metrics/latency-chart';
import {
  LATENCY_WINDOWS,
  SECOND_RESOLUTION_WINDOW,
  type GetItemLatencyReport,
  type LatencyResolution,
  type LatencyWindowMinutes,
  type SeriesMessage,
} from '@/lib/metrics/latency-series';

const RETRY_AFTER_FAILURE_MS = 5_000;

async function fetchReport(windowMinutes: LatencyWindowMinutes, resolution: LatencyResolution, signal: AbortSignal): Promise<GetItemLatencyReport> {
  const response = await fetch(`/api/metrics/getitem?window=${windowMinutes}&resolution=${resolution}`, { cache: 'no-store', signal });
  const body = (await response.json().catch(() => null)) as (GetItemLatencyReport & { error?: { message?: string } }) | null;
  if (!response.ok || !body) throw new Error(body?.error?.message ?? `The server answered ${response.status}`);
  return body;
}

/** Asks again after the interval the server names (60 s for CloudWatch, 1 s for the live view). */
function useLatencyReport(windowMinutes: LatencyWindowMinutes, resolution: LatencyResolution) {
  const [report, setReport] = useState<GetItemLatencyReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let delayMs = RETRY_AFTER_FAILURE_MS;
      try {
        const next = await fetchReport(windowMinutes, resolution, controller.signal);
        setReport(next);
        setFailure(null);
        delayMs = next.refreshSeconds * 1000;
      } catch (error) {
        if (controller.signal.aborted) return;
        setFailure(error instanceof Error ? error.message : String(error));
      }
      if (!controller.signal.aborted) timer = setTimeout(poll, delayMs);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [windowMinutes, resolution]);

  // A report for other settings is kept on screen only until the new one arrives.
  const current = report && report.window === windowMinutes && report.resolution === resolution ? report : null;
  return { report: current, stale: report, failure };
}

function ToggleButton({ pressed, disabled, title, onClick, children }: { pressed: boolean; disabled?: boolean; title?: string; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      title={title}
      onClick={onClick}
      className={`rounded-md px-3 py-1.5 text-base font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-40 ${
        pressed ? 'bg-modern text-white' : 'bg-slate-100 hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700'
      }`}
    >
      {children}
    </button>
  );
}

function MessageBox({ message, testId }: { message: SeriesMessage; testId: string }) {
  const isError = message.reason !== 'no_data';
  return (
    <p
      data-testid={testId}
      data-reason={message.reason}
      role={isError ? 'alert' : 'status'}
      className={`rounded-md px-4 py-3 text-lg ${
        isError ? 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200' : 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100'
      }`}
    >
      {message.text}
    </p>
  );
}

function Stat({ label, value, color, testId }: { label: string; value: string; color: string; testId: string }) {
  return (
    <div className="rounded-md border-l-4 bg-slate-50 px-4 py-2 dark:bg-slate-800/60" style={{ borderColor: color }}>
      <div className="text-sm text-slate-600 dark:text-slate-400">{label}</div>
      <div className="font-mono text-2xl font-semibold" data-testid={testId}>
        {value}
      </div>
    </div>
  );
}

function LegendItem({ color, dashed, label }: { color: string; dashed?: boolean; label: string }) {
  return (
    <li className="flex items-center gap-2">
      <svg width="28" height="10" aria-hidden="true">
        <line x1="0" y1="5" x2="28" y2="5" stroke={color} strokeWidth={dashed ? 2 : 4} strokeDasharray={dashed ? '6 4' : undefined} />
      </svg>
      {label}
    </li>
  );
}

/**
 * DynamoDB GetItem latency (CloudWatch, or timed by the app on the emulator) with the end-to-end
 * p95 of lookup runs on the same chart: the workshop's closing point, DB-side near 2 ms while
 * end-to-end stays higher. Reusable: the lookup page can embed it as is.
 */
export function GetItemLatencyPanel({ defaultWindow = 15 }: { defaultWindow?: LatencyWindowMinutes }) {
  const [windowMinutes, setWindowMinutes] = useState<LatencyWindowMinutes>(defaultWindow);
  const [resolution, setResolution] = useState<LatencyResolution>('minute');
  const [showRelational, setShowRelational] = useState(false);
  const { report, stale, failure } = useLatencyReport(windowMinutes, resolution);
  const shown = report ?? stale;
  const rows = useMemo(() => (shown ? buildChartRows(shown) : []), [shown]);
  const summary = useMemo(() => (shown ? summarize(shown) : null), [shown]);

  const hasGetItem = (shown?.getItem.points.length ?? 0) > 0;
  const hasEndToEnd = (shown?.endToEnd.points.length ?? 0) > 0 || (showRelational && (shown?.endToEndRelational.points.length ?? 0) > 0);
  const perSecond = resolution === 'second';

  return (
    <section aria-labelledby="getitem-latency-title" className="space-y-4 rounded-lg bg-white p-6 shadow-sm dark:bg-slate-900" data-testid="getitem-latency-panel">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 id="getitem-latency-title" className="text-2xl font-semibold">
            DynamoDB GetItem latency vs. end-to-end p95
          </h2>
          <p className="mt-1 text-base text-slate-600 dark:text-slate-400">
            Source: <span data-testid="latency-source" className="font-semibold text-slate-900 dark:text-slate-100">{shown?.getItem.label ?? '…'}</span>
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <div role="group" aria-label="Window" className="flex gap-1">
            {LATENCY_WINDOWS.map((minutes) => (
              <ToggleButton
                key={minutes}
                pressed={windowMinutes === minutes}
                disabled={perSecond && minutes !== SECOND_RESOLUTION_WINDOW}
                title={perSecond && minutes !== SECOND_RESOLUTION_WINDOW ? `The per-second view covers ${SECOND_RESOLUTION_WINDOW} minutes` : undefined}
                onClick={() => setWindowMinutes(minutes)}
              >
                {`${minutes} min`}
              </ToggleButton>
            ))}
          </div>
          <div role="group" aria-label="Resolution" className="flex gap-1">
            <ToggleButton pressed={!perSecond} onClick={() => setResolution('minute')}>
              Per minute
            </ToggleButton>
            <ToggleButton
              pressed={perSecond}
              onClick={() => {
                setWindowMinutes(SECOND_RESOLUTION_WINDOW);
                setResolution('second');
              }}
            >
              Per second (live)
            </ToggleButton>
          </div>
          <label className="flex items-center gap-2 text-base">
            <input type="checkbox" className="h-4 w-4" checked={showRelational} onChange={(e) => setShowRelational(e.target.checked)} />
            Relational end-to-end
          </label>
        </div>
      </div>

      {failure && (
        <p role="alert" data-testid="latency-failure" className="rounded-md bg-red-50 px-4 py-3 text-lg text-red-800 dark:bg-red-950 dark:text-red-200">
          Could not load GetItem latency: {failure}
        </p>
      )}

      {!shown && !failure && (
        <p role="status" className="text-lg text-slate-500">
          Loading GetItem latency…
        </p>
      )}

      {shown && summary && (
        <>
          <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label="GetItem average (window)" value={formatMs(summary.getItemAverage)} color={seriesColors.average} testId="stat-getitem-average" />
            <Stat label="GetItem max (window)" value={formatMs(summary.getItemMaximum)} color={seriesColors.maximum} testId="stat-getitem-max" />
            <Stat label="End-to-end p95, DynamoDB lookups" value={formatMs(summary.endToEndP95)} color={seriesColors.endToEnd} testId="stat-end-to-end" />
            <Stat
              label={shown.getItem.source === 'cloudwatch' ? 'GetItems (CloudWatch SampleCount)' : 'GetItems timed by the app'}
              value={summary.getItemSamples.toLocaleString('en-US')}
              color="#94a3b8"
              testId="stat-getitem-samples"
            />
          </div>

          {shown.getItem.message && <MessageBox message={shown.getItem.message} testId="getitem-message" />}

          {hasGetItem || hasEndToEnd ? (
            <>
              <ul className="flex flex-wrap gap-x-6 gap-y-1 text-base" aria-label="Legend">
                <LegendItem color={seriesColors.average} label={`GetItem average (${shown.getItem.source === 'cloudwatch' ? 'CloudWatch' : 'app-measured'})`} />
                <LegendItem color={seriesColors.maximum} dashed label="GetItem max" />
                <LegendItem color={seriesColors.endToEnd} label={shown.endToEnd.label} />
                {showRelational && <LegendItem color={seriesColors.relational} dashed label={shown.endToEndRelational.label} />}
              </ul>
              <LatencyChart rows={rows} from={shown.from} to={shown.to} perSecond={shown.resolution === 'second'} showRelational={showRelational} />
            </>
          ) : (
            !shown.getItem.message && (
              <p data-testid="latency-empty" role="status" className="rounded-md bg-amber-50 px-4 py-3 text-lg text-amber-900 dark:bg-amber-950 dark:text-amber-100">
                Nothing to chart in this window yet.
              </p>
            )
          )}

          <div className="space-y-1 text-sm text-slate-600 dark:text-slate-400">
            {shown.endToEnd.note && <p data-testid="end-to-end-note">End-to-end overlay: {shown.endToEnd.note}</p>}
            {showRelational && shown.endToEndRelational.note && shown.endToEndRelational.note !== shown.endToEnd.note && (
              <p>Relational overlay: {shown.endToEndRelational.note}</p>
            )}
            <p>
              Table <span className="font-mono">{shown.tableName}</span> · {shown.mode === 'cloudwatch' ? 'AWS mode (CloudWatch)' : 'Emulator mode'} · updated{' '}
              {new Date(shown.generatedAt).toLocaleTimeString('en-GB')} · refreshes every {shown.refreshSeconds} s
            </p>
          </div>
        </>
      )}
    </section>
  );
}
