import 'server-only';
import { AppError } from '@/lib/http/app-error';
import type { ExportFormat } from '@/lib/load/api-schemas';
import { runsToHtmlReport } from '@/lib/load/report/to-html-report';
import { runsToCsv } from '@/lib/load/report/to-csv';
import { compareRuns } from '@/lib/load/compare-runs';
import { getRun, listRuns } from '@/lib/load/run-store';
import type { RunListItem, RunRecord } from '@/lib/load/run-types';

/** The history as listed on the page: everything but the per-second rows. */
export async function listRunItems(): Promise<RunListItem[]> {
  return (await listRuns()).map(({ seconds, ...rest }) => ({ ...rest, secondsCount: seconds.length }));
}

export async function getRunOrThrow(id: string): Promise<RunRecord> {
  const run = await getRun(id);
  if (!run) throw new AppError('not_found', `There is no run ${id}.`);
  return run;
}

const contentTypes: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** A download of one run, or of two side by side (the first is the reference). */
export async function exportRuns(id: string, format: ExportFormat, compareId?: string): Promise<Response> {
  const runs = [await getRunOrThrow(id)];
  if (compareId) runs.push(await getRunOrThrow(compareId));
  let body: string;
  if (format === 'csv') body = runsToCsv(runs);
  else if (format === 'html') body = runsToHtmlReport(runs);
  else {
    const comparison = runs.length === 2 ? compareRuns(runs[0]!, runs[1]!) : null;
    body = JSON.stringify(runs.length === 2 ? { runs, comparison } : runs[0], null, 2);
  }
  const name = `db-showdown-${runs.map((run) => run.id).join('-vs-')}.${format}`;
  return new Response(body, {
    headers: { 'content-type': contentTypes[format], 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
  });
}
