import type { CheckResult, LocaleResult, Status } from '../../checker/model';
import { actionPackRuleReader } from '../../bindings/action-pack/parse';
import { documentedPage } from '../../bindings/documented-page';
import { pinnedStatements } from '../../checker/read/pins';
import { actionPackFlows } from '../../flows/action-pack';
import { alignProcedure } from '../../flows/documented';
import { catalogFor } from '../../pages';

/** A check's result of the vendored page as a run in sync gives it, each step named by its flow step. */
export function inSync(only?: readonly string[]): CheckResult {
  // Parsed here, not at import: the runner imports every spec file to list its tests.
  const doc = documentedPage();
  const locales = only ?? doc.locales;
  const results: LocaleResult[] = locales.map((locale) => ({
    locale,
    procedures: doc.procedures.map((p) => {
      const flow = actionPackFlows.find((f) => f.anchor === p.id);
      const pairs = flow ? alignProcedure(doc, p, flow, locale, catalogFor(locale)) : [];
      const steps = p.steps.map((s) => {
        const stepId = pairs.find((pair) => pair.doc === s)?.bound?.id;
        const status: Status = 'ok';
        return { n: s.n, line: s.line, status, expected: [], actual: [], message: '', ...(stepId && { stepId }) };
      });
      return { id: p.id, title: '', line: p.line, steps };
    }),
    rules: [...doc.rules, ...doc.repeats].map((r) => ({ id: r.id, line: r.line, status: 'ok' as Status, message: '' })),
    sentences: pinnedStatements(doc, locale, actionPackRuleReader).map((s) => ({
      line: s.line,
      status: 'ok' as Status,
      sentence: s.text[locale] ?? '',
      message: '',
    })),
    warnings: [],
  }));
  return {
    doc: doc.file,
    results,
    summary: {
      steps: 0,
      ok: 0,
      drift: 0,
      unverified: 0,
      rules: { ok: 0, drift: 0, unverified: 0 },
      sentences: { ok: 0, drift: 0, unverified: 0 },
    },
  };
}
