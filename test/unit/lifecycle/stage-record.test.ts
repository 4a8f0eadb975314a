import type { Stage } from '../../../src/core/lifecycle/pipeline';
import { decodeStageRecord, encodeStageRecord, stageMove } from '../../../src/core/lifecycle/stage-record';

const rec = (stage: Stage) => ({ stage, skipped: [] });

describe('stageMove', () => {
  it('a forward jump records the stages it skipped', () => {
    expect(stageMove(rec('Negotiation'), 'Co-creation')).toEqual({
      stage: 'Co-creation',
      skipped: ['Onboarding'],
    });
    expect(stageMove(rec('Discovery'), 'Measurement').skipped).toEqual([
      'Negotiation',
      'Onboarding',
      'Co-creation',
      'Promotion',
    ]);
  });

  it('staying at a stage keeps the record, skipped stages included', () => {
    const jumped = { stage: 'Promotion' as const, skipped: ['Onboarding', 'Co-creation'] as Stage[] };
    expect(stageMove(jumped, 'Promotion')).toBe(jumped);
  });

  it('Exit from anywhere, Renewal back to a new cycle, and moving back skip nothing', () => {
    expect(stageMove(rec('Discovery'), 'Exit').skipped).toEqual([]);
    expect(stageMove(rec('Exit'), 'Promotion').skipped).toEqual([]);
    for (const to of ['Negotiation', 'Onboarding', 'Co-creation'] as const) {
      expect(stageMove(rec('Renewal'), to).skipped).toEqual([]);
    }
    expect(stageMove(rec('Promotion'), 'Co-creation').skipped).toEqual([]);
    expect(stageMove(rec('Discovery'), 'Negotiation').skipped).toEqual([]);
    expect(stageMove(undefined, 'Promotion').skipped).toEqual([]);
  });
});

describe('stage record encoding', () => {
  it('stores the stage index, then the skipped stage indexes', () => {
    expect(encodeStageRecord(rec('Exit'))).toBe('7');
    expect(encodeStageRecord({ stage: 'Promotion', skipped: ['Onboarding', 'Co-creation'] })).toBe('4|2,3');
  });

  it('records survive encoding; unknown or empty text decodes to nothing', () => {
    for (const r of [
      rec('Exit'),
      { stage: 'Promotion' as const, skipped: ['Onboarding', 'Co-creation'] as Stage[] },
    ]) {
      expect(decodeStageRecord(encodeStageRecord(r))).toEqual(r);
    }
    expect(decodeStageRecord('99')).toBeUndefined();
    expect(decodeStageRecord(null)).toBeUndefined();
    expect(decodeStageRecord('')).toBeUndefined();
  });
});
