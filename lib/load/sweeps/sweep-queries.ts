import 'server-only';
import { AppError } from '@/lib/http/app-error';
import { cancelRun } from '@/lib/load/run-registry';
import { liveSweep } from '@/lib/load/sweeps/run-sweep';
import { sweepToCsv } from '@/lib/load/sweeps/sweep-csv';
import { sweepToHtmlReport } from '@/lib/load/sweeps/sweep-report';
import { getSweep, listSweeps } from '@/lib/load/sweeps/sweep-store';
import type { SweepListItem, SweepRecord } from '@/lib/load/sweeps/sweep-types';

export async function getSweepOrThrow(id: string): Promise<SweepRecord> {
  const sweep = liveSweep(id) ?? (await getSweep(id));
  if (!sweep) throw new AppError('not_found', `There is no sweep ${id}.`);
  return sweep;
}

export async function listSweepItems(): Promise<SweepListItem[]> {
  return (await listSweeps()).map(({ points, ...rest }) => ({ ...rest, ...(liveSweep(rest.id) ? { progress: liveSweep(rest.id)!.progress } : {}), pointCount: points.length }));
}

export async function cancelSweep(id: string): Promise<{ cancelled: string[] }> {
  const sweep = await getSweepOrThrow(id);
  if (sweep.status !== 'running') throw new AppError('conflict', `Sweep ${id} is not going (it is ${sweep.status}).`);
  return cancelRun(id);
}

const contentTypes = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8', html: 'text/html; charset=utf-8' } as const;

export async function exportSweep(id: string, format: keyof typeof contentTypes): Promise<Response> {
  const sweep = await getSweepOrThrow(id);
  const body = format === 'csv' ? sweepToCsv(sweep) : format === 'html' ? sweepToHtmlReport(sweep) : JSON.stringify(sweep, null, 2);
  return new Response(body, {
    headers: { 'content-type': contentTypes[format], 'content-disposition': `attachment; filename="db-showdown-sweep-${sweep.id}.${format}"`, 'cache-control': 'no-store' },
  });
}
