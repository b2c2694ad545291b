/** The wait for the first page's code: drawn as index.html draws it before the app starts, without antd. */
export function ShellSpinner() {
  return (
    <div className="shell-spinner" role="status">
      <svg className="shell-spinner-svg" viewBox="0 0 50 50" width="32" height="32" aria-hidden="true">
        <circle
          cx="25"
          cy="25"
          r="20"
          fill="none"
          stroke="#0b3d6e"
          strokeWidth="5"
          strokeDasharray="90 150"
          strokeLinecap="round"
        />
      </svg>
    </div>
  );
}
