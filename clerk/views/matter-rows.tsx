import { SHARED_MATERIAL } from '../../common/matter-facts.js';
import type { MaterialDto } from '../../contract/dto.js';

/**
 * One checklist line as the clerk reads it: the name, whether it is optional or shared by the
 * platform, and under it the check standard it is accepted against — always visible, so no
 * hover or tooltip is needed and the keyboard never has to reach it.
 */
export function MaterialCell({ m, i }: { m: MaterialDto; i: number }) {
  return (
    <>
      <span class="mat-name">{i + 1}. {m.name}</span>
      {!m.required && <span class="mark mark-grey">选交 optional</span>}
      {m.shared && <span class="mark mark-blue" data-testid="clerk-shared">{SHARED_MATERIAL.zh} <span class="mark-en">{SHARED_MATERIAL.en}</span></span>}
      <small class="mat-en">{m.nameEn}</small>
      {m.checkStandard && (
        <p class="mat-standard" data-testid="clerk-check-standard">
          <b>核查标准</b> {m.checkStandard}
          {m.checkStandardEn && <small>{m.checkStandardEn}</small>}
        </p>
      )}
    </>
  );
}
