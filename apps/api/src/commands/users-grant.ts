import type { INestApplicationContext } from '@nestjs/common';
import { RoleGrantsService, type GrantResult } from '../identity/role-grants.service.js';

export function grantRole(
  app: INestApplicationContext,
  args: { phone: string; role: string; scope?: string | null; name?: string | null },
): Promise<GrantResult> {
  return app.get(RoleGrantsService).grant({ phone: args.phone, role: args.role, scope: args.scope, fullName: args.name });
}
