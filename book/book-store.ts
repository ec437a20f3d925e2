/**
 * The booking page's state (/book): the hall's catalogue and pinyin index, finding the matter
 * (search as at the kiosk, or by department), which screen shows, booking a slot and taking a
 * ticket from the phone. Made by `createBookStore` and closed with `close()`; no DOM here.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Lang } from '../common/labels.js';
import { buildSearchDocs, searchMatters, type SearchHit } from '../common/matter-search.js';
import type { CatalogDto, DepartmentDto, MatterDto, PinyinIndexDto } from '../contract/dto.js';
import type { call } from '../ui/api.js';
import type { Clock } from '../kiosk/clock.js';
import { createBookingFlow, type BookingDto, type BookingFlow } from './booking-flow.js';
import { createPhoneVerify, refusalOf, type PhoneVerify } from './phone-verify.js';
import type { Refusal } from './refusals.js';

export type BookView =
  | { kind: 'find' }
  | { kind: 'matter'; matterId: string }
  | { kind: 'book'; matterId: string }
  | { kind: 'remote'; matterId: string }
  | { kind: 'done'; booking: BookingDto };

export type HallLoad = { kind: 'loading' } | { kind: 'ready'; catalog: CatalogDto } | { kind: 'failed' };

export interface BookDeps {
  call: typeof call;
  clock: Pick<Clock, 'now' | 'every'>;
  /** Leave for another page (the ticket's tracking page). */
  navigate(url: string): void;
  /** The address bar follows the booking (its manage link), so a reload shows it again. */
  showUrl(url: string): void;
  /**
   * The browser's history, so the phone's own back button steps back through the screens: `push`
   * on each screen deeper; `back` goes back through it (true) or says there is nothing to go back
   * through (false: the store steps back itself). The page calls `popped()` when it went back.
   */
  history?: { push(): void; back(): boolean };
  lang?: Lang;
}

export interface BookStore {
  lang: Signal<Lang>;
  hall: Signal<HallLoad>;
  query: Signal<string>;
  hits: ReadonlySignal<SearchHit[]>;
  /** Departments with matters this centre handles or points to, in catalogue order. */
  departments: ReadonlySignal<DepartmentDto[]>;
  department: Signal<string | null>;
  view: Signal<BookView>;
  booking: BookingFlow;
  remote: PhoneVerify;
  remoteTaking: Signal<boolean>;
  remoteRefusal: Signal<Refusal | null>;
  matter(id: string): MatterDto | undefined;
  load(): Promise<void>;
  openMatter(id: string): void;
  startBooking(): void;
  startRemote(): void;
  confirmBooking(): Promise<void>;
  takeRemote(): Promise<void>;
  back(): void;
  /** The browser went back one screen (the phone's back button, or `back()` through the history). */
  popped(): void;
  close(): void;
}

/** Enough rows to find it on a phone; more means the visitor should type more. */
export const MAX_HITS = 30;

export function createBookStore(deps: BookDeps): BookStore {
  const lang = signal<Lang>(deps.lang ?? 'zh');
  const hall = signal<HallLoad>({ kind: 'loading' });
  const pinyin = signal<PinyinIndexDto>({ terms: {} });
  const query = signal('');
  const department = signal<string | null>(null);
  const view = signal<BookView>({ kind: 'find' });
  const booking = createBookingFlow(deps);
  const remote = createPhoneVerify({ call: deps.call, clock: deps.clock, purpose: 'remote-ticket' });
  const remoteTaking = signal(false);
  const remoteRefusal = signal<Refusal | null>(null);

  const catalog = computed(() => (hall.value.kind === 'ready' ? hall.value.catalog : null));
  const docs = computed(() => (catalog.value ? buildSearchDocs(catalog.value, pinyin.value) : []));
  const matter = (id: string) => catalog.value?.matters.find((m) => m.id === id);

  const load = async () => {
    hall.value = { kind: 'loading' };
    try {
      hall.value = { kind: 'ready', catalog: await deps.call('GET /api/catalog', {}) };
    } catch {
      hall.value = { kind: 'failed' };
      return;
    }
    // Chinese search works without it; pinyin joins when it arrives.
    try {
      pinyin.value = await deps.call('GET /api/catalog/pinyin', {});
    } catch {
      // Pinyin is a convenience: typing Chinese still finds every matter.
    }
  };
  void load();

  const stepBack = (): void => {
    const v = view.value;
    if (v.kind === 'book' || v.kind === 'remote') view.value = { kind: 'matter', matterId: v.matterId };
    else view.value = { kind: 'find' };
  };

  const matterOfView = (): string | null => {
    const v = view.value;
    return v.kind === 'find' || v.kind === 'done' ? null : v.matterId;
  };

  return {
    lang, hall, query, department, view, booking, remote, remoteTaking, remoteRefusal, matter, load,
    hits: computed(() => searchMatters(docs.value, query.value, lang.value).slice(0, MAX_HITS)),
    departments: computed(() => {
      const cat = catalog.value;
      if (!cat) return [];
      const used = new Set(cat.matters.map((m) => m.departmentId));
      return cat.departments.filter((d) => used.has(d.id));
    }),
    openMatter(id) {
      view.value = { kind: 'matter', matterId: id };
      deps.history?.push();
    },
    startBooking() {
      const id = matterOfView();
      if (id === null) return;
      view.value = { kind: 'book', matterId: id };
      deps.history?.push();
      void booking.load(id);
    },
    startRemote() {
      const id = matterOfView();
      if (id === null) return;
      remoteRefusal.value = null;
      view.value = { kind: 'remote', matterId: id };
      deps.history?.push();
    },
    async confirmBooking() {
      const done = await booking.confirm();
      if (!done) return;
      view.value = { kind: 'done', booking: done };
      deps.showUrl(done.manageUrl);
    },
    async takeRemote() {
      const id = matterOfView();
      if (id === null || !remote.ready.value) return;
      remoteTaking.value = true;
      try {
        const ticket = await deps.call('POST /api/remote-tickets', { body: { matterId: id, phone: remote.phone.value.trim(), phoneCode: remote.code.value.trim() } });
        remoteRefusal.value = null;
        // The page's own origin: PUBLIC_URL (in trackUrl) may name an address this phone cannot reach.
        deps.navigate(`/t/${encodeURIComponent(ticket.id)}`);
      } catch (e) {
        remoteRefusal.value = refusalOf(e);
      } finally {
        remoteTaking.value = false;
      }
    },
    back() {
      if (deps.history?.back()) return;
      stepBack();
    },
    popped: stepBack,
    close() {
      booking.close();
      remote.close();
    },
  };
}
