// `npx cdk synth|deploy` entry (cdk.json: "npx tsx infra/app.ts").
import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FEATURE_FLAGS } from './flags.js';
import { CasualtyStack } from './stack.js';

const app = new App({ context: FEATURE_FLAGS });
new CasualtyStack(app, app.node.tryGetContext('stackName') ?? 'SyriaCasualtyStatistics', {
  description: 'Arabic news reporting on the war in Syria → casualty statistics with evidence',
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
// Every synth is checked against the AWS Solutions rules; findings fail the synth unless
// suppressed with a written reason.
Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
app.synth();
