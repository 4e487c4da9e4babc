// The Notifier over SNS: AWS only (there is no local SNS), so callers pass null when
// REPORT_TOPIC_ARN is unset.
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Notifier } from './publish.js';

export function snsNotifier(client: SNSClient, topicArn: string): Notifier {
  return {
    async notify(subject, message) {
      // SNS subjects are at most 100 characters.
      await client.send(new PublishCommand({ TopicArn: topicArn, Subject: subject.slice(0, 100), Message: message }));
    },
  };
}
