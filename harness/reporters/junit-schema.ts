import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FullConfig, Reporter } from '@playwright/test/reporter';
import { schemaValidJunit } from './schema-valid-junit';

/**
 * Listed after Playwright's `junit` reporter, with the same outputFile: once every reporter has ended (the junit
 * reporter writes its file in onEnd), the file is rewritten to be valid against the JUnit schema (junit-schema.ts).
 */
export default class JunitSchemaReporter implements Reporter {
  private file = '';

  constructor(private readonly options: { outputFile: string }) {}

  onBegin(config: FullConfig): void {
    // Resolved as Playwright resolves the junit reporter's outputFile: against the config's folder.
    this.file = resolve(config.configFile ? dirname(config.configFile) : config.rootDir, this.options.outputFile);
  }

  async onExit(): Promise<void> {
    if (this.file && existsSync(this.file)) writeFileSync(this.file, schemaValidJunit(readFileSync(this.file, 'utf8')));
  }

  printsToStdio(): boolean {
    return false;
  }
}
