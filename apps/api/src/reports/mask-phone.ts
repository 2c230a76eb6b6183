/** A phone number with every digit but the last three hidden: "+84912345678" → "•••••••••678". */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length <= 3) return '•'.repeat(digits.length);
  return '•'.repeat(digits.length - 3) + digits.slice(-3);
}
