import type { Signal } from '@preact/signals';
import type { HallDto } from '../contract/dto.js';
import { hallClock } from './hall-view.js';

/**
 * Hall name on the left, the hall's clock on the right. It takes the clock as a signal and
 * reads it itself, so the tick each second re-renders this header, not the whole screen.
 */
export function HallHeader({ hall, now, screen }: { hall: HallDto; now: Signal<number>; screen: { zh: string; en: string } }) {
  const clock = hallClock(now.value, hall.timeZone);
  return (
    <header class="hall-header">
      <div class="hall-header__name">
        <h1>{hall.name}</h1>
        <p class="en">{hall.nameEn} · {screen.zh} {screen.en}</p>
      </div>
      <div class="hall-header__clock" aria-label="time">
        <span class="hall-header__time">{clock.time}</span>
        <span class="hall-header__date">{clock.date} {clock.weekday}</span>
      </div>
    </header>
  );
}
