'use client';

import { useTranslations } from 'next-intl';

export function ThemeToggle() {
  const t = useTranslations('common.theme');
  const toggle = () => {
    const dark = document.documentElement.classList.toggle('dark');
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  return (
    <button type="button" onClick={toggle} className="rounded border border-slate-300 px-3 py-1 text-sm whitespace-nowrap dark:border-slate-700" aria-label={t('toggle')}>
      {t('label')}
    </button>
  );
}
