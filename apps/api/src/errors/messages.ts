import { helpMessages } from './help-messages.js';

/** Every message the API can send, in Vietnamese first and English; `{name}` is filled from params. */
export const messages = {
  'auth.required': { vi: 'Bạn cần đăng nhập để làm việc này.', en: 'Please sign in to do this.' },
  'auth.forbidden': { vi: 'Bạn không có quyền làm việc này.', en: 'You are not allowed to do this.' },
  'auth.invalidCredentials': { vi: 'Số điện thoại hoặc mật khẩu không đúng.', en: 'The phone number or password is wrong.' },
  'auth.tooManyAttempts': {
    vi: 'Bạn đã thử sai quá nhiều lần. Hãy thử lại sau {minutes} phút.',
    en: 'Too many failed attempts. Please try again in {minutes} minutes.',
  },
  'auth.sessionExpired': { vi: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.', en: 'Your session has expired. Please sign in again.' },
  'auth.wrongCurrentPassword': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'input.invalid': {
    vi: 'Thông tin chưa đúng. Hãy xem lại các ô được đánh dấu.',
    en: 'Some information is not right. Please check the marked fields.',
  },
  'phone.invalid': {
    vi: 'Số điện thoại di động chưa đúng. Ví dụ: 0912 345 678.',
    en: 'This is not a Vietnamese mobile number. Example: 0912 345 678.',
  },
  'phone.taken': {
    vi: 'Số điện thoại này đã có tài khoản. Hãy đăng nhập, hoặc đổi mật khẩu nếu quên.',
    en: 'This phone number already has an account. Please sign in.',
  },
  'password.tooShort': { vi: 'Mật khẩu cần ít nhất 8 ký tự.', en: 'The password needs at least 8 characters.' },
  'password.tooLong': { vi: 'Mật khẩu dài quá 128 ký tự.', en: 'The password is longer than 128 characters.' },
  'fullName.required': { vi: 'Hãy nhập họ và tên.', en: 'Please enter your full name.' },
  'fullName.tooLong': { vi: 'Họ và tên dài quá 100 ký tự.', en: 'The full name is longer than 100 characters.' },
  'commune.unknown': { vi: 'Hãy chọn xã, phường của bạn trong danh sách.', en: 'Please choose your commune or ward from the list.' },
  'teamName.required': { vi: 'Hãy nhập tên tổ.', en: 'Please enter the team name.' },
  'team.notFound': { vi: 'Không tìm thấy tổ này.', en: 'This team was not found.' },
  'user.notFound': { vi: 'Không tìm thấy người này.', en: 'This person was not found.' },
  'member.notInTeam': { vi: 'Người này không ở trong tổ.', en: 'This person is not in the team.' },
  'csv.empty': { vi: 'Tệp không có dòng nào để nhập.', en: 'The file has no rows to import.' },
  'csv.missingColumns': {
    vi: 'Tệp cần có cột "so_dien_thoai" và "ho_ten" ở dòng đầu.',
    en: 'The file needs the columns "so_dien_thoai" and "ho_ten" in its first line.',
  },
  'csv.duplicatePhone': { vi: 'Số điện thoại này lặp lại ở dòng {line}.', en: 'This phone number repeats line {line}.' },
  'csv.tooManyRows': { vi: 'Mỗi lần nhập tối đa {max} dòng.', en: 'At most {max} rows per import.' },
  'csv.malformed': { vi: 'Tệp CSV không đọc được: {reason}', en: 'The CSV file cannot be read: {reason}' },
  'role.unknown': { vi: 'Vai trò không hợp lệ.', en: 'Unknown role.' },
  'progress.badClientEventId': {
    vi: 'Mã sự kiện không hợp lệ (cần 8–100 ký tự chữ, số, "-", "_").',
    en: 'Invalid client event id (8–100 letters, digits, "-" or "_").',
  },
  'progress.unknownLesson': { vi: 'Không tìm thấy bài học này.', en: 'This lesson was not found.' },
  'progress.unknownQuiz': { vi: 'Không tìm thấy bài kiểm tra này.', en: 'This quiz was not found.' },
  'progress.quizArchived': { vi: 'Bài kiểm tra này đã được thay bằng bài mới.', en: 'This quiz has been replaced by a new one.' },
  'progress.noAttemptsLeft': {
    vi: 'Bạn đã làm hết các lần của lượt này. Bạn có thể làm lại từ {time}, hoặc nhờ tổ trưởng cho làm lại ngay.',
    en: 'You have used the attempts of this round. You can try again from {time}, or ask your team leader for a new round now.',
  },
  'progress.clientEventIdReused': {
    vi: 'Mã sự kiện này đã được dùng cho một việc khác.',
    en: 'This client event id was already used for something else.',
  },
  'progress.tooManyEvents': { vi: 'Mỗi lần gửi tối đa {max} sự kiện.', en: 'At most {max} events per batch.' },
  'progress.missingField': { vi: 'Sự kiện thiếu {field}.', en: 'The event lacks {field}.' },
  'course.notFound': { vi: 'Không tìm thấy khóa học này.', en: 'This course was not found.' },
  ...helpMessages,
  // Reports (issue 16)
  'report.unknownScope': {
    vi: 'Không tìm thấy đơn vị này. Dùng VN, mã tỉnh (2 số), mã xã (5 số) hoặc mã tổ.',
    en: 'Unknown scope. Use VN, a province code (2 digits), a commune code (5 digits) or a team id.',
  },
  'report.invalidDate': { vi: 'Ngày phải có dạng NĂM-THÁNG-NGÀY, ví dụ 2026-12-01.', en: 'Dates look like 2026-12-01 (year-month-day).' },
  'report.dateOrder': { vi: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', en: 'The start date must not be after the end date.' },
  'input.controlCharacters': {
    vi: 'Có ký tự điều khiển không hợp lệ trong ô này.',
    en: 'This field contains invalid control characters.',
  },
  'input.tooLong': { vi: 'Nội dung ô này dài quá.', en: 'This field is too long.' },
  'input.provinceCode': { vi: 'Mã tỉnh, thành phố gồm 2 chữ số, ví dụ 01.', en: 'A province code is 2 digits, e.g. 01.' },
  'input.communeCode': { vi: 'Mã xã, phường gồm 5 chữ số, ví dụ 00004.', en: 'A commune code is 5 digits, e.g. 00004.' },
  'input.unitCode': {
    vi: 'Mã đơn vị hành chính gồm 2 chữ số (tỉnh) hoặc 5 chữ số (xã, phường).',
    en: 'An administrative unit code is 2 digits (province) or 5 digits (commune).',
  },
  'input.slug': {
    vi: 'Mã này chỉ gồm chữ thường không dấu, chữ số và dấu "-".',
    en: 'This code holds only lowercase letters, digits and "-".',
  },
  'input.id': { vi: 'Mã định danh không hợp lệ.', en: 'This id is not valid.' },
  'input.invalidValue': { vi: 'Giá trị của "{field}" không hợp lệ.', en: 'The value of "{field}" is not valid.' },
  'input.invalidDate': {
    vi: 'Thời điểm của "{field}" không hợp lệ (cần dạng 2026-12-01T08:30:00Z).',
    en: 'The time in "{field}" is not valid (expected e.g. 2026-12-01T08:30:00Z).',
  },
  'request.tooLarge': {
    vi: 'Dữ liệu gửi lên quá lớn (tối đa {maxKb} KB). Hãy gửi ít hơn mỗi lần.',
    en: 'The request is too large (at most {maxKb} KB). Please send less at a time.',
  },
  'request.malformed': { vi: 'Yêu cầu gửi lên không đọc được.', en: 'The request could not be read.' },
  'query.tooComplex': {
    vi: 'Yêu cầu này quá lớn hoặc quá phức tạp nên không được thực hiện. Hãy hỏi ít dữ liệu hơn mỗi lần.',
    en: 'This request is too large or too complex to run. Please ask for less at a time.',
  },
  'fullName.noLetter': { vi: 'Họ và tên cần có chữ cái.', en: 'The full name needs letters.' },
  'teamName.noLetter': { vi: 'Tên tổ cần có chữ cái.', en: 'The team name needs letters.' },
  'member.leaderByAdminOnly': {
    vi: 'Chỉ quản trị tỉnh hoặc quốc gia mới được chọn hoặc bỏ tổ trưởng. Tổ trưởng thêm và bớt được thành viên của tổ mình.',
    en: 'Only a province or national admin can name or remove a team leader. Team leaders add and remove their own members.',
  },
  'member.inTeamOutsideScope': {
    vi: 'Người này đang ở một tổ ngoài phạm vi bạn quản lý, nên không thể chuyển sang tổ này. Hãy nhờ quản trị nơi họ đang ở cho họ rời tổ trước.',
    en: 'This person is in a team outside your scope and cannot be moved here. Ask the administrator of their current team to remove them first.',
  },
  'certificates.notFound': { vi: 'Không tìm thấy chứng nhận có số hiệu này.', en: 'No certificate has this serial number.' },
  'certificates.reasonRequired': {
    vi: 'Hãy ghi lý do thu hồi (từ 5 đến 500 ký tự).',
    en: 'Please give the reason for revoking (5 to 500 characters).',
  },
  'certificates.notValid': {
    vi: 'Chứng nhận này đã bị thu hồi hoặc đã được thay bằng chứng nhận khác, nên không thể làm việc này.',
    en: 'This certificate was revoked or replaced, so this cannot be done.',
  },
  'certificates.sameName': {
    vi: 'Họ và tên mới giống họ và tên trên chứng nhận. Hãy sửa tên trước khi cấp lại.',
    en: 'The new name is the same as the one on the certificate. Correct it before reissuing.',
  },
  'certificates.keyFromConfig': {
    vi: 'Khóa ký chứng nhận đang lấy từ cấu hình (LANTOA_CERTIFICATE_KEY). Để đổi khóa, hãy đặt khóa mới vào cấu hình rồi khởi động lại; khóa cũ vẫn được công bố.',
    en: 'The signing key comes from configuration (LANTOA_CERTIFICATE_KEY). To rotate it, set a new key there and restart; the old key stays published.',
  },
  'authoring.courseNotFound': { vi: 'Không tìm thấy khóa học này.', en: 'This course was not found.' },
  'authoring.lessonNotFound': { vi: 'Không tìm thấy bài học này.', en: 'This lesson was not found.' },
  'authoring.moduleNotFound': { vi: 'Không tìm thấy học phần này.', en: 'This module was not found.' },
  'authoring.draftNotFound': { vi: 'Không tìm thấy bản nháp này.', en: 'This draft was not found.' },
  'authoring.versionNotFound': { vi: 'Không tìm thấy phiên bản này.', en: 'This version was not found.' },
  'authoring.stale': {
    vi: 'Nội dung này đã được người khác thay đổi từ lúc bạn mở. Hãy xem hai bản bên dưới, gộp lại rồi lưu lần nữa.',
    en: 'Someone changed this since you opened it. Compare the two versions below, merge them and save again.',
  },
  'authoring.publishedMoved': {
    vi: 'Bản đang xuất bản của "{path}" đã thay đổi sau khi bản nháp được tạo. Hãy mở lại bài, gộp thay đổi rồi gửi duyệt lại.',
    en: 'The published "{path}" changed after this draft was made. Reopen it, merge the changes and submit again.',
  },
  'authoring.draftOfOther': {
    vi: 'Tệp này đang nằm trong một bản nháp khác chưa xuất bản.',
    en: 'This file is already part of another unpublished draft.',
  },
  'authoring.wrongStatus': {
    vi: 'Bản nháp đang ở trạng thái "{status}" nên không thể làm việc này.',
    en: 'The draft is "{status}", so this cannot be done.',
  },
  'authoring.ownDraft': {
    vi: 'Bạn không thể tự duyệt hoặc tự xuất bản nội dung mình đã soạn. Hãy nhờ một giảng viên khác cùng phạm vi.',
    en: 'You cannot approve or publish your own change. Ask another trainer of the same scope.',
  },
  'authoring.hasProblems': {
    vi: 'Bản nháp còn {count} lỗi cần sửa trước khi gửi duyệt hoặc xuất bản.',
    en: 'The draft has {count} problems to fix before it can be submitted or published.',
  },
  'authoring.commentRequired': {
    vi: 'Hãy ghi nhận xét để người soạn biết cần sửa gì.',
    en: 'Please write a comment so the author knows what to change.',
  },
  'authoring.nothingChanged': {
    vi: 'Nội dung không khác bản đang xuất bản nên không có gì để xuất bản.',
    en: 'This is the same as the published content, so there is nothing to publish.',
  },
  'authoring.slugTaken': { vi: 'Đã có bài học dùng tên (slug) này.', en: 'A lesson already uses this slug.' },
  'authoring.noTree': {
    vi: 'Khóa học chưa được nạp lại từ tệp kể từ khi có chức năng soạn bài. Hãy khởi động lại máy chủ.',
    en: 'The course has not been imported from its files since authoring was added. Restart the server.',
  },
  'authoring.imageMissing': { vi: 'Hãy chọn một ảnh để tải lên.', en: 'Choose an image to upload.' },
  'authoring.imageType': {
    vi: 'Tệp này không phải ảnh JPEG, PNG, WebP hoặc GIF. Hãy chọn một ảnh chụp hoặc ảnh có sẵn trên máy.',
    en: 'This file is not a JPEG, PNG, WebP or GIF image. Choose a photo or a picture on your device.',
  },
  'authoring.imageUnreadable': {
    vi: 'Không đọc được ảnh này, có thể tệp bị hỏng. Hãy thử một ảnh khác.',
    en: 'This image cannot be read; the file may be damaged. Try another image.',
  },
  'authoring.imageTooLarge': {
    vi: 'Ảnh nặng quá {maxMb} MB. Hãy chọn ảnh nhỏ hơn, hoặc chụp lại với chất lượng thấp hơn.',
    en: 'The image is larger than {maxMb} MB. Choose a smaller one, or take it again at a lower quality.',
  },
  'authoring.imageTooManyPixels': {
    vi: 'Ảnh quá lớn ({megapixels} triệu điểm ảnh, tối đa {max} triệu). Hãy thu nhỏ ảnh rồi tải lên lại.',
    en: 'The image is too big ({megapixels} megapixels, at most {max}). Make it smaller and upload it again.',
  },
  'authoring.imageStillTooLarge': {
    vi: 'Ảnh vẫn nặng hơn {maxKb} KB sau khi nén. Hãy cắt bớt phần không cần rồi tải lên lại.',
    en: 'The image is still over {maxKb} KB after compression. Crop it and upload it again.',
  },
  'authoring.imageNotFound': { vi: 'Không tìm thấy ảnh này.', en: 'This image was not found.' },
  internal: { vi: 'Có lỗi ở máy chủ. Hãy thử lại sau ít phút.', en: 'Something went wrong on the server. Please try again shortly.' },
} as const;

export type MessageKey = keyof typeof messages;
export interface LocalizedMessage {
  vi: string;
  en: string;
}

export function message(key: MessageKey, params: Record<string, string | number> = {}): LocalizedMessage {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  return { vi: fill(messages[key].vi), en: fill(messages[key].en) };
}
