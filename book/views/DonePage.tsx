import { useBook } from '../book-context.js';
import type { BookingDto } from '../booking-flow.js';
import { BOOK_MESSAGES } from '../messages.js';
import { BookingCard } from './BookingCard.js';
import { Checklist } from './Checklist.js';

/** Booked: the code and QR, what to bring, and the manage link to keep. */
export function DonePage({ booking }: { booking: BookingDto }) {
  const { lang, matter } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  const m = matter(booking.matterId);
  const link = new URL(booking.manageUrl, location.href).href;
  return (
    <>
      <p class="bk-success" role="status" data-testid="booked">✓ {t.booked}</p>
      <BookingCard booking={booking} lang={lang.value} showStatus={false} />
      <section class="bk-card">
        <p>{t.keepLink}</p>
        <a class="bk-manage-link" href={booking.manageUrl} data-testid="manage-link">{link}</a>
      </section>
      {m && <Checklist matter={m} lang={lang.value} />}
      {/* A fresh page: the address bar already holds this booking's manage link. */}
      <a class="bk-btn" href="/book" data-testid="new-booking">{t.newBooking}</a>
    </>
  );
}
