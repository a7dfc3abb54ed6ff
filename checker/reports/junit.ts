import { relative } from 'node:path';
import type { CheckResult, Status } from '../model';
import { stepName } from './step-name';

// JUnit XML for CI systems that read it (GitLab's test report, Jenkins): one test case per documented step, per
// rule occurrence and per normative sentence, each named by procedure, step and the page's file:line, so a
// failing case says where to look. The format is the Ant/Surefire one (schemas/junit-10.xsd).

interface Case {
  name: string;
  classname: string;
  status: Status;
  message: string;
  details: string;
  /** Listed, not checked (a link to a page not vendored): neither a pass nor a failure. */
  skipped?: boolean;
}

// XML 1.0 has no place for most control characters, even escaped: they are dropped.
// eslint-disable-next-line no-control-regex
const invalidXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xml = (text: string) =>
  text.replace(invalidXml, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
// An attribute holds one line: CI systems show the message as a title.
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function testcase(c: Case): string {
  const open = `    <testcase name="${xml(c.name)}" classname="${xml(c.classname)}" time="0"`;
  if (c.status === 'ok') return `${open}/>`;
  if (c.skipped) return `${open}>\n      <skipped message="${xml(oneLine(c.message))}"/>\n    </testcase>`;
  // Drift is a finding about the page (a failure); unverified means the check could not look (an error).
  const tag = c.status === 'drift' ? 'failure' : 'error';
  return `${open}>\n      <${tag} type="${c.status}" message="${xml(oneLine(c.message))}">${xml(c.details)}</${tag}>\n    </testcase>`;
}

function testsuite(name: string, file: string, cases: Case[]): string {
  const failures = cases.filter((c) => c.status === 'drift').length;
  const skipped = cases.filter((c) => c.skipped).length;
  const errors = cases.filter((c) => c.status === 'unverified').length - skipped;
  return [
    `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0" file="${xml(file)}">`,
    ...cases.map(testcase),
    '  </testsuite>',
  ].join('\n');
}

interface Suite {
  name: string;
  /** The page, as the suite's file. */
  file: string;
  cases: Case[];
}

const pageOf = (file: string) => relative(process.cwd(), file) || file;

/** One page's suites: one per language (its steps, rules and sentences), one for its links to other pages. */
function suitesOf(result: CheckResult): Suite[] {
  const doc = pageOf(result.doc);
  const at = (line: number | null) => (line === null ? doc : `${doc}:${line}`);
  const suites: Suite[] = [];
  for (const r of result.results) {
    const cases: Case[] = [];
    suites.push({ name: `docs:check ${doc} · ${r.locale}`, file: doc, cases });
    for (const p of r.procedures)
      cases.push(
        ...p.steps.map((st) => ({
          name: `${p.title} · step ${stepName(st)} · ${at(st.line)}`,
          classname: `docs-check.${r.locale}.${p.id}`,
          status: st.status,
          message: st.message,
          details: [
            `${at(st.line)}: ${st.message}`,
            st.text ? `The page: ${st.text}` : '',
            st.expected.length ? `Expected: ${st.expected.join(', ')}` : '',
            st.expected.length ? `On screen: ${st.actual.map((a) => a ?? '(none)').join(', ')}` : '',
            st.screenshot ? `Screenshot: ${st.screenshot}` : '',
          ].filter(Boolean).join('\n'),
        })),
      );
    cases.push(
      ...r.rules.map((rule) => ({
        name: `rule ${rule.id} · ${at(rule.line)}`,
        classname: `docs-check.${r.locale}.rules`,
        status: rule.status,
        message: rule.message,
        details: [`${at(rule.line)}: ${rule.message}`, rule.sentence ? `The page: ${rule.sentence}` : ''].filter(Boolean).join('\n'),
      })),
      ...r.sentences.map((s) => ({
        name: `sentence · ${at(s.line)}`,
        classname: `docs-check.${r.locale}.sentences`,
        status: s.status,
        message: s.message,
        details: `${at(s.line)}: ${s.message}\nThe page: ${s.sentence}`,
      })),
    );
  }
  if (result.links?.length)
    suites.push({
      name: `docs:check ${doc} · links to other pages`,
      file: doc,
      cases: result.links.map((l) => ({
        name: `link ${l.href} · ${at(l.line)}`,
        classname: 'docs-check.links',
        status: l.status,
        message: l.message,
        details: `${at(l.line)}: ${l.message}`,
        ...(l.status === 'unverified' && { skipped: true }),
      })),
    });
  return suites;
}

function document(name: string, suites: readonly Suite[]): string {
  const all = suites.flatMap((s) => s.cases);
  const failures = all.filter((c) => c.status === 'drift').length;
  const errors = all.filter((c) => c.status === 'unverified' && !c.skipped).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${all.length}" failures="${failures}" errors="${errors}">`,
    ...suites.map((s) => testsuite(s.name, s.file, s.cases)),
    '</testsuites>',
    '',
  ].join('\n');
}

/** The check's result as JUnit XML: a test suite per language (each step, rule occurrence and sentence a case). */
export function toJunit(result: CheckResult): string {
  return document(`docs:check ${pageOf(result.doc)}`, suitesOf(result));
}

/** A page of a set the check could not read (the parser's file:line message), as a case that failed. */
export interface RejectedPage {
  file: string;
  message: string;
}

/** A set of pages in one JUnit file: each page's suites, named by the page; a page the parser rejected is an error. */
export function toJunitSet(pages: readonly (CheckResult | RejectedPage)[]): string {
  const suites = pages.flatMap((p): Suite[] => {
    if ('results' in p) return suitesOf(p);
    const file = pageOf(p.file);
    const rejected = { name: `${file} · read`, classname: 'docs-check.page', status: 'unverified' as const };
    return [{ name: `docs:check ${file}`, file, cases: [{ ...rejected, message: p.message, details: p.message }] }];
  });
  return document(`docs:check ${pages.length} pages`, suites);
}
