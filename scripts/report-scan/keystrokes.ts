// Keystrokes as reports record them: one step per key ("Press "4"") in Allure results, the HTML report's data
// (repeats folded into one step with a count), blob reports and trace actions (title, or method and params).
// Joined in order they give back what was typed, so a number typed key by key is found like a whole one.

/** What separates keystrokes that cannot be part of one number (Tab, Backspace, …). */
const BREAK = '\n';
const MAX_REPEAT = 1000;

const stepTitle = /^(Press|Key down|Type|Insert|Fill) "([\s\S]*)"$/;
const textStep = /\b(Press|Key down|Type|Insert|Fill) (?:\\?"|&quot;|&#34;)([^"\\&\n]{1,64})(?:\\?"|&quot;|&#34;)/g;
const traceMethods: Readonly<Record<string, 'key' | 'text' | 'value'>> = {
  keyboardPress: 'key',
  keyboardDown: 'key',
  press: 'key',
  keyboardType: 'text',
  keyboardInsertText: 'text',
  type: 'text',
  fill: 'value',
};
const namedKeys: Readonly<Record<string, string>> = {
  Space: ' ',
  Minus: '-',
  NumpadSubtract: '-',
  Period: '.',
  NumpadDecimal: '.',
};

/** What a key press types: a key name (Digit4, Numpad4, Space) as its character, other named keys as a break. */
function keyText(key: string): string {
  if ([...key].length === 1) return key;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(key);
  return digit?.[1] ?? namedKeys[key] ?? BREAK;
}

function typed(verb: string, value: string): string {
  return verb === 'Press' || verb === 'Key down' ? keyText(value) : value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What one report object (a step, a trace event) typed, if it is a keystroke. */
function objectKeystroke(o: Record<string, unknown>): string | undefined {
  for (const field of ['title', 'name', 'apiName']) {
    const v = o[field];
    const m = typeof v === 'string' ? stepTitle.exec(v) : null;
    if (m) return typed(m[1] ?? '', m[2] ?? '');
  }
  const param = typeof o.method === 'string' ? traceMethods[o.method] : undefined;
  const value = param && isRecord(o.params) ? o.params[param] : undefined;
  if (typeof value === 'string') return param === 'key' ? keyText(value) : value;
  return undefined;
}

/** The keystrokes in parsed report data, depth first in document order, folded repeats unfolded. */
export function keystrokesInData(data: unknown, out: string[] = []): string[] {
  if (Array.isArray(data)) {
    for (const item of data) keystrokesInData(item, out);
  } else if (isRecord(data)) {
    const typedText = objectKeystroke(data);
    if (typedText !== undefined) {
      const count =
        typeof data.count === 'number' && Number.isInteger(data.count)
          ? Math.min(Math.max(data.count, 1), MAX_REPEAT)
          : 1;
      out.push(typedText.repeat(count));
    }
    for (const value of Object.values(data)) if (typeof value === 'object') keystrokesInData(value, out);
  }
  return out;
}

/** The keystroke steps named in any text (HTML, markdown, logs), in order. */
export function keystrokesInText(text: string): string[] {
  return [...text.matchAll(textStep)].map((m) => typed(m[1] ?? '', m[2] ?? ''));
}
