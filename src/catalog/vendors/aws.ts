// AWS SDK for JavaScript v3 and Amplify: https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/
import type { VendorEntry } from '../types.js';

export default {
  id: 'aws',
  name: 'Amazon Web Services',
  aliases: ['AWS', 'Amazon RDS', 'Amazon S3', 'Amazon Cognito', 'Amazon Web Services, Inc.'],
  service: 'hosting',
  docs: 'https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/',
  privacyPolicy: 'https://aws.amazon.com/privacy/',
  packages: ['@aws-sdk/*', 'aws-sdk', 'aws-amplify', '@aws-amplify/*', 'amazon-cognito-identity-js'],
  hosts: ['*.amazonaws.com', '*.amazoncognito.com', '*.awsapps.com'],
  // A host stores whatever the application stores.
  receives: ['user'],
  dataCalls: [
    '@aws-sdk/*#PutObjectCommand|PutItemCommand|PutCommand|UpdateCommand|SendEmailCommand|PublishCommand',
    'aws-amplify/auth#signUp|signIn|updateUserAttributes',
    'aws-amplify#Auth.signUp|signIn',
  ],
} satisfies VendorEntry;
