import { useBook } from '../book-context.js';
import { BOOK_MESSAGES, nameIn } from '../messages.js';
import { refusalText } from '../refusals.js';
import { Notice } from './Header.js';
import { PhoneFields } from './PhoneFields.js';

/** A plain ticket from the phone: verify the number, take it, land on the tracking page. */
export function RemotePage({ matterId }: { matterId: string }) {
  const { back, lang, matter, remote, remoteRefusal, remoteTaking, takeRemote } = useBook();
  const t = BOOK_MESSAGES[lang.value];
  const m = matter(matterId);
  const refusal = remoteRefusal.value;
  return (
    <>
      <button type="button" class="bk-link-btn" data-testid="back" onClick={back}>‹ {t.back}</button>
      <form class="bk-card" data-testid="remote-form" onSubmit={(e) => { e.preventDefault(); void takeRemote(); }}>
        {m && <h2 class="bk-matter small">{nameIn(lang.value, m)}</h2>}
        <p class="bk-hint">{t.remoteExplain}</p>
        <PhoneFields verify={remote} lang={lang.value} />
        {refusal && <Notice text={refusalText(refusal, lang.value)} />}
        <button type="submit" class="bk-btn primary" data-testid="take-remote" disabled={!remote.ready.value || remoteTaking.value}>
          {remoteTaking.value ? t.taking : t.takeTicket}
        </button>
      </form>
    </>
  );
}
