/** Shared API answers for the account and team tests. */
export const SESSION = { accessToken: 'token-1', user: { id: 'u1', fullName: 'Nguyễn Văn An', phone: '+84912345678' } };

export const PROVINCES = {
  data: {
    provinces: [
      { code: '04', name: 'Tỉnh Cao Bằng' },
      { code: '01', name: 'Thành phố Hà Nội' },
    ],
  },
};

export const HANOI_COMMUNES = {
  data: {
    adminUnit: {
      code: '01',
      children: [
        { code: '00004', name: 'Phường Ba Đình', level: 3 },
        { code: '00008', name: 'Phường Ngọc Hà', level: 3 },
        { code: '00376', name: 'Xã Sóc Sơn', level: 3 },
        { code: '09700', name: 'Xã Ba Vì', level: 3 },
      ],
    },
  },
};

const HANOI = { code: '01', name: 'Thành phố Hà Nội' };

export const SEARCH_BA = {
  data: {
    searchAdminUnits: [
      { code: '00004', name: 'Phường Ba Đình', level: 3, province: HANOI },
      { code: '09700', name: 'Xã Ba Vì', level: 3, province: HANOI },
    ],
  },
};

export function me(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      me: {
        id: 'u1',
        phone: '+84912345678',
        fullName: 'Nguyễn Văn An',
        status: 'active',
        roles: ['CITIZEN'],
        commune: { code: '00004', name: 'Phường Ba Đình', province: HANOI },
        grants: [],
        teamHistory: [],
        ...overrides,
      },
    },
  };
}
