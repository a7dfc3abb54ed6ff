// The test-owned expectations specs import: wording per locale, the page's own wording, whole screens.
export { byLocale, wordingFor, wordings, type Wording, type WordingLocale } from './wording';
export { documented } from './documented';
export { screensFor } from './screens';
