import { describeHostileInput } from './hostile/suite';

// The demo accounts of the financial institutions and the service partner; the other half is in hostile-input.members.
describeHostileInput([
  { name: 'bank analyst (member)', email: 'banker@example.org' },
  { name: 'bank approver (admin)', email: 'approver@example.org' },
  { name: 'credit insurer (admin)', email: 'insurer@example.org' },
  { name: 'lawyers association (admin)', email: 'partner@example.org' },
]);
