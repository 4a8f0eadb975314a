/**
 * The concentration domain (src/core/concentration/) owns dependence on few producers: the shares
 * and index of this file and the over-reliance rule of Validate all rows.
 *
 * Producer concentration: how much of the attributed sales depends on few producers. The one
 * source of the shares behind PARTNER_CONCENTRATION, the over-reliance rule and the maturity
 * assessment. The Herfindahl–Hirschman index is the sum of squared shares x 10,000, read with the
 * US merger guidelines' bands: below 1,500 unconcentrated, 1,500 to 2,500 moderately concentrated,
 * above 2,500 highly concentrated.
 */

import { textKey } from '../values';

const HHI_MODERATE_FROM = 1500;
const HHI_CONCENTRATED_ABOVE = 2500;

export type ConcentrationLabel = 'diversified' | 'moderate' | 'concentrated';

export interface ProducerShare {
  /** Grouping key (textKey): the name with case and surrounding spaces ignored. */
  readonly key: string;
  /** The name as first written (trimmed). */
  readonly name: string;
  readonly sales: number;
  readonly share: number;
}

export interface Concentration {
  readonly total: number;
  /** Every producer with sales, largest share first (ties in order of first appearance). */
  readonly producers: readonly ProducerShare[];
  readonly hhi: number;
  readonly label: ConcentrationLabel;
}

export function concentrationLabel(hhi: number): ConcentrationLabel {
  if (hhi < HHI_MODERATE_FROM) return 'diversified';
  return hhi <= HHI_CONCENTRATED_ABOVE ? 'moderate' : 'concentrated';
}

/** Sales per producer, grouped by key, in order of first appearance. Callers validate the sales. */
export class SalesByProducer {
  private readonly entries = new Map<string, { name: string; sales: number }>();
  private sum = 0;

  add(producer: unknown, sales: number): void {
    const key = textKey(producer);
    const entry = this.entries.get(key);
    if (entry) entry.sales += sales;
    else this.entries.set(key, { name: String(producer).trim(), sales });
    this.sum += sales;
  }

  get total(): number {
    return this.sum;
  }

  /**
   * Undefined while there are no sales (shares of nothing are not zero, they do not exist) and when
   * the total overflows (near 1.8e308): callers say which.
   */
  concentration(): Concentration | undefined {
    if (!(this.sum > 0) || !Number.isFinite(this.sum)) return undefined;
    const producers: ProducerShare[] = [];
    let hhi = 0;
    for (const [key, { name, sales }] of this.entries) {
      if (sales <= 0) continue;
      const share = sales / this.sum;
      hhi += share * share * 10000;
      producers.push({ key, name, sales, share });
    }
    // Array.prototype.sort is stable, so equal shares keep their order of appearance.
    producers.sort((a, b) => b.sales - a.sales);
    return { total: this.sum, producers, hhi, label: concentrationLabel(hhi) };
  }
}

/** The producers sharing the largest share (usually one). */
export function topProducers(concentration: Concentration): ProducerShare[] {
  const top = concentration.producers[0];
  return concentration.producers.filter((p) => p.sales === top.sales);
}
