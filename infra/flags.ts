// CDK feature flags this app depends on, set in code so that the tests (which build the
// App themselves) and `cdk synth` produce the same template.
export const FEATURE_FLAGS: Record<string, unknown> = {
  // Grant S3 server access logging through a bucket policy, not an ACL: ACLs are
  // disabled on every bucket here (object ownership: bucket owner enforced).
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
};
