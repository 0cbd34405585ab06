#!/usr/bin/env node
// Makes sure Playwright has a Chromium to drive: Debian's, never a downloaded build.
// Order: $CHROMIUM_PATH, then /usr/bin/chromium, then apt-get (as root). Never downloads a browser
// build: when none of these works it exits 1 saying how to install Debian's chromium.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

function resolveBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CHROMIUM_PATH is set to "${fromEnv}" but no file exists there.`);
    return `${fromEnv} (from CHROMIUM_PATH)`;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;

  if (process.getuid?.() === 0) {
    console.log(`ensure-chromium: ${DEBIAN_CHROMIUM} not found; installing Debian's chromium package.`);
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']) && existsSync(DEBIAN_CHROMIUM)) {
      return `${DEBIAN_CHROMIUM} (installed with apt-get)`;
    }
    fail(`apt-get could not install chromium. Install Debian's "chromium" package or set CHROMIUM_PATH.`);
  }

  fail(
    `no Chromium at ${DEBIAN_CHROMIUM} and CHROMIUM_PATH is not set. Install Debian's "chromium" package ` +
      `(as root: apt-get install chromium), or set CHROMIUM_PATH to a Chromium executable.`,
  );
}

console.log(`ensure-chromium: using ${resolveBrowser()}`);
