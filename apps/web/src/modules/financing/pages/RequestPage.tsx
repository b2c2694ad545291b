/** Placeholder while the page is written. */
export function RequestPage() {
  return <div className="page">RequestPage</div>;
}
