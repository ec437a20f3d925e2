import { useConsole } from '../console-context.js';
import { shortcutOf } from '../shortcuts.js';
import { DOCUMENT_TITLES } from '../../common/document-titles.js';

/**
 * Beside the ticket: the document the last finish issued, printable with P until the next call,
 * the case tool (F9) for supplements and withdrawals, and the catalogue search (/).
 */
export function ToolBar() {
  const { state: s, actions } = useConsole();
  const issued = s.issued.value;
  const tools = s.tools.value;
  return (
    <div class="tool-bar">
      {issued ? (
        <p class="issued" data-testid="issued">
          已出具 <b>{DOCUMENT_TITLES[issued.document.kind].title}</b> <span class="doc-number">{issued.document.number}</span>
          <small> {issued.ticketNumber}{issued.case ? ` · 办件 ${issued.case.number}` : ''}</small>
        </p>
      ) : <span class="issued-none muted">本号尚未出具文书 / No document yet</span>}
      <button type="button" class="btn btn-primary" disabled={!tools['print-document'].enabled} title={tools['print-document'].why ?? undefined}
        data-testid="print-document" onClick={() => actions.tool('print-document')}>
        <kbd>{shortcutOf('print-document')?.label}</kbd> 打印文书 Print
      </button>
      <button type="button" class="btn" disabled={!tools['case-tool'].enabled} title={tools['case-tool'].why ?? undefined}
        data-testid="case-tool" onClick={(e) => { if (e.detail > 0) e.currentTarget.blur(); actions.tool('case-tool'); }}>
        <kbd>{shortcutOf('case-tool')?.label}</kbd> 办件 Cases
      </button>
      <button type="button" class="btn" data-testid="catalog-tool" onClick={(e) => { if (e.detail > 0) e.currentTarget.blur(); actions.tool('catalog-search'); }}>
        <kbd>{shortcutOf('catalog-search')?.label}</kbd> 事项查询 Catalogue
      </button>
      <button type="button" class="btn" data-testid="complaint-tool" onClick={(e) => { if (e.detail > 0) e.currentTarget.blur(); actions.openComplaint(); }}>
        投诉登记 Complaint
      </button>
    </div>
  );
}
