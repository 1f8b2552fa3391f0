export interface FigureRow {
  key: string;
  label: string;
  workshop: string;
  yours: string;
  /** The measured value behind `yours`, as the API gave it (tests compare the two). */
  value?: number | null;
}

/** The workshop's figure beside the attendee's, and the known reasons when they differ. */
export function FiguresTable({ rows, differs, labels }: { rows: FigureRow[]; differs: string[]; labels: { figure: string; workshop: string; yours: string; whyDiffers: string } }) {
  return (
    <div className="space-y-3" data-testid="figures">
      <table className="w-full table-fixed border-collapse text-left">
        <thead>
          <tr className="border-b border-slate-300 text-sm text-slate-500 dark:border-slate-700 dark:text-slate-400">
            <th className="w-[40%] py-1 pr-2 font-medium">{labels.figure}</th>
            <th className="py-1 pr-2 font-medium">{labels.workshop}</th>
            <th className="py-1 font-medium">{labels.yours}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-2 text-sm font-normal text-slate-600 dark:text-slate-300">
                {row.label}
              </th>
              <td className="py-2 pr-2 font-mono text-base break-words tabular-nums text-slate-600 sm:text-lg dark:text-slate-300">{row.workshop}</td>
              <td
                className="py-2 font-mono text-base font-semibold break-words tabular-nums sm:text-lg"
                data-testid={`fig-${row.key}`}
                data-value={row.value === undefined || row.value === null ? '' : String(row.value)}
              >
                {row.yours}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {differs.length > 0 && (
        <div className="rounded-md bg-amber-50 px-4 py-3 text-base text-amber-900 dark:bg-amber-950/50 dark:text-amber-100" data-testid="figures-differ">
          <p className="text-sm font-semibold">{labels.whyDiffers}</p>
          {differs.map((text) => (
            <p key={text} className="mt-1">
              {text}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
