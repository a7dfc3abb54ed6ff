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

  test('a word that is no option (the dashes forgotten) is refused in one line, never run as a test filter', () => {
    expect(() => profileArgs(['cold'], {})).toThrow(
      new ProfileArgsError(
        `"cold" is not an option, and the profile takes no test filter: did you mean --cold? ${usage}`,
      ),
    );
    expect(() => profileArgs(['--workers=2', 'checkout'], {})).toThrow(
      new ProfileArgsError(
        `"checkout" is not an option, and the profile takes no test filter: --grep=… chooses the tests ${usage}`,
      ),
    );
  });

  test('an option it does not know, long or short, is refused in one line', () => {
    for (const option of ['--colds', '-j'])
      expect(() => profileArgs([option, '2'], {})).toThrow(new ProfileArgsError(`unknown option ${option} ${usage}`));
  });

  test('npm run profile --cold (the -- forgotten, so npm took it) is refused, not run warm', () => {
    const npm = { npm_lifecycle_event: 'profile', npm_config_cold: 'true' };
    expect(() => profileArgs([], npm)).toThrow(
      new ProfileArgsError(
        `--cold went to npm, not to the command: put it after --, as in npm run profile -- --cold ${usage}`,
      ),
    );
  });
});
