/**
 * A matter's uploaded forms as the kiosk offers them: one button each, named by kind and title,
 * with the checklist line it belongs to, and how it is shown (images as pictures; PDFs as where to
 * get the paper, the kiosk cannot show them). Pure, so the wording is tested without a browser.
 */
import { FORM_KIND_LABELS } from '../common/matter-facts.js';
import type { MatterDto } from '../contract/dto.js';
import type { Lang } from './i18n.js';

export interface FormButton {
  id: string;
  url: string;
  /** "样表：个体工商户登记申请书" / "Sample: Registration application". */
  label: string;
  viewer: 'image' | 'pdf';
  /** The checklist line's name, or null for a form of the matter as a whole. */
  material: string | null;
}

export function formButtons(matter: MatterDto, lang: Lang): FormButton[] {
  return matter.forms.map((f) => {
    const kind = FORM_KIND_LABELS[f.kind][lang];
    const title = lang === 'zh' ? f.title : f.titleEn.trim() || f.title;
    const mat = f.materialSeq === null ? undefined : matter.materials[f.materialSeq];
    return {
      id: f.id, url: f.url,
      label: lang === 'zh' ? `${kind}：${title}` : `${kind}: ${title}`,
      viewer: f.mime === 'application/pdf' ? 'pdf' : 'image',
      material: mat ? (lang === 'zh' ? mat.name : mat.nameEn || mat.name) : null,
    };
  });
}
