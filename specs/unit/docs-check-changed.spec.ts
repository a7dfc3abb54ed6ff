import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { changedLines, changedProcedures, ChangedRefError, procedureRanges } from '../../checker/read/changed';
import { documentedPage } from '../../bindings/documented-page';
import { parseDocFile } from '../../bindings/action-pack/parse';
import { pageRepo } from './page-repo';

const SUBSCRIBE = 'subscribe-to-microsoft-action-pack';
const TURN_OFF = 'turn-off-automatic-action-pack-subscription-renewal';
const RENEW = 'renew-your-action-pack-subscription';
const CANCEL = 'cancel-your-action-pack-subscription';

/** The page with `edit` applied to its 1-based `line`. */
function editLine(page: string, line: number, edit: (text: string) => string | undefined): void {
  const lines = readFileSync(page, 'utf8').split('\n');
  const next = edit(lines[line - 1] ?? '');
  lines.splice(line - 1, 1, ...(next === undefined ? [] : [next]));
  writeFileSync(page, lines.join('\n'));
}

test.describe('docs:check --changed <git-ref>', () => {
  test('a procedure runs from its heading to the next heading of its level', () => {
    const doc = documentedPage();
    const line = (id: string) => doc.sections.find((s) => s.id === id)?.line ?? 0;
    expect(procedureRanges(doc)).toEqual([
      { id: SUBSCRIBE, from: line(SUBSCRIBE), to: line(TURN_OFF) - 1 },
      { id: TURN_OFF, from: line(TURN_OFF), to: line(RENEW) - 1 },
      { id: RENEW, from: line(RENEW), to: line(CANCEL) - 1 },
      { id: CANCEL, from: line(CANCEL), to: line('next-steps') - 1 },
    ]);
  });

  test('a changed step and a removed note line select their procedures; the others are skipped', () => {
    const { page } = pageRepo();
    const doc = parseDocFile(page);
    const renewStep = doc.procedures.find((p) => p.id === RENEW)?.steps[2]?.line ?? 0;
    const cancelLast = (doc.sections.find((s) => s.id === 'next-steps')?.line ?? 0) - 2;
    editLine(page, renewStep, (text) => text.replace('</span>', ' (edited)</span>'));
    editLine(page, cancelLast, () => undefined);
    const lines = changedLines(page, 'HEAD');
    expect(lines).toContain(renewStep);
    expect(changedProcedures(parseDocFile(page), lines)).toEqual({
      changed: [RENEW, CANCEL],
      skipped: [SUBSCRIBE, TURN_OFF],
      outside: [],
    });
  });

  test('a change above every procedure selects none and is named by its line', () => {
    const { page } = pageRepo();
    editLine(page, 20, (text) => `${text} `);
    expect(changedProcedures(parseDocFile(page), changedLines(page, 'HEAD'))).toEqual({
      changed: [],
      skipped: [SUBSCRIBE, TURN_OFF, RENEW, CANCEL],
      outside: [20],
    });
  });

  test('a ref that names no commit is refused', () => {
    const { page } = pageRepo();
    expect(() => changedLines(page, 'origin/no-such-branch')).toThrow(ChangedRefError);
  });
});
