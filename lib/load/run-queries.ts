import 'server-only';
import { AppError } from '@/lib/http/app-error';
import type { ExportFormat } from '@/lib/load/api-schemas';
import { runsToHtmlReport } from '@/lib/load/report/to-html-report';
import { runsToCsv } from '@/lib/load/report/to-csv';
import { compareRuns } from '@/lib/load/compare-runs';
import { getRun, listRuns } from '@/lib/load/run-store';
import type { RunListItem, RunRecord } from '@/lib/load/run-types';

/** A run as listed on the page: everything but the per-second rows. */
const toListItem = ({ seconds, ...rest }: RunRecord): RunListItem => ({ ...rest, secondsCount: seconds.length });

export interface RunPage {
  runs: RunListItem[];
  /** Pass as `before` for the next page; null on the last one. */
  nextCursor: string | null;
  total: number;
}

/** One page of the history, newest first, starting after the run `before` (a run id). */
export async function listRunPage(options: { limit: number; before?: string }): Promise<RunPage> {
  const all = await listRuns();
  let start = 0;
  if (options.before !== undefined) {
    const index = all.findIndex((run) => run.id === options.before);
    if (index === -1) throw new AppError('not_found', `There is no run ${options.before} (it may have been pruned); start again from the first page.`);
    start = index + 1;
  }
  const page = all.slice(start, start + options.limit);
  const hasMore = start + page.length < all.length;
  return { runs: page.map(toListItem), nextCursor: hasMore && page.length > 0 ? page.at(-1)!.id : null, total: all.length };
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
