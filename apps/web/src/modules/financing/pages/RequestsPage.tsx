/** Placeholder while the page is written. */
export function RequestsPage() {
  return <div className="page">RequestsPage</div>;
}
