import { buildDirectory, tagKey } from '../../../src/core/results/directory';

describe('buildDirectory', () => {
  it('maps IDs, campaigns and codes as compared: decoded, case and spaces ignored', () => {
    const dir = buildDirectory([
      { id: 'P-0001', producer: '', campaigns: ['Spring Launch'], codes: ['ANA10'] },
      { id: 'P-0002', producer: '', campaigns: ['P-0001', 'shared'], codes: [' ana10 '] },
      { id: 'P-0003', producer: '', campaigns: ['shared'], codes: [] },
    ]);
    expect(dir.byCampaign.get(tagKey('spring%20launch'))).toEqual(['P-0001']);
    expect(dir.byCampaign.get(tagKey('SPRING+LAUNCH'))).toEqual(['P-0001']);
    // An ID is its own campaign, even when another row's link is tagged with it.
    expect(dir.byCampaign.get('p-0001')).toEqual(['P-0001']);
    expect(dir.byCampaign.get('shared')).toEqual(['P-0002', 'P-0003']);
    expect(dir.byCode.get('ana10')).toEqual(['P-0001', 'P-0002']);
    expect(dir.byCampaign.get('constructor')).toBeUndefined();
    expect(tagKey('a%ZZ')).toBe('a%zz');
  });
});
