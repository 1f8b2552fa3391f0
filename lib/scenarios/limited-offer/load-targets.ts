import 'server-only';
import { describeError } from '@/lib/http/to-error-response';
import type { BooksNote, LoadTarget, SeededSettings } from '@/lib/load/load-target';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { offerTargets, type OfferRunNotes } from '@/lib/scenarios/limited-offer/catalog';
import { DEFAULT_STOCK } from '@/lib/scenarios/limited-offer/offer-constants';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';

const stockOf = (settings: SeededSettings) => settings.stock ?? DEFAULT_STOCK;

/** The stock goes back to the run's figure before it, and the audit after it says whether any unit was oversold. */
const orderTarget = (info: (typeof offerTargets)[keyof typeof offerTargets]): LoadTarget => ({
  ...info,
  prepare(_shared, settings) {
    const notes: OfferRunNotes = { offer: { stock: stockOf(settings), audit: null } };
    return { request: { kind: 'static', path: info.path }, notes: { ...notes } };
  },
  async beforeRun(settings) {
    await resetOffer({ stock: stockOf(settings) });
  },
  async afterRun(settings) {
    // An audit that fails is recorded as such: the run itself still stands.
    const audit = await auditOffer().catch((error: unknown) => ({ error: describeError(error) }));
    const notes: OfferRunNotes = { offer: { stock: stockOf(settings), audit } };
    // The engine's generic view of the same audit: a sweep shows at every level whether the books balance.
    const books: BooksNote['books'] =
      'error' in audit
        ? { balanced: false, problems: [audit.error], recorded: 0, initialStock: null }
        : { balanced: audit.balanced, problems: audit.problems, recorded: audit.ordersRecorded, initialStock: audit.initialStock };
    return { ...notes, books };
  },
});

export const offerLoadTargets = [orderTarget(offerTargets.legacy), orderTarget(offerTargets.redis), orderTarget(offerTargets.naive)];
