import {
  canRate,
  median,
  serviceRequestActions,
  serviceRequestSide,
  SERVICE_REQUEST_STATUSES,
  SERVICE_REQUEST_TRANSITIONS,
  type ServiceRequestState,
} from './agreement-services';
import { IllegalTransitionError, move } from './machine';

const request = (over: Partial<ServiceRequestState> = {}): ServiceRequestState => ({
  status: 'requested',
  organizationId: 'member',
  providerOrganizationId: 'provider',
  rating: null,
  ...over,
});
const member = { organizationId: 'member' };
const provider = { organizationId: 'provider' };
const other = { organizationId: 'other' };

describe('service requests', () => {
  it('go requested → accepted → delivered, or declined before delivery; nothing leaves delivered or declined', () => {
    const r = request();
    move(SERVICE_REQUEST_TRANSITIONS, 'accept', r);
    move(SERVICE_REQUEST_TRANSITIONS, 'deliver', r);
    expect(r.status).toBe('delivered');
    for (const action of ['accept', 'deliver', 'decline'] as const)
      expect(() => move(SERVICE_REQUEST_TRANSITIONS, action, request({ status: 'delivered' }))).toThrow(
        IllegalTransitionError,
      );
    const accepted = request({ status: 'accepted' });
    move(SERVICE_REQUEST_TRANSITIONS, 'decline', accepted);
    expect(accepted.status).toBe('declined');
    expect(() => move(SERVICE_REQUEST_TRANSITIONS, 'accept', accepted)).toThrow(IllegalTransitionError);
  });

  it('offer the provider its steps, the member its rating once delivered and once, both the thread until declined', () => {
    expect(serviceRequestActions(request(), provider)).toEqual(['accept', 'decline', 'message']);
    expect(serviceRequestActions(request(), member)).toEqual(['message']);
    expect(serviceRequestActions(request({ status: 'accepted' }), provider)).toEqual(['deliver', 'decline', 'message']);
    expect(serviceRequestActions(request({ status: 'delivered' }), member)).toEqual(['rate', 'message']);
    expect(serviceRequestActions(request({ status: 'delivered', rating: 4 }), member)).toEqual(['message']);
    expect(serviceRequestActions(request({ status: 'delivered' }), provider)).toEqual(['message']);
    expect(serviceRequestActions(request({ status: 'declined' }), provider)).toEqual([]);
    for (const status of SERVICE_REQUEST_STATUSES)
      expect(serviceRequestActions(request({ status }), other)).toEqual([]);
  });

  it('are rated after delivery only, once', () => {
    expect(canRate(request({ status: 'accepted' }))).toBe(false);
    expect(canRate(request({ status: 'delivered' }))).toBe(true);
    expect(canRate(request({ status: 'delivered', rating: 1 }))).toBe(false);
  });

  it('name the reader’s side', () => {
    expect(serviceRequestSide(request(), member)).toBe('requester');
    expect(serviceRequestSide(request(), provider)).toBe('provider');
    expect(serviceRequestSide(request(), other)).toBeNull();
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones; null for none', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([10, 3, 4.5])).toBe(4.5);
    expect(median([10, 3, 4.5, 7])).toBe(5.75);
  });
});
