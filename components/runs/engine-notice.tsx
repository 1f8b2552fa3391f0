'use client';

import { useTranslations } from 'next-intl';
import type { EngineStamp } from '@/lib/load/engine-stamp';

/** Which engine served each side, and, when one is an emulator, that its latency is the emulator's. */
export function EngineNotice({ engines }: { engines: Partial<Record<'legacy' | 'modern', EngineStamp | null | undefined>> }) {
  const t = useTranslations('sweep.engine');
  const sides = (['legacy', 'modern'] as const).filter((side) => engines[side]);
  if (sides.length === 0) return null;
  const emulated = sides.filter((side) => engines[side]!.emulator);
  return (
    <div className={`rounded-lg p-3 text-lg ${emulated.length > 0 ? 'bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-50' : 'bg-slate-50 text-slate-800 dark:bg-slate-800 dark:text-slate-100'}`} data-testid="engine-notice" data-emulator={emulated.length > 0 ? 'true' : 'false'}>
      <p>
        {sides.map((side, i) => (
          <span key={side}>
            {i > 0 && ' · '}
            <span className="font-semibold">{t('servedBy', { side })}</span> {engines[side]!.name}
          </span>
        ))}
      </p>
      {emulated.map((side) => (
        <p key={side} className="mt-1 font-semibold" data-testid={`engine-emulator-${side}`}>
          {t('emulator', { engine: engines[side]!.name })}
        </p>
      ))}
    </div>
  );
}
