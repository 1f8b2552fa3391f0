/** A labelled whole-number input; the label is the accessible name the tests and screen readers use. */
export function NumberField(props: { id: string; label: string; value: string; onChange: (v: string) => void; min: number; max: number; suffix?: string }) {
  return (
    <label htmlFor={props.id} className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-600 dark:text-slate-300">{props.label}</span>
      <span className="flex items-center gap-2">
        <input
          id={props.id}
          type="number"
          inputMode="numeric"
          min={props.min}
          max={props.max}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          className="w-32 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg sm:w-36 dark:border-slate-600 dark:bg-slate-800"
        />
        {props.suffix && <span className="text-slate-500">{props.suffix}</span>}
      </span>
    </label>
  );
}
