import { defineFlow } from '../flow';
import { benefitsPath, expand, selectTab } from './list';

/** The software benefit the documented steps start, when a step needs one: the first Action Pack lists. */
export const SOFTWARE = 'Windows 10 Enterprise (upgrade)';

export const software = defineFlow({
  anchor: 'manage-software-benefits',
  scenario: 'subscriber',
  steps: {
    selectTab: {
      id: 'software.open-list',
      about: 'select software see list software benefits',
      labels: (l) => benefitsPath(l, 'software'),
      act: selectTab('software'),
    },
    expand: {
      id: 'software.expand',
      about: 'find product down arrow far right row expand details',
      labels: () => [],
      act: expand,
      async perform() {
        await this.expand(SOFTWARE);
      },
    },
    /** a. Get keys reveals the product license keys and their special instructions. */
    getKeys: {
      id: 'software.get-keys',
      about: 'get keys reveal product license keys special instructions',
      labels: (l) => [l.benefits.getKeys],
      act: ({ pages }, name: string) => pages.benefitsPage.getKeys(name),
      async perform() {
        await this.getKeys(SOFTWARE);
      },
    },
    /** b. The language the product is displayed in (a language tag, or its name as listed). */
    chooseLanguage: {
      id: 'software.choose-language',
      about: 'select language product displayed',
      labels: () => [],
      act: ({ pages }, name: string, language: string) => pages.benefitsPage.chooseLanguage(name, language),
      async perform() {
        await this.chooseLanguage(SOFTWARE, 'en-US');
      },
    },
    /** c. The operating system of the computers the software goes on; the download links follow. */
    chooseOperatingSystem: {
      id: 'software.choose-os',
      about: 'select operating system os type computers install download links',
      labels: () => [],
      act: ({ pages }, name: string, os: '32-bit' | '64-bit') => pages.benefitsPage.chooseOperatingSystem(name, os),
      async perform() {
        await this.chooseOperatingSystem(SOFTWARE, '64-bit');
      },
    },
    /** d. The installation packages for that language and OS: each link must lead to one, for that choice. */
    followDownloadLinks: {
      id: 'software.download',
      about: 'follow links download install software installation packages',
      labels: (l) => [l.benefits.downloads],
      act: async ({ pages }, name: string, language: string, os: string) => {
        const links = pages.benefitsPage.downloadLinks(name);
        await links.first().waitFor();
        const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        const wrong = hrefs.filter((h) => !h.startsWith('https://') || !h.includes(`/${language}/${os}/`));
        if (wrong.length > 0) throw new Error(`download links not for ${language}, ${os}: ${wrong.join(', ')}`);
      },
      async perform() {
        await this.followDownloadLinks(SOFTWARE, 'en-US', '64-bit');
      },
    },
  },
});
