import { render } from 'preact';
import { DEFAULT_TIME_ZONE } from '../common/hall-time.js';
import { ApiError, call } from '../ui/api.js';
import { DocumentPage } from './document-page.js';
import { documentIdFromPath } from './document-text.js';
import './document.css';

function Message({ zh, en }: { zh: string; en: string }) {
  return <main class="doc-screen"><p class="doc-message" role="alert" data-testid="doc-message">{zh}<span class="en">{en}</span></p></main>;
}

async function show(root: HTMLElement, id: string | null): Promise<void> {
  if (id === null) return render(<Message zh="找不到这份文书" en="Document not found" />, root);
  render(<main class="doc-screen"><p class="doc-message" role="status">加载中… <span class="en">Loading…</span></p></main>, root);
  try {
    const doc = await call('GET /api/documents/:id', { params: { id } });
    document.title = `${doc.number} ${doc.hallName}`;
    // The document carries no zone yet; the demo hall (and every hall so far) is on China time.
    render(<DocumentPage doc={doc} timeZone={doc.timeZone || DEFAULT_TIME_ZONE} />, root);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) render(<Message zh="找不到这份文书" en="Document not found" />, root);
    else render(<Message zh="暂时无法打开，请稍后刷新" en="Could not load; please refresh" />, root);
  }
}

const root = document.getElementById('app');
if (root) void show(root, documentIdFromPath(location.pathname));
