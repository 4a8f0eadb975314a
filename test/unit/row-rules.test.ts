import { statusText } from '../../src/core/findings';
import { type PipelineRow, STAGES, type Stage } from '../../src/core/pipeline';
import { isBlankRow, parseTick, utmProblem, validateRow } from '../../src/core/row-rules';

const NOW = Date.UTC(2026, 10, 28, 12);
const daysAgo = (n: number) => new Date(NOW - n * 86400000);

/** A row that meets every requirement up to and including `stage`. */
function completeRow(stage: Stage): PipelineRow {
  return {
    id: 'P-0001',
    producer: 'Ada Makes',
    stage,
    relevance: 4,
    resonance: 3,
    reliability: 5,
    baseFee: 1000,
    commission: 0.1,
    contractSigned: true,
    startDate: new Date(Date.UTC(2026, 0, 1)),
    endDate: new Date(Date.UTC(2026, 11, 31)),
    brief: 'https://docs.example.com/brief',
    usageRights: 'Organic + 30 days paid',
    revisionRounds: 1,
    disclosure: true,
    utmLink: 'https://shop.example.com/?utm_source=ada&utm_medium=video&utm_campaign=spring',
    attributedSales: 25000,
    debriefDone: true,
    lastCheckIn: daysAgo(3),
  };
}

const run = (row: PipelineRow, extra = {}) => validateRow(row, { now: NOW, ...extra });
const messages = (row: PipelineRow, extra = {}) =>
  run(row, extra).findings.map((f) => `${f.severity}: ${f.message}`);

describe('a complete row is OK at every stage', () => {
  it.each(STAGES)('%s', (stage) => {
    expect(statusText(run(completeRow(stage)).findings)).toBe('OK');
  });
});

describe('each stage adds its requirements, and every later stage keeps them', () => {
  const requirement: Array<[Stage, keyof PipelineRow, unknown, string]> = [
    ['Negotiation', 'relevance', '', 'error: Relevance missing (vet the producer before Negotiation)'],
    ['Negotiation', 'reliability', '', 'error: Reliability missing (vet the producer before Negotiation)'],
    ['Onboarding', 'contractSigned', false, 'error: Contract not signed'],
    ['Onboarding', 'startDate', '', 'error: Start date missing'],
    ['Co-creation', 'brief', '', 'error: Brief missing'],
    ['Co-creation', 'usageRights', '  ', 'error: Usage rights missing'],
    ['Promotion', 'disclosure', false, 'error: Disclosure missing'],
    ['Promotion', 'utmLink', '', 'error: UTM link missing'],
    ['Measurement', 'attributedSales', '', 'error: Attributed sales missing'],
    ['Renewal', 'debriefDone', false, 'error: Debrief not done'],
    ['Exit', 'endDate', '', 'error: End date missing'],
  ];
  it.each(requirement)('from %s: %s', (firstStage, field, value, message) => {
    const first = STAGES.indexOf(firstStage);
    for (const stage of STAGES) {
      const got = messages({ ...completeRow(stage), [field]: value });
      if (STAGES.indexOf(stage) >= first) expect(got).toContain(message);
      else expect(got).not.toContain(message);
    }
  });

  it('Onboarding needs a base fee or a commission, not both', () => {
    expect(messages({ ...completeRow('Onboarding'), baseFee: '' })).toEqual([]);
    expect(messages({ ...completeRow('Onboarding'), baseFee: '', commission: '' })).toEqual([
      'error: Base fee or Commission missing',
    ]);
    expect(messages({ ...completeRow('Negotiation'), baseFee: '', commission: '' })).toEqual([]);
  });
});

describe('rules that always apply', () => {
  it('names bad values', () => {
    const row = {
      ...completeRow('Discovery'),
      relevance: 7,
      commission: 10,
      baseFee: -1,
      audienceSize: 'huge',
      revisionRounds: 1.5,
      startDate: new Date(Date.UTC(2026, 5, 1)),
      endDate: new Date(Date.UTC(2026, 0, 1)),
      utmLink: 'https://x.example/?utm_source=a',
    };
    expect(messages(row)).toEqual([
      'error: Relevance must be between 0 and 5 (got 7)',
      'error: Commission 10 is over 100%: did you mean 10%?',
      'error: Base fee must be 0 or more (got -1)',
      'error: Audience size must be a number (got "huge")',
      'error: Revision rounds must be a whole number of 0 or more (got 1.5)',
      'error: End date 2026-01-01 is before Start date 2026-06-01',
      'error: UTM link is missing utm_medium, utm_campaign',
    ]);
  });

  it('producer and stage are required, stage is matched loosely', () => {
    expect(messages({ ...completeRow('Discovery'), producer: '' })).toEqual(['error: Producer missing']);
    expect(messages({ ...completeRow('Discovery'), stage: '' })).toEqual(['error: Stage missing']);
    expect(messages({ ...completeRow('Discovery'), stage: 'Pitching' })[0]).toBe(
      'error: Stage "Pitching" is not one of Discovery, Negotiation, Onboarding, Co-creation, Promotion, Measurement, Renewal, Exit',
    );
    expect(messages({ ...completeRow('Co-creation'), stage: ' co-CREATION ' })).toEqual([]);
  });

  it('text in a date column is an error, not a silent blank', () => {
    expect(messages({ ...completeRow('Promotion'), lastCheckIn: 'last week' })).toEqual([
      'error: Last check-in must be a date (got "last week")',
    ]);
  });

  it('a missing column is reported instead of its rules', () => {
    const got = messages(
      { ...completeRow('Promotion'), disclosure: undefined },
      { missingFields: ['disclosure'] },
    );
    expect(got).toEqual(['error: column "Disclosure" is missing']);
  });
});

describe('warnings', () => {
  it('more than two revision rounds from Co-creation', () => {
    expect(messages({ ...completeRow('Co-creation'), revisionRounds: 3 })).toEqual([
      'warning: 3 revision rounds (max 2)',
    ]);
    expect(messages({ ...completeRow('Negotiation'), revisionRounds: 3 })).toEqual([]);
  });

  it('check-ins on active rows only, naming the days', () => {
    expect(messages({ ...completeRow('Promotion'), lastCheckIn: daysAgo(45) })).toEqual([
      'warning: last check-in 45 days ago (over 30)',
    ]);
    expect(messages({ ...completeRow('Promotion'), lastCheckIn: daysAgo(30) })).toEqual([]);
    expect(messages({ ...completeRow('Onboarding'), lastCheckIn: '' })).toEqual([
      'warning: no check-in recorded (check in every 30 days)',
    ]);
    expect(messages({ ...completeRow('Exit'), lastCheckIn: '' })).toEqual([]);
    expect(messages({ ...completeRow('Negotiation'), lastCheckIn: '' })).toEqual([]);
  });

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

describe('cell readers', () => {
  it('blank rows ignore ID, Status, formulas and unticked boxes', () => {
    expect(isBlankRow({ id: 'P-0003', status: 'OK', score: 50, contractSigned: false, producer: ' ' })).toBe(
      true,
    );
    expect(isBlankRow({ niche: 'food' })).toBe(false);
  });
  it('ticks accept what people type', () => {
    expect(['yes', 'X', 'TRUE', true].map((v) => parseTick(v, 'disclosure'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['no', '', false].map((v) => parseTick(v, 'disclosure'))).toEqual([false, false, false]);
    expect(() => parseTick('maybe', 'disclosure')).toThrow('Disclosure must be ticked or not (got "maybe")');
  });
  it('a UTM link is an http(s) URL carrying utm_source, utm_medium and utm_campaign with values', () => {
    expect(utmProblem('https://a.example/p?utm_source=a&utm_medium=b&utm_campaign=c#x')).toBeUndefined();
    expect(utmProblem('ftp://a.example/?utm_source=a')).toMatch(/must be an http\(s\) URL/);
    expect(utmProblem('=HYPERLINK("http://evil")')).toMatch(/must be an http\(s\) URL/);
    expect(utmProblem('https://a.example/?utm_source=&utm_medium=b&utm_campaign=c')).toBe(
      'UTM link is missing utm_source',
    );
  });
});

describe('the optional Caption column', () => {
  const buried = `${'x'.repeat(150)} #run #fit #gym #ad`;

  it('from Promotion on, the caption check findings are warnings', () => {
    expect(messages({ ...completeRow('Promotion'), caption: 'Loving these #shoes #sp' })).toEqual([
      'warning: Caption missing: no #ad, #sponsored, "advertisement" or "paid partnership"',
      'warning: Caption vague: #sp alone does not disclose',
    ]);
    expect(messages({ ...completeRow('Exit'), caption: buried })).toEqual([
      'warning: Caption buried: first disclosure at character 167, after the 125 shown before "more"',
      'warning: Caption buried: inside a block of 4 hashtags',
    ]);
    expect(messages({ ...completeRow('Measurement'), caption: '#ad Loving these shoes' })).toEqual([]);
  });

  it('before Promotion, blank, or without the column, nothing is said', () => {
    expect(messages({ ...completeRow('Co-creation'), caption: 'no disclosure here' })).toEqual([]);
    expect(messages({ ...completeRow('Promotion'), caption: '  ' })).toEqual([]);
    expect(messages(completeRow('Renewal'))).toEqual([]);
  });

  it('is never required: a sheet without it reports no missing column', () => {
    const missing = run(completeRow('Promotion'), { missingFields: [] }).findings;
    expect(missing).toEqual([]);
  });
});
