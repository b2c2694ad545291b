/** Placeholder while the page is written. */
export function PipelinePage() {
  return <div className="page">PipelinePage</div>;
}
