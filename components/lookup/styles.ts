export const jobButton =
  'rounded-md px-5 py-2 text-lg font-semibold text-white shadow-sm disabled:cursor-not-allowed disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2';
export const jobInput = 'w-40 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg dark:border-slate-700 dark:bg-slate-950';
export const errorBox = 'rounded bg-red-100 p-3 text-red-800 dark:bg-red-950 dark:text-red-200';
