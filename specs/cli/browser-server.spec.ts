import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from './run-cli';

test.describe('npm run browser-server', () => {
  test('a .env key a letter off a setting is one line naming its place and the setting meant, exit 2, before the server starts', () => {
    // A folder of its own: the command reads .env from where it is run.
    const dir = mkdtempSync(join(tmpdir(), 'browser-server-'));
    try {
      writeFileSync(join(dir, '.env'), '# the browser\nCHROMIUM_PAT=/usr/bin/chromium\n');
      // A host not of this machine, refused after the settings: should .env go unread, the command ends there all
      // the same, never serving (a server does not end by itself).
      expect(runCli('scripts/browser-server.ts', ['--host', '203.0.113.1'], { cwd: dir })).toEqual({
        status: 2,
        stdout: '',
        stderr:
          '.env:2: CHROMIUM_PAT is not a setting of the harness; did you mean CHROMIUM_PATH? (see .env.example)\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
