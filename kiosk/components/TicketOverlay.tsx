import { findMatter, queueOfKind, windowsServing } from '../catalog-view.js';
import { useKiosk } from '../kiosk-context.js';

/**
 * While a ticket is being taken: "taking…", then plainly "cannot reach the server, retrying"
 * if it comes to that, or why the hall said no and where to go instead. Never a number.
 */
export function TicketOverlay() {
  const { state: { catalog, m, priority, snapshot, ticket }, ticketing } = useKiosk();
  const state = ticket.value;
  const cat = catalog.value;
  const t = m.value;
  if (!cat || state.phase === 'none' || state.phase === 'issued') return null;
  const guidance = queueOfKind(cat, 'guidance');
  const guidanceWindows = guidance ? windowsServing(snapshot.value, guidance.id) : [];

  if (state.phase === 'pending') {
    if (!state.offline) {
      return <div class="overlay quiet" role="status" data-testid="ticket-pending"><div class="dialog"><p class="dialog-title">{t.taking}</p></div></div>;
    }
    return (
      <div class="overlay" role="alertdialog" data-testid="ticket-offline">
        <div class="dialog">
          <p class="dialog-title">{t.offlineTitle}</p>
          <p>{state.gaveUp ? t.offlineGaveUp : t.offlineRetrying(state.attempt)}</p>
          <p class="muted">{t.guidanceAt(guidanceWindows)}</p>
          <div class="dialog-actions">
            {state.gaveUp && <button type="button" class="btn primary" data-testid="ticket-retry" onClick={ticketing.retry}>{t.retry}</button>}
            <button type="button" class="btn" onClick={ticketing.dismissError}>{t.cancel}</button>
          </div>
        </div>
      </div>
    );
  }

  // Refused: say why and what to do; offer a guidance ticket unless guidance itself refused.
  const refusedQueue = state.request.queueId ?? (state.request.matterId ? findMatter(cat, state.request.matterId)?.queueId : undefined);
  const offerGuidance = guidance && refusedQueue !== guidance.id && state.kind !== 'outside-hours' && state.kind !== 'rate-limited';
  return (
    <div class="overlay" role="alertdialog" data-testid="ticket-refused" data-kind={state.kind}>
      <div class="dialog">
        <p class="dialog-title">{t.refusedTitle[state.kind]}</p>
        <p>{t.refusedAdvice[state.kind]}</p>
        <p class="muted">{t.guidanceAt(guidanceWindows)}</p>
        <div class="dialog-actions">
          {offerGuidance && (
            <button type="button" class="btn primary" data-testid="refused-consult"
              onClick={() => { ticketing.dismissError(); ticketing.take({ queueId: guidance.id, ...(priority.value ? { priority: priority.value } : {}) }); }}>
              {t.consultFirst}
            </button>
          )}
          <button type="button" class="btn" data-testid="refused-close" onClick={ticketing.dismissError}>{t.back}</button>
        </div>
      </div>
    </div>
  );
}
