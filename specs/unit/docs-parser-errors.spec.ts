import { test, expect } from '@playwright/test';
import { DocError, parseDoc, parseDocFile, reportDocError } from '../../checker/parser';
import { fixture } from './docs-parser-helpers';

function failure(run: () => unknown): DocError {
  try {
    run();
  } catch (e) {
    if (e instanceof DocError) return e;
    throw e;
  }
  throw new Error('expected a DocError, parsing succeeded');
}

/** The parts of a DocError the contract fixes: where, which exit code, and a one-line `file:line: what`. */
function report(e: DocError) {
  const prefix = `${e.file}:${e.line}: `;
  return {
    file: e.file,
    line: e.line,
    exitCode: e.exitCode,
    lines: e.message.split(/\r?\n/).length,
    what: e.message.startsWith(prefix) ? e.message.slice(prefix.length) : `(no file:line prefix) ${e.message}`,
  };
}

const expected = (file: string, line: number, what: RegExp) => ({
  file,
  line,
  exitCode: 2,
  lines: 1,
  what: expect.stringMatching(what),
});

// Front matter is lines 1-3, so a '# T' heading is line 4 and the first step after a blank is line 6.
const FM = '---\nms.contentlocale: ko-KR\n---\n';
const step = (n: number | string, ko: string, en: string, id: string) =>
  `${n}. <span data-ttu-id="t-${id}">${ko}</span><span class="sxs-lookup"><span data-stu-id="t-${id}">${en}</span></span>\n`;

test.describe('malformed fixture files fail with file:line and exit code 2', () => {
  const cases: [string, number, RegExp][] = [
    ['empty.md', 1, /^file is empty$/],
    ['binary.md', 4, /^binary content: NUL byte/],
    ['invalid-utf8.md', 4, /^binary content: invalid UTF-8 byte 0xE9/],
    ['skipped-step.ko-kr.md', 10, /skips a number: expected step 3, found step 4/],
    ['unbalanced-span.ko-kr.md', 8, /^unbalanced <span>: <span class="sxs-lookup"> is never closed/],
    ['no-procedures.md', 1, /^no procedures found/],
    ['does-not-exist.md', 0, /^file not found$/],
  ];
  for (const [name, line, what] of cases) {
    test(name, () => {
      const file = fixture(name);
      expect(report(failure(() => parseDocFile(file)))).toEqual(expected(file, line, what));
    });
  }

  test('a directory is not a page', () => {
    const dir = fixture('');
    expect(report(failure(() => parseDocFile(dir)))).toEqual(expected(dir, 0, /is a directory/));
  });
});

test.describe('malformed text passed to parseDoc', () => {
  test('whitespace only is empty; a NUL character is binary', () => {
    expect(report(failure(() => parseDoc(' \n\n\t\n', 'blank.md')))).toEqual(expected('blank.md', 1, /empty/));
    expect(report(failure(() => parseDoc('# a\n\nb\u0000c\n', 'nul.md')))).toEqual(expected('nul.md', 3, /binary/));
  });

  test('front matter that is not YAML, not a mapping, or names no real locale', () => {
    expect(report(failure(() => parseDoc('---\ntitle: a\nbad: [1, 2\n---\n# T\n\n1. x\n', 'y.md')))).toEqual(
      expected('y.md', 3, /front matter is not valid YAML/),
    );
    expect(report(failure(() => parseDoc('---\n- a\n- b\n---\n# T\n\n1. x\n', 'l.md')))).toEqual(
      expected('l.md', 2, /must be a YAML mapping/),
    );
    expect(
      report(failure(() => parseDoc('---\ntitle: a\nms.contentlocale: not a locale!\n---\n# T\n\n1. x\n', 'loc.md'))),
    ).toEqual(expected('loc.md', 3, /is not a locale tag/));
  });

  test('a bilingual page must say which language its translations are in', () => {
    const text = `---\ntitle: t\n---\n# T\n\n${step(1, '가', 'A', '1')}`;
    expect(report(failure(() => parseDoc(text, 'nl.md')))).toEqual(
      expected('nl.md', 1, /ms.contentlocale does not name the translated locale/),
    );
  });

  test('steps must start at 1 and count up, whatever markdown would render', () => {
    const starts2 = `${FM}# <a name="p"></a>T\n\n${step(2, '가', 'A', '1')}${step(3, '나', 'B', '2')}`;
    expect(report(failure(() => parseDoc(starts2, 's.md')))).toEqual(expected('s.md', 6, /start at 2, expected 1/));
    const repeats = `${FM}# T\n\n${step(1, '가', 'A', '1')}${step(2, '나', 'B', '2')}${step(2, '다', 'C', '3')}`;
    expect(report(failure(() => parseDoc(repeats, 'r.md')))).toEqual(
      expected('r.md', 8, /expected step 3, found step 2/),
    );
    const nested = `${FM}# T\n\n${step(1, '가', 'A', '1')}   1. sub\n   3. sub\n`;
    expect(report(failure(() => parseDoc(nested, 'n.md')))).toEqual(
      expected('n.md', 8, /expected step 2, found step 3/),
    );
  });

  test('a list interrupted by a note must carry its numbering on', () => {
    const note = '> [!NOTE]\n> Mind the gap.\n\n';
    const gap = `${FM}# T\n\n${step(1, '가', 'A', '1')}${step(2, '나', 'B', '2')}\n${note}${step(4, '라', 'D', '4')}`;
    expect(report(failure(() => parseDoc(gap, 'g.md')))).toEqual(expected('g.md', 12, /expected step 3, found step 4/));
  });

  test('a stray </span> is reported on its own line', () => {
    const text = `${FM}# T\n\n${step(1, '가', 'A', '1')}\nintro text</span> more\n`;
    expect(report(failure(() => parseDoc(text, 'c.md')))).toEqual(
      expected('c.md', 8, /^unbalanced <span>: <\/span> without a matching <span>$/),
    );
  });

  test('an unclosed span is reported where it opens, even in a paragraph spanning lines', () => {
    const text = `${FM}# T\n\n${step(1, '가', 'A', '1')}\nfirst line\n<span data-ttu-id="x-9">열림\nstill open\n`;
    expect(report(failure(() => parseDoc(text, 'o.md')))).toEqual(
      expected('o.md', 9, /<span data-ttu-id="x-9"> is never closed/),
    );
    const heading = `${FM}# <span data-ttu-id="h-1">제목\n\n${step(1, '가', 'A', '1')}`;
    expect(report(failure(() => parseDoc(heading, 'h.md')))).toEqual(expected('h.md', 4, /never closed/));
  });

  test('unbalanced spans inside an HTML block are caught too', () => {
    const text = `${FM}# T\n\n<div>\n<span data-ttu-id="b-1">블록\n</div>\n\n${step(1, '가', 'A', '1')}`;
    expect(report(failure(() => parseDoc(text, 'b.md')))).toEqual(expected('b.md', 7, /never closed/));
  });
});

test.describe('DocError and reportDocError', () => {
  test('DocError is an Error with a one-line message', () => {
    const e = new DocError('x.md', 3, 'two\nlines');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DocError');
    expect(e.message).toBe('x.md:3: two lines');
  });

  test('reportDocError rethrows anything that is not a DocError', () => {
    const boom = new TypeError('boom');
    expect(() => reportDocError(boom)).toThrow(boom);
  });
});
