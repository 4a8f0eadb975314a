import fc from 'fast-check';
import {
  concentrationLabel,
  SalesByProducer,
  topProducers,
} from '../../../src/core/concentration/concentration';

function of(rows: Array<[string, number]>) {
  const byProducer = new SalesByProducer();
  for (const [name, sales] of rows) byProducer.add(name, sales);
  return byProducer.concentration();
}

describe('concentration', () => {
  it('shares, HHI (sum of squared shares x 10,000) and the top producer', () => {
    const c = of([
      ['Ana', 600],
      ['Ben', 300],
      ['Cleo', 100],
    ])!;
    expect(c.total).toBe(1000);
    expect(c.producers.map((p) => [p.name, p.share])).toEqual([
      ['Ana', 0.6],
      ['Ben', 0.3],
      ['Cleo', 0.1],
    ]);
    expect(c.hhi).toBeCloseTo(3600 + 900 + 100, 9);
    expect(c.label).toBe('concentrated');
    expect(topProducers(c).map((p) => p.name)).toEqual(['Ana']);
  });

  it('groups producers by name, case and surrounding spaces ignored, keeping the first spelling', () => {
    const c = of([
      [' Ana ', 100],
      ['ANA', 100],
      ['ben', 200],
    ])!;
    expect(c.producers.map((p) => [p.name, p.sales])).toEqual([
      ['Ana', 200],
      ['ben', 200],
    ]);
    expect(topProducers(c).map((p) => p.name)).toEqual(['Ana', 'ben']);
    expect(c.hhi).toBeCloseTo(5000, 9);
  });

  it('labels: diversified below 1,500, moderate up to 2,500, concentrated above', () => {
    expect(concentrationLabel(1499.99)).toBe('diversified');
    expect(concentrationLabel(1500)).toBe('moderate');
    expect(concentrationLabel(2500)).toBe('moderate');
    expect(concentrationLabel(2500.01)).toBe('concentrated');
    // Ten equal producers: 10 x 10% squared = 1,000.
    expect(of(Array.from({ length: 10 }, (_, i) => [`P${i}`, 5] as [string, number]))!.label).toBe(
      'diversified',
    );
    expect(of([['Solo', 1]])!.hhi).toBe(10000);
  });

  it('no sales, or a total that overflows, gives no concentration rather than zeros or NaN', () => {
    expect(of([])).toBeUndefined();
    expect(of([['Ana', 0]])).toBeUndefined();
    expect(
      of([
        ['Ana', 1.7e308],
        ['Ben', 1.7e308],
      ]),
    ).toBeUndefined();
  });

  it('keys that are Object property names are producers like any other', () => {
    const c = of([
      ['constructor', 1],
      ['__proto__', 1],
      ['toString', 2],
    ])!;
    expect(c.producers.map((p) => p.name)).toEqual(['toString', 'constructor', '__proto__']);
  });

  it('HHI lies between 10,000 / producers and 10,000; shares add up to 1', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('a', 'B', ' b', 'c', 'D', 'e'),
            fc.double({ min: 0.01, max: 1e9, noNaN: true }),
          ),
          {
            minLength: 1,
          },
        ),
        (rows) => {
          const c = of(rows)!;
          const shares = c.producers.reduce((sum, p) => sum + p.share, 0);
          return (
            Math.abs(shares - 1) < 1e-9 && c.hhi >= 10000 / c.producers.length - 1e-6 && c.hhi <= 10000 + 1e-6
          );
        },
      ),
    );
  });
});
