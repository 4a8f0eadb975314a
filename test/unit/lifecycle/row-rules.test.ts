import { statusText } from '../../../src/core/lifecycle/findings';
import { STAGES, type Stage } from '../../../src/core/lifecycle/pipeline';
import { completeRow, messages, run } from './row-rules-helpers';

describe('a complete row is OK at every stage', () => {
  it.each(STAGES)('%s', (stage) => {
    expect(statusText(run(completeRow(stage)).findings)).toBe('OK');
  });
});

describe('missing columns', () => {
  it('a missing column is reported instead of its rules', () => {
    const got = messages(
      { ...completeRow('Promotion'), disclosure: undefined },
      { missingFields: ['disclosure'] },
    );
    expect(got).toEqual(['error: column "Disclosure" is missing']);
  });
});

describe('warnings', () => {
  it('the status line counts errors, then warnings, in that order', () => {
    const row = { ...completeRow('Promotion'), contractSigned: false, disclosure: false, revisionRounds: 3 };
    expect(statusText(run(row).findings)).toBe(
      '2 errors, 1 warning: Contract not signed; Disclosure missing; 3 revision rounds (max 2)',
    );
  });

  it('checklists less than half done for passed stages, only when checklists are kept', () => {
    const ticks = new Map([
      ['discovery.redFlags', '2026-11-01T00:00:00Z'],
      ['discovery.rubric', '2026-11-01T00:00:00Z'],
    ]);
    expect(messages(completeRow('Onboarding'), { checklistTicks: ticks })).toEqual([
      'warning: Negotiation checklist 0/6',
    ]);
    expect(messages(completeRow('Onboarding'))).toEqual([]);
  });

  it('over-reliance share is named', () => {
    expect(messages(completeRow('Measurement'), { overRelianceShare: 0.62 })).toEqual([
      'warning: producer holds 62% of attributed sales (over-reliance)',
    ]);
  });
});

describe('stage moves', () => {
  const rec = (stage: Stage) => ({ stage, skipped: [] });
  it('a forward jump is warned about until the stage changes', () => {
    const verdict = run(completeRow('Promotion'), { previous: rec('Negotiation') });
    expect(verdict.findings).toEqual([{ severity: 'warning', message: 'skipped Onboarding, Co-creation' }]);
    const again = run(completeRow('Promotion'), { previous: verdict.record });
    expect(again.findings.map((f) => f.message)).toEqual(['skipped Onboarding, Co-creation']);
    expect(run(completeRow('Measurement'), { previous: verdict.record }).findings).toEqual([]);
  });
});
