/** Placeholder while the page is written. */
export function QueuePage() {
  return <div className="page">QueuePage</div>;
}
