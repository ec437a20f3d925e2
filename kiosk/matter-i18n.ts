/** What the kiosk says about a matter beyond its checklist: standards, forms, fees, district matters. Chinese first. */
import type { Lang } from '../common/labels.js';

export interface MatterMessages {
  checkStandard: string;
  fee: string;
  online: string;
  legalBasis: string;
  forms: string;
  formOf: (material: string) => string;
  open: string;
  close: string;
  pdfFallback: string;
  districtTitle: string;
  districtExplain: string;
  consultInstead: string;
}

const zh: MatterMessages = {
  checkStandard: '核查标准',
  fee: '收费',
  online: '网办',
  legalBasis: '设定依据',
  forms: '样表与空白表',
  formOf: (material) => `对应材料：${material}`,
  open: '查看',
  close: '关闭',
  pdfFallback: '本表为 PDF 文件，自助机无法显示，请在窗口索取纸质表格。',
  districtTitle: '本事项由区级政务服务中心办理',
  districtExplain: '本中心不受理本事项，请前往您所在区的政务服务中心。可先取咨询号，咨询台为您指引。',
  consultInstead: '取咨询号',
};

const en: MatterMessages = {
  checkStandard: 'What makes it acceptable',
  fee: 'Fee',
  online: 'Online',
  legalBasis: 'Legal basis',
  forms: 'Sample and blank forms',
  formOf: (material) => `For: ${material}`,
  open: 'View',
  close: 'Close',
  pdfFallback: 'This form is a PDF file the kiosk cannot show: please ask for a paper copy at the window.',
  districtTitle: 'Handled by the district service centres',
  districtExplain: 'This centre does not take this matter: please go to your district\'s service centre. Take a guidance ticket and the help desk will direct you.',
  consultInstead: 'Take a guidance ticket',
};

export const MATTER_MESSAGES: Readonly<Record<Lang, MatterMessages>> = { zh, en };
