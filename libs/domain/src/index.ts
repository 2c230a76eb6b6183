export { foldVietnamese } from './fold-vietnamese.js';
export { formatPhone, normalizePhone } from './phone.js';
