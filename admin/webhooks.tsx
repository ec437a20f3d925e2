import { useEffect, useState } from 'preact/hooks';
import type { WebhookEndpointDto } from '../contract/routes-outbox.js';
import { session } from './session.js';
import { busy, deactivateEndpoint, endpoints, loadEndpoints, newSecret, problem, registerEndpoint, retryEndpoint } from './webhooks-store.js';

/** Counts move as the outbox delivers; the list is read again now and then. */
const REFRESH_MS = 10_000;

function SecretCard() {
  const s = newSecret.value;
  if (!s) return null;
  return (
    <div class="code-card" role="status" style={{ marginBottom: '16px' }} data-testid="webhook-secret-card">
      <p class="code-label">{s.url} 的签名密钥 · Signing secret</p>
      <code class="code-link" data-testid="webhook-secret">{s.secret}</code>
      <p class="code-steps">
        <strong>只显示这一次</strong>：请立即复制（选中后 Ctrl+C）并配置到接收方，用于校验 <code>x-hall-signature</code>（HMAC-SHA256）。
        <br />Shown only now: copy it (select, Ctrl+C) into the receiver, which checks <code>x-hall-signature</code> (HMAC-SHA256) with it.
      </p>
      <button type="button" class="btn" onClick={() => { newSecret.value = null; }}>已复制，关闭 · Copied, close</button>
    </div>
  );
}

function RegisterForm() {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  return (
    <form class="card sign-in" style={{ maxWidth: '640px', marginBottom: '20px' }} data-testid="webhook-form"
      onSubmit={(e) => { e.preventDefault(); void registerEndpoint(url.trim(), description.trim()).then(() => { if (!problem.value) { setUrl(''); setDescription(''); } }); }}>
      <label class="field">接收地址 · Endpoint URL
        <input type="url" required maxLength={2000} placeholder="https://platform.example/hall-events" value={url}
          data-testid="webhook-url" onInput={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <label class="field">说明 · Description
        <input type="text" maxLength={200} placeholder="市一体化政务服务平台 · City platform" value={description}
          onInput={(e) => setDescription(e.currentTarget.value)} />
      </label>
      <button type="submit" class="btn primary" disabled={busy.value} data-testid="webhook-register">登记 · Register</button>
    </form>
  );
}

function EndpointRow({ e }: { e: WebhookEndpointDto }) {
  return (
    <tr data-endpoint={e.id} data-active={String(e.active)}>
      <td><strong>{e.url}</strong><small>{e.description}</small></td>
      <td>{e.active ? <span class="tag ok">启用 · Active</span> : <span class="tag off">已停用 · Deactivated</span>}</td>
      <td data-testid="webhook-counts">
        待发 Pending <strong>{e.pending}</strong> · 已送达 Delivered <strong>{e.delivered}</strong> · 失败 Failed{' '}
        <strong class={e.failed > 0 ? 'tag printer-error' : ''}>{e.failed}</strong>
        {e.lastError && <small>最近错误 · Last error: {e.lastError}</small>}
      </td>
      <td>
        {e.active && (
          <div class="actions">
            <button type="button" class="btn" disabled={busy.value || e.failed === 0} data-testid="webhook-retry"
              onClick={() => void retryEndpoint(e.id)}>重发失败 · Retry failed</button>
            <button type="button" class="btn danger" disabled={busy.value} data-testid="webhook-deactivate"
              onClick={() => void deactivateEndpoint(e.id)}>停用 · Deactivate</button>
          </div>
        )}
      </td>
    </tr>
  );
}

function EndpointTable() {
  useEffect(() => {
    void loadEndpoints();
    const timer = setInterval(() => void loadEndpoints(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const list = endpoints.value;
  return (
    <>
      {problem.value && <p class="problem" role="alert">{problem.value}</p>}
      <SecretCard />
      <RegisterForm />
      {list === null ? <p class="muted">正在读取… Loading…</p> : list.length === 0 ? (
        <p class="muted" data-testid="webhooks-empty">尚未登记接收地址 · No endpoints yet</p>
      ) : (
        <table class="devices" data-testid="webhooks">
          <thead><tr><th>地址 URL</th><th>状态 State</th><th>投递 Deliveries</th><th>操作 Actions</th></tr></thead>
          <tbody>{list.map((e) => <EndpointRow key={e.id} e={e} />)}</tbody>
        </table>
      )}
      <p class="muted">
        每次取号状态与办件变化都以签名 JSON 推送（至少一次，按事件 id 去重；失败按退避重试）。格式见 <a href="/docs">/docs</a>。
        · Every ticket and case change is POSTed as signed JSON (at least once: de-duplicate by event id; failures retried with backoff). Format: <a href="/docs">/docs</a>.
      </p>
    </>
  );
}

/** 数据推送: the city platform's signed webhooks, for a signed-in administrator. */
export function WebhooksSection() {
  const s = session.value;
  if (s.kind !== 'signed-in' || s.user.mustChangePassword || s.user.role !== 'admin') return null;
  return (
    <section aria-labelledby="webhooks-title" data-testid="webhooks-section">
      <div class="section-head">
        <h2 id="webhooks-title">数据推送 <span>Webhooks to the city platform</span></h2>
      </div>
      <EndpointTable />
    </section>
  );
}
