import { IDEMPOTENCY_KEY_PATTERN } from '@alliance/contracts';
import { requestService } from '../modules/agreement-services/api';
import { expressInterest } from '../modules/cooperation/api';
import { createFinancingRequest } from '../modules/financing/api';
import { submitApplication } from '../modules/membership/api';
import { createPost } from '../modules/posts/api';
import { newKey, SubmissionKeys } from './submissionKeys';

type FetchArgs = [string, RequestInit];

function answering(status: number): jest.Mock<Promise<Response>, FetchArgs> {
  const fn = jest.fn<Promise<Response>, FetchArgs>(() =>
    Promise.resolve(new Response(JSON.stringify({ id: 'x' }), { status })),
  );
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

const sentKey = (call: FetchArgs) => (call[1].headers as Record<string, string>)['Idempotency-Key'];

describe('the Idempotency-Key of a create', () => {
  it('is sent by each of the five creates', async () => {
    const fetchMock = answering(201);
    await createPost({ kind: 'news', visibility: 'members', titleEn: 'T' } as never, 'key-post-1');
    await createFinancingRequest({} as never, 'key-financing-1');
    await expressInterest('p1', { message: 'Hello' }, 'key-expression-1');
    await requestService('s1', { needEn: 'Advice' } as never, 'key-service-1');
    await submitApplication({} as never, 'key-application-1');
    expect(fetchMock.mock.calls.map((call) => [call[0], call[1].method, sentKey(call)])).toEqual([
      ['/api/posts', 'POST', 'key-post-1'],
      ['/api/financing-requests', 'POST', 'key-financing-1'],
      ['/api/cooperation/projects/p1/expressions', 'POST', 'key-expression-1'],
      ['/api/agreement-services/s1/requests', 'POST', 'key-service-1'],
      ['/api/membership-applications', 'POST', 'key-application-1'],
    ]);
  });

  it('stays the same while the same content is sent again, and is new for new content or after success', () => {
    const keys = new SubmissionKeys();
    const first = keys.keyFor({ titleEn: 'A' });
    expect(first).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(keys.keyFor({ titleEn: 'A' })).toBe(first);
    const edited = keys.keyFor({ titleEn: 'A, edited' });
    expect(edited).not.toBe(first);
    keys.acknowledged();
    expect(keys.keyFor({ titleEn: 'A, edited' })).not.toBe(edited);
  });

  it('is a UUID even where crypto.randomUUID is missing (plain HTTP)', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});
