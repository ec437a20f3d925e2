import { useBook } from '../book-context.js';
import { BOOK_MESSAGES, nameIn } from '../messages.js';
import { BookForm } from './BookForm.js';
import { DonePage } from './DonePage.js';
import { FindMatter } from './FindMatter.js';
import { Header, Notice } from './Header.js';
import { MatterPage } from './MatterPage.js';
import { RemotePage } from './RemotePage.js';

function Screen() {
  const { view } = useBook();
  const v = view.value;
  switch (v.kind) {
    case 'find': return <FindMatter />;
    case 'matter': return <MatterPage matterId={v.matterId} />;
    case 'book': return <BookForm matterId={v.matterId} />;
    case 'remote': return <RemotePage matterId={v.matterId} />;
    case 'done': return <DonePage booking={v.booking} />;
  }
}

/** /book: find the matter, then book a time or take a ticket from the phone. */
export function BookApp() {
  const { hall, lang, load, view } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  const h = hall.value;
  return (
    <main class="bk" data-view={view.value.kind}>
      <Header lang={lang} hallName={h.kind === 'ready' ? nameIn(lang.value, h.catalog.hall) : ''} title={view.value.kind === 'remote' ? t.remoteTitle : t.title} />
      {h.kind === 'loading' && <p class="bk-hint" role="status">{t.loading}</p>}
      {h.kind === 'failed' && (
        <div class="bk-card">
          <Notice text={t.loadFailed} />
          <button type="button" class="bk-btn" onClick={() => void load()}>{t.retry}</button>
        </div>
      )}
      {h.kind === 'ready' && <Screen />}
    </main>
  );
}
