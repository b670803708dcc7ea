import browser from 'webextension-polyfill';
import type { KindCounts } from '../messaging/protocol';

/** Text for the toolbar badge: the number of highlights, empty when there are none. */
export function badgeText(counts: KindCounts): string {
  const total = counts.figure + counts.quote + counts.company;
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

/** Shows the count of highlights on the tab's toolbar button (MV3 `action`, MV2 `browserAction`). */
export async function showBadge(tabId: number, counts: KindCounts): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
  await action.setBadgeText({ tabId, text: badgeText(counts) });
}
