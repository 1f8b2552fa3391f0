'use client';

export function ThemeToggle() {
  const toggle = () => {
    const dark = document.documentElement.classList.toggle('dark');
    try {
      localStorage.setItem('theme', dark ? 'dark' : 'light');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  };
  return (
    <button type="button" onClick={toggle} className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-700" aria-label="Toggle light or dark theme">
      Light / Dark
    </button>
  );
}
