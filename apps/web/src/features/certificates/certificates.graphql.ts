import { graphql } from '../../gql/index.js';

export const MyCertificatesQuery = graphql(`
  query MyCertificates {
    myCertificates {
      serial
      status
      holderName
      courseTitle
      issuer
      completedAt
    }
  }
`);

export const CertificateQuery = graphql(`
  query Certificate($serial: String!) {
    certificate(serial: $serial) {
      serial
      status
      holderName
      courseTitle
      issuer
      completedAt
      modules {
        position
        title
        provinceCode
        variantTitle
      }
      verifyUrl
      qrUrl
      revokedAt
      revokedReason
      replacedBySerial
    }
  }
`);

export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($serial: String!) {
    verifyCertificate(serial: $serial) {
      serial
      result
      holderName
      courseTitle
      completedAt
      issuer
      modules {
        position
        provinceCode
      }
      revokedAt
      revokedReason
      replacedBySerial
    }
  }
`);

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      serial
      status
      revokedAt
      revokedReason
    }
  }
`);

export const ReissueCertificateMutation = graphql(`
  mutation ReissueCertificate($input: ReissueCertificateInput!) {
    reissueCertificate(input: $input) {
      serial
      status
      holderName
    }
  }
`);
