export { formatPhone, normalizePhone } from './phone.js';
