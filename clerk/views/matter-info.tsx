import { feeText, FORM_KIND_LABELS, HANDLED_BY_LABELS, ONLINE_LEVEL_LABELS, timeLimitText } from '../../common/matter-facts.js';
import type { MatterDto } from '../../contract/dto.js';

/** What halls publish about a matter, one compact line: code, limits, fee, online level, who decides it. */
export function MatterFacts({ matter }: { matter: MatterDto }) {
  const district = matter.handledBy === 'district';
  return (
    <p class="matter-facts" data-testid="matter-facts">
      {matter.code && <span>编码 <b>{matter.code}</b></span>}
      <span>时限 <b>{timeLimitText(matter, 'zh')}</b></span>
      <span>收费 <b>{feeText(matter, 'zh')}</b></span>
      <span>{ONLINE_LEVEL_LABELS[matter.online].zh}</span>
      <span class={district ? 'mark mark-district' : ''} data-testid="handled-by">
        {HANDLED_BY_LABELS[matter.handledBy].zh}{district && <span class="mark-en"> {HANDLED_BY_LABELS.district.en}</span>}
      </span>
    </p>
  );
}

/** The matter's forms (open in a new tab, to print or show) and its FAQ as native disclosure rows. */
export function MatterExtras({ matter }: { matter: MatterDto }) {
  if (matter.forms.length === 0 && matter.faq.length === 0 && !matter.legalBasis) return null;
  return (
    <div class="matter-extras">
      {matter.forms.length > 0 && (
        <p class="matter-forms" data-testid="clerk-forms">
          <b>样表 Forms</b>
          {matter.forms.map((f) => {
            const line = f.materialSeq === null ? '' : ` · 第 ${f.materialSeq + 1} 项`;
            return (
              <a key={f.id} href={f.url} target="_blank" rel="noopener" class="form-link">
                {FORM_KIND_LABELS[f.kind].zh}：{f.title}{line}
              </a>
            );
          })}
        </p>
      )}
      {matter.faq.length > 0 && (
        <div class="matter-faq" data-testid="clerk-faq">
          <b>常见问题 FAQ</b>
          {matter.faq.map((f) => (
            <details key={f.q}>
              <summary>{f.q}</summary>
              <p>{f.a}</p>
            </details>
          ))}
        </div>
      )}
      {matter.legalBasis && <p class="matter-legal"><b>设定依据</b> {matter.legalBasis}</p>}
    </div>
  );
}
