/**
 * Who a campaign or a discount code belongs to: the partnerships the import dialog receives, as
 * maps from a compared value to the IDs it names (Maps, so a campaign called "constructor" finds
 * nothing). Two partnerships sharing a campaign make it ambiguous, never a guess.
 */
import { textKey } from '../values';
import type { PartnershipTags } from './import-contract';

export interface Directory {
  readonly byCampaign: ReadonlyMap<string, readonly string[]>;
  readonly byCode: ReadonlyMap<string, readonly string[]>;
  readonly ids: ReadonlySet<string>;
}

/** A campaign or code as compared: URL escapes decoded, case and surrounding spaces ignored. */
export function tagKey(value: string): string {
  let text = value;
  if (text.includes('%') || text.includes('+')) {
    try {
      text = decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      // a malformed escape is compared as written
    }
  }
  return textKey(text);
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  if (key === '') return;
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

export function buildDirectory(partnerships: readonly PartnershipTags[]): Directory {
  const byCampaign = new Map<string, string[]>();
  const byCode = new Map<string, string[]>();
  const ids = new Set<string>();
  for (const p of partnerships) {
    ids.add(p.id);
    addTo(byCampaign, tagKey(p.id), p.id);
    for (const campaign of p.campaigns) addTo(byCampaign, tagKey(campaign), p.id);
    for (const code of p.codes) addTo(byCode, tagKey(code), p.id);
  }
  // An ID is its own campaign: another partnership's link tagged with it does not make it ambiguous.
  for (const id of ids) byCampaign.set(tagKey(id), [id]);
  return { byCampaign, byCode, ids };
}
