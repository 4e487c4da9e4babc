// What tells an operator something is wrong: alarms on the dead-letter queue, on a
// backlog that stops draining, and on function errors and throttles, all sent to one
// alarm topic; plus a dashboard of the same signals.
import { Duration, RemovalPolicy, type CfnCondition } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { CfnSubscription, Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ServiceFunction } from './function.js';

export interface MonitoringProps {
  queue: Queue;
  deadLetterQueue: Queue;
  functions: Record<string, ServiceFunction>;
  httpApi: HttpApi;
  table: Table;
  maxMessageAge: Duration;
  /** Optional address for alarm mail, with the condition that it was given. */
  alarmEmail?: { address: string; condition: CfnCondition };
}

export class Monitoring extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    // CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key, so
    // the alarm topic has its own key that lets CloudWatch (and only it) encrypt.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the alarm topic; CloudWatch alarms may use it',
      enableKeyRotation: true,
      // It protects only transient alarm messages: delete it with the stack (after AWS's
      // minimum waiting period) rather than leave a billed key behind.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'], // in a key policy "*" means this key
      }),
    );
    this.alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'Syria casualty statistics alarms',
      enforceSSL: true,
      masterKey: key,
    });
    if (props.alarmEmail) {
      const sub = new CfnSubscription(this, 'AlarmEmail', {
        topicArn: this.alarmTopic.topicArn,
        protocol: 'email',
        endpoint: props.alarmEmail.address,
      });
      sub.cfnOptions.condition = props.alarmEmail.condition;
    }

    const action = new SnsAction(this.alarmTopic);
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const a = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      a.addAlarmAction(action);
      this.alarms.push(a);
      return a;
    };

    const fiveMinutes = { period: Duration.minutes(5) };
    alarm(
      'DeadLetters',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }),
      1,
      'Uploads failed ingestion repeatedly and were parked in the dead-letter queue',
    );
    alarm(
      'BacklogAge',
      props.queue.metricApproximateAgeOfOldestMessage({ ...fiveMinutes, statistic: 'Maximum' }),
      props.maxMessageAge.toSeconds(),
      `The oldest upload has waited over ${props.maxMessageAge.toSeconds()} s: ingestion is stuck or too slow`,
    );
    for (const [name, f] of Object.entries(props.functions)) {
      alarm(`${name}Errors`, f.fn.metricErrors({ ...fiveMinutes, statistic: 'Sum' }), 1, `The ${name} function failed`);
      alarm(
        `${name}Throttles`,
        f.fn.metricThrottles({ ...fiveMinutes, statistic: 'Sum' }),
        1,
        `The ${name} function was throttled (reserved concurrency or account limit)`,
      );
    }
    alarm('ApiServerErrors', props.httpApi.metricServerError({ ...fiveMinutes, statistic: 'Sum' }), 5, 'The API answered 5xx');

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    const fns = Object.entries(props.functions);
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Uploads queue',
        left: [props.queue.metricApproximateNumberOfMessagesVisible(), props.deadLetterQueue.metricApproximateNumberOfMessagesVisible()],
        right: [props.queue.metricApproximateAgeOfOldestMessage()],
      }),
      new GraphWidget({ title: 'Invocations', left: fns.map(([, f]) => f.fn.metricInvocations()) }),
      new GraphWidget({ title: 'Errors and throttles', left: fns.flatMap(([, f]) => [f.fn.metricErrors(), f.fn.metricThrottles()]) }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Duration p90 (ms)', left: fns.map(([, f]) => f.fn.metricDuration({ statistic: 'p90' })) }),
      new GraphWidget({
        title: 'API',
        left: [props.httpApi.metricCount(), props.httpApi.metricClientError(), props.httpApi.metricServerError()],
        right: [props.httpApi.metricLatency({ statistic: 'p90' })],
      }),
      new GraphWidget({
        title: 'Table capacity used',
        left: [props.table.metricConsumedReadCapacityUnits(), props.table.metricConsumedWriteCapacityUnits()],
      }),
    );
  }
}
