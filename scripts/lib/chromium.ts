import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Flags that keep Debian's Chromium from reaching out to the network on these machines (DESIGN.md section 8). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface ChromiumProfile {
  readonly context: BrowserContext;
  /** The profile directory, which names this browser's processes on the command line. */
  readonly profileDir: string;
  close(): Promise<void>;
}

/** A window size in CSS pixels; `deviceScaleFactor` 2 with half the width is how a browser zoomed to 200% lays out. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  readonly deviceScaleFactor?: number;
}

/**
 * Debian's Chromium with a fresh, empty profile (so every launch starts with a cold cache), or with the profile
 * `reuseProfile` names, as a returning visitor's browser; a reused profile is left in place on close.
 */
export async function launchChromium(
  { width, height, deviceScaleFactor = 1 }: Viewport = { width: 1280, height: 900 },
  reuseProfile?: string,
): Promise<ChromiumProfile> {
  const profile = reuseProfile ?? mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width, height },
    deviceScaleFactor,
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  return {
    context,
    profileDir: profile,
    async close() {
      await context.close();
      if (!reuseProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
