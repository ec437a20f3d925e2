/**
 * 市平台接口密钥 The city platform's API keys: issue (the key shown once, with a copy button),
 * the list by key prefix, revoke after a confirmation. Administrators only; a supervisor reads a note.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useAdmin } from './context.js';
import type { ApiKeys, PlatformClientDto } from './api-keys-store.js';
import { CLIENT_NAME_MAX } from './api-keys-store.js';
import { dateTime } from './labels.js';

const useKeys = (): ApiKeys => useAdmin().manage.appointments.keys;

/** The clipboard needs a secure page and permission; when it refuses, the key is selected for Ctrl+C. */
function CopyButton({ text, target }: { text: string; target: { current: HTMLElement | null } }) {
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);
  const selectKey = () => {
    const el = target.current;
    const selection = window.getSelection();
    if (!el || !selection) return;
    selection.selectAllChildren(el);
    setCopied('select');
  };
  const copy = () => {
    if (!navigator.clipboard) { selectKey(); return; }
    navigator.clipboard.writeText(text).then(() => setCopied('yes'), selectKey);
  };
  return (
    <>
      <button type="button" class="btn primary" data-testid="api-key-copy" onClick={copy}>复制密钥 · Copy the key</button>
      {copied === 'yes' && <span class="tag ok" role="status" data-testid="api-key-copied">已复制 · Copied</span>}
      {copied === 'select' && <span class="tag warn" role="status">已选中，请按 Ctrl+C · Selected: press Ctrl+C</span>}
    </>
  );
}

function IssuedKeyCard() {
  const keys = useKeys();
  const keyRef = useRef<HTMLElement>(null);
  const shown = keys.issued.value;
  if (!shown) return null;
  return (
    <div class="one-time api-key-card" role="status" data-testid="api-key-issued">
      <p>{shown.client.name} 的接口密钥 · API key of {shown.client.name}</p>
      <code class="api-key" ref={keyRef} data-testid="api-key">{shown.key}</code>
      <p class="warning">只显示这一次：请立即复制并交给市平台，关闭后无法再查看（丢失只能吊销后重新签发）。
        <br />Shown only now: copy it to the platform. It cannot be shown again (if lost, revoke it and issue a new one).</p>
      <div class="password-row">
        <CopyButton text={shown.key} target={keyRef} />
        <button type="button" class="btn" data-testid="api-key-dismiss" onClick={() => keys.dismissIssued()}>已复制，关闭 · Copied, close</button>
      </div>
    </div>
  );
}

function IssueForm() {
  const keys = useKeys();
  const [name, setName] = useState('');
  return (
    <form class="api-key-form" data-testid="api-key-form"
      onSubmit={(e) => { e.preventDefault(); void keys.issue(name).then((ok) => { if (ok) setName(''); }); }}>
      <label class="field">客户端名称 · Client name
        <input type="text" name="client-name" maxLength={CLIENT_NAME_MAX} placeholder="i厦门 · 闽政通" value={name}
          onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <button type="submit" class="btn primary" disabled={keys.busy.value} data-testid="api-key-issue">签发密钥 · Issue a key</button>
    </form>
  );
}

function ClientRow({ c }: { c: PlatformClientDto }) {
  const keys = useKeys();
  const asking = keys.confirming.value === c.id;
  return (
    <>
      <tr data-client={c.id} data-revoked={String(c.revokedAt !== null)}>
        <td><strong>{c.name}</strong></td>
        <td><code data-testid="api-key-prefix">{c.keyPrefix}…</code></td>
        <td>{dateTime(c.createdAt)}</td>
        <td>{c.lastUsedAt === null ? <span class="muted">从未 · Never</span> : dateTime(c.lastUsedAt)}</td>
        <td data-testid="api-client-state">{c.revokedAt === null
          ? <span class="tag ok">有效 · Active</span>
          : <span class="tag off">已吊销 {dateTime(c.revokedAt)} · Revoked</span>}</td>
        <td>{c.revokedAt === null && !asking && (
          <button type="button" class="btn danger" data-testid="api-key-revoke" onClick={() => keys.ask(c.id)}>吊销 · Revoke</button>
        )}</td>
      </tr>
      {asking && (
        <tr class="detail-row"><td colSpan={6}>
          <div class="confirm" data-testid="api-key-confirm">
            <p>吊销 {c.name} 的密钥（{c.keyPrefix}…）？市平台用它的请求将立即被拒绝，且不能恢复。· Revoke this key? The platform's calls with it are refused from now on; this cannot be undone.</p>
            <button type="button" class="btn danger" disabled={keys.busy.value} data-testid="api-key-confirm-yes" onClick={() => void keys.confirm()}>确认吊销 · Revoke</button>
            <button type="button" class="btn" onClick={() => keys.cancelConfirm()}>取消 · Cancel</button>
          </div>
        </td></tr>
      )}
    </>
  );
}

function HowToCall() {
  return (
    <p class="muted api-howto" data-testid="api-howto">
      市平台调用接口时在请求头带上 <code>authorization: Bearer &lt;密钥&gt;</code>；预约的创建、查询与取消见{' '}
      <a href="/docs" target="_blank" rel="noopener">/docs</a> 中的 <code>/api/platform/bookings</code>。
      <br />The platform sends <code>authorization: Bearer &lt;key&gt;</code> with each call; <a href="/docs" target="_blank" rel="noopener">/docs</a> lists
      {' '}<code>/api/platform/bookings</code> (book, read, cancel). Each client sees only its own bookings.
    </p>
  );
}

function ClientList() {
  const keys = useKeys();
  const list = keys.clients.value;
  if (list === null) return <p class="muted">正在读取… Loading…</p>;
  if (list.length === 0) return <p class="muted" data-testid="api-clients-empty">尚未签发密钥 · No keys issued yet</p>;
  return (
    <table class="devices api-clients" data-testid="api-clients">
      <thead><tr><th>客户端 · Client</th><th>密钥前缀 · Key prefix</th><th>签发 · Issued</th><th>最近使用 · Last used</th><th>状态 · State</th><th /></tr></thead>
      <tbody>{list.map((c) => <ClientRow key={c.id} c={c} />)}</tbody>
    </table>
  );
}

export function ApiKeysSection() {
  const store = useAdmin();
  const keys = store.manage.appointments.keys;
  const admin = store.state.user.value?.role === 'admin';
  useEffect(() => { if (admin) void keys.load(); }, [keys, admin]);
  return (
    <section aria-labelledby="api-keys-title" data-testid="api-keys-section">
      <div class="section-head">
        <h2 id="api-keys-title">市平台接口密钥 <span>The city platform's API keys</span></h2>
      </div>
      <HowToCall />
      {!admin ? <p class="notice" data-testid="api-keys-admin-only">接口密钥仅管理员可查看和管理 · Only administrators see and manage the API keys</p> : (
        <>
          {keys.problem.value && <p class="problem" role="alert" data-testid="api-keys-problem">{keys.problem.value}</p>}
          <IssuedKeyCard />
          <IssueForm />
          <ClientList />
        </>
      )}
    </section>
  );
}
