/**
 * The demo catalogue is a city-level hall in Xiamen: what district authorities decide is marked as
 * theirs, promises stay within the law, and the reform's "no certificate the platform already
 * holds" shows in the checklists. Read from the file as seeding reads it.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_HALL_FILE, readHallFile, type HallFile } from '../../server/db/hall-file.js';

const file = readHallFile(DEMO_HALL_FILE);
type FileMatter = HallFile['matters'][number];

function matterNamed(name: string): FileMatter {
  const found = file.matters.find((m) => m.name === name);
  if (!found) throw new Error(`no matter named ${name}`);
  return found;
}

const DECIDED_BY_DISTRICTS = ['个体工商户设立登记', '诊所备案', '营业性演出许可', '娱乐场所经营许可', '动物诊疗许可证核发'];

const MOST_USED = [
  ...['002', '003', '004', '005', '006', '007', '008'].map((n) => `market-${n}`),
  ...['001', '002', '003', '004'].map((n) => `real-estate-${n}`),
  'medical-insurance-002', 'medical-insurance-004',
  'public-security-001', 'public-security-003', 'public-security-007',
  'hr-social-001', 'hr-social-002', 'hr-social-003',
  'general-livelihood-003', 'general-livelihood-005',
  'results-001', 'results-002', 'results-003', 'guidance-002',
];

/** The licence itself as proof (营业执照, 施工单位营业执照, 营业执照或…), not a form or a licence surrendered. */
const isBusinessLicence = (name: string): boolean => /营业执照$|^营业执照或/.test(name);

describe('the demo catalogue of a city-level hall', () => {
  it('marks the matters district authorities decide as handled by the district', () => {
    for (const name of DECIDED_BY_DISTRICTS) expect(matterNamed(name).handledBy, name).toBe('district');
    // Everything else says where it is handled rather than relying on a default.
    expect(file.matters.filter((m) => m.handledBy === undefined).map((m) => m.id)).toEqual([]);
  });

  it('states a statutory limit (or none) for every matter and promises no more than it', () => {
    expect(file.matters.filter((m) => m.statutoryDays === undefined).map((m) => m.id)).toEqual([]);
    const over = file.matters.filter((m) => m.statutoryDays != null && m.promisedDays > m.statutoryDays);
    expect(over.map((m) => `${m.id}: ${m.promisedDays} > ${String(m.statutoryDays)}`)).toEqual([]);
  });

  it('does not ask for a termination certificate to claim unemployment benefit', () => {
    const claim = matterNamed('失业保险金申领');
    expect(claim.materials.length).toBeGreaterThan(0);
    expect(claim.materials.map((x) => x.name).filter((n) => /(解除|终止).*劳动/.test(n))).toEqual([]);
  });

  it('marks every business licence as shared electronically, and never an identity card', () => {
    const materials = file.matters.flatMap((m) => m.materials.map((x) => ({ where: `${m.id}: ${x.name}`, ...x })));
    const licences = materials.filter((x) => isBusinessLicence(x.name));
    expect(licences.length).toBeGreaterThan(20);
    expect(licences.filter((x) => x.shared !== true).map((x) => x.where)).toEqual([]);
    expect(materials.filter((x) => x.shared === true && /身份证/.test(x.name)).map((x) => x.where)).toEqual([]);
  });

  it('gives every material of the most-used matters a check standard in both languages', () => {
    const empty = MOST_USED.flatMap((id) => {
      const m = file.matters.find((x) => x.id === id);
      if (!m) return [`${id}: missing`];
      return m.materials.filter((x) => !x.checkStandard?.trim() || !x.checkStandardEn?.trim()).map((x) => `${id}: ${x.name}`);
    });
    expect(empty).toEqual([]);
  });
});
