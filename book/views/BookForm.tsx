import { useEffect, useRef } from 'preact/hooks';
import { useBook } from '../book-context.js';
import { BOOK_MESSAGES, dayLabel, nameIn } from '../messages.js';
import { refusalText } from '../refusals.js';
import { Notice } from './Header.js';
import { PhoneFields } from './PhoneFields.js';

function DayTabs() {
  const { booking, lang } = useBook();
  const load = booking.slots.value;
  if (load.kind !== 'ready') return null;
  return (
    <div class="bk-days" role="tablist">
      {load.slots.days.map((d) => {
        const free = d.slots.reduce((n, s) => n + s.free, 0);
        return (
          <button type="button" role="tab" key={d.day} aria-selected={booking.day.value === d.day} data-testid="day" data-day={d.day}
            class={`bk-day${booking.day.value === d.day ? ' on' : ''}${free === 0 ? ' full' : ''}`} onClick={() => booking.pickDay(d.day)}>
            {dayLabel(d.day, lang.value)}
          </button>
        );
      })}
    </div>
  );
}

function SlotGrid() {
  const { booking, lang } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  return (
    <div class="bk-slots">
      {booking.daySlots.value.map((s) => (
        <button type="button" key={s.start} disabled={s.free === 0} aria-pressed={booking.start.value === s.start}
          class={`bk-slot${booking.start.value === s.start ? ' on' : ''}`} data-testid="slot" data-start={s.start} onClick={() => booking.pickSlot(s.start)}>
          <span class="bk-slot-time">{s.start}</span>
          <span class="bk-slot-free">{s.free === 0 ? t.full : t.free(s.free)}</span>
        </button>
      ))}
    </div>
  );
}

/** Day and time, then name, phone and its code, then confirm. */
export function BookForm({ matterId }: { matterId: string }) {
  const { back, booking, confirmBooking, lang, matter } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  const m = matter(matterId);
  const load = booking.slots.value;
  const refusal = booking.refusal.value;
  const form = useRef<HTMLFormElement | null>(null);
  // On a phone the form opens below the fold: a chosen time brings it into view.
  useEffect(() => { if (booking.start.value) form.current?.scrollIntoView({ block: 'start' }); }, [booking.start.value]);
  return (
    <>
      <button type="button" class="bk-link-btn" data-testid="back" onClick={back}>‹ {t.back}</button>
      {m && <h2 class="bk-matter">{nameIn(lang.value, m)}</h2>}
      <section class="bk-card">
        <h2 class="bk-h2">{t.chooseDay}</h2>
        {load.kind === 'loading' && <p class="bk-hint" role="status">{t.loading}</p>}
        {load.kind === 'failed' && <Notice text={refusalText(load.refusal, lang.value)} />}
        {load.kind === 'ready' && load.slots.days.length === 0 && <p class="bk-notice" data-testid="no-slots">{t.noSlots}</p>}
        <DayTabs />
        {booking.day.value && <h2 class="bk-h2">{t.chooseTime}</h2>}
        <SlotGrid />
      </section>
      {booking.start.value && booking.day.value && (
        <form ref={form} class="bk-card" data-testid="book-form" onSubmit={(e) => { e.preventDefault(); void confirmBooking(); }}>
          <p class="bk-chosen" data-testid="chosen">{t.chosen(dayLabel(booking.day.value, lang.value), booking.start.value)}</p>
          <h2 class="bk-h2">{t.yourDetails}</h2>
          <label class="bk-label" for="bk-name">{t.name}</label>
          <input id="bk-name" class="bk-input" type="text" autocomplete="name" maxLength={40} data-testid="name"
            value={booking.name.value} onInput={(e) => { booking.name.value = e.currentTarget.value; }} />
          <PhoneFields verify={booking.verify} lang={lang.value} />
          {refusal && <Notice text={refusalText(refusal, lang.value)} />}
          <button type="submit" class="bk-btn primary" data-testid="confirm" disabled={!booking.canConfirm.value}>
            {booking.submitting.value ? t.submitting : t.confirm}
          </button>
        </form>
      )}
      {!booking.start.value && refusal && <Notice text={refusalText(refusal, lang.value)} />}
    </>
  );
}
