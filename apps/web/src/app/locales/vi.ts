/** Vietnamese: the default language. Every visible string of the web goes through these keys. */
export const vi = {
  app: {
    name: 'Lan Tỏa',
    tagline: 'Học kỹ năng số cùng Tổ công nghệ số cộng đồng',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    mainNav: 'Điều hướng chính',
    home: 'Khóa học',
  },
  settings: {
    label: 'Cài đặt hiển thị',
    textSize: 'Cỡ chữ',
    smaller: 'Chữ nhỏ hơn',
    normal: 'Cỡ chữ bình thường',
    larger: 'Chữ lớn hơn',
    textSizeNow: 'Cỡ chữ hiện tại: {{percent}}%',
    highContrast: 'Tương phản cao',
    language: 'Ngôn ngữ',
  },
  state: {
    loading: 'Đang tải…',
    error: 'Không tải được dữ liệu.',
    offline: 'Có vẻ điện thoại đang mất mạng. Kiểm tra kết nối rồi thử lại.',
    retry: 'Thử lại',
  },
  courses: {
    title: 'Các khóa học',
    empty: 'Chưa có khóa học nào. Hãy quay lại sau.',
    modules_one: '{{count}} học phần',
    modules_other: '{{count}} học phần',
    lessons_one: '{{count}} bài học',
    lessons_other: '{{count}} bài học',
    minutes: 'khoảng {{hours}} giờ {{minutes}} phút',
    open: 'Xem khóa học',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    back: 'Về trang khóa học',
  },
};
