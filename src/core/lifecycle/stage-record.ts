/**
 * The stage a row was last validated at, and the stages its last move skipped, kept by ID in the
 * document's properties so sorting never breaks it.
 */
import { STAGES, type Stage, stageIndex } from './pipeline';

export interface StageRecord {
  readonly stage: Stage;
  readonly skipped: readonly Stage[];
}

/**
 * A stage move as a record: a forward jump over stages is remembered (and warned about) until the
 * stage changes again. Exit may be reached from anywhere; Renewal may start a new cycle at
 * Negotiation, Onboarding or Co-creation; moving back is allowed.
 */
export function stageMove(previous: StageRecord | undefined, current: Stage): StageRecord {
  if (!previous) return { stage: current, skipped: [] };
  if (previous.stage === current) return previous;
  const from = stageIndex(previous.stage);
  const to = stageIndex(current);
  if (current === 'Exit' || previous.stage === 'Exit' || to <= from) return { stage: current, skipped: [] };
  if (previous.stage === 'Renewal') return { stage: current, skipped: [] };
  return { stage: current, skipped: STAGES.slice(from + 1, to) };
}

/** Stage records are stored compactly ("4" or "4|2,3": stage index, then skipped stage indexes). */
export function encodeStageRecord(record: StageRecord): string {
  const stage = String(stageIndex(record.stage));
  return record.skipped.length ? `${stage}|${record.skipped.map(stageIndex).join(',')}` : stage;
}

export function decodeStageRecord(text: string | null | undefined): StageRecord | undefined {
  if (!text) return undefined;
  const [stagePart, skippedPart] = text.split('|');
  const stage = STAGES[Number(stagePart)];
  if (stage === undefined) return undefined;
  const skipped = skippedPart
    ? skippedPart
        .split(',')
        .map((i) => STAGES[Number(i)])
        .filter((s) => s !== undefined)
    : [];
  return { stage, skipped };
}
