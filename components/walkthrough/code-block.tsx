import type { ReactNode } from 'react';
import { CopyButton } from '@/components/walkthrough/copy-button';

/** A listing or a command on a dark panel, with its kind and a copy button. */
export function CodeBlock({ label, text, testId, copy = true, maxHeight }: { label: ReactNode; text: string; testId?: string; copy?: boolean; maxHeight?: boolean }) {
  return (
    <figure data-testid={testId} className="min-w-0 overflow-hidden rounded-lg bg-slate-900 text-slate-100 dark:bg-black/60">
      <figcaption className="flex items-center justify-between gap-2 border-b border-slate-700 px-3 py-1.5 text-xs font-semibold tracking-wide text-slate-300">
        <span className="min-w-0 truncate">{label}</span>
        {copy && <CopyButton text={text} testId={testId ? `${testId}-copy` : undefined} />}
      </figcaption>
      <pre className={`overflow-x-auto px-3 py-2 font-mono text-[13px] leading-relaxed ${maxHeight ? 'max-h-80 overflow-y-auto' : ''}`}>{text}</pre>
    </figure>
  );
}
