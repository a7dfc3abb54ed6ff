import type { Locale, Statement } from '../parser';
import type { Box } from '../screens/outline';
import type { LabelCheck } from './label-checks';
import type { Placed } from './observation';

/** Where a control named by its place stands: at one edge of the row (table row or list item) that holds it. */
export interface Position {
  edge: 'left' | 'right' | 'top' | 'bottom';
  within: 'row';
}

/** How a page names a control by its place in one language ("the down arrow at the far right of the row"). */
export interface PositionPhrase {
  test: RegExp;
  where: Position;
}

/**
 * The binding's phrases for controls named by their place, by language ('en', 'ko'), as a rule book words rules:
 * the engine knows no page's wording, only what each phrase means.
 */
export type PositionBook = Readonly<Record<string, readonly PositionPhrase[]>>;

/** How far from the row's edge a control still stands at it: the row's padding, not another column. */
const AT_EDGE_PX = 32;

/** How far the control's side is from the row's side at `edge`, or undefined when the control is not in its outer half. */
function gap(box: Box, row: Box, edge: Position['edge']): number | undefined {
  const [start, size, rowStart, rowSize] =
    edge === 'left' || edge === 'right' ? [box.x, box.width, row.x, row.width] : [box.y, box.height, row.y, row.height];
  const centre = start + size / 2;
  const far = edge === 'right' || edge === 'bottom';
  if (far ? centre < rowStart + rowSize / 2 : centre > rowStart + rowSize / 2) return undefined;
  return Math.max(0, far ? rowStart + rowSize - (start + size) : start - rowStart);
}

const nameOf = (p: Placed) => (p.node.name ? `**${p.node.name}**` : `the ${p.node.role} without a name`);

/** One control named by its place, against the controls the step pressed: the first at that place, and its name. */
function checkPlace(phrase: string, where: Position, placed: readonly Placed[]): LabelCheck {
  const side = where.edge;
  const inRows = placed.filter((p): p is Placed & { row: Box } => !!p.row);
  const at = inRows.find((p) => (gap(p.box, p.row, where.edge) ?? Infinity) <= AT_EDGE_PX);
  if (at && at.node.name) return { expected: phrase, actual: at.node.name, found: true };
  if (at)
    return {
      expected: phrase,
      actual: undefined,
      found: false,
      why: `the ${at.node.role} at the ${side} edge of its row, which the step selects, has no accessible name`,
    };
  const [first] = inRows;
  if (!first)
    return {
      expected: phrase,
      actual: placed[0]?.node.name,
      found: false,
      why:
        placed.length === 0
          ? `the step selects no control the page could name as "${phrase}"`
          : `${nameOf(placed[0] as Placed)}, which the step selects, is in no row`,
    };
  const off = gap(first.box, first.row, where.edge);
  return {
    expected: phrase,
    actual: first.node.name,
    found: false,
    why:
      off === undefined
        ? `${nameOf(first)}, which the step selects, is not at the ${side} of its row`
        : `${nameOf(first)}, which the step selects, is ${Math.round(off)} px from the ${side} edge of its row`,
  };
}

/**
 * The controls a step's sentences name by their place, each checked against what the step pressed: the control must
 * be at that edge of its row, and have an accessible name (a user who cannot see the place needs one).
 */
export function checkPositions(
  statements: readonly Statement[],
  locale: Locale,
  book: PositionBook | undefined,
  placed: readonly Placed[],
): LabelCheck[] {
  const phrases = book?.[locale.split('-')[0]?.toLowerCase() ?? ''] ?? [];
  return statements.flatMap((s) => {
    const text = s.text[locale] ?? '';
    return phrases.flatMap(({ test, where }) => {
      const found = new RegExp(test.source, test.flags.replace('g', '')).exec(text);
      return found ? [checkPlace(found[0], where, placed)] : [];
    });
  });
}
