/** Placeholder while the page is written. */
export function RequestEditorPage() {
  return <div className="page">RequestEditorPage</div>;
}
