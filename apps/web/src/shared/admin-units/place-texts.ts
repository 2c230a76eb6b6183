import { registerTexts } from '../i18n/register-texts.js';

/** The place picker's words, registered when that code loads (shared/i18n/register-texts.ts). */
const vi = {
  place: {
    province: 'Tỉnh, thành phố',
    chooseProvince: '— Chọn tỉnh, thành phố —',
    commune: 'Xã, phường, đặc khu',
    communeHint: 'Gõ vài chữ trong tên (có dấu hay không dấu đều được) rồi chọn trong danh sách.',
    communeHintNoProvince: 'Chọn tỉnh, thành phố ở trên, hoặc gõ tên xã, phường để tìm trong cả nước.',
    searching: 'Đang tìm…',
    results_one: '{{count}} kết quả. Dùng phím mũi tên lên, xuống để chọn.',
    results_other: '{{count}} kết quả. Dùng phím mũi tên lên, xuống để chọn.',
    noResults: 'Không tìm thấy xã, phường nào có tên này.',
    loadError: 'Không tải được danh sách.',
    chosen: 'Đã chọn: {{name}}',
  },
};

const en: typeof vi = {
  place: {
    province: 'Province or city',
    chooseProvince: '— Choose a province or city —',
    commune: 'Commune, ward or special zone',
    communeHint: 'Type a few letters of the name (with or without accents), then choose from the list.',
    communeHintNoProvince: 'Choose the province above, or type the name of a commune or ward to search the whole country.',
    searching: 'Searching…',
    results_one: '{{count}} result. Use the up and down arrow keys to choose.',
    results_other: '{{count}} results. Use the up and down arrow keys to choose.',
    noResults: 'No commune or ward has this name.',
    loadError: 'The list could not be loaded.',
    chosen: 'Chosen: {{name}}',
  },
};

registerTexts(vi, en);
