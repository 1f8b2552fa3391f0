import type { CodeStep, PathListing } from '@/lib/scenarios/limited-offer/code-listing';

const kindLabel: Record<CodeStep['kind'], string> = { sql: 'SQL', redis: 'Redis', lua: 'Lua', app: 'App' };

const kindStyle: Record<CodeStep['kind'], string> = {
  sql: 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100',
  redis: 'bg-blue-100 text-blue-900 dark:bg-blue-900/60 dark:text-blue-100',
  lua: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100',
  app: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
};

function Step({ step, index }: { step: CodeStep; index?: number }) {
  return (
    <li className="flex gap-3">
      <span className="w-6 shrink-0 pt-1 text-right font-mono text-sm text-slate-400">{index ?? '!'}</span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline gap-2">
          <span className={`rounded px-1.5 py-0.5 text-xs font-bold ${kindStyle[step.kind]}`}>{kindLabel[step.kind]}</span>
          {step.when && <span className="text-sm text-slate-500 italic dark:text-slate-400">{step.when}</span>}
        </div>
        {step.kind === 'app' ? (
          <p className="mt-1 text-sm">{step.text}</p>
        ) : (
          <pre className="mt-1 overflow-x-auto rounded bg-slate-900 px-3 py-2 font-mono text-[13px] leading-relaxed whitespace-pre-wrap break-words text-slate-100 dark:bg-black/60">
            {step.text}
          </pre>
        )}
      </div>
    </li>
  );
}

/** The statements and scripts one order path sends, in order, as the code defines them. */
export function CodePanel({ listing }: { listing: PathListing }) {
  return (
    <section aria-label={`Code the ${listing.path} path runs`} data-testid={`code-${listing.path}`} className="space-y-3">
      <h3 className="text-base font-semibold text-slate-600 dark:text-slate-300">
        What it runs <span className="font-normal text-slate-500">({listing.engine} + Redis, read from the code)</span>
      </h3>
      <ol className="space-y-2">
        {listing.steps.map((step, i) => (
          <Step key={i} step={step} index={i + 1} />
        ))}
      </ol>
      <h4 className="pt-1 text-sm font-semibold text-slate-600 dark:text-slate-300">{listing.onFailureWhen}</h4>
      <ol className="space-y-2">
        {listing.onFailure.map((step, i) => (
          <Step key={i} step={step} />
        ))}
      </ol>
    </section>
  );
}
