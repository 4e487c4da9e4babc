// The report handler's reading of EventBridge input: the schedules send {"period":"daily"|"weekly"}.
import { describe, expect, it } from 'vitest';
import { periodOf, ReportEvent } from '../../functions/report.js';

describe('report handler input', () => {
  it('accepts the schedules’ daily/weekly/monthly and the reports’ day/week/month', () => {
    expect(periodOf(ReportEvent.parse({ period: 'daily' }))).toBe('day');
    expect(periodOf(ReportEvent.parse({ period: 'weekly' }))).toBe('week');
    expect(periodOf(ReportEvent.parse({ period: 'monthly' }))).toBe('month');
    expect(periodOf(ReportEvent.parse({ period: 'month' }))).toBe('month');
  });

  it('without an input, a plain Scheduled Event is read from its rule name', () => {
    const scheduled = {
      'detail-type': 'Scheduled Event', source: 'aws.events', time: '2024-12-02T00:05:00Z',
      resources: ['arn:aws:events:us-east-1:123456789012:rule/Stack-ReportsDaily1234-ABC'], detail: {},
    };
    expect(periodOf(ReportEvent.parse(scheduled))).toBe('day');
    expect(periodOf(ReportEvent.parse({ resources: ['arn:aws:events:us-east-1:1:rule/x-Monthly-1'] }))).toBe('month');
    expect(periodOf(ReportEvent.parse({}))).toBe('week');
  });

  it('rejects an unknown period, a malformed date and a bad p-code', () => {
    expect(ReportEvent.safeParse({ period: 'yearly' }).success).toBe(false);
    expect(ReportEvent.safeParse({ to: '01/12/2024' }).success).toBe(false);
    expect(ReportEvent.safeParse({ governorates: ['Aleppo'] }).success).toBe(false);
  });
});
