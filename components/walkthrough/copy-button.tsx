'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Copies `text` to the clipboard; says so for two seconds. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const t = useTranslations('walkthrough.common');
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard API (plain http on another host): select a hidden copy and use the old command.
      const area = document.createElement('textarea');
      area.value = text;
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2_000);
  };
  return (
    <button
      type="button"
      data-testid={testId}
      onClick={() => void copy()}
      className="shrink-0 rounded border border-slate-500 px-2 py-0.5 text-xs font-medium text-slate-200 hover:bg-slate-700"
    >
      {copied ? t('copied') : t('copy')}
    </button>
  );
}
