import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak resident memory, in MB, of the renderer processes of the Chromium that uses `profileDir`: the page and its
 * DuckDB worker (a dedicated worker runs in its page's renderer). Read from the kernel's high-water mark
 * (VmHWM in /proc/<pid>/status), so it is the true peak however briefly it lasted. Linux only; null elsewhere.
 */
export function peakRendererMemoryMb(profileDir: string): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let peakKb = 0;
  for (const pid of pids) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes('--type=renderer')) continue;
      // Renderers do not carry the profile path; they carry the browser's pid in their parent chain instead.
      if (!belongsTo(pid, profileDir)) continue;
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return peakKb ? Math.round(peakKb / 1024) : null;
}

function belongsTo(pid: string, profileDir: string): boolean {
  let current = pid;
  for (let depth = 0; depth < 6 && current !== '0' && current !== '1'; depth++) {
    const cmdline = readFileSync(`/proc/${current}/cmdline`, 'utf8');
    if (cmdline.includes(profileDir)) return true;
    const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
    // Field 4 of stat, after the parenthesised command name, is the parent pid.
    current = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '0';
  }
  return false;
}
