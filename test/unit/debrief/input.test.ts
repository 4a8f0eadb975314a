import { normalizeDebriefForm, readDebriefForm } from '../../../src/core/debrief/input';

describe('the debrief form', () => {
  it('the form keeps only its own keys and text; numbers are checked', () => {
    const form = normalizeDebriefForm({
      text: { worked: '=1+1', __proto__: { x: 1 }, extra: 'no' },
      ticks: { audienceShifting: 'yes', strainedRelationship: true },
      numbers: { contentOutput: 3, lifetimeValue: '' },
    });
    expect(form.text).toEqual({ worked: '=1+1', didNotWork: '', toChange: '' });
    expect(form.ticks).toEqual({ audienceShifting: false, strainedRelationship: true });
    expect(readDebriefForm(form).notes?.contentOutput).toBe(3);
    const long = readDebriefForm({ ...form, text: { ...form.text, toChange: 'x'.repeat(2001) } });
    expect(long.errors).toEqual([
      { field: 'toChange', message: 'What to change is too long (2001 characters, at most 2000)' },
    ]);
  });
});
