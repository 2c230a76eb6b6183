import { registerTexts } from '../../shared/i18n/register-texts.js';

/** An admin's words for revoking and reissuing a certificate, registered when that code loads (shared/i18n/register-texts.ts). */
const vi = {
  manageCertificate: {
    title: 'Quản lý chứng nhận (dành cho quản trị)',
    revoke: 'Thu hồi chứng nhận',
    reissue: 'Cấp lại với họ tên đã sửa',
    reason: 'Lý do thu hồi',
    reasonHint: 'Ai kiểm tra chứng nhận cũng sẽ đọc được lý do này. Viết ngắn gọn, không ghi số điện thoại.',
    reasonTooShort: 'Hãy ghi lý do, ít nhất 5 ký tự.',
    revokeNext: 'Thu hồi…',
    confirmRevoke:
      'Thu hồi chứng nhận {{serial}} của {{name}} với lý do “{{reason}}”? Không hoàn tác được: từ nay ai kiểm tra cũng thấy chứng nhận không còn giá trị.',
    yesRevoke: 'Có, thu hồi',
    revoked: 'Đã thu hồi chứng nhận {{serial}}.',
    fullName: 'Họ tên đúng của người được cấp',
    fullNameHint: 'Một chứng nhận mới, số hiệu mới, được cấp cho họ tên này; chứng nhận cũ được ghi là đã thay thế.',
    reissueNext: 'Cấp lại…',
    confirmReissue:
      'Cấp chứng nhận mới cho “{{name}}”? Chứng nhận {{serial}} sẽ được ghi là đã thay bằng chứng nhận mới, mã QR cũ không còn giá trị.',
    yesReissue: 'Có, cấp lại',
    reissued: 'Đã cấp chứng nhận mới cho {{name}}.',
    openNew: 'Xem chứng nhận mới {{serial}}',
    no: 'Không',
    manage: 'Quản lý chứng nhận này (thu hồi, cấp lại)',
  },
};

const en: typeof vi = {
  manageCertificate: {
    title: 'Manage this certificate (administrators)',
    revoke: 'Revoke the certificate',
    reissue: 'Issue again with a corrected name',
    reason: 'Reason for revoking',
    reasonHint: 'Anyone who checks the certificate will read this reason. Keep it short; no phone numbers.',
    reasonTooShort: 'Give a reason of at least 5 characters.',
    revokeNext: 'Revoke…',
    confirmRevoke:
      'Revoke certificate {{serial}} of {{name}} because “{{reason}}”? This cannot be undone: from now on anyone who checks it sees it is no longer valid.',
    yesRevoke: 'Yes, revoke',
    revoked: 'Certificate {{serial}} is revoked.',
    fullName: "The holder's correct full name",
    fullNameHint: 'A new certificate, with a new serial, is issued for this name; the old one is marked replaced.',
    reissueNext: 'Issue again…',
    confirmReissue:
      'Issue a new certificate for “{{name}}”? Certificate {{serial}} will be marked replaced and its QR code no longer counts.',
    yesReissue: 'Yes, issue again',
    reissued: 'A new certificate was issued for {{name}}.',
    openNew: 'Open the new certificate {{serial}}',
    no: 'No',
    manage: 'Manage this certificate (revoke, issue again)',
  },
};

registerTexts(vi, en);
