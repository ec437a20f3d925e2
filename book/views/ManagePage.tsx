import type { Signal } from '@preact/signals';
import { hallDateTime } from '../../common/hall-time.js';
import type { Lang } from '../../common/labels.js';
import type { ManageStore } from '../manage-store.js';
import { BOOK_MESSAGES } from '../messages.js';
import { refusalText } from '../refusals.js';
import { BookingCard } from './BookingCard.js';
import { Checklist } from './Checklist.js';
import { Header, Notice } from './Header.js';

/** Cancelling takes two taps: a phone in a pocket must not give a slot away by itself. */
function CancelControls({ store, lang, until }: { store: ManageStore; lang: Lang; until: string }) {
  const t = BOOK_MESSAGES[lang];
  const tz = store.catalog.value?.hall.timeZone ?? 'Asia/Shanghai';
  const refusal = store.refusal.value;
  if (!store.confirming.value) {
    return (
      <div class="bk-cancel">
        <p class="bk-hint">{t.cancelUntil(hallDateTime(Date.parse(until), tz))}</p>
        <button type="button" class="bk-btn" data-testid="cancel" onClick={store.askCancel}>{t.cancel}</button>
      </div>
    );
  }
  return (
    <div class="bk-confirm" role="alertdialog" data-testid="cancel-confirm">
      <p>{t.cancelAsk}</p>
      {refusal && <Notice text={refusalText(refusal, lang)} />}
      <button type="button" class="bk-btn danger" data-testid="cancel-yes" disabled={store.cancelling.value} onClick={() => void store.confirmCancel()}>{t.cancelYes}</button>
      <button type="button" class="bk-btn" data-testid="cancel-no" onClick={store.keep}>{t.cancelNo}</button>
    </div>
  );
}

/** /book/b/<token>: the booking, its status, and cancelling it while the hall allows. */
export function ManagePage({ store, lang }: { store: ManageStore; lang: Signal<Lang> }) {
  const l = lang.value;
  const t = BOOK_MESSAGES[l];
  const load = store.load.value;
  const catalog = store.catalog.value;
  const booking = load.kind === 'booking' ? load.booking : null;
  const matter = booking ? catalog?.matters.find((m) => m.id === booking.matterId) : undefined;
  return (
    <main class="bk">
      <Header lang={lang} hallName={catalog ? (l === 'en' ? catalog.hall.nameEn || catalog.hall.name : catalog.hall.name) : ''} title={t.title} />
      {load.kind === 'loading' && <p class="bk-hint" role="status">{t.loading}</p>}
      {load.kind === 'missing' && <Notice text={t.bookingMissing} testid="booking-missing" />}
      {load.kind === 'failed' && (
        <div class="bk-card">
          <Notice text={t.loadFailed} />
          <button type="button" class="bk-btn" onClick={() => void store.refetch()}>{t.retry}</button>
        </div>
      )}
      {booking && <BookingCard booking={booking} lang={l} showStatus />}
      {booking?.cancellableUntil && <CancelControls store={store} lang={l} until={booking.cancellableUntil} />}
      {booking?.status === 'booked' && !booking.cancellableUntil && <p class="bk-hint" data-testid="not-cancellable">{t.notCancellable}</p>}
      {booking?.status === 'booked' && matter && <Checklist matter={matter} lang={l} />}
      <a class="bk-btn" href="/book" data-testid="new-booking">{t.newBooking}</a>
    </main>
  );
}
