// The app's instance (app/i18n.ts initialises this same default instance).
import i18n from 'i18next';

/**
 * The offline feature's words, in their own namespace: they arrive with its code (after the first page), so the
 * first page does not carry them. Vietnamese first; English beside it.
 */
const vi = {
  connection: {
    offline: 'Mất mạng – đang dùng bản trên máy',
    sending_one: 'Đang gửi {{count}} việc…',
    sending_other: 'Đang gửi {{count}} việc…',
    waiting_one: 'Chờ gửi {{count}} việc',
    waiting_other: 'Chờ gửi {{count}} việc',
    sent: 'Đã gửi hết',
    online: 'Có mạng',
  },
  update: {
    ready: 'Có bản mới',
    apply: 'Cập nhật',
  },
  download: {
    module: 'Tải về để học khi không có mạng',
    course: 'Tải cả khóa học để học khi không có mạng',
    size: '(khoảng {{kb}} KB)',
    progressLabel: 'Đang tải về',
    progress: 'Đang tải về… {{percent}}%',
    done: 'Đã tải về ({{kb}} KB)',
    courseDone: 'Đã tải về cả khóa học ({{kb}} KB)',
    remove: 'Xóa bản tải về',
    removeCourse: 'Xóa bản tải về của cả khóa học',
    failed: 'Chưa tải về được: mạng yếu hoặc mất mạng. Hãy thử lại.',
  },
};

const en: typeof vi = {
  connection: {
    offline: 'Offline – using what is on the phone',
    sending_one: 'Sending {{count}} item…',
    sending_other: 'Sending {{count}} items…',
    waiting_one: '{{count}} item waiting to be sent',
    waiting_other: '{{count}} items waiting to be sent',
    sent: 'Everything sent',
    online: 'Online',
  },
  update: {
    ready: 'A new version is ready',
    apply: 'Update',
  },
  download: {
    module: 'Download to study offline',
    course: 'Download the whole course to study offline',
    size: '(about {{kb}} KB)',
    progressLabel: 'Downloading',
    progress: 'Downloading… {{percent}}%',
    done: 'Downloaded ({{kb}} KB)',
    courseDone: 'The whole course is downloaded ({{kb}} KB)',
    remove: 'Remove the download',
    removeCourse: 'Remove the whole course’s download',
    failed: 'Could not download: the network is weak or gone. Please try again.',
  },
};

export const NS = 'offline';

i18n.addResourceBundle('vi', NS, vi, true, false);
i18n.addResourceBundle('en', NS, en, true, false);
