/** Placeholder while the page is written. */
export function ReviewPage() {
  return <div className="page">ReviewPage</div>;
}
