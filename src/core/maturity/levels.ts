/** The maturity levels, and how one figure is rated against a criterion's two bars. */
import type { Count } from './evidence';

export const LEVELS = ['experimental', 'operational', 'strategic'] as const;
export type Level = (typeof LEVELS)[number];

export interface Criterion {
  readonly name: string;
  /** The figure behind the level, as people read it ("85% (17 of 20 from Onboarding)"). */
  readonly figure: string;
  readonly level: Level;
  /** What each level asks for. */
  readonly thresholds: string;
  /** The guide's next step from this level. */
  readonly nextStep: string;
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The highest level whose bar the value clears (higher is better). */
export function levelAtLeast(value: number, operational: number, strategic: number): Level {
  if (value >= strategic) return 'strategic';
  return value >= operational ? 'operational' : 'experimental';
}

export type Steps = Readonly<Record<Level, string>>;

/** A criterion measured as the share of partnerships that have something (a contract, a brief). */
export function shareCriterion(
  name: string,
  c: Count,
  scope: string,
  bars: readonly [number, number],
  steps: Steps,
  missingColumn?: string,
): Criterion {
  const thresholds = `operational from ${percent(bars[0])}, strategic from ${percent(bars[1])}`;
  if (missingColumn) {
    return {
      name,
      figure: `no evidence: column "${missingColumn}" is missing`,
      level: 'experimental',
      thresholds,
      nextStep: steps.experimental,
    };
  }
  if (c.of === 0) {
    return {
      name,
      figure: `no partnerships ${scope} yet`,
      level: 'experimental',
      thresholds,
      nextStep: steps.experimental,
    };
  }
  const share = c.have / c.of;
  const level = levelAtLeast(share, bars[0], bars[1]);
  return {
    name,
    figure: `${percent(share)} (${c.have} of ${c.of} ${scope})`,
    level,
    thresholds,
    nextStep: steps[level],
  };
}
