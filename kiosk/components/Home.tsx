import type { CatalogDto, QueueDto } from '../../contract/dto.js';
import { departmentsOfQueue, homeTiles, pageOf, queueOfKind, queueOpen, waitingIn, windowsServing } from '../catalog-view.js';
import { nameIn, type Lang } from '../i18n.js';
import { useKiosk } from '../kiosk-context.js';
import { PICKUP_MESSAGES } from '../pickup-i18n.js';
import { CHECKIN_MESSAGES } from '../checkin-i18n.js';
import { GreenBanner } from './GreenChannel.js';
import { SearchIcon } from './icons.js';
import { currentPage, pageSize } from './layout.js';
import { Pager } from './Pager.js';

function departmentsHint(cat: CatalogDto, queue: QueueDto, lang: Lang): string {
  const deps = departmentsOfQueue(cat, queue.id);
  const names = deps.slice(0, 2).map((d) => nameIn(lang, d).replace(/^市/, ''));
  if (deps.length <= 2) return names.join(lang === 'zh' ? '、' : ', ');
  return lang === 'zh' ? `${names.join('、')} 等 ${deps.length} 个部门` : `${names.join(', ')} and ${deps.length - 2} more`;
}

function Tile({ cat, queue }: { cat: CatalogDto; queue: QueueDto }) {
  const { lang, m, navigate, snapshot } = useKiosk().state;
  const t = m.value;
  const open = queueOpen(cat, snapshot.value, queue.id);
  const waiting = waitingIn(snapshot.value, queue.id);
  const windows = windowsServing(snapshot.value, queue.id);
  return (
    <button type="button" class={`tile kind-${queue.kind}${open ? '' : ' closed'}`} data-queue={queue.id}
      onClick={() => navigate({ name: 'browse', queueId: queue.id })}>
      <span class="tile-prefix" aria-hidden="true">{queue.prefix}</span>
      <span class="tile-name">{nameIn(lang.value, queue)}</span>
      <span class="tile-hint">{departmentsHint(cat, queue, lang.value)}</span>
      <span class="tile-meta">
        {open ? (waiting !== null ? t.waiting(waiting) : '') : <strong class="closed-label">{t.queueClosed}</strong>}
        {windows.length > 0 && <span class="tile-windows">{t.windows(windows)}</span>}
      </span>
    </button>
  );
}

export function Home() {
  const { state, pairing, pickup, ticketing, checkIn } = useKiosk();
  const { catalog, lang, m, navigate, priority } = state;
  const cat = catalog.value;
  const t = m.value;
  if (!cat) return null;
  const tiles = pageOf(homeTiles(cat), currentPage(state, 'home'), pageSize(state, 'tiles'));
  const guidance = queueOfKind(cat, 'guidance');
  const results = queueOfKind(cat, 'results');
  return (
    <main class="screen home">
      <div class="home-side">
        <button type="button" class="search-box" data-testid="open-search" onClick={() => navigate({ name: 'search' })}>
          <SearchIcon />
          <span class="search-placeholder">{t.searchPlaceholder}</span>
        </button>
        <div class="home-actions">
          {cat.hall.appointments?.enabled !== false && (
            <button type="button" class="action checkin" data-testid="appointment-checkin" onClick={checkIn.open}>
              <span class="action-name">{CHECKIN_MESSAGES[lang.value].homeName}</span>
              <span class="action-hint">{CHECKIN_MESSAGES[lang.value].homeHint}</span>
            </button>
          )}
          {guidance && (
            <button type="button" class="action consult" data-testid="consult-first"
              onClick={() => ticketing.take({ queueId: guidance.id, ...(priority.value ? { priority: priority.value } : {}) })}>
              <span class="action-name">{t.consultFirst}</span>
              <span class="action-hint">{t.consultFirstHint}</span>
            </button>
          )}
          {pairing.deviceState.value === 'paired' && (
            <button type="button" class="action green" data-testid="green-channel" onClick={() => navigate({ name: 'green' })}>
              <span class="action-name">{t.greenChannel}</span>
              <span class="action-hint">{t.greenChannelHint}</span>
            </button>
          )}
          {results && (
            <button type="button" class="action results" data-testid="results-pickup" onClick={pickup.open}>
              <span class="action-name">{t.resultsPickup}</span>
              <span class="action-hint">{PICKUP_MESSAGES[lang.value].homeHint}</span>
            </button>
          )}
        </div>
      </div>
      <div class="home-main">
        <GreenBanner />
        <h2 class="section-title">{t.chooseService}</h2>
        <div class="tiles">
          {tiles.items.map((q) => <Tile key={q.id} cat={cat} queue={q} />)}
        </div>
        <Pager list="home" page={tiles.page} pages={tiles.pages} />
      </div>
    </main>
  );
}
