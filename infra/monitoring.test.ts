// Alarms that reach a person: DLQ depth, backlog age, errors and throttles of every
// function, all sent to the alarm topic (which CloudWatch can encrypt for).
import { describe, expect, it } from 'vitest';
import { buildStack, logicalId, resourcesOf, type Built } from './testing.js';

describe('monitoring', { timeout: 120_000 }, () => {
  let built: Built;
  const get = () => (built ??= buildStack({ settings: { maxMessageAgeSeconds: 600 } }));
  const alarms = (b: Built) => Object.values(resourcesOf(b.template, 'AWS::CloudWatch::Alarm')).map((a) => a.Properties!);
  const find = (b: Built, metric: string, dimension: string, ref: unknown) =>
    alarms(b).filter((a) => a.MetricName === metric && a.Dimensions?.some((d: any) => d.Name === dimension && JSON.stringify(d.Value) === JSON.stringify(ref)));

  it('alarms as soon as one message reaches the dead-letter queue', () => {
    const b = get();
    const [a] = find(b, 'ApproximateNumberOfMessagesVisible', 'QueueName', { 'Fn::GetAtt': [logicalId(b, b.stack.pipeline.deadLetterQueue), 'QueueName'] });
    expect(a).toBeDefined();
    expect(a.Threshold).toBe(1);
    expect(a.ComparisonOperator).toBe('GreaterThanOrEqualToThreshold');
  });

  it('alarms when the oldest upload waits longer than the configured age', () => {
    const b = get();
    const [a] = find(b, 'ApproximateAgeOfOldestMessage', 'QueueName', { 'Fn::GetAtt': [logicalId(b, b.stack.pipeline.queue), 'QueueName'] });
    expect(a.Threshold).toBe(600);
  });

  it('alarms on errors and on throttles of each of the three functions', () => {
    const b = get();
    for (const f of [b.stack.pipeline.ingest, b.stack.api.api, b.stack.reports.report]) {
      const ref = { Ref: logicalId(b, f.fn) };
      for (const metric of ['Errors', 'Throttles']) {
        const found = find(b, metric, 'FunctionName', ref);
        expect(found, `${metric} alarm for ${ref.Ref}`).toHaveLength(1);
        expect(found[0].Namespace).toBe('AWS/Lambda');
        expect(found[0].Threshold).toBe(1);
      }
    }
  });

  it('sends every alarm to the alarm topic, whose key lets CloudWatch encrypt', () => {
    const b = get();
    const topic = logicalId(b, b.stack.monitoring.alarmTopic);
    const all = alarms(b);
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const a of all) expect(a.AlarmActions, a.MetricName).toEqual([{ Ref: topic }]);
    const keyArn = resourcesOf(b.template)[topic].Properties!.KmsMasterKeyId;
    const [keyId] = keyArn['Fn::GetAtt'];
    const key = resourcesOf(b.template)[keyId].Properties!;
    expect(key.EnableKeyRotation).toBe(true);
    const cw = (key.KeyPolicy.Statement as any[]).find((s) => s.Principal?.Service === 'cloudwatch.amazonaws.com');
    expect(cw.Action).toEqual(expect.arrayContaining(['kms:Decrypt', 'kms:GenerateDataKey*']));
  });

  it('mails alarms only when AlarmEmail is given', () => {
    const b = get();
    const json = b.template.toJSON();
    expect(json.Parameters.AlarmEmail.Default).toBe('');
    const sub = Object.values(resourcesOf(b.template, 'AWS::SNS::Subscription')).find(
      (s) => JSON.stringify(s.Properties!.TopicArn) === JSON.stringify({ Ref: logicalId(b, b.stack.monitoring.alarmTopic) }),
    );
    expect(sub?.Condition).toBeDefined();
    expect(JSON.stringify(json.Conditions[sub!.Condition!])).toContain('AlarmEmail');
  });

  it('draws a dashboard over the queue, the functions, the API and the table', () => {
    const b = get();
    const [dash] = Object.values(resourcesOf(b.template, 'AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dash.Properties!.DashboardBody);
    for (const c of [b.stack.pipeline.queue, b.stack.pipeline.deadLetterQueue, b.stack.pipeline.ingest.fn, b.stack.api.api.fn, b.stack.reports.report.fn, b.stack.storage.table]) {
      expect(body).toContain(logicalId(b, c));
    }
    expect(body).toContain('AWS/ApiGateway');
  });
});
