/** Pipeline rows and a validateRow shorthand shared by the lifecycle rule tests. */
import type { PipelineRow, Stage } from '../../../src/core/lifecycle/pipeline';
import { validateRow } from '../../../src/core/lifecycle/row-rules';

export const NOW = Date.UTC(2026, 10, 28, 12);
export const daysAgo = (n: number) => new Date(NOW - n * 86400000);

/** A row that meets every requirement up to and including `stage`. */
export function completeRow(stage: Stage): PipelineRow {
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

export const run = (row: PipelineRow, extra = {}) => validateRow(row, { now: NOW, ...extra });
export const messages = (row: PipelineRow, extra = {}) =>
  run(row, extra).findings.map((f) => `${f.severity}: ${f.message}`);
