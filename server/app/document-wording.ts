/** The standard wording each document kind prints, stored with the document when it is issued. */
// Titles live in common/: the document page prints the same words.
export { DOCUMENT_TITLES, type Wording } from '../../common/document-titles.js';

export function acceptanceStatement(promisedDays: number, dueDay: string): string {
  return `您提交的申请材料齐全、符合法定形式，本中心决定予以受理。承诺办结时限为 ${promisedDays} 个工作日，`
    + `将于 ${dueDay} 前办结（补正材料期间不计入时限）。可扫描二维码或凭办件编号查询办理进度。`;
}

export const ONE_TIME_STATEMENT = '您的申请材料不齐全或不符合法定形式。现一次性告知您需要补正的全部内容如下，'
  + '请按要求备齐后再来办理；补齐后无需重新排队等候告知，可凭本告知书到窗口办理。';

/** Administrative Reconsideration Law (60 days) and Administrative Procedure Law (6 months). */
export const REFUSAL_STATEMENT = '如对本决定不服，可自收到本通知书之日起六十日内依法申请行政复议，'
  + '或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。';

export const COMPLETION_STATEMENT = '您申请的事项已当场办结，请当场核对办理结果。';
