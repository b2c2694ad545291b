import './chart.css';

interface Props {
  label: string;
  active: boolean;
  /** What pressing it does, in words (e.g. "Show only Cambodia in the list"). */
  title: string;
  onToggle: () => void;
}

/** A category of a chart's table that filters a list: pressed while the list shows only it. */
export function ChartFilterButton({ label, active, title, onToggle }: Props) {
  return (
    <button
      type="button"
      className={active ? 'chart-filter active' : 'chart-filter'}
      aria-pressed={active}
      title={title}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
