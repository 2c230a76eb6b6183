/** Messages of quiz rounds and password reset codes (issue 19), kept apart so branches do not collide in messages.ts. */
export const helpMessages = {
  'quizRound.notWaiting': {
    vi: 'Người này vẫn còn lần làm bài, chưa cần cho làm lại.',
    en: 'This person still has attempts left; no new round is needed.',
  },
  'resetCode.invalid': {
    vi: 'Mã đặt lại mật khẩu không đúng hoặc đã hết hạn. Hãy nhờ tổ trưởng tạo mã mới.',
    en: 'The reset code is wrong or has expired. Please ask your team leader for a new code.',
  },
  'resetCode.tooMany': {
    vi: 'Bạn đã tạo quá nhiều mã. Hãy thử lại sau {minutes} phút.',
    en: 'You have made too many codes. Please try again in {minutes} minutes.',
  },
  'sms.unavailable': {
    vi: 'Chưa gửi được tin nhắn. Hãy đọc mã cho người đó hoặc viết ra giấy.',
    en: 'Text messages are not available. Please read the code out or write it down.',
  },
} as const;
