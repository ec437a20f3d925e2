import type { Lang } from '../../common/labels.js';
import type { MatterDto } from '../../contract/dto.js';
import { checklistOf } from '../../kiosk/checklist.js';
import { MATTER_MESSAGES } from '../../kiosk/matter-i18n.js';
import { BOOK_MESSAGES } from '../messages.js';

/** What to bring, read-only on the phone: required or if applicable, shared ones marked 免提交, check standards. */
export function Checklist({ matter, lang }: { matter: MatterDto; lang: Lang }) {
  const t = BOOK_MESSAGES[lang];
  const rows = checklistOf(matter, lang, new Set()).rows;
  return (
    <section class="bk-card" data-testid="checklist">
      <h2 class="bk-h2">{t.whatToBring}</h2>
      {rows.length === 0 && <p class="bk-hint">{t.nothingToBring}</p>}
      <ol class="bk-materials">
        {rows.map((r) => (
          <li key={r.index} class={r.shared ? 'shared' : r.required ? 'required' : 'optional'} data-testid={r.shared ? 'material-shared' : 'material'}>
            <span class="bk-mat-name">{r.name}</span>
            <span class="bk-mat-meta">
              {!r.shared && <span class="bk-mat-form">{r.form}</span>}
              <span class={`bk-badge ${r.shared ? 'shared' : r.required ? 'required' : 'optional'}`}>{r.requiredLabel}</span>
            </span>
            {r.notes && <span class="bk-mat-notes">{r.notes}</span>}
            {r.checkStandard && <span class="bk-mat-std"><b>{MATTER_MESSAGES[lang].checkStandard}{lang === 'zh' ? '：' : ': '}</b>{r.checkStandard}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
