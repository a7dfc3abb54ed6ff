import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One npm script a CI job runs: `test:browser --shard` for `npm run test:browser -- --shard="$CI_NODE_INDEX/$CI_NODE_TOTAL"`. */
export type ScriptCall = string;

/** What a template's jobs run: per job, its npm script calls in order, and the commands that run project code without one. */
export interface TemplateCalls {
  jobs: Record<string, ScriptCall[]>;
  /** `job: command` for each command that runs the project's tools or code other than through an npm script. */
  direct: string[];
}

// Preparing the machine is the engine's own business (GitHub's runner is not root, GitLab's image is): installing
// packages and browsers, setting variables. Anything else that runs the project's code goes through npm scripts.
const preparation = [/^npm ci\b/, /^npx playwright install\b/, /^(sudo )?apt-get\b/, /^export [A-Z_]+=/, /^echo\b/];
// A job that stages its uploads keeps its command's outcome until then: its last lines are the command
// (`|| JOB_STATUS=$?`), the staging (`|| JOB_STATUS=${JOB_STATUS:-1}`) and the exit with that outcome. Anywhere
// else such a suffix would hide a failure: the line is then no npm script call.
const keptOutcome = [/\s+\|\| JOB_STATUS=\$\?$/, /\s+\|\| JOB_STATUS=\$\{JOB_STATUS:-1\}$/];
const closingExit = 'exit ${JOB_STATUS:-0}';

/** The npm script a command line runs, with the names of the options it passes (`--shard`), or undefined. */
export function scriptCall(command: string): ScriptCall | undefined {
  // A second command after it (`|| …`, `&& …`, `; …`) may change what the line does: no call of one script.
  if (/\|\||&&|;/.test(command)) return undefined;
  const m = /^npm (?:run(?:-script)? ([\w:.-]+)|(test|start))(?:\s+--\s+(.*))?$/.exec(command.trim());
  if (!m) return undefined;
  const options = [...(m[3] ?? '').matchAll(/(?:^|\s)(--[\w-]+)/g)].map((o) => o[1]);
  return [m[1] ?? m[2], ...options].join(' ');
}

function split(jobs: Record<string, string[]>): TemplateCalls {
  const calls: TemplateCalls = { jobs: {}, direct: [] };
  for (const [job, commands] of Object.entries(jobs)) {
    calls.jobs[job] = [];
    const lines = commands
      .flatMap((c) => c.split('\n'))
      .map((c) => c.trim())
      .filter((c) => c && !c.startsWith('#'));
    // The index of the command whose outcome is kept, when the job ends with the exit that uses it.
    const kept = lines.at(-1) === closingExit ? lines.length - 3 : undefined;
    lines.forEach((line, i) => {
      if (kept !== undefined && i === lines.length - 1) return;
      const suffix = kept === undefined ? undefined : keptOutcome[i - kept];
      const call = scriptCall(suffix ? line.replace(suffix, '') : line);
      if (call) calls.jobs[job]?.push(call);
      else if (!preparation.some((p) => p.test(line))) calls.direct.push(`${job}: ${line}`);
    });
  }
  return calls;
}

/** The GitLab pipeline's jobs: every top-level key holding a script (before_script, script and after_script, in order). */
export function gitlabCalls(file = '.gitlab-ci.yml'): TemplateCalls {
  const doc = parse(readFileSync(file, 'utf8'), { merge: true }) as Record<string, unknown>;
  const jobs: Record<string, string[]> = {};
  for (const [name, job] of Object.entries(doc)) {
    if (name.startsWith('.') || !job || typeof job !== 'object' || !('script' in job)) continue;
    const j = job as Record<string, unknown>;
    jobs[name] = ['before_script', 'script', 'after_script'].flatMap((k) => [j[k] ?? []].flat(Infinity) as string[]);
  }
  return split(jobs);
}

/** The GitHub workflow's jobs: the `run` of each step, in order. */
export function githubCalls(file = '.github/workflows/e2e.yml'): TemplateCalls {
  const doc = parse(readFileSync(file, 'utf8')) as { jobs?: Record<string, { steps?: { run?: string }[] }> };
  const jobs: Record<string, string[]> = {};
  for (const [name, job] of Object.entries(doc.jobs ?? {}))
    jobs[name] = (job.steps ?? []).flatMap((s) => (s.run ? [s.run] : []));
  return split(jobs);
}
