import { describeHostileInput } from './hostile/suite';

// The visitor and the demo accounts of the secretariat and the park operators; the other half is in hostile-input.partners.
describeHostileInput([
  { name: 'visitor', email: null },
  { name: 'secretariat', email: 'secretariat@example.org' },
  { name: 'park operator (admin)', email: 'operator@example.org' },
  { name: 'second park operator (admin)', email: 'operator2@example.org' },
]);
