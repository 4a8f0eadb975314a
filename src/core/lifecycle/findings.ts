/**
 * What the rules find in a row, and the Status line that reports it ("OK", or
 * "2 errors, 1 warning: A; B; C" with errors first).
 */
import { quantity } from '../messages';
import { RowError } from '../values';

type Severity = 'error' | 'warning';
export interface Finding {
  readonly severity: Severity;
  readonly message: string;
}

/** Collects a row's findings in the order the rules produce them. */
export class Findings {
  readonly list: Finding[] = [];
  error(message: string): void {
    this.list.push({ severity: 'error', message });
  }
  warning(message: string): void {
    this.list.push({ severity: 'warning', message });
  }
  /** Runs a check whose RowError becomes an error finding; returns its value or undefined. */
  check<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (error instanceof RowError) {
        this.error(error.message);
        return undefined;
      }
      throw error;
    }
  }
}

/** "OK", or "2 errors, 1 warning: A; B; C" with errors first. */
export function statusText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'OK';
  const errors = findings.filter((x) => x.severity === 'error');
  const warnings = findings.filter((x) => x.severity === 'warning');
  const counts: string[] = [];
  if (errors.length) counts.push(quantity(errors.length, 'error'));
  if (warnings.length) counts.push(quantity(warnings.length, 'warning'));
  return `${counts.join(', ')}: ${[...errors, ...warnings].map((x) => x.message).join('; ')}`;
}
