export { credentialFromText, packCredential, serialFromText, unpackCredential } from './credential-qr.js';
export {
  CERTIFICATE_SERIAL,
  formatCertificateSerial,
  normalizeCertificateSerial,
  parseCertificateSerial,
  type CertificateSerialParts,
} from './certificate-serial.js';
export { foldVietnamese } from './fold-vietnamese.js';
export { gradeQuiz, type GradableQuestion, type QuestionGrade, type QuizGrade } from './grading.js';
export { formatPhone, normalizePhone } from './phone.js';
export { quizRoundState, type QuizRoundFacts, type QuizRoundState } from './quiz-rounds.js';
