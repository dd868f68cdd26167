/**
 * What a message, a log or a report may print of a text taken from the data: personal numbers
 * masked (138****5678) and characters that are invisible or that a terminal would obey shown as
 * `<U+000B>`. The validator's messages (finding()), `npm run diff`, the output check and the
 * downloads' errors all print through it, so none of them repeats a number it found.
 */
import { maskPersonalNumbers } from './privacy.ts';
import { showInvisible } from './text-checks.ts';

export function displaySafe(text: string, lineBreaks: 'mark' | 'keep' = 'mark'): string {
  return showInvisible(maskPersonalNumbers(text), lineBreaks);
}
