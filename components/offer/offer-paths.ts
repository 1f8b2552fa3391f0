import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';

/** How each order path looks; its words are in messages/<locale>/offer.json under paths.<path>. */
export interface PathLook {
  path: OrderPath;
  accent: string;
  button: string;
  warns: boolean;
}

export const pathLooks: PathLook[] = [
  { path: 'legacy', accent: 'border-legacy', button: 'bg-amber-600 hover:bg-amber-700', warns: false },
  { path: 'redis', accent: 'border-modern', button: 'bg-blue-600 hover:bg-blue-700', warns: false },
  { path: 'naive', accent: 'border-rose-500', button: 'bg-rose-600 hover:bg-rose-700', warns: true },
];

export const actionButton = 'rounded-md px-4 py-2 text-base font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50';
