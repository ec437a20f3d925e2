import { usePad } from '../pad-context.js';

/** The window and the clerk serving at it, as the visitor sees them across the counter. */
export function PadHeader() {
  const store = usePad();
  const w = store.window.value;
  const clerk = w?.clerk ?? null;
  const offline = store.connection.value !== 'connected';
  return (
    <header class="pad-head">
      <div class="pad-window">
        {w
          ? <span class="pad-window__name">{w.name}<span lang="en">{w.nameEn}</span></span>
          : <span class="pad-window__name">{store.windowNumber} 号窗口<span lang="en">Window {store.windowNumber}</span></span>}
      </div>
      <div class="pad-clerk">
        <div class="pad-clerk__photo" aria-hidden="true">
          <svg viewBox="0 0 64 64" width="96" height="96"><circle cx="32" cy="24" r="12" /><path d="M10 60c2-14 11-20 22-20s20 6 22 20z" /></svg>
        </div>
        {clerk
          ? <div class="pad-clerk__text"><span class="pad-clerk__name">{clerk.name}</span><span class="pad-clerk__no">工号 Staff No. {clerk.staffNo}</span></div>
          : <div class="pad-clerk__text pad-clerk__text--none">—</div>}
      </div>
      {offline && <span class="pad-offline" role="status">离线 Offline</span>}
    </header>
  );
}

/** The service the visitor is asked to rate. */
export function ServiceLine() {
  const o = usePad().offer.value;
  if (!o) return null;
  return (
    <section class="pad-service">
      <p class="pad-service__ask">请对本次服务进行评价<span lang="en">Please rate this service</span></p>
      <p class="pad-service__what">
        <span class="pad-service__number">{o.ticketNumber}</span>
        {o.matterName && <span class="pad-service__matter">{o.matterName}{o.matterNameEn && <span lang="en">{o.matterNameEn}</span>}</span>}
      </p>
    </section>
  );
}
