import type { Lang } from '../../common/labels.js';
import { QrCode } from '../../kiosk/components/QrCode.js';
import type { BookingDto } from '../booking-flow.js';
import { BOOK_MESSAGES, dayLabel } from '../messages.js';

/**
 * A booking as the visitor keeps it: the code large with its QR code (the kiosk's scanner types
 * exactly the code), when, what, and when to check in. The QR shows only while it can check in.
 */
export function BookingCard({ booking, lang, showStatus }: { booking: BookingDto; lang: Lang; showStatus: boolean }) {
  const t = BOOK_MESSAGES[lang];
  const b = booking;
  const active = b.status === 'booked';
  return (
    <section class={`bk-card bk-booking status-${b.status}`} data-testid="booking" data-status={b.status}>
      {showStatus && <p class="bk-status" data-testid="booking-status">{t.status[b.status]}</p>}
      {b.ticketNumber && <p class="bk-ticket" data-testid="ticket-number">{t.ticketNumber(b.ticketNumber)}</p>}
      <p class="bk-label center">{t.bookingCode}</p>
      <p class="bk-code-big" data-testid="booking-code">{b.code}</p>
      {active && <QrCode text={b.code} label={`${t.bookingCode} ${b.code}`} />}
      {active && <p class="bk-hint center">{t.scanAtKiosk}</p>}
      <dl class="bk-facts-dl">
        <dt>{t.when}</dt>
        <dd data-testid="booking-when">{dayLabel(b.day, lang)} {b.start}</dd>
        <dt>{t.matter}</dt>
        <dd>{lang === 'en' ? b.matterNameEn : b.matterName}</dd>
        <dt>{t.bookedBy}</dt>
        <dd>{b.name} · {b.phoneMasked}</dd>
      </dl>
      {active && <p class="bk-checkin" data-testid="check-in-window">{t.checkIn(b.checkInFrom, b.checkInUntil)}</p>}
    </section>
  );
}
