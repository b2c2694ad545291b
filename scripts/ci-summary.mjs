// Adds up jest's and Playwright's JSON reports and the plain CI steps; prints the closing line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, stepPassed, stepFailed] = process.argv.slice(2);
let passed = Number(stepPassed);
let failed = Number(stepFailed);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if ('numPassedTests' in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
    console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } else if (report.stats) {
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
    passed += expected + flaky;
    failed += unexpected + (report.errors?.length ?? 0);
    console.log(`${file}: ${expected + flaky} passed, ${unexpected} failed`);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
