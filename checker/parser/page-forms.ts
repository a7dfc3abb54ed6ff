/**
 * The forms a localized page is published in besides its bilingual source, made from that source for checking the
 * check: each sentence of the source is a `data-ttu-id` span (the translation) followed by an `sxs-lookup` span
 * holding a `data-stu-id` span (its English source). Lines stay where they were in the body.
 */
const PAIR =
  /<span data-ttu-id="([^"]+)">((?:(?!<\/?span)[\s\S])*)<\/span><span class="sxs-lookup"><span data-stu-id="\1">((?:(?!<\/?span)[\s\S])*)<\/span><\/span>/g;
/** Front-matter keys the localization adds; the English source has none of them. */
const LOCALIZATION_KEYS =
  /^ms\.(?:openlocfilehash|sourcegitcommit|translationtype|contentlocale|lasthandoff|locfileid):.*\n/gm;

/** A pair the pattern did not take (nested markup, ids that differ) would leave English behind unseen. */
function noEnglishLeft(form: string, what: string): string {
  const line = form.split('\n').findIndex((l) => /sxs-lookup|data-stu-id/.test(l));
  if (line >= 0) throw new Error(`${what}: line ${line + 1} still holds an English source span`);
  return form;
}

/** The translation alone, as the localization repository also publishes it: the `sxs-lookup` spans dropped. */
export function translatedOnly(source: string): string {
  return noEnglishLeft(source.replace(PAIR, '<span data-ttu-id="$1">$2</span>'), 'translated-only form');
}

/** The translation alone without any spans, as a copy exported to plain markdown has it. */
export function bareTranslation(source: string): string {
  return noEnglishLeft(source.replace(PAIR, '$2'), 'bare translation');
}

/** The English source alone: each pair's English in its place, without the localization's front-matter keys. */
export function englishOnly(source: string): string {
  return noEnglishLeft(source.replace(PAIR, '$3'), 'plain English form').replace(LOCALIZATION_KEYS, '');
}
