import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type Viewport } from '../../../scripts/lib/chromium';

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to anywhere but the app's own origin. The suite fails on any. */
  readonly offOriginRequests: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** A fresh Chromium profile with guards that record off-origin requests and errors. */
export async function openBrowser(
  baseUrl: string,
  viewport: Viewport = { width: 1280, height: 900 },
): Promise<BrowserSession> {
  const { context, close } = await launchChromium(viewport);
  const origin = new URL(baseUrl).origin;
  const offOriginRequests: string[] = [];
  const errors: string[] = [];
  const isLocal = (url: URL) => url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:';
  context.on('request', (request) => {
    if (!isLocal(new URL(request.url()))) offOriginRequests.push(request.url());
  });
  // Refused as well as recorded, so a stray request can never carry data away during a test.
  await context.route(
    (url) => !isLocal(url),
    (route) => route.abort('blockedbyclient'),
  );
  const watch = (p: Page) => {
    p.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    p.on('pageerror', (error) => errors.push(error.message));
  };
  const existing = context.pages()[0];
  context.on('page', watch);
  if (existing) watch(existing);
  const page = existing ?? (await context.newPage());
  return { context, page, offOriginRequests, errors, close };
}
