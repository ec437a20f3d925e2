import type { MatterDto } from '../../contract/dto.js';
import { FORM_LABELS } from '../labels.js';
import { useConsole } from '../console-context.js';
import { MatterExtras, MatterFacts } from './matter-info.js';
import { MaterialCell } from './matter-rows.js';

/**
 * The matter's acceptance standard: what to check the visitor's papers against. Rows the clerk
 * ticks as received pre-fill the one-time notice with the required ones that were not.
 */
export function Checklist({ matter }: { matter: MatterDto | null }) {
  const { state: s, actions } = useConsole();
  if (!matter) {
    return (
      <section class="checklist checklist-empty">
        <h3>受理材料清单 <small>Acceptance checklist</small></h3>
        <p class="muted">此号按队列取号，未选择事项；请询问来办事项。/ Queue ticket without a matter: ask what the visitor came for.</p>
      </section>
    );
  }
  const got = s.received.value;
  return (
    <section class="checklist" data-testid="checklist">
      <h3>
        受理材料清单 <small>Acceptance checklist</small>
        <span class="promise">{matter.onTheSpot ? '即办件 on the spot' : `承诺 ${matter.promisedDays} 个工作日 · ${matter.promisedDays} working days`}</span>
        <span class="tally">已收 {got.size}/{matter.materials.length}</span>
      </h3>
      <MatterFacts matter={matter} />
      <table>
        <thead>
          <tr><th class="col-got">已收<br /><small>Got</small></th><th>材料 Material</th><th>形式 Form</th><th>要求 Notes</th></tr>
        </thead>
        <tbody>
          {matter.materials.map((m, i) => (
            <tr key={m.name} class={got.has(i) ? 'got' : ''}>
              <td class="col-got"><input type="checkbox" checked={got.has(i)} onChange={() => actions.toggleReceived(i)} aria-label={`已收 ${m.name}`} /></td>
              <td><MaterialCell m={m} i={i} /></td>
              <td class="col-form">{FORM_LABELS[m.form]} ×{m.copies}</td>
              <td class="col-notes">{m.notes}<small>{m.notesEn}</small></td>
            </tr>
          ))}
        </tbody>
      </table>
      <MatterExtras matter={matter} />
    </section>
  );
}
