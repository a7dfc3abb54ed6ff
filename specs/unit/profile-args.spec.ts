import { expect, test } from '@playwright/test';
import { ProfileArgsError, profileArgs } from '../../scripts/profile/profile-args';

const usage =
  '(usage: npm run profile [-- --cold] [--project=…] [--grep=…] [--workers=…] [--repeat-each=…] [--shard=…])';

test.describe("the profile's arguments, read before npm test runs", () => {
  test('--cold is its own; the options it passes on reach npm test with their values, in either form', () => {
    expect(profileArgs(['--cold', '--project=unit', '--grep', 'checkout', '--workers', '2'], {})).toEqual({
      cold: true,
      passOn: ['--project=unit', '--grep', 'checkout', '--workers', '2'],
    });
    expect(profileArgs([], {})).toEqual({ cold: false, passOn: [] });
  });

  test("a word that names one of the profile's options (the dashes forgotten) is refused, never run as a test filter", () => {
    expect(() => profileArgs(['cold'], {})).toThrow(
      new ProfileArgsError(`"cold" is not an option: did you mean --cold? ${usage}`),
    );
    expect(() => profileArgs(['--workers=2', 'grep'], {})).toThrow(
      new ProfileArgsError(`"grep" is not an option: did you mean --grep? ${usage}`),
    );
  });

  test('filters of test files and short options reach npm test, which reads them as Playwright does', () => {
    expect(profileArgs(['specs/unit', '-j', '2', '-g', 'checkout', '-x'], {})).toEqual({
      cold: false,
      passOn: ['specs/unit', '-j', '2', '-g', 'checkout', '-x'],
    });
  });

  test('a long option it does not know is refused in one line', () => {
    expect(() => profileArgs(['--colds', '2'], {})).toThrow(new ProfileArgsError(`unknown option --colds ${usage}`));
  });

  test('npm run profile --cold (the -- forgotten, so npm took it) is refused, not run warm', () => {
    const npm = {
      npm_lifecycle_event: 'profile',
      npm_lifecycle_script: 'tsx scripts/profile.ts',
      npm_config_cold: 'true',
    };
    expect(() => profileArgs([], npm, 'scripts/profile.ts')).toThrow(
      new ProfileArgsError(
        `--cold went to npm, not to the command: put it after --, as in npm run profile -- --cold ${usage}`,
      ),
    );
  });
});
