/** One labelled pair of a description list, grouped so assistive technology can read a value by its label. */
export function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div role="group" aria-label={label}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
