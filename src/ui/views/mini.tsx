/** One term and its value inside a `dl.mini`: the small facts of a card on the case view. */
export const Mini = ({ label, value }: { label: string; value: string }) => (
  <div>
    <dt>{label}</dt>
    <dd>{value}</dd>
  </div>
);
