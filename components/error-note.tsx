'use client';

import type { ReactNode } from 'react';
import { useErrorText } from '@/i18n/use-error-text';

/**
 * An error in the visitor's language (by the error's code), optionally after a translated
 * `prefix` such as "Reset failed", with the server's English detail small behind it.
 */
export function ErrorNote({ error, prefix, testId, className }: { error: unknown; prefix?: ReactNode; testId?: string; className?: string }) {
  const describe = useErrorText();
  const { text, detail } = describe(error);
  return (
    <p role="alert" data-testid={testId} className={className ?? 'rounded-md bg-red-100 px-4 py-3 text-base text-red-800 dark:bg-red-950 dark:text-red-200'}>
      {prefix && <>{prefix}: </>}
      {text}
      {detail && <span className="ml-2 text-sm opacity-80">({detail})</span>}
    </p>
  );
}
