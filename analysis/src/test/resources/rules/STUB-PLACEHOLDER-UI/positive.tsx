export function ReportsPage() {
  return <div className="page">Coming soon</div>; // expect: STUB-PLACEHOLDER-UI
}

export const Billing = () => {
  return ( // expect: STUB-PLACEHOLDER-UI
    <section>
      <h1>TODO</h1>
    </section>
  );
};
