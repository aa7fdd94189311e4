/** The toolbar badge: the number of highlights on a recognised article, per tab. */
export async function setBadge(tabId: number, count: number): Promise<void> {
  // MV3 calls it `action`, Firefox MV2 `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#b71c1c' });
}
