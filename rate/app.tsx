import { PadContext, usePad } from './pad-context.js';
import type { PadStore } from './pad-store.js';
import { LevelButtons, ReasonsStep, ResultLine } from './views/rating-steps.js';
import { PadHeader, ServiceLine } from './views/pad-header.js';

function Body() {
  const store = usePad();
  const phase = store.phase.value;
  const w = store.window.value;
  if (phase === 'thanks' || phase === 'problem') return <ResultLine />;
  if (phase !== 'idle' && store.offer.value) {
    return (
      <main class="pad-main pad-main--offer">
        <ServiceLine />
        {phase === 'reasons' || (phase === 'sending' && store.form.value) ? <ReasonsStep /> : <LevelButtons />}
      </main>
    );
  }
  if (!store.loaded.value) return <main class="pad-main" />;
  const closed = !w || w.state !== 'open';
  return (
    <main class="pad-main pad-main--idle">
      {closed
        ? <p class="pad-closed">暂停服务<span lang="en">Not in service</span></p>
        : <p class="pad-welcome">欢迎您<span lang="en">Welcome</span></p>}
    </main>
  );
}

export function PadApp({ store }: { store: PadStore }) {
  return (
    <PadContext.Provider value={store}>
      <div class="pad" data-phase={store.phase.value}>
        <PadHeader />
        <Body />
      </div>
    </PadContext.Provider>
  );
}
