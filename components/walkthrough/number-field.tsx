'use client';

/** A labelled whole-number input for a step's action settings. */
export function NumberField({ name, label, value, onChange, min, max }: { name: string; label: string; value: string; onChange: (value: string) => void; min: number; max: number }) {
  return (
    <label className="flex flex-col gap-1 text-sm text-slate-600 dark:text-slate-300">
      {label}
      <input
        name={name}
        data-testid={`input-${name}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-32 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
      />
    </label>
  );
}

/** The input's number, kept inside its bounds (the server checks again). */
export function clampInteger(text: string, min: number, max: number, fallback: number): number {
  const value = Math.round(Number(text));
  if (!Number.isFinite(value) || text.trim() === '') return fallback;
  return Math.min(max, Math.max(min, value));
}
