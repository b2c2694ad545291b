import { probeAs, type Finding, type Persona } from './probe-runner';

/** HOSTILE_SEED repeats a run; by default each day probes with other samples of the same classes. */
const SEED = Number(process.env.HOSTILE_SEED ?? Math.floor(Date.now() / 86_400_000));

const describeFinding = (f: Finding) => `${f.operation}  [${f.probe}]  → ${f.status}: ${f.problem}`;

/**
 * The hostile-input suite for some personas: every operation of the OpenAPI document, probed
 * as each of them on a database of its own (see probeAs). New endpoints are covered by being
 * in the document, which the platform test keeps equal to the routes.
 */
export function describeHostileInput(personas: Persona[]): void {
  describe(`hostile input (seed ${SEED}: HOSTILE_SEED=${SEED} repeats it)`, () => {
    it.each(personas.map((p) => [p.name, p] as const))(
      'as %s: no 5xx, one error shape, no partial write, every bad field named',
      async (_, persona) => {
        const report = await probeAs(persona, SEED);
        console.log(
          `hostile input as ${persona.name}: ${report.probes} probes of ${report.operations} operations (${report.opened} open to them), ${report.rowsWritten} rows written, ${report.findings.length} findings`,
        );
        expect(report.operations).toBeGreaterThan(50);
        expect(report.probes).toBeGreaterThan(report.operations);
        // The change log that tells a refusal's writes sees the writes of the requests accepted.
        expect(report.rowsWritten).toBeGreaterThan(0);
        expect(report.findings.map(describeFinding)).toEqual([]);
      },
      600_000,
    );
  });
}
