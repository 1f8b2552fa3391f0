'use client';

import { useTranslations } from 'next-intl';
import { ToggleButton } from '@/components/metrics/latency-parts';
import { LATENCY_WINDOWS, SECOND_RESOLUTION_WINDOW, type LatencyResolution, type LatencyWindowMinutes } from '@/lib/metrics/latency-series';

interface Props {
  windowMinutes: LatencyWindowMinutes;
  resolution: LatencyResolution;
  showRelational: boolean;
  onWindow: (minutes: LatencyWindowMinutes) => void;
  onResolution: (resolution: LatencyResolution) => void;
  onShowRelational: (show: boolean) => void;
}

/** The window (15/60/180 min), per minute or per second, and the relational overlay. */
export function LatencyControls({ windowMinutes, resolution, showRelational, onWindow, onResolution, onShowRelational }: Props) {
  const t = useTranslations('latency.panel');
  const perSecond = resolution === 'second';
  return (
    <div className="flex flex-wrap items-center gap-4">
      <div role="group" aria-label={t('window')} className="flex gap-1">
        {LATENCY_WINDOWS.map((minutes) => (
          <ToggleButton
            key={minutes}
            pressed={windowMinutes === minutes}
            disabled={perSecond && minutes !== SECOND_RESOLUTION_WINDOW}
            title={perSecond && minutes !== SECOND_RESOLUTION_WINDOW ? t('secondWindowOnly', { minutes: SECOND_RESOLUTION_WINDOW }) : undefined}
            onClick={() => onWindow(minutes)}
          >
            {t('minutes', { minutes })}
          </ToggleButton>
        ))}
      </div>
      <div role="group" aria-label={t('resolution')} className="flex gap-1">
        <ToggleButton pressed={!perSecond} onClick={() => onResolution('minute')}>
          {t('perMinute')}
        </ToggleButton>
        <ToggleButton
          pressed={perSecond}
          onClick={() => {
            onWindow(SECOND_RESOLUTION_WINDOW);
            onResolution('second');
          }}
        >
          {t('perSecond')}
        </ToggleButton>
      </div>
      <label className="flex items-center gap-2 text-base">
        <input type="checkbox" className="h-4 w-4" checked={showRelational} onChange={(e) => onShowRelational(e.target.checked)} />
        {t('relational')}
      </label>
    </div>
  );
}
