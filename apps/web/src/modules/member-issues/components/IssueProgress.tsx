import type { IssueCaseStatus, MemberIssueStatus } from '@alliance/contracts';
import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseSteps, currentStep, issueSteps, type ProgressStep, type Reached } from '../issueSteps';

interface Props {
  reached: Reached;
  label: string;
}

function ProgressSteps<S extends string>({
  steps,
  label,
  of,
}: {
  steps: ProgressStep<S>[];
  label: string;
  of: 'issue' | 'case';
}) {
  const { t } = useTranslation();
  // Five steps side by side need a wide screen; a phone reads them top to bottom.
  const wide = Grid.useBreakpoint().md ?? true;
  return (
    <nav aria-label={label}>
      <Steps
        size="small"
        orientation={wide ? 'horizontal' : 'vertical'}
        titlePlacement={wide ? 'vertical' : undefined}
        current={currentStep(steps)}
        items={steps.map((step) => ({
          title: t(`memberIssues.${of === 'issue' ? 'status' : 'caseStatus'}.${step.status}`),
          content: t(`memberIssues.${of === 'issue' ? 'statusHint' : 'caseStatusHint'}.${step.status}`),
          status: step.state,
        }))}
        data-testid="progress-steps"
      />
    </nav>
  );
}

/** submitted → acknowledged → relayed → answered → resolved, or closed after the steps reached. */
export function IssueProgress({ status, reached, label }: Props & { status: MemberIssueStatus }) {
  return <ProgressSteps steps={issueSteps(status, reached)} label={label} of="issue" />;
}

/** open → relayed → answered → resolved, or closed after the steps reached. */
export function CaseProgress({ status, reached, label }: Props & { status: IssueCaseStatus }) {
  return <ProgressSteps steps={caseSteps(status, reached)} label={label} of="case" />;
}
