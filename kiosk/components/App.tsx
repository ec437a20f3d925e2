import { useKiosk } from '../kiosk-context.js';
import { Browse } from './Browse.js';
import { CheckIn } from './CheckIn.js';
import { GreenChannel } from './GreenChannel.js';
import { Home } from './Home.js';
import { IdleOverlay } from './IdleOverlay.js';
import { MatterDetail } from './MatterDetail.js';
import { PairingDialog } from './PairingDialog.js';
import { Pickup } from './Pickup.js';
import { Search } from './Search.js';
import { TicketOverlay } from './TicketOverlay.js';
import { TicketScreen } from './TicketScreen.js';
import { TopBar } from './TopBar.js';

function CurrentScreen() {
  const { timing, state } = useKiosk();
  const config = timing.value;
  const s = state.screen.value;
  switch (s.name) {
    case 'home': return <Home />;
    case 'search': return <Search />;
    case 'browse': return <Browse key={`${s.queueId}/${s.departmentId ?? ''}`} queueId={s.queueId} departmentId={s.departmentId} />;
    case 'matter': return <MatterDetail key={s.matterId} matterId={s.matterId} />;
    case 'green': return <GreenChannel />;
    case 'pickup': return <Pickup />;
    case 'checkin': return <CheckIn />;
    case 'ticket': return <TicketScreen returnMs={config.ticketReturnMs} unprintedReturnMs={config.unprintedReturnMs} />;
  }
}

/** Back and home, always at the bottom; the matter screen puts them in its own action bar. */
function BottomNav() {
  const { m, screen, goBack, goHome } = useKiosk().state;
  const t = m.value;
  const name = screen.value.name;
  if (name === 'home' || name === 'ticket' || name === 'matter') return null;
  return (
    <nav class="bottom-nav">
      <button type="button" class="btn nav" data-testid="back" onClick={goBack}>‹ {t.back}</button>
      <button type="button" class="btn nav" data-testid="home" onClick={goHome}>{t.home}</button>
    </nav>
  );
}

export function App() {
  const { state: { catalog, elderly, lang, m, portrait, screen }, pairing } = useKiosk();
  const classes = ['kiosk', `lang-${lang.value}`, elderly.value ? 'elderly' : '', portrait.value ? 'portrait' : 'landscape', `on-${screen.value.name}`];
  return (
    <div class={classes.filter(Boolean).join(' ')} lang={lang.value === 'zh' ? 'zh-CN' : 'en'} data-pairing={pairing.deviceState.value}>
      <TopBar />
      {catalog.value ? <CurrentScreen /> : <main class="screen loading"><p role="status">{m.value.connecting}</p></main>}
      <BottomNav />
      <TicketOverlay />
      <IdleOverlay />
      <PairingDialog />
    </div>
  );
}
