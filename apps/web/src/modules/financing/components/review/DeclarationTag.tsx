import { FINANCING_REVIEW_OPEN, type FinancingMyDeclarationDto, type FinancingReviewDto } from '@alliance/contracts';
import { SafetyCertificateOutlined, StopOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

type ReviewState = Pick<FinancingReviewDto, 'status' | 'openedAt'>;

/** A review that closed before anyone at the institution opened it has nothing left to open. */
export function closedUnopened(review: ReviewState): boolean {
  return review.status === 'closed' && review.openedAt === null;
}

/** The reader may still declare, to open the request (also a decided one, to read it). */
export function canDeclare(declaration: FinancingMyDeclarationDto, review: ReviewState): boolean {
  return declaration.conflict === null && !closedUnopened(review);
}

/** The signed-in reviewer's own position: still to declare, or barred by a declared conflict of interest. */
export function DeclarationTag({
  declaration,
  review,
}: {
  declaration: FinancingMyDeclarationDto;
  review: ReviewState;
}) {
  const { t } = useTranslation();
  if (declaration.conflict === true) {
    return (
      <Tag icon={<StopOutlined />} color="volcano" data-testid="conflict-declared">
        {t('financing.reviews.declaration.conflictTag')}
      </Tag>
    );
  }
  // Marked only while the institution still has to answer: a decided review asks nothing of the reader.
  if (declaration.conflict === null && FINANCING_REVIEW_OPEN.includes(review.status)) {
    return (
      <Tag icon={<SafetyCertificateOutlined />} color="purple" data-testid="declaration-needed">
        {t('financing.reviews.declaration.neededTag')}
      </Tag>
    );
  }
  return null;
}
