/** How the catalogue editors word the server's refusals, Chinese first; the rest falls back to the page's errorText. */
import { ApiError } from '../ui/api.js';

export const ADMIN_ONLY = '仅管理员可修改 · Only administrators can change this';
export const FORM_TYPE_REFUSED = '文件类型不符：只能上传 PDF、PNG 或 JPEG 文件 · Refused: only PDF, PNG or JPEG files';
export const FORM_TOO_LARGE = '文件太大：不能超过 2 MB · Too large: at most 2 MB';

const HEADING = /^\d+ problem\(s\):$/;

/** A refusal as lines to list: the server's validation problems one per line, anything else as one line. */
export function problemLines(e: unknown, failure: (e: unknown) => string): string[] {
  if (e instanceof ApiError) {
    if (e.code === 'validation-failed') {
      const lines = e.message.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !HEADING.test(l));
      return lines.length > 0 ? lines : [e.message];
    }
    if (e.code === 'form-type-refused') return [FORM_TYPE_REFUSED];
    if (e.code === 'form-too-large') return [FORM_TOO_LARGE];
    if (e.code === 'forbidden') return [ADMIN_ONLY];
  }
  return [failure(e)];
}
