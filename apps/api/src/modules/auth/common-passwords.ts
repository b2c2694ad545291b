/**
 * Passwords people pick most often (at least 10 characters long, since shorter ones are refused
 * anyway). Compared case-insensitively.
 */
export const COMMON_PASSWORDS = new Set([
  '1234567890', '12345678910', '123456789a', '0123456789', '0987654321', '1111111111', '2222222222',
  '1234512345', '1q2w3e4r5t', '1qaz2wsx3edc', 'qwertyuiop', 'qwertyuiop123', 'asdfghjkl1', 'zxcvbnm123',
  'password12', 'password123', 'password1234', 'password!1', 'passw0rd12', 'p@ssw0rd123', 'p@ssword123',
  'iloveyou12', 'iloveyou123', 'sunshine123', 'princess123', 'football123', 'baseball123', 'welcome123',
  'welcome1234', 'letmein123', 'admin12345', 'administrator', 'adminadmin', 'administrator1', 'changeme123',
  'qwerty12345', 'qwerty123456', 'abc1234567', 'abcdefghij', 'abcd123456', 'aaaaaaaaaa', 'monkey1234',
  'dragon1234', 'superman123', 'batman1234', 'trustno1234', 'whatever123', 'starwars123', 'computer123',
  'michael123', 'jennifer123', 'shadow1234', 'master1234', 'mustang123', 'password2024', 'password2025',
  'password2026', 'welcome2024', 'welcome2025', 'welcome2026', 'summer2024!', 'summer2025!', 'winter2025!',
  'spring2026!', 'autumn2026!', 'qazwsxedcrfv', 'q1w2e3r4t5', 'q1w2e3r4t5y6', '1q2w3e4r5t6y', 'zaq12wsxcde3',
  'passwordpassword', 'iloveyouiloveyou', 'asdfasdfasdf', 'qwertyqwerty', '12341234123', '123123123123',
  '5201314520', 'woaini1314', 'woaini520520', 'a123456789', 'aa12345678', 'abc123456789', 'qq123456789',
  'alliance2026', 'alliance123', 'portal12345', 'secretariat', 'secretariat1', 'letmeinplease', 'mypassword1',
  'mypassword123', 'secret12345', 'hello12345', 'hello123456', 'internet123', 'samsung123', 'google12345',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
