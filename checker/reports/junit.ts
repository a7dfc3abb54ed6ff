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
  // Drift is a finding about the page (a failure); unverified means the check could not look (an error).
  const tag = c.status === 'drift' ? 'failure' : 'error';
  return `${open}>\n      <${tag} type="${c.status}" message="${xml(oneLine(c.message))}">${xml(c.details)}</${tag}>\n    </testcase>`;
}

function testsuite(name: string, file: string, cases: Case[]): string {
  const failures = cases.filter((c) => c.status === 'drift').length;
  const errors = cases.filter((c) => c.status === 'unverified').length;
  return [
    `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="0" file="${xml(file)}">`,
    ...cases.map(testcase),
    '  </testsuite>',
  ].join('\n');
}

/** The check's result as JUnit XML: a test suite per language and procedure, one for its rules, one for its sentences. */
export function toJunit(result: CheckResult): string {
  const doc = relative(process.cwd(), result.doc) || result.doc;
  const at = (line: number | null) => (line === null ? doc : `${doc}:${line}`);
  const suites: { name: string; cases: Case[] }[] = [];
  for (const r of result.results) {
    for (const p of r.procedures)
      suites.push({
        name: `docs:check ${r.locale} · ${p.title}`,
        cases: p.steps.map((st) => ({
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
      });
    suites.push({
      name: `docs:check ${r.locale} · rules`,
      cases: r.rules.map((rule) => ({
        name: `rule ${rule.id} · ${at(rule.line)}`,
        classname: `docs-check.${r.locale}.rules`,
        status: rule.status,
        message: rule.message,
        details: [`${at(rule.line)}: ${rule.message}`, rule.sentence ? `The page: ${rule.sentence}` : ''].filter(Boolean).join('\n'),
      })),
    });
    suites.push({
      name: `docs:check ${r.locale} · sentences`,
      cases: r.sentences.map((s) => ({
        name: `sentence · ${at(s.line)}`,
        classname: `docs-check.${r.locale}.sentences`,
        status: s.status,
        message: s.message,
        details: `${at(s.line)}: ${s.message}\nThe page: ${s.sentence}`,
      })),
    });
  }
  const all = suites.flatMap((s) => s.cases);
  const failures = all.filter((c) => c.status === 'drift').length;
  const errors = all.filter((c) => c.status === 'unverified').length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(`docs:check ${doc}`)}" tests="${all.length}" failures="${failures}" errors="${errors}">`,
    ...suites.map((s) => testsuite(s.name, doc, s.cases)),
    '</testsuites>',
    '',
  ].join('\n');
}
