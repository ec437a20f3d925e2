/** Where each screen of the hall lives; installers set TVs, kiosks and consoles to these addresses. */
const PAGES = [
  { href: '/kiosk?device=K01', zh: '自助取号机', en: 'Kiosk (device K01)', hint: '触摸屏 1080×1920 或 1920×1080；配对后打印 · prints once paired' },
  { href: '/display', zh: '大厅综合屏', en: 'Lobby screen', hint: '1920×1080 电视，语音叫号' },
  { href: '/display/window/1', zh: '1 号窗口屏', en: 'Window screen 1', hint: '/display/window/<窗口号>' },
  { href: '/clerk', zh: '窗口叫号台', en: 'Clerk console', hint: '账号 clerk01 … clerk36' },
  { href: '/backoffice', zh: '后台审批', en: 'Back office', hint: '账号 ap-<部门 id>，如 ap-construction' },
  { href: '/docs', zh: '接口文档', en: 'API docs (OpenAPI)', hint: '/docs/json' },
];

export function ScreensIndex() {
  return (
    <section aria-labelledby="screens-title">
      <h2 id="screens-title">大厅屏幕 <span>Screens of the hall</span></h2>
      <ul class="screens">
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
    </section>
  );
}
