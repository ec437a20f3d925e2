import { render } from 'preact';
import { CalendarSection } from './calendar.js';
import { KiosksSection } from './kiosks.js';
import { ScreensIndex } from './screens-index.js';
import { restoreSession } from './session.js';
import { WebhooksSection } from './webhooks.js';
import './admin.css';

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
          meanwhile the hall state is at <code>/api/snapshot</code>.
        </p>
        <KiosksSection />
        <WebhooksSection />
        <CalendarSection />
        <ScreensIndex />
      </main>
    </>
  );
}

const root = document.getElementById('app');
if (root) render(<AdminHome />, root);
void restoreSession();
