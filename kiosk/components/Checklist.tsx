import type { MatterDto } from '../../contract/dto.js';
import { checklistOf, toggleTick, type ChecklistRow } from '../checklist.js';
import { useKiosk } from '../kiosk-context.js';
import { MATTER_MESSAGES } from '../matter-i18n.js';

function RowText({ row }: { row: ChecklistRow }) {
  const { lang } = useKiosk().state;
  return (
    <span class="material-text">
      <span class="material-name">{row.name}</span>
      <span class="material-meta">
        {!row.shared && <span class="material-form">{row.form}</span>}
        <span class={`badge ${row.shared ? 'shared' : row.required ? 'required' : 'optional'}`}>{row.requiredLabel}</span>
      </span>
      {row.notes && <span class="material-notes">{row.notes}</span>}
      {row.checkStandard && (
        <span class="check-standard" data-testid="check-standard">
          <b>{MATTER_MESSAGES[lang.value].checkStandard}</b>{row.checkStandard}
        </span>
      )}
    </span>
  );
}

/** The material checklist as big tickable rows: the visitor checks their papers before queueing. */
export function Checklist({ matter }: { matter: MatterDto }) {
  const { lang, m, ticks } = useKiosk().state;
  const t = m.value;
  const ticked = ticks.value.get(matter.id) ?? new Set<number>();
  const list = checklistOf(matter, lang.value, ticked);
  const toggle = (index: number) => {
    const next = new Map(ticks.value);
    next.set(matter.id, toggleTick(ticked, index));
    ticks.value = next;
  };
  return (
    <section class="checklist" aria-label={t.checklist}>
      <h2 class="section-title">{t.checklist}</h2>
      <ol class="material-list">
        {list.rows.map((row) => (
          <li key={row.index}>
            {row.shared ? (
              // Nothing to bring, so nothing to tick: the row only says the hall already has it.
              <div class="material shared" data-material={row.index} data-testid="material-shared">
                <span class="tick" aria-hidden="true">⇄</span>
                <RowText row={row} />
              </div>
            ) : (
              <button type="button" role="checkbox" aria-checked={row.ticked} class={`material${row.ticked ? ' ticked' : ''}${row.required ? '' : ' optional'}`}
                data-material={row.index} onClick={() => toggle(row.index)}>
                <span class="tick" aria-hidden="true">{row.ticked ? '✓' : ''}</span>
                <RowText row={row} />
              </button>
            )}
          </li>
        ))}
      </ol>
      <p class={`checklist-summary${list.complete ? ' complete' : ''}`} data-testid="checklist-summary">
        {t.checklistTicked(list.requiredTicked, list.required)}
      </p>
    </section>
  );
}
