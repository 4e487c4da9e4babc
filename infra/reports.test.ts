// Scheduled reports: two EventBridge rules (schedules from context) invoke the report
// function with {period}; the SSL-only, encrypted topic mails the ReportEmail parameter.
import { describe, expect, it } from 'vitest';
import { buildStack, logicalId, resourcesOf, type Built } from './testing.js';

describe('reports', { timeout: 120_000 }, () => {
  let built: Built;
  const get = () => (built ??= buildStack({ settings: { dailySchedule: 'cron(5 3 * * ? *)', weeklySchedule: 'rate(7 days)' } }));

  it('invokes the report function daily and weekly with the period as input, on the configured schedules', () => {
    const b = get();
    const fn = logicalId(b, b.stack.reports.report.fn);
    const rules = Object.values(resourcesOf(b.template, 'AWS::Events::Rule')).map((r) => r.Properties!);
    const byPeriod = Object.fromEntries(rules.map((r) => [JSON.parse(r.Targets[0].Input).period, r]));
    expect(Object.keys(byPeriod).sort()).toEqual(['daily', 'weekly']);
    expect(byPeriod.daily.ScheduleExpression).toBe('cron(5 3 * * ? *)');
    expect(byPeriod.weekly.ScheduleExpression).toBe('rate(7 days)');
    for (const r of rules) {
      expect(r.State).toBe('ENABLED');
      expect(r.Targets).toHaveLength(1);
      expect(r.Targets[0].Arn).toEqual({ 'Fn::GetAtt': [fn, 'Arn'] });
    }
    // EventBridge may invoke the function only from these rules.
    const perms = Object.values(resourcesOf(b.template, 'AWS::Lambda::Permission'))
      .map((p) => p.Properties!)
      .filter((p) => p.Principal === 'events.amazonaws.com');
    expect(perms).toHaveLength(2);
    for (const p of perms) expect(p.FunctionName).toEqual({ 'Fn::GetAtt': [fn, 'Arn'] });
  });

  it('subscribes the ReportEmail parameter to an encrypted, SSL-only topic', () => {
    const b = get();
    const topic = logicalId(b, b.stack.reports.topic);
    const json = b.template.toJSON();
    expect(json.Parameters.ReportEmail.Type).toBe('String');
    expect(json.Parameters.ReportEmail.Default).toBeUndefined();
    const subs = Object.values(resourcesOf(b.template, 'AWS::SNS::Subscription')).map((s) => s.Properties!);
    expect(subs).toContainEqual({ Protocol: 'email', TopicArn: { Ref: topic }, Endpoint: { Ref: 'ReportEmail' } });
    expect(resourcesOf(b.template)[topic].Properties!.KmsMasterKeyId).toBeTruthy();
    const policy = Object.values(resourcesOf(b.template, 'AWS::SNS::TopicPolicy')).find((p) =>
      (p.Properties!.Topics as any[]).some((t) => t.Ref === topic),
    );
    const deny = (policy!.Properties!.PolicyDocument.Statement as any[]).find((s) => s.Effect === 'Deny');
    expect(deny.Condition).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
    expect(deny.Action).toBe('sns:Publish');
  });

  it('tells the function where its topic and its bundled fonts are', () => {
    const b = get();
    const env = resourcesOf(b.template)[logicalId(b, b.stack.reports.report.fn)].Properties!.Environment.Variables;
    expect(env.REPORT_TOPIC_ARN).toEqual({ Ref: logicalId(b, b.stack.reports.topic) });
    expect(env.REPORT_FONT_DIR).toBe('/var/task/fonts');
  });
});
