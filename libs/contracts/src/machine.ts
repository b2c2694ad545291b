/**
 * Status machines: every record with a lifecycle has a table `action → { from, to }` in contracts,
 * and changes status only through `move`, so the API and the web agree on names and on legality.
 */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  /** Taken by the portal itself (a job, another record's change), never offered to a person. */
  system?: true;
}

export type Machine<S extends string> = Record<string, Transition<S>>;

/** Refused move; the API answers it as 409 `ILLEGAL_TRANSITION` naming what is allowed. */
export class IllegalTransitionError extends Error {
  constructor(
    readonly action: string,
    readonly status: string,
    readonly allowed: readonly string[],
  ) {
    super(
      `Cannot ${action.replace(/_/g, ' ')} a record that is ${status}; allowed: ${
        allowed.length ? allowed.join(', ') : 'none'
      }`,
    );
    this.name = 'IllegalTransitionError';
  }
}

type StatusOf<M> = M extends Machine<infer S> ? S : never;

export function canMove<M extends Machine<string>>(machine: M, action: keyof M, status: StatusOf<M>): boolean {
  return (machine[action].from as readonly string[]).includes(status);
}

/** The actions a person may take from `status` (system transitions left out). */
export function allowedTransitions<M extends Machine<string>>(machine: M, status: StatusOf<M>): (keyof M & string)[] {
  return (Object.keys(machine) as (keyof M & string)[]).filter(
    (action) => !machine[action].system && canMove(machine, action, status),
  );
}

/**
 * Moves `record` by `action`: sets its status to the table's `to` and returns the status it left,
 * or throws `IllegalTransitionError` naming `allowed` (by default the table's person actions).
 */
export function move<M extends Machine<string>>(
  machine: M,
  action: keyof M & string,
  record: { status: StatusOf<M> },
  allowed: readonly string[] = allowedTransitions(machine, record.status),
): StatusOf<M> {
  const from = record.status;
  if (!canMove(machine, action, from)) throw new IllegalTransitionError(action, from, allowed);
  record.status = machine[action].to as StatusOf<M>;
  return from;
}
