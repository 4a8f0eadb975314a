import { type PipelineRow, STAGES, type Stage } from '../../../src/core/lifecycle/pipeline';
import { completeRow, daysAgo, messages, run } from './row-rules-helpers';

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

describe('stage warnings', () => {
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

  it('with the optional Brand column, a tag like #AcmePartner discloses, as DISCLOSURE_CHECK(caption, brand)', () => {
    const caption = 'Loving these shoes #AcmePartner';
    expect(messages({ ...completeRow('Promotion'), caption, brand: 'Acme' })).toEqual([]);
    expect(messages({ ...completeRow('Promotion'), caption })).toEqual([
      'warning: Caption missing: no #ad, #sponsored, "advertisement" or "paid partnership" (give the brand to count a tag like #AcmePartner)',
    ]);
    // A brand that cannot be read is said, and the caption read without it; nothing is lost.
    expect(messages({ ...completeRow('Promotion'), caption, brand: '!!!' })).toEqual([
      'warning: Brand must contain letters or digits, so the caption was read without it',
      'warning: Caption missing: no #ad, #sponsored, "advertisement" or "paid partnership" (give the brand to count a tag like #AcmePartner)',
    ]);
    expect(messages({ ...completeRow('Promotion'), caption: '#ad shoes', brand: 'x'.repeat(201) })).toEqual([
      'warning: Brand must be at most 200 characters, so the caption was read without it',
    ]);
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
