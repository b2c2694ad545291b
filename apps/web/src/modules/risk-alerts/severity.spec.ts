import { byAttention, isLive } from './severity';

const alert = (
  id: string,
  status: 'active' | 'expired' | 'pending_release',
  severity: 'info' | 'warning' | 'critical',
  issuedAt: string,
) => ({
  id,
  status,
  severity,
  issuedAt,
  updatedAt: issuedAt,
});

describe('severity', () => {
  it('counts active and waiting alerts as live, not expired or withdrawn ones', () => {
    expect(isLive('active')).toBe(true);
    expect(isLive('pending_release')).toBe(true);
    expect(isLive('expired')).toBe(false);
    expect(isLive('withdrawn')).toBe(false);
  });

  it('orders live alerts first, then the gravest, then the newest', () => {
    const sorted = byAttention([
      alert('old-critical-expired', 'expired', 'critical', '2026-12-04T10:00:00Z'),
      alert('info-new', 'active', 'info', '2026-12-05T10:00:00Z'),
      alert('warning-old', 'active', 'warning', '2026-11-01T10:00:00Z'),
      alert('warning-new', 'active', 'warning', '2026-12-01T10:00:00Z'),
      alert('critical', 'active', 'critical', '2026-10-01T10:00:00Z'),
    ]);
    expect(sorted.map((a) => a.id)).toEqual([
      'critical',
      'warning-new',
      'warning-old',
      'info-new',
      'old-critical-expired',
    ]);
  });
});
