import type { INestApplicationContext } from '@nestjs/common';
import { formatPhone, normalizePhone } from '@lantoa/domain';
import { DataSource } from 'typeorm';
import { RoleGrantsService } from '../identity/role-grants.service.js';
import { Viewer } from '../identity/viewer.js';
import { TeamsService } from '../org/teams.service.js';
import { hashPassword } from '../identity/password-hash.js';

export const DEMO_PASSWORD = 'lantoa2026';

export interface DemoSignIn {
  who: string;
  phone: string;
}

const PROVINCES = [
  { code: '01', label: 'Hà Nội', prefix: '1' },
  { code: '46', label: 'Huế', prefix: '4' },
];
const GIVEN = ['An', 'Bình', 'Cúc', 'Dũng', 'Hoa', 'Lan', 'Minh', 'Nga', 'Phúc', 'Quang', 'Sơn', 'Thảo'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ'];

/**
 * Demo data for two provinces (Hà Nội and Huế): a national admin, a province admin each, two teams per province
 * with a leader and four members, and citizens. Every account has the password DEMO_PASSWORD. Safe to run twice.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoSignIn[]> {
  const db = app.get(DataSource);
  const grants = app.get(RoleGrantsService);
  const teams = app.get(TeamsService);
  const hash = await hashPassword(DEMO_PASSWORD);
  const signIns: DemoSignIn[] = [];
  let n = 0;
  const person = () => `${FAMILY[n % FAMILY.length]} ${n % 2 ? 'Thị' : 'Văn'} ${GIVEN[n++ % GIVEN.length]}`;

  const account = async (phone: string, fullName: string, communeCode: string | null) => {
    await db.query(
      `INSERT INTO users (phone, full_name, password_hash, commune_id, status)
       VALUES ($1, $2, $3, (SELECT id FROM admin_units WHERE code = $4 AND level = 3 AND valid_to IS NULL), 'active')
       ON CONFLICT (phone) DO UPDATE SET password_hash = EXCLUDED.password_hash, status = 'active',
         commune_id = coalesce(users.commune_id, EXCLUDED.commune_id)`,
      [normalizePhone(phone), fullName, hash, communeCode],
    );
  };

  await account('0900000001', 'Quản trị Quốc gia', '00004');
  await grants.grant({ phone: '0900000001', role: 'NATIONAL_ADMIN' });
  signIns.push({ who: 'Quản trị quốc gia (national admin)', phone: '0900000001' });

  for (const p of PROVINCES) {
    const communes = await db.query<{ code: string; name: string }[]>(
      `SELECT code, name FROM admin_units WHERE path <@ ('g2025.p' || $1)::ltree AND level = 3 AND valid_to IS NULL ORDER BY code LIMIT 2`,
      [p.code],
    );
    const adminPhone = `09000001${p.prefix}1`;
    await account(adminPhone, `Quản trị ${p.label}`, communes[0]!.code);
    await grants.grant({ phone: adminPhone, role: 'PROVINCE_ADMIN', scope: p.code });
    signIns.push({ who: `Quản trị tỉnh ${p.label} (province admin)`, phone: adminPhone });

    for (const [t, commune] of communes.entries()) {
      const name = `Tổ công nghệ số cộng đồng ${commune.name}`;
      const [existing] = await db.query<{ id: string }[]>(
        `SELECT t.id FROM teams t JOIN admin_units c ON c.id = t.commune_id WHERE c.code = $1 AND c.valid_to IS NULL AND t.name = $2`,
        [commune.code, name],
      );
      const team = existing ?? (await teams.create(Viewer.system(), { communeCode: commune.code, name, village: `Tổ dân phố ${t + 1}` }));
      for (let m = 0; m < 5; m++) {
        const phone = `0901${p.prefix}${t}00${m}0`;
        const fullName = person();
        await account(phone, fullName, commune.code);
        await teams.addMember(Viewer.system(), { teamId: team.id, phone, fullName, leader: m === 0 });
        if (m < 2)
          signIns.push({
            who: `${m === 0 ? 'Tổ trưởng (team leader)' : 'Thành viên tổ (team member)'}, ${commune.name}, ${p.label}`,
            phone,
          });
      }
    }
    for (let c = 0; c < 3; c++) {
      const phone = `0902${p.prefix}0000${c}`;
      await account(phone, person(), communes[c % communes.length]!.code);
      if (c === 0) signIns.push({ who: `Người dân (citizen), ${p.label}`, phone });
    }
  }
  return signIns.map((s) => ({ ...s, phone: formatPhone(normalizePhone(s.phone)!) }));
}
