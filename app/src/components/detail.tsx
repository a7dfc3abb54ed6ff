import type { ReactNode } from 'react';

/**
 * Labelled values (a subscription's, a request's) as a table with row headers: assistive technology reads each
 * value with its label ("Automatic renewal, On"). A `div role="group"` inside a `dl` said the same, but ARIA
 * allows no role on a `div` there.
 */
export function DetailTable({ children }: { children: ReactNode }) {
  return (
    <table className="details">
      <tbody>{children}</tbody>
    </table>
  );
}

export function Detail({ label, value }: { label: string; value: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
}
