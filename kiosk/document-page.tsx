import type { DocumentViewDto } from '../contract/dto.js';
import { QrCode } from './components/QrCode.js';
import { applicantFacts, documentBody, documentDate, supersededBanner, versionLine, type Fact, type LineTable } from './document-text.js';

function Facts({ facts, testid }: { facts: Fact[]; testid?: string }) {
  return (
    <dl class="doc-facts" data-testid={testid}>
      {facts.map((f) => (
        <div class={f.wide === true ? 'doc-fact wide' : 'doc-fact'} key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>
      ))}
    </dl>
  );
}

function Lines({ table }: { table: LineTable }) {
  return (
    <section class="doc-section">
      <h2>{table.heading.zh} <span class="en">{table.heading.en}</span></h2>
      <table class="doc-lines" data-testid="doc-lines">
        <thead><tr><th class="num">序号</th><th>{table.nameHeader}</th><th>{table.requirementHeader}</th></tr></thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={`${i}-${row.name}`}><td class="num">{i + 1}</td><td class="doc-line-name">{row.name}</td><td>{row.requirement}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The QR and the case number; a document without a case (notice, refusal) links to itself. */
function Tracking({ doc }: { doc: DocumentViewDto }) {
  const url = doc.qrUrl ?? doc.selfUrl;
  const caption = doc.qrUrl === null ? '扫码在手机上查看本文书' : '扫码查询办理进度';
  return (
    <div class="doc-qr">
      <QrCode text={url} label={caption} />
      <p class="doc-qr-caption">{caption}</p>
      {doc.caseNumber !== null && <p class="doc-case">办件编号<br /><strong data-testid="doc-case-number">{doc.caseNumber}</strong></p>}
      <p class="doc-qr-url" data-testid="doc-qr-url">{url}</p>
    </div>
  );
}

function Signature({ doc, date }: { doc: DocumentViewDto; date: string }) {
  const c = doc.clerk;
  return (
    <div class="doc-sign">
      <p data-testid="doc-clerk">
        <span class="doc-sign-item">经办人：{c.name}</span>
        <span class="doc-sign-item">工号：<span data-testid="doc-staff-no">{c.staffNo}</span></span>
        {c.windowNumber !== null && <span class="doc-sign-item">窗口：{c.windowNumber} 号</span>}
      </p>
      <p class="doc-sign-line">窗口工作人员签字：<span class="blank" /></p>
      <div class="doc-seal">（受理专用章）</div>
      <p class="doc-sign-date">{doc.hallName}<br />{date}</p>
    </div>
  );
}

/** One issued document as an A4 sheet: on screen a centred page with a print button, on paper the page alone. */
export function DocumentPage({ doc, timeZone }: { doc: DocumentViewDto; timeZone: string }) {
  const body = documentBody(doc);
  const date = documentDate(doc.issuedAt, timeZone);
  const banner = supersededBanner(doc);
  const caseFacts: Fact[] = [
    { label: '办理事项', value: doc.matterName },
    ...(doc.departmentNames.length > 0 ? [{ label: '承办部门', value: doc.departmentNames.join('、') }] : []),
    ...applicantFacts(doc),
    { label: '排队号', value: doc.ticketNumber },
  ];
  return (
    <main class="doc-screen">
      <div class="doc-toolbar">
        <button type="button" class="doc-print" data-testid="doc-print" onClick={() => window.print()}>打印 <span class="en">Print</span></button>
      </div>
      <article class={`sheet kind-${doc.kind}`} data-testid="document" data-kind={doc.kind}>
        {banner !== null && <p class="doc-banner" role="alert" data-testid="doc-superseded">{banner}</p>}
        <header class="doc-letterhead">
          <p class="doc-hall">{doc.hallName}</p>
          <p class="doc-hall-en">{doc.hallNameEn}</p>
        </header>
        <h1 class="doc-title">{body.title.zh}<span class="en">{body.title.en}</span></h1>
        <p class="doc-meta">
          <span>文书编号 <strong data-testid="doc-number">{doc.number}</strong></span>
          <span data-testid="doc-version">{versionLine(doc)}</span>
          <span>{date}</span>
        </p>
        <section class="doc-section">
          <h2>基本信息 <span class="en">Particulars</span></h2>
          <Facts facts={caseFacts} testid="doc-particulars" />
        </section>
        {body.table !== null && <Lines table={body.table} />}
        {body.facts.length > 0 && <section class="doc-section"><Facts facts={body.facts} testid="doc-body-facts" /></section>}
        <p class="doc-statement" data-testid="doc-statement">{body.statement}</p>
        <footer class="doc-foot">
          <Tracking doc={doc} />
          <Signature doc={doc} date={date} />
        </footer>
      </article>
    </main>
  );
}
