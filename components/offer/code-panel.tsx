import { getTranslations } from 'next-intl/server';
import type { CodeNote, CodeStep, PathListing } from '@/lib/scenarios/limited-offer/code-listing';

const kindLabel: Record<CodeStep['kind'], string> = { sql: 'SQL', redis: 'Redis', lua: 'Lua', app: 'App' };

const kindStyle: Record<CodeStep['kind'], string> = {
  sql: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
  redis: 'bg-blue-100 text-blue-900 dark:bg-blue-900/60 dark:text-blue-100',
  lua: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100',
  app: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

function Step({ step, index, say }: { step: CodeStep; index?: number; say: (note: CodeNote) => string }) {
  return (
    <li className="flex gap-3">
      <span className="w-6 shrink-0 pt-1 text-right font-mono text-sm text-slate-400">{index ?? '!'}</span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline gap-2">
          <span className={`rounded px-1.5 py-0.5 text-xs font-bold ${kindStyle[step.kind]}`}>{kindLabel[step.kind]}</span>
          {step.when && <span className="text-sm text-slate-500 italic dark:text-slate-400">{say(step.when)}</span>}
        </div>
        {step.kind === 'app' ? (
          <p className="mt-1 text-sm">{say(step.text)}</p>
        ) : (
          <pre className="mt-1 overflow-x-auto rounded bg-slate-900 px-3 py-2 font-mono text-[13px] leading-relaxed whitespace-pre-wrap break-words text-slate-100 dark:bg-black/60">
            {step.text}
          </pre>
        )}
      </div>
    </li>
  );
}

/**
 * The statements and scripts one order path sends, in order, as the code defines them (a server
 * component). The listing names its notes by key; their words are in offer.code.notes.
 */
export async function CodePanel({ listing }: { listing: PathListing }) {
  const t = await getTranslations('offer.code');
  const say = (note: CodeNote) => t(`notes.${note}`);
  return (
    <section aria-label={t('label', { path: listing.path })} data-testid={`code-${listing.path}`} className="space-y-3">
      <h3 className="text-base font-semibold text-slate-600 dark:text-slate-300">
        {t('title')} <span className="font-normal text-slate-500">{t('source', { engine: listing.engine })}</span>
      </h3>
      <ol className="space-y-2">
        {listing.steps.map((step, i) => (
          <Step key={i} step={step} index={i + 1} say={say} />
        ))}
      </ol>
      <h4 className="pt-1 text-sm font-semibold text-slate-600 dark:text-slate-300">{say(listing.onFailureWhen)}</h4>
      <ol className="space-y-2">
        {listing.onFailure.map((step, i) => (
          <Step key={i} step={step} say={say} />
        ))}
      </ol>
    </section>
  );
}
