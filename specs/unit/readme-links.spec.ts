import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

// The README and the guides point into the repository and into each other: a link that leads nowhere, or to a
// heading that was renamed, is a reader stuck. Links are checked against the files as they are when the test runs.

const README_MAX_LINES = 250;
const guidesDir = 'docs/guides';

/** The README and every guide. */
function readerDocs(): string[] {
  const guides = readdirSync(guidesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(guidesDir, name));
  return ['README.md', ...guides.sort()];
}

function parse(file: string): Root {
  return unified().use(remarkParse).parse(readFileSync(file, 'utf8'));
}

/** The anchors GitHub gives a markdown file's headings (github-slugger: lower case, punctuation dropped, -1 for repeats). */
function headingAnchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(file), 'heading', (heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}

/** A link's target with a scheme (https:, mailto:) or protocol-relative leaves the repository: not checked here. */
const leavesRepository = (url: string) => /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');

/**
 * Each relative link (and image, and link definition) of a markdown file that leads to no file, or to an anchor
 * no heading of its markdown target has, as `file:line: what is wrong`. A link starting with `/` is from the
 * repository's root (`root`), as GitHub reads it; anchors into other files than markdown must be line anchors.
 */
function brokenLinks(file: string, root = process.cwd()): string[] {
  const problems: string[] = [];
  const anchorsOf = new Map<string, Set<string>>();
  visit(parse(file), ['link', 'image', 'definition'], (node) => {
    if (!('url' in node) || typeof node.url !== 'string' || leavesRepository(node.url)) return;
    const at = `${relative(root, file)}:${node.position?.start.line ?? 0}`;
    const hash = node.url.indexOf('#');
    const path = decodeURIComponent(hash < 0 ? node.url : node.url.slice(0, hash));
    const anchor = hash < 0 ? undefined : decodeURIComponent(node.url.slice(hash + 1));
    const target = path === '' ? file : path.startsWith('/') ? join(root, path) : resolve(dirname(file), path);
    if (!existsSync(target)) {
      problems.push(`${at}: ${node.url} leads to ${relative(root, target)}, which does not exist`);
      return;
    }
    if (anchor === undefined) return;
    if (!target.endsWith('.md') || statSync(target).isDirectory()) {
      if (!/^L\d+(-L\d+)?$/.test(anchor)) problems.push(`${at}: ${node.url}: #${anchor} is not a line of that file`);
      return;
    }
    const anchors = anchorsOf.get(target) ?? headingAnchors(target);
    anchorsOf.set(target, anchors);
    if (!anchors.has(anchor))
      problems.push(`${at}: ${node.url}: no heading of ${relative(root, target)} has the anchor #${anchor}`);
  });
  return problems;
}

test.describe('the README and the guides', () => {
  for (const file of readerDocs())
    test(`every relative link in ${file} leads to a file that exists, and each #anchor to one of its headings`, () => {
      expect(brokenLinks(resolve(file))).toEqual([]);
    });

  test(`the README is at most ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync('README.md', 'utf8').replace(/\n$/, '').split('\n').length;
    expect(lines, 'README.md lines: move the detail into a guide in docs/guides/').toBeLessThanOrEqual(
      README_MAX_LINES,
    );
  });

  test('a link to a missing file, to a missing heading and to a folder are told apart, each at its line', () => {
    const dir = test.info().outputPath('docs');
    mkdirSync(join(dir, 'guides'), { recursive: true });
    writeFileSync(
      join(dir, 'guides', 'other.md'),
      '# Other guide\n\n## Shards and one report\n\n## Shards and one report\n',
    );
    const readme = join(dir, 'README.md');
    writeFileSync(
      readme,
      [
        '# Read me',
        '',
        '[fine](guides/other.md#shards-and-one-report) and [the repeat](guides/other.md#shards-and-one-report-1)',
        '[a folder](guides/) and [this page](#read-me) and [away](https://example.com/missing.md)',
        '[gone](guides/missing.md)',
        '[renamed](guides/other.md#shards)',
        '',
        '[defined]: ./nowhere.md',
      ].join('\n'),
    );
    expect(brokenLinks(readme, dir)).toEqual([
      'README.md:5: guides/missing.md leads to guides/missing.md, which does not exist',
      'README.md:6: guides/other.md#shards: no heading of guides/other.md has the anchor #shards',
      'README.md:8: ./nowhere.md leads to nowhere.md, which does not exist',
    ]);
  });
});
