import { createPortal } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { MatterDto } from '../../contract/dto.js';
import { useKiosk } from '../kiosk-context.js';
import { formButtons, type FormButton } from '../matter-forms.js';
import { MATTER_MESSAGES } from '../matter-i18n.js';

/** One form full screen, over the matter page, with a big close button. */
function FormViewer({ form, onClose }: { form: FormButton; onClose: () => void }) {
  const { lang } = useKiosk().state;
  const t = MATTER_MESSAGES[lang.value];
  return (
    <div class="overlay form-overlay" role="dialog" aria-modal="true" aria-label={form.label} data-testid="form-viewer">
      <div class={`form-viewer${form.viewer === 'pdf' ? ' short' : ''}`}>
        <p class="form-viewer-title">{form.label}</p>
        <div class="form-viewer-body">
          {/* Chromium's PDF viewer draws nothing headless and offers download and print where it
              does draw: a kiosk says where to get the paper instead. */}
          {form.viewer === 'image'
            ? <img src={form.url} alt={form.label} data-testid="form-image" />
            : <p class="form-viewer-note" data-testid="form-pdf">{t.pdfFallback}</p>}
        </div>
        <button type="button" class="btn primary huge" data-testid="form-close" onClick={onClose}>{t.close}</button>
      </div>
    </div>
  );
}

/** 样表与空白表: what a filled-in form looks like, opened on the kiosk itself (nothing to download). */
export function MatterForms({ matter }: { matter: MatterDto }) {
  const { lang } = useKiosk().state;
  const [shown, setShown] = useState<FormButton | null>(null);
  const t = MATTER_MESSAGES[lang.value];
  const forms = formButtons(matter, lang.value);
  if (forms.length === 0) return null;
  return (
    <section class="matter-forms">
      <h2 class="section-title">{t.forms}</h2>
      <div class="form-buttons">
        {forms.map((f) => (
          <button type="button" key={f.id} class="btn secondary form-button" data-form={f.id} onClick={() => setShown(f)}>
            <span class="form-label">{f.label}</span>
            {f.material && <span class="form-material">{t.formOf(f.material)}</span>}
          </button>
        ))}
      </div>
      {/* Drawn at the kiosk's root (keeping its elderly and language styles): the scrolling list's fade mask would clip it. */}
      {shown && createPortal(<FormViewer form={shown} onClose={() => setShown(null)} />, document.querySelector('.kiosk') ?? document.body)}
    </section>
  );
}
