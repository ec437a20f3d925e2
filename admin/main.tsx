import { render } from 'preact';
import './admin.css';

/** Where each screen of the hall lives; installers set TVs, kiosks and consoles to these addresses. */
const PAGES = [
  { href: '/kiosk?device=K01', zh: '自助取号机', en: 'Kiosk (device K01)', hint: '触摸屏 1080×1920 或 1920×1080' },
  { href: '/display', zh: '大厅综合屏', en: 'Lobby screen', hint: '1920×1080 电视，语音叫号' },
  { href: '/display/window/1', zh: '1 号窗口屏', en: 'Window screen 1', hint: '/display/window/<窗口号>' },
  { href: '/clerk', zh: '窗口叫号台', en: 'Clerk console', hint: '账号 clerk01 … clerk36' },
  { href: '/docs', zh: '接口文档', en: 'API docs (OpenAPI)', hint: '/docs/json' },
];

function AdminHome() {
  return (
    <>
      <header>
        <h1>管理后台 Hall management</h1>
        <p>厦门市行政服务中心 · 排队叫号与自助取号</p>
      </header>
      <main>
        <p class="note">
          运行监控、评价与报表正在建设中。Live supervision, ratings and reports are not built yet;
          meanwhile the hall state is at <code>/api/snapshot</code> and printer status at <code>/api/devices</code> (signed in as admin).
        </p>
        <ul>
          {PAGES.map((p) => (
            <li key={p.href}>
              <a href={p.href}>
                <strong>{p.zh}</strong>
                <span>{p.en}</span>
                <span>{p.hint}</span>
              </a>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<AdminHome />, root);
