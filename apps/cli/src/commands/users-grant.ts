import { grantRole, withCommandContext } from '@lantoa/api/commands';

export interface GrantArgs {
  phone?: string;
  role?: string;
  scope?: string;
  name?: string;
}

/** `users:grant --phone <phone> --role <ROLE> [--scope <province code or team id>] [--name <full name>]` */
export async function usersGrant(args: GrantArgs, print: (line: string) => void): Promise<number> {
  if (!args.phone || !args.role) {
    print('Usage: lantoa users:grant --phone <phone> --role <ROLE> [--scope <province code | team id>] [--name "<full name>"]');
    print(
      'Roles: NATIONAL_ADMIN, PROVINCE_ADMIN (scope: province code), TRAINER (scope: province code or none), TEAM_LEADER / TEAM_MEMBER (scope: team id)',
    );
    return 1;
  }
  const result = await withCommandContext((app) =>
    grantRole(app, { phone: args.phone!, role: args.role!, scope: args.scope, name: args.name }),
  );
  print(`✓ ${result.role}${result.scope ? ` (${result.scope})` : ''} → ${result.phone}`);
  if (result.createdPendingAccount) {
    print('  This phone had no account: a pending one was created. The person signs up with this phone to claim it.');
  }
  return 0;
}
