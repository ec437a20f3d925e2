/**
 * The rating card's state on a phone page, made by `createRatingCard` with the two calls of its
 * subject (a ticket or a case): the status, the draft, sending it once, and the answer. No DOM.
 */
import { signal, type Signal } from '@preact/signals';
import type { RatingLevel, RatingReason } from '../contract/constants.js';
import type { Bilingual } from '../common/labels.js';
import { errorCodeOf } from '../ui/api.js';
import { EMPTY_DRAFT, asksWhy, ratingBody, ratingErrorText, toggle, type RatingBody, type RatingDraft, type RatingStatus } from './rating-card.js';

export interface RatingCardDeps {
  load: () => Promise<RatingStatus>;
  submit: (body: RatingBody) => Promise<RatingStatus>;
}

export interface RatingCard {
  /** null until loaded (or while the subject is not finished). */
  status: Signal<RatingStatus | null>;
  draft: Signal<RatingDraft>;
  error: Signal<Bilingual | null>;
  busy: Signal<boolean>;
  refresh(): Promise<void>;
  pick(level: RatingLevel): void;
  toggleReason(reason: RatingReason): void;
  edit(patch: Partial<Pick<RatingDraft, 'text' | 'phone'>>): void;
  submit(): Promise<void>;
}

export function createRatingCard(deps: RatingCardDeps): RatingCard {
  const status = signal<RatingStatus | null>(null);
  const draft = signal<RatingDraft>(EMPTY_DRAFT);
  const error = signal<Bilingual | null>(null);
  const busy = signal(false);

  const refresh = async () => {
    try {
      status.value = await deps.load();
    } catch {
      // The page shows its own connection trouble; the card waits for the next refresh.
    }
  };

  return {
    status, draft, error, busy, refresh,
    pick(level) {
      draft.value = { ...draft.value, level, reasons: asksWhy(level) ? draft.value.reasons : [] };
      error.value = null;
    },
    toggleReason(reason) { draft.value = { ...draft.value, reasons: toggle(draft.value.reasons, reason) }; },
    edit(patch) { draft.value = { ...draft.value, ...patch }; },
    async submit() {
      const body = ratingBody(draft.value);
      if (body === null || busy.value) return;
      busy.value = true;
      try {
        status.value = await deps.submit(body);
        error.value = null;
      } catch (e) {
        const code = errorCodeOf(e);
        error.value = ratingErrorText(code);
        // Already rated or closed meanwhile (another phone, the pad): show the hall's answer.
        if (code !== 'phone-invalid') await refresh();
      } finally {
        busy.value = false;
      }
    },
  };
}
