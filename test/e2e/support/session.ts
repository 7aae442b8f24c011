import { afterAll, beforeAll, expect, inject } from 'vitest';
import { axeViolations } from './axe';
import type { Viewport } from '../../../scripts/lib/chromium';
import { openBrowser, type BrowserSession } from './chromium';

/**
 * One browser per test file, with the checks every end-to-end test owes: no request left the origin and
 * nothing was logged as an error. Returns a getter because the session opens in beforeAll.
 */
export function withBrowserSession(viewport?: Viewport): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser(inject('baseUrl'), viewport);
  });
  afterAll(async () => {
    if (!session) return;
    const { offOriginRequests, errors } = session;
    await session.close();
    expect(offOriginRequests, 'requests that left the origin').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  });
  return () => {
    if (!session) throw new Error('The browser session has not started');
    return session;
  };
}

export const appUrl = (hash: string) => `${inject('baseUrl')}/${hash}`;

export async function expectNoAxeViolations(session: BrowserSession): Promise<void> {
  expect(await axeViolations(session.page)).toEqual([]);
}
